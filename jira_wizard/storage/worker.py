"""The thread keychain calls run on.

keyring's calls block (D-Bus round trips, Credential Manager, and above all
an unlock prompt waiting for the person), so they never run on the caller's
thread. One worker per keychain runs them one at a time in the order they
were asked for; that order is what makes a call that outlived its timeout
harmless (see ``Keychain``).

asyncio is imported where it is used, not here: a command that reads one
secret without an event loop (``jira-wizard credentials``) then starts
without paying for it.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


class Worker:
    """Runs blocking calls one at a time, in order, on a daemon thread.

    A daemon thread, because a call stuck behind an unanswered unlock prompt
    must not keep the program from exiting. The thread ends after a while
    without work and starts again with the next call.
    """

    IDLE_SECONDS = 30.0

    def __init__(self, name: str) -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[
            tuple[Callable[[], Any], concurrent.futures.Future[Any]]
        ] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._running = False

    def submit(self, blocking: Callable[[], T]) -> concurrent.futures.Future[T]:
        job: concurrent.futures.Future[T] = concurrent.futures.Future()
        with self._lock:
            self._jobs.put((blocking, job))
            if not self._running:
                self._running = True
                thread = threading.Thread(target=self._run, name=self._name)
                thread.daemon = True
                thread.start()
        return job

    async def run(self, blocking: Callable[[], T], timeout: float) -> T:
        """``blocking``'s result; ``asyncio.TimeoutError`` after ``timeout``.

        On a timeout the call itself runs on to its end: nothing can stop it.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[T] = loop.create_future()
        job = self.submit(blocking)
        job.add_done_callback(lambda done: _hand_over(loop, waiter, done))
        return await asyncio.wait_for(waiter, timeout)

    def run_sync(self, blocking: Callable[[], T], timeout: float) -> T:
        """The same, for threads without an event loop.

        Raises ``concurrent.futures.TimeoutError`` after ``timeout``.
        """
        return self.submit(blocking).result(timeout=timeout)

    def _run(self) -> None:
        while True:
            try:
                blocking, job = self._jobs.get(timeout=self.IDLE_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():
                        self._running = False
                        return
                continue
            try:
                job.set_result(blocking())
            except BaseException as exc:
                job.set_exception(exc)


def _hand_over(
    loop: asyncio.AbstractEventLoop,
    waiter: asyncio.Future[T],
    job: concurrent.futures.Future[T],
) -> None:
    """Pass a finished job's outcome to the event loop, if it still listens."""
    # A closed loop means the caller is long gone: nobody is left to tell.
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(_settle, waiter, job)


def _settle(waiter: asyncio.Future[T], job: concurrent.futures.Future[T]) -> None:
    if waiter.done():  # timed out or cancelled meanwhile
        return
    error = job.exception()
    if error is not None:
        waiter.set_exception(error)
    else:
        waiter.set_result(job.result())
