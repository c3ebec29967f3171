"""Parts of the sign-in page: its buttons, the pasted-address field and the
troubleshooting list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.ui import signin_texts as texts
from jira_wizard.ui.help_link import HelpLink
from jira_wizard.ui.widgets import StatusLine

_ADDRESS_HINTS = (
    Qt.InputMethodHint.ImhUrlCharactersOnly
    | Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
)


class AttemptButtons(QWidget):
    """The row of buttons for one attempt; which show depends on its state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.again = self._button(self.tr("&Sign in again"))
        self.again.setAccessibleDescription(
            self.tr("Starts a new sign-in in your browser")
        )
        # Its words depend on what page 3 must fix (SignInPage._offer_fix);
        # a name and description stand until then, so it is never nameless.
        self.fix = self._button("")
        self.fix.setAccessibleName(self.tr("Go back to fix it"))
        self.fix.setAccessibleDescription(
            self.tr(
                "Goes back to the page with your app's details, to change what "
                "caused this"
            )
        )
        self.reopen = self._button(self.tr("Open the page &again"))
        self.reopen.setAccessibleDescription(
            self.tr("Opens Atlassian's sign-in page in your browser once more")
        )
        self.copy = self._button(self.tr("Cop&y the link"))
        self.copy.setAccessibleDescription(
            self.tr("Puts the sign-in link on the clipboard, for another browser")
        )
        self.cancel = self._button(self.tr("&Cancel sign-in"))
        self.cancel.setAccessibleDescription(
            self.tr("Stops waiting for the browser; nothing is saved")
        )
        self.in_order = [self.again, self.fix, self.reopen, self.copy, self.cancel]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.in_order[:-1]:
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.cancel)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setVisible(False)
        return button

    def show_only(self, *buttons: QPushButton) -> None:
        for button in self.in_order:
            button.setVisible(button in buttons)

    def set_fix(self, text: str, description: str) -> None:
        self.fix.setText(text)
        self.fix.setAccessibleName(text.replace("&", ""))
        self.fix.setAccessibleDescription(description)
        self.fix.setVisible(True)


class PasteBox(QWidget):
    """ "Paste the address your browser ended on", for a browser elsewhere.

    The address holds the authorization code: ``address_given`` carries it
    to the page, and the field is emptied at once, so it never stays on
    screen or in the accessible tree.
    """

    address_given = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("&Paste the address your browser ended on:"), self)
        label.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setInputMethodHints(_ADDRESS_HINTS)
        self.field.setAccessibleName(self.tr("Address your browser ended on"))
        self.field.setAccessibleDescription(
            self.tr(
                "For a browser on another computer: after you allow access, copy "
                "the address from its address bar and paste it here."
            )
        )
        label.setBuddy(self.field)
        self.use_button = QPushButton(self.tr("&Use"), self)
        self.use_button.setAccessibleName(self.tr("Use the pasted address"))
        self.use_button.setAccessibleDescription(
            self.tr("Finishes the sign-in with the address pasted into the field")
        )
        self.use_button.setEnabled(False)
        self.status = StatusLine(self.tr("Pasted address check"), self)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.returnPressed.connect(self._on_use)
        self.use_button.clicked.connect(self._on_use)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def reset(self, callback_url: str) -> None:
        self.field.clear()
        self.status.clear()
        self.field.setPlaceholderText(
            self.tr("For a browser on another computer: {url}?code=…").format(
                url=callback_url
            )
        )

    def _on_field_text_changed(self, text: str) -> None:
        self.use_button.setEnabled(bool(text.strip()))

    def _on_use(self) -> None:
        text = self.field.text()
        if not text.strip():
            return
        self.field.clear()
        self.address_given.emit(text)


class TroubleshootingBox(QGroupBox):
    """What Atlassian's error pages mean, while the wizard waits: each item
    with "Help: <title>" under it, for the help page about that error page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("If Atlassian shows an error page instead of coming back"), parent
        )
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        self.items: list[QLabel] = []
        self.links: list[HelpLink] = []
        # Made now rather than when shown, so that they take their place in
        # the page's Tab order; how many items there are depends on nothing.
        for _ in texts.troubleshooting("", own_app=False):
            item = QLabel(self)
            item.setWordWrap(True)
            link = HelpLink(self)
            layout.addWidget(item)
            layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
            self.items.append(item)
            self.links.append(link)

    def show_for(self, callback_url: str, *, own_app: bool) -> None:
        troubles = texts.troubleshooting(callback_url, own_app=own_app)
        for item, link, trouble in zip(self.items, self.links, troubles, strict=True):
            item.setText(texts.as_html_list([trouble.text], keep_whole=callback_url))
            link.show_topic(trouble.help_topic)
        self.setAccessibleDescription(" ".join(t.text for t in troubles))
