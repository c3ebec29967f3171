"""The callback server, over real loopback sockets."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable
from typing import Any

import pytest

from jira_wizard.atlassian import callback_pages as pages
from jira_wizard.atlassian.loopback import CallbackServer
from jira_wizard.core.errors import (
    AccessDenied,
    InputError,
    PortInUse,
    SignInCancelled,
    SignInError,
    SignInTimeout,
)
from jira_wizard.core.models import Secret

STATE = Secret("the-right-state-4f1c2a")
RIGHT = f"/callback?code=code-1&state={STATE.reveal()}"


def run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 30))  # type: ignore[arg-type]


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


def server(host: str = "127.0.0.1", port: int = 0, **options: Any) -> CallbackServer:
    return CallbackServer(f"http://{host}:{port}/callback", STATE, **options)


async def request(
    port: int, data: bytes, host: str = "127.0.0.1"
) -> tuple[int, dict[str, str], str]:
    """Send raw bytes, read the whole answer: status, headers, body."""
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(data)
    await writer.drain()
    answer = await reader.read()
    writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = (line.split(": ", 1) for line in lines[1:])
    headers = {name.lower(): value for name, value in fields}
    return int(lines[0].split()[1]), headers, body.decode()


async def get(port: int, target: str, host: str = "127.0.0.1") -> tuple[int, str]:
    data = f"GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode()
    status, _headers, body = await request(port, data, host)
    return status, body


def test_a_right_callback_delivers_the_code() -> None:
    async def scenario() -> None:
        async with server() as srv:
            status, body = await get(srv.port, RIGHT)
            assert status == 200
            assert "You are signed in" in body
            assert await srv.wait_for_code() == Secret("code-1")

    run(scenario())


def test_every_page_is_html_with_safe_headers() -> None:
    async def scenario() -> None:
        async with server() as srv:
            status, headers, body = await request(
                srv.port, f"GET {RIGHT} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
            )
            assert status == 200
            assert headers["content-type"] == "text/html; charset=utf-8"
            assert headers["referrer-policy"] == "no-referrer"
            assert headers["cache-control"] == "no-store"
            assert "default-src 'none'" in headers["content-security-policy"]
            assert int(headers["content-length"]) == len(body.encode())
            assert '<html lang="en">' in body
            assert "<title>You are signed in</title>" in body
            assert "<h1>You are signed in</h1>" in body
            assert "code-1" not in body
            assert STATE.reveal() not in body

    run(scenario())


def test_wrong_or_missing_state_is_refused_and_the_wait_goes_on() -> None:
    async def scenario() -> None:
        async with server() as srv:
            waiting = asyncio.ensure_future(srv.wait_for_code())
            for target in [
                "/callback?code=stolen&state=guess",
                "/callback?code=stolen",
                "/callback",
                "/callback?error=access_denied&state=guess",
                f"/callback?state={STATE.reveal()}",
                f"/callback?code=a&code=b&state={STATE.reveal()}",
            ]:
                status, body = await get(srv.port, target)
                assert status == 400, target
                assert "does not belong to the current sign-in" in body
                assert not waiting.done()
            assert (await get(srv.port, RIGHT))[0] == 200
            assert await waiting == Secret("code-1")

    run(scenario())


def test_a_replay_after_success_changes_nothing() -> None:
    async def scenario() -> None:
        async with server() as srv:
            await get(srv.port, RIGHT)
            replay = f"/callback?code=code-2&state={STATE.reveal()}"
            status, body = await get(srv.port, replay)
            assert status == 200
            assert "already complete" in body
            denial = f"/callback?error=access_denied&state={STATE.reveal()}"
            assert "already complete" in (await get(srv.port, denial))[1]
            assert await srv.wait_for_code() == Secret("code-1")

    run(scenario())


@pytest.mark.parametrize(
    ("target", "error", "page_words"),
    [
        (f"/callback?error=access_denied&state={STATE.reveal()}", AccessDenied, "Deny"),
        ("/callback?error=access_denied", AccessDenied, "Deny"),
        (
            f"/callback?error=server_error&state={STATE.reveal()}",
            SignInError,
            "server_error",
        ),
    ],
)
def test_an_oauth_error_ends_the_attempt(
    target: str, error: type[Exception], page_words: str
) -> None:
    async def scenario() -> None:
        async with server() as srv:
            status, body = await get(srv.port, target)
            assert status == 200
            assert "The sign-in did not complete" in body
            assert page_words in body
            with pytest.raises(error):
                await srv.wait_for_code()

    run(scenario())


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (b"\x00\xff\x13 garbage\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\r\nno colon here\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40_000, 431),
        (b"POST /callback HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 405),
        (b"HEAD /callback HTTP/1.1\r\nHost: x\r\n\r\n", 405),
        (b"GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n", 404),
        (b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", 404),
        (
            b"GET /callbackx?"
            + RIGHT.split("?")[1].encode()
            + b" HTTP/1.1\r\nHost: x\r\n\r\n",
            404,
        ),
    ],
)
def test_anything_but_the_callback_is_refused(data: bytes, status: int) -> None:
    async def scenario() -> None:
        async with server() as srv:
            answer, headers, _body = await request(srv.port, data)
            assert answer == status
            if status == 405:
                assert headers["allow"] == "GET"
            assert (await get(srv.port, RIGHT))[0] == 200
            assert await srv.wait_for_code() == Secret("code-1")

    run(scenario())


async def eof_or_reset(reader: asyncio.StreamReader) -> bool:
    """True once the server has dropped the connection."""
    try:
        return await reader.read(1) == b""
    except ConnectionError:
        return True


def test_a_slow_client_neither_blocks_the_callback_nor_stays_forever() -> None:
    async def scenario() -> None:
        async with server(read_timeout=0.5) as srv:
            slow_reader, slow_writer = await asyncio.open_connection(
                "127.0.0.1", srv.port
            )
            slow_writer.write(b"GET /callback?code=x")  # and then nothing
            await slow_writer.drain()
            assert (await get(srv.port, RIGHT))[0] == 200
            assert await srv.wait_for_code() == Secret("code-1")
            assert await asyncio.wait_for(eof_or_reset(slow_reader), 10)
            slow_writer.close()

    run(scenario())


def test_connections_beyond_the_cap_are_closed_at_once() -> None:
    async def scenario() -> None:
        async with server(max_connections=8, read_timeout=60) as srv:
            held = [
                await asyncio.open_connection("127.0.0.1", srv.port) for _ in range(8)
            ]
            for _reader, writer in held:
                writer.write(b"GET /")  # proves each one reached the server
                await writer.drain()
            await asyncio.sleep(0)
            extra_reader, extra_writer = await asyncio.open_connection(
                "127.0.0.1", srv.port
            )
            assert await asyncio.wait_for(eof_or_reset(extra_reader), 10)
            for _reader, writer in held:
                writer.close()
            assert await retry_get(srv.port, RIGHT) == 200
            assert await srv.wait_for_code() == Secret("code-1")
            extra_writer.close()

    run(scenario())


async def retry_get(port: int, target: str) -> int:
    """GET until the server answers (it may still be shedding a flood)."""
    for _attempt in range(200):
        try:
            status, _body = await get(port, target)
        except (ConnectionError, IndexError, ValueError):
            await asyncio.sleep(0.05)
            continue
        return status
    raise AssertionError("the callback never got through")


def test_a_flood_of_connections_does_not_stop_the_callback() -> None:
    async def scenario() -> None:
        async with server(read_timeout=0.5) as srv:
            flood = await asyncio.gather(
                *(asyncio.open_connection("127.0.0.1", srv.port) for _ in range(200)),
                return_exceptions=True,
            )
            opened = [item for item in flood if isinstance(item, tuple)]
            assert opened
            assert await retry_get(srv.port, RIGHT) == 200
            assert await srv.wait_for_code() == Secret("code-1")
            dropped = await asyncio.gather(
                *(asyncio.wait_for(eof_or_reset(r), 10) for r, _w in opened)
            )
            assert all(dropped)
            for _reader, writer in opened:
                writer.close()

    run(scenario())


def bound_hosts(srv: CallbackServer) -> set[str]:
    return {host for host, _port in srv.addresses}


def test_localhost_listens_on_both_loopback_addresses_and_nothing_else() -> None:
    async def scenario() -> None:
        async with server("localhost") as srv:
            expected = {"127.0.0.1", "::1"} if ipv6_loopback() else {"127.0.0.1"}
            assert bound_hosts(srv) == expected
            assert {port for _host, port in srv.addresses} == {srv.port}
            for host in expected:
                assert (await get(srv.port, "/favicon.ico", host))[0] == 404

    run(scenario())


def test_an_ip_literal_listens_on_that_address_only() -> None:
    async def scenario() -> None:
        async with server("127.0.0.1") as srv:
            assert bound_hosts(srv) == {"127.0.0.1"}
        if ipv6_loopback():
            async with server("[::1]") as srv:
                assert bound_hosts(srv) == {"::1"}

    run(scenario())


@pytest.mark.parametrize(
    "uri",
    [
        "http://0.0.0.0:8754/callback",
        "http://example.com:8754/callback",
        "https://localhost:8754/callback",
        "http://192.168.1.2:8754/callback",
        "http://localhost:99999/callback",
    ],
)
def test_a_callback_url_off_this_computer_is_refused(uri: str) -> None:
    with pytest.raises(InputError):
        CallbackServer(uri, STATE)


def taken_port(host: str = "127.0.0.1") -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.bind((host, 0))
    sock.listen()
    return sock


@pytest.mark.parametrize("occupied", ["127.0.0.1", "::1"])
def test_a_taken_port_says_which_and_what_to_do(occupied: str) -> None:
    if occupied == "::1" and not ipv6_loopback():
        pytest.skip("no IPv6 loopback on this machine")
    with taken_port(occupied) as other:
        port = other.getsockname()[1]
        srv = server("localhost", port)
        with pytest.raises(PortInUse) as caught:
            run(srv.start())
        run(srv.close())
    message = str(caught.value)
    assert f"Port {port}" in message
    assert "registered" in message
    assert "port included" in message
    assert "another port" in message
    with socket.socket() as probe:  # nothing of ours was left listening
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def assert_refused(port: int) -> None:
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_timeout_ends_the_wait_and_stops_listening() -> None:
    async def scenario() -> int:
        srv = server(timeout=0.2)
        await srv.start()
        idle_reader, idle_writer = await asyncio.open_connection("127.0.0.1", srv.port)
        with pytest.raises(SignInTimeout) as caught:
            await srv.wait_for_code()
        assert "did not come back" in str(caught.value)
        assert_refused(srv.port)
        assert await asyncio.wait_for(eof_or_reset(idle_reader), 10)
        idle_writer.close()
        await srv.close()
        return srv.port

    assert_refused(run(scenario()))


def test_cancel_ends_the_wait_and_stops_listening() -> None:
    async def scenario() -> None:
        async with server() as srv:
            waiting = asyncio.ensure_future(srv.wait_for_code())
            await asyncio.sleep(0)
            srv.cancel()
            with pytest.raises(SignInCancelled):
                await waiting
            assert_refused(srv.port)

    run(scenario())


def test_close_drops_open_connections() -> None:
    async def scenario() -> None:
        srv = server(read_timeout=60)
        await srv.start()
        reader, writer = await asyncio.open_connection("127.0.0.1", srv.port)
        writer.write(b"GET /call")
        await writer.drain()
        await srv.close()
        assert await asyncio.wait_for(eof_or_reset(reader), 10)
        assert_refused(srv.port)
        writer.close()

    run(scenario())


def test_a_code_from_elsewhere_completes_the_wait() -> None:
    async def scenario() -> None:
        async with server() as srv:
            assert srv.complete(Secret("pasted-code"))
            assert not srv.complete(Secret("second"))
            assert "already complete" in (await get(srv.port, RIGHT))[1]
            assert await srv.wait_for_code() == Secret("pasted-code")

    run(scenario())


def test_nothing_secret_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")

    async def scenario() -> None:
        async with server() as srv:
            await get(srv.port, "/callback?code=stolen-code&state=guess")
            await get(srv.port, RIGHT)
            await srv.wait_for_code()

    run(scenario())
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "listening for the callback on 127.0.0.1:" in text
    for secret in ["code-1", "stolen-code", STATE.reveal(), "guess", "?"]:
        assert secret not in text


def test_dynamic_text_on_pages_is_escaped() -> None:
    page = pages.failed("<script>alert(1)</script>", "a & b")
    body = page.body.decode()

    assert "<script>" not in body
    assert "&lt;script&gt;" in body
    assert "a &amp; b" in body
