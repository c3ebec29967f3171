"""The manager's small dialogs: renaming, and the question before removing.

Each dialog is window-modal and opened with ``open()``, never ``exec()``: a
nested event loop would step asyncio tasks inside the one that opened it,
which asyncio refuses. A dialog that calls the backend does it as a task of
its own and shows the error inside itself, so the person can correct and retry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.backend import ManagerBackend
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Connection
from jira_wizard.core.validation import problem_with_connection_name
from jira_wizard.ui.tasks import TaskSlot, unexpected_error
from jira_wizard.ui.widgets import BusyBar, ReportButton, StatusLine, Tone

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Manager").
translate = QCoreApplication.translate


class TaskDialog(QDialog):
    """A window-modal dialog that runs one backend call at a time.

    While the call runs the dialog stays open: closing it half-way through a
    keychain write would leave the person unsure what was saved.
    """

    def __init__(
        self, parent: QWidget | None, title: str, backend: ManagerBackend
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._backend = backend
        self._slot = TaskSlot(title)
        self._working = False
        self._closed = False
        self.busy = BusyBar(translate("Manager", "Working"), self)
        #: The connection a diagnostic report is about, when there is one.
        self.report_about: Connection | None = None
        self._reported_error: WizardError | None = None
        #: Shown with a failure (``offer_report``); each dialog places it.
        self.report_button = ReportButton(
            self._report, self, make_full=self._full_report
        )
        self.report_button.setVisible(False)

    def report_row(self) -> QHBoxLayout:
        """The report button on a row of its own, on the left."""
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addStretch(1)
        return row

    def offer_report(self, error: WizardError | None) -> None:
        """Show the report button for ``error``; hide it with None."""
        self._reported_error = error
        self.report_button.reset()
        self.report_button.setVisible(error is not None)

    def _report(self) -> str:
        return self._backend.diagnostic_report(self.report_about, self._reported_error)

    async def _full_report(self) -> str:
        about = self.report_about
        name = about.name if about is not None else None
        return await self._backend.diagnose(name, self._reported_error)

    @property
    def working(self) -> bool:
        return self._working

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._slot.task

    def run(self, work: Coroutine[Any, Any, None]) -> None:
        self._set_working(True)
        self._slot.start(work)
        task = self._slot.task
        assert task is not None
        task.add_done_callback(self._on_task_done)

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        # A call replaced by a newer one may end after the newer began.
        if self._slot.task in (None, task):
            self._set_working(False)

    def _set_working(self, working: bool) -> None:
        if self._closed:
            return  # a cancelled call ending after the dialog has gone
        self._working = working
        self.busy.setVisible(working)
        self.on_working_changed(working)

    def on_working_changed(self, working: bool) -> None:
        """Enable or disable the dialog's controls; subclasses decide which."""

    def fit_to_contents(self) -> None:
        """Refit the height whenever a status line changes; call once built."""
        for line in self.findChildren(StatusLine):
            line.changed.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        """Grow or shrink to what the dialog shows now, at its present width.

        Qt sizes a window by its layout's size hint, which ignores how tall
        wrapped text gets at the window's actual width; this asks the layout.
        """
        QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    def may_close(self) -> bool:
        return not self.working

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._slot.cancel()
        super().done(result)


