<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Wizard</source>
        <comment>Something unexpected went wrong.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wizard</source>
        <comment>Try again. If it happens again, copy the diagnostic report and send it to your helpdesk.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Open Atlassian&apos;s &amp;developer console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Atlassian&apos;s developer console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the list of your apps in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Settings page of your app in the developer console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Settings page of your app; it is hidden as you type and kept only in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port on this computer where your browser comes back after you sign in; it is part of the callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback port check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register exactly this URL as the app&apos;s callback URL in Atlassian&apos;s developer console: port and path must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app you created in Atlassian&apos;s developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the developer console, open your app: Settings shows its client id and secret; Authorization, OAuth 2.0 (3LO) holds the callback URL; Permissions, Jira API holds the scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the connection may do in Jira.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT department set up your organization&apos;s app on this computer, so there is nothing to type: you only choose the scopes, then sign in in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in uses port {port} on this computer, as set by your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the connection may do in Jira, as your organization set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT department set up your organization&apos;s app and its scopes on this computer, so there is nothing to type or choose: you only sign in in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a port the callback can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from 1024 to 65535, such as {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid port first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it as the app&apos;s callback URL in the developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian&apos;s developer console opens in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address yourself: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptButtons</name>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s sign-in page in your browser once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the sign-in link on the clipboard, for another browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>&amp;API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for scripts, service accounts and unattended use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 with your &amp;organization&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for personal, attended use: you sign in in your browser, and your organization looks after the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 with your o&amp;wn app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best when you govern the keys yourself: you create the app in Atlassian&apos;s developer console and sign in in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the kind of connection. Your helpdesk may tell you which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about your helpdesk&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard signs in with what you entered, to be sure it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Atlassian confirmed when you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {host} as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira answered through Atlassian&apos;s API gateway, as it does for OAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {host} who this API token belongs to, with the email address {email}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian asked the wizard to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {host} as {name} ({email})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through Atlassian&apos;s API gateway, because this token has scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the site&apos;s own address, {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back to fix the email or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back to fix the site address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>Connect to Jira Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>&amp;Saved connections on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the connection with Atlassian (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the connection another name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the connection and its secrets, after asking (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the wizard (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter tests the selected connection, F2 renames it and Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Jira connections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection so that programs on this computer can use Jira Cloud. The wizard takes you through it in a few steps and checks the connection for real; its secrets stay in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s sign-in page to renew the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the API token with a new one, checked first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is saved and ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs on this computer can now use it by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check it again later, run: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at the latest; until then it renews itself when used at least every 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantedView</name>
    <message>
        <source>Connected as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the sign-in, to allow the missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} (through Atlassian&apos;s API gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope}: not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope}: granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without {scope}, the connection cannot: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get them, add them to the app in Atlassian&apos;s developer console (Permissions, Jira API), then sign in again and allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get them, ask your IT department to add them to your organization&apos;s app, then sign in again and allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian did not grant every scope asked for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the help page about this in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the help page shown before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the list of every help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedNote</name>
    <message>
        <source>Set by your organization; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by your organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>Jira connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” now uses its new API token. Revoke the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{name}”: its secrets were deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved connections…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteBox</name>
    <message>
        <source>&amp;Paste the address your browser ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address your browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a browser on another computer: after you allow access, copy the address from its address bar and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a browser on another computer: {url}?code=…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode: tests, new tokens and sign-ins go to the sandbox running on this computer, not to Atlassian. Its start page lists the demo site, email and API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox start &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a report for your helpdesk on the clipboard; it holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>Practice mode: this wizard talks to the sandbox running on this computer, not to Atlassian. Its start page lists the demo site, email and API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the sandbox start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the connection; programs on this computer use it by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name programs and the jira-wizard command use for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in&apos;s tokens and your app&apos;s client secret are kept in your system keychain. The site, the account, the client id and the scopes go into the program&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in&apos;s tokens are kept in your system keychain. The site, the account and the scopes go into the program&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is kept in your system keychain. The site, the account and the expiry date go into the program&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “{name}” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Replace it” to overwrite it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>What the connection may do (scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required scopes are always asked for; tick the optional ones you need. Scopes never give more than your own Jira permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scope listed is asked for; there is none to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope}, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always asked for; it cannot be turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization requires it; it cannot be turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope}, optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Atlassian in your browser and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to {host} as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Next to see what Atlassian granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian&apos;s sign-in page was opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link and open it in a browser yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in a browser. If that browser is on another computer, paste below the address it ends on after you allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the address you pasted…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Your Jira site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you open Jira at in your browser, such as acme.atlassian.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your Jira Cloud site, such as https://your-domain.atlassian.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a Jira Cloud site at {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Jira Cloud site answers at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian asked the wizard to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira Cloud site found: {host} (cloud id {cloud_id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Your API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atlassian account to connect as, and its API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API token lets programs sign in to Atlassian as you, without your password. It carries all of your permissions, so keep it as secret as a password. It lasts at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address of your Atlassian account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token you created; it is hidden as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate an API token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s API token page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token e&amp;xpires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it and give the expiry date Atlassian showed for the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains spaces, and Atlassian&apos;s tokens have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it again from Atlassian&apos;s page, with the copy button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token looks too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spaces around the token will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian&apos;s API token page opens in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the token there, copy it, and paste it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address yourself: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootingBox</name>
    <message>
        <source>If Atlassian shows an error page instead of coming back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Copy diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
