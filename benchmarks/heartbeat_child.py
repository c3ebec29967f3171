"""The wizard through a whole OAuth connect, with a heartbeat on its event loop.

``python -m benchmarks.heartbeat_child NAME SITE_URL POLICY_FILE`` opens the
wizard through ``jira_wizard.app.run_gui`` (the real ``Service``, keychain and
qasync loop; the endpoints come from the environment) and drives it as a
person would with the organization's app: the way to connect, the site, the
scopes, the sign-in, the check, and the save into the keychain.

The browser is the parent process: each link the wizard opens is printed as
``{"open": URL}`` on standard output, and the parent answers the consent page
and follows the redirect to the wizard's callback server. A 5 ms timer ticks
on the wizard's event loop from the first page to the saved connection; at
the end one JSON line says how long the loop went without a tick.
"""

from __future__ import annotations

import asyncio
import collections
import json
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import FrameType
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QWizard

from jira_wizard.core.models import AuthType

HEARTBEAT_MS = 5
PATIENCE = 60.0
#: A stall this long has the main thread's stack sampled, to say what it was.
STALL_MS = 15.0


class Heartbeat(QObject):
    """Ticks every 5 ms and remembers when, on which page, and how long the
    main thread had waited for a processor so far.

    On a shared machine a late tick can be the scheduler's doing: the kernel's
    ``schedstat`` of the main thread says how long it sat runnable without a
    processor, which is taken off a gap to leave the program's own stall.
    """

    def __init__(self, wizard: QWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._schedstat = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        self.ticks: list[tuple[float, int, float, float]] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self._on_timer_timeout()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        ran, waited = self._schedule()
        self.ticks.append((now, self._wizard.currentId(), waited, ran))

    def _schedule(self) -> tuple[float, float]:
        """Milliseconds this thread has run, and spent runnable but not running."""
        try:
            with open(self._schedstat, encoding="ascii") as stat:
                ran, waited = stat.read().split()[:2]
            return int(ran) / 1e6, int(waited) / 1e6
        except (OSError, ValueError):
            return 0.0, 0.0

    @property
    def last_tick(self) -> float:
        return self.ticks[-1][0] if self.ticks else time.perf_counter()

    def gaps(self) -> list[tuple[float, int, float, float]]:
        """Between ticks: milliseconds, the page shown, the part of it the main
        thread spent waiting for a processor, and the part it ran."""
        return [
            (
                (now.at - before.at) * 1000,
                now.page,
                max(0.0, now.waited - before.waited),
                max(0.0, now.ran - before.ran),
            )
            for before, now in zip(
                map(_Tick._make, self.ticks),
                map(_Tick._make, self.ticks[1:]),
                strict=False,
            )
        ]


class _Tick(NamedTuple):
    at: float
    page: int
    waited: float
    ran: float


class StallSampler:
    """Samples the main thread's stack while the heartbeat is late.

    Each sample names the innermost frame of the program and the innermost
    frame of all: together they say what the event loop was busy with.
    """

    def __init__(self, beat: Heartbeat) -> None:
        self._beat = beat
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self.samples: collections.Counter[str] = collections.Counter()
        #: What the other threads were at meanwhile (the keychain's worker,
        #: the loading of the network modules), busy or waiting.
        self.others: collections.Counter[str] = collections.Counter()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            late = (time.perf_counter() - self._beat.last_tick) * 1000
            if late < STALL_MS or self._main is None:
                continue
            frames = sys._current_frames()
            frame = frames.get(self._main)
            if frame is not None:
                self.samples[_culprit(frame)] += 1
            for ident, other in frames.items():
                if ident not in (self._main, threading.get_ident()):
                    self.others[_culprit(other)] += 1


def _culprit(frame: FrameType) -> str:
    """The program's innermost frame, and what it was waiting on.

    An import is named by the outermost module being imported, which says
    more than the file-system call it happened to be in.
    """
    stack = traceback.extract_stack(frame)
    imported = _outermost_import(frame)
    inner = stack[-1]
    doing = (
        f"import {imported}"
        if imported
        else (f"{os.path.basename(inner.filename)}:{inner.name}")
    )
    ours = [f for f in stack if "jira_wizard" in f.filename]
    if ours:
        return (
            f"{ours[-1].filename.split('jira_wizard/')[-1]}:{ours[-1].name} > {doing}"
        )
    return doing


def _outermost_import(frame: FrameType | None) -> str | None:
    name = None
    while frame is not None:
        if frame.f_code.co_name == "_find_and_load":
            name = frame.f_locals.get("name", name)
        frame = frame.f_back
    return name


class Browser(QObject):
    """Hands each link the wizard opens to the parent process."""

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        sys.stdout.write(json.dumps({"open": text}) + "\n")
        sys.stdout.flush()


async def until(condition: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"still waiting for {what}")
        await asyncio.sleep(0.02)


def forward_button(wizard: QWizard) -> QAbstractButton:
    for which in (
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
    ):
        button = wizard.button(which)
        if button.isVisible():
            return button
    raise RuntimeError("no forward button is showing")


async def forward(wizard: QWizard, what: str) -> None:
    """Press Next (or Save) once it is enabled, and wait for the next page."""
    page = wizard.currentId()
    await until(lambda: forward_button(wizard).isEnabled(), f"{what} to be done")
    forward_button(wizard).click()
    await until(lambda: wizard.currentId() != page, f"leaving {what}")


async def connect(wizard: Any, site_url: str, name: str, beat: Heartbeat) -> None:
    await until(wizard.isVisible, "the wizard to show")
    beat.start()
    wizard.auth_page.buttons[AuthType.OAUTH_ORG].click()
    await forward(wizard, "the way to connect")
    wizard.site_page.address.setText(site_url)
    await forward(wizard, "the site probe")
    await forward(wizard, "the scopes")
    await forward(wizard, "the sign-in")
    await forward(wizard, "the check")
    wizard.save_page.name.setText(name)
    await forward(wizard, "the save")
    beat.stop()
    forward_button(wizard).click()  # Finish: the wizard closes


def summary(beat: Heartbeat, sampler: StallSampler) -> dict[str, Any]:
    gaps = beat.gaps()
    ordered = sorted(gaps, key=lambda gap: -(gap[0] - gap[2]))
    return {
        "gaps_ms": [round(gap[0], 3) for gap in gaps],
        "waited_ms": [round(gap[2], 3) for gap in gaps],
        "longest": [
            {
                "ms": round(ms, 1),
                "page": page,
                "waited": round(waited, 1),
                "ran": round(ran, 1),
            }
            for ms, page, waited, ran in ordered[:5]
        ],
        "seconds": beat.ticks[-1][0] - beat.ticks[0][0] if beat.ticks else 0.0,
        "stalled_in": sampler.samples.most_common(6),
        "others_in": sampler.others.most_common(4),
    }


def main() -> int:
    name, site_url, policy_file = sys.argv[1:4]
    app = QApplication(sys.argv[:1])
    browser = Browser()
    # The slot's name as a str works (the stubs ask for bytes).
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, browser, "open_url")  # type: ignore[arg-type]
    outcome: dict[str, Any] = {}
    holder: dict[str, Any] = {}

    def begin() -> None:
        # Once the wizard has its backend and the event loop runs: its first
        # page is painted before either.
        wizards = [
            w
            for w in app.topLevelWidgets()
            if isinstance(w, QWizard) and getattr(w, "ready", True)
        ]
        if not wizards:
            QTimer.singleShot(10, begin)
            return
        holder["beat"] = beat = Heartbeat(wizards[0])
        holder["sampler"] = sampler = StallSampler(beat)
        sampler.start()
        task = asyncio.ensure_future(connect(wizards[0], site_url, name, beat))
        task.add_done_callback(lambda done: finished(done, wizards[0]))

    def finished(task: asyncio.Future[None], wizard: QWizard) -> None:
        if task.cancelled() or task.exception() is not None:
            outcome["error"] = repr(task.exception()) if not task.cancelled() else "?"
            wizard.reject()

    QTimer.singleShot(0, begin)
    from jira_wizard.app import run_gui

    code = run_gui(sandbox=False, policy_file=policy_file)
    if "beat" in holder:
        holder["sampler"].stop()
        outcome.update(summary(holder["beat"], holder["sampler"]))
    outcome["exit"] = code
    sys.stdout.write(json.dumps({"result": outcome}) + "\n")
    sys.stdout.flush()
    return 0 if "error" not in outcome else 1


if __name__ == "__main__":
    sys.exit(main())
