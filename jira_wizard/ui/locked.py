"""How a field the organization fixed looks: a padlock, and the sentence why.

The policy (``core.policy``) may fix the way to connect, the site or the
scopes. Such a field is disabled or read-only, and beside it stands a
``LockedNote``: a drawn padlock and "Locked by your organization", so the lock
is told by a shape and by words, never by colour alone. The field's own
accessible description says the same, for a screen reader that lands on it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

_ICON_SIZE = 16


def locked_description(description: str) -> str:
    """``description`` with a sentence saying the organization set the value."""
    why = QCoreApplication.translate(
        "LockedNote", "Set by your organization; it cannot be changed here."
    )
    return f"{description} {why}".strip()


def keep_text_readable(widget: QWidget) -> None:
    """Draw a disabled widget's words in the normal text colour.

    The grey of disabled text is too faint to read (WCAG 1.4.3 asks for 4.5:1);
    the control itself still looks disabled, and a sentence says why. The
    palette passes on to the widget's children.
    """
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        normal = palette.color(QPalette.ColorGroup.Active, role)
        palette.setColor(QPalette.ColorGroup.Disabled, role, normal)
    widget.setPalette(palette)


def look_read_only(field: QWidget) -> None:
    """Give a read-only field the window's background instead of a blank one.

    A white box invites typing; a field that takes none should not look like
    one. The padlock and the sentence beside it say why, for those who cannot
    tell the two backgrounds apart.
    """
    palette = field.palette()
    palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    field.setPalette(palette)


class LockedNote(QFrame):
    """A padlock and "Locked by your organization", to stand beside a field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setFixedSize(_ICON_SIZE, _ICON_SIZE)
        self.icon.setPixmap(_padlock(self.palette().color(QPalette.ColorRole.Text)))
        # The wording of core.policy.LOCKED_BY_ORGANIZATION, written out here
        # so that Qt's translation tools find it.
        self.text = QLabel(self.tr("Locked by your organization"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)
        self.setAccessibleName(self.text.text())

    def plain_text(self) -> str:
        return self.text.text()


def _padlock(colour: QColor) -> QPixmap:
    """A padlock drawn in ``colour``: a shackle over a solid body."""
    pixmap = QPixmap(_ICON_SIZE, _ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour)
    pen.setWidthF(1.8)
    painter.setPen(pen)
    # The shackle: the upper half of a ring, with short legs into the body.
    painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)
    painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 8))
    painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 8))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7.5), 1.5, 1.5)
    painter.end()
    return pixmap
