"""The pages the browser shows when Atlassian sends it back to this program.

Small, self-contained HTML: no scripts, no external resources (the callback
server's Content-Security-Policy allows inline styles only), with a language,
a title and one heading for screen readers. Every visible string is in the
product's language (translation context ``CallbackPage``), which the page's
``lang`` names; every dynamic value goes through ``html.escape``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from jira_wizard.core.i18n import language, translate


@dataclass(frozen=True)
class Page:
    status: int
    body: bytes


_STYLE = """
body{margin:0;min-height:100vh;display:flex;align-items:center;
justify-content:center;background:#f4f5f7;color:#172b4d;
font:16px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:32rem;margin:1rem;padding:2rem 2.5rem;background:#fff;
border-radius:8px;box-shadow:0 1px 3px rgba(9,30,66,.25)}
h1{font-size:1.4rem;margin:0 0 .75rem}
.ok h1{color:#006644}.fail h1{color:#bf2600}
p{margin:.5rem 0}
""".replace("\n", "")


def _render(status: int, title: str, paragraphs: list[str], *, ok: bool) -> Page:
    lang = html.escape(language(), quote=True)
    parts = [f"<p>{html.escape(text)}</p>" for text in paragraphs]
    document = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f'<body><main class="{"ok" if ok else "fail"}" role="main">'
        f"<h1>{html.escape(title)}</h1>{''.join(parts)}</main></body></html>"
    )
    return Page(status, document.encode("utf-8"))


def signed_in() -> Page:
    return _render(
        200,
        translate("CallbackPage", "You are signed in"),
        [
            translate(
                "CallbackPage", "Jira Connection Wizard received Atlassian's answer."
            ),
            translate(
                "CallbackPage",
                "You can close this tab and go back to the wizard to finish.",
            ),
        ],
        ok=True,
    )


def already_complete() -> Page:
    return _render(
        200,
        translate("CallbackPage", "This sign-in is already complete"),
        [
            translate(
                "CallbackPage",
                "The wizard has already received an answer for this sign-in.",
            ),
            translate(
                "CallbackPage", "You can close this tab and go back to the wizard."
            ),
        ],
        ok=True,
    )


def failed(message: str, advice: str) -> Page:
    """The attempt ended with an error; ``message`` and ``advice`` are escaped."""
    return _render(
        200,
        translate("CallbackPage", "The sign-in did not complete"),
        [
            message,
            advice,
            translate("CallbackPage", "Go back to the wizard to try again."),
        ],
        ok=False,
    )


def not_this_attempt(message: str, advice: str) -> Page:
    """A callback that belongs to no current attempt; the wait goes on."""
    return _render(
        400,
        translate(
            "CallbackPage", "This address does not belong to the current sign-in"
        ),
        [
            message,
            advice,
            translate(
                "CallbackPage",
                "If the wizard is still waiting, finish signing in in its tab.",
            ),
        ],
        ok=False,
    )


def not_found() -> Page:
    return _render(
        404,
        translate("CallbackPage", "Page not found"),
        [
            translate(
                "CallbackPage",
                "This address is only used to finish signing in to Jira.",
            )
        ],
        ok=False,
    )


def method_not_allowed() -> Page:
    return _render(
        405,
        translate("CallbackPage", "Method not allowed"),
        [
            translate(
                "CallbackPage",
                "This address only answers the browser coming back from Atlassian.",
            )
        ],
        ok=False,
    )


def bad_request(status: int) -> Page:
    return _render(
        status,
        translate("CallbackPage", "Bad request"),
        [
            translate(
                "CallbackPage",
                "The browser sent a request this program could not read.",
            )
        ],
        ok=False,
    )
