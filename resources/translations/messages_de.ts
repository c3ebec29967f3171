<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CallbackPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Jira Connection Wizard received Atlassian&apos;s answer.</source>
        <translation>Jira Connection Wizard hat die Antwort von Atlassian erhalten.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to the wizard to finish.</source>
        <translation>Sie können diesen Tab schließen und zum Abschließen zum Assistenten zurückkehren.</translation>
    </message>
    <message>
        <source>This sign-in is already complete</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>The wizard has already received an answer for this sign-in.</source>
        <translation>Der Assistent hat für diese Anmeldung bereits eine Antwort erhalten.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to the wizard.</source>
        <translation>Sie können diesen Tab schließen und zum Assistenten zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Go back to the wizard to try again.</source>
        <translation>Kehren Sie zum Assistenten zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>This address does not belong to the current sign-in</source>
        <translation>Diese Adresse gehört nicht zur laufenden Anmeldung</translation>
    </message>
    <message>
        <source>If the wizard is still waiting, finish signing in in its tab.</source>
        <translation>Wenn der Assistent noch wartet, schließen Sie die Anmeldung in dessen Tab ab.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <source>This address is only used to finish signing in to Jira.</source>
        <translation>Diese Adresse dient nur dazu, die Anmeldung bei Jira abzuschließen.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>This address only answers the browser coming back from Atlassian.</source>
        <translation>Diese Adresse antwortet nur dem Browser, wenn er von Atlassian zurückkommt.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>The browser sent a request this program could not read.</source>
        <translation>Der Browser hat eine Anfrage gesendet, die dieses Programm nicht lesen konnte.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>an API token</source>
        <translation>einem API-Token</translation>
    </message>
    <message>
        <source>your organization&apos;s app</source>
        <translation>der App Ihrer Organisation</translation>
    </message>
    <message>
        <source>your own app</source>
        <translation>Ihrer eigenen App</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>joins ways to connect: &quot;an API token or your own app&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>The preset asks to connect with {asked}, which is not offered on this computer; connect with {ways}.</source>
        <translation>Die Voreinstellung sieht eine Verbindung mit {asked} vor; das wird auf diesem Computer nicht angeboten. Verbinden Sie sich mit {ways}.</translation>
    </message>
    <message>
        <source>The preset names another site, but your organization allows only {site}.</source>
        <translation>Die Voreinstellung nennt eine andere Website, Ihre Organisation erlaubt aber nur {site}.</translation>
    </message>
    <message>
        <source>The preset asks for {scopes}, which your organization does not offer; it was left out.</source>
        <translation>Die Voreinstellung fordert {scopes} an; Ihre Organisation bietet das nicht an, daher wurde es weggelassen.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The API token expires by {date} at the latest ({when}): API tokens last at most a year, and no expiry date was given.</source>
        <translation>Das API-Token läuft spätestens am {date} ab ({when}): API-Tokens gelten höchstens ein Jahr, und es wurde kein Ablaufdatum angegeben.</translation>
    </message>
    <message>
        <source>The API token expires on {date} ({when}).</source>
        <translation>Das API-Token läuft am {date} ab ({when}).</translation>
    </message>
    <message>
        <source>The sign-in lapses on {date} ({when}) if the connection is not used; each use renews it.</source>
        <translation>Die Anmeldung verfällt am {date} ({when}), wenn die Verbindung nicht genutzt wird; jede Nutzung verlängert sie.</translation>
    </message>
    <message>
        <source>The sign-in ends on {date} ({when}), a year after consent.</source>
        <translation>Die Anmeldung endet am {date} ({when}), ein Jahr nach Ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>Atlassian no longer accepts the sign-in. Sign in again: {command}</source>
        <translation>Atlassian akzeptiert die Anmeldung nicht mehr. Melden Sie sich erneut an: {command}</translation>
    </message>
    <message>
        <source>The API token&apos;s expiry date is not known.</source>
        <translation>Das Ablaufdatum des API-Tokens ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Not verified yet: run {command}. {sentence}</source>
        <translation>Noch nicht geprüft: Führen Sie {command} aus. {sentence}</translation>
    </message>
    <message>
        <source>The API token expired by {date} at the latest: API tokens last at most a year.</source>
        <translation>Das API-Token ist spätestens am {date} abgelaufen: API-Tokens gelten höchstens ein Jahr.</translation>
    </message>
    <message>
        <source>The API token expired on {date}.</source>
        <translation>Das API-Token ist am {date} abgelaufen.</translation>
    </message>
    <message>
        <source>The sign-in lapsed on {date}, after 90 days without use.</source>
        <translation>Die Anmeldung ist am {date} verfallen, nach 90 Tagen ohne Nutzung.</translation>
    </message>
    <message>
        <source>The sign-in ended on {date}, a year after consent.</source>
        <translation>Die Anmeldung ist am {date} abgelaufen, ein Jahr nach Ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>Sign in again: {command}</source>
        <translation>Melden Sie sich erneut an: {command}</translation>
    </message>
    <message>
        <source>Create a new token at {url}, then run: {command}</source>
        <translation>Erstellen Sie unter {url} ein neues Token und führen Sie dann aus: {command}</translation>
    </message>
    <message>
        <source>Any use renews it, for example: {command}</source>
        <translation>Jede Nutzung verlängert sie, zum Beispiel: {command}</translation>
    </message>
    <message>
        <source>Sign in again before then: {command}</source>
        <translation>Melden Sie sich vorher erneut an: {command}</translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The system&apos;s certificate store could not be loaded.</source>
        <translation>Der Zertifikatsspeicher des Systems konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Atlassian did not accept the API token of &apos;{name}&apos;: it may have expired or been revoked.</source>
        <translation>Atlassian hat das API-Token von „{name}“ nicht akzeptiert: Es ist vielleicht abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Create a new token at {url}, then run: {command}</source>
        <translation>Erstellen Sie unter {url} ein neues Token und führen Sie dann aus: {command}</translation>
    </message>
    <message>
        <source>Jira did not accept the sign-in of &apos;{name}&apos;, even just renewed.</source>
        <translation>Jira hat die Anmeldung von „{name}“ nicht akzeptiert, obwohl sie gerade erneuert wurde.</translation>
    </message>
    <message>
        <source>Sign in again: {command}</source>
        <translation>Melden Sie sich erneut an: {command}</translation>
    </message>
    <message>
        <source>Jira would not say who &apos;{name}&apos; is: the read:jira-user scope is missing.</source>
        <translation>Jira wollte nicht sagen, wer „{name}“ ist: Der Scope read:jira-user fehlt.</translation>
    </message>
    <message>
        <source>Jira refused to say who &apos;{name}&apos; is (HTTP 403).</source>
        <translation>Jira hat die Auskunft verweigert, wer „{name}“ ist (HTTP 403).</translation>
    </message>
    <message>
        <source>your Jira site</source>
        <translation>Ihre Jira-Website</translation>
    </message>
    <message>
        <source>Atlassian&apos;s API</source>
        <translation>Atlassians API</translation>
    </message>
    <message>
        <source>Check the email address of your Atlassian account and the API token: that the token still exists on your Atlassian account&apos;s security page, was copied whole and has not expired. A token created with scopes also needs the read:jira-user scope.</source>
        <translation>Prüfen Sie die E-Mail-Adresse Ihres Atlassian-Kontos und das API-Token: Ist das Token auf der Sicherheitsseite Ihres Atlassian-Kontos noch vorhanden, wurde es vollständig kopiert und ist es noch gültig? Ein Token mit Scopes braucht außerdem den Scope read:jira-user.</translation>
    </message>
    <message>
        <source>Atlassian did not accept this email address and API token for {host}.</source>
        <translation>Atlassian hat diese E-Mail-Adresse und dieses API-Token für {host} nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The API token may not read your profile on {host}.</source>
        <translation>Das API-Token darf Ihr Profil auf {host} nicht lesen.</translation>
    </message>
    <message>
        <source>The token was created with scopes that leave out read:jira-user. Create a new token with that scope, or one without scopes.</source>
        <translation>Das Token wurde mit Scopes erstellt, in denen read:jira-user fehlt. Erstellen Sie ein neues Token mit diesem Scope oder eines ohne Scopes.</translation>
    </message>
    <message>
        <source>{subject} did not say which account this is.</source>
        <translation>{subject} hat nicht mitgeteilt, um welches Konto es sich handelt.</translation>
    </message>
    <message>
        <source>Check that SSL_CERT_FILE and SSL_CERT_DIR, if set, name a file and a folder that exist, or unset them to use the system&apos;s own store.</source>
        <translation>Prüfen Sie, ob SSL_CERT_FILE und SSL_CERT_DIR, falls gesetzt, auf eine vorhandene Datei und einen vorhandenen Ordner zeigen, oder entfernen Sie beide, um den Speicher des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>{what} at {host}</source>
        <extracomment>the subject of some sentences, &quot;The site at acme.atlassian.net&quot;.</extracomment>
        <translation>{what} unter {host}</translation>
    </message>
    <message>
        <source>The address of {what} is not a usable web address.</source>
        <translation>Die Adresse für {what} ist keine verwendbare Webadresse.</translation>
    </message>
    <message>
        <source>Check the address; it starts with https://.</source>
        <translation>Prüfen Sie die Adresse; sie beginnt mit https://.</translation>
    </message>
    <message>
        <source>{subject} did not answer in time.</source>
        <translation>{subject} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>{host} could not be found: the name does not resolve.</source>
        <translation>{host} wurde nicht gefunden: Der Name lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified.</source>
        <translation>Das Zertifikat von {host} konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>A secure connection to {host} could not be set up.</source>
        <translation>Zu {host} konnte keine sichere Verbindung aufgebaut werden.</translation>
    </message>
    <message>
        <source>The proxy could not connect to {host}.</source>
        <translation>Der Proxy konnte keine Verbindung zu {host} herstellen.</translation>
    </message>
    <message>
        <source>Check the HTTPS_PROXY setting, or ask IT which proxy to use.</source>
        <translation>Prüfen Sie die Einstellung HTTPS_PROXY, oder fragen Sie Ihre IT, welcher Proxy zu verwenden ist.</translation>
    </message>
    <message>
        <source>{subject} refused the connection.</source>
        <translation>{subject} hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>{subject} could not be reached.</source>
        <translation>{subject} war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection to {what} at {host} was cut off.</source>
        <translation>Die Verbindung wurde unterbrochen: {what} unter {host}.</translation>
    </message>
    <message>
        <source>{subject} did not accept the credentials (HTTP 401).</source>
        <translation>{subject} hat die Zugangsdaten nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>{subject} refused access (HTTP 403).</source>
        <translation>{subject} hat den Zugriff verweigert (HTTP 403).</translation>
    </message>
    <message>
        <source>{subject} asks the program to slow down (HTTP 429).</source>
        <translation>{subject} bittet das Programm, seltener anzufragen (HTTP 429).</translation>
    </message>
    <message>
        <source>{subject} had a problem answering (HTTP {status}).</source>
        <translation>{subject} hatte ein Problem beim Antworten (HTTP {status}).</translation>
    </message>
    <message>
        <source>{subject} sent the request to another address (HTTP {status}), which the program does not follow.</source>
        <translation>{subject} hat die Anfrage an eine andere Adresse weitergeleitet (HTTP {status}); dieser Weiterleitung folgt das Programm nicht.</translation>
    </message>
    <message>
        <source>{subject} gave an answer the program did not expect (HTTP {status}).</source>
        <translation>{subject} hat eine Antwort gegeben, die das Programm nicht erwartet hat (HTTP {status}).</translation>
    </message>
    <message>
        <source>{subject} answered with a web page instead of data.</source>
        <translation>{subject} hat mit einer Webseite statt mit Daten geantwortet.</translation>
    </message>
    <message>
        <source>{subject} answered with data the program cannot read.</source>
        <translation>{subject} hat mit Daten geantwortet, die das Programm nicht lesen kann.</translation>
    </message>
    <message>
        <source>{subject} answered with data of the wrong shape.</source>
        <translation>{subject} hat mit Daten in falscher Form geantwortet.</translation>
    </message>
    <message>
        <source>the address given</source>
        <translation>die angegebene Adresse</translation>
    </message>
    <message>
        <source>Atlassian&apos;s sign-in service</source>
        <translation>Atlassians Anmeldedienst</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>die Website</translation>
    </message>
    <message>
        <source>{host} says it is Jira Cloud but did not give its cloud id.</source>
        <translation>{host} gibt an, Jira Cloud zu sein, hat aber seine Cloud-ID nicht genannt.</translation>
    </message>
    <message>
        <source>Try again. On a company network, a proxy may be blocking the address /_edge/tenant_info; ask IT to allow it.</source>
        <translation>Versuchen Sie es erneut. In einem Firmennetz blockiert vielleicht ein Proxy die Adresse /_edge/tenant_info; bitten Sie Ihre IT, sie freizugeben.</translation>
    </message>
    <message>
        <source>{host} is an Atlassian Cloud site, but Jira is not on it.</source>
        <translation>{host} ist eine Atlassian-Cloud-Website, aber Jira ist dort nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Check the address of your Jira site in your browser&apos;s address bar when you use Jira, or ask your Atlassian administrator to add Jira.</source>
        <translation>Prüfen Sie die Adresse Ihrer Jira-Website in der Adressleiste Ihres Browsers, während Sie Jira verwenden, oder bitten Sie Ihren Atlassian-Administrator, Jira hinzuzufügen.</translation>
    </message>
    <message>
        <source>{host} sends visitors to another address; use the address your browser shows once Jira has opened.</source>
        <translation>{host} leitet Besucher an eine andere Adresse weiter; verwenden Sie die Adresse, die Ihr Browser zeigt, wenn Jira geöffnet ist.</translation>
    </message>
    <message>
        <source>No Jira Cloud site answers at {host}.</source>
        <translation>Unter {host} antwortet keine Jira-Cloud-Website.</translation>
    </message>
    <message>
        <source>This is {product}, not Jira Cloud.</source>
        <translation>Das ist {product}, nicht Jira Cloud.</translation>
    </message>
    <message>
        <source>{name} uses plain http://.</source>
        <translation>{name} verwendet unverschlüsseltes http://.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only for loopback addresses with JIRA_WIZARD_ALLOW_LOOPBACK_HTTP=1 set, or in sandbox mode.</source>
        <translation>Unverschlüsseltes HTTP ist nur für Loopback-Adressen erlaubt, wenn JIRA_WIZARD_ALLOW_LOOPBACK_HTTP=1 gesetzt ist, oder im Sandbox-Modus.</translation>
    </message>
    <message>
        <source>{name} is not an https:// address.</source>
        <translation>{name} ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>Use an https:// address, such as https://auth.atlassian.com.</source>
        <translation>Verwenden Sie eine https://-Adresse, etwa https://auth.atlassian.com.</translation>
    </message>
    <message>
        <source>Check the address: it is usually https://your-domain.atlassian.net, as shown in your browser&apos;s address bar when you use Jira.</source>
        <translation>Prüfen Sie die Adresse: Meist lautet sie https://your-domain.atlassian.net, so wie sie in der Adressleiste Ihres Browsers steht, wenn Sie Jira verwenden.</translation>
    </message>
    <message>
        <source>This program connects to Jira Cloud only. Jira Server and Data Center use personal access tokens instead; ask your Jira administrator.</source>
        <translation>Dieses Programm verbindet sich nur mit Jira Cloud. Jira Server und Data Center verwenden stattdessen persönliche Zugriffstoken; fragen Sie Ihren Jira-Administrator.</translation>
    </message>
    <message>
        <source>Check the spelling of the address and that this computer is online. On a company network, a VPN may be needed.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse und ob dieser Computer online ist. In einem Firmennetz ist vielleicht ein VPN nötig.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified. On a company network that inspects traffic, ask IT to install its certificate in the system&apos;s certificate store.</source>
        <translation>Die sichere Verbindung konnte nicht geprüft werden. In einem Firmennetz, das den Datenverkehr untersucht, bitten Sie Ihre IT, ihr Zertifikat im Zertifikatsspeicher des Systems zu installieren.</translation>
    </message>
    <message>
        <source>Check that this computer is online and try again. Behind a proxy, set HTTPS_PROXY.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es erneut. Hinter einem Proxy setzen Sie HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>Check that this computer is online and that no firewall blocks the address, then try again.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist und keine Firewall die Adresse blockiert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the email address of your Atlassian account and the API token: that the token still exists on your Atlassian account&apos;s security page, has not expired, and was copied whole.</source>
        <translation>Prüfen Sie die E-Mail-Adresse Ihres Atlassian-Kontos und das API-Token: Ist das Token auf der Sicherheitsseite Ihres Atlassian-Kontos noch vorhanden, ist es noch gültig und wurde es vollständig kopiert?</translation>
    </message>
    <message>
        <source>Your account is signed in but not allowed to do this. Ask your Jira administrator for permission on the project; for OAuth connections, also check the scopes.</source>
        <translation>Ihr Konto ist angemeldet, darf das aber nicht. Bitten Sie Ihren Jira-Administrator um die Berechtigung für das Projekt; bei OAuth-Verbindungen prüfen Sie auch die Scopes.</translation>
    </message>
    <message>
        <source>Add the missing scopes to the app in Atlassian&apos;s developer console, then sign in again and allow them.</source>
        <translation>Fügen Sie der App in der Developer Console von Atlassian die fehlenden Scopes hinzu, melden Sie sich dann erneut an und erlauben Sie sie.</translation>
    </message>
    <message>
        <source>Sign in again to renew the connection.</source>
        <translation>Melden Sie sich erneut an, um die Verbindung zu erneuern.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Sign in again and choose Accept on Atlassian&apos;s page. If you did not choose Deny, your Atlassian administrator may have blocked the app.</source>
        <translation>Melden Sie sich erneut an und wählen Sie auf der Seite von Atlassian „Akzeptieren“. Wenn Sie nicht „Ablehnen“ gewählt haben, hat Ihr Atlassian-Administrator die App vielleicht gesperrt.</translation>
    </message>
    <message>
        <source>Use the address from the sign-in you started last, or start the sign-in again.</source>
        <translation>Verwenden Sie die Adresse aus der zuletzt gestarteten Anmeldung, oder starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Sign in again and pick the right site on Atlassian&apos;s page.</source>
        <translation>Melden Sie sich erneut an und wählen Sie auf der Seite von Atlassian die richtige Website.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it in the browser. If the browser showed an Atlassian error page instead of coming back, check the callback URL registered for the app.</source>
        <translation>Starten Sie die Anmeldung erneut und schließen Sie sie im Browser ab. Wenn der Browser eine Fehlerseite von Atlassian gezeigt hat, statt zurückzukommen, prüfen Sie die für die App registrierte Callback-URL.</translation>
    </message>
    <message>
        <source>Start the sign-in again when you are ready.</source>
        <translation>Starten Sie die Anmeldung erneut, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Wait {seconds} seconds, then try again.</source>
        <translation>Warten Sie {seconds} Sekunden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s service is having trouble. Try again in a few minutes; https://status.atlassian.com shows known incidents.</source>
        <translation>Der Dienst von Atlassian hat Probleme. Versuchen Sie es in ein paar Minuten erneut; https://status.atlassian.com zeigt bekannte Störungen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, copy the diagnostic report and send it to your helpdesk.</source>
        <translation>Versuchen Sie es erneut. Wenn es immer wieder passiert, kopieren Sie den Diagnosebericht und senden Sie ihn an Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>Secrets are kept only in a secure system keychain. On Linux, install and start GNOME Keyring or KWallet (any Secret Service provider); on Windows and macOS the built-in keychain is used.</source>
        <translation>Geheimnisse werden nur in einem sicheren Schlüsselbund des Systems aufbewahrt. Unter Linux installieren und starten Sie GNOME Keyring oder KWallet (einen beliebigen Secret-Service-Anbieter); unter Windows und macOS wird der eingebaute Schlüsselbund verwendet.</translation>
    </message>
    <message>
        <source>Unlock your keychain when asked, then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund, wenn Sie gefragt werden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you to unlock it in another window; do so, then try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Vielleicht wartet er in einem anderen Fenster darauf, dass Sie ihn entsperren; tun Sie das und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check that your home folder is writable and has free space.</source>
        <translation>Prüfen Sie, ob Ihr Benutzerordner beschreibbar ist und freien Speicherplatz hat.</translation>
    </message>
    <message>
        <source>Run &apos;jira-wizard list&apos; to see the saved connections.</source>
        <translation>Führen Sie „jira-wizard list“ aus, um die gespeicherten Verbindungen zu sehen.</translation>
    </message>
    <message>
        <source>Choose another name, or remove the existing connection first.</source>
        <translation>Wählen Sie einen anderen Namen, oder entfernen Sie zuerst die vorhandene Verbindung.</translation>
    </message>
    <message>
        <source>&apos;{scope}&apos; is not a scope this program knows.</source>
        <translation>„{scope}“ ist kein Scope, den dieses Programm kennt.</translation>
    </message>
    <message>
        <source>Use one of: {scopes}.</source>
        <translation>Verwenden Sie einen von: {scopes}.</translation>
    </message>
    <message>
        <source>Enter the address of your Jira site.</source>
        <translation>Geben Sie die Adresse Ihrer Jira-Website ein.</translation>
    </message>
    <message>
        <source>The API token is empty.</source>
        <translation>Das API-Token ist leer.</translation>
    </message>
    <message>
        <source>Paste the whole token.</source>
        <translation>Fügen Sie das ganze Token ein.</translation>
    </message>
    <message>
        <source>A connection named &apos;{name}&apos; exists already.</source>
        <translation>Eine Verbindung namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Choose another name, or pass --replace to replace it.</source>
        <translation>Wählen Sie einen anderen Namen, oder geben Sie --replace an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; signs in with OAuth: it has no API token.</source>
        <translation>Die Verbindung „{name}“ meldet sich mit OAuth an: Sie hat kein API-Token.</translation>
    </message>
    <message>
        <source>To renew it, sign in again: {command}</source>
        <translation>Um sie zu erneuern, melden Sie sich erneut an: {command}</translation>
    </message>
    <message>
        <source>The new API token is empty.</source>
        <translation>Das neue API-Token ist leer.</translation>
    </message>
    <message>
        <source>This is the API token &apos;{name}&apos; uses already.</source>
        <translation>Dieses API-Token verwendet „{name}“ bereits.</translation>
    </message>
    <message>
        <source>Create a new token at {url} and give that one.</source>
        <translation>Erstellen Sie unter {url} ein neues Token und geben Sie dieses an.</translation>
    </message>
    <message>
        <source>Atlassian did not accept the new API token for &apos;{name}&apos;, which keeps the old one.</source>
        <translation>Atlassian hat das neue API-Token für „{name}“ nicht akzeptiert; die Verbindung behält das alte.</translation>
    </message>
    <message>
        <source>The new API token signs in as {new}, not as {old}, whom &apos;{name}&apos; connects as. Nothing was changed.</source>
        <translation>Das neue API-Token meldet sich als {new} an, nicht als {old}, als der „{name}“ verbunden ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Create the new token while signed in to Atlassian as {old}, or add a separate connection for the other account.</source>
        <translation>Erstellen Sie das neue Token, während Sie bei Atlassian als {old} angemeldet sind, oder legen Sie für das andere Konto eine eigene Verbindung an.</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; uses an API token: it has no sign-in.</source>
        <translation>Die Verbindung „{name}“ verwendet ein API-Token: Sie hat keine Anmeldung.</translation>
    </message>
    <message>
        <source>To renew the token, run: {command}</source>
        <translation>Um das Token zu erneuern, führen Sie aus: {command}</translation>
    </message>
    <message>
        <source>no system keychain was found</source>
        <translation>es wurde kein Schlüsselbund des Systems gefunden</translation>
    </message>
    <message>
        <source>it stores nothing</source>
        <translation>er speichert nichts</translation>
    </message>
    <message>
        <source>No keychain could be found.</source>
        <translation>Es wurde kein Schlüsselbund gefunden.</translation>
    </message>
    <message>
        <source>none of the keychains it chains is secure</source>
        <translation>keiner der Schlüsselbunde, die er verkettet, ist sicher</translation>
    </message>
    <message>
        <source>it keeps secrets in a plain or weakly protected file</source>
        <translation>er bewahrt Geheimnisse in einer ungeschützten oder schwach geschützten Datei auf</translation>
    </message>
    <message>
        <source>it is not known to keep secrets securely</source>
        <translation>es ist nicht bekannt, dass er Geheimnisse sicher aufbewahrt</translation>
    </message>
    <message>
        <source>The keychain is locked ({kind}).</source>
        <translation>Der Schlüsselbund ist gesperrt ({kind}).</translation>
    </message>
    <message>
        <source>The keychain could not be opened ({kind}).</source>
        <translation>Der Schlüsselbund konnte nicht geöffnet werden ({kind}).</translation>
    </message>
    <message>
        <source>The keychain refused the request ({kind}).</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt ({kind}).</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, check that your system keychain works, for example by opening its own settings or app.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiter fehlschlägt, prüfen Sie, ob der Schlüsselbund Ihres Systems funktioniert, etwa indem Sie seine Einstellungen oder seine App öffnen.</translation>
    </message>
    <message>
        <source>The keychain did not answer within {seconds} seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The keychain found ({name}) cannot be used: {reason}.</source>
        <translation>Der gefundene Schlüsselbund ({name}) kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>A secret in the keychain is incomplete: part of it is missing.</source>
        <translation>Ein Geheimnis im Schlüsselbund ist unvollständig: Ein Teil davon fehlt.</translation>
    </message>
    <message>
        <source>Add the connection again to store its secrets anew.</source>
        <translation>Legen Sie die Verbindung erneut an, um ihre Geheimnisse neu zu speichern.</translation>
    </message>
    <message>
        <source>A secret in the keychain is damaged.</source>
        <translation>Ein Geheimnis im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}).</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The settings file {path} was written by a newer version of this program and was left as it is.</source>
        <translation>Die Einstellungsdatei {path} wurde von einer neueren Version dieses Programms geschrieben und blieb unverändert.</translation>
    </message>
    <message>
        <source>Update jira-wizard to use these connections.</source>
        <translation>Aktualisieren Sie jira-wizard, um diese Verbindungen zu verwenden.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged and was left as it is.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt und blieb unverändert.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it elsewhere to start with no saved connections and add them again (secrets still in the keychain under &apos;jira-wizard&apos; can then be deleted there).</source>
        <translation>Stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie an einen anderen Ort, um ohne gespeicherte Verbindungen zu beginnen und diese neu anzulegen (Geheimnisse, die noch unter „jira-wizard“ im Schlüsselbund liegen, können Sie dann dort löschen).</translation>
    </message>
    <message>
        <source>The settings file {path} could not be written ({reason}); it was left as it was.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht geschrieben werden ({reason}); sie blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Another program is changing the saved connections right now (it holds {path}).</source>
        <translation>Ein anderes Programm ändert gerade die gespeicherten Verbindungen (es hält die Sperrdatei {path}).</translation>
    </message>
    <message>
        <source>Wait for it to finish, then try again. If no other jira-wizard is running, delete that lock file.</source>
        <translation>Warten Sie, bis es fertig ist, und versuchen Sie es dann erneut. Wenn kein anderes jira-wizard läuft, löschen Sie diese Sperrdatei.</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; was changed by another program while its secrets were being read.</source>
        <translation>Die Verbindung „{name}“ wurde von einem anderen Programm geändert, während ihre Geheimnisse gelesen wurden.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secrets of the connection &apos;{name}&apos; are missing from the keychain.</source>
        <translation>Die Geheimnisse der Verbindung „{name}“ fehlen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Remove the connection and add it again.</source>
        <translation>Entfernen Sie die Verbindung und legen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; was removed or replaced by another program meanwhile.</source>
        <translation>Die Verbindung „{name}“ wurde inzwischen von einem anderen Programm entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; was removed, but some of its secrets could not be deleted from the keychain.</source>
        <translation>Die Verbindung „{name}“ wurde entfernt, aber einige ihrer Geheimnisse konnten nicht aus dem Schlüsselbund gelöscht werden.</translation>
    </message>
    <message>
        <source>Open your keychain&apos;s app and delete the entries of the service &apos;jira-wizard&apos; whose names begin with &apos;{prefix}&apos;.</source>
        <translation>Öffnen Sie die App Ihres Schlüsselbunds und löschen Sie die Einträge des Dienstes „jira-wizard“, deren Namen mit „{prefix}“ beginnen.</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; differs only in capitals from the connection &apos;{existing}&apos;, which exists already.</source>
        <translation>Der Name „{name}“ unterscheidet sich nur in der Groß- und Kleinschreibung von der bereits vorhandenen Verbindung „{existing}“.</translation>
    </message>
    <message>
        <source>No saved connection is named &apos;{name}&apos;.</source>
        <translation>Keine gespeicherte Verbindung heißt „{name}“.</translation>
    </message>
    <message>
        <source>Atlassian no longer accepts the sign-in of the connection &apos;{name}&apos;: sign in again to renew it.</source>
        <translation>Atlassian akzeptiert die Anmeldung der Verbindung „{name}“ nicht mehr: Melden Sie sich erneut an, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Run: {command}</source>
        <translation>Führen Sie aus: {command}</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; has no email address saved.</source>
        <translation>Für die Verbindung „{name}“ ist keine E-Mail-Adresse gespeichert.</translation>
    </message>
    <message>
        <source>Add it again with &apos;jira-wizard add api-token --replace&apos;.</source>
        <translation>Legen Sie sie mit „jira-wizard add api-token --replace“ erneut an.</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; was replaced meanwhile.</source>
        <translation>Die Verbindung „{name}“ wurde inzwischen ersetzt.</translation>
    </message>
    <message>
        <source>The connection &apos;{name}&apos; was made with your organization&apos;s app, which is not set up on this computer any more, or has changed.</source>
        <translation>Die Verbindung „{name}“ wurde mit der App Ihrer Organisation angelegt, die auf diesem Computer nicht mehr eingerichtet ist oder sich geändert hat.</translation>
    </message>
    <message>
        <source>Ask your IT department to install the policy file, or point JIRA_WIZARD_POLICY at it; then sign in again if that is not enough.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, die Richtliniendatei zu installieren, oder lassen Sie JIRA_WIZARD_POLICY auf sie zeigen; melden Sie sich dann erneut an, falls das nicht genügt.</translation>
    </message>
    <message>
        <source>Another program has been renewing the connection &apos;{name}&apos; for over {seconds} seconds.</source>
        <translation>Ein anderes Programm erneuert die Verbindung „{name}“ schon seit über {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>There is no help topic by that name.</source>
        <translation>Es gibt kein Hilfethema mit diesem Namen.</translation>
    </message>
    <message>
        <source>The topics are: {topics}.</source>
        <translation>Die Themen sind: {topics}.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Your organization&apos;s app is not set up on this computer.</source>
        <translation>Die App Ihrer Organisation ist auf diesem Computer nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Ask your IT department to install its policy file, or connect with an API token or your own app instead.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, deren Richtliniendatei zu installieren, oder verbinden Sie sich stattdessen mit einem API-Token oder Ihrer eigenen App.</translation>
    </message>
    <message>
        <source>Your organization does not allow connecting with {auth_type} on this computer.</source>
        <translation>Ihre Organisation erlaubt auf diesem Computer keine Verbindung mit {auth_type}.</translation>
    </message>
    <message>
        <source>Use one of: {auth_types}. Your IT department sets this.</source>
        <translation>Verwenden Sie eine dieser Arten: {auth_types}. Das legt Ihre IT-Abteilung fest.</translation>
    </message>
    <message>
        <source>Your organization allows connecting to one site only: {site}.</source>
        <translation>Ihre Organisation erlaubt Verbindungen nur zu einer Website: {site}.</translation>
    </message>
    <message>
        <source>Use that site. Your IT department sets this.</source>
        <translation>Verwenden Sie diese Website. Das legt Ihre IT-Abteilung fest.</translation>
    </message>
    <message>
        <source>Your organization does not allow asking for {scopes}.</source>
        <translation>Ihre Organisation erlaubt nicht, {scopes} anzufordern.</translation>
    </message>
    <message>
        <source>Leave it out. Your IT department sets which scopes are offered.</source>
        <translation>Lassen Sie das weg. Welche Scopes angeboten werden, legt Ihre IT-Abteilung fest.</translation>
    </message>
    <message>
        <source>Your organization requires the scopes {scopes}.</source>
        <translation>Ihre Organisation verlangt die Scopes {scopes}.</translation>
    </message>
    <message>
        <source>Ask for them too.</source>
        <translation>Fordern Sie diese ebenfalls an.</translation>
    </message>
    <message>
        <source>The policy file {path} does not exist.</source>
        <translation>Die Richtliniendatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The policy file {path} cannot be read ({kind}).</source>
        <translation>Die Richtliniendatei {path} kann nicht gelesen werden ({kind}).</translation>
    </message>
    <message>
        <source>Ask your IT department to check the installation.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, die Installation zu prüfen.</translation>
    </message>
    <message>
        <source>The policy file {path} is not valid TOML: {fault}.</source>
        <translation>Die Richtliniendatei {path} ist kein gültiges TOML: {fault}.</translation>
    </message>
    <message>
        <source>Ask your IT department to correct it.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, sie zu korrigieren.</translation>
    </message>
    <message>
        <source>is true, but no &apos;site_url&apos; says which site</source>
        <translation>ist true, aber kein &apos;site_url&apos; gibt an, welche Website</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a port from {low} to {high}</source>
        <translation>muss ein Port von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>is empty, which would leave no way to connect</source>
        <translation>ist leer, womit keine Art der Verbindung bliebe</translation>
    </message>
    <message>
        <source>item {index} is not one of {names}</source>
        <translation>Eintrag {index} ist keiner von {names}</translation>
    </message>
    <message>
        <source>allows oauth_org, but there is no [organization_app] section</source>
        <translation>erlaubt oauth_org, aber es gibt keinen Abschnitt [organization_app]</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>is not a Jira Cloud site address such as https://your-domain.atlassian.net</source>
        <translation>ist keine Adresse einer Jira-Cloud-Website wie https://your-domain.atlassian.net</translation>
    </message>
    <message>
        <source>lists {scope} as both required and offered; choose one</source>
        <translation>führt {scope} sowohl als verlangt als auch als angeboten auf; wählen Sie eines davon</translation>
    </message>
    <message>
        <source>item {index} is not a scope this program knows (known: {scopes})</source>
        <translation>Eintrag {index} ist kein Scope, den dieses Programm kennt (bekannt: {scopes})</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>is not a setting this program knows</source>
        <translation>ist keine Einstellung, die dieses Programm kennt</translation>
    </message>
    <message>
        <source>The policy file {path}: &apos;{key}&apos; {problem}.</source>
        <extracomment>{problem} finishes a sentence whose subject is {key}.</extracomment>
        <translation>Die Richtliniendatei {path}: &apos;{key}&apos; {problem}.</translation>
    </message>
    <message>
        <source>Ask your IT department to correct the policy file.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, die Richtliniendatei zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Secrets (API tokens, client secrets, passwords) are typed only by you, into the wizard; a helpdesk never sends one in a link or a file. Ask for a link without it, and do not reuse the secret it carried.</source>
        <translation>Geheimnisse (API-Tokens, Client-Secrets, Passwörter) geben nur Sie selbst in den Assistenten ein; ein Helpdesk schickt sie nie in einem Link oder einer Datei. Bitten Sie um einen Link ohne das Geheimnis, und verwenden Sie das mitgeschickte Geheimnis nicht weiter.</translation>
    </message>
    <message>
        <source>Secrets (API tokens, client secrets, passwords) are typed only by you, into the wizard; a helpdesk never sends one in a link or a file. Delete this file, ask for one without the secret, and do not reuse the secret it carried.</source>
        <translation>Geheimnisse (API-Tokens, Client-Secrets, Passwörter) geben nur Sie selbst in den Assistenten ein; ein Helpdesk schickt sie nie in einem Link oder einer Datei. Löschen Sie diese Datei, bitten Sie um eine neue ohne das Geheimnis, und verwenden Sie das mitgeschickte Geheimnis nicht weiter.</translation>
    </message>
    <message>
        <source>carries something that looks like a secret and was refused whole</source>
        <extracomment>finishes a sentence that begins &quot;The link&quot; or &quot;The preset file&quot;.</extracomment>
        <translation>enthält etwas, das wie ein Geheimnis aussieht, und wurde vollständig abgelehnt</translation>
    </message>
    <message>
        <source>The link</source>
        <extracomment>the subject of a sentence saying what is wrong with a link.</extracomment>
        <translation>Der Link</translation>
    </message>
    <message>
        <source>is longer than {length} characters</source>
        <translation>ist länger als {length} Zeichen</translation>
    </message>
    <message>
        <source>is not a jira-wizard://setup link</source>
        <translation>ist kein jira-wizard://setup-Link</translation>
    </message>
    <message>
        <source>has a part {key} this program does not know</source>
        <translation>hat einen Teil {key}, den dieses Programm nicht kennt</translation>
    </message>
    <message>
        <source>gives &apos;{key}&apos; more than once</source>
        <translation>gibt &apos;{key}&apos; mehr als einmal an</translation>
    </message>
    <message>
        <source>The preset file {path}</source>
        <extracomment>the subject of a sentence saying what is wrong with a file.</extracomment>
        <translation>Die Voreinstellungsdatei {path}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>cannot be read ({kind})</source>
        <translation>kann nicht gelesen werden ({kind})</translation>
    </message>
    <message>
        <source>is not valid TOML: {fault}</source>
        <translation>ist kein gültiges TOML: {fault}</translation>
    </message>
    <message>
        <source>has a key {key} this program does not know</source>
        <translation>hat einen Schlüssel {key}, den dieses Programm nicht kennt</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a string</source>
        <translation>hat ein &apos;{key}&apos;, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>&apos;scopes&apos; must be a list of strings</source>
        <translation>hat ein &apos;scopes&apos;, das keine Liste von Zeichenketten ist</translation>
    </message>
    <message>
        <source>has a site that is not usable: {problem}</source>
        <translation>nennt eine Website, die nicht verwendbar ist: {problem}</translation>
    </message>
    <message>
        <source>has an auth type that is not one of {names}</source>
        <translation>nennt eine Verbindungsart, die keine von {names} ist</translation>
    </message>
    <message>
        <source>names a scope this program does not know (known: {scopes})</source>
        <translation>nennt einen Scope, den dieses Programm nicht kennt (bekannt: {scopes})</translation>
    </message>
    <message>
        <source>carries a secret (the key {key}) and was refused whole</source>
        <translation>enthält ein Geheimnis (den Schlüssel {key}) und wurde vollständig abgelehnt</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <extracomment>stands for a key&apos;s name, not repeated as it may be a secret.</extracomment>
        <translation>(nicht angezeigt)</translation>
    </message>
    <message>
        <source>has a problem: {problem}</source>
        <translation>hat ein Problem: {problem}</translation>
    </message>
    <message>
        <source>Ask your helpdesk for a corrected one.</source>
        <translation>Bitten Sie Ihren Helpdesk um eine korrigierte Fassung.</translation>
    </message>
    <message>
        <source>{subject} {problem}.</source>
        <extracomment>&quot;The link&quot; or &quot;The preset file ...&quot; and what is wrong with it.</extracomment>
        <translation>{subject} {problem}.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The sign-in could not listen on port {port} of this computer ({reason}).</source>
        <translation>Die Anmeldung konnte Port {port} dieses Computers nicht öffnen ({reason}).</translation>
    </message>
    <message>
        <source>Register a callback URL with another port, from 1024 to 65535, for the app and enter that port here.</source>
        <translation>Registrieren Sie für die App eine Callback-URL mit einem anderen Port von 1024 bis 65535 und geben Sie diesen Port hier ein.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation>Die Anmeldung wurde beendet.</translation>
    </message>
    <message>
        <source>The browser did not come back from Atlassian within 1 minute.</source>
        <translation>Der Browser ist nicht innerhalb von 1 Minute von Atlassian zurückgekommen.</translation>
    </message>
    <message>
        <source>The browser did not come back from Atlassian within {minutes} minutes.</source>
        <translation>Der Browser ist nicht innerhalb von {minutes} Minuten von Atlassian zurückgekommen.</translation>
    </message>
    <message>
        <source>This address was requested by a web page, not opened by Atlassian&apos;s sign-in.</source>
        <translation>Diese Adresse wurde von einer Webseite abgerufen, nicht von der Anmeldung bei Atlassian geöffnet.</translation>
    </message>
    <message>
        <source>Finish signing in on Atlassian&apos;s page in the browser.</source>
        <translation>Schließen Sie die Anmeldung auf der Seite von Atlassian im Browser ab.</translation>
    </message>
    <message>
        <source>The callback URL {redirect_uri} is not a loopback address.</source>
        <translation>Die Callback-URL {redirect_uri} ist keine Loopback-Adresse.</translation>
    </message>
    <message>
        <source>Use an address such as http://localhost:8754/callback; the sign-in comes back to this computer only (RFC 8252).</source>
        <translation>Verwenden Sie eine Adresse wie http://localhost:8754/callback; die Anmeldung kommt nur zu diesem Computer zurück (RFC 8252).</translation>
    </message>
    <message>
        <source>The callback URL {redirect_uri} has no valid port.</source>
        <translation>Die Callback-URL {redirect_uri} hat keinen gültigen Port.</translation>
    </message>
    <message>
        <source>Use an address such as http://localhost:8754/callback.</source>
        <translation>Verwenden Sie eine Adresse wie http://localhost:8754/callback.</translation>
    </message>
    <message>
        <source>No free port was found for the callback.</source>
        <translation>Für den Callback wurde kein freier Port gefunden.</translation>
    </message>
    <message>
        <source>Close some programs and retry.</source>
        <translation>Schließen Sie einige Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already used by another program.</source>
        <translation>Port {port} wird auf diesem Computer bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Atlassian sends the browser back only to the callback URL registered for the app, port included, so the sign-in needs port {port}. Close the program that uses it and try again, or register a callback URL with another port for the app in Atlassian&apos;s developer console and enter that port here.</source>
        <translation>Atlassian schickt den Browser nur an die für die App registrierte Callback-URL zurück, einschließlich des Ports; die Anmeldung braucht daher Port {port}. Schließen Sie das Programm, das ihn verwendet, und versuchen Sie es erneut, oder registrieren Sie in der Developer Console von Atlassian eine Callback-URL mit einem anderen Port für die App und geben Sie diesen Port hier ein.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s list of sites could not be read.</source>
        <translation>Die Liste der Websites von Atlassian konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The sign-in did not grant access to any Jira site.</source>
        <translation>Die Anmeldung hat keinen Zugriff auf eine Jira-Website gewährt.</translation>
    </message>
    <message>
        <source>Sign in again and pick {site} on Atlassian&apos;s page. If it is not offered there, your Atlassian account may have no access to it: ask your Jira administrator.</source>
        <translation>Melden Sie sich erneut an und wählen Sie auf der Seite von Atlassian {site}. Wird sie dort nicht angeboten, hat Ihr Atlassian-Konto vielleicht keinen Zugriff darauf: Fragen Sie Ihren Jira-Administrator.</translation>
    </message>
    <message>
        <source>You granted access to {granted}, not to {site}.</source>
        <translation>Sie haben Zugriff auf {granted} gewährt, nicht auf {site}.</translation>
    </message>
    <message>
        <source>Sign in again and pick {site} on Atlassian&apos;s page.</source>
        <translation>Melden Sie sich erneut an und wählen Sie auf der Seite von Atlassian {site}.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s token answer held no access token.</source>
        <translation>Die Token-Antwort von Atlassian enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Atlassian did not accept the app&apos;s client id and secret.</source>
        <translation>Atlassian hat die Client-ID und das Client-Secret der App nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check both in the app&apos;s settings in Atlassian&apos;s developer console and enter them again, copied whole. For your organization&apos;s app, ask your IT department.</source>
        <translation>Prüfen Sie beide in den Einstellungen der App in der Developer Console von Atlassian und geben Sie sie vollständig kopiert erneut ein. Bei der App Ihrer Organisation fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Atlassian no longer accepts this sign-in.</source>
        <translation>Atlassian akzeptiert diese Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <source>Atlassian refused to issue tokens ({error}).</source>
        <translation>Atlassian hat die Ausgabe von Tokens verweigert ({error}).</translation>
    </message>
    <message>
        <source>Check the app&apos;s client id and its callback URL, then sign in again.</source>
        <translation>Prüfen Sie die Client-ID der App und ihre Callback-URL und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s sign-in service answered {status}.</source>
        <translation>Der Anmeldedienst von Atlassian hat mit {status} geantwortet.</translation>
    </message>
    <message>
        <source>Jira would not say who you are: the sign-in did not grant read:jira-user, which the connection needs.</source>
        <translation>Jira wollte nicht sagen, wer Sie sind: Die Anmeldung hat read:jira-user nicht gewährt, das die Verbindung braucht.</translation>
    </message>
    <message>
        <source>Jira refused to say who you are.</source>
        <translation>Jira hat die Auskunft verweigert, wer Sie sind.</translation>
    </message>
    <message>
        <source>Jira&apos;s answer about your account could not be read.</source>
        <translation>Die Antwort von Jira zu Ihrem Konto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Atlassian did not accept the access token.</source>
        <translation>Atlassian hat das Zugriffstoken nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s API answered with data it cannot read.</source>
        <translation>Die API von Atlassian hat mit Daten geantwortet, die das Programm nicht lesen kann.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number.</source>
        <translation>„{text}“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}, such as {port}.</source>
        <translation>Geben Sie eine ganze Zahl von {low} bis {high} ein, etwa {port}.</translation>
    </message>
    <message>
        <source>Port {port} cannot be used for the callback.</source>
        <translation>Port {port} kann nicht für den Callback verwendet werden.</translation>
    </message>
    <message>
        <source>Choose a port from {low} to {high}; ports below {low} need administrator rights.</source>
        <translation>Wählen Sie einen Port von {low} bis {high}; Ports unter {low} erfordern Administratorrechte.</translation>
    </message>
    <message>
        <source>Paste the address the browser ended on.</source>
        <translation>Fügen Sie die Adresse ein, bei der der Browser angekommen ist.</translation>
    </message>
    <message>
        <source>Copy it from the browser&apos;s address bar after Atlassian sent you back.</source>
        <translation>Kopieren Sie sie aus der Adressleiste des Browsers, nachdem Atlassian Sie zurückgeschickt hat.</translation>
    </message>
    <message>
        <source>The address is not a valid sign-in callback.</source>
        <translation>Die Adresse ist kein gültiger Callback einer Anmeldung.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The address has no sign-in state in it.</source>
        <translation>Die Adresse enthält keinen Anmeldestatus (state).</translation>
    </message>
    <message>
        <source>The address has no authorization code in it.</source>
        <translation>Die Adresse enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after Atlassian sent you back, or start the sign-in again.</source>
        <translation>Kopieren Sie die ganze Adresse aus der Adressleiste des Browsers, nachdem Atlassian Sie zurückgeschickt hat, oder starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The address belongs to another sign-in attempt.</source>
        <translation>Die Adresse gehört zu einem anderen Anmeldeversuch.</translation>
    </message>
    <message>
        <source>This is not the address Atlassian sends the browser back to.</source>
        <translation>Das ist nicht die Adresse, an die Atlassian den Browser zurückschickt.</translation>
    </message>
    <message>
        <source>Paste the address that begins with {redirect_uri}, from the browser&apos;s address bar after you chose Accept.</source>
        <translation>Fügen Sie die Adresse ein, die mit {redirect_uri} beginnt, aus der Adressleiste des Browsers, nachdem Sie „Akzeptieren“ gewählt haben.</translation>
    </message>
    <message>
        <source>Atlassian does not accept this app for the sign-in. Check that the callback URL registered for the app is exactly {redirect_uri}, and that your Atlassian administrator has not blocked the app.</source>
        <translation>Atlassian akzeptiert diese App nicht für die Anmeldung. Prüfen Sie, ob die für die App registrierte Callback-URL genau {redirect_uri} lautet und ob Ihr Atlassian-Administrator die App nicht gesperrt hat.</translation>
    </message>
    <message>
        <source>The app asks for a scope it does not have. Add the scopes in Atlassian&apos;s developer console, or ask for fewer, then sign in again.</source>
        <translation>Die App fordert einen Scope an, den sie nicht hat. Fügen Sie die Scopes in der Developer Console von Atlassian hinzu oder fordern Sie weniger an, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Check the app&apos;s client id and that its callback URL is exactly {redirect_uri}, then sign in again.</source>
        <translation>Prüfen Sie die Client-ID der App und ob ihre Callback-URL genau {redirect_uri} lautet, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Atlassian had a problem. Wait a minute and sign in again.</source>
        <translation>Bei Atlassian ist ein Problem aufgetreten. Warten Sie eine Minute und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Atlassian is busy. Wait a minute and sign in again.</source>
        <translation>Atlassian ist ausgelastet. Warten Sie eine Minute und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Start the sign-in again. If it happens again, copy the diagnostic report and send it to your helpdesk.</source>
        <translation>Starten Sie die Anmeldung erneut. Wenn es wieder passiert, kopieren Sie den Diagnosebericht und senden Sie ihn an Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>You chose not to allow access on Atlassian&apos;s page.</source>
        <translation>Sie haben den Zugriff auf der Seite von Atlassian nicht erlaubt.</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <extracomment>stands in for an OAuth error code not shown as received.</extracomment>
        <translation>ein unbekannter Fehler</translation>
    </message>
    <message>
        <source>Atlassian did not complete the sign-in ({code}).</source>
        <translation>Atlassian hat die Anmeldung nicht abgeschlossen ({code}).</translation>
    </message>
    <message>
        <source>Your own app needs its client id and secret.</source>
        <translation>Ihre eigene App braucht ihre Client-ID und ihr Client-Secret.</translation>
    </message>
    <message>
        <source>Copy both from the app&apos;s Settings page in Atlassian&apos;s developer console.</source>
        <translation>Kopieren Sie beides von der Einstellungsseite der App in der Developer Console von Atlassian.</translation>
    </message>
    <message>
        <source>Atlassian gave no refresh token, so the connection would stop working within the hour.</source>
        <translation>Atlassian hat kein Aktualisierungstoken ausgegeben; die Verbindung würde daher innerhalb einer Stunde aufhören zu funktionieren.</translation>
    </message>
    <message>
        <source>Make sure the app has the offline_access scope, then sign in again.</source>
        <translation>Stellen Sie sicher, dass die App den Scope offline_access hat, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>This sign-in has already ended.</source>
        <translation>Diese Anmeldung ist bereits beendet.</translation>
    </message>
    <message>
        <source>Waiting for Atlassian to send your browser back to {url}.</source>
        <translation>Es wird gewartet, bis Atlassian Ihren Browser an {url} zurückschickt.</translation>
    </message>
    <message>
        <source>Atlassian&apos;s page is open in your browser: sign in there, pick {site} and choose Accept.</source>
        <translation>Die Seite von Atlassian ist in Ihrem Browser geöffnet: Melden Sie sich dort an, wählen Sie {site} und dann „Akzeptieren“.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in a browser on this computer.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link und öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>Atlassian sent you back. Getting the tokens…</source>
        <translation>Atlassian hat Sie zurückgeschickt. Die Tokens werden abgerufen…</translation>
    </message>
    <message>
        <source>Checking the connection to {host}…</source>
        <translation>Die Verbindung zu {host} wird geprüft…</translation>
    </message>
    <message>
        <source>Connected to {host} as {name}.</source>
        <translation>Mit {host} verbunden als {name}.</translation>
    </message>
    <message>
        <source>Waiting for you to finish in the browser: {time} left.</source>
        <translation>Es wird gewartet, bis Sie im Browser fertig sind: noch {time}.</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <source>Atlassian site names use only the letters a–z, the digits 0–9 and hyphens.</source>
        <translation>Namen von Atlassian-Websites bestehen nur aus den Buchstaben a–z, den Ziffern 0–9 und Bindestrichen.</translation>
    </message>
    <message>
        <source>Jira Cloud sites usually end in .atlassian.net; this address will be checked.</source>
        <translation>Jira-Cloud-Websites enden meist auf .atlassian.net; diese Adresse wird geprüft.</translation>
    </message>
    <message>
        <source>A site address cannot contain spaces.</source>
        <translation>Eine Website-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This looks like an email address; the site address is the one in your browser&apos;s address bar, such as {example}.</source>
        <translation>Das sieht wie eine E-Mail-Adresse aus; die Website-Adresse ist die in der Adressleiste Ihres Browsers, etwa {example}.</translation>
    </message>
    <message>
        <source>This is an email address; the site address looks like {example}.</source>
        <translation>Das ist eine E-Mail-Adresse; eine Website-Adresse sieht aus wie {example}.</translation>
    </message>
    <message>
        <source>Only web addresses starting with https:// can be used, such as {example}.</source>
        <translation>Nur Webadressen, die mit https:// beginnen, sind verwendbar, etwa {example}.</translation>
    </message>
    <message>
        <source>The address has a malformed IPv6 address in it.</source>
        <translation>Die Adresse enthält eine fehlerhafte IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The address contains a user name or password; it is not needed here and should not be shared.</source>
        <translation>Die Adresse enthält einen Benutzernamen oder ein Passwort; das wird hier nicht gebraucht und sollte nicht weitergegeben werden.</translation>
    </message>
    <message>
        <source>Means {url}</source>
        <translation>Gemeint ist {url}</translation>
    </message>
    <message>
        <source>Jira Cloud site addresses end in .atlassian.net.</source>
        <translation>Adressen von Jira-Cloud-Websites enden auf .atlassian.net.</translation>
    </message>
    <message>
        <source>Use {url}</source>
        <translation>{url} verwenden</translation>
    </message>
    <message>
        <source>The address has no site name in it, such as {example}.</source>
        <translation>Die Adresse enthält keinen Website-Namen, wie etwa {example}.</translation>
    </message>
    <message>
        <source>The address has an empty part between its dots.</source>
        <translation>Die Adresse hat einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>Put your site&apos;s name in front of {host}, as in https://your-domain.{host}.</source>
        <translation>Setzen Sie den Namen Ihrer Website vor {host}, wie in https://your-domain.{host}.</translation>
    </message>
    <message>
        <source>This is one of Atlassian&apos;s own addresses, not your Jira site, which looks like {example}.</source>
        <translation>Das ist eine Adresse von Atlassian selbst, nicht Ihre Jira-Website; diese sieht aus wie {example}.</translation>
    </message>
    <message>
        <source>An IPv6 address with a zone cannot be a site address.</source>
        <translation>Eine IPv6-Adresse mit Zone kann keine Website-Adresse sein.</translation>
    </message>
    <message>
        <source>The address contains characters that cannot be part of a web address.</source>
        <translation>Die Adresse enthält Zeichen, die nicht Teil einer Webadresse sein können.</translation>
    </message>
    <message>
        <source>Each part of the address between dots is 63 characters at most.</source>
        <translation>Jeder Teil der Adresse zwischen zwei Punkten hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>No part of the address can start or end with a hyphen.</source>
        <translation>Kein Teil der Adresse darf mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>A site address can contain only letters, digits, hyphens and dots.</source>
        <translation>Eine Website-Adresse darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten.</translation>
    </message>
    <message>
        <source>The address is too long to be a host name.</source>
        <translation>Die Adresse ist zu lang für einen Hostnamen.</translation>
    </message>
    <message>
        <source>The address looks like an IP address but is not a valid one.</source>
        <translation>Die Adresse sieht wie eine IP-Adresse aus, ist aber keine gültige.</translation>
    </message>
    <message>
        <source>Plain HTTP is not allowed: use https://. (Plain HTTP to this computer is allowed only in sandbox mode.)</source>
        <translation>Unverschlüsseltes HTTP ist nicht erlaubt: Verwenden Sie https://. (Unverschlüsseltes HTTP zu diesem Computer ist nur im Sandbox-Modus erlaubt.)</translation>
    </message>
    <message>
        <source>A plain HTTP address on this computer needs its port.</source>
        <translation>Eine unverschlüsselte HTTP-Adresse auf diesem Computer braucht ihren Port.</translation>
    </message>
    <message>
        <source>The address should start with http://.</source>
        <translation>Die Adresse sollte mit http:// beginnen.</translation>
    </message>
    <message>
        <source>Jira Cloud is reached only over https://, never plain http://.</source>
        <translation>Jira Cloud ist nur über https:// erreichbar, nie über unverschlüsseltes http://.</translation>
    </message>
    <message>
        <source>The address needs http:// at the start.</source>
        <translation>Die Adresse braucht http:// am Anfang.</translation>
    </message>
    <message>
        <source>The address needs https:// at the start.</source>
        <translation>Die Adresse braucht https:// am Anfang.</translation>
    </message>
    <message>
        <source>The address should start with https://.</source>
        <translation>Die Adresse sollte mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The colon at the end of the host is not needed.</source>
        <translation>Der Doppelpunkt am Ende des Hosts wird nicht gebraucht.</translation>
    </message>
    <message>
        <source>The port, after the colon, must be a number from 1 to 65535.</source>
        <translation>Der Port nach dem Doppelpunkt muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The port number is not needed: https:// already means it.</source>
        <translation>Die Portnummer wird nicht gebraucht: https:// legt sie bereits fest.</translation>
    </message>
    <message>
        <source>Jira Cloud sites do not use a port number; leave it out.</source>
        <translation>Jira-Cloud-Websites verwenden keine Portnummer; lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>The port number has extra zeros.</source>
        <translation>Die Portnummer hat überzählige Nullen.</translation>
    </message>
    <message>
        <source>The address should not end with /.</source>
        <translation>Die Adresse sollte nicht auf / enden.</translation>
    </message>
    <message>
        <source>Only the site&apos;s address is needed, not the address of a page on it.</source>
        <translation>Nur die Adresse der Website wird gebraucht, nicht die einer Seite darauf.</translation>
    </message>
