"""The help pages inside the program: a small window that shows a topic (the
link beside a failure that opens it is in ``help_link``).

The topics are the Markdown files ``jira-wizard help`` prints
(``jira_wizard.core.help``), read from disk, so help works offline. A topic
names another in backquotes, such as `rotate-api-token`; the window turns each
such name into a link with the other topic's title, and following it stays in
the window, with Back to return. Links to web pages open in the browser.

One help window at most per window of the program: a second link opened from
the same window shows its topic in the window already open.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.help import INDEX, find_topic

#: The URL scheme of a link to another topic: ``help:error-401``.
SCHEME = "help"

_NAME_IN_QUOTES = re.compile(r"`([a-z0-9]+(?:-[a-z0-9]+)*)`")
_FENCE = re.compile(r"^\s*(```|~~~)")

#: The window's size in lines of text and average characters.
_LINES, _COLUMNS = 30, 86


def topic_url(name: str) -> QUrl:
    return QUrl(f"{SCHEME}:{name}")


def linked_markdown(text: str) -> str:
    """``text`` with each quoted topic name made a link to that topic.

    Code blocks are left alone: what is in them is meant to be typed.
    """
    lines, in_fence = [], False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and not line.startswith(("    ", "\t")):
            line = _NAME_IN_QUOTES.sub(_link_to_topic, line)
        lines.append(line)
    return "\n".join(lines) + "\n"


def _link_to_topic(match: re.Match[str]) -> str:
    name = match.group(1)
    topic = find_topic(name) if name != INDEX else None
    if topic is None:
        return match.group(0)
    title = topic.title.replace("[", "\\[").replace("]", "\\]")
    return f"[{title}]({SCHEME}:{name})"


class HelpBrowser(QTextBrowser):
    """A text browser that reads ``help:`` addresses from the shipped topics."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if url.scheme() == SCHEME:
            topic = find_topic(url.path())
            if topic is not None:
                return linked_markdown(topic.text())
            return None
        return super().loadResource(kind, name)


class HelpWindow(QDialog):
    """A topic, its links, Back, All topics and Close; Escape closes it too.

    Not modal: the person reads it beside the page that sent them here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("helpWindow")
        self.topic_name = ""
        self.browser = HelpBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(10)
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.browser.sourceChanged.connect(self._on_browser_source_changed)
        self.buttons = QDialogButtonBox(self)
        self.back_button = self._button(
            self.tr("&Back"),
            self.tr("Goes back to the help page shown before"),
            QStyle.StandardPixmap.SP_ArrowBack,
        )
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.index_button = self._button(
            self.tr("&All topics"), self.tr("Shows the list of every help page"), None
        )
        self.index_button.clicked.connect(self._on_index_button_clicked)
        self.close_button = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Close
        )
        self.close_button.setAccessibleName(self.tr("Close help"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes the help window (Escape)")
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.browser, self.back_button)
        QWidget.setTabOrder(self.back_button, self.index_button)
        QWidget.setTabOrder(self.index_button, self.close_button)
        self.resize(self._comfortable_size())

    def _button(
        self, text: str, description: str, icon: QStyle.StandardPixmap | None
    ) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon, None, self))
        return button

    def show_topic(self, name: str) -> bool:
        """Show the topic called ``name``; False, and nothing changes, if none."""
        if find_topic(name) is None:
            return False
        self.browser.setSource(
            topic_url(name), QTextDocument.ResourceType.MarkdownResource
        )
        return True

    def _comfortable_size(self) -> QSize:
        """About 86 characters by 30 lines, never more than the screen holds.

        Measured in the font, so that it grows with the text at any scaling.
        """
        metrics = self.fontMetrics()
        wanted = QSize(
            metrics.averageCharWidth() * _COLUMNS + 48,
            metrics.lineSpacing() * _LINES + 64,
        )
        room = self.screen().availableGeometry().size() * 0.9
        return wanted.boundedTo(room)

    def sizeHint(self) -> QSize:
        return self._comfortable_size()

    def _on_index_button_clicked(self) -> None:
        self.show_topic(INDEX)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            self.show_topic(url.path())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _on_browser_source_changed(self, url: QUrl) -> None:
        topic = find_topic(url.path())
        if topic is None:
            return
        self.topic_name = topic.name
        self.setWindowTitle(self.tr("Help: {title}").format(title=topic.title))
        self.browser.setAccessibleDescription(topic.title)


def open_help(name: str, near: QWidget) -> HelpWindow | None:
    """Show the topic ``name`` in the help window of ``near``'s window.

    The window already open there is reused and raised; None when there is
    no such topic.
    """
    if find_topic(name) is None:
        return None
    owner = near.window()
    windows = [w for w in owner.findChildren(HelpWindow) if w.isVisible()]
    window = windows[0] if windows else HelpWindow(owner)
    window.show_topic(name)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
