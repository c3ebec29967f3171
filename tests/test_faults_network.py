"""Every remote call against every network fault, and what is left afterwards.

The calls are the program's own, made through ``Service`` as the wizard and
the command line make them: the site probe, ``/myself`` with an API token,
the authorization-code exchange, the refresh, the accessible resources, and
``/myself`` through the gateway with a Bearer token (during a sign-in and for
a saved connection). The faults are what a network does: no answer, a refused
or reset connection, an answer cut off, a certificate that does not verify, a
name that does not resolve, 429 with ``Retry-After``, 500, 503, JSON cut in
half, and an HTML page where JSON was expected.

Where the sandbox can express a fault it does (``sandbox.faults``); resets,
cut answers, silence and TLS come from small misbehaving servers of this file
on loopback, to which a routing transport sends the faulted requests; a name
that does not resolve is the one fault raised by the transport itself, since
no DNS query may leave this machine. Each cell ends in the one ``WizardError``
subclass that says what to do, and leaves the saved connections (the settings
file's bytes and every keychain value, on the real Secret Service) as they
were. The retry policy's pause is recorded, never waited for.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import http.client
import re
import socket
import ssl
import threading
import uuid
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
import truststore
from keyring.backend import KeyringBackend

from jira_wizard.atlassian.http import MAX_RETRY_AFTER, RetryPolicy
from jira_wizard.core.backend import SignInRequest
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    ConnectFailed,
    DnsError,
    NetworkTimeout,
    RateLimited,
    ServiceError,
    SiteNotFound,
    TlsError,
    UnexpectedResponse,
    WizardError,
)
from jira_wizard.core.models import (
    Account,
    AuthType,
    Connection,
    Secret,
    SecretKind,
    SiteInfo,
    VerifiedAccess,
    utcnow,
)
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.keychain import SERVICE, Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore
from tests.fakes import MemoryBackend
from tests.fixtures.keychain import stored_keys
from tests.fixtures.sandbox import (
    DEFAULT_SCOPES,
    authorization_code,
    exchange,
    http_client,
)
from tests.tls import self_signed_context

T = TypeVar("T")

_CONSENT_ID = re.compile(r'name="consent_id" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- the browser -------------------------------------------------------------------


class Browser:
    """What the person's browser does on the consent page, and what it was shown.

    It uses the standard library's ``http.client``, which logs nothing, so
    that a search of the logs finds only what the program itself wrote.
    Called as the sign-in's ``open_browser``; walks on a thread of its own.
    """

    def __init__(self, sandbox: Sandbox, decision: str = "allow", site: str = "acme"):
        self.sandbox = sandbox
        self.decision = decision
        self.site = site
        self.urls: list[str] = []
        self.pages: list[str] = []  # what the callback server served
        self.callbacks: list[str] = []  # where Atlassian sent the browser back
        self.errors: list[BaseException] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        thread = threading.Thread(target=self._walk, args=(url,), daemon=True)
        self.threads.append(thread)
        thread.start()
        return True

    def _walk(self, url: str) -> None:
        try:
            _status, _headers, page = fetch("GET", url)
            match = _CONSENT_ID.search(page)
            if match is None:
                return  # Atlassian's own error page: nothing to click
            form = {
                "consent_id": match.group(1),
                "decision": self.decision,
                "site": self.sandbox.cloud_id(self.site),
            }
            consent = f"{self.sandbox.urls.auth_url}/authorize/consent"
            status, headers, _page = fetch("POST", consent, urlencode(form))
            if status == 302 and headers["location"].startswith("http://localhost"):
                self.callbacks.append(headers["location"])
                self.pages.append(fetch("GET", headers["location"])[2])
        except BaseException as exc:  # reported by the test, not lost in a thread
            self.errors.append(exc)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(30)
        assert not self.errors, self.errors


def fetch(
    method: str, url: str, form: str | None = None
) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    host = "127.0.0.1" if parts.hostname == "localhost" else parts.hostname
    connection = http.client.HTTPConnection(host or "", parts.port, timeout=20)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if form else {}
    connection.request(method, target, body=form, headers=headers)
    answer = connection.getresponse()
    body = answer.read().decode("utf-8", "replace")
    connection.close()
    return answer.status, {k.lower(): v for k, v in answer.getheaders()}, body


# -- misbehaving servers on loopback -----------------------------------------------


class Misbehaving:
    """A loopback server that reads a request, then does one wrong thing."""

    def __init__(self, behaviour: str, tls: ssl.SSLContext | None = None) -> None:
        self.behaviour = behaviour
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._handle, args=(sock,), daemon=True).start()

    def _handle(self, sock: socket.socket) -> None:
        try:
            if self._tls is not None:
                sock.settimeout(5)
                with self._tls.wrap_socket(sock, server_side=True) as wrapped:
                    wrapped.recv(65536)  # the handshake fails before this
                return
            sock.settimeout(5)
            sock.recv(65536)
            self._misbehave(sock)
        except OSError:
            sock.close()

    def _misbehave(self, sock: socket.socket) -> None:
        if self.behaviour == "silent":
            self._held.append(sock)  # neither answers nor closes
            return
        if self.behaviour == "reset":
            # SO_LINGER with a zero timeout: close() sends RST, not FIN.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
        elif self.behaviour == "cut":
            sock.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Content-Length: 400\r\n\r\n" + b'{"access_token": "ab'
            )
        sock.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        for sock in self._held:
            sock.close()


@dataclass
class Servers:
    silent: Misbehaving
    reset: Misbehaving
    cut: Misbehaving
    tls: Misbehaving
    closed_port: int


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    context = self_signed_context(tmp_path_factory.mktemp("tls"))
    made = Servers(
        Misbehaving("silent"),
        Misbehaving("reset"),
        Misbehaving("cut"),
        Misbehaving("tls", tls=context),
        free_port(),
    )
    yield made
    for server in (made.silent, made.reset, made.cut, made.tls):
        server.close()


# -- the routing transport ---------------------------------------------------------

#: The resolver's own words for a name that does not exist (glibc).
RESOLVER_MESSAGE = "[Errno -2] Name or service not known"


@dataclass
class Route:
    """Requests to ``origin`` under ``path`` meet ``fault``."""

    origin: str
    path: str
    fault: str


class Router(httpx.AsyncBaseTransport):
    """The real transport, except for requests a route sends elsewhere.

    Records every request as (method, path), faulted or not.
    """

    def __init__(self, servers: Servers) -> None:
        self._real = httpx.AsyncHTTPTransport()
        # As the program verifies: the system's certificate store.
        self._verifying = httpx.AsyncHTTPTransport(
            verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        )
        self._servers = servers
        self.routes: list[Route] = []
        self.sent: list[tuple[str, str]] = []

    def hits(self, path: str) -> int:
        return sum(1 for _method, sent in self.sent if sent.startswith(path))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.url.path))
        origin = f"{request.url.scheme}://{request.url.netloc.decode()}"
        for route in self.routes:
            if origin == route.origin and request.url.path.startswith(route.path):
                return await self._misroute(request, route.fault)
        return await self._real.handle_async_request(request)

    async def _misroute(self, request: httpx.Request, fault: str) -> httpx.Response:
        if fault == "dns":
            raise httpx.ConnectError(RESOLVER_MESSAGE, request=request)
        servers = self._servers
        port = {
            "refused": servers.closed_port,
            "timeout": servers.silent.port,
            "reset": servers.reset.port,
            "cut": servers.cut.port,
            "tls": servers.tls.port,
        }[fault]
        scheme = "https" if fault == "tls" else "http"
        url = request.url.copy_with(scheme=scheme, host="127.0.0.1", port=port)
        extensions = dict(request.extensions)
        if fault == "timeout":
            extensions["timeout"] = dict.fromkeys(
                ("connect", "read", "write", "pool"), 0.3
            )
        moved = httpx.Request(
            request.method,
            url,
            headers=request.headers,
            content=await request.aread(),
            extensions=extensions,
        )
        if fault == "tls":
            return await self._verifying.handle_async_request(moved)
        return await self._real.handle_async_request(moved)

    async def aclose(self) -> None:
        await self._real.aclose()
        await self._verifying.aclose()


# -- the world each cell starts from -------------------------------------------------


@dataclass
class World:
    """A service on the sandbox, with saved connections to keep safe."""

    sandbox: Sandbox
    store: ConnectionStore
    backend: KeyringBackend
    router: Router
    service: Service
    request: SignInRequest
    sleeps: list[float] = field(default_factory=list)
    browsers: list[Browser] = field(default_factory=list)

    @property
    def site_url(self) -> str:
        return self.sandbox.urls.sites["acme"]

    def origin(self, name: str) -> str:
        urls = self.sandbox.urls
        return {"auth": urls.auth_url, "api": urls.api_url}.get(name) or urls.sites[
            name
        ]

    def snapshot(self) -> tuple[bytes, dict[str, str | None]]:
        """The settings file's bytes and every keychain value of the program."""
        keys = stored_keys(self.backend)
        values = {key: self.backend.get_password(SERVICE, key) for key in keys}
        return self.store.settings.path.read_bytes(), values

    async def sign_in(self, browser: Browser | None = None) -> Any:
        browser = browser or Browser(self.sandbox)
        self.browsers.append(browser)
        handle = self.service.start_sign_in(
            self.request, open_browser=browser, on_progress=lambda _progress: None
        )
        try:
            return await handle.run()
        finally:
            await asyncio.to_thread(browser.join)

    async def save_api_token(self, name: str = "work") -> Connection:
        """A verified API token connection, saved as the program saves one."""
        access = VerifiedAccess(
            SiteInfo(self.site_url, self.sandbox.cloud_id("acme")),
            Account(DEMO.account_id, DEMO.display_name, DEMO.email),
            self.site_url,
            via_gateway=False,
        )
        token = Secret(DEMO.api_token)
        return await self.service.save_api_token(
            name, access, DEMO.email, token, None, replace=False
        )

    async def save_oauth(self, name: str = "oauth", *, expired: bool) -> Connection:
        """An OAuth connection of this world's app, signed in as a browser would."""
        tokens = await asyncio.to_thread(self._grant)
        lifetime = -300 if expired else int(tokens["expires_in"])
        cloud_id = self.sandbox.cloud_id("acme")
        now = utcnow()
        connection = Connection(
            name=name,
            auth_type=AuthType.OAUTH_OWN,
            site_url=self.site_url,
            cloud_id=cloud_id,
            api_base_url=f"{self.sandbox.urls.api_url}/ex/jira/{cloud_id}",
            account=Account(DEMO.account_id, DEMO.display_name, DEMO.email),
            secret_ref="",
            email=DEMO.email,
            client_id=self.request.client_id,
            scopes=DEFAULT_SCOPES,
            created_at=now,
            last_verified_at=now,
            consented_at=now,
            access_token_expires_at=now + dt.timedelta(seconds=lifetime),
            callback_port=self.request.port,
        )
        assert self.request.client_secret is not None
        secrets = {
            SecretKind.CLIENT_SECRET: self.request.client_secret,
            SecretKind.ACCESS_TOKEN: Secret(tokens["access_token"]),
            SecretKind.REFRESH_TOKEN: Secret(tokens["refresh_token"]),
        }
        return await self.store.save(connection, secrets)

    def _grant(self) -> dict[str, Any]:
        assert self.request.client_secret is not None
        redirect_uri = f"http://localhost:{self.request.port}/callback"
        with http_client() as browser:
            code = authorization_code(
                browser,
                self.sandbox,
                client_id=self.request.client_id,
                redirect_uri=redirect_uri,
            )
            answer = exchange(
                browser,
                self.sandbox,
                code,
                client_id=self.request.client_id or "",
                client_secret=self.request.client_secret.reveal(),
                redirect_uri=redirect_uri,
            )
        assert answer.status_code == 200, answer.text
        tokens: dict[str, Any] = answer.json()
        return tokens


