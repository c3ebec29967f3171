"""What an OAuth sign-in proved, for page 5: as whom, where, and with which scopes.

The sign-in itself already called Atlassian for real (accessible resources,
then ``/myself`` through the gateway), so nothing is fetched here. Scopes the
person asked for but Atlassian did not grant are named with what they would
allow, and how to get them: Atlassian grants only the scopes the app has
(its Permissions in the developer console), and changing them needs a new
consent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.backend import SignInOutcome
from jira_wizard.core.scopes import SCOPES
from jira_wizard.ui.scope_picker import scope_meaning
from jira_wizard.ui.widgets import StatusLine, Tone, escape

_MEANINGS = {scope.name: scope for scope in SCOPES}


class GrantedView(QWidget):
    """The verified account, site, API base URL and scopes of a sign-in."""

    #: The person wants a new sign-in, to be granted the missing scopes.
    sign_in_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("account", self.tr("Connected as:")),
            ("site", self.tr("Site:")),
            ("api", self.tr("API base URL:")),
            ("scopes", self.tr("Scopes:")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(caption, value)
        self.missing = StatusLine(self.tr("Missing scopes"), self)
        self.again_button = QPushButton(self.tr("&Sign in again"), self)
        self.again_button.setAccessibleName(self.tr("Sign in again"))
        self.again_button.setAccessibleDescription(
            self.tr("Goes back to the sign-in, to allow the missing scopes")
        )
        self.again_button.setVisible(False)
        self.again_button.clicked.connect(self.sign_in_again_requested)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addStretch(1)
        layout.addLayout(self.form)
        layout.addWidget(self.missing)
        layout.addLayout(row)

    def show_outcome(self, outcome: SignInOutcome, *, own_app: bool) -> None:
        access = outcome.access
        account = access.account
        self._set(
            "account",
            f"{account.display_name} ({account.email})"
            if account.email
            else account.display_name,
        )
        self._set("site", access.site.site_url)
        self._set(
            "api",
            self.tr("{url} (through Atlassian's API gateway)").format(
                url=access.api_base_url
            ),
        )
        self._show_scopes(outcome.scopes_asked, outcome.scopes_missing)
        self._show_missing(outcome.scopes_missing, own_app=own_app)

    def _set(self, key: str, text: str, rich: str | None = None) -> None:
        label = self.values[key]
        label.setTextFormat(
            Qt.TextFormat.RichText if rich is not None else Qt.TextFormat.PlainText
        )
        label.setText(rich if rich is not None else text)
        caption = self.form.labelForField(label)
        prefix = caption.text() if isinstance(caption, QLabel) else ""
        label.setAccessibleName(f"{prefix} {text}".strip())

    def _show_scopes(self, asked: tuple[str, ...], missing: tuple[str, ...]) -> None:
        lines = [
            self.tr("{scope}: not granted").format(scope=name)
            if name in missing
            else self.tr("{scope}: granted").format(scope=name)
            for name in asked
        ]
        # The words carry the verdict; bold only repeats it for the eye.
        rich = "<br>".join(
            f"<b>{escape(line)}</b>" if name in missing else escape(line)
            for name, line in zip(asked, lines, strict=True)
        )
        self._set("scopes", "; ".join(lines), rich)

    def _show_missing(self, missing: tuple[str, ...], *, own_app: bool) -> None:
        self.again_button.setVisible(bool(missing))
        if not missing:
            self.missing.clear()
            return
        without = [
            self.tr("Without {scope}, the connection cannot: {meaning}").format(
                scope=name, meaning=scope_meaning(_MEANINGS[name])
            )
            if name in _MEANINGS
            else name
            for name in missing
        ]
        if own_app:
            fix = self.tr(
                "To get them, add them to the app in Atlassian's developer "
                "console (Permissions, Jira API), then sign in again and allow "
                "them."
            )
        else:
            fix = self.tr(
                "To get them, ask your IT department to add them to your "
                "organization's app, then sign in again and allow them."
            )
        self.missing.show_text(
            Tone.WARNING,
            self.tr("Atlassian did not grant every scope asked for: {names}.").format(
                names=", ".join(missing)
            ),
            " ".join([*without, fix]),
        )
