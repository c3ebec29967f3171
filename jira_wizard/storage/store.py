"""Saved connections: the public part in the settings file, secrets in the keychain.

A connection is saved whole or not at all, and a failed or interrupted save
never damages the connection it was meant to replace. The order of steps is
what guarantees it:

1. The secrets are written under a fresh ``secret_ref`` that nothing points to
   yet. A failure here deletes what was written and leaves everything else
   as it was.
2. Under the settings lock, the settings file is switched to the new version
   in one atomic rename. This is the commit point: before it the old version
   is the saved one, after it the new one, and a crash in between leaves one
   or the other, whole.
3. The old version's secrets are deleted. A failure here only leaves
   unreachable entries behind (logged as a warning).

Keyring has no way to list a service's entries, so secrets whose deletion
failed (the keychain locked or went away half-way through a save, or refused
the clean-up of a replaced version) could never be found again. Their
``secret_ref`` is noted in a small file beside the settings file
(``leftover-secrets.json``, references only), and every later successful save
or removal deletes them. A save killed between steps 1 and 2, or between 2
and 3, has no chance to note anything: those secrets stay in the keychain,
unused, under a reference no connection points to; the keychain's own app
shows them under the service ``jira-wizard``.

Settings work runs on the caller's thread, without an ``await`` inside the
locked section: the commit cannot then be interrupted half-way by a
cancelled task, so what comes after it always knows whether it happened. It
is a small local file write; the lock is only ever held that long.

Secrets are read with a coroutine, or without an event loop by
``secret_sync`` (for ``jira-wizard credentials``, whose start costs little
more than the keychain read): asyncio is imported where it is used.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NoReturn

from jira_wizard.core.errors import (
    ConnectionExists,
    ConnectionNotFound,
    KeychainError,
    SettingsError,
)
from jira_wizard.core.i18n import translate
from jira_wizard.core.models import AuthType, Connection, Secret, SecretKind
from jira_wizard.core.validation import require_connection_name
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile

log = logging.getLogger(__name__)

#: The secrets each kind of connection keeps. OAuth connections always hold a
#: refresh token: the wizard always asks for ``offline_access``.
REQUIRED_SECRETS: dict[AuthType, frozenset[SecretKind]] = {
    AuthType.API_TOKEN: frozenset({SecretKind.API_TOKEN}),
    AuthType.OAUTH_ORG: frozenset({SecretKind.ACCESS_TOKEN, SecretKind.REFRESH_TOKEN}),
    AuthType.OAUTH_OWN: frozenset(
        {SecretKind.CLIENT_SECRET, SecretKind.ACCESS_TOKEN, SecretKind.REFRESH_TOKEN}
    ),
}


#: Beside the settings file: versions whose secrets could not all be deleted.
LEFTOVERS_FILE = "leftover-secrets.json"


def secret_key(secret_ref: str, kind: SecretKind) -> str:
    """The keychain entry of one secret of one version of a connection."""
    return f"{secret_ref}/{kind.value}"


class ConnectionStore:
    """The saved connections, each kept whole or not at all."""

    def __init__(self, keychain: Keychain, settings: SettingsFile) -> None:
        self.keychain = keychain
        self.settings = settings

    # Reading -------------------------------------------------------------------

    def list(self) -> builtins.list[Connection]:
        """Every saved connection, sorted by name."""
        connections = self.settings.load().values()
        return sorted(connections, key=lambda c: (c.name.casefold(), c.name))

    def get(self, name: str) -> Connection:
        connection = self.settings.load().get(name)
        if connection is None:
            raise _not_found(name)
        return connection

    def exists(self, name: str) -> bool:
        return name in self.settings.load()

    async def secret(self, connection: Connection, kind: SecretKind) -> Secret:
        value = await self.keychain.get(secret_key(connection.secret_ref, kind))
        if value is None:
            self._secret_missing(connection)
        return value

    def secret_sync(self, connection: Connection, kind: SecretKind) -> Secret:
        """The same without an event loop; it blocks, so never call it in one."""
        value = self.keychain.get_sync(secret_key(connection.secret_ref, kind))
        if value is None:
            self._secret_missing(connection)
        return value

    def _secret_missing(self, connection: Connection) -> NoReturn:
        current = self.settings.load().get(connection.name)
        if current is not None and current.secret_ref != connection.secret_ref:
            raise KeychainError(
                translate(
                    "Errors",
                    "The connection '{name}' was changed by another program while "
                    "its secrets were being read.",
                ).format(name=connection.name),
                translate("Errors", "Try again."),
            )
        raise KeychainError(
            translate(
                "Errors",
                "The secrets of the connection '{name}' are missing from the keychain.",
            ).format(name=connection.name),
            translate("Errors", "Remove the connection and add it again."),
        )

    # Saving --------------------------------------------------------------------

    async def save(
        self,
        connection: Connection,
        secrets: Mapping[SecretKind, Secret],
        *,
        replace: bool = False,
    ) -> Connection:
        """Store ``connection`` with its ``secrets``, whole or not at all.

        Returns the connection as saved, with its new ``secret_ref``.
        """
        name = require_connection_name(connection.name)
        _check_secrets(connection.auth_type, secrets)
        # Fail early, before the keychain is touched; checked again at commit.
        _replaced(self.settings.load(), name, replace)
        import uuid  # here, not at the top: only a save needs it

        saved = connection.replace(secret_ref=uuid.uuid4().hex)
        try:
            for kind, value in secrets.items():
                await self.keychain.set(secret_key(saved.secret_ref, kind), value)
            previous = self._commit_save(saved, replace)
        except BaseException:
            # Every key, including the one whose write failed: a write that
            # timed out may still land, and this delete is queued behind it.
            await self._forget(saved.secret_ref, secrets)
            raise
        log.info("saved connection '%s'", name)
        for old in previous:
            await self._forget(old.secret_ref, SecretKind)
        await self._forget_leftovers()
        return saved

    def _commit_save(
        self, saved: Connection, replace: bool
    ) -> builtins.list[Connection]:
        with self.settings.locked():
            connections = self.settings.load()
            previous = _replaced(connections, saved.name, replace)
            for old in previous:
                del connections[old.name]
            connections[saved.name] = saved
            self.settings.write(connections)
        return previous

    async def update_secrets(
        self,
        connection: Connection,
        secrets: Mapping[SecretKind, Secret],
        **public_changes: Any,
    ) -> Connection:
        """Replace some secrets in place, then record ``public_changes``.

        For renewed OAuth tokens: Atlassian rotates refresh tokens, so the new
        one must be in the keychain before anything else can fail. Each
        keychain write replaces its entry in one step. Returns the connection
        as now saved.
        """
        if {"name", "secret_ref"} & public_changes.keys():
            raise ValueError("use rename() or save() to change a name or secret_ref")
        connection.replace(**public_changes)  # a bad field fails before any write
        self._version_of(self.settings.load(), connection)
        for kind, value in secrets.items():
            await self.keychain.set(secret_key(connection.secret_ref, kind), value)
        try:
            with self.settings.locked():
                connections = self.settings.load()
                current = self._version_of(connections, connection)
                updated = current.replace(**public_changes)
                connections[current.name] = updated
                self.settings.write(connections)
        except ConnectionNotFound:
            # Removed or replaced meanwhile: what was just written belongs to
            # nothing any more.
            await self._forget(connection.secret_ref, secrets)
            raise
        return updated

    @staticmethod
    def _version_of(
        connections: Mapping[str, Connection], connection: Connection
    ) -> Connection:
        # Found by secret_ref, which names this version whatever its name now.
        for current in connections.values():
            if current.secret_ref == connection.secret_ref:
                return current
        raise ConnectionNotFound(
            translate(
                "Errors",
                "The connection '{name}' was removed or replaced by another program "
                "meanwhile.",
            ).format(name=connection.name)
        )

    # Removing and renaming -----------------------------------------------------

    async def remove(self, name: str) -> None:
        """Forget the connection, then delete its secrets."""
        with self.settings.locked():
            connections = self.settings.load()
            removed = connections.pop(name, None)
            if removed is None:
                raise _not_found(name)
            self.settings.write(connections)
        log.info("removed connection '%s'", name)
        await self._forget_leftovers()
        if not await self._forget(removed.secret_ref, SecretKind):
            raise KeychainError(
                translate(
                    "Errors",
                    "The connection '{name}' was removed, but some of its secrets "
                    "could not be deleted from the keychain.",
                ).format(name=name),
                translate(
                    "Errors",
                    "Open your keychain's app and delete the entries of the service "
                    "'jira-wizard' whose names begin with '{prefix}'.",
                ).format(prefix=removed.secret_ref),
            )

    async def rename(self, old: str, new: str) -> Connection:
        new = require_connection_name(new)
        with self.settings.locked():
            connections = self.settings.load()
            connection = connections.get(old)
            if connection is None:
                raise _not_found(old)
            if new == old:
                return connection
            clashes = [n for n in connections if _same_name(n, new) and n != old]
            if clashes:
                raise _exists(clashes[0], new)
            del connections[old]
            renamed = connection.replace(name=new)
            connections[new] = renamed
            self.settings.write(connections)
        log.info("renamed connection '%s' to '%s'", old, new)
        return renamed

    # Keychain clean-up ---------------------------------------------------------

    async def _forget(
        self, secret_ref: str, kinds: Iterable[SecretKind], *, note: bool = True
    ) -> bool:
        """Delete a version's secrets, best effort; True when all are gone.

        The deletes are asked for together, so a keychain that hangs costs one
        timeout, not one per secret. A version not wholly deleted is noted
        (``note``) for a later attempt.
        """
        import asyncio

        keys = [secret_key(secret_ref, kind) for kind in kinds]
        results = await asyncio.gather(
            *(self.keychain.delete(key) for key in keys), return_exceptions=True
        )
        all_gone = True
        for key, result in zip(keys, results, strict=True):
            if isinstance(result, BaseException):
                all_gone = False
                log.warning(
                    "could not delete the keychain entry %s (%s)",
                    key,
                    type(result).__name__,
                )
        if not all_gone and note:
            self._note_leftover(secret_ref)
        return all_gone

    async def _forget_leftovers(self) -> None:
        """Delete the versions earlier clean-ups could not; never one in use."""
        noted = self._read_leftovers()
        if not noted:
            return
        in_use = {c.secret_ref for c in self.settings.load().values()}
        done = set(noted) & in_use  # cannot happen; never delete those
        for secret_ref in set(noted) - in_use:
            if await self._forget(secret_ref, SecretKind, note=False):
                done.add(secret_ref)
        if done:
            log.info("deleted %d version(s) left in the keychain earlier", len(done))
            self._update_leftovers(lambda refs: [r for r in refs if r not in done])

    def _note_leftover(self, secret_ref: str) -> None:
        self._update_leftovers(
            lambda refs: refs if secret_ref in refs else [*refs, secret_ref]
        )

    def _update_leftovers(
        self, change: Callable[[builtins.list[str]], builtins.list[str]]
    ) -> None:
        # Best effort: failing to note a leftover must not hide the error
        # that caused it.
        try:
            with self.settings.locked():
                self._write_leftovers(change(self._read_leftovers()))
        except (SettingsError, OSError) as exc:
            log.warning("could not note keychain leftovers (%s)", type(exc).__name__)

    def _read_leftovers(self) -> builtins.list[str]:
        path = self.settings.path.with_name(LEFTOVERS_FILE)
        try:
            refs = json.loads(path.read_bytes()).get("secret_refs", [])
        except (OSError, ValueError, AttributeError):
            return []
        return [ref for ref in refs if isinstance(ref, str) and ref.isalnum()]

    def _write_leftovers(self, refs: builtins.list[str]) -> None:
        path = self.settings.path.with_name(LEFTOVERS_FILE)
        if not refs:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            return
        data = json.dumps({"version": 1, "secret_refs": refs}).encode()
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".leftovers.")
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


def _check_secrets(auth_type: AuthType, secrets: Mapping[SecretKind, Secret]) -> None:
    required = REQUIRED_SECRETS[auth_type]
    if set(secrets) != required or not all(secrets.values()):
        given = ", ".join(sorted(kind.value for kind in secrets)) or "none"
        needed = ", ".join(sorted(kind.value for kind in required))
        raise ValueError(
            f"a {auth_type.value} connection keeps exactly {needed} "
            f"(given: {given}), none of them empty"
        )


def _same_name(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _replaced(
    connections: Mapping[str, Connection], name: str, replace: bool
) -> builtins.list[Connection]:
    """The saved connections ``name`` would replace; ConnectionExists if not allowed.

    A name differing only in capitals counts as the same name: two connections
    called 'Prod' and 'prod' would be mixed up by the person and by scripts.
    """
    same = [c for n, c in connections.items() if _same_name(n, name)]
    if same and not replace:
        raise _exists(same[0].name, name)
    return same


def _exists(existing: str, wanted: str) -> ConnectionExists:
    if existing == wanted:
        return ConnectionExists(
            translate("Errors", "A connection named '{name}' exists already.").format(
                name=wanted
            )
        )
    return ConnectionExists(
        translate(
            "Errors",
            "The name '{name}' differs only in capitals from the connection "
            "'{existing}', which exists already.",
        ).format(name=wanted, existing=existing)
    )


def _not_found(name: str) -> ConnectionNotFound:
    return ConnectionNotFound(
        translate("Errors", "No saved connection is named '{name}'.").format(name=name)
    )
