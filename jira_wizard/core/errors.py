"""Every error a person can meet, in one tree.

Each error says what happened (``message``) and what to do next (``advice``), in
the product's own words, and names the help page about it (``help_topic``, a
page shipped in ``resources/help``), which the windows link to beside the
failure. Every kind of error has a default page but ``InputError``: a value
typed or passed is shown beside the field it is about, and a raise whose
reader needs a page names it (the policy file's ``organization-policy``, a
preset's ``presets``). None of them ever carries a secret: callers pass
descriptions, never tokens, codes or query strings. ``str(error)`` is the
message and the advice together, which is what the command line prints and
the wizard shows.

Messages are made in the language the product speaks
(``jira_wizard.core.i18n``); a subclass's ``default_advice`` is marked for
translation where it is written and translated when an error is made.

    WizardError
    ├── InputError                    a value typed or passed is not usable
    │   └── PortInUse                 the callback port is taken by another program
    ├── SiteError
    │   ├── SiteNotFound              nothing that looks like Jira answers there
    │   └── NotJiraCloud              Jira Server or Data Center: not supported
    ├── NetworkError
    │   ├── DnsError                  the host name does not resolve
    │   ├── TlsError                  the certificate could not be verified
    │   ├── NetworkTimeout            no answer in time
    │   └── ConnectFailed             refused, reset or otherwise unreachable
    ├── AuthError
    │   ├── InvalidCredentials        401: email, token, client id or secret
    │   ├── PermissionDenied          403: Jira permissions or missing scopes
    │   │   └── ScopesMissing         403 because the app lacks a needed scope
    │   ├── InvalidGrant              OAuth grant expired or revoked: sign in again
    │   └── SignInError               the browser sign-in did not complete
    │       ├── AccessDenied          the person chose Deny on Atlassian's page
    │       ├── StateMismatch         a callback that belongs to no current attempt
    │       ├── WrongSite             access was granted to another site
    │       ├── SignInTimeout         the browser never came back in time
    │       └── SignInCancelled       the person cancelled the sign-in
    ├── RateLimited                   429: wait ``retry_after`` seconds
    ├── ServiceError                  5xx from Atlassian
    ├── UnexpectedResponse            an answer the program does not understand
    ├── KeychainError
    │   ├── KeychainUnavailable       no keychain, or one that is not secure
    │   ├── KeychainLocked            the keychain refused to unlock
    │   └── KeychainTimeout           the keychain did not answer in time
    ├── SettingsError                 the settings file cannot be read or written
    ├── ConnectionNotFound            no saved connection has that name
    └── ConnectionExists              a connection of that name exists already
"""

from __future__ import annotations

from jira_wizard.core.i18n import noop, translate


class WizardError(Exception):
    """Base of every error the product shows to a person."""

    #: What to do next, when the subclass has a sensible default.
    default_advice: str = ""
    #: The help topic (a file name in resources/help without extension).
    default_help_topic: str | None = None

    def __init__(
        self,
        message: str,
        advice: str | None = None,
        *,
        help_topic: str | None = None,
    ) -> None:
        self.message = message
        if advice is None:
            # Marked with noop() where written: translated here, when shown.
            advice = (
                translate("Errors", self.default_advice) if self.default_advice else ""
            )
        self.advice = advice
        self.help_topic = help_topic or self.default_help_topic
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.advice:
            return f"{self.message} {self.advice}"
        return self.message


class InputError(WizardError):
    """A value the person typed, or passed on the command line, is not usable."""


class PortInUse(InputError):
    """Another program listens on the port of the registered callback URL."""

    default_help_topic = "callback-port"


class SiteError(WizardError):
    """The site URL does not lead to a Jira Cloud site."""

    default_help_topic = "site-not-found"


class SiteNotFound(SiteError):
    default_advice = noop(
        "Errors",
        "Check the address: it is usually https://your-domain.atlassian.net, as "
        "shown in your browser's address bar when you use Jira.",
    )


class NotJiraCloud(SiteError):
    default_advice = noop(
        "Errors",
        "This program connects to Jira Cloud only. Jira Server and Data Center "
        "use personal access tokens instead; ask your Jira administrator.",
    )
    default_help_topic = "server-not-supported"


class NetworkError(WizardError):
    """The network stood between the program and Atlassian."""

    default_help_topic = "network"


class DnsError(NetworkError):
    default_advice = noop(
        "Errors",
        "Check the spelling of the address and that this computer is online. On "
        "a company network, a VPN may be needed.",
    )


class TlsError(NetworkError):
    default_advice = noop(
        "Errors",
        "The secure connection could not be verified. On a company network that "
        "inspects traffic, ask IT to install its certificate in the system's "
        "certificate store.",
    )


