"""The last page: what was saved, and the diagnostic report for the helpdesk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from jira_wizard.core.deadlines import CONSENT_LIFETIME
from jira_wizard.core.models import Connection
from jira_wizard.core.siteurl import site_host
from jira_wizard.ui.context import BasePage, WizardContext
from jira_wizard.ui.widgets import ReportButton, StatusLine, Tone, announce


class DonePage(BasePage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Connected"))
        self.setSubTitle(self.tr("The connection is saved and ready to use."))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.outcome = StatusLine(self.tr("Connection"), self)
        layout.addWidget(self.outcome)
        layout.addSpacing(4)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("name", self.tr("Name:")),
            ("site", self.tr("Site:")),
            ("account", self.tr("Account:")),
            ("secret", self.tr("API token kept in:")),
            ("expiry", self.tr("Token expires:")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(caption, value)
        self.usage = QLabel(self)
        self.usage.setWordWrap(True)
        self.usage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command = QLabel(self)
        self.command.setWordWrap(True)
        self.command.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.report_button = ReportButton(
            self._report, self, make_full=self._full_report
        )
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.usage)
        layout.addWidget(self.command)
        layout.addSpacing(8)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        connection = self.state.connection
        if connection is None:
            return
        self._fill(connection)
        self.report_button.reset()

    def on_shown(self) -> None:
        # Enter finishes; the report button is one Tab away.
        self.focus_forward_button()
        connection = self.state.connection
        if connection is not None:
            self.outcome.show_text(
                Tone.OK,
                self.tr("Connected to {host} as {person}.").format(
                    host=site_host(connection.site_url),
                    person=connection.account.display_name,
                ),
            )
            # Said aloud at once: the end of the wizard is news, and focus
            # moving to Finish would otherwise be all a screen reader reads.
            announce(self.outcome, QAccessible.Event.Alert)

    def _fill(self, connection: Connection) -> None:
        account = connection.account
        email = account.email or connection.email or ""
        shown = {
            "name": connection.name,
            "site": connection.site_url,
            "account": f"{account.display_name} ({email})"
            if email
            else account.display_name,
            "secret": self.tr("your system keychain"),
            "expiry": self._expiry(connection),
        }
        oauth = connection.auth_type.is_oauth
        captions = {
            "secret": self.tr("Tokens kept in:")
            if oauth
            else self.tr("API token kept in:"),
            "expiry": self.tr("Sign in again by:")
            if oauth
            else self.tr("Token expires:"),
        }
        for key, text in shown.items():
            label = self.values[key]
            label.setText(text)
            caption = self.form.labelForField(label)
            if isinstance(caption, QLabel) and key in captions:
                caption.setText(captions[key])
            prefix = caption.text() if isinstance(caption, QLabel) else ""
            label.setAccessibleName(f"{prefix} {text}".strip())
        self.usage.setText(
            self.tr("Programs on this computer can now use it by its name.")
        )
        self.command.setText(
            self.tr("To check it again later, run: {command}").format(
                command=f"jira-wizard test {_quoted(connection.name)}"
            )
        )

    def _expiry(self, connection: Connection) -> str:
        if connection.auth_type.is_oauth:
            consented = connection.consented_at or connection.created_at
            # Atlassian ends every OAuth sign-in a year after consent however
            # often it is renewed, and after 90 days unused (core.deadlines).
            last_day = (consented + CONSENT_LIFETIME).date().isoformat()
            return self.tr(
                "{date} at the latest; until then it renews itself when used at "
                "least every 90 days"
            ).format(date=last_day)
        if connection.token_expires_on:
            return connection.token_expires_on.isoformat()
        return self.tr("not given")

    def _report(self) -> str:
        return self.backend.diagnostic_report(self.state.connection)

    async def _full_report(self) -> str:
        connection = self.state.connection
        name = connection.name if connection is not None else None
        return await self.backend.diagnose(name)


def _quoted(name: str) -> str:
    """The name as typed on a command line: in double quotes when it has spaces."""
    return f'"{name}"' if any(ch.isspace() for ch in name) else name
