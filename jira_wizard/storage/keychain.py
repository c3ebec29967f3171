"""The OS keychain, reached through ``keyring``, off the calling thread.

Every secret the product keeps sits here under the service name
``jira-wizard``. Three rules shape this module:

- A keychain call can block for as long as an unlock prompt waits for the
  person, so every call runs on a worker thread and gives up after a timeout
  (``KeychainTimeout``). The wizard's event loop never waits on the keychain.
- Only a secure keychain is used (``backends`` says which are). The ``fail``
  and ``null`` backends store nothing and are always refused; ``keyrings.alt``
  keeps secrets in plain or weakly protected files and is refused, with a
  message saying how to get a real keychain, unless the organization's policy
  explicitly allows an insecure one. There is never a silent downgrade.
- Windows Credential Manager holds about 2.5 KB per entry (stored as UTF-16),
  and Atlassian tokens can be longer, so long values are split into parts and
  joined again on reading. The main entry then holds a marker naming the parts.
  Parts carry a fresh generation tag on every write, so replacing a value in
  place switches from the old parts to the new ones in the single write of the
  main entry: a reader sees the old value or the new one, never a mixture.

asyncio is imported only by the coroutines that need it, so that reading a
secret synchronously (``jira-wizard credentials``) starts without it.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from jira_wizard.core.errors import (
    KeychainError,
    KeychainTimeout,
    KeychainUnavailable,
    WizardError,
)
from jira_wizard.core.i18n import translate
from jira_wizard.core.models import Secret
from jira_wizard.storage import backends
from jira_wizard.storage.backends import BackendInfo
from jira_wizard.storage.worker import Worker

if TYPE_CHECKING:
    # keyring is imported on first use, on the worker (see ``backends``).
    from keyring.backend import KeyringBackend

__all__ = ["CHUNK_MARKER", "SERVICE", "BackendInfo", "Keychain"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The service name every entry is stored under.
SERVICE = "jira-wizard"

#: Characters per entry on Windows: Credential Manager holds 2,560 bytes per
#: credential blob and keyring stores text as UTF-16, so 1,200 characters stay
#: safely below it.
WINDOWS_MAX_ENTRY = 1200

#: The main entry of a value split into parts: ``<marker><generation>:<count>``.
CHUNK_MARKER = "jira-wizard:chunked:"


class Keychain:
    """Secrets in the OS keychain, with a timeout on every call.

    ``backend`` defaults to ``keyring.get_keyring()``, looked up on first use.
    ``max_entry_size`` is the longest value kept in one entry; by default
    1,200 characters on Windows and unlimited elsewhere.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        timeout: float = 10.0,
        max_entry_size: int | None = None,
        allow_insecure: bool = False,
    ) -> None:
        if max_entry_size is not None and max_entry_size < 1:
            raise ValueError("max_entry_size must be at least 1")
        self._given = backend
        self._timeout = timeout
        self._max_entry_size = max_entry_size
        self._allow_insecure = allow_insecure
        self._resolved: tuple[KeyringBackend, BackendInfo] | None = None
        self._resolve_lock = threading.Lock()
        self._warned_insecure = False
        self._worker = Worker("jira-wizard-keychain")

    # What the keychain is ----------------------------------------------

    def backend_info(self) -> BackendInfo:
        """The backend in use; looks up the system's keyring on first call."""
        return self._backend()[1]

    def ensure_usable(self) -> None:
        """Raise ``KeychainUnavailable`` unless secrets can be kept safely here."""
        self._usable_backend()

    # Asynchronous use, for the wizard and the service ---------------------

    async def set(self, key: str, value: Secret) -> None:
        key = _checked_key(key)
        await self._call(lambda: self._set_blocking(key, value))

    async def get(self, key: str) -> Secret | None:
        key = _checked_key(key)
        return await self._call(lambda: self._get_blocking(key))

    async def delete(self, key: str) -> None:
        """Delete ``key`` and its parts; a missing entry is fine."""
        key = _checked_key(key)
        await self._call(lambda: self._delete_blocking(key))

    # Synchronous twins, for command-line paths that run no event loop ------
    # Calling these from a running event loop blocks it: use the coroutines.

    def set_sync(self, key: str, value: Secret) -> None:
        key = _checked_key(key)
        self._call_sync(lambda: self._set_blocking(key, value))

    def get_sync(self, key: str) -> Secret | None:
        key = _checked_key(key)
        return self._call_sync(lambda: self._get_blocking(key))

    def delete_sync(self, key: str) -> None:
        key = _checked_key(key)
        self._call_sync(lambda: self._delete_blocking(key))

    # Running calls on the worker ------------------------------------------
    # A call that times out cannot be stopped: keyring offers no way to cancel
    # a D-Bus or Credential Manager call, and Python cannot kill a thread. It
    # finishes in the background, possibly after the caller gave up. Two
    # things keep such a late call harmless. First, the worker runs calls one
    # at a time in the order they were asked for, so a clean-up ``delete``
    # asked for after a timed-out ``set`` runs after that set has landed, and
    # removes what it wrote. Second, ``ConnectionStore`` writes every save
    # under a fresh ``secret_ref`` that no saved connection points to until the
    # settings file switches over, so a late write can never overwrite the
    # secrets of a working connection.

    async def _call(self, blocking: Callable[[], T]) -> T:
        import asyncio

        try:
            return await self._worker.run(self._translated(blocking), self._timeout)
        except asyncio.TimeoutError:
            raise self._timed_out() from None

    def _call_sync(self, blocking: Callable[[], T]) -> T:
        try:
            return self._worker.run_sync(self._translated(blocking), self._timeout)
        except concurrent.futures.TimeoutError:
            raise self._timed_out() from None

    def _timed_out(self) -> KeychainTimeout:
        log.warning("the keychain did not answer within %g s", self._timeout)
        return KeychainTimeout(
            translate(
                "Errors", "The keychain did not answer within {seconds} seconds."
            ).format(seconds=f"{self._timeout:g}")
        )

    def _translated(self, blocking: Callable[[], T]) -> Callable[[], T]:
        def run() -> T:
            try:
                return blocking()
            except WizardError:
                raise
            except Exception as exc:
                raise backends.translate(exc) from exc

        return run

    # The backend ------------------------------------------------------------

    def _backend(self) -> tuple[KeyringBackend, BackendInfo]:
        # Resolved once: finding the system keyring, and a chainer's list of
        # backends, probe D-Bus and every installed backend.
        with self._resolve_lock:
            if self._resolved is None:
                given = self._given or backends.system_keyring()
                backend = backends.effective_backend(given)
                self._resolved = (backend, backends.describe(backend))
            return self._resolved

    def _usable_backend(self) -> KeyringBackend:
        backend, info = self._backend()
        if info.secure:
            return backend
        if self._allow_insecure and not backends.stores_nothing(backend):
            if not self._warned_insecure:
                self._warned_insecure = True
                log.warning(
                    "using the keychain %s, which is not secure (%s), because "
                    "insecure keychains are allowed",
                    info.name,
                    info.reason,
                )
            return backend
        raise KeychainUnavailable(
            translate(
                "Errors", "The keychain found ({name}) cannot be used: {reason}."
            ).format(name=info.name, reason=translate("Errors", info.reason or ""))
        )

    def _entry_limit(self, backend: KeyringBackend) -> int | None:
        if self._max_entry_size is not None:
            return self._max_entry_size
        if backends.in_module(backend, "keyring.backends.Windows"):
            return WINDOWS_MAX_ENTRY
        return None

    # The blocking operations, run on the worker ---------------------------

    def _set_blocking(self, key: str, value: Secret) -> None:
        backend = self._usable_backend()
        previous = backend.get_password(SERVICE, key)
        text = value.reveal()
        limit = self._entry_limit(backend)
        # A value that happens to look like a marker is split too, so that
        # reading it back can never mistake it for one.
        if (limit is not None and len(text) > limit) or text.startswith(CHUNK_MARKER):
            _set_parts(backend, key, text, limit or len(text))
        else:
            backend.set_password(SERVICE, key, text)
        log.debug("stored keychain entry %s", key)
        _drop_parts_quietly(backend, key, previous)

    def _get_blocking(self, key: str) -> Secret | None:
        backend = self._usable_backend()
        stored = backend.get_password(SERVICE, key)
        if stored is None:
            return None
        chunks = _parse_marker(stored)
        if chunks is None:
            return Secret(stored)
        generation, count = chunks
        parts = [
            backend.get_password(SERVICE, _part_key(key, generation, index))
            for index in range(1, count + 1)
        ]
        if any(part is None for part in parts):
            raise KeychainError(
                translate(
                    "Errors",
                    "A secret in the keychain is incomplete: part of it is missing.",
                ),
                translate(
                    "Errors", "Add the connection again to store its secrets anew."
                ),
            )
        return Secret("".join(part for part in parts if part is not None))

    def _delete_blocking(self, key: str) -> None:
        backend = self._usable_backend()
        stored = backend.get_password(SERVICE, key)
        if stored is None:
            return
        # The main entry goes first: once it is gone the value is gone, and a
        # part left behind by a failure below is unreachable.
        _delete_entry(backend, key)
        log.debug("deleted keychain entry %s", key)
        _drop_parts_quietly(backend, key, stored)


