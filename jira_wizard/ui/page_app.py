"""Page 3 for OAuth: the app to sign in with, and the scopes to ask for.

With the person's own app, this is where its client id and secret go, with the
callback port and the exact callback URL to register: Atlassian sends the
browser back only to the URL registered for the app, port and path included
(ATLASSIAN.md, "Callback URL"), and does not allow "any port" as RFC 8252 §7.3
would. With the organization's app, only the scopes are chosen: the app and
its port come from the organization's policy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.errors import InputError
from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT, validate_port
from jira_wizard.ui.context import BasePage, WizardContext
from jira_wizard.ui.locked import LockedNote
from jira_wizard.ui.scope_picker import ScopePicker
from jira_wizard.ui.widgets import StatusLine, Tone, open_url, set_tab_chain

#: Where Atlassian lists the apps a person created.
DEVELOPER_CONSOLE_URL = "https://developer.atlassian.com/console/myapps/"

#: Enough of the scope list to show that there is a list, at least two scopes.
_SCOPES_MIN_HEIGHT = 150

_SECRET_HINTS = (
    Qt.InputMethodHint.ImhHiddenText
    | Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def port_or_none(text: str) -> int | None:
    try:
        return validate_port(text)
    except InputError:
        return None


class AppPage(BasePage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._build()
        self.client_id.textChanged.connect(self._on_field_changed)
        self.client_secret.textChanged.connect(self._on_field_changed)
        self.port.textChanged.connect(self._on_port_text_changed)
        self.reveal.toggled.connect(self._on_reveal_toggled)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.console_button.clicked.connect(self._on_console_button_clicked)
        self.port.setText(str(DEFAULT_CALLBACK_PORT))

    # Building --------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        banner = self.add_sandbox_banner(layout)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.own_app = QWidget(self)
        grid = QGridLayout(self.own_app)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self._build_console(grid)
        self._build_credentials(grid)
        self._build_callback(grid)
        layout.addWidget(self.own_app)
        self.org_port = QLabel(self)
        self.org_port.setWordWrap(True)
        layout.addWidget(self.org_port)
        self.scope_picker = ScopePicker(self.backend.choices, self)
        # Seven scopes with their meanings are taller than the page: only the
        # list scrolls, and Tab scrolls it to the focused box (QScrollArea).
        # Its title stays above it, in view, with the lock when there is one.
        heading = QLabel(self.scope_picker.title(), self)
        self.scope_picker.setTitle("")
        self.scopes_locked_note = LockedNote(self)
        self.scopes_locked_note.setVisible(self.scope_picker.locked)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.scopes_locked_note)
        heading_row.addStretch(1)
        # Set apart from the sentence above it, which it would otherwise
        # seem to continue.
        layout.addSpacing(6)
        layout.addLayout(heading_row)
        self.scopes_area = QScrollArea(self)
        self.scopes_area.setWidget(self.scope_picker)
        self.scopes_area.setWidgetResizable(True)
        self.scopes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scopes_area.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.scopes_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scopes_area.setMinimumHeight(_SCOPES_MIN_HEIGHT)
        self.scopes_area.setAccessibleName(self.scope_picker.accessibleName())
        layout.addWidget(self.scopes_area, 1)
        chain: list[QWidget] = [
            self.console_button,
            self.client_id,
            self.client_secret,
            self.reveal,
            self.port,
            self.callback_url,
            self.copy_button,
            *self.scope_picker.optional_boxes(),
        ]
        if banner is not None:
            chain.append(banner.button)
        set_tab_chain(chain)

    def _build_console(self, grid: QGridLayout) -> None:
        self.console_button = QPushButton(
            self.tr("Open Atlassian's &developer console…"), self.own_app
        )
        self.console_button.setAccessibleName(
            self.tr("Open Atlassian's developer console")
        )
        self.console_button.setAccessibleDescription(
            self.tr("Opens the list of your apps in your browser")
        )
        self.console_status = StatusLine(self.tr("Browser"), self.own_app)
        row = QHBoxLayout()
        row.addWidget(self.console_button)
        row.addStretch(1)
        grid.addLayout(row, 0, 0, 1, 3)
        grid.addWidget(self.console_status, 1, 0, 1, 3)

    def _build_credentials(self, grid: QGridLayout) -> None:
        id_label = QLabel(self.tr("Client &id:"), self.own_app)
        self.client_id = QLineEdit(self.own_app)
        self.client_id.setAccessibleName(self.tr("Client id"))
        self.client_id.setAccessibleDescription(
            self.tr("From the Settings page of your app in the developer console")
        )
        self.client_id.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        id_label.setBuddy(self.client_id)
        secret_label = QLabel(self.tr("Client s&ecret:"), self.own_app)
        self.client_secret = QLineEdit(self.own_app)
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setInputMethodHints(_SECRET_HINTS)
        self.client_secret.setAccessibleName(self.tr("Client secret"))
        self.client_secret.setAccessibleDescription(
            self.tr(
                "From the Settings page of your app; it is hidden as you type "
                "and kept only in your system keychain."
            )
        )
        secret_label.setBuddy(self.client_secret)
        self.reveal = QPushButton(self.own_app)
        self.reveal.setCheckable(True)
        self._label_reveal(shown=False)
        grid.addWidget(id_label, 2, 0)
        grid.addWidget(self.client_id, 2, 1, 1, 2)
        grid.addWidget(secret_label, 3, 0)
        grid.addWidget(self.client_secret, 3, 1)
        grid.addWidget(self.reveal, 3, 2)

    def _build_callback(self, grid: QGridLayout) -> None:
        port_label = QLabel(self.tr("Callback &port:"), self.own_app)
        self.port = QLineEdit(self.own_app)
        self.port.setMaxLength(5)
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("0") * 12)
        self.port.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.port.setAccessibleName(self.tr("Callback port"))
        self.port.setAccessibleDescription(
            self.tr(
                "The port on this computer where your browser comes back after "
                "you sign in; it is part of the callback URL."
            )
        )
        port_label.setBuddy(self.port)
        self.port_status = StatusLine(self.tr("Callback port check"), self.own_app)
        url_label = QLabel(self.tr("&Callback URL:"), self.own_app)
        self.callback_url = QLineEdit(self.own_app)
        self.callback_url.setReadOnly(True)
        self.callback_url.setAccessibleName(self.tr("Callback URL to register"))
        url_label.setBuddy(self.callback_url)
        self.copy_button = QPushButton(self.tr("Cop&y"), self.own_app)
        self.copy_button.setAccessibleName(self.tr("Copy the callback URL"))
        self.copy_button.setAccessibleDescription(
            self.tr(
                "Puts the callback URL on the clipboard, to paste into the "
                "developer console"
            )
        )
        self.register_note = QLabel(
            self.tr(
                "Register exactly this URL as the app's callback URL in "
                "Atlassian's developer console: port and path must match."
            ),
            self.own_app,
        )
        self.register_note.setWordWrap(True)
        self.callback_url.setAccessibleDescription(self.register_note.text())
        self.copy_status = StatusLine(self.tr("Callback URL"), self.own_app)
        row = QHBoxLayout()
        row.addWidget(self.port)
        row.addStretch(1)
        grid.addWidget(port_label, 4, 0)
        grid.addLayout(row, 4, 1, 1, 2)
        grid.addWidget(self.port_status, 5, 1, 1, 2)
        grid.addWidget(url_label, 6, 0)
        grid.addWidget(self.callback_url, 6, 1)
        grid.addWidget(self.copy_button, 6, 2)
        grid.addWidget(self.register_note, 7, 1, 1, 2)
        grid.addWidget(self.copy_status, 8, 1, 1, 2)

    # Values ----------------------------------------------------------------

    @property
    def own(self) -> bool:
        return self.state.auth_type is AuthType.OAUTH_OWN

    def client_id_text(self) -> str:
        return self.client_id.text().strip()

    def client_secret_text(self) -> str:
        # Surrounding whitespace comes from copying, never from the secret.
        return self.client_secret.text().strip()

    def port_number(self) -> int | None:
        return port_or_none(self.port.text())

    # What QWizard asks of a page -------------------------------------------

    def initializePage(self) -> None:
        self.own_app.setVisible(self.own)
        self.org_port.setVisible(not self.own)
        if self.own:
            self._show_own_app()
        else:
            self._show_organization_app()

    def isComplete(self) -> bool:
        if not self.own:
            return True
        return (
            bool(self.client_id_text())
            and bool(self.client_secret_text())
            and self.port_number() is not None
        )

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        state = self.state
        state.scopes = self.scope_picker.scopes()
        if self.own:
            state.client_id = self.client_id_text()
            state.client_secret = Secret(self.client_secret_text())
            state.port = self.port_number()
        else:
            state.client_id, state.client_secret, state.port = "", None, None
        return True

    def _show_own_app(self) -> None:
        self.setTitle(self.tr("Your own app"))
        self.setSubTitle(
            self.tr("The app you created in Atlassian's developer console.")
        )
        self.about.setText(
            self.tr(
                "In the developer console, open your app: Settings shows its "
                "client id and secret; Authorization, OAuth 2.0 (3LO) holds the "
                "callback URL; Permissions, Jira API holds the scopes."
            )
        )

    def _show_organization_app(self) -> None:
        self.setTitle(self.tr("Your organization's app"))
        if self.scope_picker.locked:
            self._show_fixed_scopes()
        else:
            self.setSubTitle(self.tr("Choose what the connection may do in Jira."))
            self.about.setText(
                self.tr(
                    "Your IT department set up your organization's app on this "
                    "computer, so there is nothing to type: you only choose the "
                    "scopes, then sign in in your browser."
                )
            )
        org = self.backend.policy.organization_app
        if org is not None:
            self.org_port.setText(
                self.tr(
                    "Signing in uses port {port} on this computer, as set by "
                    "your organization."
                ).format(port=org.callback_port)
            )

    def _show_fixed_scopes(self) -> None:
        self.setSubTitle(
            self.tr("What the connection may do in Jira, as your organization set it.")
        )
        self.about.setText(
            self.tr(
                "Your IT department set up your organization's app and its scopes "
                "on this computer, so there is nothing to type or choose: you only "
                "sign in in your browser."
            )
        )

    def on_shown(self) -> None:
        # The first thing to type, though Tab order starts at the console
        # button above it, in reading order.
        if self.own:
            self.client_id.setFocus()
            return
        boxes = self.scope_picker.optional_boxes()
        if boxes:
            boxes[0].setFocus()
        else:
            # Nothing to choose (the organization fixed the scopes): go on.
            self.focus_forward_button()

    # Live checks -----------------------------------------------------------

    def _on_field_changed(self) -> None:
        self.completeChanged.emit()

    def _on_port_text_changed(self, text: str) -> None:
        port = port_or_none(text)
        if port is None:
            self.port_status.show_text(
                Tone.PROBLEM,
                self.tr("This is not a port the callback can use."),
                self.tr(
                    "Enter a whole number from 1024 to 65535, such as {port}."
                ).format(port=DEFAULT_CALLBACK_PORT),
                help_topic="callback-port",
            )
            self.callback_url.clear()
            self.callback_url.setPlaceholderText(self.tr("Enter a valid port first"))
        else:
            self.port_status.clear()
            self.callback_url.setText(self.backend.callback_url(port))
        self.copy_button.setEnabled(port is not None)
        self.copy_status.clear()
        self.completeChanged.emit()

    def _on_reveal_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.client_secret.setEchoMode(mode)
        self._label_reveal(shown=shown)

    def _label_reveal(self, *, shown: bool) -> None:
        """Say what the Show button does next: show the secret, or hide it."""
        if shown:
            self.reveal.setText(self.tr("&Hide"))
            self.reveal.setAccessibleName(self.tr("Hide client secret"))
            self.reveal.setAccessibleDescription(
                self.tr("Hides the secret's characters again")
            )
        else:
            self.reveal.setText(self.tr("&Show"))
            self.reveal.setAccessibleName(self.tr("Show client secret"))
            self.reveal.setAccessibleDescription(
                self.tr(
                    "Shows the secret's characters, to check that it was pasted "
                    "whole; anyone who sees your screen can read it then"
                )
            )

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.callback_url.text())
        self.copy_status.show_text(
            Tone.INFO,
            self.tr("The callback URL is on the clipboard."),
            self.tr("Paste it as the app's callback URL in the developer console."),
        )

    def _on_console_button_clicked(self) -> None:
        if open_url(DEVELOPER_CONSOLE_URL):
            self.console_status.show_text(
                Tone.INFO,
                self.tr("Atlassian's developer console opens in your browser."),
            )
        else:
            self.console_status.show_text(
                Tone.WARNING,
                self.tr("No browser could be opened."),
                self.tr("Open this address yourself: {url}").format(
                    url=DEVELOPER_CONSOLE_URL
                ),
            )

    def focus_port(self) -> None:
        """Put the cursor in the port field, for a person sent back to change it."""
        self.port.setFocus()
        self.port.selectAll()