class RenameDialog(TaskDialog):
    """A new name for a connection, checked as it is typed."""

    renamed = Signal(object)  # the Connection as now saved

    def __init__(
        self,
        backend: ManagerBackend,
        name: str,
        taken: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent, translate("Manager", "Rename “{name}”").format(name=name), backend
        )
        self.old_name = name
        self._taken = {other.casefold() for other in taken if other != name}
        label = QLabel(translate("Manager", "New &name:"), self)
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(translate("Manager", "New name"))
        self.name.setAccessibleDescription(
            translate(
                "Manager",
                "Programs and scripts that use this connection need the new name.",
            )
        )
        self.name.selectAll()
        label.setBuddy(self.name)
        note = QLabel(
            translate(
                "Manager",
                "Programs and scripts that use the connection by name need the new "
                "one.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.status = StatusLine(translate("Manager", "Name check"), self)
        self.buttons = QDialogButtonBox(self)
        self.rename_button = self.buttons.addButton(
            translate("Manager", "&Rename"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.rename_button.setDefault(True)
        self.rename_button.setAccessibleDescription(
            translate("Manager", "Saves the connection under the new name")
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(
            translate("Manager", "Closes this window; the name stays as it was")
        )
        self.buttons.accepted.connect(self._on_rename_clicked)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_changed)
        layout = QVBoxLayout(self)
        for above in (label, self.name, self.status):
            layout.addWidget(above)
        layout.addLayout(self.report_row())
        for below in (note, self.busy, self.buttons):
            layout.addWidget(below)
        layout.addStretch(1)
        self.setMinimumWidth(420)
        self._on_name_changed(name)
        self.fit_to_contents()

    def _problem(self, text: str) -> str | None:
        problem = problem_with_connection_name(text)
        if problem is not None:
            return QCoreApplication.translate("validation", problem)
        if text.casefold() in self._taken:
            return translate("Manager", "Another connection is named so already.")
        return None

    def _on_name_changed(self, text: str) -> None:
        self.offer_report(None)
        problem = self._problem(text)
        if problem is None or not text:
            self.status.clear()
        else:
            self.status.show_text(Tone.PROBLEM, problem)
        self.rename_button.setEnabled(problem is None and text != self.old_name)

    def _on_rename_clicked(self) -> None:
        new = self.name.text()
        if self.working or self._problem(new) is not None or new == self.old_name:
            return
        self.run(self._rename(new))

    async def _rename(self, new: str) -> None:
        try:
            connection = await self._backend.rename(self.old_name, new)
        except WizardError as error:
            self._show_failure(error)
        except Exception as error:
            self._show_failure(unexpected_error(error, "renaming a connection"))
        else:
            self.renamed.emit(connection)
            self.accept()

    def _show_failure(self, error: WizardError) -> None:
        self.status.show_error(error)
        self.offer_report(error)

    def on_working_changed(self, working: bool) -> None:
        self.name.setReadOnly(working)
        for button in self.buttons.buttons():
            button.setEnabled(not working)
        if working:
            self.offer_report(None)
            self.status.show_text(Tone.BUSY, translate("Manager", "Renaming…"))
            return
        if self._reported_error is None:
            self._on_name_changed(self.name.text())
        else:
            # The failure stays in view until the name is edited.
            self.rename_button.setEnabled(self._problem(self.name.text()) is None)
        self.name.setFocus()


def removal_question(
    connection: Connection, parent: QWidget
) -> tuple[QMessageBox, QPushButton]:
    """The question before removing, and its Remove button (Cancel is default)."""
    name = connection.name
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Manager", "Remove “{name}”").format(name=name))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setText(
        translate("Manager", "Remove the connection “{name}”?").format(name=name)
    )
    if connection.auth_type.is_oauth:
        what = translate(
            "Manager",
            "Its sign-in tokens are deleted from this computer's keychain, and "
            "programs that use “{name}” stop working.",
        )
    else:
        what = translate(
            "Manager",
            "Its API token is deleted from this computer's keychain, and programs "
            "that use “{name}” stop working. The token itself stays valid at "
            "Atlassian until you revoke it on Atlassian's API token page.",
        )
    box.setInformativeText(what.format(name=name))
    remove = box.addButton(
        translate("Manager", "&Remove"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    remove.setAccessibleName(translate("Manager", "Remove “{name}”").format(name=name))
    remove.setAccessibleDescription(what.format(name=name))
    cancel.setAccessibleDescription(
        translate("Manager", "Keeps the connection as it is")
    )
    return box, remove
