"""The HTTP plumbing shared by every origin: requests in, responses out, faults.

Each origin is a ``ThreadingHTTPServer`` on its own loopback port; a request
runs on its own daemon thread, so a latency switch simply sleeps there. Routes
are plain functions from ``Request`` to ``Response`` and never see a socket.

Nothing is written to stderr: ``BaseHTTPRequestHandler`` would print every
request line, query string included, and an authorization code or state is
exactly what a query string carries. The story is logged at DEBUG instead:
method, path without query, status.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

from jira_wizard.sandbox.faults import FailRule
from jira_wizard.sandbox.oauth import (
    UNKNOWN_REFRESH,
    client_unauthorized,
    invalid_grant,
)
from jira_wizard.sandbox.state import SandboxState

logger = logging.getLogger("jira_wizard.sandbox")

MAX_BODY = 1 << 20
ADMIN_PREFIX = "/_sandbox/"

#: Jira's answer when a resource needs credentials (ATLASSIAN.md).
UNAUTHENTICATED = {
    "message": "Client must be authenticated to access this resource.",
    "status-code": 401,
}


@dataclass(frozen=True)
class Request:
    origin: str
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Message
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    @property
    def content_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    def form(self) -> dict[str, str]:
        """A form-encoded body's fields (the first value of each)."""
        fields = parse_qs(self.body.decode("utf-8", "replace"))
        return {name: values[0] for name, values in fields.items()}


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[[Request], Response]


def json_response(
    status: int, data: Any, headers: dict[str, str] | None = None
) -> Response:
    return Response(status, json.dumps(data).encode(), headers=dict(headers or {}))


def html_response(status: int, page: str) -> Response:
    return Response(status, page.encode(), "text/html; charset=utf-8")


def redirect(location: str, status: int = 302) -> Response:
    return Response(status, b"", "text/plain", {"Location": location})


def iso_time(epoch: float) -> str:
    moment = datetime.fromtimestamp(epoch, timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class OriginServer(ThreadingHTTPServer):
    """One origin (auth, api or a site) on one loopback port."""

    daemon_threads = True

    def __init__(
        self, port: int, origin: str, route: Route, state: SandboxState
    ) -> None:
        self.origin = origin
        self.route = route
        self.state = state
        super().__init__(("127.0.0.1", port), SandboxHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class SandboxHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AtlassianSandbox/1.0"
    sys_version = ""
    #: Idle keep-alive connections close after this many seconds.
    timeout = 30
    #: Headers and body go out in separate writes; with Nagle's algorithm the
    #: second one waits for the client's delayed ACK, about 40 ms a request.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        """Write nothing: see the module docstring."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        server = cast(OriginServer, self.server)
        parts = urlsplit(self.path)
        path = parts.path or "/"
        body, problem = self._read_body()
        if problem is not None:
            self.close_connection = True
            self._send(problem, server.origin, path)
            return
        request = Request(
            origin=server.origin,
            method=self.command,
            path=path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=self.headers,
            body=body,
        )
        self._send(answer(request, server.route, server.state), server.origin, path)

    def _read_body(self) -> tuple[bytes, Response | None]:
        if self.headers.get("Transfer-Encoding"):
            return b"", _plain_error(411, "Send a Content-Length, not chunks.")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return b"", _plain_error(400, "Content-Length is not a number.")
        if length < 0 or length > MAX_BODY:
            return b"", _plain_error(413, "The request body is too large.")
        return self.rfile.read(length), None

    def _send(self, response: Response, origin: str, path: str) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if response.content_type.startswith("text/html"):
            self.send_header("X-Frame-Options", "DENY")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)
        logger.debug("%s %s %s -> %d", origin, self.command, path, response.status)


def answer(request: Request, route: Route, state: SandboxState) -> Response:
    """Serve one request through the failure switches.

    The admin endpoints are exempt, so that a trainer can always turn a
    switch off again.
    """
    if request.path.startswith(ADMIN_PREFIX):
        return _routed(request, route)
    delay = state.faults.delay_for(request.origin)
    if delay:
        time.sleep(delay)
    rule = state.faults.take(request.origin, request.path)
    if rule is None:
        return _routed(request, route)
    if rule.body == "truncated":
        real = _routed(request, route)
        real.body = real.body[: len(real.body) // 2]
        return real
    return fault_response(rule, request.origin, state.clock.now())


def _routed(request: Request, route: Route) -> Response:
    try:
        return route(request)
    except Exception as exc:
        # Only the type: an exception's text could hold a value from the request.
        logger.error("sandbox route failed with %s", type(exc).__name__)
        return json_response(500, {"errorMessages": ["Internal server error"]})


_SITE_ERRORS: dict[int, dict[str, Any]] = {
    401: UNAUTHENTICATED,
    403: {"errorMessages": ["You do not have permission to do this."], "errors": {}},
    429: {"errorMessages": ["Rate limit exceeded."], "errors": {}},
}
_AUTH_ERRORS: dict[int, dict[str, str]] = {
    401: client_unauthorized().to_json(),
    403: invalid_grant(UNKNOWN_REFRESH).to_json(),
    429: {"error": "too_many_requests", "error_description": "Rate limit exceeded."},
}


def fault_response(rule: FailRule, origin: str, now: float) -> Response:
    headers: dict[str, str] = {}
    retry = rule.retry_after_header
    if retry is not None:
        headers["Retry-After"] = retry
    if rule.status == 429:
        # Atlassian's rate-limit headers (Jira Cloud rate limiting guide).
        headers["X-RateLimit-Limit"] = "100"
        headers["X-RateLimit-Remaining"] = "0"
        headers["X-RateLimit-Reset"] = iso_time(now + (rule.retry_after or 60))
        headers["RateLimit-Reason"] = "jira-quota-global-based"
    if rule.body == "html":
        page = _fault_page(rule.status)
        return Response(rule.status, page.encode(), "text/html; charset=utf-8", headers)
    table = _AUTH_ERRORS if origin == "auth" else _SITE_ERRORS
    body = table.get(rule.status) or _generic_error(rule.status, origin)
    return json_response(rule.status, body, headers)


def _generic_error(status: int, origin: str) -> dict[str, Any]:
    text = "Service unavailable" if status == 503 else "Internal server error"
    if status < 500:
        text = "The request could not be served."
    if origin == "auth":
        return {"error": "server_error", "error_description": text}
    return {"errorMessages": [text], "errors": {}}


def _fault_page(status: int) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Error {status}</title></head><body><h1>Something went wrong</h1>"
        f"<p>The server answered with error {status}. Please try again later.</p>"
        "</body></html>"
    )


def _plain_error(status: int, text: str) -> Response:
    return json_response(status, {"errorMessages": [text], "errors": {}})
