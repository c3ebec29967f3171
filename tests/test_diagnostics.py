"""The diagnostic report's parts: certificates, proxies, and reachability on loopback.

Every host probed here is on this computer: a TLS server with a certificate
from a made-up "inspection" authority, and a CONNECT proxy in front of it.
Names that are not loopback are answered by a resolver stand-in, so that no
query ever leaves the machine.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime
import ipaddress
import json
import re
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from jira_wizard.core.certs import certificate_names
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.diagnostics import facts, gather_report, network, render_text, scrub

x509 = pytest.importorskip("cryptography.x509")

from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

FAKE_HOST = "jira.example.test"
ISSUER = "CN=Example Inspection CA, O=Example Corp, C=DE"


def _name(cn: str, org: str | None = None) -> Any:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        parts += [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
        ]
    return x509.Name(parts)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pki")
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Example Inspection CA", "Example Corp")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName(FAKE_HOST), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(FAKE_HOST))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    paths = {"ca": folder / "ca.pem", "cert": folder / "leaf.pem", "key": folder / "k"}
    paths["ca"].write_bytes(ca.public_bytes(pem))
    paths["cert"].write_bytes(leaf.public_bytes(pem))
    paths["key"].write_bytes(
        key.private_bytes(
            pem,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    paths["der"] = folder / "leaf.der"
    paths["der"].write_bytes(leaf.public_bytes(serialization.Encoding.DER))
    return paths


def test_the_issuer_and_subject_are_read_from_der(pki: dict[str, Path]) -> None:
    names = certificate_names(pki["der"].read_bytes())
    assert names is not None
    assert names.issuer == ISSUER
    assert names.subject == f"CN={FAKE_HOST}"


@pytest.mark.parametrize("der", [b"", b"\x30\x03\x02\x01", b"\x30\x82\xff\xff", b"x"])
def test_garbage_is_no_certificate(der: bytes) -> None:
    assert certificate_names(der) is None


class Server:
    """A loopback server that runs ``handle`` for each connection on a thread."""

    def __init__(self, handle: Callable[[socket.socket], None]) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._handle = handle
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(5)
                self._handle(conn)
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._listener.close()


@pytest.fixture
def tls_server(pki: dict[str, Path]) -> Iterator[Server]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki["cert"], pki["key"])

    def handshake(conn: socket.socket) -> None:
        with context.wrap_socket(conn, server_side=True) as tls:
            tls.recv(1)

    server = Server(handshake)
    yield server
    server.close()


PROXY_USER, PROXY_PASSWORD = "bob", "pr0xy-pa55word"


@pytest.fixture
def proxy(tls_server: Server) -> Iterator[Server]:
    """A CONNECT proxy that wants a password and tunnels to the TLS server."""
    expected = base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode()

    def tunnel(conn: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            head += conn.recv(1024)
        if f"Proxy-Authorization: Basic {expected}".encode() not in head:
            conn.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
            return
        upstream = socket.create_connection(("127.0.0.1", tls_server.port))
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        pump = threading.Thread(target=_pump, args=(upstream, conn), daemon=True)
        pump.start()
        _pump(conn, upstream)

    server = Server(tunnel)
    yield server
    server.close()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(4096):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolve the made-up host to nothing, and refuse to ask any real resolver."""
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host in ("127.0.0.1", "localhost", "::1"):
            return real(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


def check(url: str) -> network.HostCheck:
    return network.check_host("Test host", url, timeout=3.0)


def test_tls_inspection_shows_as_an_untrusted_issuer(
    tls_server: Server, only_loopback: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    result = check(f"https://127.0.0.1:{tls_server.port}")
    assert result.dns.ok
    assert result.tcp is not None
    assert result.tcp.ok
    assert result.tls is not None
    assert not result.tls.ok
    assert "certificate not trusted" in result.tls.detail
    assert result.issuer == ISSUER
    assert not result.ok


def test_a_trusted_certificate_is_named_with_its_issuer(
    tls_server: Server,
    only_loopback: None,
    pki: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki["ca"]))
    result = check(f"https://127.0.0.1:{tls_server.port}")
    assert result.tls is not None
    assert result.tls.ok, result.tls
    assert "certificate trusted" in result.tls.detail
    assert result.issuer == ISSUER
    assert result.ok


def test_through_a_proxy_with_a_password_that_is_never_shown(
    proxy: Server,
    only_loopback: None,
    pki: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki["ca"]))
    address = f"http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:{proxy.port}"
    monkeypatch.setenv("HTTPS_PROXY", address)
    result = check(f"https://{FAKE_HOST}")
    assert not result.dns.ok
    assert "the proxy may look it up" in result.dns.detail
    assert result.tcp is not None
    assert result.tcp.ok
    assert "through the proxy" in result.tcp.detail
    assert result.tls is not None
    assert result.tls.ok
    assert result.proxy == f"http://***@127.0.0.1:{proxy.port}"
    assert PROXY_PASSWORD not in str(result.to_json())


