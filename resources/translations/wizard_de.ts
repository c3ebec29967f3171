<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppPage</name>
    <message>
        <source>Open Atlassian&apos;s &amp;developer console…</source>
        <translation>&amp;Developer Console von Atlassian öffnen…</translation>
    </message>
    <message>
        <source>Open Atlassian&apos;s developer console</source>
        <translation>Developer Console von Atlassian öffnen</translation>
    </message>
    <message>
        <source>Opens the list of your apps in your browser</source>
        <translation>Öffnet die Liste Ihrer Apps in Ihrem Browser</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>From the Settings page of your app in the developer console</source>
        <translation>Von der Seite „Settings“ Ihrer App in der Developer Console</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>From the Settings page of your app; it is hidden as you type and kept only in your system keychain.</source>
        <translation>Von der Seite „Settings“ Ihrer App; es wird bei der Eingabe verborgen und nur im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>Client-Secret anzeigen</translation>
    </message>
    <message>
        <source>Callback &amp;port:</source>
        <translation>Callback-&amp;Port:</translation>
    </message>
    <message>
        <source>Callback port</source>
        <translation>Callback-Port</translation>
    </message>
    <message>
        <source>The port on this computer where your browser comes back after you sign in; it is part of the callback URL.</source>
        <translation>Der Port auf diesem Computer, zu dem Ihr Browser nach der Anmeldung zurückkehrt; er ist Teil der Callback-URL.</translation>
    </message>
    <message>
        <source>Callback port check</source>
        <translation>Prüfung des Callback-Ports</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>Callback URL to register</source>
        <translation>Zu registrierende Callback-URL</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the callback URL</source>
        <translation>Callback-URL kopieren</translation>
    </message>
    <message>
        <source>Puts the callback URL on the clipboard, to paste into the developer console</source>
        <translation>Kopiert die Callback-URL in die Zwischenablage, zum Einfügen in die Developer Console</translation>
    </message>
    <message>
        <source>Register exactly this URL as the app&apos;s callback URL in Atlassian&apos;s developer console: port and path must match.</source>
        <translation>Registrieren Sie genau diese URL als Callback-URL der App in der Developer Console von Atlassian: Port und Pfad müssen übereinstimmen.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Your own app</source>
        <translation>Ihre eigene App</translation>
    </message>
    <message>
        <source>The app you created in Atlassian&apos;s developer console.</source>
        <translation>Die App, die Sie in der Developer Console von Atlassian angelegt haben.</translation>
    </message>
    <message>
        <source>In the developer console, open your app: Settings shows its client id and secret; Authorization, OAuth 2.0 (3LO) holds the callback URL; Permissions, Jira API holds the scopes.</source>
        <translation>Öffnen Sie Ihre App in der Developer Console: Unter „Settings“ stehen Client-ID und Secret, unter „Authorization“, „OAuth 2.0 (3LO)“ die Callback-URL und unter „Permissions“, „Jira API“ die Scopes.</translation>
    </message>
    <message>
        <source>Your organization&apos;s app</source>
        <translation>Organisations-App</translation>
    </message>
    <message>
        <source>Choose what the connection may do in Jira.</source>
        <translation>Wählen Sie, was die Verbindung in Jira tun darf.</translation>
    </message>
    <message>
        <source>Your IT department set up your organization&apos;s app on this computer, so there is nothing to type: you only choose the scopes, then sign in in your browser.</source>
        <translation>Ihre IT-Abteilung hat die Organisations-App auf diesem Computer eingerichtet, Sie müssen also nichts eingeben: Sie wählen nur die Scopes und melden sich dann in Ihrem Browser an.</translation>
    </message>
    <message>
        <source>Signing in uses port {port} on this computer, as set by your organization.</source>
        <translation>Die Anmeldung verwendet Port {port} auf diesem Computer, wie von Ihrer Organisation festgelegt.</translation>
    </message>
    <message>
        <source>What the connection may do in Jira, as your organization set it.</source>
        <translation>Was die Verbindung in Jira tun darf, wie Ihre Organisation es festgelegt hat.</translation>
    </message>
    <message>
        <source>Your IT department set up your organization&apos;s app and its scopes on this computer, so there is nothing to type or choose: you only sign in in your browser.</source>
        <translation>Ihre IT-Abteilung hat die Organisations-App und ihre Scopes auf diesem Computer eingerichtet, Sie müssen also nichts eingeben oder wählen: Sie melden sich nur in Ihrem Browser an.</translation>
    </message>
    <message>
        <source>This is not a port the callback can use.</source>
        <translation>Diesen Port kann der Callback nicht verwenden.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1024 to 65535, such as {port}.</source>
        <translation>Geben Sie eine ganze Zahl von 1024 bis 65535 ein, etwa {port}.</translation>
    </message>
    <message>
        <source>Enter a valid port first</source>
        <translation>Geben Sie zuerst einen gültigen Port ein</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide client secret</source>
        <translation>Client-Secret verbergen</translation>
    </message>
    <message>
        <source>Hides the secret&apos;s characters again</source>
        <translation>Verbirgt die Zeichen des Client-Secrets wieder</translation>
    </message>
    <message>
        <source>Shows the secret&apos;s characters, to check that it was pasted whole; anyone who sees your screen can read it then</source>
        <translation>Zeigt die Zeichen des Client-Secrets, damit Sie prüfen können, ob es vollständig eingefügt wurde; dann kann es jeder lesen, der Ihren Bildschirm sieht</translation>
    </message>
    <message>
        <source>The callback URL is on the clipboard.</source>
        <translation>Die Callback-URL ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Paste it as the app&apos;s callback URL in the developer console.</source>
        <translation>Fügen Sie sie in der Developer Console als Callback-URL der App ein.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s developer console opens in your browser.</source>
        <translation>Die Developer Console von Atlassian wird in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation>Es konnte kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Open this address yourself: {url}</source>
        <translation>Öffnen Sie diese Adresse selbst: {url}</translation>
    </message>
