"""The service methods the manager window calls, on the sandbox and the keychain."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from jira_wizard.core.deadlines import Status
from jira_wizard.core.errors import ConnectionNotFound, InputError, InvalidGrant
from jira_wizard.core.models import AuthType, Secret, SecretKind
from jira_wizard.core.policy import load_policy
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.store import ConnectionStore
from tests.test_api import OrgApp, org_app, run, save_api_token, save_oauth

T = TypeVar("T")


@pytest.fixture
def app(sandbox: Sandbox, tmp_path: Path) -> OrgApp:
    return org_app(sandbox, tmp_path)


def with_service(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp
) -> Callable[[Callable[[Service], Awaitable[T]]], T]:
    """Run one scenario with a service on the sandbox, closing it after."""

    def runner(scenario: Callable[[Service], Awaitable[T]]) -> T:
        async def main() -> T:
            service = Service(
                sandbox.endpoints(), store, policy=load_policy(app.policy)
            )
            try:
                return await scenario(service)
            finally:
                await service.aclose()

        return run(main())

    return runner


def test_list_connections_gives_status_and_deadlines(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp
) -> None:
    save_oauth(store, sandbox, app, "oauth")
    token = save_api_token(store, sandbox, DEMO.api_token, "token")
    soon = date.today() + timedelta(days=3)
    run(store.update_secrets(token, {}, token_expires_on=soon))

    summaries = with_service(sandbox, store, app)(
        lambda service: service.list_connections()
    )

    by_name = {s.connection.name: s.health for s in summaries}
    assert [s.connection.name for s in summaries] == ["oauth", "token"]
    assert by_name["oauth"].status is Status.WORKING
    assert len(by_name["oauth"].deadlines) == 2
    assert by_name["token"].status is Status.EXPIRING
    assert by_name["token"].urgent
    assert by_name["token"].deadline is not None
    assert by_name["token"].deadline.on == soon


def test_test_connection_renews_and_records_the_check(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp
) -> None:
    saved, _ = save_oauth(store, sandbox, app, expired=True)

    connection, access = with_service(sandbox, store, app)(
        lambda service: service.test_connection("acme")
    )

    assert access.account.account_id == DEMO.account_id
    assert access.via_gateway
    assert sandbox.refresh_count == 1
    assert connection.last_refreshed_at is not None
    assert saved.last_verified_at is not None
    assert connection.last_verified_at is not None
    assert connection.last_verified_at > saved.last_verified_at
    assert store.get("acme") == connection


def test_a_renamed_connection_still_renews(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp
) -> None:
    save_oauth(store, sandbox, app, expired=True)

    async def scenario(service: Service) -> tuple[str, Secret]:
        renamed = await service.rename("acme", "work")
        connection, header = await service.credentials(renamed.name)
        return connection.name, header

    name, header = with_service(sandbox, store, app)(scenario)

    assert name == "work"
    assert header.reveal().startswith("Bearer ")
    assert sandbox.refresh_count == 1
    with pytest.raises(ConnectionNotFound):
        store.get("acme")


def test_sign_in_again_request_rebuilds_the_saved_sign_in(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp
) -> None:
    saved, _ = save_oauth(store, sandbox, app)
    own = saved.replace(
        name="own", auth_type=AuthType.OAUTH_OWN, client_id="own-app", secret_ref=""
    )
    run(
        store.save(
            own,
            {
                SecretKind.CLIENT_SECRET: Secret("own-secret-Pz4"),
                SecretKind.ACCESS_TOKEN: Secret("a"),
                SecretKind.REFRESH_TOKEN: Secret("r"),
            },
        )
    )
    save_api_token(store, sandbox, DEMO.api_token, "token")
    service = with_service(sandbox, store, app)

    org = service(lambda s: s.sign_in_again_request("acme"))
    mine = service(lambda s: s.sign_in_again_request("own"))

    assert org.auth_type is AuthType.OAUTH_ORG
    assert org.site.site_url == saved.site_url
    assert org.site.cloud_id == saved.cloud_id
    assert set(org.scopes) >= {"read:jira-user", "offline_access"}
    assert mine.auth_type is AuthType.OAUTH_OWN
    assert mine.client_id == "own-app"
    assert mine.client_secret == Secret("own-secret-Pz4")
    assert mine.port == app.port
    with pytest.raises(InputError, match="jira-wizard rotate token --token-stdin"):
        service(lambda s: s.sign_in_again_request("token"))


def test_a_refused_grant_is_remembered_and_removal_still_works(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp
) -> None:
    save_oauth(store, sandbox, app, expired=True)
    sandbox.advance(366 * 86400)  # a year after consent, whatever happens
    service = with_service(sandbox, store, app)

    with pytest.raises(InvalidGrant, match="sign in again"):
        service(lambda s: s.test_connection("acme"))
    [summary] = service(lambda s: s.list_connections())
    assert summary.health.status is Status.NEEDS_SIGN_IN
    assert "jira-wizard add oauth --name acme --replace" in summary.health.message

    service(lambda s: s.remove("acme"))
    assert service(lambda s: s.list_connections()) == []