@pytest.fixture
def world(
    sandbox: Sandbox,
    store: ConnectionStore,
    secret_service_backend: KeyringBackend,
    servers: Servers,
) -> World:
    client_id, secret, port = (
        f"app-{uuid.uuid4().hex[:8]}",
        "app-secret-Q3v9",
        free_port(),
    )
    sandbox.register_app(client_id, secret, f"http://localhost:{port}/callback")
    site = SiteInfo(sandbox.urls.sites["acme"], sandbox.cloud_id("acme"))
    request = SignInRequest(
        AuthType.OAUTH_OWN, site, DEFAULT_SCOPES, port, client_id, Secret(secret)
    )
    router = Router(servers)
    made = World(sandbox, store, secret_service_backend, router, None, request)  # type: ignore[arg-type]

    async def pause(seconds: float) -> None:
        made.sleeps.append(seconds)

    made.service = Service(
        sandbox.endpoints(),
        store,
        transport=router,
        retry=RetryPolicy(sleep=pause),
        sign_in_timeout=30,
    )
    return made


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(asyncio.wait_for(coro, 60))


# -- the matrix --------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One remote call, the requests it makes, and the saved state it starts from."""

    name: str
    origin: str
    paths: tuple[str, ...]
    method: str
    make: Callable[[World], Coroutine[Any, Any, Any]]
    oauth_saved: bool = False
    expired: bool = False


