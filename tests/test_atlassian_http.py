"""The HTTP client and its error mapping: MockTransport tables, then real sockets."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import socket
import ssl
from collections.abc import Callable, Coroutine
from email.utils import format_datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import truststore

from jira_wizard import __version__
from jira_wizard.atlassian import http
from jira_wizard.atlassian.http import (
    json_object,
    make_client,
    raise_for_status,
    retry_after,
    send,
)
from jira_wizard.core.errors import (
    ConnectFailed,
    DnsError,
    InputError,
    InvalidCredentials,
    NetworkTimeout,
    PermissionDenied,
    RateLimited,
    ServiceError,
    TlsError,
    UnexpectedResponse,
    WizardError,
)
from jira_wizard.core.models import Secret
from tests.tls import self_signed_context

T = TypeVar("T")
URL = "https://acme.atlassian.net/rest/api/3/myself"
NOW = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.timezone.utc)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


async def no_wait(seconds: float) -> None:
    """The retry policy's pause, without the waiting."""


def client_for(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.AsyncClient:
    return make_client(
        transport=httpx.MockTransport(handler), retry=http.RetryPolicy(sleep=no_wait)
    )


def raising(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


def caused(exc: Exception, cause: BaseException) -> Exception:
    exc.__cause__ = cause
    return exc


async def _send(
    handler: Callable[[httpx.Request], httpx.Response],
    method: str = "GET",
    url: str = URL,
) -> httpx.Response:
    async with client_for(handler) as client:
        return await send(client, method, url, what="the site")


# --- the client ----------------------------------------------------------------


def test_the_client_names_the_program_and_follows_no_redirects() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/"})

    response = run(_send(handler))

    assert response.status_code == 302
    assert len(seen) == 1
    assert seen[0].headers["User-Agent"] == f"jira-wizard/{__version__}"


def test_the_client_reads_proxy_settings_and_uses_the_timeout_given() -> None:
    client = make_client(timeout=3.5)

    assert client.trust_env is True
    assert client.timeout == httpx.Timeout(3.5)
    assert client.follow_redirects is False
    run(client.aclose())


def test_a_missing_ssl_cert_file_does_not_stop_the_client(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # httpx's own default context fails on this; the OS store falls back.
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))

    client = make_client()

    assert isinstance(client, httpx.AsyncClient)
    run(client.aclose())


def test_a_certificate_store_that_cannot_load_is_a_tls_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(protocol: int) -> ssl.SSLContext:
        raise ssl.SSLError("no certificate store")

    # The one edge no test machine can reach for real: an unreadable OS store.
    monkeypatch.setattr(truststore, "SSLContext", broken)

    with pytest.raises(TlsError) as caught:
        make_client()

    assert "SSL_CERT_FILE" in caught.value.advice


def test_httpx_loggers_stay_at_warning() -> None:
    noisy = logging.getLogger("httpx")
    chosen = logging.getLogger("httpcore")
    noisy.setLevel(logging.INFO)
    chosen.setLevel(logging.ERROR)
    try:
        http.quiet_http_loggers()

        assert noisy.level == logging.WARNING
        assert chosen.level == logging.ERROR
    finally:
        noisy.setLevel(logging.WARNING)
        chosen.setLevel(logging.WARNING)


def test_importing_the_module_quieted_httpx() -> None:
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.WARNING


def test_the_authorization_secret_reaches_the_request_only() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={})

    async def call() -> None:
        async with client_for(handler) as client:
            await send(
                client, "GET", URL, what="the site", authorization=Secret("Basic abc")
            )

    run(call())

    assert seen == ["Basic abc"]


# --- transport failures ----------------------------------------------------------

