"""``add oauth`` and OAuth ``credentials`` as separate processes, against the sandbox.

The "browser" here is a plain HTTP client that follows the printed link the
way a person's browser would: it loads the consent page, chooses Allow for a
site, and follows Atlassian's redirect to the command's loopback server.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.storage.store import ConnectionStore
from tests.fixtures.sandbox import http_client
from tests.test_api import environment, org_app, save_oauth

CLIENT_ID = "cli-own-app"
CLIENT_SECRET = "cli-own-app-secret-7Yx0qLm2"
_CONSENT_ID = re.compile(r'name="consent_id" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def env(sandbox: Sandbox, store: object) -> dict[str, str]:
    return {**os.environ, **sandbox.endpoints().environment()}


def start(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "jira_wizard", "-vv", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write(stdin)
    process.stdin.close()
    process.stdin = None  # so that communicate() does not flush it again
    return process


def printed_link(process: subprocess.Popen[str], seen: list[str]) -> str:
    assert process.stderr is not None
    for line in process.stderr:
        seen.append(line)
        if line.startswith("  http"):
            return line.strip()
    raise AssertionError("no link was printed:\n" + "".join(seen))


def consent(link: str, sandbox: Sandbox, decision: str = "allow") -> None:
    """What a person does in the browser: Allow (or Deny) for acme."""
    with http_client() as browser:
        page = browser.get(link)
        assert page.status_code == 200, page.text
        match = _CONSENT_ID.search(page.text)
        assert match
        answer = browser.post(
            f"{sandbox.urls.auth_url}/authorize/consent",
            data={
                "consent_id": match.group(1),
                "decision": decision,
                "site": sandbox.cloud_id("acme"),
            },
        )
        assert answer.status_code == 302
        landing = browser.get(answer.headers["Location"])
        assert landing.status_code in (200, 400)


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jira_wizard", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_own_app_sign_in_then_credentials_refresh(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    port = free_port()
    sandbox.register_app(CLIENT_ID, CLIENT_SECRET, f"http://localhost:{port}/callback")
    # Shorter than the refresh margin, so every use of the token renews it.
    sandbox.access_token_lifetime = 30
    process = start(
        env,
        "add", "oauth", "--name", "mine", "--site", sandbox.urls.sites["acme"],
        "--client-id", CLIENT_ID, "--client-secret-stdin", "--port", str(port),
        "--no-browser", "--json",
        stdin=CLIENT_SECRET + "\n",
    )  # fmt: skip
    seen: list[str] = []
    consent(printed_link(process, seen), sandbox)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, "".join(seen) + err
    saved = json.loads(out)
    assert saved["auth_type"] == "oauth_own"
    assert saved["client_id"] == CLIENT_ID
    assert saved["api_base_url"].endswith(f"/ex/jira/{sandbox.cloud_id('acme')}")
    assert "offline_access" in saved["scopes"]

    before = sandbox.refresh_count
    first = json.loads(run(env, "credentials", "mine", "--json").stdout)
    second = json.loads(run(env, "credentials", "mine", "--json").stdout)
    assert sandbox.refresh_count == before + 2
    assert first["authorization"].startswith("Bearer ")
    assert first["authorization"] != second["authorization"]
    with httpx.Client() as client:
        me = client.get(
            f"{second['base_url']}/rest/api/3/myself",
            headers={"Authorization": second["authorization"]},
        )
    assert me.status_code == 200
    assert me.json()["displayName"] == DEMO.display_name

    tested = run(env, "test", "mine")
    assert tested.returncode == 0, tested.stderr
    assert DEMO.display_name in tested.stdout
    for text in (out, err, "".join(seen), tested.stdout, tested.stderr):
        assert CLIENT_SECRET not in text


def test_organization_app_from_the_policy_file(
    sandbox: Sandbox, env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    sandbox.register_app(
        "org-app-cli", "org-secret-Qw3", f"http://localhost:{port}/callback"
    )
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[organization_app]\nclient_id = "org-app-cli"\n'
        f'client_secret = "org-secret-Qw3"\ncallback_port = {port}\n'
    )
    process = start(
        env,
        "--policy", str(policy),
        "add", "oauth", "--name", "org", "--site", sandbox.urls.sites["acme"],
        "--no-browser",
    )  # fmt: skip
    seen: list[str] = []
    link = printed_link(process, seen)
    query = parse_qs(urlsplit(link).query)
    assert query["client_id"] == ["org-app-cli"]
    assert query["redirect_uri"] == [f"http://localhost:{port}/callback"]
    consent(link, sandbox)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Saved 'org'" in out
    listed = json.loads(run(env, "list", "--json").stdout)
    assert [c["auth_type"] for c in listed] == ["oauth_org"]


def test_deny_ends_with_a_reason_and_saves_nothing(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    port = free_port()
    sandbox.register_app(CLIENT_ID, CLIENT_SECRET, f"http://localhost:{port}/callback")
    process = start(
        env,
        "add", "oauth", "--name", "mine", "--site", sandbox.urls.sites["acme"],
        "--client-id", CLIENT_ID, "--client-secret-stdin", "--port", str(port),
        "--no-browser",
        stdin=CLIENT_SECRET + "\n",
    )  # fmt: skip
    seen: list[str] = []
    consent(printed_link(process, seen), sandbox, decision="deny")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    reason = [line for line in err.splitlines() if line.startswith("jira-wizard:")]
    assert len(reason) == 1
    assert "Traceback" not in err
    assert json.loads(run(env, "list", "--json").stdout) == []


def test_organization_app_missing_is_explained(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    done = run(
        {**env, "HOME": env.get("HOME", "")},
        "add", "oauth", "--name", "org", "--site", sandbox.urls.sites["acme"],
        "--no-browser",
    )  # fmt: skip
    assert done.returncode == 1
    assert "organization's app is not set up" in done.stderr


def reason(done: subprocess.CompletedProcess[str]) -> str:
    lines = [
        line for line in done.stderr.splitlines() if line.startswith("jira-wizard:")
    ]
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_a_lapsed_sign_in_says_how_to_renew_and_signing_in_again_works(
    sandbox: Sandbox, store: ConnectionStore, tmp_path: Path
) -> None:
    app = org_app(sandbox, tmp_path)
    save_oauth(store, sandbox, app, expired=True)
    env = environment(sandbox, app)
    sandbox.advance(91 * 86400)  # 90 days unused: Atlassian lets the grant lapse

    refused = run(env, "credentials", "acme")
    assert refused.returncode == 1
    first = reason(refused)
    assert "sign in again" in first
    assert "Run: jira-wizard add oauth --name acme --replace" in first
    [listed] = json.loads(run(env, "list", "--json").stdout)
    assert listed["status"] == "needs_sign_in"
    assert "jira-wizard add oauth --name acme --replace" in run(env, "list").stdout

    # Later calls fail at once, without asking Atlassian: there is no
    # Atlassian to ask at this address.
    nowhere = {**env, "JIRA_WIZARD_AUTH_URL": f"http://127.0.0.1:{free_port()}"}
    assert reason(run(nowhere, "credentials", "acme")) == first
    assert reason(run(nowhere, "test", "acme")) == first

    # Signing in again keeps the name and takes site, app and scopes from it.
    process = start(env, "add", "oauth", "--name", "acme", "--replace", "--no-browser")
    seen: list[str] = []
    link = printed_link(process, seen)
    assert parse_qs(urlsplit(link).query)["client_id"] == [app.client_id]
    consent(link, sandbox)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, "".join(seen) + err
    assert "Saved 'acme'" in out
    assert "Signing in again to" in "".join(seen)

    creds = run(env, "credentials", "acme", "--json")
    assert creds.returncode == 0, creds.stderr
    renewed = json.loads(creds.stdout)
    with httpx.Client() as client:
        me = client.get(
            f"{renewed['base_url']}/rest/api/3/myself",
            headers={"Authorization": renewed["authorization"]},
        )
    assert me.status_code == 200
    [listed] = json.loads(run(env, "list", "--json").stdout)
    assert listed["status"] == "working"


def test_policy_option_wins_over_the_environment(
    sandbox: Sandbox, store: ConnectionStore, tmp_path: Path
) -> None:
    app = org_app(sandbox, tmp_path)
    save_oauth(store, sandbox, app, expired=True)
    broken = tmp_path / "broken.toml"
    broken.write_text("[organization_app]\nclient_id = 5\n")
    env = {**environment(sandbox, app), "JIRA_WIZARD_POLICY": str(broken)}

    failed = run(env, "credentials", "acme")
    assert failed.returncode == 1
    assert str(broken) in reason(failed)

    done = run(env, "--policy", str(app.policy), "credentials", "acme")
    assert done.returncode == 0, done.stderr
    assert sandbox.refresh_count == 1


def test_a_new_connection_needs_a_site(sandbox: Sandbox, env: dict[str, str]) -> None:
    done = run(env, "add", "oauth", "--name", "fresh", "--no-browser")
    assert done.returncode == 1
    assert "--site is needed" in reason(done)
