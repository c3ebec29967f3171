"""Rotating an API token the way Atlassian recommends: new token, verify, then revoke.

The command line runs as a process against the sandbox and the real keychain;
the other-account case, which the sandbox's single user cannot produce, runs
through the service with a fake Jira that answers as someone else.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backend import KeyringBackend

from jira_wizard.core.deadlines import API_TOKENS_URL
from jira_wizard.core.errors import AuthError, InputError, KeychainError
from jira_wizard.core.models import Secret, SecretKind
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.store import ConnectionStore
from tests.fakes import FaultyBackend
from tests.test_api import (
    assert_no_secret,
    basic,
    files_under,
    org_app,
    run,
    save_api_token,
    save_oauth,
)
from tests.test_cli import CliRunner, one_line_reason


@pytest.fixture
def cli(sandbox: Sandbox, store: ConnectionStore) -> CliRunner:
    return CliRunner(sandbox)


def authorization(cli: CliRunner, name: str = "acme") -> str:
    creds = cli("credentials", name, "--json")
    assert creds.code == 0, creds.err
    return str(json.loads(creds.out)["authorization"])


def test_rotate_verifies_saves_and_says_to_revoke_the_old_token(
    cli: CliRunner, sandbox: Sandbox, isolated_dirs: Path
) -> None:
    old = sandbox.issue_api_token(DEMO.email)
    new = sandbox.issue_api_token(DEMO.email)
    assert cli.add("acme", old).code == 0
    expires = (date.today() + timedelta(days=200)).isoformat()

    rotated = cli("rotate", "acme", "--token-stdin", "--expires", expires, stdin=new)

    assert rotated.code == 0, rotated.err
    assert "Rotated 'acme'" in rotated.out
    assert "revoke the old token" in rotated.out
    assert API_TOKENS_URL in rotated.out
    assert authorization(cli) == f"Basic {basic(new)}"
    [listed] = json.loads(cli("list", "--json").out)
    assert listed["expires"] == expires
    assert listed["status"] == "working"

    # The person revokes the old token, as told: the connection keeps working.
    sandbox.revoke_api_token(old)
    assert cli("test", "acme").code == 0
    texts = [run.err for run in cli.runs] + files_under(isolated_dirs)
    assert_no_secret(texts, {old, new, basic(old), basic(new)})


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("not-a-token-at-all", "did not accept the new API token for 'acme'"),
        ("", "Nothing was read"),
        ("same", "uses already"),
    ],
)
def test_a_failed_rotation_keeps_the_old_token(
    cli: CliRunner, sandbox: Sandbox, given: str, words: str
) -> None:
    old = sandbox.issue_api_token(DEMO.email)
    assert cli.add("acme", old).code == 0

    failed = cli(
        "rotate", "acme", "--token-stdin", stdin=old if given == "same" else given
    )

    assert failed.code == 1
    assert words in one_line_reason(failed)
    assert authorization(cli) == f"Basic {basic(old)}"
    assert cli("test", "acme").code == 0


def test_rotating_to_a_token_with_scopes_moves_to_the_gateway(
    cli: CliRunner, sandbox: Sandbox
) -> None:
    assert cli.add("acme", sandbox.issue_api_token(DEMO.email)).code == 0
    scoped = sandbox.issue_api_token(DEMO.email, scoped=True)

    rotated = cli("rotate", "acme", "--token-stdin", "--json", stdin=scoped)

    assert rotated.code == 0, rotated.err
    result = json.loads(rotated.out)
    assert result["api_base_url"].endswith(f"/ex/jira/{sandbox.cloud_id('acme')}")
    assert result["revoke_old_token_at"] == API_TOKENS_URL
    assert cli("test", "acme").code == 0


def test_a_revoked_token_says_how_to_rotate(cli: CliRunner, sandbox: Sandbox) -> None:
    old = sandbox.issue_api_token(DEMO.email)
    assert cli.add("acme", old).code == 0
    sandbox.revoke_api_token(old)

    tested = cli("test", "acme")

    assert tested.code == 1
    reason = one_line_reason(tested)
    assert "jira-wizard rotate acme --token-stdin" in reason
    assert API_TOKENS_URL in reason


def test_an_oauth_connection_is_not_rotated_but_signed_in_again(
    cli: CliRunner, sandbox: Sandbox, store: ConnectionStore, tmp_path: Path
) -> None:
    save_oauth(store, sandbox, org_app(sandbox, tmp_path))

    refused = cli("rotate", "acme", "--token-stdin", stdin=DEMO.api_token)

    assert refused.code == 1
    assert "jira-wizard add oauth --name acme --replace" in one_line_reason(refused)


# -- the service, for the manager window ------------------------------------------


def someone_else(sandbox: Sandbox) -> httpx.MockTransport:
    """A Jira that accepts any token, and says it belongs to Grace."""

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith("/rest/api/3/myself")
        return httpx.Response(
            200, json={"accountId": "grace-1", "displayName": "Grace Hopper"}
        )

    return httpx.MockTransport(handler)


def test_a_token_of_another_account_is_refused(
    sandbox: Sandbox, store: ConnectionStore
) -> None:
    saved = save_api_token(store, sandbox, DEMO.api_token, "acme")
    service = Service(sandbox.endpoints(), store, transport=someone_else(sandbox))

    with pytest.raises(AuthError) as caught:
        run(service.rotate_api_token("acme", Secret("grace-token"), None))

    assert "signs in as Grace Hopper, not as Ada Lovelace" in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert store.get("acme").secret_ref == saved.secret_ref
    assert run(store.secret(store.get("acme"), SecretKind.API_TOKEN)) == Secret(
        DEMO.api_token
    )


def test_service_rotation_for_the_manager_window(
    sandbox: Sandbox, store: ConnectionStore
) -> None:
    saved = save_api_token(store, sandbox, DEMO.api_token, "acme")
    new = sandbox.issue_api_token(DEMO.email)
    expires = date.today() + timedelta(days=90)

    async def scenario() -> None:
        service = Service(sandbox.endpoints(), store)
        try:
            rotated = await service.rotate_api_token("acme", Secret(new), expires)
            assert rotated.secret_ref != saved.secret_ref
            assert rotated.token_expires_on == expires
            assert rotated.created_at == saved.created_at
            too_far = date.today() + timedelta(days=400)
            with pytest.raises(InputError, match="at most a year"):
                await service.rotate_api_token("acme", Secret(new), too_far)
            [summary] = await service.list_connections()
            assert summary.health.deadline is not None
            assert summary.health.deadline.on == expires
        finally:
            await service.aclose()

    run(scenario())
    assert run(store.secret(store.get("acme"), SecretKind.API_TOKEN)) == Secret(new)


def test_a_keychain_failure_during_rotation_keeps_the_old_token(
    sandbox: Sandbox, store: ConnectionStore, secret_service_backend: KeyringBackend
) -> None:
    saved = save_api_token(store, sandbox, DEMO.api_token, "acme")
    faulty = FaultyBackend(secret_service_backend, fail_write=1)
    failing = ConnectionStore(Keychain(faulty, allow_insecure=True), store.settings)
    service = Service(sandbox.endpoints(), failing)
    new = sandbox.issue_api_token(DEMO.email)

    async def scenario() -> None:
        try:
            with pytest.raises(KeychainError):
                await service.rotate_api_token("acme", Secret(new), None)
        finally:
            await service.aclose()

    run(scenario())
    assert store.get("acme").secret_ref == saved.secret_ref
    assert run(store.secret(store.get("acme"), SecretKind.API_TOKEN)) == Secret(
        DEMO.api_token
    )
