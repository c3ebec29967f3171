"""OAuth 2.0 authorization code flow (Atlassian 3LO): the parts without I/O.

Building the authorization URL and reading the callback are shared by the
loopback server and by the wizard's "paste the address the browser ended on"
field. Nothing here ever puts the state, the code or a query string into an
exception message: errors name the OAuth error code at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import SplitResult, parse_qs, quote, urlencode, urlsplit

from jira_wizard.core.errors import (
    AccessDenied,
    InputError,
    SignInError,
    StateMismatch,
)
from jira_wizard.core.i18n import noop, translate
from jira_wizard.core.models import Secret
from jira_wizard.core.pkce import code_challenge, make_code_verifier

# The callback port's rules live in ``ports``, which loads without the rest
# of OAuth (the policy needs them before the window opens); they are named
# here too, beside the rest of the callback.
from jira_wizard.core.ports import DEFAULT_CALLBACK_PORT as DEFAULT_CALLBACK_PORT
from jira_wizard.core.ports import MAX_CALLBACK_PORT as MAX_CALLBACK_PORT
from jira_wizard.core.ports import MIN_CALLBACK_PORT as MIN_CALLBACK_PORT
from jira_wizard.core.ports import validate_port as validate_port
from jira_wizard.core.scopes import scopes_to_request

DEFAULT_CALLBACK_PATH = "/callback"

#: Atlassian's authorization server issues tokens for this one audience.
AUDIENCE = "api.atlassian.com"

#: What an OAuth error code looks like (RFC 6749 §4.1.2.1 limits it to
#: printable ASCII; real ones are lower-case words joined by underscores).
_ERROR_CODE = re.compile(r"[a-z][a-z0-9_.-]{0,63}")

#: A pasted text that starts with a scheme is a whole URL (RFC 3986 §3.1).
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class OAuthApp:
    """An app registered in Atlassian's developer console."""

    client_id: str
    client_secret: Secret
    redirect_uri: str


@dataclass(frozen=True)
class AuthorizationRequest:
    """One sign-in attempt: the URL to open and what the callback must match.

    The URL carries the state, so it is kept out of the repr like the secrets.
    """

    authorization_url: str = field(repr=False)
    state: Secret
    code_verifier: Secret
    redirect_uri: str
    scopes: tuple[str, ...]


def callback_url(
    port: int, host: str = "localhost", path: str = DEFAULT_CALLBACK_PATH
) -> str:
    """The callback URL to register in the app, e.g. http://localhost:8754/callback."""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    if not path.startswith("/"):
        path = f"/{path}"
    return f"http://{host}:{port}{path}"


def build_authorization_request(
    auth_url: str, app: OAuthApp, scopes: Iterable[str]
) -> AuthorizationRequest:
    """A fresh attempt: new state and PKCE verifier, and the URL to open.

    The parameters are the ones Atlassian documents for 3LO, plus PKCE
    (RFC 7636 §4.3), which RFC 9700 §2.1.1 asks every client to send.
    ``prompt=consent`` makes Atlassian show the site picker every time, so
    the person can choose the site again after picking the wrong one.
    """
    asked = scopes_to_request(scopes)
    # 32 random bytes: RFC 6749 §10.10 asks that the state be unguessable.
    import secrets  # here, not at the top: only a sign-in needs it

    state = Secret(secrets.token_urlsafe(32))
    verifier = make_code_verifier()
    query = urlencode(
        {
            "audience": AUDIENCE,
            "client_id": app.client_id,
            "scope": " ".join(asked),
            "redirect_uri": app.redirect_uri,
            "state": state.reveal(),
            "response_type": "code",
            "prompt": "consent",
            "code_challenge": code_challenge(verifier),
            "code_challenge_method": "S256",
        },
        # Spaces as %20, as in Atlassian's own examples, rather than '+'.
        quote_via=quote,
    )
    return AuthorizationRequest(
        authorization_url=f"{auth_url.rstrip('/')}/authorize?{query}",
        state=state,
        code_verifier=verifier,
        redirect_uri=app.redirect_uri,
        scopes=asked,
    )


def parse_callback(
    url_or_query: str, *, expected_state: Secret, redirect_uri: str
) -> Secret:
    """The authorization code from a pasted callback URL, request target or query.

    Raises AccessDenied when the person chose Deny, SignInError for any
    other OAuth error, StateMismatch when the state is missing or belongs to
    another attempt, and InputError when the text is no callback at all.
    """
    text = url_or_query.strip()
    if not text:
        raise InputError(
            translate("SignIn", "Paste the address the browser ended on."),
            translate(
                "SignIn",
                "Copy it from the browser's address bar after Atlassian sent you back.",
            ),
        )
    if _URL.match(text):
        parts = urlsplit(text)
        params = callback_params(parts.query)
        # Atlassian reports an unregistered callback on its own error page
        # (id.atlassian.com/error?error=unauthorized_client...), so an error is
        # read wherever it comes from; a code only from the callback address.
        if "error" not in params:
            _check_same_place(parts, redirect_uri)
    else:
        params = callback_params(text.partition("?")[2] if "?" in text else text)
    return code_from_callback(
        params, expected_state=expected_state, redirect_uri=redirect_uri
    )


