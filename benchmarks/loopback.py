"""The loopback callback server: from the browser's request to its response page.

A real HTTP client plays the browser, over a new connection per request as a
browser coming back from Atlassian does: 200 callbacks that belong to no
sign-in (a wrong ``state``, answered with an error page), then the right one.
Each is timed from opening the connection to the last byte of the page. The
server runs in its own process, on plain asyncio (the command line) and on
the Qt event loop through qasync (the wizard).
"""

from __future__ import annotations

import json
import subprocess
import time
from http.client import HTTPConnection
from urllib.parse import urlencode

from benchmarks import processes
from benchmarks.report import Figure, median, percentile

WRONG = 200


def measure() -> list[Figure]:
    return [_measure_on(loop) for loop in ("asyncio", "qasync")]


def _measure_on(loop: str) -> Figure:
    env = processes.environment(QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [processes.PYTHON, "-m", "benchmarks.loopback_child", loop],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=processes.ROOT,
    )
    try:
        assert child.stdout is not None
        ready = json.loads(child.stdout.readline() or "{}")
        if "port" not in ready:
            raise RuntimeError(f"the callback server did not start: {_err(child)}")
        port, state = int(ready["port"]), str(ready["state"])
        wrong = [_timed(port, "not-the-state", 400) for _ in range(WRONG)]
        right = _timed(port, state, 200)
        done = json.loads(child.stdout.readline() or "{}")
        if not done.get("code"):
            raise RuntimeError(f"the right callback was not taken: {_err(child)}")
    finally:
        child.kill()
        child.communicate()
    every = [*wrong, right]
    return Figure(
        f"loopback callback, request to page ({loop})",
        median(every),
        "ms",
        detail=(
            f"p99 {percentile(every, 0.99):.2f} ms, max {max(every):.2f} ms, "
            f"the sign-in's own {right:.2f} ms; {len(every)} requests"
        ),
    )


def _timed(port: int, state: str, expected: int) -> float:
    """Milliseconds from connecting to the end of the page for one callback."""
    query = urlencode({"code": "bench-code", "state": state})
    started = time.perf_counter()
    connection = HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", f"/callback?{query}")
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    took = (time.perf_counter() - started) * 1000
    if response.status != expected:
        raise RuntimeError(f"a callback answered {response.status}, not {expected}")
    return took


def _err(child: subprocess.Popen[str]) -> str:
    child.kill()
    _, err = child.communicate()
    return err.strip()[-800:]
