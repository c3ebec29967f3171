"""Page 1: how do you want to connect?"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout

from jira_wizard.core.models import AuthType
from jira_wizard.ui.context import BasePage, WizardContext


@dataclass(frozen=True)
class AuthChoice:
    """One way to connect, with the one line on when it fits.

    The texts are marked for translation here and translated when shown, in
    the ``AuthPage`` context.
    """

    auth_type: AuthType
    title: str
    best_for: str


#: The choices the page offers, in order. Atlassian's guidance on which fits:
#: API tokens for scripts and unattended use, OAuth for a person at the desk.
API_TOKEN_CHOICE = AuthChoice(
    AuthType.API_TOKEN,
    str(QT_TRANSLATE_NOOP("AuthPage", "&API token")),
    str(
        QT_TRANSLATE_NOOP(
            "AuthPage", "Best for scripts, service accounts and unattended use."
        )
    ),
)

AVAILABLE_CHOICES: tuple[AuthChoice, ...] = (API_TOKEN_CHOICE,)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuthPage", text)


class AuthPage(BasePage):
    def __init__(
        self,
        context: WizardContext,
        choices: tuple[AuthChoice, ...] = AVAILABLE_CHOICES,
    ) -> None:
        super().__init__(context)
        self.setTitle(self.tr("How do you want to connect?"))
        self.setSubTitle(
            self.tr("Pick the kind of connection. Your helpdesk may tell you which.")
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[AuthType, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for choice in choices:
            self._add_choice(layout, choice)
        layout.addStretch(1)
        if len(choices) == 1:
            self.buttons[choices[0].auth_type].setChecked(True)
        self.group.buttonToggled.connect(self._on_group_button_toggled)

    def _add_choice(self, layout: QVBoxLayout, choice: AuthChoice) -> None:
        button = QRadioButton(_tr(choice.title), self)
        best_for = _tr(choice.best_for)
        button.setAccessibleName(_tr(choice.title).replace("&", ""))
        button.setAccessibleDescription(best_for)
        note = QLabel(best_for, self)
        note.setWordWrap(True)
        note.setIndent(24)
        note.setBuddy(button)
        self.group.addButton(button)
        self.buttons[choice.auth_type] = button
        layout.addWidget(button)
        layout.addWidget(note)
        layout.addSpacing(8)

    def _on_group_button_toggled(self) -> None:
        self.completeChanged.emit()

    def chosen(self) -> AuthType | None:
        for auth_type, button in self.buttons.items():
            if button.isChecked():
                return auth_type
        return None

    def isComplete(self) -> bool:
        return self.chosen() is not None

    def validatePage(self) -> bool:
        self.state.auth_type = self.chosen()
        return self.state.auth_type is not None
