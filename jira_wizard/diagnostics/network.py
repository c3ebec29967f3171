"""Can this computer reach Atlassian? Name lookup, connection and TLS, per host.

For each host the program talks to (Atlassian's sign-in host, its API
gateway, and a connection's site), three steps, each timed:

1. the name lookup (DNS), and the addresses found;
2. a TCP connection, straight to the host, or through the proxy the program
   would use (``HTTPS_PROXY`` and friends, honouring ``NO_PROXY``) with an
   HTTP ``CONNECT`` (RFC 9110 §9.3.6);
3. the TLS handshake with the OS certificate store, as every request makes
   it, and the issuer of the certificate presented. When the certificate is
   not trusted, a second handshake that verifies nothing reads who issued it,
   which shows a company's TLS inspection. Nothing is sent over it.

Plain ``http://`` loopback addresses (the practice sandbox, a test server)
have no TLS to check, and say so. Nothing but the hosts given is contacted,
and every step gives up after a short timeout. A proxy's user name and
password are used for ``CONNECT`` only, never shown.
"""

from __future__ import annotations

import asyncio
import base64
import socket
import ssl
import time
import urllib.request
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from jira_wizard.core.certs import certificate_names
from jira_wizard.core.endpoints import is_loopback
from jira_wizard.core.redact import redact_proxy_url


@dataclass(frozen=True)
class Step:
    ok: bool
    detail: str
    ms: int | None = None


@dataclass(frozen=True)
class HostCheck:
    """What was found for one host; ``tls`` is None where none applies."""

    role: str
    origin: str
    proxy: str | None
    dns: Step
    tcp: Step | None
    tls: Step | None
    issuer: str | None = None

    @property
    def ok(self) -> bool:
        steps = [self.dns, self.tcp, self.tls]
        return all(step.ok for step in steps if step is not None)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


async def check_hosts(
    targets: list[tuple[str, str]], *, timeout: float = 3.0
) -> list[HostCheck]:
    """Check each ``(role, url)`` at the same time; never raises for a failure."""
    return list(
        await asyncio.gather(*(_check(role, url, timeout) for role, url in targets))
    )


async def _check(role: str, url: str, timeout: float) -> HostCheck:
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"
    try:
        # The whole check, DNS included, within a bound: a resolver that
        # hangs leaves its thread behind, but never the report.
        return await asyncio.wait_for(
            asyncio.to_thread(check_host, role, url, timeout), timeout * 4
        )
    except asyncio.TimeoutError:
        return HostCheck(
            role, origin, None, Step(False, "no answer in time"), None, None
        )


def check_host(role: str, url: str, timeout: float) -> HostCheck:
    """The three steps for one host, blocking; each failure ends the check."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    origin = f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")
    proxy = proxy_for(parts.scheme, host)
    shown_proxy = redact_proxy_url(proxy) if proxy else None
    dns = _resolve(host, port, proxied=proxy is not None)
    if not dns.ok and proxy is None:
        return HostCheck(role, origin, None, dns, None, None)
    try:
        sock, tcp = _connect(host, port, proxy, timeout)
    except _Failed as failed:
        return HostCheck(role, origin, shown_proxy, dns, failed.step, None)
    with sock:
        if not secure:
            note = Step(True, "skipped: plain http:// on this computer (loopback)")
            return HostCheck(role, origin, shown_proxy, dns, tcp, note)
        tls, issuer = _handshake(sock, host, timeout)
    if not tls.ok and issuer is None:
        issuer = _issuer_unverified(host, port, proxy, timeout)
    return HostCheck(role, origin, shown_proxy, dns, tcp, tls, issuer)


def proxy_for(scheme: str, host: str) -> str | None:
    """The proxy the program's HTTP client would use for this host, if any."""
    if is_loopback(host):
        return None  # as ``jira_wizard.atlassian.http`` mounts it
    proxies = urllib.request.getproxies_environment()
    if _bypassed(host, proxies.get("no", "")):
        return None
    return proxies.get(scheme) or proxies.get("all")


