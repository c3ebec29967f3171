"""Keeping an OAuth connection's access token fresh, without ever losing the grant.

Atlassian rotates refresh tokens: each refresh returns a new one and disables
the old, and reusing an old one more than ten minutes after its rotation
revokes every token of the grant, which forces the person to sign in again.
So a refresh here is careful in four ways:

- one refresh at a time for a connection, across every process on the
  computer: a lock file next to the settings file, held from reading the
  refresh token until the new one is stored;
- after taking the lock, the connection is read again, because another process
  may have refreshed it while this one waited; then no refresh is needed;
- the new refresh token is written to the keychain first, before the access
  token and before anything else can fail;
- a response without a refresh token keeps the old one (Atlassian has been
  seen to omit it).

A process killed between Atlassian's answer and the keychain write leaves the
old refresh token stored. The next refresh uses it; within Atlassian's ten
minute reuse window that still works and starts the rotation afresh.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import filelock
import httpx

from jira_wizard.atlassian.oauth import refresh_tokens
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import InvalidGrant, SettingsError
from jira_wizard.core.models import AuthType, Connection, Secret, SecretKind, utcnow
from jira_wizard.core.policy import Policy
from jira_wizard.storage.store import ConnectionStore

log = logging.getLogger(__name__)

#: Refresh this long before the access token expires, so that a call started
#: now does not meet an expired token on its way.
REFRESH_MARGIN = timedelta(minutes=2)
#: How long to wait for another process's refresh before giving up.
LOCK_TIMEOUT = 60.0


def needs_refresh(connection: Connection) -> bool:
    expires_at = connection.access_token_expires_at
    return expires_at is None or expires_at - REFRESH_MARGIN <= utcnow()


async def fresh_access_token(
    store: ConnectionStore,
    connection: Connection,
    *,
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    policy: Policy,
    force: bool = False,
) -> tuple[Connection, Secret]:
    """The connection as now stored, and an access token good for a while.

    ``force`` refreshes even when the stored token looks valid (after a 401).
    """
    if not force and not needs_refresh(connection):
        return connection, await store.secret(connection, SecretKind.ACCESS_TOKEN)
    stale_expiry = connection.access_token_expires_at
    async with refresh_lock(store, connection):
        current = store.get(connection.name)
        renewed_meanwhile = current.access_token_expires_at != stale_expiry
        if not needs_refresh(current) and (not force or renewed_meanwhile):
            log.debug("another process renewed %r meanwhile", current.name)
            return current, await store.secret(current, SecretKind.ACCESS_TOKEN)
        return await _refresh(store, current, client, endpoints, policy)


async def _refresh(
    store: ConnectionStore,
    connection: Connection,
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    policy: Policy,
) -> tuple[Connection, Secret]:
    refresh_token = await store.secret(connection, SecretKind.REFRESH_TOKEN)
    client_id, client_secret = await client_credentials(store, connection, policy)
    tokens = await refresh_tokens(
        client, endpoints, client_id, client_secret, refresh_token
    )
    # The refresh token first: it is the one Atlassian has just rotated.
    new_secrets = {
        SecretKind.REFRESH_TOKEN: tokens.refresh_token or refresh_token,
        SecretKind.ACCESS_TOKEN: tokens.access_token,
    }
    updated = await store.update_secrets(
        connection, new_secrets, access_token_expires_at=tokens.expires_at
    )
    log.info("renewed the access token of %r", connection.name)
    return updated, tokens.access_token


async def client_credentials(
    store: ConnectionStore, connection: Connection, policy: Policy
) -> tuple[str, Secret]:
    """The app's client id and secret that a refresh must present."""
    if connection.auth_type is AuthType.OAUTH_OWN:
        assert connection.client_id is not None
        secret = await store.secret(connection, SecretKind.CLIENT_SECRET)
        return connection.client_id, secret
    app = policy.organization_app
    if app is None or app.client_id != connection.client_id:
        raise InvalidGrant(
            f"The connection '{connection.name}' was made with your organization's "
            "app, which is not set up on this computer any more, or has changed.",
            "Sign in again; if that is not offered, ask your IT department.",
        )
    return app.client_id, app.client_secret


@asynccontextmanager
async def refresh_lock(
    store: ConnectionStore, connection: Connection
) -> AsyncIterator[None]:
    """Hold the connection's refresh lock, waiting off the event loop's thread."""
    path = _lock_path(store.settings.path, connection)
    lock = filelock.FileLock(str(path), thread_local=False)
    acquiring = asyncio.ensure_future(
        asyncio.to_thread(lock.acquire, timeout=LOCK_TIMEOUT)
    )
    try:
        await asyncio.shield(acquiring)
    except asyncio.CancelledError:
        # The waiting thread cannot be stopped; let go as soon as it gets in.
        acquiring.add_done_callback(lambda done: _release_if_held(lock, done))
        raise
    except filelock.Timeout:
        raise SettingsError(
            f"Another program has been renewing the connection '{connection.name}' "
            f"for over {round(LOCK_TIMEOUT)} seconds.",
            "Try again in a minute.",
        ) from None
    try:
        yield
    finally:
        lock.release()


def _release_if_held(lock: filelock.FileLock, acquiring: asyncio.Future[Any]) -> None:
    if not acquiring.cancelled() and acquiring.exception() is None:
        lock.release()


def _lock_path(settings_path: Path, connection: Connection) -> Path:
    folder = settings_path.parent / "locks"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / f"refresh-{connection.secret_ref}.lock"