def test_a_proxy_that_refuses_the_tunnel_is_named(
    proxy: Server, only_loopback: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://bob:wrong@127.0.0.1:{proxy.port}")
    result = check(f"https://{FAKE_HOST}")
    assert result.tcp is not None
    assert not result.tcp.ok
    assert "HTTP 407" in result.tcp.detail
    assert result.tls is None


def test_no_proxy_and_loopback_go_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.test:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,.corp.example")
    assert network.proxy_for("https", "jira.corp.example") is None
    assert network.proxy_for("https", "corp.example") is None
    assert network.proxy_for("https", "127.0.0.1") is None
    assert network.proxy_for("https", "api.atlassian.com") == (
        "http://proxy.example.test:3128"
    )
    monkeypatch.setenv("NO_PROXY", "*")
    assert network.proxy_for("https", "api.atlassian.com") is None


def test_a_closed_port_and_a_name_that_does_not_resolve(only_loopback: None) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    refused = check(f"https://127.0.0.1:{port}")
    assert refused.tcp is not None
    assert "refused the connection" in refused.tcp.detail
    missing = check(f"https://{FAKE_HOST}")
    assert "does not resolve" in missing.dns.detail
    assert missing.tcp is None


def test_plain_http_on_loopback_skips_tls_and_says_so(tls_server: Server) -> None:
    result = check(f"http://127.0.0.1:{tls_server.port}")
    assert result.tls is not None
    assert "skipped: plain http://" in result.tls.detail
    assert result.issuer is None


def test_proxy_variables_lose_their_credentials() -> None:
    shown = facts.proxy_json(
        {
            "https_proxy": "http://ada:s3cret@proxy:8080",
            "HTTP_PROXY": "http://proxy:8080",
            "NO_PROXY": "localhost,.corp",
        }
    )
    assert shown == {
        "HTTPS_PROXY": "http://***@proxy:8080",
        "HTTP_PROXY": "http://proxy:8080",
        "ALL_PROXY": None,
        "NO_PROXY": "localhost,.corp",
    }


def test_certificate_variables_are_reported(tmp_path: Path) -> None:
    shown = facts.certificates_json(
        {"SSL_CERT_FILE": str(tmp_path / "missing.pem"), "SSL_CERT_DIR": str(tmp_path)}
    )
    assert shown["variables"]["SSL_CERT_FILE"]["exists"] is False
    notes = " ".join(facts.certificate_notes(shown))
    assert "DOES NOT EXIST" in notes
    assert "OS" in shown["store"] or "operating system" in shown["store"]


def test_scrub_masks_strings_at_any_depth() -> None:
    token = "ATATT3xFfGF0w1vyi5FlsrWwriNztTEGRjYYotyD0ral0kpHNB4rgZtpU8g"
    cleaned = scrub({"a": [{"b": f"saw {token}"}], "n": 3, "t": ("code=abc",)})
    assert token not in str(cleaned)
    assert cleaned["n"] == 3
    assert cleaned["t"] == ["code=***"]


def test_the_whole_report_offline_only_probes_the_endpoints_given(
    tls_server: Server, only_loopback: None
) -> None:
    endpoints = Endpoints(
        auth_url=f"https://127.0.0.1:{tls_server.port}",
        api_url=f"http://127.0.0.1:{tls_server.port}",
        allow_loopback_http=True,
    )
    report = asyncio.run(gather_report(endpoints, None, timeout=2.0))
    roles = [check["role"] for check in report["network"]]
    assert roles == ["Atlassian sign-in", "Atlassian API"]
    text = render_text(report)
    assert "Certificate issued by: " + ISSUER in text
    assert "Keychain" in text
    assert "Proxy" in text


def test_the_site_being_set_up_is_checked_too_and_only_once(
    tls_server: Server, only_loopback: None
) -> None:
    endpoints = Endpoints(
        auth_url=f"https://127.0.0.1:{tls_server.port}",
        api_url=f"http://127.0.0.1:{tls_server.port}",
        allow_loopback_http=True,
    )
    typed = f"https://{FAKE_HOST}"
    report = asyncio.run(gather_report(endpoints, None, site_url=typed, timeout=2.0))
    again = asyncio.run(
        gather_report(endpoints, None, site_url=endpoints.auth_url, timeout=2.0)
    )
    roles = [check["role"] for check in report["network"]]
    assert roles == ["Atlassian sign-in", "Atlassian API", "Site being set up"]
    site = report["network"][2]
    assert site["origin"] == typed
    assert not site["ok"]
    text = render_text(report)
    assert f"Site being set up: {typed}  [PROBLEM]" in text
    assert "Name lookup: FAILED" in text.split("Site being set up", 1)[1]
    assert len(again["network"]) == 2, "a site already checked is not checked twice"


# --- Versions -----------------------------------------------------------------------


def test_pyside6_is_read_from_its_metadata_without_loading_qt() -> None:
    probe = (
        "import json, sys\n"
        "from jira_wizard.diagnostics import facts\n"
        "product = facts.product()\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(json.dumps({'product': product, 'qt_modules': qt}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout)
    assert seen["qt_modules"] == [], "the report's facts load no Qt"
    assert seen["product"]["pyside6"] == metadata.version("PySide6-Essentials")
    assert seen["product"]["qt"] is None


def test_the_window_reports_qt_itself(qapp: Any) -> None:
    from PySide6.QtCore import qVersion

    product = facts.product()
    assert product["qt"] == qVersion()
    assert product["pyside6"] == metadata.version("PySide6-Essentials")


def _metadata_of(installed: dict[str, str]) -> Callable[[str], str]:
    def version(name: str) -> str:
        if name not in installed:
            raise metadata.PackageNotFoundError(name)
        return installed[name]

    return version


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        ({"PySide6": "6.8.1", "PySide6-Essentials": "6.8.1"}, "6.8.1"),
        ({"PySide6-Essentials": "6.9.0"}, "6.9.0"),
        ({}, None),
    ],
)
def test_either_pyside6_distribution_gives_the_version(
    installed: dict[str, str], expected: str | None
) -> None:
    assert facts.pyside6_version(_metadata_of(installed)) == expected


@pytest.mark.parametrize(
    ("frozen", "shown"),
    [(True, "(not recorded in this bundle)"), (False, "(not installed)")],
)
def test_a_missing_pyside6_version_says_why(frozen: bool, shown: str) -> None:
    endpoints = Endpoints(
        auth_url="https://auth.example.test", api_url="https://api.example.test"
    )
    report = asyncio.run(gather_report(endpoints, None, network=False))
    report["product"].update(frozen=frozen, pyside6=None, qt=None)
    program = render_text(report).split("\n\n")[1]
    assert re.search(r"^  PySide6: +" + re.escape(shown) + "$", program, re.M)
    assert re.search(r"^  Qt: +\(not loaded\)$", program, re.M)
