"""The manager window: the saved connections, their status, and their upkeep.

What a person opens after the wizard. It lists every saved connection with
its status and nearest deadline, tests one for real, replaces an API token or
signs an OAuth connection in again, renames and removes, and opens the wizard
to add one. Every backend call is an asyncio task on the qasync loop, one at a
time per connection, so the window never freezes and a busy row only locks
its own buttons. Each outcome is said in the status bar, which a screen
reader announces.

Keyboard: the table takes the focus; Enter tests the selected connection, F2
renames it, Delete removes it (after asking), Ctrl+N adds one, F5 reloads the
list; every button has a mnemonic.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from jira_wizard.core.backend import ManagerBackend
from jira_wizard.core.deadlines import ConnectionSummary
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import AuthType, Connection, VerifiedAccess
from jira_wizard.ui.icons import app_icon
from jira_wizard.ui.manager_details import StatusMessage
from jira_wizard.ui.manager_dialogs import RenameDialog, removal_question
from jira_wizard.ui.manager_model import ConnectionsModel
from jira_wizard.ui.manager_sign_in import SignInAgainDialog
from jira_wizard.ui.manager_status import Said, count_words, tested_words
from jira_wizard.ui.manager_token import ReplaceTokenDialog
from jira_wizard.ui.manager_view import ConnectionsView, PracticeBanner
from jira_wizard.ui.tasks import TaskSlot, unexpected_error
from jira_wizard.ui.widgets import (
    Tone,
    open_url,
    set_tab_chain,
)

MakeWizard = Callable[[ManagerBackend, QWidget], QWizard]


def default_wizard(backend: ManagerBackend, parent: QWidget) -> QWizard:
    from jira_wizard.ui.wizard import ConnectionWizard

    return ConnectionWizard(backend, parent)


class ManagerWindow(QMainWindow):
    #: The window was closed; its tasks are cancelled.
    closed = Signal()
    #: The list was (re)loaded from the backend.
    listed = Signal()

    def __init__(
        self,
        backend: ManagerBackend,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        open_browser: Callable[[str], bool] = open_url,
        make_wizard: MakeWizard = default_wizard,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self._today = today
        self._open_browser = open_browser
        self._make_wizard = make_wizard
        self._slots: dict[str, TaskSlot] = {}
        self._list_slot = TaskSlot("listing the connections")
        self._results: dict[str, Said] = {}
        self._errors: dict[str, WizardError] = {}
        self._shown_once = False
        self._closed = False
        self.model = ConnectionsModel(self)
        self.setWindowTitle(self.tr("Jira connections"))
        self.setWindowIcon(app_icon())
        self._build()
        self._build_shortcuts()
        self._update_view()
        self.resize(1000, 640)

    # Building ------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.banner: PracticeBanner | None = None
        if self.backend.endpoints.sandbox:
            self.banner = PracticeBanner(
                self.backend.sandbox_start_page_url, self._open_browser, central
            )
            layout.addWidget(self.banner)
        self.view = ConnectionsView(self.model, self._report, central)
        self.view.details.report_button.set_full_report(self._full_report)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.message = StatusMessage(self.tr("Last action"), self)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().setSizeGripEnabled(False)
        chain = [*self.view.tab_chain(), self.message.help_link]
        if self.banner is not None:
            chain.append(self.banner.button)
        set_tab_chain(chain)
        view = self.view
        view.test_button.clicked.connect(self.test_selected)
        view.renew_button.clicked.connect(self.renew_selected)
        view.rename_button.clicked.connect(self.rename_selected)
        view.remove_button.clicked.connect(self.remove_selected)
        view.add_button.clicked.connect(self.add_connection)
        view.empty_add_button.clicked.connect(self.add_connection)
        view.row_activated.connect(self.test_selected)
        view.selection_changed.connect(self._update_view)

    def _build_shortcuts(self) -> None:
        bindings, key = QKeySequence.keyBindings, QKeySequence.StandardKey
        refresh = bindings(key.Refresh)
        f5 = QKeySequence(Qt.Key.Key_F5)
        # F5 everywhere, and once: it is Refresh already on some platforms,
        # and a key bound twice triggers neither.
        refresh += [] if f5 in refresh else [f5]
        table = self.view.table
        self._shortcut(bindings(key.Delete), self.remove_selected, table)
        self._shortcut([QKeySequence(Qt.Key.Key_F2)], self.rename_selected, table)
        self._shortcut(bindings(key.New), self.add_connection)
        self._shortcut(refresh, lambda: self.reload())
        self._shortcut(bindings(key.Close), self.close)

    def _shortcut(
        self,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        only_on: QWidget | None = None,
    ) -> None:
        """``keys`` for ``slot`` in the whole window, or only where ``only_on``
        has the focus (Delete and F2 never surprise someone typing elsewhere)."""
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if only_on is not None
            else Qt.ShortcutContext.WindowShortcut
        )
        action.triggered.connect(slot)
        (only_on or self).addAction(action)

    # The list ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the saved connections again (F5), keeping or moving the selection."""
        self._list_slot.start(self._reload(select or self.selected_name()))

    async def _reload(self, select: str | None) -> None:
        summaries = await self._fetch()
        if summaries is not None:
            self.view.show_summaries(summaries, select)
            self.listed.emit()

    async def _fetch(self) -> list[ConnectionSummary] | None:
        try:
            return await self.backend.list_connections()
        except WizardError as error:
            self.message.show_error(error)
        except Exception as error:
            self.message.show_error(unexpected_error(error, "listing connections"))
        return None

    def selected_name(self) -> str | None:
        return self.view.selected_name()

    def _update_view(self) -> None:
        name = self.selected_name()
        self.view.show_state(self._results.get(name) if name else None)

    # Work on one connection ----------------------------------------------------------

    def _start(self, name: str, activity: str, work: Coroutine[Any, Any, None]) -> None:
        focused = QApplication.focusWidget()
        slot = self._slots.setdefault(name, TaskSlot("work on a connection"))
        self.model.set_activity(name, activity)
        self.message.show_text(Tone.BUSY, f"“{name}”: {activity}")
        self._update_view()
        if focused in self.view.row_buttons:
            # The button just turned off; the row is where the person was.
            self.view.table.setFocus()
        slot.start(work)
        task = slot.task
        assert task is not None
        task.add_done_callback(lambda _task: self._ended(name))

    def _ended(self, name: str) -> None:
        if not self._closed:  # else the widgets may be gone already
            self.model.set_activity(name, None)
            self._update_view()

    def _free(self, name: str | None) -> bool:
        return name is not None and self.model.activity(name) is None

    def _record(self, name: str, said: Said, error: WizardError | None = None) -> None:
        self._results[name] = said
        if error is None:
            self._errors.pop(name, None)
        else:
            self._errors[name] = error
        # The details panel shows the detail under the row already.
        brief = self.selected_name() == name
        # So does its help link: one on screen is enough.
        self.message.show_text(
            said.tone,
            said.text,
            said.detail,
            brief=brief,
            help_topic=None if brief else said.help_topic,
        )
        if self.selected_name() == name:
            self._update_view()

    # Test ----------------------------------------------------------------------------

    def test_selected(self) -> None:
        name = self.selected_name()
        if name is not None and self._free(name):
            self._start(name, self.tr("Testing…"), self._test(name))

    async def _test(self, name: str) -> None:
        try:
            _, access = await self.backend.test_connection(name)
        except WizardError as error:
            self._tested(name, error=error)
        except Exception as error:
            self._tested(name, error=unexpected_error(error, "testing a connection"))
        else:
            self._tested(name, access=access)
        self.reload()

    def _tested(
        self,
        name: str,
        *,
        access: VerifiedAccess | None = None,
        error: WizardError | None = None,
    ) -> None:
        self.model.set_failed(name, error is not None)
        row = self.model.row_of(name)
        auth_type = (
            self.model.summary(row).connection.auth_type
            if row is not None
            else AuthType.API_TOKEN
        )
        self._record(name, tested_words(name, auth_type, access, error), error)

    # Replace token or sign in again --------------------------------------------------

    def renew_selected(self) -> None:
        summary = self.view.selected()
        if summary is None or not self._free(summary.connection.name):
            return
        connection = summary.connection
        if connection.auth_type is AuthType.API_TOKEN:
            token_dialog = ReplaceTokenDialog(
                self.backend,
                connection.name,
                self,
                today=self._today,
                open_browser=self._open_browser,
            )
            token_dialog.replaced.connect(self._on_renewed)
            self._open_dialog(token_dialog)
            return
        sign_in_dialog = SignInAgainDialog(
            self.backend, connection, self, open_browser=self._open_browser
        )
        sign_in_dialog.signed_in.connect(self._on_renewed)
        self._open_dialog(sign_in_dialog)
        sign_in_dialog.start()

    def _on_renewed(self, connection: Connection) -> None:
        name = connection.name
        self.model.set_failed(name, False)
        if connection.auth_type is AuthType.API_TOKEN:
            text = self.tr("“{name}” now uses its new API token. Revoke the old one.")
        else:
            text = self.tr("“{name}” is signed in again.")
        self._record(name, Said(Tone.OK, text.format(name=name)))
        self.reload()

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.focus_list()

    def focus_list(self) -> None:
        """Back to the window after a dialog: the table, or the lone Add button."""
        # Most window managers give the focus back to the window a dialog
        # closes over, but not all; asking for it is harmless when they do.
        self.activateWindow()
        self.view.focus_list()

    # Rename --------------------------------------------------------------------------

    def rename_selected(self) -> None:
        name = self.selected_name()
        if name is None or not self._free(name):
            return
        dialog = RenameDialog(self.backend, name, self.model.names(), self)
        dialog.renamed.connect(lambda connection: self._on_renamed(name, connection))
        self._open_dialog(dialog)

    def _on_renamed(self, old: str, connection: Connection) -> None:
        new = connection.name
        self.model.renamed(old, new)
        if old in self._results:
            self._results[new] = self._results.pop(old)
        if old in self._errors:
            self._errors[new] = self._errors.pop(old)
        self.message.show_text(
            Tone.OK, self.tr("Renamed “{old}” to “{new}”.").format(old=old, new=new)
        )
        self.reload(new)

    # Remove --------------------------------------------------------------------------

    def remove_selected(self) -> None:
        summary = self.view.selected()
        if summary is None or not self._free(summary.connection.name):
            return
        name = summary.connection.name
        box, remove = removal_question(summary.connection, self)
        box.finished.connect(
            lambda _result: self._on_removal_answered(
                name, box.clickedButton() is remove
            )
        )
        box.open()

    def _on_removal_answered(self, name: str, confirmed: bool) -> None:
        self.focus_list()
        if not confirmed:
            self.message.show_text(
                Tone.INFO, self.tr("“{name}” was kept.").format(name=name)
            )
            return
        self._start(name, self.tr("Removing…"), self._remove(name))

    async def _remove(self, name: str) -> None:
        try:
            await self.backend.remove(name)
        except WizardError as error:
            self.message.show_error(error)
        except Exception as error:
            self.message.show_error(unexpected_error(error, "removing a connection"))
        else:
            self._results.pop(name, None)
            self._errors.pop(name, None)
            self.message.show_text(
                Tone.OK,
                self.tr(
                    "Removed “{name}”: its secrets were deleted from the keychain."
                ).format(name=name),
            )
        self.reload()

    # Add -----------------------------------------------------------------------------

    def add_connection(self) -> None:
        before = set(self.model.names())
        wizard = self._make_wizard(self.backend, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self._on_wizard_finished(before))
        wizard.open()

    def _on_wizard_finished(self, before: set[str]) -> None:
        self._list_slot.start(self._reload_after_wizard(before))

    async def _reload_after_wizard(self, before: set[str]) -> None:
        summaries = await self._fetch()
        if summaries is None:
            return
        added = sorted({s.connection.name for s in summaries} - before)
        self.view.show_summaries(summaries, added[0] if added else self.selected_name())
        self.listed.emit()
        if added:
            self.message.show_text(
                Tone.OK, self.tr("Added “{name}”.").format(name=added[0])
            )
        self.focus_list()

    # Diagnostics and closing ---------------------------------------------------------

    def _report(self) -> str:
        summary = self.view.selected()
        if summary is None:
            return self.backend.diagnostic_report()
        name = summary.connection.name
        return self.backend.diagnostic_report(
            summary.connection, self._errors.get(name)
        )

    async def _full_report(self) -> str:
        summary = self.view.selected()
        if summary is None:
            return await self.backend.diagnose()
        name = summary.connection.name
        return await self.backend.diagnose(name, self._errors.get(name))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.message.show_text(Tone.BUSY, self.tr("Reading the saved connections…"))
            self._list_slot.start(self._first_load())

    async def _first_load(self) -> None:
        await self._reload(None)
        if self.message.tone is Tone.BUSY:
            self.message.show_text(Tone.INFO, count_words(self.model.rowCount()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._list_slot.cancel()
        for slot in self._slots.values():
            slot.cancel()
        super().closeEvent(event)
        self.closed.emit()
