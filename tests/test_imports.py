"""What the command line loads: never Qt, and no HTTP stack where no request is made.

Each command runs in a fresh interpreter that reports afterwards which of the
heavy packages it imported, against the real Secret Service keychain. A
command that only reads (``credentials`` with a token still good, ``list``,
``remove``, ``--version``) must start in about the time it takes to read a
secret; ``scripts/bench`` measures that, and this file pins what it rests on.
``credentials`` with a good token goes further: it runs no event loop, so it
loads neither asyncio nor ``logging.handlers``, which a bare keychain read
does not load either.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import subprocess
import sys
from datetime import timedelta

import pytest

from jira_wizard.core.models import (
    Account,
    AuthType,
    Connection,
    Secret,
    SecretKind,
    utcnow,
)
from jira_wizard.storage.store import ConnectionStore

pytestmark = pytest.mark.real

QT = ("PySide6", "shiboken6")
HTTP = ("httpx", "httpcore", "h11", "anyio", "truststore")
SIGN_IN = ("jira_wizard.signin", "jira_wizard.atlassian", "jira_wizard.sandbox")
#: Beyond the floor of reading one secret with keyring: ``credentials`` with a
#: good token loads none of these.
BEYOND_A_KEYCHAIN_READ = ("asyncio", "logging.handlers")

#: Runs the command line in this interpreter and says what it imported.
PROBE = """
import contextlib, io, json, sys
from jira_wizard.cli.main import main
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
json.dump({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)},
          sys.stderr)
"""

Report = dict[str, object]

ACCOUNT = Account("5b10ac8d82e05b22cc7d4ef5", "Ada Lovelace", "ada@example.com")
API_TOKEN = "ATATT3xFfGF0" + "q9Wd" * 40
ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiJ9." + "c2FuZGJveA" * 20


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Report:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stderr
    report: Report = json.loads(done.stderr.strip().splitlines()[-1])
    return report


def loaded(report: Report, packages: tuple[str, ...]) -> list[str]:
    modules = report["modules"]
    assert isinstance(modules, list)
    return [
        m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)
    ]


def save(store: ConnectionStore, connection: Connection, **secrets: str) -> None:
    values = {SecretKind(kind): Secret(value) for kind, value in secrets.items()}
    asyncio.run(store.save(connection, values))


@pytest.fixture
def api_token(store: ConnectionStore) -> str:
    connection = Connection(
        name="token",
        auth_type=AuthType.API_TOKEN,
        site_url="https://acme.atlassian.net",
        cloud_id="0b6c3a1e-acme",
        api_base_url="https://acme.atlassian.net",
        account=ACCOUNT,
        secret_ref="",
        email=ACCOUNT.email,
    )
    save(store, connection, api_token=API_TOKEN)
    return connection.name


@pytest.fixture
def oauth(store: ConnectionStore) -> str:
    """An organization-app connection whose access token is good for an hour."""
    connection = Connection(
        name="signed-in",
        auth_type=AuthType.OAUTH_ORG,
        site_url="https://acme.atlassian.net",
        cloud_id="0b6c3a1e-acme",
        api_base_url="https://api.atlassian.com/ex/jira/0b6c3a1e-acme",
        account=ACCOUNT,
        secret_ref="",
        client_id="org-app",
        scopes=("read:jira-work", "offline_access"),
        access_token_expires_at=utcnow() + timedelta(hours=1),
    )
    save(store, connection, access_token=ACCESS_TOKEN, refresh_token="refresh-1")
    return connection.name


def test_credentials_for_an_api_token_load_neither_qt_nor_http(api_token: str) -> None:
    report = run("credentials", api_token)
    assert report["code"] == 0
    pair = base64.b64encode(f"{ACCOUNT.email}:{API_TOKEN}".encode()).decode()
    assert report["out"] == f"https://acme.atlassian.net\nBasic {pair}\n"
    assert loaded(report, QT) == []
    assert loaded(report, HTTP + SIGN_IN) == []
    assert loaded(report, BEYOND_A_KEYCHAIN_READ) == []


def test_credentials_with_a_good_access_token_make_no_request(oauth: str) -> None:
    report = run("credentials", oauth, "--json")
    assert report["code"] == 0
    out = report["out"]
    assert isinstance(out, str)
    assert json.loads(out)["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert loaded(report, QT) == []
    assert loaded(report, HTTP + SIGN_IN) == []
    assert loaded(report, BEYOND_A_KEYCHAIN_READ) == []


@pytest.mark.parametrize("args", [("list",), ("list", "--json"), ("--version",)])
def test_reading_commands_load_neither_qt_nor_http(
    api_token: str, args: tuple[str, ...]
) -> None:
    report = run(*args)
    assert report["code"] == 0
    assert report["out"], "the command printed something"
    assert loaded(report, QT) == []
    assert loaded(report, HTTP + SIGN_IN) == []


def test_remove_loads_neither_qt_nor_http(
    api_token: str, store: ConnectionStore
) -> None:
    report = run("remove", api_token)
    assert report["code"] == 0
    assert store.list() == []
    assert loaded(report, QT) == []
    assert loaded(report, HTTP + SIGN_IN) == []


def test_the_probe_sees_what_a_network_command_loads() -> None:
    # The same probe on a command that goes on the network (to a loopback
    # port nothing listens on): proof that an empty list above means "not
    # imported", not "not reported".
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        site = f"http://127.0.0.1:{unused.getsockname()[1]}"
    report = run(
        "add", "api-token", "--name", "nowhere", "--site", site,
        "--email", ACCOUNT.email or "", "--token-stdin",
        stdin=API_TOKEN + "\n",
        env={"JIRA_WIZARD_ALLOW_LOOPBACK_HTTP": "1"},
    )  # fmt: skip
    assert report["code"] == 1, "nothing answers there"
    assert loaded(report, HTTP) != []
    assert loaded(report, ("asyncio",)) != []
    assert loaded(report, QT) == []
