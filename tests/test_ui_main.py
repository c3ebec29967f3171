"""Opening the wizard as the program does, and the last net for errors."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jira_wizard.ui import main
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import FakeBackend


class ClosingBackend(FakeBackend):
    closed = False

    async def aclose(self) -> None:
        self.closed = True


def test_run_shows_the_wizard_until_it_closes(qapp: QApplication) -> None:
    backend = ClosingBackend()
    seen: list[ConnectionWizard] = []

    def close_the_wizard() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(w for w in wizards if isinstance(w, ConnectionWizard))
        seen[0].reject()

    QTimer.singleShot(50, close_the_wizard)
    hook = sys.excepthook
    status = main.run(backend, [])

    assert status == 1, "closed without saving"
    assert backend.closed, "the backend's connections are closed"
    assert seen[0].windowTitle() == "Connect to Jira Cloud"
    assert not seen[0].windowIcon().isNull()
    assert qapp.applicationName() == "Jira Connection Wizard"
    assert not qapp.windowIcon().isNull()
    assert sys.excepthook is hook, "the hook is put back"


def test_an_escaped_exception_shows_a_message_not_a_traceback(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    backend = FakeBackend()
    parent = QWidget()
    parent.setWindowTitle("Connect to Jira Cloud")
    hook = main._hook_for(backend, parent)
    error = ValueError("token=ATATT3x-must-not-show")

    with caplog.at_level(logging.ERROR):
        hook(ValueError, error, None)
        hook(ValueError, error, None)  # a repeat adds no second message

    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.text() == "Something unexpected went wrong."
    assert "ATATT" not in box.text() + box.informativeText()
    copy = next(b for b in box.buttons() if b.text() == "Copy diagnostic report")
    copy.click()
    assert QGuiApplication.clipboard().text() == "report for no connection"
    assert "ValueError" in caplog.text
    assert "ATATT" not in caplog.text
