"""A helpdesk's ``jira-wizard://setup?...`` link arriving while the wizard runs.

On Windows and Linux the installers' link handlers start the program with the
link as its argument, which the command line reads before any window opens.
macOS instead starts the program and then hands it the link as an open-URL
event (``QEvent.FileOpen``), and does the same for a link clicked while the
program already runs. ``WizardSession`` listens for that event: on page 1,
before the person has gone further, the wizard starts again from the link's
preset; later on, the person is told to finish or cancel first, so nothing
they typed is lost. A link that is refused says why, as at start-up.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from jira_wizard.core.errors import WizardError
from jira_wizard.core.preset import parse_preset_link
from jira_wizard.ui.application import WizardApplication
from jira_wizard.ui.context import PageId
from jira_wizard.ui.notices import tell_once_shown, tell_preset_refused
from jira_wizard.ui.wizard import ConnectionWizard

if TYPE_CHECKING:
    from jira_wizard.core.backend import WizardBackend

log = logging.getLogger(__name__)

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Links").
translate = QCoreApplication.translate


class WizardSession(QObject):
    """The wizard window of one run, started again when a link arrives on page 1.

    ``wizard`` is the first window, made here from ``backend`` when not
    given; one given may be on screen already.
    """

    def __init__(
        self,
        backend: WizardBackend,
        refused_preset: WizardError | None = None,
        wizard: ConnectionWizard | None = None,
    ) -> None:
        super().__init__()
        self._backend = backend
        first = wizard if wizard is not None else ConnectionWizard(backend)
        self.wizard = tell_once_shown(first, refused_preset)
        self._changed: asyncio.Event | None = None
        # Followed from here, not from when the loop first shows it: a wizard
        # on screen already may be closed in the loop's first turn.
        self._finished = False
        self._finished_event: asyncio.Event | None = None
        self.wizard.finished.connect(self._on_wizard_finished)

    async def show_until_closed(self) -> None:
        """Show the wizard, and the one that replaces it, until one finishes."""
        app = QApplication.instance()
        # An application made by someone else (a host program) keeps its links.
        ours = app if isinstance(app, WizardApplication) else None
        if ours is not None:
            ours.link_opened.connect(self._on_link_opened)
        try:
            while not await self._show_one():
                pass
        finally:
            if ours is not None:
                ours.link_opened.disconnect(self._on_link_opened)

    async def _show_one(self) -> bool:
        """Show the current wizard: True once it finished, False if replaced."""
        if self._finished:
            return True
        self._finished_event = finished = asyncio.Event()
        self._changed = changed = asyncio.Event()
        self.wizard.show()
        ended = asyncio.ensure_future(finished.wait())
        replaced = asyncio.ensure_future(changed.wait())
        await asyncio.wait((ended, replaced), return_when=asyncio.FIRST_COMPLETED)
        ended.cancel()
        replaced.cancel()
        return self._finished

    def _on_wizard_finished(self, _result: int) -> None:
        self._finished = True
        if self._finished_event is not None:
            self._finished_event.set()

    def _on_link_opened(self, link: str) -> None:
        endpoints = self._backend.endpoints
        try:
            preset = parse_preset_link(
                link, allow_loopback_http=endpoints.allow_loopback_http
            )
        except WizardError as error:
            tell_preset_refused(error, self.wizard)
            return
        if self.wizard.currentId() != PageId.AUTH:
            self._tell_finish_first()
            return
        self._backend.use_preset(preset)
        self._replace_wizard()

    def _replace_wizard(self) -> None:
        old = self.wizard
        self.wizard = ConnectionWizard(self._backend)
        self.wizard.setGeometry(old.geometry())
        old.finished.disconnect()
        self.wizard.finished.connect(self._on_wizard_finished)
        old.hide()
        old.deleteLater()
        log.info("the wizard starts again from a setup link")
        if self._changed is not None:
            self._changed.set()

    def _tell_finish_first(self) -> None:
        box = QMessageBox(self.wizard)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.wizard.windowTitle())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setText(
            translate(
                "Links",
                "A setup link from your helpdesk arrived while you were connecting.",
            )
        )
        box.setInformativeText(
            translate(
                "Links",
                "Nothing you entered was changed. Finish or cancel this "
                "connection, then open the link again.",
            )
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        # open(), not exec(): a nested event loop would step asyncio tasks.
        box.open()
