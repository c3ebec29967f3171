"""How the manager window words and draws a connection's status and deadline.

Every status has words, an icon of its own shape and a colour. The words carry
the meaning on their own, and the shapes differ too (a round check, a
triangle, a cross, a diamond, a question mark), so the table reads the same
without colour (WCAG 2.1, 1.4.1 "Use of Color"). The deadline rules are
``jira_wizard.core.deadlines``; here they are only put into words that point to
the window's own buttons rather than to commands.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from jira_wizard.core.deadlines import Deadline, DeadlineKind, Health, Status
from jira_wizard.core.errors import InvalidCredentials, InvalidGrant, WizardError
from jira_wizard.core.models import AuthType, VerifiedAccess
from jira_wizard.core.siteurl import site_host
from jira_wizard.ui.widgets import Tone

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Manager").
translate = QCoreApplication.translate


class Look(enum.Enum):
    """What a status cell shows: a connection's status, or what is under way."""

    WORKING = "working"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NEEDS_SIGN_IN = "needs_sign_in"
    UNKNOWN = "unknown"
    BUSY = "busy"
    FAILED = "failed"
    #: Not a status: a neutral note in the status bar or the details.
    INFO = "info"


LOOK_OF_STATUS = {status: Look(status.value) for status in Status}


@dataclass(frozen=True)
class Said:
    """A sentence for a status line, with the detail under it, and the help
    page that says more (a topic name, as in ``WizardError.help_topic``)."""

    tone: Tone
    text: str
    detail: str = ""
    help_topic: str | None = None


def auth_words(auth_type: AuthType) -> str:
    return {
        AuthType.API_TOKEN: translate("Manager", "API token"),
        AuthType.OAUTH_ORG: translate("Manager", "OAuth, organization app"),
        AuthType.OAUTH_OWN: translate("Manager", "OAuth, own app"),
    }[auth_type]


def status_words(health: Health) -> str:
    """The status in a few words, for the table."""
    status, left = health.status, health.days_left
    if status is Status.EXPIRING and left is not None:
        if left == 1:
            return translate("Manager", "Expiring tomorrow")
        return translate("Manager", "Expiring in {days} days").format(days=left)
    return {
        # Told apart from the busy bar's "Working" (a call under way), which
        # other languages word differently.
        Status.WORKING: translate("Manager", "Working", "the status: it works"),
        Status.EXPIRING: translate("Manager", "Expiring soon"),
        Status.EXPIRED: translate("Manager", "Expired"),
        Status.NEEDS_SIGN_IN: translate("Manager", "Needs sign-in"),
        Status.UNKNOWN: translate("Manager", "Unknown: not tested yet"),
    }[status]


def deadline_words(health: Health) -> str:
    """The nearest deadline in a few words, for the table."""
    deadline, left = health.deadline, health.days_left
    if deadline is None or left is None:
        return translate("Manager", "Not known")
    on, passed = deadline.on.isoformat(), left <= 0
    if deadline.kind is DeadlineKind.TOKEN_EXPIRY:
        if deadline.estimated:
            text = (
                translate("Manager", "Token expired by {on}")
                if passed
                else translate("Manager", "Token expires by {on}")
            )
        else:
            text = (
                translate("Manager", "Token expired {on}")
                if passed
                else translate("Manager", "Token expires {on}")
            )
    elif deadline.kind is DeadlineKind.REFRESH_IDLE:
        text = (
            translate("Manager", "Sign-in lapsed {on}")
            if passed
            else translate("Manager", "Sign-in lapses {on}")
        )
    else:
        text = (
            translate("Manager", "Sign-in ended {on}")
            if passed
            else translate("Manager", "Sign-in ends {on}")
        )
    return text.format(on=on)


def when_words(days: int) -> str:
    if days == 0:
        return translate("Manager", "today")
    if days == 1:
        return translate("Manager", "tomorrow")
    if days == -1:
        return translate("Manager", "yesterday")
    if days > 0:
        return translate("Manager", "in {days} days").format(days=days)
    return translate("Manager", "{days} days ago").format(days=-days)


def deadline_sentence(deadline: Deadline, days_left: int) -> str:
    """One sentence on a deadline that has not passed yet."""
    on, when = deadline.on.isoformat(), when_words(days_left)
    if deadline.kind is DeadlineKind.TOKEN_EXPIRY:
        if deadline.estimated:
            return translate(
                "Manager",
                "The API token expires by {on} at the latest ({when}): API tokens "
                "last at most a year, and no expiry date was given.",
            ).format(on=on, when=when)
        return translate("Manager", "The API token expires on {on} ({when}).").format(
            on=on, when=when
        )
    if deadline.kind is DeadlineKind.REFRESH_IDLE:
        return translate(
            "Manager",
            "The sign-in lapses on {on} ({when}) if the connection is not used.",
        ).format(on=on, when=when)
    return translate(
        "Manager", "The sign-in ends on {on} ({when}), a year after consent."
    ).format(on=on, when=when)


