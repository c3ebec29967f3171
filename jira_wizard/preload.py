"""What the wizard's window opens without, loaded afterwards off its thread.

The window needs only the core, the widgets and the settings file. The HTTP
stack (httpx, httpcore, anyio, h11, truststore), the sign-in and keyring's
search for the system's keychain cost about as much again as the window
itself, and a person reads the first page before any of it is needed. So they
are imported where they are first used, and ``Service.prepare`` loads them all
on a worker thread as soon as the first network call is asked for: an import
on the event loop's thread would freeze the window while it runs.

A worker thread does not keep the window alive on its own, though: Python's
full garbage collection runs on whichever thread allocates at the time and
holds the interpreter lock for all of it, about 30 ms over the objects of a
started Qt program on a slow machine, during which the window cannot paint.
Imports allocate a great deal and set one off. Worse, a collection on the
worker would destroy the window's discarded Qt objects there, and a QObject
destroyed off its own thread cannot stop its timers, which then fire into
freed memory. So the first loading (``collector_paused``) runs with the
collector off, and the objects alive when it ends are taken out of the
collector's sight (``gc.freeze``): they live as long as the program anyway,
and the collections that follow only look at what is new. This happens once
per process; what was garbage at that moment stays in memory, a few objects
at most this early.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from jira_wizard.core.errors import WizardError

if TYPE_CHECKING:
    from jira_wizard.storage.keychain import Keychain

log = logging.getLogger(__name__)

#: The program's modules that talk to Atlassian and sign in, with everything
#: they import.
NETWORK_MODULES = (
    "jira_wizard.atlassian.http",
    "jira_wizard.atlassian.site",
    "jira_wizard.atlassian.apitoken",
    "jira_wizard.atlassian.oauth",
    "jira_wizard.signin",
    "jira_wizard.api",
    "jira_wizard.tokens",
    # The settings file's lock and its atomic write, first needed when a
    # connection is saved.
    "filelock",
    "tempfile",
    # Random state, PKCE hashes and keychain generations, imported where they
    # are used (a sign-in or a save) rather than before the window shows.
    "secrets",
    "hashlib",
    "uuid",
)

#: Modules that libraries import on their first request rather than when
#: imported: httpcore reaches asyncio through anyio, which loads its asyncio
#: backend then. Private names, so a library that moves them is no error.
FIRST_REQUEST_MODULES = ("anyio._backends._asyncio",)


_loading = threading.Lock()
_frozen = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the garbage collector off while loading, the first time only.

    Afterwards everything alive is frozen out of later collections.
    """
    global _frozen
    with _loading:
        first, _frozen = not _frozen, True
        collecting = gc.isenabled()
        if first:
            gc.disable()
        try:
            yield
        finally:
            if first:
                gc.freeze()
                if collecting:
                    gc.enable()


def import_network_modules() -> None:
    """Import everything a connect needs; call it off the event loop's thread."""
    started = time.perf_counter()
    for name in NETWORK_MODULES:
        importlib.import_module(name)
    for name in FIRST_REQUEST_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    log.debug("loaded the network modules in %.0f ms", _since(started))


def find_keychain(keychain: Keychain) -> None:
    """Let keyring find the system's keychain now, which loads all its backends.

    A keychain that cannot be used is not reported here: the call that needs
    it says so, with the advice that goes with it.
    """
    started = time.perf_counter()
    with contextlib.suppress(WizardError):
        keychain.backend_info()
    log.debug("found the keychain in %.0f ms", _since(started))


def _since(started: float) -> float:
    return (time.perf_counter() - started) * 1000
