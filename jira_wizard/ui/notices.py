"""Messages the window shows once, as it opens.

A helpdesk's ``jira-wizard://setup`` link or ``--preset`` file that is refused
(it carries a secret, or a value the program cannot use) is checked before any
window exists, where only the terminal could hear about it; a person who
clicked the link has no terminal. So the window says it again as it opens,
and the wizard starts without the preset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from jira_wizard.core.errors import WizardError

#: The help page on links and files from a helpdesk.
PRESETS_TOPIC = "presets"


_Window = TypeVar("_Window", bound=QWidget)


# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Notices").
translate = QCoreApplication.translate


def tell_once_shown(window: _Window, refused_preset: WizardError | None) -> _Window:
    """``window``, which says why the preset was refused once it is on screen.

    Without a refused preset, ``window`` as it is. A window on screen
    already (the wizard paints its first page before anything else) says it
    as soon as the event loop runs.
    """
    if refused_preset is None:
        return window
    if window.isVisible():
        QTimer.singleShot(
            0, window, lambda: tell_preset_refused(refused_preset, window)
        )
    else:
        _OnFirstShow(window, lambda: tell_preset_refused(refused_preset, window))
    return window


def tell_preset_refused(error: WizardError, parent: QWidget) -> QMessageBox:
    """Say, over ``parent``, why the preset was not used and what to do now.

    Opened with ``open()``, never ``exec()``: a nested event loop would step
    asyncio tasks inside another, which asyncio refuses.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.windowTitle())
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setText(
        translate(
            "Notices", "The setup link or preset file from your helpdesk was not used."
        )
    )
    box.setInformativeText(
        translate(
            "Notices",
            "{why}\n\nThe wizard starts without it: fill in each page yourself, "
            "or ask your helpdesk for a new link.",
        ).format(why=str(error))
    )
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    topic = error.help_topic or PRESETS_TOPIC
    read = box.addButton(
        translate("Notices", "Read about setup &links"),
        QMessageBox.ButtonRole.ActionRole,
    )
    read.setAccessibleName(translate("Notices", "Read about setup links"))

    def on_clicked(button: QAbstractButton) -> None:
        from jira_wizard.ui.help_view import open_help

        if button is read:
            open_help(topic, parent)

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box


class _OnFirstShow(QObject):
    """Does one thing just after ``window`` first appears, then goes away."""

    def __init__(self, window: QWidget, act: Callable[[], object]) -> None:
        super().__init__(window)
        self._act: Callable[[], object] | None = act
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._act is not None:
            watched.removeEventFilter(self)
            # Once the window has been drawn, so the box sits over it.
            QTimer.singleShot(0, self, self._on_shown)
        return False

    def _on_shown(self) -> None:
        act, self._act = self._act, None
        if act is not None:
            act()
        # Nothing holds the window from here: no cycle for the collector.
        self.deleteLater()
