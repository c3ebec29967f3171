"""The panel under the table: the selected connection in full, and what to do.

It changes with every move of the selection, so unlike the window's status
bar it does not announce itself: a screen reader would otherwise read a
paragraph for each arrow key. It is in the tab chain, and its texts are its
accessible description.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.deadlines import ConnectionSummary
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Connection
from jira_wizard.ui import manager_status as shown
from jira_wizard.ui.help_link import HelpLink
from jira_wizard.ui.manager_status import Said
from jira_wizard.ui.widgets import ReportButton, Tone, announce, escape

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Manager").
translate = QCoreApplication.translate


_ICON_SIZE = 16

_TONE_LOOKS = {
    Tone.OK: shown.Look.WORKING,
    Tone.WARNING: shown.Look.EXPIRING,
    Tone.PROBLEM: shown.Look.FAILED,
    Tone.INFO: shown.Look.INFO,
    Tone.BUSY: shown.Look.BUSY,
}


class InfoLine(QWidget):
    """An icon and a sentence, with a detail under it; quiet for screen readers."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setFixedSize(_ICON_SIZE, _ICON_SIZE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        #: "Help: <title>" when what is said has a help page.
        self.help_link = HelpLink(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._words(), 1)
        self.setAccessibleName(accessible_name)
        self._plain = ""

    def _words(self) -> QLayout:
        """The sentence, with the help link beside or under it."""
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.help_link, 0, Qt.AlignmentFlag.AlignLeft)
        return words

    def plain_text(self) -> str:
        return self._plain

    def show_said(self, said: Said | None, icon: QIcon | None = None) -> None:
        if said is None:
            self._plain = ""
            self.help_link.show_topic(None)
            self.setVisible(False)
            return
        self.help_link.show_topic(said.help_topic)
        self._plain = f"{said.text} {said.detail}".strip()
        html = escape(said.text)
        if said.detail:
            html = f"<b>{html}</b><br>{escape(said.detail)}"
        self.text.setText(html)
        chosen = icon or shown.icon(_TONE_LOOKS.get(said.tone, shown.Look.INFO))
        self.icon.setPixmap(chosen.pixmap(_ICON_SIZE, _ICON_SIZE))
        self.setAccessibleDescription(self._plain)
        self.setVisible(True)


class StatusMessage(InfoLine):
    """The status bar's sentence: what just happened, announced as it changes.

    ``brief`` keeps the detail off the screen (the details panel shows it
    already) but still in the accessible description and the tooltip, so a
    screen reader says it all.
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self._tone = Tone.NONE

    def _words(self) -> QLayout:
        # One line in the status bar: the link goes beside the sentence.
        words = QHBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.text, 1)
        words.addWidget(self.help_link)
        return words

    @property
    def tone(self) -> Tone:
        return self._tone

    def show_text(
        self,
        tone: Tone,
        text: str,
        detail: str = "",
        *,
        brief: bool = False,
        help_topic: str | None = None,
    ) -> None:
        self._tone = tone
        self.show_said(Said(tone, text, "" if brief else detail, help_topic))
        self._plain = f"{text} {detail}".strip()
        self.setAccessibleDescription(self._plain)
        self.setToolTip(detail)
        self.text.setAccessibleName(self._plain)
        announce(self.text, QAccessible.Event.NameChanged)
        announce(self, QAccessible.Event.DescriptionChanged)
        if tone is Tone.PROBLEM:
            announce(self, QAccessible.Event.Alert)

    def show_error(self, error: WizardError) -> None:
        self.show_text(
            Tone.PROBLEM, error.message, error.advice, help_topic=error.help_topic
        )


class DetailsPanel(QGroupBox):
    """The selected connection: where, how, as whom, its deadline, its last test."""

    def __init__(
        self, make_report: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("Manager", "Details"), parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (
            ("site", translate("Manager", "Site:")),
            ("auth", translate("Manager", "Signs in with:")),
            ("account", translate("Manager", "Account:")),
            ("tested", translate("Manager", "Last verified:")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(caption, value)
        self.advice = InfoLine(translate("Manager", "What to do"), self)
        self.result = InfoLine(translate("Manager", "Last result"), self)
        self.report_button = ReportButton(make_report, self)
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.result)
        layout.addLayout(row)
        self.setAccessibleName(translate("Manager", "Details"))

    def show_summary(
        self, summary: ConnectionSummary | None, result: Said | None, *, failed: bool
    ) -> None:
        """Show ``summary``; ``failed`` when its last test here failed, which
        ``result`` then explains better than its saved status can."""
        if summary is None:
            self.setVisible(False)
            return
        connection, health = summary.connection, summary.health
        self.setTitle(
            translate("Manager", "Details of “{name}”").format(name=connection.name)
        )
        self.values["site"].setText(connection.site_url)
        self.values["auth"].setText(shown.auth_words(connection.auth_type))
        self.values["account"].setText(_account(connection))
        self.values["tested"].setText(_tested(connection))
        look = shown.LOOK_OF_STATUS[health.status]
        self.advice.show_said(
            None if failed else shown.advice(health, connection.auth_type),
            shown.icon(look),
        )
        self.result.show_said(result)
        self.report_button.reset()
        texts = [label.text() for label in self.values.values()]
        texts += [self.advice.plain_text(), self.result.plain_text()]
        self.setAccessibleDescription(" ".join(t for t in texts if t))
        self.setVisible(True)


def _account(connection: Connection) -> str:
    account = connection.account
    email = account.email or connection.email
    return f"{account.display_name} ({email})" if email else account.display_name


def _tested(connection: Connection) -> str:
    checked = connection.last_verified_at
    if checked is None:
        return translate("Manager", "Never")
    return checked.astimezone().strftime("%Y-%m-%d %H:%M")
