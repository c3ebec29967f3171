"""Page 3 for API tokens: the account's email, the token, its expiry date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.models import Secret
from jira_wizard.core.validation import (
    MAX_TOKEN_LIFETIME,
    problem_with_email,
    problem_with_token_expiry,
)
from jira_wizard.ui.context import BasePage, PageId, WizardContext
from jira_wizard.ui.widgets import StatusLine, Tone, open_url, set_tab_chain

#: Atlassian's page where a person creates and revokes API tokens.
API_TOKEN_PAGE_URL = "https://id.atlassian.com/manage-profile/security/api-tokens"

#: Atlassian's tokens are about 190 characters today and were 24 before
#: December 2024; anything much shorter was almost surely cut off when copied.
SHORTEST_LIKELY_TOKEN = 20

_INPUT_HINTS = (
    Qt.InputMethodHint.ImhHiddenText
    | Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def _shared(text: str) -> str:
    # The rule sentences come from core.validation, shared with the command
    # line; they are translated at run time in their own context.
    return QCoreApplication.translate("validation", text)


class TokenPage(BasePage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Your API token"))
        self.setSubTitle(
            self.tr("The Atlassian account to connect as, and its API token.")
        )
        self._build()
        self.email.textChanged.connect(self._on_email_text_changed)
        self.token.textChanged.connect(self._on_token_text_changed)
        self.expires.toggled.connect(self._on_expiry_changed)
        self.expiry_date.dateChanged.connect(self._on_expiry_changed)
        self.reveal.toggled.connect(self._on_reveal_toggled)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        # The helpdesk's preset or an earlier connection may know the account.
        self.email.setText(self.backend.choices.email or "")

    # Building --------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        banner = self.add_sandbox_banner(layout)
        about = QLabel(
            self.tr(
                "An API token lets programs sign in to Atlassian as you, without "
                "your password. It carries all of your permissions, so keep it as "
                "secret as a password. It lasts at most a year."
            ),
            self,
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._build_email(grid)
        self._build_token(grid)
        self._build_expiry(grid)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._set_tab_order(banner.button if banner else None)

    def _build_email(self, grid: QGridLayout) -> None:
        label = QLabel(self.tr("&Email address:"), self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("you@example.com"))
        self.email.setAccessibleName(self.tr("Email address"))
        self.email.setAccessibleDescription(
            self.tr("The email address of your Atlassian account")
        )
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        label.setBuddy(self.email)
        self.email_status = StatusLine(self.tr("Email address check"), self)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.email, 0, 1, 1, 2)
        grid.addWidget(self.email_status, 1, 1, 1, 2)

    def _build_token(self, grid: QGridLayout) -> None:
        label = QLabel(self.tr("API &token:"), self)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setInputMethodHints(_INPUT_HINTS)
        self.token.setAccessibleName(self.tr("API token"))
        self.token.setAccessibleDescription(
            self.tr("Paste the API token you created; it is hidden as you type.")
        )
        label.setBuddy(self.token)
        self.reveal = QPushButton(self)
        self.reveal.setCheckable(True)
        self._label_reveal(shown=False)
        self.token_status = StatusLine(self.tr("API token check"), self)
        self.create_button = QPushButton(self.tr("C&reate an API token…"), self)
        self.create_button.setAccessibleName(self.tr("Create an API token"))
        self.create_button.setAccessibleDescription(
            self.tr("Opens Atlassian's API token page in your browser")
        )
        self.create_status = StatusLine(self.tr("Browser"), self)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        grid.addWidget(label, 2, 0)
        grid.addWidget(self.token, 2, 1)
        grid.addWidget(self.reveal, 2, 2)
        grid.addWidget(self.token_status, 3, 1, 1, 2)
        grid.addLayout(row, 4, 1, 1, 2)
        grid.addWidget(self.create_status, 5, 1, 1, 2)

    def _build_expiry(self, grid: QGridLayout) -> None:
        today = self.context.today()
        self.expires = QCheckBox(self.tr("The token e&xpires on"), self)
        self.expires.setAccessibleName(self.tr("The token expires on a date"))
        self.expires.setAccessibleDescription(
            self.tr("Tick it and give the expiry date Atlassian showed for the token")
        )
        self.expiry_date = QDateEdit(self)
        self.expiry_date.setCalendarPopup(True)
        # The form Atlassian's token page and the command line use.
        self.expiry_date.setDisplayFormat("yyyy-MM-dd")
        self.expiry_date.setDateRange(
            _qdate(today + timedelta(days=1)), _qdate(today + MAX_TOKEN_LIFETIME)
        )
        self.expiry_date.setDate(_qdate(today + MAX_TOKEN_LIFETIME))
        self.expiry_date.setEnabled(False)
        self.expiry_date.setAccessibleName(self.tr("Token expiry date"))
        self.expiry_date.setAccessibleDescription(
            self.tr(
                "The expiry date Atlassian showed for the token, as year, month "
                "and day; a year from today at the latest"
            )
        )
        self.expiry_status = StatusLine(self.tr("Expiry date check"), self)
        row = QHBoxLayout()
        row.addWidget(self.expires)
        row.addWidget(self.expiry_date)
        row.addStretch(1)
        grid.addLayout(row, 6, 0, 1, 3)
        grid.addWidget(self.expiry_status, 7, 0, 1, 3)

    def _set_tab_order(self, banner_button: QPushButton | None) -> None:
        chain: list[QWidget] = [
            self.email,
            self.token,
            self.reveal,
            self.create_button,
            self.expires,
            self.expiry_date,
        ]
        if banner_button is not None:
            chain.append(banner_button)
        set_tab_chain(chain)

    # Values ----------------------------------------------------------------

    def email_text(self) -> str:
        return self.email.text().strip()

    def token_text(self) -> str:
        # Surrounding whitespace comes from copying, never from the token.
        return self.token.text().strip()

    def expires_on(self) -> date | None:
        if not self.expires.isChecked():
            return None
        chosen = self.expiry_date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    # What QWizard asks of a page -------------------------------------------

    def initializePage(self) -> None:
        self.email.setFocus()

    def on_shown(self) -> None:
        # The first field still to fill: the token, when a preset gave the
        # email. Here rather than above: QWizard focuses the first field of a
        # page after initializing it.
        if problem_with_email(self.email.text()) is None and not self.token.text():
            self.token.setFocus()

    def nextId(self) -> int:
        # An API token needs no browser sign-in: page 4 is for OAuth only.
        return int(PageId.CHECK)

    def isComplete(self) -> bool:
        return (
            problem_with_email(self.email.text()) is None
            and bool(self.token_text())
            and self._expiry_problem() is None
        )

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        token = Secret(self.token_text())
        entered = (self.email_text(), token, self.expires_on())
        if entered != (self.state.email, self.state.token, self.state.expires_on):
            self.state.access = None
        self.state.email, self.state.token, self.state.expires_on = entered
        return True

    # Live checks -----------------------------------------------------------

    def _on_email_text_changed(self, text: str) -> None:
        problem = problem_with_email(text) if text.strip() else None
        if problem is None:
            self.email_status.clear()
        else:
            self.email_status.show_text(Tone.PROBLEM, _shared(problem))
        self.completeChanged.emit()

    def _on_token_text_changed(self, text: str) -> None:
        token = text.strip()
        if not token:
            self.token_status.clear()
        elif any(ch.isspace() for ch in token):
            self.token_status.show_text(
                Tone.WARNING,
                self.tr("The token contains spaces, and Atlassian's tokens have none."),
                self.tr("Copy it again from Atlassian's page, with the copy button."),
            )
        elif len(token) < SHORTEST_LIKELY_TOKEN:
            self.token_status.show_text(
                Tone.WARNING,
                self.tr("This token looks too short."),
                self.tr("Check that it was copied whole."),
            )
        elif token != text:
            self.token_status.show_text(
                Tone.INFO, self.tr("The spaces around the token will be left out.")
            )
        else:
            self.token_status.clear()
        self.completeChanged.emit()

    def _on_expiry_changed(self) -> None:
        self.expiry_date.setEnabled(self.expires.isChecked())
        problem = self._expiry_problem()
        if problem is None:
            self.expiry_status.clear()
        else:
            self.expiry_status.show_text(Tone.PROBLEM, _shared(problem))
        self.completeChanged.emit()

    def _expiry_problem(self) -> str | None:
        expires_on = self.expires_on()
        if expires_on is None:
            return None
        return problem_with_token_expiry(expires_on, self.context.today())

    def _on_reveal_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token.setEchoMode(mode)
        self._label_reveal(shown=shown)

    def _label_reveal(self, *, shown: bool) -> None:
        """Say what the Show button does next: show the token, or hide it."""
        if shown:
            self.reveal.setText(self.tr("&Hide"))
            self.reveal.setAccessibleName(self.tr("Hide API token"))
            self.reveal.setAccessibleDescription(
                self.tr("Hides the token's characters again")
            )
        else:
            self.reveal.setText(self.tr("&Show"))
            self.reveal.setAccessibleName(self.tr("Show API token"))
            self.reveal.setAccessibleDescription(
                self.tr(
                    "Shows the token's characters, to check that it was pasted "
                    "whole; anyone who sees your screen can read it then"
                )
            )

    def _on_create_button_clicked(self) -> None:
        if open_url(API_TOKEN_PAGE_URL):
            self.create_status.show_text(
                Tone.INFO,
                self.tr("Atlassian's API token page opens in your browser."),
                self.tr("Create the token there, copy it, and paste it above."),
            )
        else:
            self.create_status.show_text(
                Tone.WARNING,
                self.tr("No browser could be opened."),
                self.tr("Open this address yourself: {url}").format(
                    url=API_TOKEN_PAGE_URL
                ),
            )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
