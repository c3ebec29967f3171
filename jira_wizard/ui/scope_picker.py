"""The scope picker: the scopes an OAuth connection may ask for, in plain words.

Which scopes it lists comes from the backend's ``Choices``: the required ones
(the program's and any the organization adds) are shown ticked and locked,
with a visible "required" note and the same said to screen readers; the
optional ones the policy offers are the person's choice, ticked as a preset
asks; scopes the policy does not offer are not shown at all. When the policy
leaves nothing to choose, the whole picker is disabled and its page says it is
locked by the organization. The meanings come from ``core.scopes``, shared
with the command line, and are translated at run time in the ``scopes``
context.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from jira_wizard.core.choices import Choices
from jira_wizard.core.scopes import SCOPES, Scope, scopes_to_request
from jira_wizard.ui.locked import keep_text_readable, locked_description

#: How far a scope's meaning is indented under its check box, in pixels:
#: about the width of the box, so the text lines up with the scope's name.
_MEANING_INDENT = 22


def scope_meaning(scope: Scope) -> str:
    return QCoreApplication.translate("scopes", scope.meaning)


class ScopePicker(QGroupBox):
    """A check box per scope on offer, with its meaning underneath."""

    #: Emitted whenever an optional scope is ticked or unticked.
    changed = Signal()

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._required = set(choices.required_scopes)
        self._offered = set(choices.offered_scopes) - self._required
        self.locked = choices.scopes_locked
        self.setTitle(self.tr("What the connection may do (scopes)"))
        self.setAccessibleName(self.tr("Scopes"))
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        # The locked ones first, then the choices; the request keeps the order
        # of core.scopes whatever the order shown.
        for scope in SCOPES:
            if scope.name in self._required:
                self._add(layout, scope, self._add_required(scope))
        for scope in SCOPES:
            if scope.name in self._offered:
                self._add(layout, scope, self._add_optional(scope))
        layout.addStretch(1)
        self.set_chosen(choices.scopes)
        self._describe()

    def _describe(self) -> None:
        about = self.tr(
            "Required scopes are always asked for; tick the optional ones "
            "you need. Scopes never give more than your own Jira permissions."
        )
        if self.locked:
            about = locked_description(
                self.tr("Every scope listed is asked for; there is none to choose.")
            )
            self.setEnabled(False)
            keep_text_readable(self)
        self.setAccessibleDescription(about)

    def _add_required(self, scope: Scope) -> QCheckBox:
        box = QCheckBox(self.tr("{scope} (required)").format(scope=scope.name), self)
        box.setChecked(True)
        # Locked on: the program or the organization cannot do without it.
        box.setEnabled(False)
        keep_text_readable(box)
        box.setAccessibleName(self.tr("{scope}, required").format(scope=scope.name))
        if scope.required:
            why = self.tr("Always asked for; it cannot be turned off.")
        else:
            why = self.tr("Your organization requires it; it cannot be turned off.")
        box.setAccessibleDescription(f"{scope_meaning(scope)} {why}")
        return box

    def _add_optional(self, scope: Scope) -> QCheckBox:
        box = QCheckBox(scope.name, self)
        box.setAccessibleName(self.tr("{scope}, optional").format(scope=scope.name))
        box.setAccessibleDescription(scope_meaning(scope))
        box.toggled.connect(self._on_box_toggled)
        return box

    def _add(self, layout: QVBoxLayout, scope: Scope, box: QCheckBox) -> None:
        note = QLabel(scope_meaning(scope), self)
        note.setWordWrap(True)
        note.setIndent(_MEANING_INDENT)
        note.setBuddy(box)
        self.boxes[scope.name] = box
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addSpacing(4)

    def _on_box_toggled(self, _checked: bool) -> None:
        self.changed.emit()

    def optional_boxes(self) -> list[QCheckBox]:
        """The check boxes a person can change, in the order shown."""
        if self.locked:
            return []
        return [box for name, box in self.boxes.items() if name in self._offered]

    def chosen(self) -> tuple[str, ...]:
        """The optional scopes ticked."""
        return tuple(
            name
            for name, box in self.boxes.items()
            if name in self._offered and box.isChecked()
        )

    def set_chosen(self, names: Iterable[str]) -> None:
        """Tick exactly the optional scopes in ``names`` that are on offer."""
        wanted = set(names)
        for name, box in self.boxes.items():
            if name in self._offered:
                box.setChecked(name in wanted)

    def scopes(self) -> tuple[str, ...]:
        """What the sign-in asks for: the required scopes and the ticked ones."""
        return scopes_to_request((*sorted(self._required), *self.chosen()))
