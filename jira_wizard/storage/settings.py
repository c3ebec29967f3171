"""The settings file: the public part of every saved connection.

``connections.json`` in the user's config folder holds
``{"version": 1, "connections": [...]}``, one ``Connection.to_json()`` each,
and never a secret. It is replaced atomically (a temporary file in the same
folder, flushed to disk, then renamed over the old one), so a reader, or the
program after a crash, finds either the old file or the new one, whole.
Read-modify-write sequences hold a lock file beside it, so two programs
changing connections at once cannot lose each other's change.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from jira_wizard.core.errors import SettingsError
from jira_wizard.core.i18n import translate
from jira_wizard.core.models import Connection, Secret

if TYPE_CHECKING:
    import filelock

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
FILE_NAME = "connections.json"


def default_path() -> Path:
    return platformdirs.user_config_path("jira-wizard") / FILE_NAME


class SettingsFile:
    """Reads and atomically writes the saved connections' public part."""

    def __init__(self, path: Path | None = None, *, lock_timeout: float = 10.0) -> None:
        self.path = path or default_path()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock_timeout = lock_timeout
        self._lock: filelock.FileLock | None = None
        self._making_lock = threading.Lock()

    # Reading -------------------------------------------------------------------

    def load(self) -> dict[str, Connection]:
        """The saved connections by name; none when there is no file yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise SettingsError(
                translate(
                    "Errors", "The settings file {path} could not be read ({reason})."
                ).format(path=self.path, reason=exc.strerror)
            ) from exc
        try:
            return _parse(raw)
        except _NewerFormat as exc:
            raise SettingsError(
                translate(
                    "Errors",
                    "The settings file {path} was written by a newer version of this "
                    "program and was left as it is.",
                ).format(path=self.path),
                translate("Errors", "Update jira-wizard to use these connections."),
            ) from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise self._corrupt(exc) from exc

    def _corrupt(self, exc: Exception) -> SettingsError:
        log.error("the settings file %s is damaged (%s)", self.path, exc)
        return SettingsError(
            translate(
                "Errors", "The settings file {path} is damaged and was left as it is."
            ).format(path=self.path),
            translate(
                "Errors",
                "Restore it from a backup, or move it elsewhere to start with no "
                "saved connections and add them again (secrets still in the "
                "keychain under 'jira-wizard' can then be deleted there).",
            ),
        )

    # Writing -------------------------------------------------------------------

    def write(self, connections: Mapping[str, Connection]) -> None:
        """Replace the file with ``connections``, atomically.

        Raises ``SettingsError`` only when the old file is still in place: once
        the rename has happened the new file counts as written, even if making
        the folder's entry durable fails afterwards.
        """
        # Imported here: reading, all a window needs to open, does without it
        # (and without shutil and the compression modules it brings).
        import tempfile

        data = _serialize(connections)
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
        )
        try:
            _write_durably(fd, data)
            os.replace(temporary, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise SettingsError(
                translate(
                    "Errors",
                    "The settings file {path} could not be written ({reason}); it "
                    "was left as it was.",
                ).format(path=self.path, reason=exc.strerror or type(exc).__name__)
            ) from exc
        _sync_folder(self.path.parent)
        log.debug("wrote %d connections to %s", len(connections), self.path)

    # Locking -------------------------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the cross-process lock for a read-modify-write.

        Re-entrant within one thread, so a caller may hold it around calls
        that take it themselves.
        """
        import filelock

        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = self._file_lock()
        try:
            lock.acquire()
        except filelock.Timeout as exc:
            raise SettingsError(
                translate(
                    "Errors",
                    "Another program is changing the saved connections right now "
                    "(it holds {path}).",
                ).format(path=self.lock_path),
                translate(
                    "Errors",
                    "Wait for it to finish, then try again. If no other "
                    "jira-wizard is running, delete that lock file.",
                ),
            ) from exc
        try:
            yield
        finally:
            lock.release()

    def _file_lock(self) -> filelock.FileLock:
        # Made on first use: reading takes no lock, and commands that only
        # read (``jira-wizard credentials``, ``list``) start faster without
        # importing the lock library at all.
        import filelock

        with self._making_lock:
            if self._lock is None:
                self._lock = filelock.FileLock(
                    str(self.lock_path), timeout=self._lock_timeout
                )
            return self._lock


class _NewerFormat(Exception):
    """The file's format version is newer than this program knows."""


def _parse(raw: bytes) -> dict[str, Connection]:
    document = json.loads(raw.decode("utf-8"))
    if not isinstance(document, dict):
        raise ValueError("not a JSON object")
    version = document.get("version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise _NewerFormat(version)
    if version != FORMAT_VERSION:
        raise ValueError(f"unknown format version {version!r}")
    connections: dict[str, Connection] = {}
    for entry in document["connections"]:
        connection = Connection.from_json(entry)
        if connection.name in connections:
            raise ValueError(f"the name {connection.name!r} appears twice")
        connections[connection.name] = connection
    return connections


def _serialize(connections: Mapping[str, Connection]) -> bytes:
    for name, connection in connections.items():
        if name != connection.name:
            raise ValueError(f"connection {connection.name!r} filed as {name!r}")
    document = {
        "version": FORMAT_VERSION,
        "connections": [connections[name].to_json() for name in sorted(connections)],
    }
    _refuse_secrets(document)
    text = json.dumps(document, indent=2, ensure_ascii=False, default=_no_default)
    return (text + "\n").encode("utf-8")


def _refuse_secrets(value: Any) -> None:
    """The settings file never holds a secret: refuse one before writing."""
    if isinstance(value, Secret):
        raise TypeError("a Secret must never be written to the settings file")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_secrets(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _refuse_secrets(item)


def _no_default(value: object) -> Any:
    raise TypeError(f"{type(value).__name__} does not belong in the settings file")


def _write_durably(fd: int, data: bytes) -> None:
    # mkstemp creates the file readable by its owner only (0600); say so
    # anyway, since the file describes the person's accounts.
    with os.fdopen(fd, "wb") as stream:
        if hasattr(os, "fchmod"):
            os.fchmod(stream.fileno(), 0o600)
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.debug("could not sync the folder %s (%s)", folder, exc.strerror)
    finally:
        os.close(fd)