TRANSPORT_CASES = [
    (httpx.ConnectTimeout("timed out"), NetworkTimeout, "did not answer in time"),
    (httpx.ReadTimeout("timed out"), NetworkTimeout, "did not answer in time"),
    (httpx.WriteTimeout("timed out"), NetworkTimeout, "did not answer in time"),
    (httpx.PoolTimeout("timed out"), NetworkTimeout, "did not answer in time"),
    (
        caused(httpx.ConnectError("lookup"), socket.gaierror(-2, "Name not known")),
        DnsError,
        "acme.atlassian.net could not be found",
    ),
    (
        caused(httpx.ConnectError("lookup"), UnicodeError("label too long")),
        DnsError,
        "could not be found",
    ),
    (
        caused(
            httpx.ConnectError("verify"),
            ssl.SSLCertVerificationError("certificate verify failed"),
        ),
        TlsError,
        "certificate of acme.atlassian.net could not be verified",
    ),
    (
        caused(httpx.ConnectError("tls"), ssl.SSLError("wrong version number")),
        TlsError,
        "secure connection to acme.atlassian.net",
    ),
    (
        caused(httpx.ReadError("tls"), ssl.SSLError("bad record mac")),
        TlsError,
        "secure connection",
    ),
    (
        caused(httpx.ConnectError("refused"), ConnectionRefusedError(111, "refused")),
        ConnectFailed,
        "The site at acme.atlassian.net refused the connection",
    ),
    (httpx.ConnectError("unreachable"), ConnectFailed, "could not be reached"),
    (
        caused(httpx.ReadError("reset"), ConnectionResetError(104, "reset")),
        ConnectFailed,
        "was cut off",
    ),
    (httpx.RemoteProtocolError("Server disconnected"), ConnectFailed, "cut off"),
    (httpx.WriteError("broken pipe"), ConnectFailed, "cut off"),
    (httpx.ProxyError("407 Proxy Authentication Required"), ConnectFailed, "proxy"),
    (httpx.UnsupportedProtocol("ftp"), InputError, "not a usable web address"),
]


@pytest.mark.parametrize(("raised", "expected", "words"), TRANSPORT_CASES)
def test_transport_failure(
    raised: Exception, expected: type[WizardError], words: str
) -> None:
    with pytest.raises(WizardError) as caught:
        run(_send(raising(raised)))

    assert type(caught.value) is expected
    assert words in str(caught.value)
    assert caught.value.__cause__ is raised


def test_a_malformed_url_is_an_input_error() -> None:
    with pytest.raises(InputError):
        run(_send(lambda request: httpx.Response(200), url="https://acme:notaport/"))


def test_a_get_whose_connection_is_cut_is_sent_once_more() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("Server disconnected")
        return httpx.Response(200, json={"ok": True})

    response = run(_send(handler))

    assert response.status_code == 200
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("method", "raised", "expected_calls"),
    [
        ("GET", httpx.RemoteProtocolError("gone"), http.DEFAULT_RETRY.attempts),
        ("POST", httpx.RemoteProtocolError("gone"), 1),
        ("PUT", httpx.ConnectError("unreachable"), 1),
        ("GET", httpx.ReadTimeout("slow"), 1),
        ("GET", caused(httpx.ConnectError("x"), socket.gaierror(-2, "no")), 1),
        ("GET", caused(httpx.ConnectError("x"), ssl.SSLError("bad")), 1),
    ],
)
def test_only_connection_failures_of_idempotent_requests_are_retried(
    method: str, raised: Exception, expected_calls: int
) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise raised

    with pytest.raises(WizardError):
        run(_send(handler, method=method))

    assert len(calls) == expected_calls


@pytest.mark.parametrize(
    ("status", "expected_calls"), [(429, 1), (503, http.DEFAULT_RETRY.attempts)]
)
def test_429_is_an_answer_and_503_is_retried_then_answered(
    status: int, expected_calls: int
) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(status)

    response = run(_send(handler))

    assert response.status_code == status
    assert len(calls) == expected_calls


