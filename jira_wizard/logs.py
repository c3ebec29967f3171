"""The program's log: a rotating file a helpdesk can ask for, and the terminal.

``configure_logging`` sets both up, once per run, for every command and the
wizard (``jira_wizard.cli.main`` calls it first thing):

- the file ``jira-wizard.log`` in the platform's log folder
  (``platformdirs.user_log_path("jira-wizard")``: ``~/.local/state/jira-wizard/log``
  on Linux, ``~/Library/Logs/jira-wizard`` on macOS, ``%LOCALAPPDATA%``
  on Windows), at INFO, or DEBUG with ``-vv``; it rolls over at 1 MB and keeps
  three old files, every one readable by its owner only, in a folder only its
  owner can open (``RotatingFile``);
- the terminal (standard error), at WARNING, INFO with ``-v``, DEBUG with
  ``-vv``. A record logged with ``extra=FILE_ONLY`` goes to the file alone:
  the command line says its own one-line reason, and the file keeps the story.

Logs tell the story of a connection, never its data: secrets never reach a
log in the first place. ``RedactingFilter`` is the safety net behind that
rule, on both outputs: it masks what looks like a secret in the message, its
arguments and the exception's text (``jira_wizard.core.redact``). The
``httpx`` and ``httpcore`` loggers stay at WARNING, because at INFO httpx
logs every URL whole, query included.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import stat
import sys
from collections.abc import Iterator
from io import TextIOWrapper
from pathlib import Path
from typing import TextIO

LOG_FILE_NAME = "jira-wizard.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"

#: ``log.warning(..., extra=FILE_ONLY)``: for the file, not the terminal.
FILE_ONLY = {"file_only": True}

_OURS = "_jira_wizard_handler"

#: Permissions are set on POSIX only. On Windows the log sits in the person's
#: profile (``%LOCALAPPDATA%``), whose access list already keeps other
#: accounts out; ``os.chmod`` there could only toggle the read-only flag.
_POSIX = os.name == "posix"


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, arguments and exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        # Imported with the first record that reaches an output: the masking
        # rules compile their patterns, which a start need not wait for.
        from jira_wizard.core.redact import redact_text

        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be kept
            message = str(record.msg)
        record.msg = redact_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True


class _NotFileOnly(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "file_only", False)


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_path("jira-wizard", appauthor=False))


def log_file() -> Path:
    """Where the log is written (it may not exist yet)."""
    return log_folder() / LOG_FILE_NAME


def configure_logging(
    verbosity: int = 0,
    *,
    folder: Path | None = None,
    console: TextIO | None = None,
    file_later: bool = False,
) -> Path | None:
    """Log to the file and the terminal; returns the file, or None if it cannot be.

    With ``file_later``, the file is opened by ``open_log_file`` (at the
    latest when the program ends), and what is logged until then is kept for
    it: the wizard paints its first page before it finds the log folder and
    opens the file (about 6 ms). None is returned then.

    Calling it again replaces what an earlier call set up.
    """
    root = logging.getLogger()
    _remove_ours(root)
    root.setLevel(_file_level(verbosity))
    if file_later:
        held = _HeldForTheFile(folder, verbosity)
        setattr(held, _OURS, True)
        root.addHandler(held)
        atexit.register(open_log_file)
        path = None
    else:
        folder = folder or log_folder()
        opened = _add_file_handler(root, folder, verbosity)
        path = folder / LOG_FILE_NAME if opened is not None else None
    stream = console if console is not None else sys.stderr
    # A windowed program (the frozen bundle on Windows) has no standard error.
    if stream is not None:
        handler = logging.StreamHandler(stream)
        handler.addFilter(_NotFileOnly())
        handler.setFormatter(logging.Formatter(CONSOLE_FORMAT))
        _add_handler(root, handler, _console_level(verbosity))
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return path


def open_log_file() -> Path | None:
    """Open the file ``configure_logging(file_later=True)`` left for later.

    What was logged meanwhile goes in first, in order; then the file takes
    every record as it comes. The file, or None when there was nothing left
    to open (or it cannot be).
    """
    root = logging.getLogger()
    held = next((h for h in root.handlers if isinstance(h, _HeldForTheFile)), None)
    if held is None:
        return None
    root.removeHandler(held)
    folder = held.folder or log_folder()
    opened = _add_file_handler(root, folder, held.verbosity)
    records, held.records = held.records, []
    if opened is None:
        return None
    # Held at the file's own level, so every one of them belongs in it.
    for record in records:
        opened.handle(record)
    return folder / LOG_FILE_NAME


class _HeldForTheFile(logging.Handler):
    """Keeps the records for a log file that is not open yet, the last ones.

    Unfiltered: the file's own handler masks them as they go in.
    """

    #: Enough for a start's story; a program that logs more before its file
    #: is open keeps the latest.
    LIMIT = 1000

    def __init__(self, folder: Path | None, verbosity: int) -> None:
        super().__init__(_file_level(verbosity))
        self.folder = folder
        self.verbosity = verbosity
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        del self.records[: -self.LIMIT]


def _file_level(verbosity: int) -> int:
    return logging.DEBUG if verbosity > 1 else logging.INFO


def _console_level(verbosity: int) -> int:
    if verbosity == 1:
        return logging.INFO
    return logging.DEBUG if verbosity > 1 else logging.WARNING


def _add_file_handler(
    root: logging.Logger, folder: Path, verbosity: int
) -> RotatingFile | None:
    """The log file's handler, added to ``root``; None if it cannot be opened."""
    path = folder / LOG_FILE_NAME
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _POSIX:
            # mkdir's mode applies only to a folder it creates: tighten one an
            # earlier version (or the person) made too.
            os.chmod(folder, 0o700)
        handler = RotatingFile(path, max_bytes=MAX_BYTES, backup_count=BACKUP_COUNT)
    except OSError as exc:
        # A read-only home folder must not stop the program; the terminal
        # still gets everything.
        print(
            f"jira-wizard: warning: no log file ({type(exc).__name__}).",
            file=sys.stderr,
        )
        return None
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    _add_handler(root, handler, _file_level(verbosity))
    return handler