async def _probe(world: World) -> Any:
    return await world.service.add_api_token(
        "work", world.site_url, DEMO.email, Secret(DEMO.api_token), None, replace=True
    )


async def _refresh(world: World) -> Any:
    return await world.service.credentials("oauth")


async def _saved_myself(world: World) -> Any:
    return await world.service.test_connection("oauth")


def _gateway_myself(world: World) -> str:
    return f"/ex/jira/{world.sandbox.cloud_id('acme')}/rest/api/3/myself"


CALLS = [
    Call(
        "site probe",
        "acme",
        ("/_edge/tenant_info", "/rest/api/3/serverInfo"),
        "GET",
        _probe,
    ),
    Call("/myself with an API token", "acme", ("/rest/api/3/myself",), "GET", _probe),
    Call("code exchange", "auth", ("/oauth/token",), "POST", World.sign_in),
    Call("refresh", "auth", ("/oauth/token",), "POST", _refresh, True, True),
    Call(
        "accessible resources",
        "api",
        ("/oauth/token/accessible-resources",),
        "GET",
        World.sign_in,
    ),
    Call(
        "gateway /myself while signing in", "api", ("/ex/jira/",), "GET", World.sign_in
    ),
    Call(
        "gateway /myself of a saved connection",
        "api",
        ("/ex/jira/",),
        "GET",
        _saved_myself,
        True,
    ),
]

