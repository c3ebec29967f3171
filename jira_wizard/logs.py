"""The program's log: a rotating file a helpdesk can ask for, and the terminal.

``configure_logging`` sets both up, once per run, for every command and the
wizard (``jira_wizard.cli.main`` calls it first thing):

- the file ``jira-wizard.log`` in the platform's log folder
  (``platformdirs.user_log_path("jira-wizard")``: ``~/.local/state/jira-wizard/log``
  on Linux, ``~/Library/Logs/jira-wizard`` on macOS, ``%LOCALAPPDATA%``
  on Windows), at INFO, or DEBUG with ``-vv``; it rotates at 1 MB and keeps
  three old files, readable by its owner only;
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

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

from jira_wizard.core.redact import redact_text

LOG_FILE_NAME = "jira-wizard.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"

#: ``log.warning(..., extra=FILE_ONLY)``: for the file, not the terminal.
FILE_ONLY = {"file_only": True}

_OURS = "_jira_wizard_handler"


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, arguments and exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
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
) -> Path | None:
    """Log to the file and the terminal; returns the file, or None if it cannot be.

    Calling it again replaces what an earlier call set up.
    """
    root = logging.getLogger()
    _remove_ours(root)
    root.setLevel(logging.DEBUG if verbosity > 1 else logging.INFO)
    path = _add_file_handler(root, folder or log_folder(), verbosity)
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


def _console_level(verbosity: int) -> int:
    if verbosity == 1:
        return logging.INFO
    return logging.DEBUG if verbosity > 1 else logging.WARNING


def _add_file_handler(
    root: logging.Logger, folder: Path, verbosity: int
) -> Path | None:
    path = folder / LOG_FILE_NAME
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        if sys.platform != "win32":
            os.chmod(path, 0o600)
    except OSError as exc:
        # A read-only home folder must not stop the program; the terminal
        # still gets everything.
        print(
            f"jira-wizard: warning: no log file ({type(exc).__name__}).",
            file=sys.stderr,
        )
        return None
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    level = logging.DEBUG if verbosity > 1 else logging.INFO
    _add_handler(root, handler, level)
    return path


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
    return [redact_text(line) for line in lines[-limit:]]