def test_no_query_string_reaches_a_message_or_a_log(
    debug_logging: pytest.LogCaptureFixture,
) -> None:
    url = "https://acme.atlassian.net/callback?code=QUERYSECRET&state=xyz"
    for raised in (httpx.ConnectError("x"), httpx.ReadTimeout("x")):
        with pytest.raises(WizardError) as caught:
            run(_send(raising(raised), url=url))
        assert "QUERYSECRET" not in str(caught.value)
    run(_send(lambda request: httpx.Response(200), url=url))

    assert debug_logging.records, "send logs its story at DEBUG"
    assert all(
        "QUERYSECRET" not in record.getMessage() for record in debug_logging.records
    )


# --- answers ---------------------------------------------------------------------

STATUS_CASES = [
    (401, {}, InvalidCredentials, "did not accept the credentials"),
    (403, {}, PermissionDenied, "refused access"),
    (429, {}, RateLimited, "slow down"),
    (500, {}, ServiceError, "HTTP 500"),
    (502, {}, ServiceError, "HTTP 502"),
    (503, {"Retry-After": "30"}, ServiceError, "HTTP 503"),
    (504, {}, ServiceError, "HTTP 504"),
    (
        301,
        {"Location": "https://x.example/?t=1"},
        UnexpectedResponse,
        "another address",
    ),
    (400, {}, UnexpectedResponse, "HTTP 400"),
    (404, {}, UnexpectedResponse, "HTTP 404"),
    (409, {}, UnexpectedResponse, "HTTP 409"),
]


@pytest.mark.parametrize(("status", "headers", "expected", "words"), STATUS_CASES)
def test_status_mapping(
    status: int, headers: dict[str, str], expected: type[WizardError], words: str
) -> None:
    response = httpx.Response(status, headers=headers)

    with pytest.raises(WizardError) as caught:
        raise_for_status(response, what="the site")

    assert type(caught.value) is expected
    assert words in str(caught.value)
    assert str(caught.value).startswith("The site")
    assert "x.example" not in str(caught.value)


@pytest.mark.parametrize("status", [200, 201, 204])
def test_success_raises_nothing(status: int) -> None:
    raise_for_status(httpx.Response(status), what="the site")


def test_a_429_carries_retry_after_in_its_advice() -> None:
    response = httpx.Response(429, headers={"Retry-After": "7"})

    with pytest.raises(RateLimited) as caught:
        raise_for_status(response, what="Atlassian's API")

    assert caught.value.retry_after == 7.0
    assert "Wait 7 seconds" in str(caught.value)
    assert str(caught.value).startswith("Atlassian's API")


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "2"}, 2.0),
        ({"Retry-After": " 120 "}, 120.0),
        ({"Retry-After": "0"}, 0.0),
        (
            {
                "Retry-After": format_datetime(
                    NOW + dt.timedelta(seconds=90), usegmt=True
                )
            },
            90.0,
        ),
        ({"Retry-After": "Sat, 01 Mar 2025 12:01:00 GMT"}, 60.0),
        ({"Retry-After": "Sat, 01 Mar 2025 11:59:00 GMT"}, 0.0),
        ({"X-RateLimit-Reset": "2025-03-01T12:00:45Z"}, 45.0),
        ({"X-RateLimit-Reset": "2025-03-01T12:00:45.000+00:00"}, 45.0),
        ({"X-RateLimit-Reset": "2025-03-01T13:00:45+01:00"}, 45.0),
        ({"Retry-After": "soon", "X-RateLimit-Reset": "2025-03-01T12:00:10Z"}, 10.0),
        ({"Retry-After": "5", "X-RateLimit-Reset": "2025-03-01T12:00:10Z"}, 5.0),
        ({"Retry-After": "-3"}, None),
        ({"Retry-After": "soon"}, None),
        ({"X-RateLimit-Reset": "tomorrow"}, None),
        ({}, None),
    ],
)
def test_retry_after(headers: dict[str, str], seconds: float | None) -> None:
    assert retry_after(httpx.Headers(headers), now=NOW) == seconds


