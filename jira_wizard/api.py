"""Use a connection saved by the wizard from your own Python program.

The secrets stay in the OS keychain; this module reads them when a request
needs them, adds the ``Authorization`` header (Basic for an API token, Bearer
for OAuth), renews an OAuth access token before it expires, and, when Jira
answers 401 all the same, renews once and sends the request once more. Renewals
are coordinated with every other program on the computer that uses the same
connection, so that Atlassian's rotating refresh tokens are never lost.

    from jira_wizard.api import jira_client

    with jira_client("acme") as jira:           # a saved connection's name
        me = jira.get("/rest/api/3/myself").json()
        print(me["displayName"])

With asyncio, the same inside a running event loop:

    from jira_wizard.api import async_jira_client

    async with async_jira_client("acme") as jira:
        project = (await jira.get("/rest/api/3/project/KEY")).json()

Or with a client of your own, as an ``httpx.Auth``:

    import httpx
    from jira_wizard.api import JiraAuth, load_connection

    acme = load_connection("acme")
    httpx.get(f"{acme.api_base_url}/rest/api/3/myself", auth=JiraAuth(acme))

Paths are relative to the connection's API base URL: the site itself for an API
token without scopes, ``https://api.atlassian.com/ex/jira/<cloudId>`` for OAuth
and for tokens with scopes. Every failure is a ``WizardError`` whose text says
what to do; ``InvalidGrant`` names the command that signs in again.

The Atlassian endpoints come from ``JIRA_WIZARD_AUTH_URL`` and
``JIRA_WIZARD_API_URL`` when set (see ``jira_wizard.core.endpoints``); the
organization app of an OAuth connection from the policy file named by
``JIRA_WIZARD_POLICY``, or else the system-wide one.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx
import truststore

from jira_wizard import tokens
from jira_wizard.atlassian import http
from jira_wizard.atlassian.http import USER_AGENT
from jira_wizard.core import deadlines
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    ConnectionNotFound,
    InvalidCredentials,
    InvalidGrant,
    PermissionDenied,
    ScopesMissing,
    TlsError,
    UnexpectedResponse,
    WizardError,
)
from jira_wizard.core.i18n import translate
from jira_wizard.core.models import Account, AuthType, Connection, Secret
from jira_wizard.core.policy import (
    POLICY_ENV,
    Policy,
    load_policy_from_environment,
)
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore

__all__ = [
    "POLICY_ENV",
    "Account",
    "Connection",
    "ConnectionNotFound",
    "InvalidCredentials",
    "InvalidGrant",
    "JiraAuth",
    "WizardError",
    "async_jira_client",
    "jira_client",
    "load_connection",
    "myself",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Loopback (the sandbox, test servers) never goes through a proxy.
_NO_PROXY_FOR_LOOPBACK: dict[str, None] = {
    "all://127.0.0.1": None,
    "all://localhost": None,
    "all://[::1]": None,
}


def default_store() -> ConnectionStore:
    """The saved connections of the person running the program."""
    return ConnectionStore(Keychain(), SettingsFile())


def load_connection(name: str, *, store: ConnectionStore | None = None) -> Connection:
    """The saved connection called ``name`` (its public part; no secret)."""
    return (store or default_store()).get(name)


class JiraAuth(httpx.Auth):
    """Adds a saved connection's ``Authorization`` header to each request.

    Works with ``httpx.Client`` and ``httpx.AsyncClient`` alike, in plain
    scripts and inside a running event loop. ``store``, ``endpoints`` and
    ``policy`` default to the person's saved connections, the environment and
    the policy file; ``token_client`` is an ``AsyncClient`` to renew tokens
    with on the asynchronous path (one is made for each renewal otherwise).

    The header goes only to the connection's own origin (scheme, host and
    port of its API base URL): a request elsewhere, such as for an avatar
    image Jira linked to, is sent without it. Request bodies are read in full
    before sending, so that a request can be sent again after a 401.
    """

    requires_request_body = True

    def __init__(
        self,
        connection: str | Connection,
        *,
        store: ConnectionStore | None = None,
        endpoints: Endpoints | None = None,
        policy: Policy | None = None,
        token_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._store = store or default_store()
        if isinstance(connection, str):
            connection = load_connection(connection, store=self._store)
        self._connection = connection
        self._endpoints = endpoints or Endpoints.from_environment()
        self._policy = policy
        self._token_client = token_client
        self._lock = threading.Lock()
        self._header: Secret | None = None

    @property
    def connection(self) -> Connection:
        """The connection as last read or renewed."""
        with self._lock:
            return self._connection

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._is_ours(request.url):
            yield request
            return
        header = self._cached() or _run_privately(lambda: self._fetch(False, None))
        request.headers["Authorization"] = header.reveal()
        response = yield request
        if response.status_code != 401:
            return
        renewed = _run_privately(lambda: self._renew_after_401(header, None))
        if renewed is not None:
            request.headers["Authorization"] = renewed.reveal()
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._is_ours(request.url):
            yield request
            return
        client = self._token_client
        header = self._cached() or await self._fetch(False, client)
        request.headers["Authorization"] = header.reveal()
        response = yield request
        if response.status_code != 401:
            return
        renewed = await self._renew_after_401(header, client)
        if renewed is not None:
            request.headers["Authorization"] = renewed.reveal()
            yield request

    async def header(self, *, force: bool = False) -> Secret:
        """The ``Authorization`` value to send now (``force``: renew first)."""
        if not force:
            cached = self._cached()
            if cached is not None:
                return cached
        return await self._fetch(force, self._token_client)

    def _is_ours(self, url: httpx.URL) -> bool:
        base = httpx.URL(self.connection.api_base_url)
        return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)

    def _cached(self) -> Secret | None:
        with self._lock:
            connection, header = self._connection, self._header
        if header is None:
            return None
        if connection.auth_type.is_oauth and tokens.needs_refresh(connection):
            return None
        return header

    async def _fetch(self, force: bool, client: httpx.AsyncClient | None) -> Secret:
        connection, header = await tokens.authorization(
            self._store,
            self.connection,
            endpoints=self._endpoints,
            policy=self._policy_for(self.connection),
            client=client,
            force=force,
        )
        with self._lock:
            self._connection, self._header = connection, header
        return header

    async def _renew_after_401(
        self, failed: Secret, client: httpx.AsyncClient | None
    ) -> Secret | None:
        """A different header to try once more, or None when there is none."""
        log.info(
            "Jira did not accept the credentials of %r; renewing them once",
            self.connection.name,
        )
        renewed = await self._fetch(True, client)
        return None if renewed == failed else renewed

    def _policy_for(self, connection: Connection) -> Policy:
        if self._policy is None:
            if connection.auth_type is not AuthType.OAUTH_ORG:
                return Policy()
            self._policy = load_policy_from_environment()
        return self._policy


async def myself(client: httpx.AsyncClient, auth: JiraAuth) -> Account:
    """Who Jira says the connection signs in as (``GET /rest/api/3/myself``).

    Raises the error a failure means, with what to do: for a refused API token
    the command that rotates it, for a refused sign-in the one that renews it.
    """
    url = f"{auth.connection.api_base_url}/rest/api/3/myself"
    # Through ``send``, like every other call to Atlassian: transport failures
    # become the error tree, and a 5xx is retried as the client's policy says.
    response = await http.send(client, "GET", url, what="Jira", auth=auth)
    return _account(response, auth.connection)


def jira_client(connection: str | Connection, **kwargs: Any) -> httpx.Client:
    """An ``httpx.Client`` for the connection: its API base URL and credentials.

    ``kwargs`` go to ``httpx.Client`` and win over the defaults (for example
    ``timeout``, or ``auth=JiraAuth(name, store=...)``).
    """
    options = _client_options(connection, kwargs)
    if "verify" not in options:
        options["verify"] = _tls_context()
    return httpx.Client(**options)


def async_jira_client(connection: str | Connection, **kwargs: Any) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` twin of ``jira_client``."""
    options = _client_options(connection, kwargs)
    if "verify" not in options:
        options["verify"] = _tls_context()
    return httpx.AsyncClient(**options)


