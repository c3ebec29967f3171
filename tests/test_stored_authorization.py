"""The header from stored secrets without an event loop, as ``authorization`` gives it.

``tokens.stored_authorization`` is what ``jira-wizard credentials`` uses while
the stored token is good: it must give exactly the header the asynchronous
``authorization`` gives, fail with exactly its errors, and hand over (None)
whenever only a renewal can help.
"""

from __future__ import annotations

import asyncio
import base64
from datetime import timedelta

import pytest

from jira_wizard import tokens
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import InvalidGrant, SettingsError, WizardError
from jira_wizard.core.models import (
    Account,
    AuthType,
    Connection,
    Secret,
    SecretKind,
    utcnow,
)
from jira_wizard.core.policy import Policy
from jira_wizard.storage.store import ConnectionStore

ACCOUNT = Account("5b10ac8d82e05b22cc7d4ef5", "Ada Lovelace", "ada@example.com")
# Nothing listens here: a test that reached Atlassian would fail loudly.
NOWHERE = Endpoints("https://auth.invalid", "https://api.invalid")


def api_token(**changes: object) -> Connection:
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
    return connection.replace(**changes)


def oauth(expires_in: timedelta, **changes: object) -> Connection:
    return api_token(
        name="signed-in",
        auth_type=AuthType.OAUTH_ORG,
        api_base_url="https://api.atlassian.com/ex/jira/0b6c3a1e-acme",
        email=None,
        client_id="org-app",
        scopes=("read:jira-work", "offline_access"),
        access_token_expires_at=utcnow() + expires_in,
        **changes,
    )


def saved(store: ConnectionStore, connection: Connection) -> Connection:
    if connection.auth_type is AuthType.API_TOKEN:
        secrets = {SecretKind.API_TOKEN: Secret("ATATT3xFfGF0-token")}
    else:
        secrets = {
            SecretKind.ACCESS_TOKEN: Secret("access-1"),
            SecretKind.REFRESH_TOKEN: Secret("refresh-1"),
        }
    return asyncio.run(store.save(connection, secrets))


def asynchronous(store: ConnectionStore, connection: Connection) -> Secret:
    _, header = asyncio.run(
        tokens.authorization(store, connection, endpoints=NOWHERE, policy=Policy())
    )
    return header


def test_an_api_token_gives_the_same_basic_header(store: ConnectionStore) -> None:
    connection = saved(store, api_token())
    header = tokens.stored_authorization(store, connection)
    assert header is not None
    pair = base64.b64encode(b"ada@example.com:ATATT3xFfGF0-token").decode()
    assert header.reveal() == f"Basic {pair}"
    assert header == asynchronous(store, connection)


def test_a_good_access_token_gives_the_same_bearer_header(
    store: ConnectionStore,
) -> None:
    connection = saved(store, oauth(timedelta(hours=1)))
    header = tokens.stored_authorization(store, connection)
    assert header is not None
    assert header.reveal() == "Bearer access-1"
    assert header == asynchronous(store, connection)


@pytest.mark.parametrize(
    "expires_in",
    [timedelta(minutes=-5), timedelta(0), tokens.REFRESH_MARGIN - timedelta(seconds=1)],
)
def test_a_token_due_for_renewal_is_left_to_authorization(
    store: ConnectionStore, expires_in: timedelta
) -> None:
    connection = saved(store, oauth(expires_in))
    assert tokens.needs_refresh(connection)
    assert tokens.stored_authorization(store, connection) is None


@pytest.mark.parametrize(
    ("connection", "error", "words"),
    [
        (oauth(timedelta(hours=1), needs_sign_in=True), InvalidGrant, "sign in again"),
        (api_token(email=None), SettingsError, "no email address"),
    ],
)
def test_it_fails_as_authorization_does(
    store: ConnectionStore,
    connection: Connection,
    error: type[WizardError],
    words: str,
) -> None:
    connection = saved(store, connection)
    with pytest.raises(error, match=words) as stored:
        tokens.stored_authorization(store, connection)
    with pytest.raises(error) as awaited:
        asynchronous(store, connection)
    assert str(stored.value) == str(awaited.value)