def advice(health: Health, auth_type: AuthType) -> Said:
    """What the status means and what to do, naming the window's buttons."""
    status, deadline, left = health.status, health.deadline, health.days_left
    if status is Status.NEEDS_SIGN_IN:
        return Said(
            Tone.PROBLEM,
            translate("Manager", "Atlassian no longer accepts this sign-in."),
            translate(
                "Manager",
                "Choose Sign in again to renew it; the connection keeps its name.",
            ),
            help_topic="sign-in-again",
        )
    if deadline is None or left is None:
        if status is Status.UNKNOWN:
            return Said(
                Tone.INFO,
                translate("Manager", "Not tested yet."),
                translate("Manager", "Choose Test."),
            )
        return Said(
            Tone.OK,
            translate("Manager", "Working. The API token's expiry date is not known."),
        )
    if status is Status.EXPIRED:
        return _expired(deadline)
    sentence = deadline_sentence(deadline, left)
    if status is Status.EXPIRING:
        return Said(
            Tone.WARNING, sentence, _renew(deadline.kind), _help_topic(deadline.kind)
        )
    if status is Status.UNKNOWN:
        return Said(
            Tone.INFO,
            translate("Manager", "Not tested yet."),
            f"{sentence} {translate('Manager', 'Choose Test.')}",
        )
    if auth_type is AuthType.API_TOKEN:
        return Said(Tone.OK, translate("Manager", "Working."), sentence)
    return Said(
        Tone.OK,
        translate("Manager", "Working."),
        f"{sentence} {translate('Manager', 'Each use renews it.')}",
    )


def _expired(deadline: Deadline) -> Said:
    on = deadline.on.isoformat()
    if deadline.kind is DeadlineKind.TOKEN_EXPIRY:
        text = (
            translate(
                "Manager",
                "The API token expired by {on} at the latest: tokens last a year.",
            )
            if deadline.estimated
            else translate("Manager", "The API token expired on {on}.")
        )
    elif deadline.kind is DeadlineKind.REFRESH_IDLE:
        text = translate(
            "Manager", "The sign-in lapsed on {on}, after 90 days without use."
        )
    else:
        text = translate("Manager", "The sign-in ended on {on}, a year after consent.")
    return Said(
        Tone.PROBLEM,
        text.format(on=on),
        _renew(deadline.kind),
        _help_topic(deadline.kind),
    )


def _help_topic(kind: DeadlineKind) -> str:
    """The help page on renewing before, or after, ``kind`` of deadline."""
    if kind is DeadlineKind.TOKEN_EXPIRY:
        return "rotate-api-token"
    return "oauth-token-lifetime"


def _renew(kind: DeadlineKind) -> str:
    if kind is DeadlineKind.TOKEN_EXPIRY:
        return translate(
            "Manager",
            "Create a new API token on Atlassian's page, then choose Replace token.",
        )
    if kind is DeadlineKind.REFRESH_IDLE:
        return translate("Manager", "Any use renews it: choose Test.")
    return translate("Manager", "Choose Sign in again.")


def count_words(count: int) -> str:
    if count == 0:
        return translate("Manager", "No saved connections yet.")
    if count == 1:
        return translate("Manager", "One saved connection.")
    return translate("Manager", "{count} saved connections.").format(count=count)


def tested_words(
    name: str,
    auth_type: AuthType,
    access: VerifiedAccess | None,
    error: WizardError | None,
) -> Said:
    """What a test showed: as whom the connection works, or why it does not."""
    if error is not None:
        return Said(
            Tone.PROBLEM,
            translate("Manager", "“{name}” did not pass the test: {message}").format(
                name=name, message=error.message
            ),
            test_advice(error, auth_type),
            help_topic=error.help_topic,
        )
    assert access is not None
    return Said(
        Tone.OK,
        translate("Manager", "“{name}” works: connected to {host} as {who}.").format(
            name=name,
            host=site_host(access.site.site_url),
            who=access.account.display_name,
        ),
    )


def test_advice(error: WizardError, auth_type: AuthType) -> str:
    """What to do after a failed test, pointing to this window's buttons.

    The errors' own advice is written for every front end and may name a
    command; here the button that does the same is nearer at hand.
    """
    if isinstance(error, InvalidGrant):
        return translate(
            "Manager", "Choose Sign in again; the connection keeps its name."
        )
    if isinstance(error, InvalidCredentials) and auth_type is AuthType.API_TOKEN:
        # The email was verified when the connection was saved: a 401 now
        # means the token itself is gone (ATLASSIAN.md, "API token" lifetime).
        return translate(
            "Manager",
            "Create a new API token on Atlassian's page, then choose Replace token.",
        )
    return error.advice


