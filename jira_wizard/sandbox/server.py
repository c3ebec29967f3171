"""Start and stop the sandbox: one loopback server per origin, on daemon threads.

With ``base_port=0`` every origin gets a free port; with ``base_port=P`` the
auth origin listens on P, the api origin on P+1 and the sites on P+2, P+3 and
P+4, so that a trainer's notes can name fixed addresses.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import TextIO

from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import InputError
from jira_wizard.sandbox.auth_routes import AuthRoute
from jira_wizard.sandbox.data import DEMO, ORIGIN_ORDER, SITES, site_spec
from jira_wizard.sandbox.faults import Faults
from jira_wizard.sandbox.gateway import GatewayRoute
from jira_wizard.sandbox.jira import SiteRoute
from jira_wizard.sandbox.state import SandboxState
from jira_wizard.sandbox.wire import OriginServer, Route

logger = logging.getLogger("jira_wizard.sandbox")

_POLL_INTERVAL = 0.1


@dataclass(frozen=True)
class SandboxURLs:
    """Where each origin of a started sandbox listens."""

    auth_url: str
    api_url: str
    sites: dict[str, str] = field(default_factory=dict)

    @property
    def start_page_url(self) -> str:
        return f"{self.auth_url}/"


class Sandbox:
    """Atlassian's auth and API hosts and three Jira sites, on loopback."""

    def __init__(self, base_port: int = 0) -> None:
        if not 0 <= base_port <= 65535 - len(ORIGIN_ORDER):
            raise InputError(
                f"Port {base_port} cannot be used.",
                f"Choose a port from 1024 to {65535 - len(ORIGIN_ORDER)}, "
                "or 0 for any free ports.",
            )
        self._base_port = base_port
        self._state = SandboxState()
        self._servers: list[OriginServer] = []
        self._threads: list[threading.Thread] = []
        self._urls: SandboxURLs | None = None

    # -- life cycle ----------------------------------------------------------

    def start(self) -> SandboxURLs:
        """Bind every origin and serve; return once all of them listen."""
        if self._urls is not None:
            return self._urls
        self._servers = self._bind()
        by_origin = {server.origin: server.url for server in self._servers}
        self._state.auth_url = by_origin["auth"]
        self._state.api_url = by_origin["api"]
        self._state.site_urls = {site.name: by_origin[site.name] for site in SITES}
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever,
                args=(_POLL_INTERVAL,),
                name=f"sandbox-{server.origin}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        self._urls = SandboxURLs(
            by_origin["auth"], by_origin["api"], dict(self._state.site_urls)
        )
        logger.info("sandbox listening, start page %s", self._urls.start_page_url)
        return self._urls

    def stop(self) -> None:
        """Stop every origin; safe to call twice."""
        stoppers = [threading.Thread(target=s.shutdown) for s in self._servers]
        for thread in stoppers:
            thread.start()
        for thread in stoppers + self._threads:
            thread.join()
        for server in self._servers:
            server.server_close()
        self._servers, self._threads, self._urls = [], [], None

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _bind(self) -> list[OriginServer]:
        servers: list[OriginServer] = []
        try:
            for offset, origin in enumerate(ORIGIN_ORDER):
                port = self._base_port + offset if self._base_port else 0
                servers.append(
                    OriginServer(port, origin, self._route(origin), self._state)
                )
        except OSError as exc:
            for server in servers:
                server.server_close()
            first, last = self._base_port, self._base_port + len(ORIGIN_ORDER) - 1
            raise InputError(
                f"The sandbox could not listen on ports {first} to {last}.",
                "Another program may be using one of them. Choose another port "
                "with --port, or 0 for any free ports.",
            ) from exc
        return servers

    def _route(self, origin: str) -> Route:
        if origin == "auth":
            return AuthRoute(self._state)
        if origin == "api":
            return GatewayRoute(self._state)
        return SiteRoute(self._state, site_spec(origin))

    # -- what tests and the program use ----------------------------------------

    @property
    def urls(self) -> SandboxURLs:
        if self._urls is None:
            raise RuntimeError("the sandbox is not started")
        return self._urls

    def endpoints(self) -> Endpoints:
        urls = self.urls
        return Endpoints(
            urls.auth_url, urls.api_url, allow_loopback_http=True, sandbox=True
        )

    def cloud_id(self, site: str) -> str:
        cloud_id = site_spec(site).cloud_id
        if cloud_id is None:
            raise KeyError(f"{site} is not a Jira Cloud site")
        return cloud_id

    @property
    def faults(self) -> Faults:
        return self._state.faults

    @property
    def refresh_count(self) -> int:
        """Successful refreshes since the last reset, across every grant."""
        return self._state.oauth.refresh_count

    def refresh_count_for(self, token: str) -> int:
        """Refreshes in the family of an access or refresh token (0 if unknown)."""
        grant = self._state.oauth.family_of(token)
        return grant.refresh_count if grant else 0

    def is_revoked(self, token: str) -> bool:
        """Whether the family of an access or refresh token has been revoked."""
        grant = self._state.oauth.family_of(token)
        return grant is None or grant.revoked

    @property
    def access_token_lifetime(self) -> int:
        return self._state.oauth.access_token_lifetime

    @access_token_lifetime.setter
    def access_token_lifetime(self, seconds: int) -> None:
        self._state.oauth.access_token_lifetime = seconds

    def advance(self, seconds: float) -> None:
        """Move the sandbox's clock forward (token expiry, the reuse interval)."""
        self._state.clock.advance(seconds)

    def issue_api_token(
        self, email: str, *, scoped: bool = False, scopes: Iterable[str] | None = None
    ) -> str:
        return self._state.api_tokens.issue(email, scoped=scoped, scopes=scopes)

    def revoke_api_token(self, token: str) -> None:
        self._state.api_tokens.revoke(token)

    def register_app(
        self, client_id: str, client_secret: str, redirect_uri: str
    ) -> None:
        self._state.oauth.register_app(client_id, client_secret, redirect_uri)

    def reset(self) -> None:
        """Back to a fresh sandbox: demo apps and tokens, no switch, real time."""
        self._state.reset()


