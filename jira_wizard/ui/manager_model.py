"""The table of saved connections: one row each, with what is under way on it.

Rows come from ``ManagerBackend.list_connections``. On top of each row's saved
status the model keeps what only this window knows: an action under way
("Testing…") and whether the last test in this window failed. Both are kept
by connection name, so they survive a reload of the list.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication

from jira_wizard.core.deadlines import ConnectionSummary, Status
from jira_wizard.core.siteurl import site_host
from jira_wizard.ui import manager_status as shown
from jira_wizard.ui.manager_status import Look

AnyIndex = QModelIndex | QPersistentModelIndex


# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Manager").
translate = QCoreApplication.translate


class Column(enum.IntEnum):
    NAME = 0
    SITE = 1
    AUTH = 2
    ACCOUNT = 3
    STATUS = 4
    DEADLINE = 5


def _headers() -> dict[Column, str]:
    return {
        Column.NAME: translate("Manager", "Name"),
        Column.SITE: translate("Manager", "Site"),
        Column.AUTH: translate("Manager", "Signs in with"),
        Column.ACCOUNT: translate("Manager", "Account"),
        Column.STATUS: translate("Manager", "Status"),
        Column.DEADLINE: translate("Manager", "Deadline"),
    }


class ConnectionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConnectionSummary] = []
        self._activity: dict[str, str] = {}
        self._failed: set[str] = set()

    # Contents ------------------------------------------------------------------------

    def set_summaries(self, summaries: list[ConnectionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        names = set(self.names())
        self._failed &= names
        self.endResetModel()

    def names(self) -> list[str]:
        return [row.connection.name for row in self._rows]

    def summary(self, row: int) -> ConnectionSummary:
        return self._rows[row]

    def row_of(self, name: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.connection.name == name:
                return row
        return None

    # What is under way ---------------------------------------------------------------

    def activity(self, name: str) -> str | None:
        return self._activity.get(name)

    def set_activity(self, name: str, activity: str | None) -> None:
        if activity is None:
            self._activity.pop(name, None)
        else:
            self._activity[name] = activity
        self._status_changed(name)

    def set_failed(self, name: str, failed: bool) -> None:
        if failed:
            self._failed.add(name)
        else:
            self._failed.discard(name)
        self._status_changed(name)

    def renamed(self, old: str, new: str) -> None:
        if old in self._failed:
            self._failed.discard(old)
            self._failed.add(new)

    def look(self, row: int) -> Look:
        summary = self._rows[row]
        name, status = summary.connection.name, summary.health.status
        if name in self._activity:
            return Look.BUSY
        # A failed test says more than an old "working", but "needs sign-in"
        # or "expired" already says why it failed and what to do.
        if name in self._failed and status not in (
            Status.NEEDS_SIGN_IN,
            Status.EXPIRED,
        ):
            return Look.FAILED
        return shown.LOOK_OF_STATUS[status]

    def status_text(self, row: int) -> str:
        summary = self._rows[row]
        look = self.look(row)
        if look is Look.BUSY:
            return self._activity[summary.connection.name]
        if look is Look.FAILED:
            return translate("Manager", "Test failed")
        return shown.status_words(summary.health)

    def _status_changed(self, name: str) -> None:
        row = self.row_of(name)
        if row is not None:
            index = self.index(row, Column.STATUS)
            self.dataChanged.emit(index, index)

    # What Qt asks of a table model ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return _headers()[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column is Column.STATUS:
            return self._status_data(row, role)
        return None

    def _text(self, row: int, column: Column) -> str:
        summary = self._rows[row]
        connection = summary.connection
        if column is Column.NAME:
            return connection.name
        if column is Column.SITE:
            return site_host(connection.site_url)
        if column is Column.AUTH:
            return shown.auth_words(connection.auth_type)
        if column is Column.ACCOUNT:
            return connection.account.display_name
        if column is Column.STATUS:
            return self.status_text(row)
        return shown.deadline_words(summary.health)

    def _tooltip(self, row: int, column: Column) -> str:
        summary = self._rows[row]
        connection = summary.connection
        if column is Column.SITE:
            return connection.site_url
        if column is Column.ACCOUNT:
            return connection.account.email or connection.email or ""
        if column in (Column.STATUS, Column.DEADLINE):
            said = shown.advice(summary.health, connection.auth_type)
            return f"{said.text} {said.detail}".strip()
        return self._text(row, column)

    def _status_data(self, row: int, role: int) -> Any:
        look = self.look(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return shown.icon(look)
        if role == Qt.ItemDataRole.ForegroundRole:
            return shown.text_colour(look, QApplication.palette())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._tooltip(row, Column.STATUS)
        return None
