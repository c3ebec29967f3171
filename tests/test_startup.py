"""The wizard's start: page 1 on screen before the rest of the program loads.

``jira_wizard.ui.main.run_started`` paints the first page from the policy
and the choices alone, then makes the backend, then runs the event loop.
These tests pin what is (not) loaded at the first paint, that a key pressed
meanwhile is not lost, and that what cannot start is said in a window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from jira_wizard.core.choices import effective_choices
from jira_wizard.core.errors import InputError
from jira_wizard.core.policy import Policy
from jira_wizard.ui import main as ui_main
from jira_wizard.ui.context import PageId, WizardStart
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import FakeBackend

#: Run as the ``jira-wizard`` command with no words: at the first paint, say
#: what is loaded and end at once.
_AT_FIRST_PAINT = """
import json, linecache, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget, QWizard

class AtFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if isinstance(window, QWizard):
                import PySide6.QtCore as core
                page = window.currentPage()
                print(json.dumps({
                    "modules": sorted(sys.modules),
                    "qt_namespace": "Qt" in vars(core),
                    "cached_files": len(linecache.cache),
                    "title": page.title() if page is not None else None,
                }))
                sys.stdout.flush()
                os._exit(0)
        return False

app = QApplication(sys.argv[:1])
watch = AtFirstPaint()
app.installEventFilter(watch)
from jira_wizard.cli.main import main
main([])
"""

#: What the first page is painted without.
NOT_BEFORE_THE_FIRST_PAINT = (
    "asyncio",
    "qasync",
    "ssl",
    "httpx",
    "keyring",
    "logging.handlers",
    "jira_wizard.service",
    "jira_wizard.storage",
    "jira_wizard.ui.page_site",
    "jira_wizard.ui.widgets",
    "jira_wizard.ui.links",
    "jira_wizard.ui.tasks",
    # The log folder is found and its file opened once the page is painted.
    "platformdirs",
    "jira_wizard.core.redact",
    # The sign-in's rules: the policy needs only the callback port's.
    "jira_wizard.core.oauth",
)


def test_page_1_is_painted_before_the_rest_of_the_program_is_loaded(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["title"] == "How do you want to connect?"
    loaded = set(seen["modules"])
    assert not loaded.intersection(NOT_BEFORE_THE_FIRST_PAINT)
    assert not seen["qt_namespace"], "Qt's namespace of enums was made before"
    assert seen["cached_files"] == 0, "PySide6's look at the imports kept sources"


def _start() -> WizardStart:
    policy = Policy()
    return WizardStart(policy, effective_choices(policy, None))


class _KeyOnFirstPaint(QObject):
    """Presses Enter on the wizard the moment it is first painted."""

    def __init__(self, wizard: ConnectionWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.pressed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.pressed:
            self.pressed = True
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                key = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
                next_button = self._wizard.button(QWizard.WizardButton.NextButton)
                QCoreApplication.postEvent(next_button, key)
        return False


def test_a_key_pressed_while_the_backend_is_made_waits_for_it(
    qapp: QApplication,
) -> None:
    wizard = ConnectionWizard(_start())
    presser = _KeyOnFirstPaint(wizard)
    wizard.installEventFilter(presser)
    try:
        ui_main.show_and_paint(wizard)
        assert presser.pressed
        # Held back while the first page was painted: still on page 1, and
        # page 2 does not exist yet.
        assert wizard.currentId() == PageId.AUTH
        assert not wizard.ready
        wizard.use_backend(FakeBackend())
        assert wizard.ready
        qapp.processEvents()
        assert wizard.currentId() == PageId.SITE, "the Enter pressed early was lost"
    finally:
        wizard.removeEventFilter(presser)
        wizard.hide()
        wizard.deleteLater()


def _answer_the_box(seen: list[tuple[str, str]]) -> None:
    """Note the modal box on screen, and close it as a person would."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer_the_box(seen))
        return
    seen.append((box.text(), box.informativeText()))
    box.button(QMessageBox.StandardButton.Close).click()


def test_a_backend_that_cannot_be_made_is_said_over_page_1(
    qapp: QApplication,
) -> None:
    def make_backend() -> FakeBackend:
        raise InputError("The sandbox could not start.", "Try again in a moment.")

    seen: list[tuple[str, str]] = []
    QTimer.singleShot(0, lambda: _answer_the_box(seen))
    assert ui_main.run_started(_start(), make_backend) == 1
    assert seen == [("The sandbox could not start.", "Try again in a moment.")]
    shown = [w for w in qapp.topLevelWidgets() if isinstance(w, ConnectionWizard)]
    assert not [w for w in shown if w.isVisible()], "the wizard closed"


def test_a_policy_file_that_cannot_be_used_is_said_in_a_window(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jira_wizard.app import run_gui

    policy = tmp_path / "policy.toml"
    policy.write_text("colour = 'blue'\n", encoding="utf-8")
    seen: list[tuple[str, str]] = []
    QTimer.singleShot(0, lambda: _answer_the_box(seen))
    assert run_gui(sandbox=False, policy_file=str(policy)) == 1
    ((message, advice),) = seen
    assert "'colour'" in message
    assert str(policy) in message
    assert advice, "the box says what to do"
    # And the terminal, for those who started it from one.
    assert "'colour'" in capsys.readouterr().out
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, ConnectionWizard)]