#: fault -> (the error it must end in, whether a GET is sent again after it)
FAULTS: dict[str, tuple[type[WizardError], bool]] = {
    "timeout": (NetworkTimeout, False),
    "refused": (ConnectFailed, True),
    "reset": (ConnectFailed, True),
    "cut": (ConnectFailed, True),
    "tls": (TlsError, False),
    "dns": (DnsError, False),
    "429": (RateLimited, False),
    "500": (ServiceError, True),
    "503": (ServiceError, True),
    "garbled": (UnexpectedResponse, False),
    "html": (UnexpectedResponse, False),
}

#: Where the answer itself says something else: a site that serves a web page
#: where Jira would answer is no Jira site.
SPECIAL: dict[tuple[str, str], type[WizardError]] = {
    ("site probe", "html"): SiteNotFound,
}

RETRY_AFTER = 7


def inflict(world: World, call: Call, fault: str) -> None:
    for path in call.paths:
        if fault in ("timeout", "refused", "reset", "cut", "tls", "dns"):
            world.router.routes.append(Route(world.origin(call.origin), path, fault))
        elif fault == "garbled":
            world.sandbox.faults.fail_next(200, 50, call.origin, path, body="truncated")
        elif fault == "html":
            world.sandbox.faults.fail_next(200, 50, call.origin, path, body="html")
        else:
            retry = RETRY_AFTER if fault == "429" else None
            world.sandbox.faults.fail_next(int(fault), 50, call.origin, path, retry)


