"""The program's application object, which hears the links the system sends.

Made before the first window, so it imports nothing the first page does not
need (``jira_wizard.ui.links`` does the rest with the links it hears).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


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
            # Here: the preset rules are not needed before a link arrives.
            from jira_wizard.core.preset import LINK_SCHEME

            assert isinstance(event, QFileOpenEvent)
            url = event.url()
            if url.scheme() == LINK_SCHEME:
                # Never the link itself in the log: a refused one may hold a
                # secret.
                log.info("a setup link arrived while the program runs")
                self.link_opened.emit(url.toString())
                return True
        return super().event(event)
