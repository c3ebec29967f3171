"""The scope picker: every scope an OAuth connection may ask for, in plain words.

Required scopes are shown ticked and locked, with a visible "required" note and
the same said to screen readers; the optional ones are the person's choice.
The list and the meanings come from ``core.scopes``, shared with the command
line, and are translated at run time in the ``scopes`` context.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from jira_wizard.core.scopes import SCOPES, Scope, scopes_to_request

#: How far a scope's meaning is indented under its check box, in pixels:
#: about the width of the box, so the text lines up with the scope's name.
_MEANING_INDENT = 22


def scope_meaning(scope: Scope) -> str:
    return QCoreApplication.translate("scopes", scope.meaning)


class ScopePicker(QGroupBox):
    """A check box per scope, with its meaning underneath."""

    #: Emitted whenever an optional scope is ticked or unticked.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the connection may do (scopes)"))
        self.setAccessibleName(self.tr("Scopes"))
        self.setAccessibleDescription(
            self.tr(
                "Required scopes are always asked for; tick the optional ones "
                "you need. Scopes never give more than your own Jira permissions."
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        # The locked ones first, then the choices; the request keeps the order
        # of core.scopes whatever the order shown.
        for scope in sorted(SCOPES, key=lambda s: not s.required):
            self._add(layout, scope)
        layout.addStretch(1)

    def _add(self, layout: QVBoxLayout, scope: Scope) -> None:
        meaning = scope_meaning(scope)
        box = QCheckBox(self)
        if scope.required:
            required = self.tr("required")
            box.setText(f"{scope.name} ({required})")
            box.setChecked(True)
            # Locked on: the program cannot work without it (core.scopes).
            box.setEnabled(False)
            _keep_text_readable(box)
            box.setAccessibleName(self.tr("{scope}, required").format(scope=scope.name))
            box.setAccessibleDescription(
                self.tr("{meaning} Always asked for; it cannot be turned off.").format(
                    meaning=meaning
                )
            )
        else:
            box.setText(scope.name)
            box.setAccessibleName(self.tr("{scope}, optional").format(scope=scope.name))
            box.setAccessibleDescription(meaning)
            box.toggled.connect(self._on_box_toggled)
        note = QLabel(meaning, self)
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
        return [box for box in self.boxes.values() if box.isEnabled()]

    def chosen(self) -> tuple[str, ...]:
        """The optional scopes ticked."""
        return tuple(
            name
            for name, box in self.boxes.items()
            if box.isEnabled() and box.isChecked()
        )

    def set_chosen(self, names: Iterable[str]) -> None:
        """Tick exactly the optional scopes in ``names``."""
        wanted = set(names)
        for name, box in self.boxes.items():
            if box.isEnabled():
                box.setChecked(name in wanted)

    def scopes(self) -> tuple[str, ...]:
        """What the sign-in asks for: the required scopes and the ticked ones."""
        return scopes_to_request(self.chosen())


def _keep_text_readable(box: QCheckBox) -> None:
    """Draw a locked box's label in the normal text colour.

    The grey of disabled text is too faint to read (WCAG 1.4.3 asks for 4.5:1);
    the box itself still looks locked, and the label says "required".
    """
    palette = box.palette()
    role = QPalette.ColorRole.WindowText
    normal = palette.color(QPalette.ColorGroup.Active, role)
    palette.setColor(QPalette.ColorGroup.Disabled, role, normal)
    box.setPalette(palette)