def _client_options(
    connection: str | Connection, kwargs: dict[str, Any]
) -> dict[str, Any]:
    auth = kwargs.pop("auth", None) or JiraAuth(connection)
    if not isinstance(auth, JiraAuth):
        raise TypeError("auth must be a JiraAuth for the same connection")
    options: dict[str, Any] = {
        "base_url": auth.connection.api_base_url,
        "auth": auth,
        "timeout": 30.0,
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json"},
        "follow_redirects": False,
        "trust_env": True,
        "mounts": dict(_NO_PROXY_FOR_LOOPBACK),
    }
    options.update(kwargs)
    return options


def _tls_context() -> ssl.SSLContext:
    """The OS certificate store, so that a company's inspecting proxy is trusted."""
    try:
        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise TlsError(
            translate("Errors", "The system's certificate store could not be loaded.")
        ) from exc


def _run_privately(work: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to its end on a private event loop in a worker thread.

    The synchronous flow must work from plain scripts and from code that is
    already inside a running event loop, where ``asyncio.run`` would refuse.
    """

    async def main() -> T:
        return await work()

    with ThreadPoolExecutor(1, thread_name_prefix="jira-wizard-auth") as pool:
        return pool.submit(lambda: asyncio.run(main())).result()


def _account(response: httpx.Response, connection: Connection) -> Account:
    """Who ``/myself`` says the connection is, or the error its status means."""
    status, name = response.status_code, connection.name
    if status in (401, 404) and connection.auth_type is AuthType.API_TOKEN:
        # A 404 here: bad Basic credentials fell through to anonymous access.
        raise InvalidCredentials(
            translate(
                "Errors",
                "Atlassian did not accept the API token of '{name}': it may have "
                "expired or been revoked.",
            ).format(name=name),
            translate(
                "Errors", "Create a new token at {url}, then run: {command}"
            ).format(
                url=deadlines.API_TOKENS_URL, command=deadlines.rotate_command(name)
            ),
        )
    if status == 401:
        raise InvalidGrant(
            translate(
                "Errors",
                "Jira did not accept the sign-in of '{name}', even just renewed.",
            ).format(name=name),
            translate("Errors", "Sign in again: {command}").format(
                command=deadlines.sign_in_again_command(name)
            ),
        )
    if status == 403:
        challenge = response.headers.get("WWW-Authenticate", "")
        if "insufficient_scope" in challenge:
            raise ScopesMissing(
                translate(
                    "Errors",
                    "Jira would not say who '{name}' is: the read:jira-user scope "
                    "is missing.",
                ).format(name=name)
            )
        raise PermissionDenied(
            translate(
                "Errors", "Jira refused to say who '{name}' is (HTTP 403)."
            ).format(name=name)
        )
    http.raise_for_status(response, what="Jira")
    data = http.json_object(response, what="Jira")
    account_id = data.get("accountId")
    if not isinstance(account_id, str) or not account_id:
        raise UnexpectedResponse("Jira did not say which account this is.")
    display = data.get("displayName")
    email = data.get("emailAddress")
    return Account(
        account_id=account_id,
        display_name=display if isinstance(display, str) and display else account_id,
        email=email if isinstance(email, str) and email else None,
    )