class NetworkTimeout(NetworkError):
    default_advice = noop(
        "Errors",
        "Check that this computer is online and try again. Behind a proxy, set "
        "HTTPS_PROXY.",
    )


class ConnectFailed(NetworkError):
    default_advice = noop(
        "Errors",
        "Check that this computer is online and that no firewall blocks the "
        "address, then try again.",
    )


class AuthError(WizardError):
    """Atlassian did not accept the credentials, or they do not allow this."""

    default_help_topic = "error-401"


class InvalidCredentials(AuthError):
    default_advice = noop(
        "Errors",
        "Check the email address of your Atlassian account and the API token: "
        "that the token still exists on your Atlassian account's security page, "
        "has not expired, and was copied whole.",
    )
    default_help_topic = "error-401"


class PermissionDenied(AuthError):
    default_advice = noop(
        "Errors",
        "Your account is signed in but not allowed to do this. Ask your Jira "
        "administrator for permission on the project; for OAuth connections, "
        "also check the scopes.",
    )
    default_help_topic = "error-403"


class ScopesMissing(PermissionDenied):
    default_advice = noop(
        "Errors",
        "Add the missing scopes to the app in Atlassian's developer console, "
        "then sign in again and allow them.",
    )
    default_help_topic = "scopes"


class InvalidGrant(AuthError):
    default_advice = noop("Errors", "Sign in again to renew the connection.")
    default_help_topic = "sign-in-again"


class SignInError(AuthError):
    default_advice = noop("Errors", "Start the sign-in again.")
    default_help_topic = "sign-in"


class AccessDenied(SignInError):
    default_advice = noop(
        "Errors",
        "Sign in again and choose Accept on Atlassian's page. If you did not "
        "choose Deny, your Atlassian administrator may have blocked the app.",
    )


class StateMismatch(SignInError):
    default_advice = noop(
        "Errors",
        "Use the address from the sign-in you started last, or start the sign-in "
        "again.",
    )


class WrongSite(SignInError):
    default_advice = noop(
        "Errors", "Sign in again and pick the right site on Atlassian's page."
    )


class SignInTimeout(SignInError):
    default_advice = noop(
        "Errors",
        "Start the sign-in again and finish it in the browser. If the browser "
        "showed an Atlassian error page instead of coming back, check the "
        "callback URL registered for the app.",
    )


class SignInCancelled(SignInError):
    default_advice = noop("Errors", "Start the sign-in again when you are ready.")


class RateLimited(WizardError):
    """Atlassian asked the program to slow down."""

    default_help_topic = "atlassian-busy"

    def __init__(
        self,
        message: str,
        advice: str | None = None,
        *,
        retry_after: float | None = None,
        help_topic: str | None = None,
    ) -> None:
        self.retry_after = retry_after
        if advice is None:
            if retry_after is None:
                advice = translate("Errors", "Wait a minute, then try again.")
            else:
                advice = translate(
                    "Errors", "Wait {seconds} seconds, then try again."
                ).format(seconds=round(retry_after))
        super().__init__(message, advice, help_topic=help_topic)


class ServiceError(WizardError):
    default_advice = noop(
        "Errors",
        "Atlassian's service is having trouble. Try again in a few minutes; "
        "https://status.atlassian.com shows known incidents.",
    )
    default_help_topic = "atlassian-busy"


class UnexpectedResponse(WizardError):
    default_advice = noop(
        "Errors",
        "Try again. If it keeps happening, copy the diagnostic report and send "
        "it to your helpdesk.",
    )
    default_help_topic = "diagnostic-report"


class KeychainError(WizardError):
    """The OS keychain could not keep the secrets."""

    default_help_topic = "keychain"


class KeychainUnavailable(KeychainError):
    default_advice = noop(
        "Errors",
        "Secrets are kept only in a secure system keychain. On Linux, install "
        "and start GNOME Keyring or KWallet (any Secret Service provider); on "
        "Windows and macOS the built-in keychain is used.",
    )


class KeychainLocked(KeychainError):
    default_advice = noop("Errors", "Unlock your keychain when asked, then try again.")


class KeychainTimeout(KeychainError):
    default_advice = noop(
        "Errors",
        "The keychain did not answer in time. It may be waiting for you to "
        "unlock it in another window; do so, then try again.",
    )


class SettingsError(WizardError):
    default_advice = noop(
        "Errors", "Check that your home folder is writable and has free space."
    )
    default_help_topic = "saved-connections"


class ConnectionNotFound(WizardError):
    default_advice = noop(
        "Errors", "Run 'jira-wizard list' to see the saved connections."
    )
    default_help_topic = "saved-connections"


class ConnectionExists(WizardError):
    default_advice = noop(
        "Errors", "Choose another name, or remove the existing connection first."
    )
    default_help_topic = "saved-connections"