def _add_handler(root: logging.Logger, handler: logging.Handler, level: int) -> None:
    handler.setLevel(level)
    handler.addFilter(RedactingFilter())
    setattr(handler, _OURS, True)
    root.addHandler(handler)


def _remove_ours(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()


def unconfigure_logging() -> None:
    """Take away what ``configure_logging`` added (for tests and embedders)."""
    _remove_ours(logging.getLogger())


def recent_problems(limit: int = 10, path: Path | None = None) -> list[str]:
    """The last warnings and errors in the log file, masked again, newest last."""
    path = path or log_file()
    lines: list[str] = []
    for candidate in (path.with_name(path.name + ".1"), path):
        try:
            text = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        lines += [
            line
            for line in text.splitlines()
            if " WARNING " in line or " ERROR " in line or " CRITICAL " in line
        ]
    from jira_wizard.core.redact import redact_text

    return [redact_text(line) for line in lines[-limit:]]


# The rotating file --------------------------------------------------------------


class RotatingFile(logging.FileHandler):
    """A log file that rolls over to ``.1`` … ``.N`` before it passes a size.

    Made here on ``logging.FileHandler`` rather than taken from
    ``logging.handlers``, which brings sockets, pickle and queues along and
    costs every command's start about ten milliseconds. Every file it creates
    is readable by its owner only (0600 on POSIX).

    Two programs may write the same log at once (a command while the wizard is
    open). Both append (``O_APPEND``), each line in one write, so lines never
    mix; the rollover is where they could trip over each other, and so:

    - the size that counts is that of the file now at the path, which the
      other program may have grown too;
    - when the file at the path is no longer the one this handler writes to,
      the other program has rolled it over: this one follows it to the new file
      instead of rolling over a second time;
    - one program rolls over at a time, holding a lock on ``<log>.lock``; one
      that finds the lock taken leaves the rollover to its holder;
    - a rollover that fails (Windows refuses to rename a file another program
      holds open) is given up quietly, and tried again once the file has grown
      by another sixteenth of the limit: meanwhile lines go on into the file as
      it is. Logging never makes the program fail.
    """

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        if max_bytes < 1 or backup_count < 1:
            raise ValueError("a rotating log needs a size and at least one backup")
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self._opened: os.stat_result | None = None
        self._retry_at = 0
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record) + self.terminator
            self._make_room(len(text.encode("utf-8", "replace")))
            if self.stream is None:  # closed, or a reopening failed
                self.stream = self._open()
            self.stream.write(text)
            self.flush()
        except RecursionError:  # as logging's own handlers do
            raise
        except Exception:
            self.handleError(record)

    def _open(self) -> TextIOWrapper:
        # Created 0600 (never readable by others for a moment), and an older
        # file is tightened too.
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        try:
            if _POSIX:
                os.fchmod(fd, 0o600)
            self._opened = os.fstat(fd)
            self._retry_at = 0
            return open(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def _make_room(self, size: int) -> None:
        """Follow another program's rollover, or roll over if ``size`` won't fit."""
        try:
            current = os.stat(self.baseFilename)
        except OSError:
            current = None
        try:
            if current is None or not self._writes_to(current):
                self._reopen()
            elif self._full(current, size) and not self._roll_over(current):
                self._retry_at = current.st_size + self.max_bytes // 16
        except OSError:
            pass  # the line goes into the file this handler has open

    def _writes_to(self, current: os.stat_result) -> bool:
        return self._opened is not None and os.path.samestat(current, self._opened)

    def _full(self, current: os.stat_result, size: int) -> bool:
        # Only a regular file rolls over: never a device the path may name.
        return (
            stat.S_ISREG(current.st_mode)
            and current.st_size > 0
            and current.st_size + size >= self.max_bytes
            and current.st_size >= self._retry_at
        )

    def _reopen(self) -> None:
        # The new file first: if it cannot be opened, the old one still works.
        stream = self._open()
        if self.stream is not None:
            self.stream.close()
        self.stream = stream

    def _roll_over(self, seen: os.stat_result) -> bool:
        """Move the file to ``.1`` (and so on down); False if that failed."""
        with _rollover_lock(self.baseFilename + ".lock") as held:
            if not held:
                return True  # another program is at it; follow it next line
            try:
                current: os.stat_result | None = os.stat(self.baseFilename)
            except FileNotFoundError:
                current = None
            if current is None or not os.path.samestat(current, seen):
                self._reopen()  # rolled over meanwhile by another program
                return True
            return self._shift_files()

    def _shift_files(self) -> bool:
        if self.stream is not None:
            self.stream.close()  # Windows renames no file a process holds open
            self.stream = None
        try:
            for index in range(self.backup_count, 0, -1):
                older = f"{self.baseFilename}.{index - 1}" if index > 1 else None
                source = older or self.baseFilename
                with contextlib.suppress(FileNotFoundError):
                    os.replace(source, f"{self.baseFilename}.{index}")
                    if _POSIX:  # one an older version left readable
                        os.chmod(f"{self.baseFilename}.{index}", 0o600)
        except OSError:
            return False
        finally:
            self.stream = self._open()
        return True


@contextlib.contextmanager
def _rollover_lock(path: str) -> Iterator[bool]:
    """Whether this process got the lock; never waits for it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        held = _lock_now(fd)
        try:
            yield held
        finally:
            if held:
                _unlock(fd)
    finally:
        os.close(fd)


def _lock_now(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