def _bypassed(host: str, no_proxy: str) -> bool:
    """``NO_PROXY``: ``*``, or hosts and domains (``.corp.com`` or ``corp.com``)."""
    host = host.lower().strip("[]")
    for entry in no_proxy.split(","):
        entry = entry.strip().lower().lstrip(".").split(":")[0]
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return True
    return False


class _Failed(Exception):
    def __init__(self, step: Step) -> None:
        super().__init__(step.detail)
        self.step = step


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _resolve(host: str, port: int, *, proxied: bool) -> Step:
    started = time.perf_counter()
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        detail = f"the name does not resolve ({type(exc).__name__})"
        if proxied:
            detail += "; the proxy may look it up instead"
        return Step(False, detail, _ms(started))
    addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
    return Step(True, ", ".join(addresses[:4]), _ms(started))


def _connect(
    host: str, port: int, proxy: str | None, timeout: float
) -> tuple[socket.socket, Step]:
    started = time.perf_counter()
    target = urlsplit(proxy) if proxy else None
    where = (target.hostname or "", target.port or 80) if target else (host, port)
    try:
        sock = socket.create_connection(where, timeout=timeout)
    except OSError as exc:
        what = "the proxy" if proxy else "the host"
        raise _Failed(_socket_failure(what, exc, started)) from None
    if target is None:
        return sock, Step(True, f"connected to port {port}", _ms(started))
    try:
        _tunnel(sock, host, port, target.username, target.password)
    except (OSError, _Failed) as exc:
        sock.close()
        if isinstance(exc, _Failed):
            raise
        raise _Failed(_socket_failure("the proxy", exc, started)) from None
    return sock, Step(True, f"connected through the proxy to port {port}", _ms(started))


def _socket_failure(what: str, exc: OSError, started: float) -> Step:
    if isinstance(exc, TimeoutError):
        return Step(False, f"{what} did not answer in time", _ms(started))
    if isinstance(exc, ConnectionRefusedError):
        return Step(False, f"{what} refused the connection", _ms(started))
    return Step(False, f"could not reach {what} ({type(exc).__name__})", _ms(started))


def _tunnel(
    sock: socket.socket, host: str, port: int, user: str | None, password: str | None
) -> None:
    request = f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n"
    if user is not None:
        pair = f"{unquote(user)}:{unquote(password or '')}".encode()
        request += f"Proxy-Authorization: Basic {base64.b64encode(pair).decode()}\r\n"
    sock.sendall((request + "\r\n").encode())
    answer = b""
    while b"\r\n\r\n" not in answer and len(answer) < 8192:
        chunk = sock.recv(1024)
        if not chunk:
            break
        answer += chunk
    status = answer.split(b"\r\n", 1)[0].split(b" ")
    code = status[1].decode("ascii", "replace") if len(status) > 1 else "none"
    if code != "200":
        raise _Failed(Step(False, f"the proxy refused the tunnel (HTTP {code})"))


def _handshake(
    sock: socket.socket, host: str, timeout: float
) -> tuple[Step, str | None]:
    started = time.perf_counter()
    try:
        context = _trusted_context()
    except (OSError, ssl.SSLError, ValueError) as exc:
        detail = f"the certificate store could not be loaded ({type(exc).__name__})"
        return Step(False, detail), None
    sock.settimeout(timeout)
    try:
        with context.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
            version = tls.version() or "TLS"
    except ssl.SSLCertVerificationError as exc:
        reason = exc.verify_message or "not trusted"
        return Step(False, f"certificate not trusted: {reason}", _ms(started)), None
    except (OSError, ssl.SSLError) as exc:
        failure = f"the handshake failed ({type(exc).__name__})"
        return Step(False, failure, _ms(started)), None
    names = certificate_names(der) if der else None
    return Step(True, f"{version}, certificate trusted", _ms(started)), (
        names.issuer if names else None
    )


def _trusted_context() -> ssl.SSLContext:
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _issuer_unverified(
    host: str, port: int, proxy: str | None, timeout: float
) -> str | None:
    """Who issued the certificate, read without trusting it: only its name."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only reads the issuer; sends nothing
    try:
        sock, _ = _connect(host, port, proxy, timeout)
        with context.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError, _Failed):
        return None
    names = certificate_names(der) if der else None
    return names.issuer if names else None
