"""One start of a window, timed from process launch to its first paint.

``python -m benchmarks.startup_child wizard`` starts the program the way
``jira-wizard`` does (command line, composition in ``jira_wizard.app``, the
real ``Service`` and keychain, the qasync loop, ``ConnectionWizard``);
``bare`` shows a plain ``QWizard`` with one line edit; ``floor`` shows the
same after what any wizard built on qasync pays first (asyncio, qasync and
its loop, and the ``Qt`` namespace, whose hundred enums PySide6 makes on
first import). Either way, the first
paint event of the window is the start-up's end; the peak memory is read a
second later (``SETTLE_SECONDS``), so that what the window builds once it
is on screen counts too. Then the process prints one JSON line and ends.

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


def _report_and_exit(painted: float, launched: float) -> None:
    result = {"seconds": painted - launched, "peak_rss_kb": _peak_rss_kb()}
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
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QWizard)
            ):
                painted = time.time()
                app.removeEventFilter(self)
                QTimer.singleShot(
                    int(SETTLE_SECONDS * 1000),
                    lambda: _report_and_exit(painted, launched),
                )
            return False

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
