"""One start of a window, timed from process launch to its first paint.

``python -m benchmarks.startup_child wizard`` starts the program the way
``jira-wizard`` does (command line, composition in ``jira_wizard.app``, the
real ``Service`` and keychain, the qasync loop, ``ConnectionWizard``);
``bare`` shows a plain ``QWizard`` with one line edit; ``floor`` shows the
same after what any wizard built on qasync pays first (asyncio, qasync and
its loop, and the ``Qt`` namespace, whose hundred enums PySide6 makes on
first import). Either way, the first
paint event of the window is the start-up's end; the peak memory is read a
second after the window first answers (``SETTLE_SECONDS``), so that what the
window builds once it is on screen counts too. The wizard paints its first
page before it has its backend and before its event loop runs, so the JSON
line also says how long after the paint a key or a click is first handled
(``ready_seconds``). Then the process prints that one line and ends.

The parent puts its wall-clock time just before the launch in
``JIRA_WIZARD_BENCH_LAUNCHED``; the difference to the paint is the start-up
seen by a person, interpreter start included.
"""

from __future__ import annotations

import json
import os
import sys
import time

LAUNCHED_ENV = "JIRA_WIZARD_BENCH_LAUNCHED"


def _peak_rss_kb() -> int:
    """The process's peak resident memory so far (VmHWM), in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


#: How long the window is left alone after its first paint before the peak
#: memory is read: what the wizard builds once it is on screen (its later
#: pages) counts as much as what it built before.
SETTLE_SECONDS = 1.0


def _report_and_exit(painted: float, launched: float, ready: float) -> None:
    result = {
        "seconds": painted - launched,
        "ready_seconds": ready - painted,
        "peak_rss_kb": _peak_rss_kb(),
    }
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    # At once: tearing Qt down is not part of starting up.
    os._exit(0)


def _install_paint_watch(launched: float) -> object:
    """An application-wide filter that notes a wizard's first paint, then
    reports once the window has been left alone for ``SETTLE_SECONDS``."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget, QWizard

    class PaintWatch(QObject):
        painted = 0.0
        ready = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(window := watched.window(), QWizard)
            ):
                self.painted = time.time()
                app.removeEventFilter(self)
                self._until_ready(window)
            return False

        def _until_ready(self, window: QWizard) -> None:
            # The wizard answers once it has its backend and the event loop
            # runs (its first page is painted before either); the bare
            # QWizard at once. A timer fires only on a running loop.
            if not getattr(window, "ready", True):
                QTimer.singleShot(1, lambda: self._until_ready(window))
                return
            self.ready = time.time()
            painted, ready = self.painted, self.ready
            QTimer.singleShot(
                int(SETTLE_SECONDS * 1000),
                lambda: _report_and_exit(painted, launched, ready),
            )

    app = QApplication.instance() or QApplication(sys.argv)
    watch = PaintWatch()
    app.installEventFilter(watch)
    return watch


def run_bare(launched: float) -> None:
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QVBoxLayout,
        QWizard,
        QWizardPage,
    )

    watch = _install_paint_watch(launched)
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Your Jira site")
    layout = QVBoxLayout(page)
    layout.addWidget(QLineEdit())
    wizard.addPage(page)
    wizard.show()
    QApplication.exec()
    del watch


def run_floor(launched: float) -> None:
    import asyncio

    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    del Qt
    run_bare(launched)


def run_wizard(launched: float) -> None:
    from jira_wizard.cli.main import main

    watch = _install_paint_watch(launched)
    main([])
    del watch


def main() -> None:
    launched = float(os.environ[LAUNCHED_ENV])
    which = sys.argv[1]
    if which == "bare":
        run_bare(launched)
    elif which == "floor":
        run_floor(launched)
    elif which == "wizard":
        run_wizard(launched)
    else:
        raise SystemExit(f"unknown window {which!r}: wizard, bare or floor")
    raise SystemExit("the window closed before it was painted")


if __name__ == "__main__":
    main()
