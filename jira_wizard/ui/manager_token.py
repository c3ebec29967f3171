"""Replacing an API token, the way Atlassian recommends rotating one.

Create a new token, give it to the connection, let the program verify it (same
site, same account), and only then revoke the old one. The backend saves the
new token only once it works, so a failure at any step leaves the old token
saved and in use, and the dialog says so. The token typed here goes to the
backend as a ``Secret``; it never reaches a label, an accessible text or a log,
and the field is emptied once the dialog is done with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.backend import ManagerBackend
from jira_wizard.core.deadlines import API_TOKENS_URL
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Secret
from jira_wizard.core.validation import MAX_TOKEN_LIFETIME, problem_with_token_expiry
from jira_wizard.ui.manager_dialogs import TaskDialog
from jira_wizard.ui.tasks import unexpected_error
from jira_wizard.ui.widgets import StatusLine, Tone, set_tab_chain

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Manager").
translate = QCoreApplication.translate


_SECRET_HINTS = (
    Qt.InputMethodHint.ImhHiddenText
    | Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


class ReplaceTokenDialog(TaskDialog):
    replaced = Signal(object)  # the Connection as now saved

    def __init__(
        self,
        backend: ManagerBackend,
        name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        open_browser: Callable[[str], bool],
    ) -> None:
        super().__init__(
            parent,
            translate("Manager", "Replace the API token of “{name}”").format(name=name),
            backend,
        )
        self._open_browser = open_browser
        self._today = today
        self.connection_name = name
        self._replaced = False
        self._build()
        self.token.textChanged.connect(self._on_input_changed)
        self.expires.toggled.connect(self._on_input_changed)
        self.expiry_date.dateChanged.connect(self._on_input_changed)
        self.reveal.toggled.connect(self._on_reveal_toggled)
        self._on_input_changed()
        self.token.setFocus()

    # Building ------------------------------------------------------------------------

    def _build(self) -> None:
        about = QLabel(
            translate(
                "Manager",
                "Create a new API token on Atlassian's page, paste it here, and "
                "choose Replace. The new token is checked with Atlassian first: "
                "until it works, “{name}” keeps its old token.",
            ).format(name=self.connection_name),
            self,
        )
        about.setWordWrap(True)
        self.create_button = QPushButton(
            translate("Manager", "&Create an API token…"), self
        )
        self.create_button.setAccessibleName(
            translate("Manager", "Create an API token")
        )
        self.create_button.setAccessibleDescription(
            translate("Manager", "Opens Atlassian's API token page in your browser")
        )
        self.create_button.clicked.connect(self._on_create_clicked)
        self.browser_status = StatusLine(translate("Manager", "Browser"), self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._build_token(grid)
        self._build_expiry(grid)
        self.outcome = StatusLine(translate("Manager", "Result"), self)
        self.kept = StatusLine(translate("Manager", "Old token"), self)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.browser_status)
        layout.addLayout(grid)
        for widget in (self.busy, self.outcome, self.kept):
            layout.addWidget(widget)
        layout.addLayout(self.report_row())
        layout.addWidget(self.buttons)
        layout.addStretch(1)
        self.setMinimumWidth(540)
        self.fit_to_contents()
        set_tab_chain(
            [
                self.token,
                self.reveal,
                self.expires,
                self.expiry_date,
                self.create_button,
                self.outcome.help_link,
                self.report_button,
            ]
        )

    def _build_token(self, grid: QGridLayout) -> None:
        label = QLabel(translate("Manager", "New API &token:"), self)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setInputMethodHints(_SECRET_HINTS)
        self.token.setAccessibleName(translate("Manager", "New API token"))
        self.token.setAccessibleDescription(
            translate("Manager", "Paste the new API token; it is hidden as you type.")
        )
        label.setBuddy(self.token)
        self.reveal = QPushButton(self)
        self.reveal.setCheckable(True)
        self._label_reveal(shown=False)
        self.token_status = StatusLine(translate("Manager", "API token check"), self)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.token, 0, 1)
        grid.addWidget(self.reveal, 0, 2)
        grid.addWidget(self.token_status, 1, 1, 1, 2)

    def _build_expiry(self, grid: QGridLayout) -> None:
        today = self._today()
        self.expires = QCheckBox(translate("Manager", "The token e&xpires on"), self)
        self.expires.setAccessibleName(
            translate("Manager", "The token expires on a date")
        )
        self.expires.setAccessibleDescription(
            translate(
                "Manager",
                "Tick it and give the expiry date Atlassian showed for the token",
            )
        )
        self.expiry_date = QDateEdit(self)
        self.expiry_date.setCalendarPopup(True)
        self.expiry_date.setDisplayFormat("yyyy-MM-dd")
        # Atlassian lets a token live a year at most.
        self.expiry_date.setDateRange(
            _qdate(today + timedelta(days=1)), _qdate(today + MAX_TOKEN_LIFETIME)
        )
        self.expiry_date.setDate(_qdate(today + MAX_TOKEN_LIFETIME))
        self.expiry_date.setAccessibleName(translate("Manager", "Token expiry date"))
        self.expiry_date.setAccessibleDescription(
            translate(
                "Manager",
                "The expiry date Atlassian showed for the token, as year, month "
                "and day; a year from today at the latest",
            )
        )
        self.expiry_status = StatusLine(translate("Manager", "Expiry date check"), self)
        row = QHBoxLayout()
        row.addWidget(self.expires)
        row.addWidget(self.expiry_date)
        row.addStretch(1)
        grid.addLayout(row, 2, 0, 1, 3)
        grid.addWidget(self.expiry_status, 3, 0, 1, 3)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.replace_button = self.buttons.addButton(
            translate("Manager", "&Replace"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.replace_button.setDefault(True)
        self.replace_button.setAccessibleDescription(
            translate(
                "Manager",
                "Checks the new token with Atlassian, then saves it in place of "
                "the old one",
            )
        )
        self.revoke_button = self.buttons.addButton(
            translate("Manager", "&Open the API token page"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.revoke_button.setAccessibleDescription(
            translate(
                "Manager", "Opens Atlassian's API token page, to revoke the old token"
            )
        )
        self.revoke_button.setVisible(False)
        self.close_button = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.close_button.setAccessibleDescription(
            translate("Manager", "Closes this window; the old token stays in use")
        )
        self.replace_button.clicked.connect(self._on_replace_clicked)
        self.revoke_button.clicked.connect(self._on_create_clicked)
        self.close_button.clicked.connect(self.reject)

    # Values --------------------------------------------------------------------------

    def expires_on(self) -> date | None:
        if not self.expires.isChecked():
            return None
        chosen = self.expiry_date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _problem(self) -> str | None:
        expires_on = self.expires_on()
        if expires_on is None:
            return None
        problem = problem_with_token_expiry(expires_on, self._today())
        return QCoreApplication.translate("validation", problem) if problem else None

    # Reacting ------------------------------------------------------------------------

    def _on_input_changed(self) -> None:
        if self._replaced:
            return  # nothing more to type: the new token is saved
        self.expiry_date.setEnabled(self.expires.isChecked())
        problem = self._problem()
        if problem is None:
            self.expiry_status.clear()
        else:
            self.expiry_status.show_text(Tone.PROBLEM, problem)
        text = self.token.text().strip()
        if any(ch.isspace() for ch in text):
            self.token_status.show_text(
                Tone.WARNING,
                translate(
                    "Manager",
                    "The token contains spaces, and Atlassian's tokens have none.",
                ),
                translate(
                    "Manager",
                    "Copy it again from Atlassian's page, with the copy button.",
                ),
            )
        else:
            self.token_status.clear()
        self.replace_button.setEnabled(
            bool(text) and problem is None and not self.working
        )

    def _on_reveal_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token.setEchoMode(mode)
        self._label_reveal(shown=shown)

    def _label_reveal(self, *, shown: bool) -> None:
        """Say what the Show button does next: show the token, or hide it."""
        if shown:
            self.reveal.setText(translate("Manager", "&Hide"))
            self.reveal.setAccessibleName(translate("Manager", "Hide the API token"))
            self.reveal.setAccessibleDescription(
                translate("Manager", "Hides the token's characters again")
            )
        else:
            self.reveal.setText(translate("Manager", "&Show"))
            self.reveal.setAccessibleName(translate("Manager", "Show the API token"))
            self.reveal.setAccessibleDescription(
                translate(
                    "Manager",
                    "Shows the token's characters, to check that it was pasted "
                    "whole; anyone who sees your screen can read it then",
                )
            )

    def _on_create_clicked(self) -> None:
        if self._open_browser(API_TOKENS_URL):
            self.browser_status.show_text(
                Tone.INFO,
                translate(
                    "Manager", "Atlassian's API token page opens in your browser."
                ),
            )
        else:
            self.browser_status.show_text(
                Tone.WARNING,
                translate("Manager", "No browser could be opened."),
                translate("Manager", "Open this address yourself: {url}").format(
                    url=API_TOKENS_URL
                ),
            )

    def _on_replace_clicked(self) -> None:
        token = self.token.text().strip()
        if not token or self.working or self._problem() is not None:
            return
        self.run(self._replace(Secret(token), self.expires_on()))

    async def _replace(self, token: Secret, expires_on: date | None) -> None:
        self.kept.clear()
        self.offer_report(None)
        self.outcome.show_text(
            Tone.BUSY, translate("Manager", "Checking the new token with Atlassian…")
        )
        try:
            connection = await self._backend.rotate_api_token(
                self.connection_name, token, expires_on
            )
        except WizardError as error:
            self._show_failure(error)
        except Exception as error:
            self._show_failure(unexpected_error(error, "replacing an API token"))
        else:
            self._show_success()
            self.replaced.emit(connection)

    def _show_failure(self, error: WizardError) -> None:
        self.outcome.show_error(error)
        self.offer_report(error)
        self.kept.show_text(
            Tone.INFO,
            translate(
                "Manager", "Nothing was changed: “{name}” still uses its old token."
            ).format(name=self.connection_name),
        )
        self.token.setFocus()
        self.token.selectAll()

    def _show_success(self) -> None:
        self._replaced = True
        self.token.clear()
        for widget in (self.token, self.reveal, self.expires, self.expiry_date):
            widget.setEnabled(False)
        self.outcome.show_text(
            Tone.OK,
            translate(
                "Manager", "The new token works and is saved: “{name}” now uses it."
            ).format(name=self.connection_name),
            translate(
                "Manager",
                "Now revoke the old token on Atlassian's API token page, so that "
                "nobody can use it any more.",
            ),
        )
        self.replace_button.setVisible(False)
        self.revoke_button.setVisible(True)
        self.close_button.setText(translate("Manager", "Close"))
        self.close_button.setAccessibleDescription(
            translate("Manager", "Closes this window; the new token is saved")
        )
        self.revoke_button.setFocus()

    def on_working_changed(self, working: bool) -> None:
        self.token.setReadOnly(working)
        self.close_button.setEnabled(not working)
        self._on_input_changed()

    def done(self, result: int) -> None:
        self.token.clear()
        super().done(result)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