</context>
<context>
    <name>scopes</name>
    <message>
        <source>See the names and profile details of people in Jira, including your own, so the program can tell who it is connected as.</source>
        <translation>Namen und Profilangaben von Personen in Jira sehen, auch Ihre eigenen, damit das Programm weiß, als wer es verbunden ist.</translation>
    </message>
    <message>
        <source>Read projects, issues, comments and attachments you can see in Jira.</source>
        <translation>Projekte, Vorgänge, Kommentare und Anhänge lesen, die Sie in Jira sehen können.</translation>
    </message>
    <message>
        <source>Create and change issues, comments and attachments, as you could in Jira yourself.</source>
        <translation>Vorgänge, Kommentare und Anhänge anlegen und ändern, so wie Sie es in Jira selbst könnten.</translation>
    </message>
    <message>
        <source>Change project settings such as components and versions, where your Jira permissions allow it.</source>
        <translation>Projekteinstellungen wie Komponenten und Versionen ändern, soweit Ihre Jira-Berechtigungen es erlauben.</translation>
    </message>
    <message>
        <source>Change how Jira itself is set up (workflows, fields, screens), where you are a Jira administrator. Choose it only if you need it.</source>
        <translation>Die Einrichtung von Jira selbst ändern (Workflows, Felder, Masken), wo Sie Jira-Administrator sind. Wählen Sie das nur, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <source>Send information from other tools, such as builds and deployments, to Jira issues. Choose it only if a tool you use needs it.</source>
        <translation>Informationen aus anderen Werkzeugen, etwa Builds und Deployments, an Jira-Vorgänge senden. Wählen Sie das nur, wenn ein Werkzeug, das Sie nutzen, es braucht.</translation>
    </message>
    <message>
        <source>Stay connected after you close the browser: the program renews its access by itself instead of asking you to sign in every hour.</source>
        <translation>Verbunden bleiben, nachdem Sie den Browser geschlossen haben: Das Programm erneuert seinen Zugriff selbst, statt Sie jede Stunde um eine Anmeldung zu bitten.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Enter the email address of your Atlassian account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Atlassian-Kontos ein.</translation>
    </message>
    <message>
        <source>This is not an email address. Enter the address you sign in to Atlassian with, such as ada@example.com.</source>
        <translation>Das ist keine E-Mail-Adresse. Geben Sie die Adresse ein, mit der Sie sich bei Atlassian anmelden, etwa ada@example.com.</translation>
    </message>
    <message>
        <source>Give the connection a name, such as the site&apos;s name.</source>
        <translation>Geben Sie der Verbindung einen Namen, etwa den Namen der Website.</translation>
    </message>
    <message>
        <source>A name cannot begin or end with a space.</source>
        <translation>Ein Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A name can be at most {length} characters long.</source>
        <translation>Ein Name darf höchstens {length} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>Ein Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The expiry date has passed: create a new API token.</source>
        <translation>Das Ablaufdatum ist überschritten: Erstellen Sie ein neues API-Token.</translation>
    </message>
    <message>
        <source>Atlassian API tokens last at most a year. Check the expiry date shown next to the token on Atlassian&apos;s API token page.</source>
        <translation>API-Tokens von Atlassian gelten höchstens ein Jahr. Prüfen Sie das Ablaufdatum, das auf der API-Token-Seite von Atlassian neben dem Token steht.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date.</source>
        <translation>„{text}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Give the expiry date as YYYY-MM-DD.</source>
        <translation>Geben Sie das Ablaufdatum als JJJJ-MM-TT an.</translation>
    </message>
</context>
</TS>
