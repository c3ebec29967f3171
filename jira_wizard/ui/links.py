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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from jira_wizard.core.backend import WizardBackend
from jira_wizard.core.errors import WizardError
from jira_wizard.core.preset import LINK_SCHEME, parse_preset_link
from jira_wizard.ui.context import PageId
from jira_wizard.ui.notices import tell_once_shown, tell_preset_refused
from jira_wizard.ui.wizard import ConnectionWizard

log = logging.getLogger(__name__)

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Links").
translate = QCoreApplication.translate


class WizardApplication(QApplication):
    """The program's application object, which hears the links the system sends.

    The open-URL event is sent to the application object itself, so
    overriding ``event`` here sees it at no cost to other events (an
    application-wide event filter would run Python for every event of every
    widget: it made the window stall for over 100 ms in ``scripts/bench``).
    """

    link_opened = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            assert isinstance(event, QFileOpenEvent)
            url = event.url()
            if url.scheme() == LINK_SCHEME:
                # Never the link itself in the log: a refused one may hold a
                # secret.
                log.info("a setup link arrived while the program runs")
                self.link_opened.emit(url.toString())
                return True
        return super().event(event)


class WizardSession(QObject):
    """The wizard window of one run, started again when a link arrives on page 1."""

    def __init__(
        self, backend: WizardBackend, refused_preset: WizardError | None = None
    ) -> None:
        super().__init__()
        self._backend = backend
        self.wizard = tell_once_shown(ConnectionWizard(backend), refused_preset)
        self._changed: asyncio.Event | None = None

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
        finished = asyncio.Event()
        self._changed = changed = asyncio.Event()
        self.wizard.finished.connect(lambda _result: finished.set())
        self.wizard.show()
        ended = asyncio.ensure_future(finished.wait())
        replaced = asyncio.ensure_future(changed.wait())
        await asyncio.wait((ended, replaced), return_when=asyncio.FIRST_COMPLETED)
        ended.cancel()
        replaced.cancel()
        return finished.is_set()

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