def heal(world: World) -> None:
    world.router.routes.clear()
    world.sandbox.faults.clear_failures()


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
def test_every_fault_ends_in_advice_and_leaves_the_saved_connections_as_they_were(
    world: World, call: Call, fault: str
) -> None:
    expected, retried = FAULTS[fault]
    expected = SPECIAL.get((call.name, fault), expected)

    async def scenario() -> None:
        await world.save_api_token()
        if call.oauth_saved:
            await world.save_oauth(expired=call.expired)
        before = world.snapshot()
        inflict(world, call, fault)
        world.router.sent.clear()
        world.sleeps.clear()

        with pytest.raises(WizardError) as caught:
            await call.make(world)

        error = caught.value
        assert type(error) is expected, f"{type(error).__name__}: {error}"
        assert error.advice, "the message must say what to do"
        assert "httpx" not in str(error)
        assert world.snapshot() == before
        attempts = 3 if retried and call.method == "GET" else 1
        for path in call.paths:
            assert world.router.hits(path) == attempts, world.router.sent
        assert len(world.sleeps) == (attempts - 1) * len(call.paths)
        if isinstance(error, RateLimited):
            assert error.retry_after == RETRY_AFTER
            assert f"Wait {RETRY_AFTER} seconds" in str(error)

        heal(world)
        if call.oauth_saved:  # the faulted call used it: it still works
            await world.service.test_connection("oauth")
        await world.service.aclose()

    run(scenario())


# -- retries: only where repeating is safe -------------------------------------------

GET_CALLS = [call for call in CALLS if call.method == "GET"]
POST_CALLS = [call for call in CALLS if call.method == "POST"]


@pytest.mark.parametrize(("status", "failures"), [(500, 1), (503, 2), (502, 1)])
@pytest.mark.parametrize("call", GET_CALLS, ids=lambda call: call.name)
def test_a_passing_server_error_on_a_get_is_outlasted(
    world: World, call: Call, status: int, failures: int
) -> None:
    async def scenario() -> None:
        await world.save_api_token()
        if call.oauth_saved:
            await world.save_oauth(expired=call.expired)
        for path in call.paths:
            world.sandbox.faults.fail_next(status, failures, call.origin, path)
        world.router.sent.clear()

        await call.make(world)  # no error: the retries outlasted the trouble

        for path in call.paths:
            assert world.router.hits(path) == failures + 1
        policy = RetryPolicy()
        pauses = [policy.backoff * 2**n for n in range(failures)] * len(call.paths)
        assert len(world.sleeps) == len(pauses)
        for slept, full in zip(sorted(world.sleeps), sorted(pauses), strict=True):
            assert full / 2 <= slept <= full  # jittered down by at most a half
        await world.service.aclose()

    run(scenario())


@pytest.mark.parametrize("call", POST_CALLS, ids=lambda call: call.name)
def test_a_post_is_never_sent_twice_and_a_later_try_still_works(
    world: World, call: Call
) -> None:
    async def scenario() -> None:
        await world.save_api_token()
        if call.oauth_saved:
            await world.save_oauth(expired=call.expired)
        before = world.snapshot()
        world.sandbox.faults.fail_next(500, 1, "auth", "/oauth/token")
        world.router.sent.clear()

        with pytest.raises(ServiceError):
            await call.make(world)

        assert world.router.hits("/oauth/token") == 1
        assert world.sleeps == []
        assert world.snapshot() == before
        await call.make(world)  # the person tries again: it works
        await world.service.aclose()

    run(scenario())


