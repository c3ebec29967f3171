"""The "Help: <title>" link a failure shows under its words.

Kept apart from the help window (``help_view``), which is loaded only when a
link is first followed: every page has status lines with a link, so this
module is part of the wizard's start-up, and the window's text browser is
not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

from jira_wizard.core.help import find_topic

#: The help link's icon, as big as the status line's.
_LINK_ICON = 16


class HelpLink(QPushButton):
    """ "Help: <title>" under a failure; opens that topic in the help window.

    Hidden while there is no topic to show. A button rather than a text link,
    so that Tab reaches it and Space or Enter opens it on every platform.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._topic = ""
        # Styled when first shown: every status line has a hidden link, and
        # styling them all (an icon, a palette, a font each) slowed the
        # building of a page by a few milliseconds apiece.
        self._styled = False
        self.setAccessibleName(self.tr("Help"))
        self.setAccessibleDescription(
            self.tr("Opens the help page about this in a window of its own")
        )
        self.setVisible(False)
        self.clicked.connect(self._on_clicked)

    def _look_like_a_link(self) -> None:
        """Flat, underlined, in the palette's link colour, with a question mark;
        the style still draws the focus frame for the keyboard."""
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        question = QStyle.StandardPixmap.SP_MessageBoxQuestion
        self.setIcon(self.style().standardIcon(question, None, self))
        self.setIconSize(QSize(_LINK_ICON, _LINK_ICON))
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link)
        )
        self.setPalette(palette)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)

    @property
    def topic_name(self) -> str:
        return self._topic

    def show_topic(self, name: str | None) -> bool:
        """Offer the topic ``name``; hide when it is None or not shipped."""
        topic = find_topic(name) if name else None
        if topic is None:
            self._topic = ""
            self.setVisible(False)
            return False
        self._topic = topic.name
        if not self._styled:
            self._look_like_a_link()
            self._styled = True
        text = self.tr("Help: {title}").format(title=topic.title)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        # A flat button draws no focus of its own in most styles.
        painter = QStylePainter(self)
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.rect().adjusted(1, 1, -1, -1)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

    def _on_clicked(self) -> None:
        from jira_wizard.ui.help_view import open_help

        if self._topic:
            open_help(self._topic, self)
