"""Small widgets the pages share: a status line (with a link to the help page
of the failure it shows), a busy bar, the sandbox banner, and the "Copy
diagnostic report" button."""

from __future__ import annotations

import asyncio
import enum
import inspect
import itertools
import logging
import weakref
from collections.abc import Awaitable, Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QDesktopServices,
    QGuiApplication,
    QHideEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.errors import WizardError
from jira_wizard.ui.help_link import HelpLink

log = logging.getLogger(__name__)

_T = TypeVar("_T")


def escape(text: str) -> str:
    """``text`` made safe to show in a rich-text label.

    The five replacements of ``html.escape``, written out: that module's table
    of every named entity weighs most of a megabyte, for nothing the widgets
    use.
    """
    for character, entity in _ENTITIES:
        text = text.replace(character, entity)
    return text


#: ``&`` first, so that the other entities are not escaped twice.
_ENTITIES = (
    ("&", "&amp;"),
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("'", "&#x27;"),
)

_ICON_SIZE = 16


class Tone(enum.Enum):
    NONE = "none"
    BUSY = "busy"
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


_TONE_ICONS = {
    Tone.BUSY: QStyle.StandardPixmap.SP_BrowserReload,
    Tone.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Tone.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Tone.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Tone.PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def announce(widget: QWidget, event: QAccessible.Event) -> None:
    """Tell assistive technology that ``widget`` changed."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, event))


def set_tab_chain(widgets: list[QWidget]) -> None:
    """Make Tab visit ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def open_url(url: str) -> bool:
    """Open ``url`` in the system browser; False when no browser could start."""
    opened = QDesktopServices.openUrl(QUrl(url))
    if not opened:
        log.info("no browser could be started for a link")
    return opened


class StatusLine(QFrame):
    """An icon and a sentence under a field, saying how what was typed looks.

    The tone is carried by the icon and the words, never by colour alone.
    Each change updates the accessible description and is announced, so a
    screen reader reads the new state without the person moving focus.
    """

    #: Emitted with the new plain text after every change.
    changed = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = Tone.NONE
        self._plain = ""
        self._icon = QLabel(self)
        self._icon.setFixedSize(_ICON_SIZE, _ICON_SIZE)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.RichText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        #: "Help: <title>" under a failure that has a help page.
        self.help_link = HelpLink(self)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self._text)
        words.addWidget(self.help_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self.setAccessibleName(accessible_name)
        self.setVisible(False)

    @property
    def tone(self) -> Tone:
        return self._tone

    def plain_text(self) -> str:
        return self._plain

    def clear(self) -> None:
        self.show_text(Tone.NONE, "")

    def show_text(
        self,
        tone: Tone,
        text: str,
        detail: str = "",
        *,
        help_topic: str | None = None,
    ) -> None:
        """Show ``text`` (in bold when there is a ``detail`` under it), and a
        link to the help page ``help_topic`` when the program ships one."""
        self._tone = tone
        self.help_link.show_topic(help_topic)
        self._plain = f"{text} {detail}".strip()
        if detail:
            self._text.setText(f"<b>{escape(text)}</b><br>{escape(detail)}")
        else:
            self._text.setText(escape(text))
        self._set_icon(tone)
        self._text.setAccessibleName(self._plain)
        self.setAccessibleDescription(self._plain)
        self.setVisible(bool(self._plain))
        self._announce()
        self.changed.emit(self._plain)

    def show_error(self, error: WizardError, headline: str | None = None) -> None:
        """The error's message (or ``headline`` in its place) and advice, with
        its help page's link if any."""
        self.show_text(
            Tone.PROBLEM,
            headline or error.message,
            error.advice,
            help_topic=error.help_topic,
        )

    def _set_icon(self, tone: Tone) -> None:
        pixmap = _TONE_ICONS.get(tone)
        if pixmap is None:
            self._icon.clear()
            return
        icon = self.style().standardIcon(pixmap, None, self)
        self._icon.setPixmap(icon.pixmap(_ICON_SIZE, _ICON_SIZE))

    def _announce(self) -> None:
        announce(self._text, QAccessible.Event.NameChanged)
        announce(self, QAccessible.Event.DescriptionChanged)
        if self._tone is Tone.PROBLEM:
            announce(self, QAccessible.Event.Alert)


class BusyBar(QProgressBar):
    """An indeterminate progress bar, for work whose length is unknown."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(12)
        self.setAccessibleName(accessible_name)
        self.setVisible(False)


def _weakly(function: Callable[[], _T]) -> Callable[[], Callable[[], _T] | None]:
    """A way to ``function`` that keeps its object alive no longer than Qt does.

    The owner of a report button is usually the widget that holds it: a
    strong reference back would make a cycle that only Python's collector
    frees, on whichever thread it happens to run.
    """
    if inspect.ismethod(function):
        return weakref.WeakMethod(function)
    return lambda: function


class ReportButton(QPushButton):
    """Copies a diagnostic report (never holding a secret) to the clipboard.

    A click puts the quick report on the clipboard at once. When the button
    also has ``make_full`` (the backend's ``diagnose``), it then checks the
    network for a few seconds (DNS, TCP and TLS to Atlassian's hosts and the
    site, with the certificate issuers seen) and replaces the quick report
    with the full one, saying so; if that fails, the quick report stays.
    """

    #: Longest wait for the network checks before the quick report stands.
    FULL_REPORT_SECONDS = 30.0

    def __init__(
        self,
        make_report: Callable[[], str],
        parent: QWidget | None = None,
        *,
        make_full: Callable[[], Awaitable[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_report = _weakly(make_report)
        self._make_full = _weakly(make_full) if make_full is not None else None
        self._checking: asyncio.Task[None] | None = None
        self._idle_text = self.tr("Copy &diagnostic report")
        self.setText(self._idle_text)
        self.setAccessibleName(self.tr("Copy diagnostic report"))
        self.setAccessibleDescription(
            self.tr(
                "Puts a report for your helpdesk on the clipboard; it holds no secret."
            )
        )
        self.clicked.connect(self._on_clicked)

    def reset(self) -> None:
        self._stop_checking()
        self.setText(self._idle_text)

    def hideEvent(self, event: QHideEvent) -> None:
        # A report copied after its window has gone would surprise.
        self._stop_checking()
        super().hideEvent(event)

    def _stop_checking(self) -> None:
        if self._checking is not None:
            self._checking.cancel()
            self._checking = None

    def set_report(self, make_report: Callable[[], str]) -> None:
        self._make_report = _weakly(make_report)
        self.reset()

    def set_full_report(self, make_full: Callable[[], Awaitable[str]]) -> None:
        """Copy the full report too, once ``make_full`` has made it."""
        self._make_full = _weakly(make_full)

    def _on_clicked(self) -> None:
        make_report = self._make_report()
        if make_report is None or self._checking is not None:
            return
        QGuiApplication.clipboard().setText(make_report())
        make_full = self._make_full() if self._make_full is not None else None
        if make_full is None or not _loop_running():
            self._say(
                self.tr("Copied"), self.tr("The diagnostic report is on the clipboard.")
            )
            return
        self._say(
            self.tr("Checking the network…"),
            self.tr(
                "The quick report is on the clipboard; the one with the network "
                "checks replaces it in a few seconds."
            ),
        )
        self._checking = asyncio.ensure_future(self._copy_full(make_full))

    async def _copy_full(self, make_full: Callable[[], Awaitable[str]]) -> None:
        try:
            full = await asyncio.wait_for(make_full(), self.FULL_REPORT_SECONDS)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # the quick report is still there
            log.warning("the full diagnostic report failed: %s", type(error).__name__)
            self._say(
                self.tr("Copied"),
                self.tr(
                    "The quick diagnostic report is on the clipboard; the network "
                    "could not be checked."
                ),
            )
        else:
            QGuiApplication.clipboard().setText(full)
            self._say(
                self.tr("Copied"),
                self.tr(
                    "The diagnostic report, with the network checks, is on the "
                    "clipboard."
                ),
            )
        finally:
            self._checking = None

    def _say(self, text: str, description: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(description)
        announce(self, QAccessible.Event.DescriptionChanged)


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class SandboxBanner(QFrame):
    """Says the wizard talks to the practice sandbox, with its start page."""

    def __init__(
        self, start_page_url: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._url = start_page_url or ""
        self.setObjectName("sandboxBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#sandboxBanner { background: #FFF7D6; border: 1px solid #E2B203;"
            " border-radius: 4px; } #sandboxBanner QLabel { color: #172B4D; }"
        )
        text = QLabel(
            self.tr(
                "Practice mode: this wizard talks to the sandbox running on this "
                "computer, not to Atlassian. Its start page lists the demo site, "
                "email and API token."
            ),
            self,
        )
        text.setWordWrap(True)
        self._fallback = QLabel(self)
        self._fallback.setWordWrap(True)
        self._fallback.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._fallback.setVisible(False)
        self.button = QPushButton(self.tr("&Open the sandbox start page"), self)
        self.button.setAccessibleName(self.tr("Open the sandbox start page"))
        self.button.setAccessibleDescription(self._url)
        self.button.setEnabled(bool(self._url))
        self.button.clicked.connect(self._on_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._fallback)
        self.setAccessibleName(self.tr("Practice mode"))

    def _on_button_clicked(self) -> None:
        if not open_url(self._url):
            self._fallback.setText(
                self.tr(
                    "No browser could be opened. Open this address yourself: {url}"
                ).format(url=self._url)
            )
            self._fallback.setAccessibleName(self._fallback.text())
            self._fallback.setVisible(True)