JSON_CASES = [
    ({"Content-Type": "text/html"}, b"<html><body>Oops</body></html>", "web page"),
    ({}, b"  <!DOCTYPE html><html></html>", "web page"),
    ({"Content-Type": "application/json"}, b'{"cloudId": "abc', "cannot read"),
    ({"Content-Type": "application/json"}, b"", "cannot read"),
    ({"Content-Type": "text/plain"}, b"Service Unavailable", "cannot read"),
    ({"Content-Type": "application/json"}, b'{"a": "\xff\xfe"}', "cannot read"),
    ({"Content-Type": "application/json"}, b"[1, 2]", "wrong shape"),
    ({"Content-Type": "application/json"}, b'"Cloud"', "wrong shape"),
    ({"Content-Type": "application/json"}, b"[" * 100_000, "cannot read"),
]


@pytest.mark.parametrize(("headers", "body", "words"), JSON_CASES)
def test_json_that_cannot_be_used(
    headers: dict[str, str], body: bytes, words: str
) -> None:
    response = httpx.Response(200, headers=headers, content=body)

    with pytest.raises(UnexpectedResponse) as caught:
        json_object(response, what="the site")

    assert words in caught.value.message
    assert caught.value.message.startswith("The site")


def test_a_json_object_is_returned() -> None:
    response = httpx.Response(200, json={"cloudId": "c0ffee", "n": 1})

    assert json_object(response, what="the site") == {"cloudId": "c0ffee", "n": 1}


# --- real sockets ----------------------------------------------------------------


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def self_signed(tmp_path: Path) -> ssl.SSLContext:
    """A server TLS context with a certificate no store trusts."""
    return self_signed_context(tmp_path)


async def _get_from_server(
    server_ssl: ssl.SSLContext | None, url_path: str = "/"
) -> httpx.Response:
    """GET https://127.0.0.1:<port>/ from a loopback server that answers 200."""

    async def answer(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            await reader.read(1024)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
            await writer.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=server_ssl)
    port = server.sockets[0].getsockname()[1]
    try:
        async with make_client(timeout=5) as client:
            return await send(
                client, "GET", f"https://127.0.0.1:{port}{url_path}", what="the site"
            )
    finally:
        server.close()


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Behind a proxy the proxy looks names up; these tests look them up here."""
    for name in PROXY_VARIABLES + tuple(v.lower() for v in PROXY_VARIABLES):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_proxy")
def test_a_name_that_does_not_resolve_is_a_dns_error() -> None:
    # RFC 6761 §6.4: names under .invalid never resolve.
    async def call() -> None:
        async with make_client(timeout=5) as client:
            await send(client, "GET", "https://acme.invalid/", what="the site")

    with pytest.raises(DnsError) as caught:
        run(call())

    assert "acme.invalid could not be found" in str(caught.value)


def test_a_closed_port_is_a_refused_connection(closed_port: int) -> None:
    async def call() -> None:
        async with make_client(timeout=5) as client:
            await send(
                client, "GET", f"https://127.0.0.1:{closed_port}/", what="the site"
            )

    with pytest.raises(ConnectFailed) as caught:
        run(call())

    assert f"127.0.0.1:{closed_port} refused the connection" in str(caught.value)


def test_a_server_that_does_not_speak_tls_is_a_tls_error() -> None:
    with pytest.raises(TlsError) as caught:
        run(_get_from_server(None))

    assert "secure connection to 127.0.0.1" in str(caught.value)


def test_a_self_signed_certificate_is_a_tls_error(self_signed: ssl.SSLContext) -> None:
    with pytest.raises(TlsError) as caught:
        run(_get_from_server(self_signed))

    assert "certificate of 127.0.0.1" in str(caught.value)
    assert "could not be verified" in str(caught.value)