# Colours and icons -------------------------------------------------------------------

#: (fill of the icon, text on a light background, text on a dark background).
#: The text colours keep a contrast of at least 4.5:1 (WCAG 2.1, 1.4.3).
_COLOURS: dict[Look, tuple[str, str | None, str | None]] = {
    Look.WORKING: ("#1F845A", "#216E4E", "#7EE2B8"),
    Look.EXPIRING: ("#E2B203", "#7F5F01", "#F5CD47"),
    Look.EXPIRED: ("#C9372C", "#AE2E24", "#FD9891"),
    Look.NEEDS_SIGN_IN: ("#C9372C", "#AE2E24", "#FD9891"),
    Look.FAILED: ("#C9372C", "#AE2E24", "#FD9891"),
    Look.UNKNOWN: ("#626F86", None, None),
    Look.BUSY: ("#0C66E4", None, None),
    Look.INFO: ("#0C66E4", None, None),
}

_ICON_PIXELS = 32
_icons: dict[Look, QIcon] = {}


def text_colour(look: Look, palette: QPalette) -> QColor | None:
    """The colour for the status words, or None for the palette's own."""
    _, light, dark = _COLOURS[look]
    on_dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    chosen = dark if on_dark else light
    return QColor(chosen) if chosen else None


def icon(look: Look) -> QIcon:
    if look not in _icons:
        drawn = _draw(look)
        made = QIcon()
        # The same colours on a selected row: Qt would grey the icon otherwise.
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
            made.addPixmap(drawn, mode)
        _icons[look] = made
    return _icons[look]


def _draw(look: Look) -> QPixmap:
    size = _ICON_PIXELS
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(_COLOURS[look][0])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(fill))
    _SHAPES[look](painter, size)
    painter.end()
    return pixmap


def _mark_pen(painter: QPainter, colour: str = "#FFFFFF") -> None:
    pen = QPen(QColor(colour), 4.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _check(painter: QPainter, size: int) -> None:
    painter.drawEllipse(1, 1, size - 2, size - 2)
    _mark_pen(painter)
    path = QPainterPath(QPointF(9, 16.5))
    path.lineTo(14, 21.5)
    path.lineTo(23, 11)
    painter.drawPath(path)


def _triangle(painter: QPainter, size: int) -> None:
    painter.drawPolygon(
        QPolygonF(
            [QPointF(size / 2, 1), QPointF(size - 1, size - 3), QPointF(1, size - 3)]
        )
    )
    _mark_pen(painter, "#172B4D")
    painter.drawLine(QPointF(16, 11), QPointF(16, 19))
    painter.drawPoint(QPointF(16, 24.5))


def _cross(painter: QPainter, size: int) -> None:
    painter.drawEllipse(1, 1, size - 2, size - 2)
    _mark_pen(painter)
    painter.drawLine(QPointF(11, 11), QPointF(21, 21))
    painter.drawLine(QPointF(21, 11), QPointF(11, 21))


def _diamond(painter: QPainter, size: int) -> None:
    half = size / 2
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(half, 0),
                QPointF(size, half),
                QPointF(half, size),
                QPointF(0, half),
            ]
        )
    )
    _mark_pen(painter)
    painter.drawLine(QPointF(half, 9), QPointF(half, 18))
    painter.drawPoint(QPointF(half, 23.5))


def _question(painter: QPainter, size: int) -> None:
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.setPen(QColor("#FFFFFF"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22)
    painter.setFont(font)
    painter.drawText(0, 0, size, size, Qt.AlignmentFlag.AlignCenter, "?")


def _info(painter: QPainter, size: int) -> None:
    painter.drawEllipse(1, 1, size - 2, size - 2)
    _mark_pen(painter)
    painter.drawPoint(QPointF(size / 2, 8.5))
    painter.drawLine(QPointF(size / 2, 14), QPointF(size / 2, 23))


def _dots(painter: QPainter, size: int) -> None:
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.setBrush(QColor("#FFFFFF"))
    for x in (9.5, 16, 22.5):
        painter.drawEllipse(QPointF(x, size / 2), 2.5, 2.5)


_SHAPES = {
    Look.WORKING: _check,
    Look.EXPIRING: _triangle,
    Look.EXPIRED: _cross,
    Look.FAILED: _cross,
    Look.NEEDS_SIGN_IN: _diamond,
    Look.UNKNOWN: _question,
    Look.BUSY: _dots,
    Look.INFO: _info,
}
