"""The loopback server that receives Atlassian's redirect after consent.

RFC 8252 §7.3: a native app receives the authorization code on a loopback
address. Atlassian sends the browser only to the callback URL registered for
the app, port included, so the port is fixed and a taken port is an error the
person must be able to act on.

HTTP is parsed by h11; the server answers GET on the callback path only, one
request per connection, and never logs a query string or a code. It holds up
against whatever else runs on the machine: headers are capped in size, slow
connections are dropped after ``read_timeout``, and connections beyond
``max_connections`` are closed at once, so a flood cannot exhaust memory while
the real callback still gets through once the flood is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import socket
from collections.abc import Iterable
from http import HTTPStatus
from types import TracebackType
from urllib.parse import urlsplit

import h11

from jira_wizard.atlassian import callback_pages as pages
from jira_wizard.atlassian.callback_pages import Page
from jira_wizard.core.endpoints import is_loopback
from jira_wizard.core.errors import (
    InputError,
    PortInUse,
    SignInCancelled,
    SignInError,
    SignInTimeout,
    StateMismatch,
)
from jira_wizard.core.i18n import translate
from jira_wizard.core.models import Secret
from jira_wizard.core.oauth import callback_params, code_from_callback

log = logging.getLogger(__name__)

_READ_CHUNK = 4096
_BACKLOG = 128

# Windows reports a port taken by another program's exclusive bind as
# WSAEACCES (10013) rather than WSAEADDRINUSE (10048).
_IN_USE = {errno.EADDRINUSE, 10048} | ({10013} if os.name == "nt" else set())
_NO_IPV6 = {errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT, errno.EPROTONOSUPPORT}

#: Headers on every answer: nothing cached, no referrer leaking the callback
#: URL (it holds the code), nothing loaded from elsewhere, no framing.
_HEADERS = [
    ("content-type", "text/html; charset=utf-8"),
    ("cache-control", "no-store"),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    (
        "content-security-policy",
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    ),
    ("connection", "close"),
]


class CallbackServer:
    """Waits for one callback on the host, port and path of ``redirect_uri``."""

    def __init__(
        self,
        redirect_uri: str,
        expected_state: Secret,
        *,
        timeout: float | None = 300.0,
        read_timeout: float = 10.0,
        max_connections: int = 64,
        max_header_bytes: int = 16 * 1024,
    ) -> None:
        self._redirect_uri = redirect_uri
        self._host, self._port, self._path = _loopback_parts(redirect_uri)
        self._state = expected_state
        self._timeout = timeout
        self._read_timeout = read_timeout
        self._max_connections = max_connections
        self._max_header_bytes = max_header_bytes
        self._servers: list[asyncio.Server] = []
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self._result: asyncio.Future[Secret] | None = None
        self._expiry: asyncio.TimerHandle | None = None

    @property
    def port(self) -> int:
        """The port listened on (the one chosen by the system when asked for 0)."""
        return self._port

    @property
    def addresses(self) -> list[tuple[str, int]]:
        """The addresses actually bound, as the sockets report them."""
        bound = []
        for server in self._servers:
            for sock in server.sockets:
                host, port = sock.getsockname()[:2]
                bound.append((host, port))
        return bound

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._result = loop.create_future()
        try:
            sockets = _bind_all(self._host, self._port)
        except OSError as exc:
            raise InputError(
                translate(
                    "SignIn",
                    "The sign-in could not listen on port {port} of this computer "
                    "({reason}).",
                ).format(port=self._port, reason=os.strerror(exc.errno or 0)),
                translate(
                    "SignIn",
                    "Register a callback URL with another port, from 1024 to 65535, "
                    "for the app and enter that port here.",
                ),
                help_topic="callback-port",
            ) from None
        self._port = sockets[0].getsockname()[1]
        try:
            for sock in sockets:
                server = await asyncio.start_server(self._on_connection, sock=sock)
                self._servers.append(server)
        finally:
            for sock in sockets[len(self._servers) :]:
                sock.close()
        for host, port in self.addresses:
            shown = f"[{host}]" if ":" in host else host
            log.info("listening for the callback on %s:%d", shown, port)
        if self._timeout is not None:
            self._expiry = loop.call_later(self._timeout, self._expire)

    async def wait_for_code(self) -> Secret:
        """The authorization code; raises the error that ended the attempt."""
        if self._result is None:
            raise RuntimeError("start() the callback server first")
        # shield: a caller that stops waiting must not erase the outcome.
        return await asyncio.shield(self._result)

    def complete(self, code: Secret) -> bool:
        """Finish the wait with a code obtained another way (a pasted address)."""
        return self._finish(code)

    def cancel(self) -> None:
        """End the wait with SignInCancelled and stop listening at once."""
        cancelled = SignInCancelled(translate("SignIn", "The sign-in was cancelled."))
        if self._finish(cancelled):
            log.info("sign-in cancelled")
        self._stop_listening()

    async def close(self) -> None:
        """Stop listening and drop every open connection."""
        self._stop_listening()
        if self._expiry is not None:
            self._expiry.cancel()
        if self._result is not None and not self._result.done():
            stopped = translate("SignIn", "The sign-in was stopped.")
            self._result.set_exception(SignInCancelled(stopped))
        if self._result is not None and not self._result.cancelled():
            self._result.exception()  # marks the outcome as seen
        for task in list(self._connections):
            task.cancel()
        for server in self._servers:
            with contextlib.suppress(Exception):
                await server.wait_closed()
        if self._connections:
            await asyncio.gather(*self._connections, return_exceptions=True)

    async def __aenter__(self) -> CallbackServer:
        try:
            await self.start()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- the outcome --------------------------------------------------------

    def _finish(self, outcome: Secret | SignInError) -> bool:
        if self._result is None or self._result.done():
            return False
        if isinstance(outcome, Secret):
            self._result.set_result(outcome)
        else:
            self._result.set_exception(outcome)
        return True

    def _expire(self) -> None:
        minutes = max(1, round((self._timeout or 0) / 60))
        if minutes == 1:
            text = translate(
                "SignIn",
                "The browser did not come back from Atlassian within 1 minute.",
            )
        else:
            text = translate(
                "SignIn",
                "The browser did not come back from Atlassian within {minutes} "
                "minutes.",
            ).format(minutes=minutes)
        error = SignInTimeout(text)
        if self._finish(error):
            log.info("gave up waiting for the callback")
        self._stop_listening()

    def _stop_listening(self) -> None:
        for server in self._servers:
            server.close()
        for writer in self._connections.values():
            writer.transport.abort()

    # -- connections --------------------------------------------------------

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None  # asyncio runs each connection in its own task
        if len(self._connections) >= self._max_connections:
            log.debug("too many open connections: closed a new one at once")
            writer.transport.abort()
            return
        self._connections[task] = writer
        try:
            await self._serve(reader, writer)
        except (OSError, asyncio.TimeoutError, h11.ProtocolError):
            log.debug("a callback connection ended early")
        finally:
            del self._connections[task]
            writer.transport.abort()

    async def _serve(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        conn = h11.Connection(
            h11.SERVER, max_incomplete_event_size=self._max_header_bytes
        )
        try:
            request = await asyncio.wait_for(
                _read_request(reader, conn), self._read_timeout
            )
        except asyncio.TimeoutError:
            log.debug("closed a connection that sent no request in time")
            return
        except h11.RemoteProtocolError as exc:
            log.debug("refused an unreadable request (%d)", exc.error_status_hint)
            await self._send(writer, conn, pages.bad_request(exc.error_status_hint))
            return
        if request is not None:
            page = self._answer(request)
            # h11 keeps a HEAD answer to its headers (RFC 9110 §9.3.2).
            await self._send(writer, conn, page, body=request.method != b"HEAD")

    async def _send(
        self,
        writer: asyncio.StreamWriter,
        conn: h11.Connection,
        page: Page,
        *,
        body: bool = True,
    ) -> None:
        headers = [*_HEADERS, ("content-length", str(len(page.body)))]
        if page.status == 405:
            headers.append(("allow", "GET"))
        reason = HTTPStatus(page.status).phrase.encode("ascii")
        response = h11.Response(status_code=page.status, headers=headers, reason=reason)
        events: list[h11.Event] = [response]
        if body:
            events.append(h11.Data(data=page.body))
        events.append(h11.EndOfMessage())
        writer.write(b"".join(conn.send(event) or b"" for event in events))
        await asyncio.wait_for(writer.drain(), self._read_timeout)
        # Let the bytes leave before the connection is dropped.
        writer.close()
        with contextlib.suppress(OSError, asyncio.TimeoutError):
            await asyncio.wait_for(writer.wait_closed(), self._read_timeout)

    # -- answers ------------------------------------------------------------

    def _answer(self, request: h11.Request) -> Page:
        path, _sep, query = request.target.decode("ascii", "replace").partition("?")
        if path != self._path:
            log.debug("answered 404 to a request outside the callback path")
            return pages.not_found()
        if request.method != b"GET":
            log.debug("answered 405 to a request that was not GET")
            return pages.method_not_allowed()
        if _requested_by_a_page(request.headers):
            # Any web page the person has open can point an image or a frame
            # at this address; without this, one carrying error=access_denied
            # would end the sign-in (an error without a state is believed).
            log.warning("ignored a callback that a web page requested by itself")
            return pages.not_this_attempt(
                translate(
                    "SignIn",
                    "This address was requested by a web page, not opened by "
                    "Atlassian's sign-in.",
                ),
                translate(
                    "SignIn", "Finish signing in on Atlassian's page in the browser."
                ),
            )
        if self._result is None or self._result.done():
            log.info("a callback arrived after this sign-in ended")
            return pages.already_complete()
        return self._read_callback(query)

    def _read_callback(self, query: str) -> Page:
        try:
            params = callback_params(query)
        except SignInError as exc:
            log.warning("ignored a callback that could not be read")
            return pages.not_this_attempt(exc.message, exc.advice)
        try:
            code = code_from_callback(
                params, expected_state=self._state, redirect_uri=self._redirect_uri
            )
        except StateMismatch as exc:
            log.warning("ignored a callback that belongs to no current sign-in")
            return pages.not_this_attempt(exc.message, exc.advice)
        except SignInError as exc:
            if "error" not in params:
                log.warning("ignored a callback without a usable code")
                return pages.not_this_attempt(exc.message, exc.advice)
            # Only Atlassian's own answer (an OAuth error) ends the attempt.
            log.info("Atlassian's page ended the sign-in with an error")
            self._finish(exc)
            return pages.failed(exc.message, exc.advice)
        log.info("received the callback from Atlassian")
        self._finish(code)
        return pages.signed_in()


def _requested_by_a_page(headers: Iterable[tuple[bytes, bytes]]) -> bool:
    """Whether the browser says this is not a top-level navigation.

    Fetch Metadata (W3C, sent by current browsers to loopback too): the
    redirect from Atlassian's consent page is a navigation (mode "navigate")
    of the whole tab (destination "document"). An image, a script, a fetch or
    a frame that another page aims at the callback carries other values. A
    browser that sends neither header is believed, as before.
    """
    fields = {name.lower(): value.strip().lower() for name, value in headers}
    mode = fields.get(b"sec-fetch-mode")
    destination = fields.get(b"sec-fetch-dest")
    return (mode is not None and mode != b"navigate") or (
        destination is not None and destination != b"document"
    )


async def _read_request(
    reader: asyncio.StreamReader, conn: h11.Connection
) -> h11.Request | None:
    """The request line and headers, or None when the client left first."""
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            conn.receive_data(await reader.read(_READ_CHUNK))
        elif isinstance(event, h11.Request):
            return event
        else:
            return None


def _loopback_parts(redirect_uri: str) -> tuple[str, int, str]:
    """Host, port and path of a loopback ``http://`` callback URL."""
    parts = urlsplit(redirect_uri)
    host = (parts.hostname or "").lower()
    if parts.scheme != "http" or not host or not is_loopback(host):
        raise InputError(
            translate(
                "SignIn", "The callback URL {redirect_uri} is not a loopback address."
            ).format(redirect_uri=redirect_uri),
            translate(
                "SignIn",
                "Use an address such as http://localhost:8754/callback; the sign-in "
                "comes back to this computer only (RFC 8252).",
            ),
        )
    try:
        port = parts.port if parts.port is not None else 80
    except ValueError:
        raise InputError(
            translate(
                "SignIn", "The callback URL {redirect_uri} has no valid port."
            ).format(redirect_uri=redirect_uri),
            translate(
                "SignIn", "Use an address such as http://localhost:8754/callback."
            ),
        ) from None
    return host, port, parts.path or "/"