def callback_params(query: str) -> dict[str, str]:
    """The parameters of a callback's query; SignInError if one is repeated."""
    try:
        parsed = parse_qs(query, keep_blank_values=True, max_num_fields=32)
    except ValueError:
        parsed = {"": ["", ""]}
    if any(len(values) > 1 for values in parsed.values()):
        # Two codes or two states: there is no telling which one is meant.
        raise SignInError(
            translate("SignIn", "The address is not a valid sign-in callback."),
            translate("SignIn", "Start the sign-in again."),
        )
    return {key: values[0] for key, values in parsed.items()}


def code_from_callback(
    params: dict[str, str], *, expected_state: Secret, redirect_uri: str
) -> Secret:
    """The code from a callback's parameters, after checking the state."""
    state = params.get("state")
    if "error" in params:
        # RFC 6749 §4.1.2.1 returns the state with errors too. Atlassian's
        # error redirects are not documented to, so an error without a state
        # is believed: at worst it ends this attempt early, it never signs
        # anyone in. An error carrying some other attempt's state is not.
        if state is not None:
            check_state(state, expected_state)
        raise _error_for(params["error"], redirect_uri)
    if state is None:
        raise StateMismatch(
            translate("SignIn", "The address has no sign-in state in it.")
        )
    check_state(state, expected_state)
    code = params.get("code")
    if not code:
        raise SignInError(
            translate("SignIn", "The address has no authorization code in it."),
            translate(
                "SignIn",
                "Copy the whole address from the browser's address bar after "
                "Atlassian sent you back, or start the sign-in again.",
            ),
        )
    return Secret(code)


def check_state(received: str, expected: Secret) -> None:
    """StateMismatch unless ``received`` is this attempt's state (RFC 6749 §10.12)."""
    import secrets

    if not secrets.compare_digest(received.encode(), expected.reveal().encode()):
        raise StateMismatch(
            translate("SignIn", "The address belongs to another sign-in attempt.")
        )


def _check_same_place(parts: SplitResult, redirect_uri: str) -> None:
    expected = urlsplit(redirect_uri)
    same = (
        parts.scheme.lower() == expected.scheme.lower()
        and parts.netloc.lower() == expected.netloc.lower()
        and (parts.path or "/") == (expected.path or "/")
    )
    if not same:
        raise InputError(
            translate(
                "SignIn", "This is not the address Atlassian sends the browser back to."
            ),
            translate(
                "SignIn",
                "Paste the address that begins with {redirect_uri}, from the "
                "browser's address bar after you chose Accept.",
            ).format(redirect_uri=redirect_uri),
        )


# Translated when an error is made; {redirect_uri} is filled in then.
_ERROR_ADVICE = {
    "unauthorized_client": noop(
        "SignIn",
        "Atlassian does not accept this app for the sign-in. Check that the "
        "callback URL registered for the app is exactly {redirect_uri}, and "
        "that your Atlassian administrator has not blocked the app.",
    ),
    "invalid_scope": noop(
        "SignIn",
        "The app asks for a scope it does not have. Add the scopes in "
        "Atlassian's developer console, or ask for fewer, then sign in again.",
    ),
    "invalid_request": noop(
        "SignIn",
        "Check the app's client id and that its callback URL is exactly "
        "{redirect_uri}, then sign in again.",
    ),
    "server_error": noop(
        "SignIn", "Atlassian had a problem. Wait a minute and sign in again."
    ),
    "temporarily_unavailable": noop(
        "SignIn", "Atlassian is busy. Wait a minute and sign in again."
    ),
}
_OTHER_ERROR_ADVICE = noop(
    "SignIn",
    "Start the sign-in again. If it happens again, copy the diagnostic "
    "report and send it to your helpdesk.",
)


def _error_for(code: str, redirect_uri: str) -> SignInError:
    if code == "access_denied":
        return AccessDenied(
            translate("SignIn", "You chose not to allow access on Atlassian's page.")
        )
    known = _ERROR_CODE.fullmatch(code)
    #: Translators: stands in for an OAuth error code not shown as received.
    shown = code if known else translate("SignIn", "an unknown error")
    advice = _ERROR_ADVICE.get(code if known else "", _OTHER_ERROR_ADVICE)
    return SignInError(
        translate("SignIn", "Atlassian did not complete the sign-in ({code}).").format(
            code=shown
        ),
        translate("SignIn", advice).format(redirect_uri=redirect_uri),
    )
