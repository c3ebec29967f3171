"""How long the wizard's event loop stalls during a whole OAuth connect.

The embedded sandbox answers every request 300 ms late, as a distant
Atlassian would. The wizard runs in its own process (``heartbeat_child``) with
the real service and the real keychain; this process plays the browser over
plain HTTP: it loads the consent page, allows it, and follows the redirect to
the wizard's callback server, as a browser on the same computer would.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import tempfile
import threading
from http.client import HTTPConnection
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from benchmarks import processes
from benchmarks.report import Figure, Goal, percentile
from jira_wizard.core.oauth import callback_url
from jira_wizard.sandbox import Sandbox

LATENCY = 0.3
GOAL = Goal(50.0, of_ratio=False, aim=16.0)
NAME = "bench-heartbeat"
CLIENT_ID = "bench-organization-app"
CLIENT_SECRET = "bench-organization-secret-" + "x7Kq" * 6
_CONSENT_ID = re.compile(r'name="consent_id" value="([^"]+)"')
PAGE_NAMES = {1: "way", 2: "site", 3: "scopes", 4: "sign-in", 5: "check", 6: "save"}


def measure() -> list[Figure]:
    port = _free_port()
    with Sandbox() as sandbox, tempfile.TemporaryDirectory() as folder:
        sandbox.register_app(CLIENT_ID, CLIENT_SECRET, callback_url(port))
        sandbox.faults.set_latency(LATENCY)
        policy = Path(folder) / "policy.toml"
        policy.write_text(
            f'[organization_app]\nclient_id = "{CLIENT_ID}"\n'
            f'client_secret = "{CLIENT_SECRET}"\ncallback_port = {port}\n'
        )
        env = processes.environment(
            QT_QPA_PLATFORM="offscreen", **sandbox.endpoints().environment()
        )
        try:
            result = _drive(env, sandbox, policy)
        finally:
            sandbox.faults.set_latency(0.0)
            processes.run(
                [processes.PYTHON, "-m", "jira_wizard", "remove", NAME], env=env
            )
    return [_figure(result)]


def _drive(env: dict[str, str], sandbox: Sandbox, policy: Path) -> dict[str, Any]:
    site = sandbox.urls.sites["acme"]
    argv = [processes.PYTHON, "-m", "benchmarks.heartbeat_child", NAME, site]
    child = subprocess.Popen(
        [*argv, str(policy)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=processes.ROOT,
    )
    timer = threading.Timer(90, child.kill)
    timer.start()
    errors: list[str] = []
    try:
        result = _follow(child, sandbox.cloud_id("acme"), errors)
    finally:
        timer.cancel()
        _, err = child.communicate()
    if result is None or errors:
        raise RuntimeError(f"the connect failed: {errors} {err.strip()[-1500:]}")
    if "error" in result:
        raise RuntimeError(f"the connect failed: {result['error']} {err[-1500:]}")
    return result


def _follow(
    child: subprocess.Popen[str], cloud_id: str, errors: list[str]
) -> dict[str, Any] | None:
    """Read the child's lines: play the browser for each link, return the result."""
    assert child.stdout is not None
    for line in child.stdout:
        try:
            message = json.loads(line)
        except ValueError:
            continue
        if "open" in message:
            url = message["open"]
            browser = threading.Thread(
                target=_browse, args=(url, cloud_id, errors), daemon=True
            )
            browser.start()
        elif "result" in message:
            result: dict[str, Any] = message["result"]
            return result
    return None


def _browse(authorization_url: str, cloud_id: str, errors: list[str]) -> None:
    try:
        status, _, page = _request("GET", authorization_url)
        found = _CONSENT_ID.search(page)
        if status != 200 or not found:
            raise RuntimeError(f"the consent page answered {status}")
        parts = urlsplit(authorization_url)
        form = {"consent_id": found.group(1), "decision": "allow", "site": cloud_id}
        consent = f"{parts.scheme}://{parts.netloc}/authorize/consent"
        status, location, _ = _request("POST", consent, form)
        if status != 302 or not location:
            raise RuntimeError(f"the consent answered {status}")
        status, _, _ = _request("GET", location)
        if status != 200:
            raise RuntimeError(f"the callback answered {status}")
    except Exception as error:
        errors.append(f"browser: {type(error).__name__}: {error}")


def _request(
    method: str, url: str, form: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """One request, redirects not followed: status, Location and body."""
    parts = urlsplit(url)
    connection = HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    body = urlencode(form) if form is not None else None
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if form else {}
    try:
        connection.request(method, target, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        return response.status, response.getheader("Location") or "", text
    finally:
        connection.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _figure(result: dict[str, Any]) -> Figure:
    raw = [float(ms) for ms in result["gaps_ms"]]
    waited = [float(ms) for ms in result["waited_ms"]]
    own = [gap - wait for gap, wait in zip(raw, waited, strict=True)]
    longest_raw = max(range(len(raw)), key=raw.__getitem__)
    figure = Figure(
        "longest UI stall in an OAuth connect",
        max(own),
        "ms",
        goal=GOAL,
        detail=(
            f"p99 {percentile(own, 0.99):.1f} ms; {len(own)} beats in "
            f"{result['seconds']:.1f} s"
        ),
    )
    worst = ", ".join(
        f"{gap['ms'] - gap['waited']:.0f} ms on "
        f"{PAGE_NAMES.get(gap['page'], 'done')} (the UI thread running "
        f"{gap['ran']:.0f} ms of it)"
        for gap in result["longest"]
    )
    figure.notes.append(
        f"{LATENCY * 1000:.0f} ms latency on every sandbox request; organization "
        f"app; real keychain; a 5 ms timer. A gap counts less the time the UI "
        f"thread sat runnable without a processor (/proc schedstat): the "
        f"longest raw gap was {raw[longest_raw]:.0f} ms, "
        f"{waited[longest_raw]:.0f} ms of it waiting for a processor. The "
        f"longest stalls: {worst}"
    )
    stalled = "; ".join(f"{where} ({count})" for where, count in result["stalled_in"])
    others = "; ".join(f"{where} ({count})" for where, count in result["others_in"])
    if stalled:
        figure.notes.append(
            "where the UI thread was during stalls over 15 ms (samples every "
            f"2 ms): {stalled}; the other threads: {others}"
        )
    return figure
