"""Keyring backends for tests: a plain in-memory one, and one that misbehaves.

None of them has a ``priority``, so keyring never picks one on its own: they
are used only where a test hands one to ``Keychain`` (the classes register
themselves with keyring just by being defined).
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

#: How long a slow backend holds a call at most, so no thread outlives a run.
SLOW_CALL_LIMIT = 10.0


class MemoryBackend(KeyringBackend):
    """Entries in a dict. Behaves like a real backend, down to the error for
    deleting a missing entry."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self.entries.pop((service, username), None) is None:
                raise PasswordDeleteError("No such password!")

    def keys(self, service: str) -> set[str]:
        with self._lock:
            return {user for (svc, user) in self.entries if svc == service}


class FaultyBackend(KeyringBackend):
    """Wraps another backend and fails on request.

    ``fail_write``: the number (from 1) of the ``set_password`` call that
    raises ``PasswordSetError``. ``locked``: every call raises
    ``KeyringLocked``. ``slow``: every call waits until ``release()`` (or
    ``SLOW_CALL_LIMIT``) before going through. ``calls`` records what was
    asked, in order, as ``(operation, username)``.
    """

    def __init__(
        self,
        inner: KeyringBackend,
        *,
        fail_write: int | None = None,
        locked: bool = False,
        slow: bool = False,
    ) -> None:
        super().__init__()
        self.inner = inner
        self.fail_write = fail_write
        self.locked = locked
        self.calls: list[tuple[str, str]] = []
        self.writes = 0
        self._released = threading.Event()
        if not slow:
            self._released.set()

    def release(self) -> None:
        self._released.set()

    def get_password(self, service: str, username: str) -> str | None:
        self._enter("get", username)
        return self.inner.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._enter("set", username)
        self.writes += 1
        if self.writes == self.fail_write:
            raise PasswordSetError("injected failure")
        self.inner.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._enter("delete", username)
        self.inner.delete_password(service, username)

    def _enter(self, operation: str, username: str) -> None:
        self._released.wait(SLOW_CALL_LIMIT)
        self.calls.append((operation, username))
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")


class PlainTextLookalike(MemoryBackend):
    """Stands in for keyrings.alt's plain-text file backend, which is never
    installed here: what matters is the module it comes from."""

    __module__ = "keyrings.alt.file"


class WindowsLookalike(MemoryBackend):
    """Stands in for Windows Credential Manager, for its default entry size."""

    __module__ = "keyring.backends.Windows"


class FakeChainer(ChainerBackend):
    """keyring's chainer over a given list of backends instead of all installed."""

    viable = False  # never chosen by keyring itself

    def __init__(self, held: list[KeyringBackend]) -> None:
        super().__init__()
        self._held = held

    @property
    def backends(self) -> list[KeyringBackend]:
        return self._held
