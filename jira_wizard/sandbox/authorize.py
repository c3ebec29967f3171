"""``GET /authorize`` and the consent decision, as Atlassian's sign-in behaves.

Until the client and its exact callback URL are known to be right, nothing
redirects: the browser stays on an error page (RFC 6749 §4.1.2.1; Atlassian's
``unauthorized_client`` page). After that, a bad request parameter is sent
back to the callback as ``error`` and ``error_description`` with ``state``.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from jira_wizard.sandbox.data import is_known_scope
from jira_wizard.sandbox.oauth import App, AuthorizationRequest
from jira_wizard.sandbox.pages import consent_page, error_page
from jira_wizard.sandbox.state import SandboxState
from jira_wizard.sandbox.wire import Request, Response, html_response, redirect

AUDIENCE = "api.atlassian.com"
_CHALLENGE = re.compile(r"^[A-Za-z0-9_-]{43}$")


class _Redirected(Exception):
    """A request error that goes back to the app's callback URL."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error = error
        self.description = description


def callback_location(redirect_uri: str, params: dict[str, str]) -> str:
    joiner = "&" if "?" in redirect_uri else "?"
    return f"{redirect_uri}{joiner}{urlencode(params)}"


def authorize(state: SandboxState, request: Request) -> Response:
    """Check an authorization request; show the consent page or an error."""
    params = {name: values[0] for name, values in request.query.items()}
    repeated = sorted(name for name, values in request.query.items() if len(values) > 1)
    app = state.oauth.apps.get(params.get("client_id", ""))
    if app is None or "client_id" in repeated:
        return _unknown_client_page(params.get("client_id", ""))
    stop = _stop_page(state, app, params, repeated)
    if stop is not None:
        return stop
    try:
        if repeated:
            raise _Redirected("invalid_request", f"{repeated[0]} is given twice.")
        checked = _checked_request(app, params)
    except _Redirected as problem:
        answer = {"error": problem.error, "error_description": problem.description}
        if "state" in params:
            answer["state"] = params["state"]
        return redirect(callback_location(app.redirect_uri, answer))
    consent_id = state.oauth.begin_consent(checked)
    sites = [(site, state.site_urls[site.name]) for site in state.cloud_sites()]
    return html_response(200, consent_page(app.name, checked.scopes, sites, consent_id))


def _unknown_client_page(client_id: str) -> Response:
    return html_response(
        400,
        error_page(
            "Something went wrong",
            "unauthorized_client",
            f"client_id is not valid: {client_id}",
            note="No app is registered with this client id. Check the client "
            "id, or use one of the apps on the sandbox's start page.",
        ),
    )


def _stop_page(
    state: SandboxState, app: App, params: dict[str, str], repeated: list[str]
) -> Response | None:
    """The error page for a request that must not redirect anywhere, if any."""
    client_id = app.client_id
    if (
        state.faults.unregistered_redirect
        or "redirect_uri" in repeated
        or params.get("redirect_uri") != app.redirect_uri
    ):
        return html_response(
            400,
            error_page(
                "Something went wrong",
                "unauthorized_client",
                f"redirect_uri is not registered for client: {client_id}",
                note="The callback URL in the request must be exactly the one "
                f"registered for the app, port and path included. Registered: "
                f"{app.redirect_uri}. Asked for: {params.get('redirect_uri', '')}.",
            ),
        )
    if state.faults.blocked_app:
        return html_response(
            403,
            error_page(
                "Your admin has blocked this app",
                "access_denied",
                f"An admin of your Atlassian organization has blocked {app.name}. "
                "Ask your admin to allow it, then try again.",
            ),
        )
    return None


def _checked_request(app: App, params: dict[str, str]) -> AuthorizationRequest:
    if params.get("response_type") != "code":
        raise _Redirected("unsupported_response_type", "response_type must be code.")
    if params.get("audience") != AUDIENCE:
        raise _Redirected("invalid_request", f"audience must be {AUDIENCE}.")
    scopes = tuple(dict.fromkeys(params.get("scope", "").split()))
    if not scopes:
        raise _Redirected("invalid_scope", "scope is required.")
    unknown = [scope for scope in scopes if not is_known_scope(scope)]
    if unknown:
        raise _Redirected("invalid_scope", f"Unknown scope: {unknown[0]}.")
    if not params.get("state"):
        # Atlassian documents state as required, to bind the answer to the request.
        raise _Redirected("invalid_request", "state is required.")
    if params.get("prompt", "consent") != "consent":
        raise _Redirected("invalid_request", "prompt must be consent.")
    return AuthorizationRequest(app, scopes, params["state"], _challenge(params))


def _challenge(params: dict[str, str]) -> str | None:
    """The PKCE challenge, which must use S256 (RFC 7636 §4.3, RFC 9700 §2.1.1)."""
    challenge = params.get("code_challenge")
    method = params.get("code_challenge_method")
    if challenge is None:
        if method is not None:
            raise _Redirected("invalid_request", "code_challenge is missing.")
        return None
    if method != "S256":
        raise _Redirected("invalid_request", "code_challenge_method must be S256.")
    if not _CHALLENGE.match(challenge):
        raise _Redirected("invalid_request", "code_challenge is not well formed.")
    return challenge


def decide(state: SandboxState, request: Request) -> Response:
    """The consent form's answer: redirect with a code, or with access_denied."""
    form = request.form()
    pending = state.oauth.take_consent(form.get("consent_id", ""))
    if request.content_type != "application/x-www-form-urlencoded" or pending is None:
        return html_response(
            400,
            error_page(
                "This sign-in has expired",
                "invalid_request",
                "This consent page was already answered, has expired, or did not "
                "come from this sign-in. Start the sign-in again from the app.",
            ),
        )
    redirect_uri = pending.app.redirect_uri
    if form.get("decision") != "allow":
        denied = {
            "error": "access_denied",
            "error_description": "The user denied access to the app.",
            "state": pending.state,
        }
        return redirect(callback_location(redirect_uri, denied))
    cloud_ids = {site.cloud_id for site in state.cloud_sites()}
    site = form.get("site", "")
    if site not in cloud_ids:
        return html_response(
            400,
            error_page(
                "Pick a site", "invalid_request", "Choose the site to use the app on."
            ),
        )
    code = state.oauth.issue_code(pending, site)
    return redirect(
        callback_location(redirect_uri, {"code": code, "state": pending.state})
    )