def test_a_refresh_whose_answer_was_lost_keeps_the_grant_alive(world: World) -> None:
    async def scenario() -> None:
        await world.save_oauth(expired=True)
        # Atlassian rotates the refresh token, but the answer arrives cut in half.
        world.sandbox.faults.fail_next(200, 1, "auth", "/oauth/token", body="truncated")
        with pytest.raises(UnexpectedResponse):
            await world.service.credentials("oauth")
        rotations = world.sandbox.refresh_count

        connection, header = await world.service.credentials("oauth")

        # The stored, already rotated token is used once more (Atlassian's
        # ten-minute reuse interval), and the grant stays alive.
        assert world.sandbox.refresh_count == rotations + 1
        assert not world.sandbox.is_revoked(header.reveal().split()[1])
        assert connection.access_token_expires_at is not None
        assert connection.access_token_expires_at > utcnow()
        await world.service.test_connection("oauth")
        await world.service.aclose()

    run(scenario())


@pytest.mark.parametrize(
    ("retry_after", "attempts", "outcome"),
    [(2, 2, None), (4, 2, None), (30, 1, ServiceError)],
)
def test_a_503_retry_after_is_waited_for_only_when_short(
    world: World, retry_after: int, attempts: int, outcome: type[WizardError] | None
) -> None:
    async def scenario() -> None:
        world.sandbox.faults.fail_next(
            503, 1, "acme", "/rest/api/3/myself", retry_after
        )
        if outcome is None:
            await _probe(world)
            assert min(world.sleeps) >= retry_after  # never sooner than asked
        else:
            with pytest.raises(outcome):
                await _probe(world)
            assert world.sleeps == []
        assert world.router.hits("/rest/api/3/myself") == attempts
        await world.service.aclose()

    run(scenario())


@pytest.mark.parametrize(
    ("header", "shown"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "3600"}, MAX_RETRY_AFTER),
        ({"Retry-After": "99999999999999999999"}, MAX_RETRY_AFTER),
        ({"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"}, MAX_RETRY_AFTER),
        ({"X-RateLimit-Reset": "2999-01-01T00:00:00Z"}, MAX_RETRY_AFTER),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_a_429_says_how_long_to_wait_and_never_more_than_a_minute(
    header: dict[str, str], shown: float | None
) -> None:
    seen: list[int] = []

    def atlassian(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        return httpx.Response(429, headers=header, json={})

    # The one table here on a mock transport: exact header values.
    service = Service(
        Endpoints(), memory_store(), transport=httpx.MockTransport(atlassian)
    )

    async def probe() -> None:
        try:
            await service.probe_site("https://acme.atlassian.net")
        finally:
            await service.aclose()

    with pytest.raises(RateLimited) as caught:
        run(probe())
    assert caught.value.retry_after == shown
    assert len(seen) == 2  # each probe call once: a 429 is never repeated
    if shown is not None:
        assert f"Wait {round(shown)} seconds" in str(caught.value)


def memory_store() -> ConnectionStore:
    """A store for tables that never save (the keychain is in memory)."""
    return ConnectionStore(
        Keychain(MemoryBackend(), allow_insecure=True), SettingsFile()
    )


# -- a name that does not resolve ----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "[Errno -2] Name or service not known",
        "[Errno -3] Temporary failure in name resolution",
        "[Errno 8] nodename nor servname provided, or not known",
        "[Errno 11001] getaddrinfo failed",
        "[Errno -5] No address associated with hostname",
    ],
)
@pytest.mark.parametrize("with_cause", [True, False])
def test_a_name_that_does_not_resolve_is_a_dns_error(
    message: str, with_cause: bool
) -> None:
    """No DNS query leaves this machine: the transport fails as the resolver would."""

    def resolver(request: httpx.Request) -> httpx.Response:
        error = httpx.ConnectError(message, request=request)
        if with_cause:
            errno = int(message.split("]")[0].split()[-1])
            error.__cause__ = socket.gaierror(errno, message.split("] ")[1])
        raise error

    service = Service(
        Endpoints(), memory_store(), transport=httpx.MockTransport(resolver)
    )

    async def probe() -> None:
        try:
            await service.probe_site("https://acme.invalid")
        finally:
            await service.aclose()

    with pytest.raises(DnsError) as caught:
        run(probe())
    assert "acme.invalid could not be found" in str(caught.value)
    assert "VPN" in caught.value.advice
