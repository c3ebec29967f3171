"""Failure switches, admin endpoints, logging and ``serve``, over real sockets."""

from __future__ import annotations

import io
import json
import logging
import re
import socket
import threading
import time
from datetime import datetime

import httpx
import pytest

from jira_wizard.core.errors import InputError
from jira_wizard.sandbox import DEMO, Sandbox, serve
from tests.fixtures.sandbox import authorize_params, exchange, refresh, sign_in


def tenant_info(
    sandbox_client: httpx.Client, sandbox: Sandbox, site: str = "acme"
) -> httpx.Response:
    return sandbox_client.get(f"{sandbox.urls.sites[site]}/_edge/tenant_info")


def test_latency_delays_answers(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    sandbox.faults.latency = 0.3
    started = time.monotonic()
    assert tenant_info(sandbox_client, sandbox).status_code == 200
    assert time.monotonic() - started >= 0.3


def test_latency_per_origin(sandbox: Sandbox) -> None:
    sandbox.faults.set_latency(0.5, "site")
    sandbox.faults.set_latency(0.1, "beta")
    assert sandbox.faults.delay_for("acme") == 0.5
    assert sandbox.faults.delay_for("beta") == 0.1
    assert sandbox.faults.delay_for("auth") == 0.0


def test_fail_next_429_has_atlassian_rate_limit_headers(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.fail_next(status=429, count=1, origin="site", retry_after=2)
    limited = tenant_info(sandbox_client, sandbox)
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "2"
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    reset = limited.headers["X-RateLimit-Reset"]
    assert datetime.fromisoformat(reset.replace("Z", "+00:00"))
    assert limited.json()["errorMessages"]
    assert tenant_info(sandbox_client, sandbox).status_code == 200


def test_fail_next_counts_and_targets_an_origin(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.fail_next(status=503, count=2, origin="beta")
    assert tenant_info(sandbox_client, sandbox, "acme").status_code == 200
    assert tenant_info(sandbox_client, sandbox, "beta").status_code == 503
    assert tenant_info(sandbox_client, sandbox, "beta").status_code == 503
    assert tenant_info(sandbox_client, sandbox, "beta").status_code == 200


def test_fail_next_path_prefix(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    sandbox.faults.fail_next(status=500, origin="any", path="/rest/")
    assert tenant_info(sandbox_client, sandbox).status_code == 200
    info = sandbox_client.get(f"{sandbox.urls.sites['acme']}/rest/api/3/serverInfo")
    assert info.status_code == 500
    assert info.json() == {"errorMessages": ["Internal server error"], "errors": {}}


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (401, {"error": "access_denied", "error_description": "Unauthorized"}),
        (
            403,
            {
                "error": "invalid_grant",
                "error_description": "Unknown or invalid refresh token.",
            },
        ),
    ],
)
def test_auth_origin_faults_use_oauth_error_bodies(
    sandbox: Sandbox, sandbox_client: httpx.Client, status: int, body: dict[str, str]
) -> None:
    sandbox.faults.fail_next(status=status, origin="auth", path="/oauth/token")
    answer = sandbox_client.post(f"{sandbox.urls.auth_url}/oauth/token", json={})
    assert answer.status_code == status
    assert answer.json() == body


def test_html_error_page_instead_of_json(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.fail_next(status=502, origin="api", body="html")
    answer = sandbox_client.get(
        f"{sandbox.urls.api_url}/oauth/token/accessible-resources"
    )
    assert answer.status_code == 502
    assert answer.headers["Content-Type"].startswith("text/html")
    with pytest.raises(json.JSONDecodeError):
        answer.json()


def test_truncated_json_keeps_the_real_status_and_side_effects(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    tokens = sign_in(sandbox)
    sandbox.faults.fail_next(origin="auth", path="/oauth/token", body="truncated")
    answer = refresh(sandbox_client, sandbox, tokens["refresh_token"])
    assert answer.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.text)
    # The refresh happened; only its answer was lost on the way.
    assert sandbox.refresh_count == 1


def test_blocked_app_shows_an_admin_page(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.blocked_app = True
    answer = sandbox_client.get(
        f"{sandbox.urls.auth_url}/authorize", params=authorize_params()
    )
    assert answer.status_code == 403
    assert "Location" not in answer.headers
    assert "Your admin has blocked this app" in answer.text


def test_unregistered_redirect_switch(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.unregistered_redirect = True
    answer = sandbox_client.get(
        f"{sandbox.urls.auth_url}/authorize", params=authorize_params()
    )
    assert answer.status_code == 400
    assert "redirect_uri is not registered for client" in answer.text


def test_empty_site_list(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    tokens = sign_in(sandbox)
    sandbox.faults.empty_sites = True
    answer = sandbox_client.get(
        f"{sandbox.urls.api_url}/oauth/token/accessible-resources",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert answer.status_code == 200
    assert answer.json() == []


def test_reset_turns_every_switch_off(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.latency = 5
    sandbox.faults.blocked_app = True
    sandbox.faults.fail_next(status=500, count=3)
    sandbox.access_token_lifetime = 10
    sandbox.advance(100)
    sandbox.reset()
    assert tenant_info(sandbox_client, sandbox).status_code == 200
    state = sandbox_client.get(f"{sandbox.urls.auth_url}/_sandbox/state").json()
    assert state["faults"]["latency"] == 0
    assert state["faults"]["blocked_app"] is False
    assert state["faults"]["fail_next"] == []
    assert state["clock_offset"] == 0
    assert state["access_token_lifetime"] == 3600


@pytest.mark.parametrize(
    "bad",
    [
        {"status": 99},
        {"count": 0},
        {"origin": "moon"},
        {"body": "xml"},
        {"path": "no-slash"},
        {"retry_after": -1},
        {"status": 200, "body": "json"},
    ],
)
def test_fail_next_rejects_nonsense(sandbox: Sandbox, bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="must"):
        sandbox.faults.fail_next(**bad)  # type: ignore[arg-type]


def test_admin_endpoint_flips_switches(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    admin = f"{sandbox.urls.auth_url}/_sandbox/faults"
    answer = sandbox_client.post(
        admin,
        json={
            "blocked_app": True,
            "empty_sites": True,
            "latency_by_origin": {"api": 0.2},
            "fail_next": {"status": 429, "origin": "site", "retry_after": 3},
            "access_token_lifetime": 120,
        },
    )
    assert answer.status_code == 200
    faults = answer.json()["faults"]
    assert faults["blocked_app"] is True
    assert faults["empty_sites"] is True
    assert faults["latency_by_origin"] == {"api": 0.2}
    assert sandbox.faults.blocked_app is True
    assert sandbox.access_token_lifetime == 120
    limited = tenant_info(sandbox_client, sandbox)
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "3"


def test_admin_endpoint_is_exempt_from_faults(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.fail_next(status=500, count=5, origin="auth")
    answer = sandbox_client.post(
        f"{sandbox.urls.auth_url}/_sandbox/faults", json={"clear_failures": True}
    )
    assert answer.status_code == 200
    assert answer.json()["faults"]["fail_next"] == []
    assert sandbox_client.get(sandbox.urls.start_page_url).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"bogus": 1},
        {"blocked_app": "yes"},
        {"latency": -1},
        {"access_token_lifetime": 0},
    ],
)
def test_admin_endpoint_rejects_bad_switches_whole(
    sandbox: Sandbox, sandbox_client: httpx.Client, body: dict[str, object]
) -> None:
    answer = sandbox_client.post(
        f"{sandbox.urls.auth_url}/_sandbox/faults", json={"empty_sites": True, **body}
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_request"
    assert sandbox.faults.empty_sites is False


def test_admin_state_counts_refreshes_and_shows_no_token(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    tokens = sign_in(sandbox)
    assert refresh(sandbox_client, sandbox, tokens["refresh_token"]).status_code == 200
    text = sandbox_client.get(f"{sandbox.urls.auth_url}/_sandbox/state").text
    state = json.loads(text)
    assert state["refresh_count"] == 1
    assert [g["refresh_count"] for g in state["grants"]] == [1]
    assert tokens["refresh_token"] not in text
    assert tokens["access_token"] not in text
    assert state["urls"]["sites"] == sandbox.urls.sites


def test_admin_clock_and_reset(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    auth = sandbox.urls.auth_url
    moved = sandbox_client.post(f"{auth}/_sandbox/clock", json={"advance": 30})
    assert moved.json()["clock_offset"] == 30
    assert (
        sandbox_client.post(f"{auth}/_sandbox/clock", json={"advance": -1}).status_code
        == 400
    )
    sandbox.faults.blocked_app = True
    reset = sandbox_client.post(f"{auth}/_sandbox/reset").json()
    assert reset["clock_offset"] == 0
    assert reset["faults"]["blocked_app"] is False


def test_start_page_lists_what_to_type(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    page = sandbox_client.get(sandbox.urls.start_page_url)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    for value in (
        sandbox.urls.sites["acme"],
        sandbox.urls.sites["beta"],
        sandbox.urls.sites["legacy"],
        DEMO.email,
        DEMO.api_token,
        DEMO.scoped_api_token,
        DEMO.org_client_id,
        DEMO.org_client_secret,
        DEMO.own_client_id,
        DEMO.own_client_secret,
        DEMO.callback_url,
        "Failure switches",
    ):
        assert value in page.text


def test_start_page_switch_needs_the_page_key(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    page = sandbox_client.get(sandbox.urls.start_page_url).text
    key = re.search(r"name='key' value='([^']+)'", page)
    assert key
    switch = f"{sandbox.urls.auth_url}/_sandbox/switch"
    forged = sandbox_client.post(
        switch, data={"key": "guess", "switch": "blocked_app", "value": "on"}
    )
    assert forged.status_code == 400
    assert sandbox.faults.blocked_app is False
    flipped = sandbox_client.post(
        switch, data={"key": key.group(1), "switch": "blocked_app", "value": "on"}
    )
    assert flipped.status_code == 303
    assert sandbox.faults.blocked_app is True
    assert (
        "<span class='on'>on</span>"
        in sandbox_client.get(sandbox.urls.start_page_url).text
    )


def test_logs_hold_no_query_and_stderr_stays_quiet(
    sandbox: Sandbox,
    sandbox_client: httpx.Client,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG, logger="jira_wizard.sandbox")
    tokens = sign_in(sandbox, state="secret-state-value")
    exchange(sandbox_client, sandbox, "made-up-code")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET /authorize -> 200" in logged
    assert "POST /oauth/token -> 200" in logged
    for secret in (
        "secret-state-value",
        tokens["access_token"],
        "made-up-code",
        "code=",
    ):
        assert secret not in logged
    assert capfd.readouterr().err == ""


def test_port_in_use_says_what_to_do() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match="--port"):
            Sandbox(base_port=port).start()


def test_serve_prints_the_demo_values_and_stops() -> None:
    out = io.StringIO()
    stop = threading.Event()
    runner = threading.Thread(target=serve, args=(0, out), kwargs={"stop": stop})
    runner.start()
    deadline = time.monotonic() + 10
    while "JIRA_WIZARD_ALLOW_LOOPBACK_HTTP" not in out.getvalue():
        assert time.monotonic() < deadline, "serve printed nothing"
        time.sleep(0.01)
    text = out.getvalue()
    start_page = re.search(r"Start page \(open it in a browser\): (\S+)", text)
    assert start_page
    assert httpx.get(start_page.group(1)).status_code == 200
    stop.set()
    runner.join(timeout=10)
    assert not runner.is_alive()
    for value in (DEMO.email, DEMO.api_token, DEMO.org_client_id, "Ctrl-C"):
        assert value in text
    assert out.getvalue().endswith("The sandbox has stopped.\n")
