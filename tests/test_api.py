"""The Python API other programs use, against the sandbox and the real keychain.

An external script (run with this Python, as a separate program) calls Jira
through ``jira_client`` across an access token's expiry; the asynchronous API
and the synchronous one inside a running event loop are used in-process.
The helpers at the top save connections for the refresh and rotation tests too.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Coroutine, Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from jira_wizard.api import (
    InvalidGrant,
    JiraAuth,
    async_jira_client,
    jira_client,
    load_connection,
)
from jira_wizard.core.models import (
    Account,
    AuthType,
    Connection,
    Secret,
    SecretKind,
    utcnow,
)
from jira_wizard.core.policy import load_policy
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.storage.store import ConnectionStore
from tests.fixtures.sandbox import (
    DEFAULT_SCOPES,
    authorization_code,
    exchange,
    http_client,
)

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class OrgApp:
    """An organization app registered with the sandbox, and its policy file."""

    client_id: str
    client_secret: str
    port: int
    policy: Path

    @property
    def redirect_uri(self) -> str:
        return f"http://localhost:{self.port}/callback"


def org_app(sandbox: Sandbox, folder: Path) -> OrgApp:
    tag = uuid.uuid4().hex[:8]
    (folder / "policy").mkdir(exist_ok=True)
    policy = folder / "policy" / "policy.toml"
    app = OrgApp(f"org-{tag}", f"org-secret-{tag}-Zq8", free_port(), policy)
    sandbox.register_app(app.client_id, app.client_secret, app.redirect_uri)
    app.policy.write_text(
        f'[organization_app]\nclient_id = "{app.client_id}"\n'
        f'client_secret = "{app.client_secret}"\ncallback_port = {app.port}\n'
    )
    return app


def environment(sandbox: Sandbox, app: OrgApp | None = None) -> dict[str, str]:
    """What a program needs to use the sandbox (and the app's policy file)."""
    env = {**os.environ, **sandbox.endpoints().environment()}
    if app is not None:
        env["JIRA_WIZARD_POLICY"] = str(app.policy)
    return env


def use_sandbox(
    monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, app: OrgApp | None = None
) -> None:
    """The same environment for the API used in this process."""
    for key, value in environment(sandbox, app).items():
        if key.startswith("JIRA_WIZARD_"):
            monkeypatch.setenv(key, value)


def save_oauth(
    store: ConnectionStore,
    sandbox: Sandbox,
    app: OrgApp,
    name: str = "acme",
    *,
    expired: bool = False,
) -> tuple[Connection, dict[str, Any]]:
    """Sign in with the organization app as a browser would, and save it."""
    with http_client() as browser:
        code = authorization_code(
            browser, sandbox, client_id=app.client_id, redirect_uri=app.redirect_uri
        )
        answer = exchange(
            browser,
            sandbox,
            code,
            client_id=app.client_id,
            client_secret=app.client_secret,
            redirect_uri=app.redirect_uri,
        )
    assert answer.status_code == 200, answer.text
    tokens: dict[str, Any] = answer.json()
    now = utcnow()
    lifetime = timedelta(seconds=-60 if expired else tokens["expires_in"])
    connection = Connection(
        name=name,
        auth_type=AuthType.OAUTH_ORG,
        site_url=sandbox.urls.sites["acme"],
        cloud_id=sandbox.cloud_id("acme"),
        api_base_url=f"{sandbox.urls.api_url}/ex/jira/{sandbox.cloud_id('acme')}",
        account=Account(DEMO.account_id, DEMO.display_name, DEMO.email),
        secret_ref="",
        email=DEMO.email,
        client_id=app.client_id,
        scopes=DEFAULT_SCOPES,
        created_at=now,
        last_verified_at=now,
        consented_at=now,
        access_token_expires_at=now + lifetime,
        callback_port=app.port,
    )
    secrets = {
        SecretKind.REFRESH_TOKEN: Secret(tokens["refresh_token"]),
        SecretKind.ACCESS_TOKEN: Secret(tokens["access_token"]),
    }
    return run(store.save(connection, secrets)), tokens


def save_api_token(
    store: ConnectionStore, sandbox: Sandbox, token: str, name: str = "tok"
) -> Connection:
    now = utcnow()
    connection = Connection(
        name=name,
        auth_type=AuthType.API_TOKEN,
        site_url=sandbox.urls.sites["acme"],
        cloud_id=sandbox.cloud_id("acme"),
        api_base_url=sandbox.urls.sites["acme"],
        account=Account(DEMO.account_id, DEMO.display_name, DEMO.email),
        secret_ref="",
        email=DEMO.email,
        created_at=now,
        last_verified_at=now,
        token_set_at=now,
    )
    return run(store.save(connection, {SecretKind.API_TOKEN: Secret(token)}))


def stored_tokens(store: ConnectionStore, name: str) -> set[str]:
    connection = store.get(name)
    kinds = (SecretKind.ACCESS_TOKEN, SecretKind.REFRESH_TOKEN)
    return {run(store.secret(connection, kind)).reveal() for kind in kinds}


def basic(token: str) -> str:
    return base64.b64encode(f"{DEMO.email}:{token}".encode()).decode()


def assert_no_secret(texts: Iterable[str], secrets: Iterable[str]) -> None:
    secrets = [s for s in secrets if s]
    for text in texts:
        for secret in secrets:
            assert secret not in text


def files_under(folder: Path) -> list[str]:
    """Every file the program may have written: settings, data, logs.

    The organization's policy file is left out: it holds the app's client
    secret by design, laid down by the installer.
    """
    return [
        path.read_text(errors="replace")
        for path in folder.rglob("*")
        if path.is_file() and "policy" not in path.parts
    ]


@pytest.fixture
def app(sandbox: Sandbox, tmp_path: Path) -> OrgApp:
    return org_app(sandbox, tmp_path)


# -- a separate program using the API ----------------------------------------------

SCRIPT = """\
    import logging
    import sys

    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)

    from jira_wizard.api import jira_client

    with jira_client(sys.argv[1]) as jira:
        for _ in sys.stdin:  # one call for each line the test sends
            answer = jira.get("/rest/api/3/myself")
            print(answer.status_code, answer.json().get("displayName"), flush=True)
"""


class Script:
    """The external script, one Jira call for each ``call()``."""

    def __init__(self, env: dict[str, str], folder: Path, name: str) -> None:
        path = folder / "use_jira.py"
        path.write_text(textwrap.dedent(SCRIPT))
        self.process = subprocess.Popen(
            [sys.executable, str(path), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    def call(self) -> str:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write("call\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def finish(self) -> str:
        _, err = self.process.communicate(timeout=30)
        assert self.process.returncode == 0, err
        return err


def test_a_script_calls_jira_across_an_access_token_expiry(
    sandbox: Sandbox,
    store: ConnectionStore,
    app: OrgApp,
    isolated_dirs: Path,
) -> None:
    _, first_tokens = save_oauth(store, sandbox, app)
    script = Script(environment(sandbox, app), isolated_dirs, "acme")
    try:
        assert script.call() == f"200 {DEMO.display_name}"
        assert sandbox.refresh_count == 0
        before = stored_tokens(store, "acme")

        # An hour later for Atlassian: the access token has expired there,
        # while this computer's clock still thinks it good.
        sandbox.advance(3700)
        assert script.call() == f"200 {DEMO.display_name}"
        assert sandbox.refresh_count == 1
        assert script.call() == f"200 {DEMO.display_name}"
        assert sandbox.refresh_count == 1
    finally:
        err = script.finish()

    after = stored_tokens(store, "acme")
    assert after.isdisjoint(before)
    assert "renewing them once" in err
    assert "DEBUG" in err
    secrets = {first_tokens["access_token"], first_tokens["refresh_token"]}
    secrets |= before | after | {app.client_secret}
    assert_no_secret([err, *files_under(isolated_dirs)], secrets)


def test_a_script_renews_ahead_of_expiry_without_meeting_a_401(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp, isolated_dirs: Path
) -> None:
    save_oauth(store, sandbox, app, expired=True)
    # Shorter than the refresh margin: every call is due for a renewal.
    sandbox.access_token_lifetime = 30
    script = Script(environment(sandbox, app), isolated_dirs, "acme")
    try:
        assert script.call() == f"200 {DEMO.display_name}"
        assert sandbox.refresh_count == 1
        assert script.call() == f"200 {DEMO.display_name}"
        assert sandbox.refresh_count == 2
    finally:
        err = script.finish()
    assert "renewing them once" not in err
    assert_no_secret([err], stored_tokens(store, "acme"))


def test_an_api_token_connection_sends_basic(
    sandbox: Sandbox, store: ConnectionStore, isolated_dirs: Path
) -> None:
    token = sandbox.issue_api_token(DEMO.email)
    save_api_token(store, sandbox, token)
    script = Script(environment(sandbox), isolated_dirs, "tok")
    try:
        assert script.call() == f"200 {DEMO.display_name}"
        # Revoked on Atlassian's page: every call fails with 401 from then on,
        # after one fresh look at the keychain, and no retry loop.
        sandbox.revoke_api_token(token)
        assert script.call().startswith("401")
    finally:
        err = script.finish()
    assert "renewing them once" in err
    assert_no_secret([err, *files_under(isolated_dirs)], {token, basic(token)})


# -- in this process: asyncio, and the synchronous API inside an event loop -------


def test_async_client_renews_after_expiry(
    sandbox: Sandbox,
    store: ConnectionStore,
    app: OrgApp,
    monkeypatch: pytest.MonkeyPatch,
    debug_logging: pytest.LogCaptureFixture,
) -> None:
    use_sandbox(monkeypatch, sandbox, app)
    save_oauth(store, sandbox, app)

    async def scenario() -> list[int]:
        codes = []
        async with async_jira_client("acme") as jira:
            codes.append((await jira.get("/rest/api/3/myself")).status_code)
            sandbox.advance(3700)
            codes.append((await jira.get("/rest/api/3/myself")).status_code)
            codes.append((await jira.get("/rest/api/3/project/DEMO")).status_code)
        return codes

    assert run(scenario()) == [200, 200, 200]
    assert sandbox.refresh_count == 1
    assert_no_secret([debug_logging.text], stored_tokens(store, "acme"))


def test_sync_client_inside_a_running_event_loop(
    sandbox: Sandbox,
    store: ConnectionStore,
    app: OrgApp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_sandbox(monkeypatch, sandbox, app)
    save_oauth(store, sandbox, app, expired=True)

    async def scenario() -> int:
        # A blocking client in async code: the renewal runs on a private loop.
        with jira_client("acme") as jira:
            return jira.get("/rest/api/3/myself").status_code

    assert run(scenario()) == 200
    assert sandbox.refresh_count == 1


def test_a_401_renews_once_and_retries_once(
    sandbox: Sandbox,
    store: ConnectionStore,
    app: OrgApp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_sandbox(monkeypatch, sandbox, app)
    save_oauth(store, sandbox, app)
    # Two refusals in a row: the first renews and retries, the second is
    # the caller's to see; no loop of renewals.
    sandbox.faults.fail_next(status=401, count=2, origin="api", path="/ex/")

    with jira_client("acme") as jira:
        refused = jira.get("/rest/api/3/myself")
        assert sandbox.refresh_count == 1
        again = jira.get("/rest/api/3/myself")

    assert refused.status_code == 401
    assert again.status_code == 200
    assert sandbox.refresh_count == 1


def test_a_request_body_is_sent_again_after_a_401(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp
) -> None:
    connection, _ = save_oauth(store, sandbox, app)
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(401 if len(bodies) == 1 else 201)

    auth = JiraAuth(
        connection,
        store=store,
        endpoints=sandbox.endpoints(),
        policy=load_policy(app.policy),
    )
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        answer = client.post(
            f"{connection.api_base_url}/rest/api/3/issue", json={"x": 1}, auth=auth
        )

    assert answer.status_code == 201
    assert len(bodies) == 2
    assert bodies[0] == bodies[1]
    assert json.loads(bodies[1]) == {"x": 1}
    assert sandbox.refresh_count == 1


def test_the_header_goes_only_to_the_connections_own_origin(
    sandbox: Sandbox, store: ConnectionStore
) -> None:
    connection = save_api_token(store, sandbox, DEMO.api_token)
    seen: dict[str, str | None] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[str(request.url)] = request.headers.get("Authorization")
        return httpx.Response(200)

    base = connection.api_base_url
    elsewhere = base.replace("127.0.0.1", "localhost")
    auth = JiraAuth(connection, store=store, endpoints=sandbox.endpoints())
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.get(f"{base}/rest/api/3/myself")
        client.get(f"{elsewhere}/avatar.png")
        client.get("https://avatars.example/ada.png")

    assert seen == {
        f"{base}/rest/api/3/myself": f"Basic {basic(DEMO.api_token)}",
        f"{elsewhere}/avatar.png": None,
        "https://avatars.example/ada.png": None,
    }


def test_load_connection_and_a_missing_one(
    sandbox: Sandbox, store: ConnectionStore
) -> None:
    save_api_token(store, sandbox, DEMO.api_token)

    assert load_connection("tok").api_base_url == sandbox.urls.sites["acme"]
    with pytest.raises(Exception, match="No saved connection is named 'nope'"):
        jira_client("nope")


def test_a_signed_out_connection_fails_fast_in_the_api(
    sandbox: Sandbox,
    store: ConnectionStore,
    app: OrgApp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_sandbox(monkeypatch, sandbox, app)
    save_oauth(store, sandbox, app, expired=True)
    sandbox.advance(91 * 86400)  # 90 days unused: Atlassian lets it lapse

    with jira_client("acme") as jira, pytest.raises(InvalidGrant) as first:
        jira.get("/rest/api/3/myself")
    assert store.get("acme").needs_sign_in
    # Nowhere to send a refresh now: a second try must not need one.
    monkeypatch.setenv("JIRA_WIZARD_AUTH_URL", f"http://127.0.0.1:{free_port()}")
    with jira_client("acme") as jira, pytest.raises(InvalidGrant) as second:
        jira.get("/rest/api/3/myself")

    assert str(first.value) == str(second.value)
    assert "sign in again" in str(first.value)
    assert "jira-wizard add oauth --name acme --replace" in str(first.value)