def _bind_all(host: str, port: int) -> list[socket.socket]:
    """Listening sockets for the callback host, on the same port.

    For ``localhost`` both loopback addresses are used (RFC 8252 §8.3): a
    browser may resolve the name to either. A machine without IPv6 loopback
    has only 127.0.0.1, which is then enough.
    """
    if host != "localhost":
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        return [_bind(host, family, port)]
    for _attempt in range(10):
        first = _bind("127.0.0.1", socket.AF_INET, port)
        chosen = first.getsockname()[1]
        try:
            return [first, _bind("::1", socket.AF_INET6, chosen)]
        except PortInUse:
            first.close()
            if port != 0:
                raise
            # The system chose a port that is free on 127.0.0.1 only: retry.
        except OSError as exc:
            if exc.errno not in _NO_IPV6:
                first.close()
                raise
            log.info("IPv6 loopback is not available: listening on 127.0.0.1 only")
            return [first]
    raise PortInUse(
        translate("SignIn", "No free port was found for the callback."),
        translate("SignIn", "Close some programs and retry."),
    )


def _bind(host: str, family: socket.AddressFamily, port: int) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name == "nt":
            # Without it another program could bind the same port and steal
            # the callback (Windows' SO_REUSEADDR semantics).
            exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", 0)
            sock.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        else:
            # Lets a new attempt reuse the port while the last attempt's
            # closed connections linger in TIME_WAIT; Linux still refuses
            # a port another program is listening on.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((host, port))
        sock.listen(_BACKLOG)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        if exc.errno in _IN_USE:
            raise _port_in_use(port) from None
        raise
    return sock


def _port_in_use(port: int) -> PortInUse:
    return PortInUse(
        translate(
            "SignIn", "Port {port} on this computer is already used by another program."
        ).format(port=port),
        translate(
            "SignIn",
            "Atlassian sends the browser back only to the callback URL registered "
            "for the app, port included, so the sign-in needs port {port}. Close "
            "the program that uses it and try again, or register a callback URL "
            "with another port for the app in Atlassian's developer console and "
            "enter that port here.",
        ).format(port=port),
    )