def describe(urls: SandboxURLs) -> str:
    """The start page's essentials in plain words, for a terminal."""
    lines = [
        "The Atlassian sandbox is running on this computer. Press Ctrl-C to stop it.",
        "",
        f"Start page (open it in a browser): {urls.start_page_url}",
        "",
        "Jira sites:",
        *(
            f"  {site.title:<12} {urls.sites[site.name]}  {site.purpose}"
            for site in SITES
        ),
        "",
        "Connect with an API token:",
        f"  email                  {DEMO.email}",
        f"  API token              {DEMO.api_token}",
        f"  API token with scopes  {DEMO.scoped_api_token}",
        "",
        "Connect with OAuth 2.0 (callback URL for both apps: "
        + DEMO.callback_url
        + "):",
        f"  organization app  client id {DEMO.org_client_id}",
        f"                    secret    {DEMO.org_client_secret}",
        f"  own app           client id {DEMO.own_client_id}",
        f"                    secret    {DEMO.own_client_secret}",
        "",
        "To point the program at this sandbox, set:",
        f"  JIRA_WIZARD_AUTH_URL={urls.auth_url}",
        f"  JIRA_WIZARD_API_URL={urls.api_url}",
        "  JIRA_WIZARD_ALLOW_LOOPBACK_HTTP=1",
    ]
    return "\n".join(lines) + "\n"


def serve(port: int, out: TextIO, *, stop: threading.Event | None = None) -> None:
    """Run a sandbox in the foreground until Ctrl-C (or until ``stop`` is set)."""
    sandbox = Sandbox(base_port=port)
    urls = sandbox.start()
    try:
        out.write(describe(urls))
        out.flush()
        if stop is not None:
            stop.wait()
        else:
            while True:
                # time.sleep, unlike waiting on a lock, wakes for Ctrl-C on Windows.
                time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
        out.write("The sandbox has stopped.\n")
        out.flush()
