"""What the sign-in page says: each step, each failure, and the troubleshooting.

Kept apart from the page so that the page reads as behaviour. Every sentence
is translated in the ``SignInPage`` context. Nothing here ever receives the
authorization URL, a code or a state: only the callback URL (which holds no
query), host names, port numbers and error texts, which carry no secret
(``core.errors``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from jira_wizard.core.errors import (
    AccessDenied,
    InvalidCredentials,
    PortInUse,
    SignInTimeout,
    WizardError,
)
from jira_wizard.core.models import SignInProgress
from jira_wizard.ui.widgets import Tone, escape

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "SignInPage").
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Said:
    """A sentence for the status line, with the detail under it."""

    tone: Tone
    text: str
    detail: str = ""


@dataclass(frozen=True)
class Trouble:
    """One of Atlassian's error pages, what it means, and the help page on it."""

    text: str
    #: A topic in ``resources/help``, as in ``WizardError.help_topic``.
    help_topic: str | None = None


def progress_words(progress: SignInProgress, host: str, callback_url: str) -> Said:
    """What to show for one step of the sign-in (``waiting`` is the countdown)."""
    stage = progress.stage
    if stage == "listening":
        return Said(
            Tone.BUSY,
            translate(
                "SignInPage", "Waiting for your browser to come back to {url}."
            ).format(url=callback_url),
        )
    if stage == "browser_opened":
        return Said(
            Tone.BUSY,
            translate(
                "SignInPage", "Atlassian's sign-in page is open in your browser."
            ),
            translate(
                "SignInPage",
                "Sign in there, pick {host} and allow access. Your browser then "
                "comes back here by itself.",
            ).format(host=host),
        )
    if stage == "browser_failed":
        return Said(
            Tone.WARNING,
            translate("SignInPage", "No browser could be opened."),
            translate(
                "SignInPage",
                "Copy the link and open it in a browser yourself. If that browser "
                "is on another computer, paste below the address it ends on.",
            ),
        )
    if stage == "exchanging":
        return Said(
            Tone.BUSY,
            translate("SignInPage", "Atlassian sent your browser back."),
            translate("SignInPage", "Getting the tokens…"),
        )
    if stage == "verifying":
        return Said(
            Tone.BUSY,
            translate("SignInPage", "Checking the connection to {host}…").format(
                host=host
            ),
        )
    if stage == "done":
        return Said(
            Tone.BUSY, translate("SignInPage", "Signed in to {host}.").format(host=host)
        )
    # A step this page does not know: the sign-in's own words, untranslated.
    return Said(Tone.BUSY, progress.message)


def countdown_words(seconds_left: int) -> str:
    minutes, seconds = divmod(max(0, seconds_left), 60)
    return translate(
        "SignInPage", "{minutes}:{seconds} left to finish signing in"
    ).format(minutes=minutes, seconds=f"{seconds:02d}")


def failure_words(error: WizardError, *, own_app: bool, port: int | None) -> Said:
    """The message and advice for a sign-in that ended without a connection."""
    if isinstance(error, AccessDenied):
        return Said(
            Tone.PROBLEM,
            translate(
                "SignInPage",
                "You chose Deny on Atlassian's page, so no access was given.",
            ),
            translate(
                "SignInPage",
                "Choose Sign in again and allow access on Atlassian's page. If you "
                "did not choose Deny, your Atlassian administrator may have "
                "blocked the app: ask them.",
            ),
        )
    if isinstance(error, SignInTimeout):
        return Said(
            Tone.PROBLEM,
            translate("SignInPage", "Your browser did not come back in time."),
            translate(
                "SignInPage",
                "Choose Sign in again and finish in the browser. If Atlassian "
                "showed an error page instead, see what it means below.",
            ),
        )
    if isinstance(error, PortInUse) and port is not None:
        return Said(Tone.PROBLEM, error.message, _port_advice(port, own_app=own_app))
    if isinstance(error, InvalidCredentials) and own_app:
        return Said(
            Tone.PROBLEM,
            error.message,
            translate(
                "SignInPage",
                "Go back and enter the client id and secret again, copied whole "
                "from the Settings page of your app in Atlassian's developer "
                "console.",
            ),
        )
    return Said(Tone.PROBLEM, error.message, error.advice)


def _port_advice(port: int, *, own_app: bool) -> str:
    if own_app:
        return translate(
            "SignInPage",
            "Atlassian sends your browser back only to the callback URL "
            "registered for the app, port included. Close the program that uses "
            "port {port} and choose Sign in again; or register a callback URL "
            "with another port for the app in Atlassian's developer console, "
            "then choose Change the port and enter it.",
        ).format(port=port)
    return translate(
        "SignInPage",
        "Your organization's app comes back to port {port} only. Close the "
        "program that uses it and choose Sign in again; if it keeps happening, "
        "ask your IT department.",
    ).format(port=port)


def cancelled_words() -> Said:
    return Said(
        Tone.INFO,
        translate("SignInPage", "The sign-in was cancelled."),
        translate(
            "SignInPage",
            "Choose Sign in again to start over, or Back to change what you entered.",
        ),
    )


def troubleshooting(callback_url: str, *, own_app: bool) -> list[Trouble]:
    """What Atlassian's error pages mean, one sentence each, with their pages.

    Atlassian shows them on its own site and never sends the browser back
    (ATLASSIAN.md, "Redirect URI mismatch"), so the wizard cannot see them and
    can only say what they mean.
    """
    if own_app:
        not_registered = translate(
            "SignInPage",
            "“redirect_uri is not registered” (unauthorized_client): the app's "
            "callback URL is not exactly {url}. Register exactly the URL shown on "
            "the previous page in Atlassian's developer console, then choose "
            "Sign in again.",
        )
    else:
        not_registered = translate(
            "SignInPage",
            "“redirect_uri is not registered” (unauthorized_client): your "
            "organization's app is not registered for {url}. Ask your IT "
            "department to register exactly this URL for the app.",
        )
    return [
        Trouble(
            not_registered.format(url=callback_url),
            help_topic="redirect-url-mismatch",
        ),
        Trouble(
            translate(
                "SignInPage",
                "“Your admin has blocked this app”, or access is blocked: ask your "
                "Atlassian administrator to allow the app, then sign in again.",
            ),
            help_topic="app-blocked",
        ),
        Trouble(
            translate(
                "SignInPage",
                "Any other error page: cancel, go back and check what you entered, "
                "then sign in again.",
            ),
            help_topic="sign-in",
        ),
    ]


def as_html_list(items: list[str], keep_whole: str = "") -> str:
    """The items as a bulleted list, never breaking a line inside ``keep_whole``."""
    whole = escape(keep_whole)
    # U+2060 WORD JOINER after each slash: Qt breaks lines after "/" otherwise
    # (UAX #14), and ignores white-space: nowrap inside a table cell.
    unbroken = whole.replace("/", "/\u2060")

    def cell(item: str) -> str:
        text = escape(item)
        return text.replace(whole, unbroken) if whole else text

    # A table rather than <ul>: a QLabel indents lists by 40 pixels, and a
    # table keeps the hanging indent of wrapped lines.
    rows = "".join(
        f"<tr><td style='padding-right: 6px'>•</td><td>{cell(item)}</td></tr>"
        for item in items
    )
    return f"<table cellspacing='2'>{rows}</table>"