# Chunks -----------------------------------------------------------------------


def _part_key(key: str, generation: str, index: int) -> str:
    return f"{key}#{generation}.{index}"


def _parse_marker(stored: str | None) -> tuple[str, int] | None:
    if stored is None or not stored.startswith(CHUNK_MARKER):
        return None
    generation, _, count = stored[len(CHUNK_MARKER) :].partition(":")
    if not generation or not count.isdigit() or int(count) < 1:
        raise KeychainError(
            translate("Errors", "A secret in the keychain is damaged."),
            translate("Errors", "Add the connection again to store its secrets anew."),
        )
    return generation, int(count)


def _set_parts(backend: KeyringBackend, key: str, text: str, limit: int) -> None:
    import secrets  # here, not at the top: only a save needs it

    generation = secrets.token_hex(8)
    parts = [text[start : start + limit] for start in range(0, len(text), limit)]
    written: list[str] = []
    try:
        for index, part in enumerate(parts, start=1):
            written.append(_part_key(key, generation, index))
            backend.set_password(SERVICE, written[-1], part)
        # The one write that switches readers over to the new parts.
        backend.set_password(SERVICE, key, f"{CHUNK_MARKER}{generation}:{len(parts)}")
    except Exception:
        for part_key in written:
            _delete_quietly(backend, part_key)
        raise


def _drop_parts_quietly(backend: KeyringBackend, key: str, stored: str | None) -> None:
    """Delete the parts a replaced or deleted value left, best effort."""
    try:
        chunks = _parse_marker(stored)
    except KeychainError:
        return
    if chunks is None:
        return
    generation, count = chunks
    for index in range(1, count + 1):
        _delete_quietly(backend, _part_key(key, generation, index))


def _delete_entry(backend: KeyringBackend, key: str) -> None:
    import keyring.errors

    try:
        backend.delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        # Backends report a missing entry this way too; only a remaining one
        # is a failure.
        if backend.get_password(SERVICE, key) is not None:
            raise


def _delete_quietly(backend: KeyringBackend, key: str) -> None:
    try:
        _delete_entry(backend, key)
    except Exception as exc:
        log.warning(
            "could not delete the keychain entry %s (%s)", key, type(exc).__name__
        )


def _checked_key(key: str) -> str:
    # '#' separates a key from the tags of its parts.
    if not key or "#" in key:
        raise ValueError("a keychain key must be non-empty and contain no '#'")
    return key
