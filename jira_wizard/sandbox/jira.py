"""The Jira REST resources, and the site origins that serve them directly.

The same resources answer on a site (``https://acme.atlassian.net/rest/...``)
and through the API gateway (``/ex/jira/<cloudId>/rest/...``); only how the
caller is authenticated differs. On a site, Basic auth with a classic API
token works; a token with scopes gets 401, as Atlassian's site does; anything
else falls through to anonymous access, which is why a missing project can
mean "not signed in" (see ATLASSIAN.md, "Responses worth recognising").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from jira_wizard.sandbox.data import DEMO, SiteSpec
from jira_wizard.sandbox.state import SandboxState
from jira_wizard.sandbox.wire import (
    UNAUTHENTICATED,
    Request,
    Response,
    html_response,
    iso_time,
    json_response,
)

_REST = re.compile(r"^/rest/api/(?:2|3|latest)(/.*)$")
_PROJECT = re.compile(r"^/project/([^/]+)$")

#: The classic scope each resource needs, or its granular equivalent.
#: Atlassian's REST reference lists ``read:jira-user`` for ``/myself``.
REQUIRED_SCOPES: dict[str, tuple[str, ...]] = {
    "myself": ("read:jira-user", "read:user:jira"),
    "project": ("read:jira-work", "read:project:jira"),
}


@dataclass(frozen=True)
class Caller:
    """Who is calling: ``scopes`` is None for a classic API token (no limit)."""

    scopes: tuple[str, ...] | None


def rest_path(path: str) -> str | None:
    """``/myself`` from ``/rest/api/3/myself``; None for other paths."""
    match = _REST.match(path)
    return match.group(1) if match else None


def resource_kind(rest: str) -> str:
    if rest == "/myself":
        return "myself"
    if _PROJECT.match(rest):
        return "project"
    return rest.strip("/")


def missing_scope(caller: Caller, rest: str) -> tuple[str, ...] | None:
    """The scopes the caller lacks for this resource (any one would do)."""
    needed = REQUIRED_SCOPES.get(resource_kind(rest))
    if caller.scopes is None or needed is None:
        return None
    return None if set(needed) & set(caller.scopes) else needed


def jira_resource(
    state: SandboxState,
    site: SiteSpec,
    base_url: str,
    request: Request,
    rest: str,
    caller: Caller | None,
) -> Response:
    """Answer ``GET <base_url>/rest/api/3<rest>``; ``caller`` None is anonymous."""
    if request.method != "GET":
        return _errors(405, "Method not allowed.")
    kind = resource_kind(rest)
    if kind == "serverInfo":
        return json_response(200, server_info(state, site))
    if kind == "myself":
        if caller is None:
            return json_response(401, UNAUTHENTICATED)
        return json_response(200, myself(state, site, base_url))
    project = _PROJECT.match(rest)
    if project:
        key = project.group(1).upper()
        if caller is None or key != DEMO.project_key or not site.is_cloud:
            return _errors(404, f"No project could be found with key '{key}'.")
        return json_response(200, _project(state, site, base_url))
    return _errors(404, "The requested resource could not be found.")


def server_info(state: SandboxState, site: SiteSpec) -> dict[str, object]:
    site_url = state.site_urls[site.name]
    return {
        "baseUrl": site_url,
        "displayUrl": site_url,
        "version": site.version,
        "versionNumbers": [int(n) for n in site.version.split("-")[0].split(".")],
        "deploymentType": site.deployment,
        "buildNumber": 100260 if site.is_cloud else 9120015,
        "buildDate": "2026-01-15T00:00:00.000+0000",
        "serverTime": iso_time(state.clock.now()),
        "scmInfo": "5b1a3c0e9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b",
        "serverTitle": site.title,
        "defaultLocale": {"locale": "en_US"},
    }


def myself(state: SandboxState, site: SiteSpec, base_url: str) -> dict[str, object]:
    avatar = f"{state.site_urls[site.name]}/_sandbox/avatar/user.svg"
    return {
        "self": f"{base_url}/rest/api/3/user?accountId={DEMO.account_id}",
        "accountId": DEMO.account_id,
        "accountType": "atlassian",
        "emailAddress": DEMO.email,
        "avatarUrls": {size: avatar for size in ("48x48", "24x24", "16x16", "32x32")},
        "displayName": DEMO.display_name,
        "active": True,
        "timeZone": "Europe/London",
        "locale": "en_GB",
        "groups": {"size": 1, "items": []},
        "applicationRoles": {"size": 1, "items": []},
        "expand": "groups,applicationRoles",
    }


def _project(state: SandboxState, site: SiteSpec, base_url: str) -> dict[str, object]:
    return {
        "self": f"{base_url}/rest/api/3/project/10000",
        "id": "10000",
        "key": DEMO.project_key,
        "name": DEMO.project_name,
        "projectTypeKey": "software",
        "simplified": False,
        "style": "classic",
        "isPrivate": False,
        "lead": {"accountId": DEMO.account_id, "displayName": DEMO.display_name},
        "avatarUrls": {
            "48x48": f"{state.site_urls[site.name]}/_sandbox/avatar/site.svg"
        },
    }


def _errors(status: int, message: str) -> Response:
    return json_response(status, {"errorMessages": [message], "errors": {}})


@dataclass(frozen=True)
class SiteRoute:
    """One site's origin: ``_edge/tenant_info``, the REST API, a home page."""

    state: SandboxState
    site: SiteSpec

    def __call__(self, request: Request) -> Response:
        rest = rest_path(request.path)
        if rest is not None:
            return self._rest(request, rest)
        if request.path == "/_edge/tenant_info" and request.method == "GET":
            if self.site.cloud_id is None:
                # A Server deployment has no edge: its own HTML 404 page.
                return html_response(404, _page("Page not found", "Not found."))
            return json_response(200, {"cloudId": self.site.cloud_id})
        if request.path.startswith("/_sandbox/avatar/"):
            return Response(200, _AVATAR.encode(), "image/svg+xml")
        if request.path == "/" and request.method == "GET":
            return html_response(200, self._home())
        return _errors(404, "The requested resource could not be found.")

    def _rest(self, request: Request, rest: str) -> Response:
        token = self.state.api_tokens.check_basic(request.header("Authorization"))
        if token is not None and token.scoped:
            # Tokens with scopes work only through api.atlassian.com.
            return json_response(401, UNAUTHENTICATED)
        caller = Caller(None) if token and self.site.is_cloud else None
        base = self.state.site_urls[self.site.name]
        return jira_resource(self.state, self.site, base, request, rest, caller)

    def _home(self) -> str:
        kind = "Jira Cloud site" if self.site.is_cloud else "Jira Server deployment"
        text = (
            f"This is {html.escape(self.site.title)}, a {kind} of the Atlassian "
            f'sandbox. The <a href="{html.escape(self.state.auth_url)}/">start '
            "page</a> says what to type in the wizard."
        )
        return _page(self.site.title, text)


def _page(title: str, paragraph: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body style='font-family:"
        f"sans-serif;margin:3em'><h1>{html.escape(title)}</h1><p>{paragraph}</p>"
        "</body></html>"
    )


_AVATAR = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48'>"
    "<circle cx='24' cy='24' r='24' fill='#0052cc'/></svg>"
)
