"""The command line as a separate process, against the sandbox and the real keychain."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from jira_wizard.sandbox import DEMO, Sandbox


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(sandbox: Sandbox, store: object) -> CliRunner:
    # ``store`` makes sure the real Secret Service answers before any command
    # runs, and removes what the commands leave in it.
    return CliRunner(sandbox)


class CliRunner:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.env = {**os.environ, **sandbox.endpoints().environment()}
        self.runs: list[Run] = []

    def __call__(
        self, *args: str, stdin: str = "", env: dict[str, str] | None = None
    ) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "jira_wizard", "-vv", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            timeout=60,
            check=False,
        )
        run = Run(done.returncode, done.stdout, done.stderr)
        self.runs.append(run)
        return run

    def add(self, name: str, token: str, site: str = "acme", *extra: str) -> Run:
        return self(
            "add", "api-token", "--name", name,
            "--site", self.sandbox.urls.sites[site],
            "--email", DEMO.email, "--token-stdin", *extra,
            stdin=token + "\n",
        )  # fmt: skip


def basic(token: str) -> str:
    return "Basic " + base64.b64encode(f"{DEMO.email}:{token}".encode()).decode()


def one_line_reason(run: Run) -> str:
    lines = [line for line in run.err.splitlines() if line.startswith("jira-wizard:")]
    assert len(lines) == 1, run.err
    assert "Traceback" not in run.err
    return lines[0]


def test_add_list_test_credentials_remove(cli: CliRunner) -> None:
    added = cli.add("acme", DEMO.api_token, "acme", "--expires", "2099-01-01")
    assert added.code == 1
    assert "at most a year" in one_line_reason(added)

    added = cli.add("acme", DEMO.api_token)
    assert added.code == 0, added.err
    assert "Saved 'acme'" in added.out

    listed = cli("list", "--json")
    assert listed.code == 0
    [entry] = json.loads(listed.out)
    assert entry["name"] == "acme"
    assert entry["api_base_url"] == cli.sandbox.urls.sites["acme"]
    assert entry["account"]["display_name"] == DEMO.display_name
    assert "secret_ref" not in entry

    tested = cli("test", "acme")
    assert tested.code == 0
    assert DEMO.display_name in tested.out

    creds = cli("credentials", "acme", "--json")
    assert creds.code == 0
    assert json.loads(creds.out) == {
        "base_url": cli.sandbox.urls.sites["acme"],
        "authorization": basic(DEMO.api_token),
    }

    assert cli("remove", "acme").code == 0
    assert json.loads(cli("list", "--json").out) == []
    gone = cli("test", "acme")
    assert gone.code == 1
    assert "No saved connection" in one_line_reason(gone)


def test_a_token_with_scopes_works_through_the_gateway(cli: CliRunner) -> None:
    added = cli.add("scoped", DEMO.scoped_api_token, "acme", "--json")
    assert added.code == 0, added.err
    gateway = f"{cli.sandbox.urls.api_url}/ex/jira/{cli.sandbox.cloud_id('acme')}"
    assert json.loads(added.out)["api_base_url"] == gateway

    assert cli("test", "scoped").code == 0
    creds = json.loads(cli("credentials", "scoped", "--json").out)
    assert creds["base_url"] == gateway
    assert creds["authorization"] == basic(DEMO.scoped_api_token)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("wrong token", "did not accept this email address and API token"),
        ("server site", "Jira Cloud only"),
        ("unreachable", "online"),
        ("refused keychain", "secure system keychain"),
        ("not a url", "email address"),
    ],
)
def test_bad_input_saves_nothing(cli: CliRunner, case: str, words: str) -> None:
    site, token, env = cli.sandbox.urls.sites["acme"], DEMO.api_token, {}
    if case == "wrong token":
        token = "not-the-token"
    elif case == "server site":
        site = cli.sandbox.urls.sites["legacy"]
    elif case == "unreachable":
        site = f"http://127.0.0.1:{closed_port()}"
    elif case == "refused keychain":
        env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    elif case == "not a url":
        site = "ada@example.com"

    run = cli(
        "add", "api-token", "--name", "acme", "--site", site,
        "--email", DEMO.email, "--token-stdin", stdin=token, env=env,
    )  # fmt: skip
    assert run.code == 1
    assert words in one_line_reason(run)
    assert json.loads(cli("list", "--json").out) == []


def test_a_failed_replace_keeps_the_connection_working(cli: CliRunner) -> None:
    assert cli.add("acme", DEMO.api_token).code == 0
    before = cli("credentials", "acme", "--json").out

    failed = cli.add("acme", "not-the-token", "acme", "--replace")
    assert failed.code == 1
    refused = cli.add("acme", DEMO.scoped_api_token)
    assert refused.code == 1
    assert "exists already" in one_line_reason(refused)

    assert cli("credentials", "acme", "--json").out == before
    assert cli("test", "acme").code == 0

    replaced = cli.add("acme", DEMO.scoped_api_token, "acme", "--replace")
    assert replaced.code == 0
    assert json.loads(cli("credentials", "acme", "--json").out)[
        "authorization"
    ] == basic(DEMO.scoped_api_token)


def test_no_secret_in_any_output_or_file(cli: CliRunner, isolated_dirs: Path) -> None:
    wrong = "wrong-token-that-must-not-leak-0123456789"
    cli.add("acme", DEMO.api_token)
    cli.add("scoped", DEMO.scoped_api_token)
    cli.add("bad", wrong)
    cli.add("acme", wrong, "acme", "--replace")
    cli("list")
    cli("list", "--json")
    cli("test", "acme")
    cli("test", "scoped")
    cli("doctor", "acme")
    cli("remove", "scoped")
    cli("credentials", "acme")  # its stdout is the one place a secret belongs

    secrets = set()
    for token in (DEMO.api_token, DEMO.scoped_api_token, wrong):
        secrets |= {token, f"{DEMO.email}:{token}", basic(token).split()[1]}
    texts = [run.err for run in cli.runs] + [run.out for run in cli.runs[:-1]]
    texts += [
        path.read_text(errors="replace")
        for path in isolated_dirs.rglob("*")
        if path.is_file()
    ]
    assert any("DEBUG" in run.err for run in cli.runs), "DEBUG logging was not on"
    for text in texts:
        for secret in secrets:
            assert secret not in text
    assert basic(DEMO.api_token) in cli.runs[-1].out


def test_list_and_test_show_status_expiry_and_warnings(cli: CliRunner) -> None:
    today = date.today()
    soon = (today + timedelta(days=5)).isoformat()
    later = (today + timedelta(days=200)).isoformat()
    assert cli.add("soon", DEMO.api_token, "acme", "--expires", soon).code == 0
    assert cli.add("later", DEMO.api_token, "acme", "--expires", later).code == 0

    table = cli("list")
    assert table.code == 0
    header, *rows = table.out.splitlines()
    assert header.split() == ["NAME", "TYPE", "SITE", "ACCOUNT", "STATUS", "EXPIRES"]
    assert rows[0].split()[0] == "later"
    assert rows[0].split()[-2:] == ["working", later]
    assert rows[1].split()[0] == "soon"
    assert rows[1].split()[-3:] == ["expiring", "soon", soon]
    assert rows[2].startswith("soon: The API token expires on")
    assert "jira-wizard rotate soon --token-stdin" in rows[2]

    by_name = {c["name"]: c for c in json.loads(cli("list", "--json").out)}
    assert by_name["soon"]["status"] == "expiring"
    assert by_name["soon"]["urgent"] is True
    assert by_name["soon"]["expires"] == soon
    assert by_name["later"]["status"] == "working"
    assert by_name["later"]["expires"] == later

    tested = cli("test", "later")
    assert tested.code == 0
    assert f"The API token expires on {later} (in 200 days)." in tested.out
    assert "Warning" not in tested.out + tested.err

    tested = cli("test", "soon")
    assert tested.code == 0
    assert f"Urgent: The API token expires on {soon} (in 5 days)." in tested.out
    assert "https://id.atlassian.com/manage-profile/security/api-tokens" in tested.out

    as_json = cli("test", "soon", "--json")
    assert json.loads(as_json.out)["urgent"] is True
    assert "jira-wizard: warning: soon: The API token expires" in as_json.err
    creds = cli("credentials", "soon")
    assert creds.code == 0
    assert "jira-wizard: warning: soon:" in creds.err
