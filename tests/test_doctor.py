"""``jira-wizard doctor`` after every kind of failure: each cause named, no secret.

The commands run as separate processes against the sandbox and the real
Secret Service, with the sandbox's failure switches; the doctor then reads
the saved connections and the log file they left. Every host the doctor
checks is the sandbox's, on loopback.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

import pytest

from jira_wizard.sandbox import DEMO, Sandbox

WRONG_TOKEN = "ATATT3xFfGF0wrongWRONGwrong0123456789abcdefABCDEF=DEADBEEF"
PROXY_PASSWORD = "pr0xy-pa55word"


class Cli:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.env = {
            **os.environ,
            **sandbox.endpoints().environment(),
            # Set, so the report must show it without its password; the
            # sandbox is on loopback, which is never reached through it.
            "HTTPS_PROXY": f"http://bob:{PROXY_PASSWORD}@proxy.example.test:3128",
        }

    def __call__(
        self, *args: str, stdin: str = "", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "jira_wizard", "-vv", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            timeout=60,
            check=False,
        )

    def add(self, name: str, token: str, site: str = "acme") -> int:
        return self(
            "add", "api-token", "--name", name,
            "--site", self.sandbox.urls.sites[site],
            "--email", DEMO.email, "--token-stdin",
            stdin=token + "\n",
        ).returncode  # fmt: skip


def forms_of(secret: str) -> list[str]:
    """A secret as it could leak: plain, cut short, URL-encoded, in a Basic header."""
    pair = f"{DEMO.email}:{secret}".encode()
    return [
        secret,
        secret[:16],
        secret[-16:],
        quote(secret, safe=""),
        base64.b64encode(pair).decode(),
        base64.b64encode(pair).decode()[:24],
        base64.urlsafe_b64encode(pair).decode(),
    ]


@pytest.mark.real
def test_doctor_names_every_failure_and_leaks_no_secret(
    sandbox: Sandbox, store: object, isolated_dirs: Path
) -> None:
    cli = Cli(sandbox)

    # 401: a wrong token, while adding.
    assert cli.add("wrong", WRONG_TOKEN) == 1
    # A Server site: refused as not Jira Cloud.
    assert cli.add("legacy", DEMO.api_token, site="legacy") == 1
    # A good connection, then each failure of a saved one.
    assert cli.add("acme", DEMO.api_token) == 0
    sandbox.faults.fail_next(status=429, origin="site", retry_after=2)
    assert cli("test", "acme").returncode == 1
    sandbox.faults.fail_next(status=500, count=5, origin="site")
    assert cli("test", "acme").returncode == 1
    refused = cli(
        "test", "acme", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    )
    assert refused.returncode == 1
    sandbox.revoke_api_token(DEMO.api_token)
    assert cli("test", "acme").returncode == 1

    plain = cli("doctor")
    named = cli("doctor", "acme")
    as_json = cli("doctor", "acme", "--json")
    for run in (plain, named, as_json):
        assert run.returncode == 0, run.stderr
        everything = run.stdout + run.stderr
        for secret in (DEMO.api_token, WRONG_TOKEN, PROXY_PASSWORD):
            for form in forms_of(secret):
                assert form not in everything

    report = json.loads(as_json.stdout)
    problems = "\n".join(report["recent_problems"])
    for cause in (
        "InvalidCredentials",
        "NotJiraCloud",
        "RateLimited",
        "ServiceError",
        "KeychainUnavailable",
    ):
        assert cause in problems, f"{cause} is not named in {problems}"
        assert cause in named.stdout
    (acme,) = report["connections"]
    assert acme["last_error"].startswith("InvalidCredentials: ")
    assert report["keychain"]["secure"] is True
    assert report["proxy"]["HTTPS_PROXY"] == "http://***@proxy.example.test:3128"
    roles = {check["role"]: check for check in report["network"]}
    assert set(roles) == {"Atlassian sign-in", "Atlassian API", "Site of 'acme'"}
    for check in roles.values():
        assert check["ok"], check
        assert check["proxy"] is None, "loopback is never reached through a proxy"
        assert "plain http://" in check["tls"]["detail"]

    assert "Saved connections" in plain.stdout
    assert "Last error:" in named.stdout
    assert "Recent problems" in named.stdout
    # The log file itself holds no secret either.
    logs = "".join(p.read_text() for p in isolated_dirs.rglob("jira-wizard.log*"))
    assert "test failed: RateLimited" in logs
    for secret in (DEMO.api_token, WRONG_TOKEN):
        for form in forms_of(secret):
            assert form not in logs


@pytest.mark.real
def test_a_passing_fault_is_logged_but_not_kept_on_the_connection(
    sandbox: Sandbox, store: object
) -> None:
    cli = Cli(sandbox)
    assert cli.add("acme", DEMO.api_token) == 0
    sandbox.faults.fail_next(status=429, origin="site", retry_after=1)
    assert cli("test", "acme").returncode == 1
    report = json.loads(cli("doctor", "acme", "--json").stdout)
    assert report["connections"][0]["last_error"] is None
    assert "RateLimited" in report["recent_problems"][-1]


@pytest.mark.real
def test_a_success_clears_the_last_error(sandbox: Sandbox, store: object) -> None:
    cli = Cli(sandbox)
    assert cli.add("acme", DEMO.api_token) == 0
    sandbox.revoke_api_token(DEMO.api_token)
    assert cli("test", "acme").returncode == 1
    before = json.loads(cli("doctor", "acme", "--json").stdout)
    assert before["connections"][0]["last_error"].startswith("InvalidCredentials: ")
    sandbox.reset()  # the token is valid again
    assert cli("test", "acme").returncode == 0
    after = json.loads(cli("doctor", "acme", "--json").stdout)
    assert after["connections"][0]["last_error"] is None


def test_doctor_for_an_unknown_connection_is_one_line(sandbox: Sandbox) -> None:
    done = Cli(sandbox)("doctor", "nobody")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("jira-wizard: No saved")


def test_doctor_names_the_installed_pyside6_though_it_loads_no_qt(
    sandbox: Sandbox,
) -> None:
    cli = Cli(sandbox)
    as_text, as_json = cli("doctor"), cli("doctor", "--json")
    assert as_text.returncode == as_json.returncode == 0, as_text.stderr
    installed = metadata.version("PySide6-Essentials")
    product = json.loads(as_json.stdout)["product"]
    assert (product["pyside6"], product["qt"]) == (installed, None)
    assert re.search(rf"^  PySide6: +{re.escape(installed)}$", as_text.stdout, re.M)
    assert re.search(r"^  Qt: +\(not loaded\)$", as_text.stdout, re.M)
