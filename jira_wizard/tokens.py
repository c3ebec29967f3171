"""A ready ``Authorization`` header for a saved connection, without ever losing a grant.

``authorization`` is the one way the program gets a header: the command line's
``credentials`` and ``test``, and ``jira_wizard.api.JiraAuth`` for other
programs. For an API token it is Basic with the stored token; for OAuth it is
Bearer with an access token renewed when due. ``stored_authorization`` is its
synchronous side for the common case, a header from the secrets as stored: it
needs no event loop, and says when only ``authorization`` can help (a token
due for renewal), so that ``jira-wizard credentials`` runs asyncio only then.

Atlassian rotates refresh tokens: each refresh returns a new one and disables
the old, and reusing an old one more than ten minutes after its rotation
revokes every token of the grant, which forces the person to sign in again.
So a refresh here is careful in five ways:

- one refresh at a time for a connection, across every process on the
  computer: a lock file next to the settings file, held from reading the
  refresh token until the new one is stored;
- after taking the lock, the connection is read again, because another process
  may have refreshed it while this one waited; then no refresh is needed;
- the new refresh token is written to the keychain first, before the access
  token and before anything else can fail;
- a response without a refresh token keeps the old one (Atlassian has been
  seen to omit it);
- ``invalid_grant`` means the grant is gone for good (90 days unused, a year
  after consent, consent revoked, or the family revoked for reuse). The
  connection is marked as needing a new sign-in, and every later call fails at
  once with the command that signs in again, without asking Atlassian.

A process killed between Atlassian's answer and the keychain write, or whose
answer was lost on the way, leaves the old refresh token stored. The next
refresh uses it; within Atlassian's ten-minute reuse interval that still works
and starts the rotation afresh. A lock holder that dies releases the lock with
its process (the operating system drops the file lock), so the others go on.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jira_wizard.core.deadlines import sign_in_again_command
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    ConnectionNotFound,
    InvalidGrant,
    SettingsError,
    WizardError,
)
from jira_wizard.core.headers import basic_authorization, bearer_authorization
from jira_wizard.core.i18n import translate
from jira_wizard.core.models import AuthType, Connection, Secret, SecretKind, utcnow
from jira_wizard.storage.store import ConnectionStore

if TYPE_CHECKING:
    # Only a renewal talks to Atlassian and takes the lock: a header from
    # stored secrets does not pay for importing the HTTP stack, the lock
    # library or asyncio (``jira-wizard credentials`` starts in little more
    # than the time it takes to read one secret).
    import asyncio

    import filelock
    import httpx

    from jira_wizard.atlassian.oauth import TokenSet
    from jira_wizard.core.policy import Policy

log = logging.getLogger(__name__)

#: Refresh this long before the access token expires, so that a call started
#: now does not meet an expired token on its way.
REFRESH_MARGIN = timedelta(minutes=2)
#: How long to wait for another process's refresh before giving up.
LOCK_TIMEOUT = 60.0
#: For crash-recovery tests only: seconds to stop for after Atlassian answered
#: a refresh and before the answer is stored, so that a test can kill the
#: process at exactly the moment that matters.
PAUSE_BEFORE_STORING_ENV = "JIRA_WIZARD_TEST_PAUSE_BEFORE_STORING"


def needs_refresh(connection: Connection) -> bool:
    expires_at = connection.access_token_expires_at
    return expires_at is None or expires_at - REFRESH_MARGIN <= utcnow()


def signed_out_error(connection: Connection) -> InvalidGrant:
    """The error for a connection whose grant Atlassian no longer accepts."""
    return InvalidGrant(
        translate(
            "Errors",
            "Atlassian no longer accepts the sign-in of the connection '{name}': "
            "sign in again to renew it.",
        ).format(name=connection.name),
        translate("Errors", "Run: {command}").format(
            command=sign_in_again_command(connection.name)
        ),
    )


def stored_authorization(
    store: ConnectionStore, connection: Connection
) -> Secret | None:
    """The ``Authorization`` header value from the stored secrets, synchronously.

    None when the OAuth access token is due for renewal: ``authorization`` is
    then the way, and it renews under the lock. It blocks on the keychain (with
    the keychain's timeout), so it is never for a running event loop.
    """
    if connection.auth_type is AuthType.API_TOKEN:
        email = _email_of(connection)
        return basic_authorization(
            email, store.secret_sync(connection, SecretKind.API_TOKEN)
        )
    if connection.needs_sign_in:
        raise signed_out_error(connection)
    if needs_refresh(connection):
        return None
    return bearer_authorization(store.secret_sync(connection, SecretKind.ACCESS_TOKEN))


async def authorization(
    store: ConnectionStore,
    connection: Connection,
    *,
    endpoints: Endpoints,
    policy: Policy,
    client: httpx.AsyncClient | None = None,
    force: bool = False,
) -> tuple[Connection, Secret]:
    """The connection as now stored, and its ``Authorization`` header value.

    ``force`` is for after a 401: an OAuth token is renewed even if it looks
    valid, and an API token is read again in case another program rotated it.
    ``client`` is used for a refresh; without one, a client is made for it.
    """
    if connection.auth_type is AuthType.API_TOKEN:
        if force:
            # Rotated by another program meanwhile: saved anew under the name.
            connection = _same_version(store, connection) or store.get(connection.name)
        email = _email_of(connection)
        token = await store.secret(connection, SecretKind.API_TOKEN)
        return connection, basic_authorization(email, token)
    connection, access_token = await fresh_access_token(
        store,
        connection,
        endpoints=endpoints,
        policy=policy,
        client=client,
        force=force,
    )
    return connection, bearer_authorization(access_token)


def _email_of(connection: Connection) -> str:
    """The account an API token belongs to, which Basic authentication names."""
    if connection.email is None:
        raise SettingsError(
            translate(
                "Errors", "The connection '{name}' has no email address saved."
            ).format(name=connection.name),
            translate(
                "Errors", "Add it again with 'jira-wizard add api-token --replace'."
            ),
        )
    return connection.email


async def fresh_access_token(
    store: ConnectionStore,
    connection: Connection,
    *,
    endpoints: Endpoints,
    policy: Policy,
    client: httpx.AsyncClient | None = None,
    force: bool = False,
) -> tuple[Connection, Secret]:
    """The connection as now stored, and an access token good for a while."""
    if connection.needs_sign_in:
        raise signed_out_error(connection)
    if not force and not needs_refresh(connection):
        return connection, await store.secret(connection, SecretKind.ACCESS_TOKEN)
    async with refresh_lock(store, connection):
        current = _same_version(store, connection)
        if current is not None:
            return await _refresh_unless_done(
                store, connection, current, endpoints, policy, client, force
            )
    # Signed in again (saved anew) while this one waited: the new version has
    # fresh tokens of its own, and its own lock.
    replacement = store.get(connection.name)
    if not replacement.auth_type.is_oauth:
        raise ConnectionNotFound(
            translate(
                "Errors", "The connection '{name}' was replaced meanwhile."
            ).format(name=connection.name),
            translate("Errors", "Try again."),
        )
    log.debug("%r was saved anew meanwhile; using the new version", connection.name)
    return await fresh_access_token(
        store, replacement, endpoints=endpoints, policy=policy, client=client
    )


async def _refresh_unless_done(
    store: ConnectionStore,
    seen: Connection,
    current: Connection,
    endpoints: Endpoints,
    policy: Policy,
    client: httpx.AsyncClient | None,
    force: bool,
) -> tuple[Connection, Secret]:
    if current.needs_sign_in:
        raise signed_out_error(current)
    renewed_meanwhile = current.access_token_expires_at != seen.access_token_expires_at
    if not needs_refresh(current) and (not force or renewed_meanwhile):
        log.debug("another program renewed %r meanwhile", current.name)
        return current, await store.secret(current, SecretKind.ACCESS_TOKEN)
    if client is not None:
        return await _refresh(store, current, client, endpoints, policy)
    from jira_wizard.atlassian.http import make_client

    async with make_client() as own_client:
        return await _refresh(store, current, own_client, endpoints, policy)


async def _refresh(
    store: ConnectionStore,
    connection: Connection,
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    policy: Policy,
) -> tuple[Connection, Secret]:
    from jira_wizard.atlassian.oauth import refresh_tokens

    refresh_token = await store.secret(connection, SecretKind.REFRESH_TOKEN)
    client_id, client_secret = await client_credentials(store, connection, policy)
    try:
        tokens = await refresh_tokens(
            client, endpoints, client_id, client_secret, refresh_token
        )
    except InvalidGrant:
        await _mark_signed_out(store, connection)
        raise signed_out_error(connection) from None
    await _pause_before_storing()
    updated = await _store(store, connection, tokens, refresh_token)
    log.info("renewed the access token of %r", connection.name)
    return updated, tokens.access_token


async def _store(
    store: ConnectionStore,
    connection: Connection,
    tokens: TokenSet,
    used_refresh_token: Secret,
) -> Connection:
    # The refresh token first: it is the one Atlassian has just rotated.
    new_secrets = {
        SecretKind.REFRESH_TOKEN: tokens.refresh_token or used_refresh_token,
        SecretKind.ACCESS_TOKEN: tokens.access_token,
    }
    return await store.update_secrets(
        connection,
        new_secrets,
        access_token_expires_at=tokens.expires_at,
        last_refreshed_at=utcnow(),
    )


async def _mark_signed_out(store: ConnectionStore, connection: Connection) -> None:
    log.warning("Atlassian refused the refresh token of %r", connection.name)
    try:
        await store.update_secrets(connection, {}, needs_sign_in=True)
    except WizardError as error:
        # The refusal stands either way; only the fast failure next time is lost.
        log.warning(
            "could not record that %r needs a sign-in: %s", connection.name, error
        )


async def _pause_before_storing() -> None:
    seconds = os.environ.get(PAUSE_BEFORE_STORING_ENV)
    if seconds:
        log.debug("pausing before storing the renewed tokens")
        # Blocking on purpose: nothing else of this process may run meanwhile.
        time.sleep(float(seconds))


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
            translate(
                "Errors",
                "The connection '{name}' was made with your organization's app, "
                "which is not set up on this computer any more, or has changed.",
            ).format(name=connection.name),
            translate(
                "Errors",
                "Ask your IT department to install the policy file, or point "
                "JIRA_WIZARD_POLICY at it; then sign in again if that is not enough.",
            ),
        )
    return app.client_id, app.client_secret


def _same_version(store: ConnectionStore, connection: Connection) -> Connection | None:
    """The stored version with this connection's secrets, whatever its name now."""
    for current in store.list():
        if current.secret_ref == connection.secret_ref:
            return current
    return None


@asynccontextmanager
async def refresh_lock(
    store: ConnectionStore, connection: Connection
) -> AsyncIterator[None]:
    """Hold the connection's refresh lock, waiting off the event loop's thread."""
    import filelock

    path = _lock_path(store.settings.path, connection)
    lock = filelock.FileLock(str(path), thread_local=False)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        log.debug("waiting for another program renewing %r", connection.name)
        await _wait_for(lock, connection)
    try:
        yield
    finally:
        lock.release()


async def _wait_for(lock: filelock.FileLock, connection: Connection) -> None:
    import asyncio

    import filelock

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
            translate(
                "Errors",
                "Another program has been renewing the connection '{name}' for over "
                "{seconds} seconds.",
            ).format(name=connection.name, seconds=round(LOCK_TIMEOUT)),
            translate("Errors", "Try again in a minute."),
        ) from None


def _release_if_held(lock: filelock.FileLock, acquiring: asyncio.Future[Any]) -> None:
    if not acquiring.cancelled() and acquiring.exception() is None:
        lock.release()


def _lock_path(settings_path: Path, connection: Connection) -> Path:
    folder = settings_path.parent / "locks"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / f"refresh-{connection.secret_ref}.lock"
