"""The auth origin: start page, sign-in, token endpoint, and the admin endpoints.

The admin endpoints (``/_sandbox/...``) let another process (a test driving
the command line, a trainer's script) read the sandbox's counters and flip
its switches. They never show a token.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jira_wizard.sandbox.authorize import authorize, decide
from jira_wizard.sandbox.oauth import OAuthError
from jira_wizard.sandbox.start_page import start_page
from jira_wizard.sandbox.state import SandboxState
from jira_wizard.sandbox.wire import (
    Request,
    Response,
    html_response,
    json_response,
    redirect,
)

SLOW_SECONDS = 2.0


@dataclass(frozen=True)
class AuthRoute:
    state: SandboxState

    def __call__(self, request: Request) -> Response:
        handler = _ROUTES.get((request.method, request.path))
        if handler is None:
            return json_response(
                404, {"error": "not_found", "error_description": "Not Found"}
            )
        return handler(self.state, request)


def _start_page(state: SandboxState, request: Request) -> Response:
    return html_response(200, start_page(state))


def token(state: SandboxState, request: Request) -> Response:
    """``POST /oauth/token``: JSON in, JSON out, as Atlassian documents it."""
    if request.content_type != "application/json":
        return _oauth_error(
            415, "invalid_request", "Send the token request as JSON (application/json)."
        )
    body = _json_object(request)
    if body is None:
        return _oauth_error(
            400, "invalid_request", "The request body is not a JSON object."
        )
    grant_type = body.get("grant_type")
    if grant_type not in ("authorization_code", "refresh_token"):
        return _oauth_error(400, "unsupported_grant_type", "Unsupported grant_type.")
    try:
        app = state.oauth.authenticate(body)
        if grant_type == "authorization_code":
            return json_response(200, state.oauth.exchange_code(app, body))
        rotate = not state.faults.omit_refresh_token
        return json_response(200, state.oauth.refresh(app, body, rotate=rotate))
    except OAuthError as error:
        return json_response(error.status, error.to_json())


def admin_state(state: SandboxState, request: Request) -> Response:
    return json_response(200, snapshot(state))


def snapshot(state: SandboxState) -> dict[str, Any]:
    """The switches, counters and URLs, with no secret among them."""
    return {
        "urls": {
            "auth": state.auth_url,
            "api": state.api_url,
            "start_page": f"{state.auth_url}/",
            "sites": dict(state.site_urls),
        },
        "faults": state.faults.to_json(),
        "clock_offset": state.clock.offset,
        **state.oauth.summary(),
    }


def admin_faults(state: SandboxState, request: Request) -> Response:
    """``POST /_sandbox/faults`` with a JSON object of switches to set."""
    body = _json_object(request)
    if body is None:
        return _admin_error("Send a JSON object of switches.")
    settings = dict(body)
    lifetime = settings.pop("access_token_lifetime", None)
    if lifetime is not None and (
        not isinstance(lifetime, int) or isinstance(lifetime, bool) or lifetime < 1
    ):
        return _admin_error("access_token_lifetime must be a whole number of seconds.")
    try:
        state.faults.update(settings)
    except ValueError as error:
        return _admin_error(str(error))
    if lifetime is not None:
        state.oauth.access_token_lifetime = lifetime
    return admin_state(state, request)


def admin_reset(state: SandboxState, request: Request) -> Response:
    state.reset()
    return admin_state(state, request)


def admin_clock(state: SandboxState, request: Request) -> Response:
    """``POST /_sandbox/clock`` with ``{"advance": seconds}``."""
    body = _json_object(request) or {}
    seconds = body.get("advance")
    if (
        not isinstance(seconds, (int, float))
        or isinstance(seconds, bool)
        or seconds < 0
    ):
        return _admin_error('Send {"advance": seconds}, a number of 0 or more.')
    state.clock.advance(seconds)
    return admin_state(state, request)


def admin_switch(state: SandboxState, request: Request) -> Response:
    """The start page's buttons (a plain form, then back to the page)."""
    form = request.form()
    if form.get("key") != state.form_key:
        # Only the start page knows the key: another web page cannot flip switches.
        return _admin_error("This form did not come from the sandbox's start page.")
    name, on = form.get("switch", ""), form.get("value") == "on"
    faults = state.faults
    if name in ("blocked_app", "unregistered_redirect", "empty_sites"):
        setattr(faults, name, on)
    elif name == "slow":
        faults.latency = SLOW_SECONDS if on else 0.0
    elif name == "rate_limit":
        faults.fail_next(status=429, origin="site", retry_after=5)
        faults.fail_next(status=429, origin="api", path="/ex/", retry_after=5)
    elif name == "server_error":
        faults.fail_next(status=500, origin="auth", path="/oauth/token")
    elif name == "reset":
        faults.reset()
    else:
        return _admin_error("Unknown switch.")
    return redirect("/#switches", 303)


def _json_object(request: Request) -> dict[str, Any] | None:
    try:
        data = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _oauth_error(status: int, error: str, description: str) -> Response:
    return json_response(status, {"error": error, "error_description": description})


def _admin_error(message: str) -> Response:
    return json_response(
        400, {"error": "invalid_request", "error_description": message}
    )


_ROUTES: dict[tuple[str, str], Callable[[SandboxState, Request], Response]] = {
    ("GET", "/"): _start_page,
    ("GET", "/authorize"): authorize,
    ("POST", "/authorize/consent"): decide,
    ("POST", "/oauth/token"): token,
    ("GET", "/_sandbox/state"): admin_state,
    ("POST", "/_sandbox/faults"): admin_faults,
    ("POST", "/_sandbox/reset"): admin_reset,
    ("POST", "/_sandbox/clock"): admin_clock,
    ("POST", "/_sandbox/switch"): admin_switch,
}
