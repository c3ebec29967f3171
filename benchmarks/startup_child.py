"""One start of a window, timed from process launch to its first paint.

``python -m benchmarks.startup_child wizard`` starts the program the way
``jira-wizard`` does (command line, composition in ``jira_wizard.app``, the
real ``Service`` and keychain, the qasync loop, ``ConnectionWizard``);
``bare`` shows a plain ``QWizard`` with one line edit; ``floor`` shows the
same after what any wizard built on qasync pays first (asyncio, qasync and
its loop, and the ``Qt`` namespace, whose hundred enums PySide6 makes on
first import). Either way, the first
paint event of the window prints one JSON line and ends the process on the
spot, so that nothing after the paint is counted.

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


def _report_and_exit(launched: float) -> None:
    painted = time.time()
    result = {"seconds": painted - launched, "peak_rss_kb": _peak_rss_kb()}
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    # At once: tearing Qt down is not part of starting up.
    os._exit(0)


def _install_paint_watch(launched: float) -> object:
    """An application-wide filter that reacts to a wizard's first paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget, QWizard

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QWizard)
            ):
                _report_and_exit(launched)
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
