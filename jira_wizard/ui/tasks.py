"""Running the backend's coroutines from widgets without freezing the window.

Every backend call is an asyncio task on the qasync loop, held in a
``TaskSlot``: starting a new one cancels the one before (a person who types on
makes the previous check pointless), and the wizard cancels every slot when a
page is left or the window closes. Errors a person can act on are
``WizardError``s and are shown by the page; anything else is turned into a
generic error here and logged by type only, because its text may quote a value
the person typed.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from jira_wizard.core.errors import RateLimited, WizardError

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Seconds to wait when a 429 carries no ``Retry-After`` header.
DEFAULT_RETRY_AFTER = 30
#: Atlassian asks for patience at most this many times in a row before the
#: wizard stops retrying on its own and lets the person decide.
MAX_AUTOMATIC_RETRIES = 3


def event_loop() -> asyncio.AbstractEventLoop:
    """The qasync loop: the running one, or the one set for this thread."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop()


class TaskSlot:
    """At most one running task for one purpose, such as probing the site."""

    def __init__(self, purpose: str) -> None:
        self._purpose = purpose
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The task started last, running or not (None once cancelled)."""
        return self._task

    def start(self, coroutine: Coroutine[Any, Any, None]) -> None:
        self.cancel()
        self._task = event_loop().create_task(coroutine)
        self._task.add_done_callback(self._on_task_done)

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            log.debug("cancelled %s", self._purpose)
            self._task.cancel()
        self._task = None

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        # Pages catch every exception themselves; this is the last net, so
        # that nothing ends up as a traceback on the terminal.
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("%s ended with %s", self._purpose, type(error).__name__)


def unexpected_error(error: BaseException, while_doing: str) -> WizardError:
    """A generic error to show for an exception that is not a WizardError."""
    log.error("unexpected %s while %s", type(error).__name__, while_doing)
    translate = QCoreApplication.translate
    return WizardError(
        translate("Wizard", "Something unexpected went wrong."),
        translate(
            "Wizard",
            "Try again. If it happens again, copy the diagnostic report and "
            "send it to your helpdesk.",
        ),
        help_topic="diagnostic-report",
    )


def seconds_to_wait(error: RateLimited) -> int:
    if error.retry_after is None:
        return DEFAULT_RETRY_AFTER
    return max(1, math.ceil(error.retry_after))


async def retry_when_rate_limited(
    call: Callable[[], Awaitable[T]],
    on_wait: Callable[[int], None],
    tick: float,
) -> T:
    """Await ``call()``, waiting out each 429 with a countdown and calling again.

    Atlassian's ``Retry-After`` is honoured in full: retrying earlier only
    lengthens the wait. ``on_wait`` gets the whole seconds left, once per
    ``tick`` (one second in the product, less in tests).
    """
    attempt = 0
    while True:
        try:
            return await call()
        except RateLimited as error:
            attempt += 1
            if attempt > MAX_AUTOMATIC_RETRIES:
                raise
            for remaining in range(seconds_to_wait(error), 0, -1):
                on_wait(remaining)
                await asyncio.sleep(tick)
