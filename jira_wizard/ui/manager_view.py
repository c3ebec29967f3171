"""What the manager window shows: the table, the details and the buttons, or,
with no connection saved, a friendly start with one big Add button.

The view holds no backend and starts no task: the window connects its
buttons and tells it what to show and which rows are busy.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.deadlines import ConnectionSummary
from jira_wizard.ui.manager_details import DetailsPanel
from jira_wizard.ui.manager_model import Column, ConnectionsModel
from jira_wizard.ui.manager_status import Look, Said


class ConnectionsView(QStackedWidget):
    #: The selected row changed (or the list did).
    selection_changed = Signal()
    #: Enter or a double click on a row.
    row_activated = Signal()

    def __init__(
        self,
        model: ConnectionsModel,
        make_report: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.list_page = self._build_list_page(make_report)
        self.empty_page = self._build_empty_page()
        self.addWidget(self.list_page)
        self.addWidget(self.empty_page)

    # Building ------------------------------------------------------------------------

    def _build_list_page(self, make_report: Callable[[], str]) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("&Saved connections on this computer:"), page)
        self.table = QTableView(page)
        heading.setBuddy(self.table)
        self._set_up_table()
        self.details = DetailsPanel(make_report, page)
        self.test_button = self._button(
            self.tr("&Test"), self.tr("Checks the connection with Atlassian (Enter)")
        )
        self.renew_button = self._button(self.tr("&Replace token…"), "")
        self.rename_button = self._button(
            self.tr("Re&name…"), self.tr("Gives the connection another name (F2)")
        )
        self.remove_button = self._button(
            self.tr("Remo&ve…"),
            self.tr("Deletes the connection and its secrets, after asking (Delete)"),
        )
        self.add_button = self._button(
            self.tr("&Add connection…"), self.tr("Opens the wizard (Ctrl+N)")
        )
        self.row_buttons = [
            self.test_button,
            self.renew_button,
            self.rename_button,
            self.remove_button,
        ]
        # The buttons in a row under the table, not in a column beside it:
        # the table then has the window's whole width, which its German
        # deadlines need.
        buttons = QHBoxLayout()
        for button in self.row_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.details, 2)
        return page

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the buttons; the arrows move in it.
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.DEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.setAccessibleName(self.tr("Saved connections"))
        table.setAccessibleDescription(
            self.tr(
                "Enter tests the selected connection, F2 renames it and Delete "
                "removes it."
            )
        )
        table.activated.connect(self._on_table_activated)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("No Jira connections yet"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Add a connection so that programs on this computer can use Jira "
                "Cloud. The wizard takes you through it in a few steps and checks "
                "the connection for real; its secrets stay in your keychain."
            ),
            page,
        )
        text.setWordWrap(True)
        # A wrapped label in a centring layout is given the height of its
        # size hint, not of its text at this width: both are set here.
        text.setFixedWidth(480)
        text.setMinimumHeight(text.heightForWidth(480))
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_add_button = QPushButton(self.tr("&Add a connection…"), page)
        self.empty_add_button.setAccessibleName(self.tr("Add a connection"))
        self.empty_add_button.setAccessibleDescription(text.text())
        self.empty_add_button.setMinimumHeight(44)
        self.empty_add_button.setDefault(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        return button

    def tab_chain(self) -> list[QWidget]:
        """The list page's controls in reading order."""
        return [
            self.table,
            *self.row_buttons,
            self.add_button,
            self.details.advice.help_link,
            self.details.result.help_link,
            self.details.report_button,
        ]

    # Showing -------------------------------------------------------------------------

    def show_summaries(
        self, summaries: list[ConnectionSummary], select: str | None
    ) -> None:
        """Show the list (or the empty start), with ``select`` selected if there."""
        had_focus = self._focus_here()
        self.model.set_summaries(summaries)
        empty = not summaries
        self.setCurrentWidget(self.empty_page if empty else self.list_page)
        if not empty:
            row = self.model.row_of(select) if select else None
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row or 0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.selection_changed.emit()
        if had_focus:
            self.focus_list()

    def focus_list(self) -> None:
        """The focus to the table, or to the lone Add button."""
        if self.currentWidget() is self.list_page:
            self.table.setFocus()
        else:
            self.empty_add_button.setFocus()

    def _focus_here(self) -> bool:
        """Whether the focus is in the view, or nowhere useful."""
        focused = QApplication.focusWidget()
        if focused is None or not focused.isVisible() or not focused.isEnabled():
            return True
        return self.isAncestorOf(focused)

    def show_state(self, result: Said | None) -> None:
        """Fit the details and buttons to the selected row and what it is doing."""
        summary = self.selected()
        row = self.table.currentIndex().row()
        failed = summary is not None and self.model.look(row) is Look.FAILED
        self.details.show_summary(summary, result, failed=failed)
        free = summary is not None and not self.model.activity(summary.connection.name)
        for button in self.row_buttons:
            button.setEnabled(free)
        if summary is not None and summary.connection.auth_type.is_oauth:
            text = self.tr("Sign &in again…")
            description = self.tr(
                "Opens Atlassian's sign-in page to renew the connection"
            )
        else:
            text = self.tr("&Replace token…")
            description = self.tr(
                "Replaces the API token with a new one, checked first"
            )
        self.renew_button.setText(text)
        self.renew_button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.renew_button.setAccessibleDescription(description)
        self.renew_button.setToolTip(description)

    # The selection -------------------------------------------------------------------

    def selected(self) -> ConnectionSummary | None:
        if self.currentWidget() is not self.list_page:
            return None
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(index.row())

    def selected_name(self) -> str | None:
        summary = self.selected()
        return summary.connection.name if summary else None

    def _on_current_row_changed(
        self, current: QModelIndex, previous: QModelIndex
    ) -> None:
        self.selection_changed.emit()

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.row_activated.emit()


class PracticeBanner(QFrame):
    """Says the window works against the practice sandbox, with its start page."""

    def __init__(
        self,
        start_page_url: str | None,
        open_browser: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._url = start_page_url or ""
        self._open_browser = open_browser
        self.setObjectName("practiceBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The wizard's banner colours, so that practice mode looks the same.
        self.setStyleSheet(
            "#practiceBanner { background: #FFF7D6; border: 1px solid #E2B203;"
            " border-radius: 4px; } #practiceBanner QLabel { color: #172B4D; }"
        )
        self.text = QLabel(
            self.tr(
                "Practice mode: tests, new tokens and sign-ins go to the sandbox "
                "running on this computer, not to Atlassian. Its start page lists "
                "the demo site, email and API token."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Open the sandbox start &page"), self)
        self.button.setAccessibleName(self.tr("Open the sandbox start page"))
        self.button.setAccessibleDescription(self._url)
        self.button.setEnabled(bool(self._url))
        self.button.clicked.connect(self._on_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setAccessibleName(self.tr("Practice mode"))

    def _on_button_clicked(self) -> None:
        if not self._open_browser(self._url):
            self.text.setText(
                self.tr(
                    "No browser could be opened. Open this address yourself: {url}"
                ).format(url=self._url)
            )