</context>
<context>
    <name>AttemptButtons</name>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Starts a new sign-in in your browser</source>
        <translation>Startet eine neue Anmeldung in Ihrem Browser</translation>
    </message>
    <message>
        <source>Go back to fix it</source>
        <translation>Zurückgehen und korrigieren</translation>
    </message>
    <message>
        <source>Goes back to the page with your app&apos;s details, to change what caused this</source>
        <translation>Kehrt zur Seite mit den Angaben Ihrer App zurück, um zu ändern, was dazu geführt hat</translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation>Seite e&amp;rneut öffnen</translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s sign-in page in your browser once more</source>
        <translation>Öffnet die Anmeldeseite von Atlassian noch einmal in Ihrem Browser</translation>
    </message>
    <message>
        <source>Cop&amp;y the link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Puts the sign-in link on the clipboard, for another browser</source>
        <translation>Kopiert den Anmeldelink in die Zwischenablage, für einen anderen Browser</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops waiting for the browser; nothing is saved</source>
        <translation>Beendet das Warten auf den Browser; es wird nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>AuthPage</name>
    <message>
        <source>&amp;API token</source>
        <translation>&amp;API-Token</translation>
    </message>
    <message>
        <source>Best for scripts, service accounts and unattended use.</source>
        <translation>Am besten für Skripte, Dienstkonten und alles, was ohne Aufsicht läuft.</translation>
    </message>
    <message>
        <source>OAuth 2.0 with your &amp;organization&apos;s app</source>
        <translation>OAuth 2.0 mit der &amp;Organisations-App</translation>
    </message>
    <message>
        <source>Best for personal, attended use: you sign in in your browser, and your organization looks after the app.</source>
        <translation>Am besten für die persönliche Nutzung am Schreibtisch: Sie melden sich in Ihrem Browser an, und Ihre Organisation kümmert sich um die App.</translation>
    </message>
    <message>
        <source>OAuth 2.0 with your o&amp;wn app</source>
        <translation>OAuth 2.0 mit einer &amp;eigenen App</translation>
    </message>
    <message>
        <source>Best when you govern the keys yourself: you create the app in Atlassian&apos;s developer console and sign in in your browser.</source>
        <translation>Am besten, wenn Sie die Schlüssel selbst verwalten: Sie legen die App in der Developer Console von Atlassian an und melden sich in Ihrem Browser an.</translation>
    </message>
    <message>
        <source>How do you want to connect?</source>
        <translation>Wie möchten Sie sich verbinden?</translation>
    </message>
    <message>
        <source>Pick the kind of connection. Your helpdesk may tell you which.</source>
        <translation>Wählen Sie die Art der Verbindung. Ihr Helpdesk sagt Ihnen vielleicht, welche.</translation>
    </message>
    <message>
        <source>Note about your helpdesk&apos;s settings</source>
        <translation>Hinweis zu den Einstellungen Ihres Helpdesks</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The wizard signs in with what you entered, to be sure it works.</source>
        <translation>Der Assistent meldet sich mit Ihren Angaben an, um sicherzugehen, dass alles funktioniert.</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Checks the connection again with what you entered</source>
        <translation>Prüft die Verbindung erneut mit Ihren Angaben</translation>
    </message>
    <message>
        <source>Go back to fix it</source>
        <translation>Zurückgehen und korrigieren</translation>
    </message>
    <message>
        <source>Goes back to the page where the cause of this can be changed</source>
        <translation>Kehrt zu der Seite zurück, auf der sich die Ursache ändern lässt</translation>
    </message>
    <message>
        <source>Something is missing.</source>
        <translation>Etwas fehlt.</translation>
    </message>
    <message>
        <source>What Atlassian confirmed when you signed in.</source>
        <translation>Was Atlassian bei Ihrer Anmeldung bestätigt hat.</translation>
    </message>
    <message>
        <source>Connected to {host} as {name}</source>
        <translation>Mit {host} verbunden als {name}</translation>
    </message>
    <message>
        <source>Jira answered through Atlassian&apos;s API gateway, as it does for OAuth.</source>
        <translation>Jira hat über das API-Gateway von Atlassian geantwortet, wie bei OAuth üblich.</translation>
    </message>
    <message>
        <source>Asking {host} who this API token belongs to, with the email address {email}…</source>
        <translation>{host} wird gefragt, wem dieses API-Token mit der E-Mail-Adresse {email} gehört…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Atlassian asked the wizard to slow down.</source>
        <translation>Atlassian hat den Assistenten gebeten, seltener anzufragen.</translation>
    </message>
    <message>
        <source>Trying again in {seconds} s.</source>
        <translation>Neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>Connected to {host} as {name} ({email})</source>
        <translation>Mit {host} verbunden als {name} ({email})</translation>
    </message>
    <message>
        <source>Through Atlassian&apos;s API gateway, because this token has scopes.</source>
        <translation>Über das API-Gateway von Atlassian, weil dieses Token Scopes hat.</translation>
    </message>
    <message>
        <source>Through the site&apos;s own address, {url}.</source>
        <translation>Über die eigene Adresse der Site, {url}.</translation>
    </message>
    <message>
        <source>&amp;Go back to fix the email or token</source>
        <translation>E-Mail-Adresse oder Token &amp;korrigieren</translation>
    </message>
    <message>
        <source>Goes back to the page with the email address and the API token</source>
        <translation>Kehrt zur Seite mit E-Mail-Adresse und API-Token zurück</translation>
    </message>
    <message>
        <source>&amp;Go back to fix the site address</source>
        <translation>Site-Adresse &amp;korrigieren</translation>
    </message>
    <message>
        <source>Goes back to the page with the site address</source>
        <translation>Kehrt zur Seite mit der Site-Adresse zurück</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>Connect to Jira Cloud</source>
        <translation>Mit Jira Cloud verbinden</translation>
    </message>
    <message>
        <source>Goes back to the previous step</source>
        <translation>Kehrt zum vorherigen Schritt zurück</translation>
    </message>
    <message>
        <source>Goes to the next step</source>
        <translation>Wechselt zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Saves the connection; the steps before cannot be changed after this</source>
        <translation>Speichert die Verbindung; die vorherigen Schritte lassen sich danach nicht mehr ändern</translation>
    </message>
    <message>
        <source>Closes the wizard; the connection is saved</source>
        <translation>Schließt den Assistenten; die Verbindung ist gespeichert</translation>
    </message>
    <message>
        <source>Closes the wizard without saving anything</source>
        <translation>Schließt den Assistenten, ohne etwas zu speichern</translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>&amp;Saved connections on this computer:</source>
        <translation>&amp;Gespeicherte Verbindungen auf diesem Computer:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Checks the connection with Atlassian (Enter)</source>
        <translation>Prüft die Verbindung bei Atlassian (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>Token &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Gives the connection another name (F2)</source>
        <translation>Gibt der Verbindung einen anderen Namen (F2)</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Deletes the connection and its secrets, after asking (Delete)</source>
        <translation>Löscht die Verbindung und ihre Geheimnisse nach einer Rückfrage (Entf)</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Opens the wizard (Ctrl+N)</source>
        <translation>Öffnet den Assistenten (Strg+N)</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Enter tests the selected connection, F2 renames it and Delete removes it.</source>
        <translation>Die Eingabetaste testet die gewählte Verbindung, F2 benennt sie um und Entf entfernt sie.</translation>
    </message>
    <message>
        <source>No Jira connections yet</source>
        <translation>Noch keine Jira-Verbindungen</translation>
    </message>
    <message>
        <source>Add a connection so that programs on this computer can use Jira Cloud. The wizard takes you through it in a few steps and checks the connection for real; its secrets stay in your keychain.</source>
        <translation>Fügen Sie eine Verbindung hinzu, damit Programme auf diesem Computer Jira Cloud nutzen können. Der Assistent führt Sie in wenigen Schritten hindurch und prüft die Verbindung tatsächlich; ihre Geheimnisse bleiben in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s sign-in page to renew the connection</source>
        <translation>Öffnet die Anmeldeseite von Atlassian, um die Verbindung zu erneuern</translation>
    </message>
    <message>
        <source>Replaces the API token with a new one, checked first</source>
        <translation>Ersetzt das API-Token durch ein neues, das vorher geprüft wird</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The connection is saved and ready to use.</source>
        <translation>Die Verbindung ist gespeichert und einsatzbereit.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>API token kept in:</source>
        <translation>API-Token aufbewahrt in:</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>Token läuft ab:</translation>
    </message>
    <message>
        <source>Connected to {host} as {person}.</source>
        <translation>Verbunden mit {host} als {person}.</translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation>Schlüsselbund Ihres Systems</translation>
    </message>
    <message>
        <source>Tokens kept in:</source>
        <translation>Tokens aufbewahrt in:</translation>
    </message>
    <message>
        <source>Sign in again by:</source>
        <translation>Erneut anmelden bis:</translation>
    </message>
    <message>
        <source>Programs on this computer can now use it by its name.</source>
        <translation>Programme auf diesem Computer können sie jetzt über ihren Namen verwenden.</translation>
    </message>
    <message>
        <source>To check it again later, run: {command}</source>
        <translation>Um sie später erneut zu prüfen, führen Sie aus: {command}</translation>
    </message>
    <message>
        <source>{date} at the latest; until then it renews itself when used at least every 90 days</source>
        <translation>spätestens am {date}; bis dahin erneuert sie sich selbst, wenn sie mindestens alle 90 Tage genutzt wird</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>GrantedView</name>
    <message>
        <source>Connected as:</source>
        <translation>Verbunden als:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Fehlende Scopes</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Goes back to the sign-in, to allow the missing scopes</source>
        <translation>Kehrt zur Anmeldung zurück, um die fehlenden Scopes zu erlauben</translation>
    </message>
    <message>
        <source>{url} (through Atlassian&apos;s API gateway)</source>
        <translation>{url} (über das API-Gateway von Atlassian)</translation>
    </message>
    <message>
        <source>{scope}: not granted</source>
        <translation>{scope}: nicht gewährt</translation>
    </message>
    <message>
        <source>{scope}: granted</source>
        <translation>{scope}: gewährt</translation>
    </message>
    <message>
        <source>Without {scope}, the connection cannot: {meaning}</source>
        <translation>Ohne {scope} kann die Verbindung Folgendes nicht: {meaning}</translation>
    </message>
    <message>
        <source>To get them, add them to the app in Atlassian&apos;s developer console (Permissions, Jira API), then sign in again and allow them.</source>
        <translation>Um sie zu erhalten, fügen Sie sie der App in der Developer Console von Atlassian hinzu (Permissions, Jira API), melden Sie sich dann erneut an und erlauben Sie sie.</translation>
    </message>
    <message>
        <source>To get them, ask your IT department to add them to your organization&apos;s app, then sign in again and allow them.</source>
        <translation>Um sie zu erhalten, bitten Sie Ihre IT-Abteilung, sie der Organisations-App hinzuzufügen; melden Sie sich dann erneut an und erlauben Sie sie.</translation>
    </message>
    <message>
        <source>Atlassian did not grant every scope asked for: {names}.</source>
        <translation>Atlassian hat nicht alle angeforderten Scopes gewährt: {names}.</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Opens the help page about this in a window of its own</source>
        <translation>Öffnet die Hilfeseite dazu in einem eigenen Fenster</translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation>Hilfe: {title}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Goes back to the help page shown before</source>
        <translation>Kehrt zur zuvor angezeigten Hilfeseite zurück</translation>
    </message>
    <message>
        <source>&amp;All topics</source>
        <translation>&amp;Alle Themen</translation>
    </message>
    <message>
        <source>Shows the list of every help page</source>
        <translation>Zeigt die Liste aller Hilfeseiten</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Hilfe schließen</translation>
    </message>
    <message>
        <source>Closes the help window (Escape)</source>
        <translation>Schließt das Hilfefenster (Esc)</translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation>Hilfe: {title}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>A setup link from your helpdesk arrived while you were connecting.</source>
        <translation>Während Sie eine Verbindung einrichten, kam ein Einrichtungslink Ihres Helpdesks an.</translation>
    </message>
    <message>
        <source>Nothing you entered was changed. Finish or cancel this connection, then open the link again.</source>
        <translation>Ihre Eingaben wurden nicht verändert. Schließen Sie diese Verbindung ab oder brechen Sie sie ab, und öffnen Sie den Link dann erneut.</translation>
    </message>
</context>
<context>
    <name>LockedNote</name>
    <message>
        <source>Set by your organization; it cannot be changed here.</source>
        <translation>Von Ihrer Organisation festgelegt; das lässt sich hier nicht ändern.</translation>
    </message>
    <message>
        <source>Locked by your organization</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
</context>
<context>
    <name>Manager</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>Meldet sich an mit:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Details of “{name}”</source>
        <translation>Details zu „{name}“</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>„{name}“ umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Programs and scripts that use this connection need the new name.</source>
        <translation>Programme und Skripte, die diese Verbindung verwenden, brauchen den neuen Namen.</translation>
    </message>
    <message>
        <source>Programs and scripts that use the connection by name need the new one.</source>
        <translation>Programme und Skripte, die die Verbindung über ihren Namen verwenden, brauchen den neuen.</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Prüfung des Namens</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Saves the connection under the new name</source>
        <translation>Speichert die Verbindung unter dem neuen Namen</translation>
    </message>
    <message>
        <source>Closes this window; the name stays as it was</source>
        <translation>Schließt dieses Fenster; der Name bleibt unverändert</translation>
    </message>
    <message>
        <source>Another connection is named so already.</source>
        <translation>Eine andere Verbindung heißt bereits so.</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>„{name}“ entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “{name}”?</source>
        <translation>Die Verbindung „{name}“ entfernen?</translation>
    </message>
    <message>
        <source>Its sign-in tokens are deleted from this computer&apos;s keychain, and programs that use “{name}” stop working.</source>
        <translation>Die Tokens ihrer Anmeldung werden aus dem Schlüsselbund dieses Computers gelöscht, und Programme, die „{name}“ verwenden, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Its API token is deleted from this computer&apos;s keychain, and programs that use “{name}” stop working. The token itself stays valid at Atlassian until you revoke it on Atlassian&apos;s API token page.</source>
        <translation>Ihr API-Token wird aus dem Schlüsselbund dieses Computers gelöscht, und Programme, die „{name}“ verwenden, funktionieren nicht mehr. Das Token selbst bleibt bei Atlassian gültig, bis Sie es auf der API-Token-Seite von Atlassian widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Keeps the connection as it is</source>
        <translation>Lässt die Verbindung, wie sie ist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Meldet sich an mit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>Test fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign in again: “{name}”</source>
        <translation>Erneut anmelden: „{name}“</translation>
    </message>
    <message>
        <source>Sign in to Atlassian in your browser and allow access to {host}. The connection keeps its name, site and scopes.</source>
        <translation>Melden Sie sich in Ihrem Browser bei Atlassian an und erlauben Sie den Zugriff auf {host}. Die Verbindung behält ihren Namen, ihre Site und ihre Scopes.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status der Anmeldung</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation>Seite e&amp;rneut öffnen</translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s sign-in page in your browser once more</source>
        <translation>Öffnet die Anmeldeseite von Atlassian noch einmal in Ihrem Browser</translation>
    </message>
    <message>
        <source>Cop&amp;y the link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Puts the sign-in link on the clipboard, for another browser</source>
        <translation>Kopiert den Anmeldelink in die Zwischenablage, für einen anderen Browser</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops waiting for the browser; the old sign-in stays</source>
        <translation>Beendet das Warten auf den Browser; die alte Anmeldung bleibt bestehen</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Starts a new sign-in in your browser</source>
        <translation>Startet eine neue Anmeldung in Ihrem Browser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Signed in. Saving the new sign-in…</source>
        <translation>Angemeldet. Die neue Anmeldung wird gespeichert…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Die Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>Signed in again: “{name}” connects to {host} as {who}.</source>
        <translation>Erneut angemeldet: „{name}“ verbindet sich mit {host} als {who}.</translation>
    </message>
    <message>
        <source>Atlassian did not grant: {scopes}.</source>
        <translation>Atlassian hat nicht gewährt: {scopes}.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was changed: “{name}” keeps its old sign-in. Choose Sign in again to start over.</source>
        <translation>Es wurde nichts geändert: „{name}“ behält die alte Anmeldung. Wählen Sie „Erneut anmelden“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>If the app&apos;s secret was changed in Atlassian&apos;s developer console, add the connection again with the new secret (Add connection, same name).</source>
        <translation>Wurde das Secret der App in der Developer Console von Atlassian geändert, legen Sie die Verbindung mit dem neuen Secret erneut an (Verbindung hinzufügen, gleicher Name).</translation>
    </message>
    <message>
        <source>Atlassian sends the browser back to port {port} only. Close the program that uses it, then choose Sign in again.</source>
        <translation>Atlassian schickt den Browser nur an Port {port} zurück. Schließen Sie das Programm, das ihn verwendet, und wählen Sie dann „Erneut anmelden“.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s sign-in page was opened again.</source>
        <translation>Die Anmeldeseite von Atlassian wurde erneut geöffnet.</translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation>Es konnte kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Copy the link and open it in a browser yourself.</source>
        <translation>Kopieren Sie den Link und öffnen Sie ihn selbst in einem Browser.</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard.</source>
        <translation>Der Anmeldelink ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Open it in a browser. If that browser is on another computer, paste below the address it ends on after you allow access.</source>
        <translation>Öffnen Sie ihn in einem Browser. Läuft dieser Browser auf einem anderen Computer, fügen Sie unten die Adresse ein, bei der er ankommt, nachdem Sie den Zugriff erlaubt haben.</translation>
    </message>
    <message>
        <source>Using the address you pasted…</source>
        <translation>Die eingefügte Adresse wird verwendet…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>OAuth, organization app</source>
        <translation>OAuth, Organisations-App</translation>
    </message>
    <message>
        <source>OAuth, own app</source>
        <translation>OAuth, eigene App</translation>
    </message>
    <message>
        <source>Expiring tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message>
        <source>Expiring in {days} days</source>
        <translation>Läuft in {days} Tagen ab</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>the status: it works</comment>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Unknown: not tested yet</source>
        <translation>Unbekannt: noch nicht getestet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Token expired by {on}</source>
        <translation>Token spätestens am {on} abgelaufen</translation>
    </message>
    <message>
        <source>Token expires by {on}</source>
        <translation>Token läuft spätestens am {on} ab</translation>
    </message>
    <message>
        <source>Token expired {on}</source>
        <translation>Token am {on} abgelaufen</translation>
    </message>
    <message>
        <source>Token expires {on}</source>
        <translation>Token läuft am {on} ab</translation>
    </message>
    <message>
        <source>Sign-in lapsed {on}</source>
        <translation>Anmeldung am {on} verfallen</translation>
    </message>
    <message>
        <source>Sign-in lapses {on}</source>
        <translation>Anmeldung verfällt am {on}</translation>
    </message>
    <message>
        <source>Sign-in ended {on}</source>
        <translation>Anmeldung am {on} abgelaufen</translation>
    </message>
    <message>
        <source>Sign-in ends {on}</source>
        <translation>Anmeldung endet am {on}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>in {days} Tagen</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>vor {days} Tagen</translation>
    </message>
    <message>
        <source>The API token expires by {on} at the latest ({when}): API tokens last at most a year, and no expiry date was given.</source>
        <translation>Das API-Token läuft spätestens am {on} ab ({when}): API-Tokens gelten höchstens ein Jahr, und es wurde kein Ablaufdatum angegeben.</translation>
    </message>
    <message>
        <source>The API token expires on {on} ({when}).</source>
        <translation>Das API-Token läuft am {on} ab ({when}).</translation>
    </message>
    <message>
        <source>The sign-in lapses on {on} ({when}) if the connection is not used.</source>
        <translation>Die Anmeldung verfällt am {on} ({when}), wenn die Verbindung nicht genutzt wird.</translation>
    </message>
    <message>
        <source>The sign-in ends on {on} ({when}), a year after consent.</source>
        <translation>Die Anmeldung endet am {on} ({when}), ein Jahr nach Ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>Atlassian no longer accepts this sign-in.</source>
        <translation>Atlassian akzeptiert diese Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <source>Choose Sign in again to renew it; the connection keeps its name.</source>
        <translation>Wählen Sie „Erneut anmelden“, um sie zu erneuern; die Verbindung behält ihren Namen.</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <source>Choose Test.</source>
        <translation>Wählen Sie „Testen“.</translation>
    </message>
    <message>
        <source>Working. The API token&apos;s expiry date is not known.</source>
        <translation>Funktioniert. Das Ablaufdatum des API-Tokens ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Working.</source>
        <translation>Funktioniert.</translation>
    </message>
    <message>
        <source>The API token expired by {on} at the latest: tokens last a year.</source>
        <translation>Das API-Token ist spätestens am {on} abgelaufen: Tokens gelten ein Jahr.</translation>
    </message>
    <message>
        <source>The API token expired on {on}.</source>
        <translation>Das API-Token ist am {on} abgelaufen.</translation>
    </message>
    <message>
        <source>The sign-in lapsed on {on}, after 90 days without use.</source>
        <translation>Die Anmeldung ist am {on} verfallen, nach 90 Tagen ohne Nutzung.</translation>
    </message>
    <message>
        <source>The sign-in ended on {on}, a year after consent.</source>
        <translation>Die Anmeldung ist am {on} abgelaufen, ein Jahr nach Ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>Create a new API token on Atlassian&apos;s page, then choose Replace token.</source>
        <translation>Erstellen Sie auf der Seite von Atlassian ein neues API-Token und wählen Sie dann „Token ersetzen“.</translation>
    </message>
    <message>
        <source>Any use renews it: choose Test.</source>
        <translation>Jede Nutzung verlängert sie: Wählen Sie „Testen“.</translation>
    </message>
    <message>
        <source>Choose Sign in again.</source>
        <translation>Wählen Sie „Erneut anmelden“.</translation>
    </message>
    <message>
        <source>No saved connections yet.</source>
        <translation>Noch keine gespeicherten Verbindungen.</translation>
    </message>
    <message>
        <source>One saved connection.</source>
        <translation>Eine gespeicherte Verbindung.</translation>
    </message>
    <message>
        <source>{count} saved connections.</source>
        <translation>{count} gespeicherte Verbindungen.</translation>
    </message>
    <message>
        <source>“{name}” did not pass the test: {message}</source>
        <translation>„{name}“ hat den Test nicht bestanden: {message}</translation>
    </message>
    <message>
        <source>“{name}” works: connected to {host} as {who}.</source>
        <translation>„{name}“ funktioniert: Mit {host} verbunden als {who}.</translation>
    </message>
    <message>
        <source>Choose Sign in again; the connection keeps its name.</source>
        <translation>Wählen Sie „Erneut anmelden“; die Verbindung behält ihren Namen.</translation>
    </message>
    <message>
        <source>Replace the API token of “{name}”</source>
        <translation>API-Token von „{name}“ ersetzen</translation>
    </message>
    <message>
        <source>Create a new API token on Atlassian&apos;s page, paste it here, and choose Replace. The new token is checked with Atlassian first: until it works, “{name}” keeps its old token.</source>
        <translation>Erstellen Sie auf der Seite von Atlassian ein neues API-Token, fügen Sie es hier ein und wählen Sie „Ersetzen“. Das neue Token wird zuerst bei Atlassian geprüft: Bis es funktioniert, behält „{name}“ das alte Token.</translation>
    </message>
    <message>
        <source>&amp;Create an API token…</source>
        <translation>API-Token e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Create an API token</source>
        <translation>API-Token erstellen</translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s API token page in your browser</source>
        <translation>Öffnet die API-Token-Seite von Atlassian in Ihrem Browser</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Old token</source>
        <translation>Altes Token</translation>
    </message>
    <message>
        <source>New API &amp;token:</source>
        <translation>Neues API-&amp;Token:</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>Paste the new API token; it is hidden as you type.</source>
        <translation>Fügen Sie das neue API-Token ein; es wird bei der Eingabe verborgen.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the API token</source>
        <translation>API-Token anzeigen</translation>
    </message>
    <message>
        <source>API token check</source>
        <translation>Prüfung des API-Tokens</translation>
    </message>
    <message>
        <source>The token e&amp;xpires on</source>
        <translation>Das Token &amp;läuft ab am</translation>
    </message>
    <message>
        <source>The token expires on a date</source>
        <translation>Das Token läuft an einem Datum ab</translation>
    </message>
    <message>
        <source>Tick it and give the expiry date Atlassian showed for the token</source>
        <translation>Ankreuzen und das Ablaufdatum angeben, das Atlassian für das Token angezeigt hat</translation>
    </message>
    <message>
        <source>Token expiry date</source>
        <translation>Ablaufdatum des Tokens</translation>
    </message>
    <message>
        <source>The expiry date Atlassian showed for the token, as year, month and day; a year from today at the latest</source>
        <translation>Das Ablaufdatum, das Atlassian für das Token angezeigt hat, als Jahr, Monat und Tag; spätestens ein Jahr ab heute</translation>
    </message>
    <message>
        <source>Expiry date check</source>
        <translation>Prüfung des Ablaufdatums</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Checks the new token with Atlassian, then saves it in place of the old one</source>
        <translation>Prüft das neue Token bei Atlassian und speichert es dann anstelle des alten</translation>
    </message>
    <message>
        <source>&amp;Open the API token page</source>
        <translation>API-Token-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s API token page, to revoke the old token</source>
        <translation>Öffnet die API-Token-Seite von Atlassian, um das alte Token zu widerrufen</translation>
    </message>
    <message>
        <source>Closes this window; the old token stays in use</source>
        <translation>Schließt dieses Fenster; das alte Token wird weiter verwendet</translation>
    </message>
    <message>
        <source>The token contains spaces, and Atlassian&apos;s tokens have none.</source>
        <translation>Das Token enthält Leerzeichen, Tokens von Atlassian haben aber keine.</translation>
    </message>
    <message>
        <source>Copy it again from Atlassian&apos;s page, with the copy button.</source>
        <translation>Kopieren Sie es erneut von der Seite von Atlassian, mit deren Kopierschaltfläche.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the API token</source>
        <translation>API-Token verbergen</translation>
    </message>
    <message>
        <source>Hides the token&apos;s characters again</source>
        <translation>Verbirgt die Zeichen des Tokens wieder</translation>
    </message>
    <message>
        <source>Shows the token&apos;s characters, to check that it was pasted whole; anyone who sees your screen can read it then</source>
        <translation>Zeigt die Zeichen des Tokens, damit Sie prüfen können, ob es vollständig eingefügt wurde; dann kann es jeder lesen, der Ihren Bildschirm sieht</translation>
    </message>
    <message>
        <source>Atlassian&apos;s API token page opens in your browser.</source>
        <translation>Die API-Token-Seite von Atlassian wird in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>Open this address yourself: {url}</source>
        <translation>Öffnen Sie diese Adresse selbst: {url}</translation>
    </message>
    <message>
        <source>Checking the new token with Atlassian…</source>
        <translation>Das neue Token wird bei Atlassian geprüft…</translation>
    </message>
    <message>
        <source>Nothing was changed: “{name}” still uses its old token.</source>
        <translation>Es wurde nichts geändert: „{name}“ verwendet weiterhin das alte Token.</translation>
    </message>
    <message>
        <source>The new token works and is saved: “{name}” now uses it.</source>
        <translation>Das neue Token funktioniert und ist gespeichert: „{name}“ verwendet es jetzt.</translation>
    </message>
    <message>
        <source>Now revoke the old token on Atlassian&apos;s API token page, so that nobody can use it any more.</source>
        <translation>Widerrufen Sie jetzt das alte Token auf der API-Token-Seite von Atlassian, damit niemand es mehr verwenden kann.</translation>
    </message>
    <message>
        <source>Closes this window; the new token is saved</source>
        <translation>Schließt dieses Fenster; das neue Token ist gespeichert</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>Jira connections</source>
        <translation>Jira-Verbindungen</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>“{name}” now uses its new API token. Revoke the old one.</source>
        <translation>„{name}“ verwendet jetzt das neue API-Token. Widerrufen Sie das alte.</translation>
    </message>
    <message>
        <source>“{name}” is signed in again.</source>
        <translation>„{name}“ ist wieder angemeldet.</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ wurde in „{new}“ umbenannt.</translation>
    </message>
    <message>
        <source>“{name}” was kept.</source>
        <translation>„{name}“ wurde behalten.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Removed “{name}”: its secrets were deleted from the keychain.</source>
        <translation>„{name}“ wurde entfernt; die zugehörigen Geheimnisse wurden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Reading the saved connections…</source>
        <translation>Die gespeicherten Verbindungen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>The setup link or preset file from your helpdesk was not used.</source>
        <translation>Der Einrichtungslink oder die Voreinstellungsdatei Ihres Helpdesks wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>{why}

The wizard starts without it: fill in each page yourself, or ask your helpdesk for a new link.</source>
        <translation>{why}

Der Assistent startet ohne sie: Füllen Sie jede Seite selbst aus, oder bitten Sie Ihren Helpdesk um einen neuen Link.</translation>
    </message>
    <message>
        <source>Read about setup &amp;links</source>
        <translation>Mehr über Einrichtungs&amp;links</translation>
    </message>
    <message>
        <source>Read about setup links</source>
        <translation>Mehr über Einrichtungslinks</translation>
    </message>
</context>
<context>
    <name>PasteBox</name>
    <message>
        <source>&amp;Paste the address your browser ended on:</source>
        <translation>Adresse e&amp;infügen, bei der Ihr Browser angekommen ist:</translation>
    </message>
    <message>
        <source>Address your browser ended on</source>
        <translation>Adresse, bei der Ihr Browser angekommen ist</translation>
    </message>
    <message>
        <source>For a browser on another computer: after you allow access, copy the address from its address bar and paste it here.</source>
        <translation>Für einen Browser auf einem anderen Computer: Kopieren Sie, nachdem Sie den Zugriff erlaubt haben, die Adresse aus seiner Adressleiste und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Eingefügte Adresse verwenden</translation>
    </message>
    <message>
        <source>Finishes the sign-in with the address pasted into the field</source>
        <translation>Schließt die Anmeldung mit der in das Feld eingefügten Adresse ab</translation>
    </message>
    <message>
        <source>Pasted address check</source>
        <translation>Prüfung der eingefügten Adresse</translation>
    </message>
    <message>
        <source>For a browser on another computer: {url}?code=…</source>
        <translation>Für einen Browser auf einem anderen Computer: {url}?code=…</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode: tests, new tokens and sign-ins go to the sandbox running on this computer, not to Atlassian. Its start page lists the demo site, email and API token.</source>
        <translation>Übungsmodus: Tests, neue Tokens und Anmeldungen gehen an die Sandbox, die auf diesem Computer läuft, nicht an Atlassian. Die Startseite der Sandbox nennt Demo-Site, E-Mail-Adresse und API-Token.</translation>
    </message>
    <message>
        <source>Open the sandbox start &amp;page</source>
        <translation>Sandbox-&amp;Startseite öffnen</translation>
    </message>
    <message>
        <source>Open the sandbox start page</source>
        <translation>Sandbox-Startseite öffnen</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: {url}</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst: {url}</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>&amp;Diagnosebericht kopieren</translation>
    </message>
    <message>
        <source>Copy diagnostic report</source>
        <translation>Diagnosebericht kopieren</translation>
    </message>
    <message>
        <source>Puts a report for your helpdesk on the clipboard; it holds no secret.</source>
        <translation>Kopiert einen Bericht für Ihren Helpdesk in die Zwischenablage; er enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard.</source>
        <translation>Der Diagnosebericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Checking the network…</source>
        <translation>Netzwerk wird geprüft…</translation>
    </message>
    <message>
        <source>The quick report is on the clipboard; the one with the network checks replaces it in a few seconds.</source>
        <translation>Der kurze Bericht ist in der Zwischenablage; der Bericht mit den Netzwerkprüfungen ersetzt ihn in wenigen Sekunden.</translation>
    </message>
    <message>
        <source>The quick diagnostic report is on the clipboard; the network could not be checked.</source>
        <translation>Der kurze Diagnosebericht ist in der Zwischenablage; das Netzwerk konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The diagnostic report, with the network checks, is on the clipboard.</source>
        <translation>Der Diagnosebericht mit den Netzwerkprüfungen ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>Practice mode: this wizard talks to the sandbox running on this computer, not to Atlassian. Its start page lists the demo site, email and API token.</source>
        <translation>Übungsmodus: Dieser Assistent spricht mit der Sandbox, die auf diesem Computer läuft, nicht mit Atlassian. Die Startseite der Sandbox nennt Demo-Site, E-Mail-Adresse und API-Token.</translation>
    </message>
    <message>
        <source>&amp;Open the sandbox start page</source>
        <translation>Sandbox-Startseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sandbox start page</source>
        <translation>Sandbox-Startseite öffnen</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: {url}</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst: {url}</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name the connection; programs on this computer use it by its name.</source>
        <translation>Benennen Sie die Verbindung; Programme auf diesem Computer verwenden sie über ihren Namen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>&amp;Name der Verbindung:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>The name programs and the jira-wizard command use for it</source>
        <translation>Der Name, unter dem Programme und der Befehl jira-wizard sie verwenden</translation>
    </message>
    <message>
        <source>Connection name check</source>
        <translation>Prüfung des Verbindungsnamens</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace the existing connection</source>
        <translation>Vorhandene Verbindung ersetzen</translation>
    </message>
    <message>
        <source>Saving then overwrites the connection of this name, and its secret in the keychain, with this one</source>
        <translation>Beim Speichern wird dann die gleichnamige Verbindung samt ihrem Geheimnis im Schlüsselbund durch diese ersetzt</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Ergebnis des Speicherns</translation>
    </message>
    <message>
        <source>The sign-in&apos;s tokens and your app&apos;s client secret are kept in your system keychain. The site, the account, the client id and the scopes go into the program&apos;s settings file.</source>
        <translation>Die Tokens der Anmeldung und das Client-Secret Ihrer App werden im Schlüsselbund Ihres Systems aufbewahrt. Site, Konto, Client-ID und Scopes kommen in die Einstellungsdatei des Programms.</translation>
    </message>
    <message>
        <source>The sign-in&apos;s tokens are kept in your system keychain. The site, the account and the scopes go into the program&apos;s settings file.</source>
        <translation>Die Tokens der Anmeldung werden im Schlüsselbund Ihres Systems aufbewahrt. Site, Konto und Scopes kommen in die Einstellungsdatei des Programms.</translation>
    </message>
    <message>
        <source>The API token is kept in your system keychain. The site, the account and the expiry date go into the program&apos;s settings file.</source>
        <translation>Das API-Token wird im Schlüsselbund Ihres Systems aufbewahrt. Site, Konto und Ablaufdatum kommen in die Einstellungsdatei des Programms.</translation>
    </message>
    <message>
        <source>A connection named “{name}” exists already.</source>
        <translation>Eine Verbindung namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Tick “Replace it” to overwrite it, or choose another name.</source>
        <translation>Wählen Sie „Ersetzen“, um sie zu überschreiben, oder einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saving the connection…</source>
        <translation>Die Verbindung wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>What the connection may do (scopes)</source>
        <translation>Was die Verbindung darf (Scopes)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Required scopes are always asked for; tick the optional ones you need. Scopes never give more than your own Jira permissions.</source>
        <translation>Erforderliche Scopes werden immer angefordert; kreuzen Sie die optionalen an, die Sie brauchen. Scopes geben nie mehr als Ihre eigenen Jira-Berechtigungen.</translation>
    </message>
    <message>
        <source>Every scope listed is asked for; there is none to choose.</source>
        <translation>Alle aufgeführten Scopes werden angefordert; es gibt nichts zu wählen.</translation>
    </message>
    <message>
        <source>{scope} (required)</source>
        <translation>{scope} (erforderlich)</translation>
    </message>
    <message>
        <source>{scope}, required</source>
        <translation>{scope}, erforderlich</translation>
    </message>
    <message>
        <source>Always asked for; it cannot be turned off.</source>
        <translation>Wird immer angefordert; lässt sich nicht abwählen.</translation>
    </message>
    <message>
        <source>Your organization requires it; it cannot be turned off.</source>
        <translation>Ihre Organisation verlangt ihn; er lässt sich nicht abwählen.</translation>
    </message>
    <message>
        <source>{scope}, optional</source>
        <translation>{scope}, optional</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Atlassian in your browser and allow access.</source>
        <translation>Melden Sie sich in Ihrem Browser bei Atlassian an und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status der Anmeldung</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Finishing the sign-in</source>
        <translation>Anmeldung wird abgeschlossen</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Something is missing.</source>
        <translation>Etwas fehlt.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Die Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>Signed in to {host} as {name}.</source>
        <translation>Bei {host} angemeldet als {name}.</translation>
    </message>
    <message>
        <source>Choose Next to see what Atlassian granted.</source>
        <translation>Wählen Sie „Weiter“, um zu sehen, was Atlassian gewährt hat.</translation>
    </message>
    <message>
        <source>C&amp;hange the port</source>
        <translation>&amp;Port ändern</translation>
    </message>
    <message>
        <source>Goes back to the page with your app&apos;s details, to choose another callback port</source>
        <translation>Kehrt zur Seite mit den Angaben Ihrer App zurück, um einen anderen Callback-Port zu wählen</translation>
    </message>
    <message>
        <source>Check the app &amp;details</source>
        <translation>&amp;App-Angaben prüfen</translation>
    </message>
    <message>
        <source>Goes back to the page with your app&apos;s details, to check its client id and secret</source>
        <translation>Kehrt zur Seite mit den Angaben Ihrer App zurück, um Client-ID und Secret zu prüfen</translation>
    </message>
    <message>
        <source>Atlassian&apos;s sign-in page was opened again.</source>
        <translation>Die Anmeldeseite von Atlassian wurde erneut geöffnet.</translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation>Es konnte kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Copy the link and open it in a browser yourself.</source>
        <translation>Kopieren Sie den Link und öffnen Sie ihn selbst in einem Browser.</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard.</source>
        <translation>Der Anmeldelink ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Open it in a browser. If that browser is on another computer, paste below the address it ends on after you allow access.</source>
        <translation>Öffnen Sie ihn in einem Browser. Läuft dieser Browser auf einem anderen Computer, fügen Sie unten die Adresse ein, bei der er ankommt, nachdem Sie den Zugriff erlaubt haben.</translation>
    </message>
    <message>
        <source>Using the address you pasted…</source>
        <translation>Die eingefügte Adresse wird verwendet…</translation>
    </message>
    <message>
        <source>Waiting for your browser to come back to {url}.</source>
        <translation>Es wird gewartet, bis Ihr Browser zu {url} zurückkommt.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s sign-in page is open in your browser.</source>
        <translation>Die Anmeldeseite von Atlassian ist in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>Sign in there, pick {host} and allow access. Your browser then comes back here by itself.</source>
        <translation>Melden Sie sich dort an, wählen Sie {host} und erlauben Sie den Zugriff. Ihr Browser kommt danach von selbst hierher zurück.</translation>
    </message>
    <message>
        <source>Copy the link and open it in a browser yourself. If that browser is on another computer, paste below the address it ends on.</source>
        <translation>Kopieren Sie den Link und öffnen Sie ihn selbst in einem Browser. Läuft dieser Browser auf einem anderen Computer, fügen Sie unten die Adresse ein, bei der er ankommt.</translation>
    </message>
    <message>
        <source>Atlassian sent your browser back.</source>
        <translation>Atlassian hat Ihren Browser zurückgeschickt.</translation>
    </message>
    <message>
        <source>Getting the tokens…</source>
        <translation>Die Tokens werden abgerufen…</translation>
    </message>
    <message>
        <source>Checking the connection to {host}…</source>
        <translation>Die Verbindung zu {host} wird geprüft…</translation>
    </message>
    <message>
        <source>Signed in to {host}.</source>
        <translation>Bei {host} angemeldet.</translation>
    </message>
    <message>
        <source>{minutes}:{seconds} left to finish signing in</source>
        <translation>Noch {minutes}:{seconds}, um die Anmeldung abzuschließen</translation>
    </message>
    <message>
        <source>You chose Deny on Atlassian&apos;s page, so no access was given.</source>
        <translation>Sie haben auf der Seite von Atlassian „Ablehnen“ gewählt, daher wurde kein Zugriff gewährt.</translation>
    </message>
    <message>
        <source>Choose Sign in again and allow access on Atlassian&apos;s page. If you did not choose Deny, your Atlassian administrator may have blocked the app: ask them.</source>
        <translation>Wählen Sie „Erneut anmelden“ und erlauben Sie den Zugriff auf der Seite von Atlassian. Wenn Sie nicht „Ablehnen“ gewählt haben, hat Ihr Atlassian-Administrator die App vielleicht gesperrt: Fragen Sie nach.</translation>
    </message>
    <message>
        <source>Your browser did not come back in time.</source>
        <translation>Ihr Browser ist nicht rechtzeitig zurückgekommen.</translation>
    </message>
    <message>
        <source>Choose Sign in again and finish in the browser. If Atlassian showed an error page instead, see what it means below.</source>
        <translation>Wählen Sie „Erneut anmelden“ und schließen Sie die Anmeldung im Browser ab. Hat Atlassian stattdessen eine Fehlerseite gezeigt, lesen Sie unten, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Go back and enter the client id and secret again, copied whole from the Settings page of your app in Atlassian&apos;s developer console.</source>
        <translation>Gehen Sie zurück und geben Sie Client-ID und Secret erneut ein, vollständig kopiert von der Seite „Settings“ Ihrer App in der Developer Console von Atlassian.</translation>
    </message>
    <message>
        <source>Atlassian sends your browser back only to the callback URL registered for the app, port included. Close the program that uses port {port} and choose Sign in again; or register a callback URL with another port for the app in Atlassian&apos;s developer console, then choose Change the port and enter it.</source>
        <translation>Atlassian schickt Ihren Browser nur an die für die App registrierte Callback-URL zurück, einschließlich des Ports. Schließen Sie das Programm, das Port {port} verwendet, und wählen Sie „Erneut anmelden“; oder registrieren Sie in der Developer Console von Atlassian eine Callback-URL mit einem anderen Port für die App, wählen Sie dann „Port ändern“ und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Your organization&apos;s app comes back to port {port} only. Close the program that uses it and choose Sign in again; if it keeps happening, ask your IT department.</source>
        <translation>Die Organisations-App kommt nur an Port {port} zurück. Schließen Sie das Programm, das ihn verwendet, und wählen Sie „Erneut anmelden“; passiert es immer wieder, fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Choose Sign in again to start over, or Back to change what you entered.</source>
        <translation>Wählen Sie „Erneut anmelden“, um neu zu beginnen, oder „Zurück“, um Ihre Angaben zu ändern.</translation>
    </message>
    <message>
        <source>“redirect_uri is not registered” (unauthorized_client): the app&apos;s callback URL is not exactly {url}. Register exactly the URL shown on the previous page in Atlassian&apos;s developer console, then choose Sign in again.</source>
        <translation>„redirect_uri is not registered“ (unauthorized_client): Die Callback-URL der App lautet nicht genau {url}. Registrieren Sie in der Developer Console von Atlassian genau die URL, die auf der vorigen Seite steht, und wählen Sie dann „Erneut anmelden“.</translation>
    </message>
    <message>
        <source>“redirect_uri is not registered” (unauthorized_client): your organization&apos;s app is not registered for {url}. Ask your IT department to register exactly this URL for the app.</source>
        <translation>„redirect_uri is not registered“ (unauthorized_client): Die Organisations-App ist nicht für {url} registriert. Bitten Sie Ihre IT-Abteilung, genau diese URL für die App zu registrieren.</translation>
    </message>
    <message>
        <source>“Your admin has blocked this app”, or access is blocked: ask your Atlassian administrator to allow the app, then sign in again.</source>
        <translation>„Your admin has blocked this app“ oder der Zugriff ist gesperrt: Bitten Sie Ihren Atlassian-Administrator, die App zu erlauben, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Any other error page: cancel, go back and check what you entered, then sign in again.</source>
        <translation>Jede andere Fehlerseite: Brechen Sie ab, gehen Sie zurück, prüfen Sie Ihre Angaben und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Your Jira site</source>
        <translation>Ihre Jira-Site</translation>
    </message>
    <message>
        <source>The address you open Jira at in your browser, such as acme.atlassian.net.</source>
        <translation>Die Adresse, unter der Sie Jira in Ihrem Browser öffnen, etwa acme.atlassian.net.</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Site-Adresse:</translation>
    </message>
    <message>
        <source>https://your-domain.atlassian.net</source>
        <translation>https://your-domain.atlassian.net</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Site-Adresse</translation>
    </message>
    <message>
        <source>The address of your Jira Cloud site, such as https://your-domain.atlassian.net</source>
        <translation>Die Adresse Ihrer Jira-Cloud-Site, etwa https://your-domain.atlassian.net</translation>
    </message>
    <message>
        <source>Site address check</source>
        <translation>Prüfung der Site-Adresse</translation>
    </message>
    <message>
        <source>Site address note</source>
        <translation>Hinweis zur Site-Adresse</translation>
    </message>
    <message>
        <source>Checking {host}…</source>
        <translation>{host} wird geprüft…</translation>
    </message>
    <message>
        <source>Looking for a Jira Cloud site at {host}…</source>
        <translation>Unter {host} wird nach einer Jira-Cloud-Site gesucht…</translation>
    </message>
    <message>
        <source>No Jira Cloud site answers at this address.</source>
        <translation>Unter dieser Adresse antwortet keine Jira-Cloud-Site.</translation>
    </message>
    <message>
        <source>Atlassian asked the wizard to slow down.</source>
        <translation>Atlassian hat den Assistenten gebeten, seltener anzufragen.</translation>
    </message>
    <message>
        <source>Checking again in {seconds} s.</source>
        <translation>Neue Prüfung in {seconds} s.</translation>
    </message>
    <message>
        <source>Jira Cloud site found: {host} (cloud id {cloud_id})</source>
        <translation>Jira-Cloud-Site gefunden: {host} (Cloud-ID {cloud_id})</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Your API token</source>
        <translation>Ihr API-Token</translation>
    </message>
    <message>
        <source>The Atlassian account to connect as, and its API token.</source>
        <translation>Das Atlassian-Konto, als das Sie sich verbinden, und sein API-Token.</translation>
    </message>
    <message>
        <source>An API token lets programs sign in to Atlassian as you, without your password. It carries all of your permissions, so keep it as secret as a password. It lasts at most a year.</source>
        <translation>Mit einem API-Token melden sich Programme in Ihrem Namen bei Atlassian an, ohne Ihr Passwort. Es hat alle Ihre Berechtigungen; halten Sie es deshalb so geheim wie ein Passwort. Es gilt höchstens ein Jahr.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The email address of your Atlassian account</source>
        <translation>Die E-Mail-Adresse Ihres Atlassian-Kontos</translation>
    </message>
    <message>
        <source>Email address check</source>
        <translation>Prüfung der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Paste the API token you created; it is hidden as you type.</source>
        <translation>Fügen Sie das erstellte API-Token ein; es wird bei der Eingabe verborgen.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show API token</source>
        <translation>API-Token anzeigen</translation>
    </message>
    <message>
        <source>API token check</source>
        <translation>Prüfung des API-Tokens</translation>
    </message>
    <message>
        <source>C&amp;reate an API token…</source>
        <translation>API-Token e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Create an API token</source>
        <translation>API-Token erstellen</translation>
    </message>
    <message>
        <source>Opens Atlassian&apos;s API token page in your browser</source>
        <translation>Öffnet die API-Token-Seite von Atlassian in Ihrem Browser</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>The token e&amp;xpires on</source>
        <translation>Das Token &amp;läuft ab am</translation>
    </message>
    <message>
        <source>The token expires on a date</source>
        <translation>Das Token läuft an einem Datum ab</translation>
    </message>
    <message>
        <source>Tick it and give the expiry date Atlassian showed for the token</source>
        <translation>Ankreuzen und das Ablaufdatum angeben, das Atlassian für das Token angezeigt hat</translation>
    </message>
    <message>
        <source>Token expiry date</source>
        <translation>Ablaufdatum des Tokens</translation>
    </message>
    <message>
        <source>The expiry date Atlassian showed for the token, as year, month and day; a year from today at the latest</source>
        <translation>Das Ablaufdatum, das Atlassian für das Token angezeigt hat, als Jahr, Monat und Tag; spätestens ein Jahr ab heute</translation>
    </message>
    <message>
        <source>Expiry date check</source>
        <translation>Prüfung des Ablaufdatums</translation>
    </message>
    <message>
        <source>The token contains spaces, and Atlassian&apos;s tokens have none.</source>
        <translation>Das Token enthält Leerzeichen, Tokens von Atlassian haben aber keine.</translation>
    </message>
    <message>
        <source>Copy it again from Atlassian&apos;s page, with the copy button.</source>
        <translation>Kopieren Sie es erneut von der Seite von Atlassian, mit deren Kopierschaltfläche.</translation>
    </message>
    <message>
        <source>This token looks too short.</source>
        <translation>Dieses Token scheint zu kurz zu sein.</translation>
    </message>
    <message>
        <source>Check that it was copied whole.</source>
        <translation>Prüfen Sie, ob es vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>The spaces around the token will be left out.</source>
        <translation>Die Leerzeichen um das Token herum werden weggelassen.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide API token</source>
        <translation>API-Token verbergen</translation>
    </message>
    <message>
        <source>Hides the token&apos;s characters again</source>
        <translation>Verbirgt die Zeichen des Tokens wieder</translation>
    </message>
    <message>
        <source>Shows the token&apos;s characters, to check that it was pasted whole; anyone who sees your screen can read it then</source>
        <translation>Zeigt die Zeichen des Tokens, damit Sie prüfen können, ob es vollständig eingefügt wurde; dann kann es jeder lesen, der Ihren Bildschirm sieht</translation>
    </message>
    <message>
        <source>Atlassian&apos;s API token page opens in your browser.</source>
        <translation>Die API-Token-Seite von Atlassian wird in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>Create the token there, copy it, and paste it above.</source>
        <translation>Erstellen Sie dort das Token, kopieren Sie es und fügen Sie es oben ein.</translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation>Es konnte kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Open this address yourself: {url}</source>
        <translation>Öffnen Sie diese Adresse selbst: {url}</translation>
    </message>
</context>
<context>
    <name>TroubleshootingBox</name>
    <message>
        <source>If Atlassian shows an error page instead of coming back</source>
        <translation>Wenn Atlassian eine Fehlerseite zeigt, statt Sie zurückzuleiten</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Copy diagnostic report</source>
        <translation>Diagnosebericht kopieren</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, copy the diagnostic report and send it to your helpdesk.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, kopieren Sie den Diagnosebericht und senden Sie ihn an Ihren Helpdesk.</translation>
    </message>
</context>
</TS>
