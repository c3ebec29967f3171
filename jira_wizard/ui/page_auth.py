"""Page 1: how do you want to connect?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout

from jira_wizard.core.kinds import AuthType
from jira_wizard.ui.context import BasePage, WizardContext

if TYPE_CHECKING:
    from jira_wizard.core.policy import Policy
    from jira_wizard.ui.locked import LockedNote
    from jira_wizard.ui.widgets import StatusLine

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "AuthPage").
translate = QCoreApplication.translate


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

OAUTH_ORG_CHOICE = AuthChoice(
    AuthType.OAUTH_ORG,
    str(QT_TRANSLATE_NOOP("AuthPage", "OAuth 2.0 with your &organization's app")),
    str(
        QT_TRANSLATE_NOOP(
            "AuthPage",
            "Best for personal, attended use: you sign in in your browser, and "
            "your organization looks after the app.",
        )
    ),
)

OAUTH_OWN_CHOICE = AuthChoice(
    AuthType.OAUTH_OWN,
    str(QT_TRANSLATE_NOOP("AuthPage", "OAuth 2.0 with your o&wn app")),
    str(
        QT_TRANSLATE_NOOP(
            "AuthPage",
            "Best when you govern the keys yourself: you create the app in "
            "Atlassian's developer console and sign in in your browser.",
        )
    ),
)

AVAILABLE_CHOICES: tuple[AuthChoice, ...] = (
    API_TOKEN_CHOICE,
    OAUTH_ORG_CHOICE,
    OAUTH_OWN_CHOICE,
)


def offered_choices(policy: Policy) -> tuple[AuthChoice, ...]:
    """The choices for this computer: the organization's app only when its
    policy provides one, since nobody is meant to type that app's secret."""
    return tuple(
        choice
        for choice in AVAILABLE_CHOICES
        if choice.auth_type is not AuthType.OAUTH_ORG
        or policy.organization_app is not None
    )


def suggested_choice(policy: Policy) -> AuthType:
    """The choice ticked when the page opens.

    An organization that installed its own app wants people to use it (OAuth
    suits a person at the desk, in Atlassian's guidance). Without one, an API
    token is the way that needs no developer console. Radio buttons start
    with one choice ticked, as platform guidelines ask, and the person can
    change it.
    """
    if policy.organization_app is not None:
        return AuthType.OAUTH_ORG
    return AuthType.API_TOKEN


class AuthPage(BasePage):
    """The ways to connect the policy allows, the preset's one ticked.

    ``choices`` and ``preselected`` are what the wizard offers; the page
    narrows them by the wizard's starting ``choices`` itself (the policy,
    over a helpdesk's preset), so that a way the organization ruled out is
    never shown whatever the caller passes.

    This is the page the window opens on, painted before anything else is
    loaded: it is made of plain Qt widgets, and the status line for the
    helpdesk's notes and the padlock of a locked choice (whose modules bring
    much of Qt's Python layer with them) exist only when there is something
    to show in them (``notes`` and ``locked_note`` are None otherwise).
    """

    def __init__(
        self,
        context: WizardContext,
        choices: tuple[AuthChoice, ...] = AVAILABLE_CHOICES,
        preselected: AuthType | None = None,
    ) -> None:
        super().__init__(context)
        self.setTitle(self.tr("How do you want to connect?"))
        self.setSubTitle(
            self.tr("Pick the kind of connection. Your helpdesk may tell you which.")
        )
        fixed = context.start.choices
        self.locked = fixed.auth_type_locked
        self.group = QButtonGroup(self)
        self.buttons: dict[AuthType, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for choice in choices:
            if choice.auth_type in fixed.auth_types:
                self._add_choice(layout, choice)
        self._build_notes(layout, fixed.notes)
        self._preselect((fixed.auth_type, preselected))
        if self.locked:
            self._lock()
        self.group.buttonToggled.connect(self._on_group_button_toggled)

    def _build_notes(self, layout: QVBoxLayout, notes: tuple[str, ...]) -> None:
        self.notes: StatusLine | None = None
        self.locked_note: LockedNote | None = None
        if notes:
            from jira_wizard.ui.widgets import StatusLine, Tone

            # Made after the buttons, so that the first way still comes first
            # in the focus chain, where QWizard puts the focus; shown above
            # them. Said once, here: why the preset's site or way is not the
            # one shown.
            self.notes = StatusLine(
                self.tr("Note about your helpdesk's settings"), self
            )
            layout.insertWidget(0, self.notes)
            self.notes.show_text(Tone.INFO, " ".join(notes))
            layout.insertSpacing(1, 8)
        if self.locked:
            from jira_wizard.ui.locked import LockedNote

            self.locked_note = LockedNote(self)
            layout.addWidget(self.locked_note)
        layout.addStretch(1)

    def _preselect(self, wanted: tuple[AuthType | None, ...]) -> None:
        if len(self.buttons) == 1:
            next(iter(self.buttons.values())).setChecked(True)
            return
        for auth_type in wanted:
            if auth_type in self.buttons:
                self.buttons[auth_type].setChecked(True)
                return

    def _lock(self) -> None:
        """The organization allows one way: shown ticked, and not changeable."""
        from jira_wizard.ui.locked import keep_text_readable, locked_description

        for button in self.buttons.values():
            button.setEnabled(False)
            keep_text_readable(button)
            button.setAccessibleDescription(
                locked_description(button.accessibleDescription())
            )

    def on_shown(self) -> None:
        if self.locked:
            # Nothing on the page can change, so Enter goes on at once.
            self.focus_forward_button()
            return
        # On the ticked way, as platforms do, not on the first one: Tab
        # enters a group of radio buttons only once, and a screen reader
        # should say what is chosen.
        checked = self.group.checkedButton()
        if checked is not None:
            checked.setFocus()

    def _add_choice(self, layout: QVBoxLayout, choice: AuthChoice) -> None:
        button = QRadioButton(translate("AuthPage", choice.title), self)
        best_for = translate("AuthPage", choice.best_for)
        button.setAccessibleName(translate("AuthPage", choice.title).replace("&", ""))
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
