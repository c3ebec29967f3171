"""The api origin: ``api.atlassian.com``'s accessible resources and Jira gateway.

``/ex/jira/<cloudId>/rest/api/3/...`` takes either a bearer access token whose
grant covers that cloud id, or Basic auth with an API token (with or without
scopes). A bearer token that lacks the scope a resource needs gets 403 with
``WWW-Authenticate: Bearer error="insufficient_scope"`` (RFC 6750 §3.1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jira_wizard.sandbox.data import site_by_cloud_id
from jira_wizard.sandbox.jira import (
    Caller,
    jira_resource,
    missing_scope,
    rest_path,
)
from jira_wizard.sandbox.state import SandboxState, parse_bearer
from jira_wizard.sandbox.wire import UNAUTHENTICATED, Request, Response, json_response

_GATEWAY = re.compile(r"^/ex/jira/([0-9a-fA-F-]{36})(/.*)$")
_UNAUTHORIZED = {"code": 401, "message": "Unauthorized"}
_NOT_FOUND = {"code": 404, "message": "Not Found"}


@dataclass(frozen=True)
class GatewayRoute:
    state: SandboxState

    def __call__(self, request: Request) -> Response:
        if request.path == "/oauth/token/accessible-resources":
            if request.method != "GET":
                return json_response(
                    405, {"code": 405, "message": "Method Not Allowed"}
                )
            return self._accessible_resources(request)
        match = _GATEWAY.match(request.path)
        if match is None:
            return json_response(404, _NOT_FOUND)
        return self._gateway(request, match.group(1).lower(), match.group(2))

    def _accessible_resources(self, request: Request) -> Response:
        token = parse_bearer(request.header("Authorization"))
        grant = self.state.oauth.grant_for_access_token(token) if token else None
        if grant is None:
            return json_response(401, _UNAUTHORIZED)
        site = site_by_cloud_id(grant.cloud_id)
        if self.state.faults.empty_sites or site is None:
            return json_response(200, [])
        site_url = self.state.site_urls[site.name]
        resource = {
            "id": grant.cloud_id,
            "name": site.name,
            "url": site_url,
            "scopes": [scope for scope in grant.scopes if scope != "offline_access"],
            "avatarUrl": f"{site_url}/_sandbox/avatar/site.svg",
        }
        return json_response(200, [resource])

    def _gateway(self, request: Request, cloud_id: str, path: str) -> Response:
        site = site_by_cloud_id(cloud_id)
        rest = rest_path(path)
        if site is None or rest is None:
            return json_response(404, _NOT_FOUND)
        caller = self._caller(request, cloud_id)
        if isinstance(caller, Response):
            return caller
        lacking = missing_scope(caller, rest)
        if lacking is not None:
            return _insufficient_scope(lacking)
        base = f"{self.state.api_url}/ex/jira/{cloud_id}"
        return jira_resource(self.state, site, base, request, rest, caller)

    def _caller(self, request: Request, cloud_id: str) -> Caller | Response:
        """Who calls, or the refusal to send when the credentials do not work."""
        header = request.header("Authorization")
        bearer = parse_bearer(header)
        if bearer is not None:
            grant = self.state.oauth.grant_for_access_token(bearer)
            if grant is None:
                return json_response(401, _UNAUTHORIZED)
            if grant.cloud_id != cloud_id:
                # The token was granted for another site.
                refusal = {"code": 401, "message": "Unauthorized; scope does not match"}
                return json_response(401, refusal)
            return Caller(grant.scopes)
        token = self.state.api_tokens.check_basic(header)
        if token is None:
            return json_response(401, UNAUTHENTICATED)
        return Caller(token.scopes if token.scoped else None)


def _insufficient_scope(needed: tuple[str, ...]) -> Response:
    message = (
        "Unauthorized; scope does not match. This resource needs the scope "
        f"{needed[0]}, which the app was not granted."
    )
    challenge = f'Bearer error="insufficient_scope", scope="{needed[0]}"'
    body = {"errorMessages": [message], "errors": {}}
    return json_response(403, body, {"WWW-Authenticate": challenge})
