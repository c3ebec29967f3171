"""How the pages read in the system's dark theme, in German and at 200% scaling.

Each page of both ways to connect is shown, saved as a screenshot for a person
to look at, and checked for two faults that screenshots alone let slip: text
cut off because a label or button is narrower than its words (longer German
words and doubled pixels are where this happens), and text whose colour is too
close to the colour behind it (WCAG 2.1 asks for 4.5:1).

Scaling is fixed when Qt starts, so the 200% run is this file's walk again in
a fresh pytest process with ``QT_SCALE_FACTOR=2``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
)

from jira_wizard.core.models import AuthType
from jira_wizard.ui import i18n
from jira_wizard.ui.context import PageId
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    Drive,
    FakeBackend,
    Screenshots,
    click,
    settle,
    to_own_app_sign_in,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]

#: Set in the child process that repeats the walk at another scale.
SCALE_RUN = os.environ.get("JIRA_WIZARD_TEST_SCALE_RUN", "")
API_TOKEN_PAGES = [PageId.AUTH, PageId.SITE, PageId.CREDENTIALS, PageId.CHECK]
API_TOKEN_PAGES += [PageId.SAVE, PageId.DONE]
#: WCAG 2.1 success criterion 1.4.3, for normal-size text.
LEAST_CONTRAST = 4.5


def dark_palette() -> QPalette:
    """Colours like a desktop's dark theme gives every program."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2B2D30",
        QPalette.ColorRole.WindowText: "#E6E6E6",
        QPalette.ColorRole.Base: "#1E1F22",
        QPalette.ColorRole.AlternateBase: "#2B2D30",
        QPalette.ColorRole.Text: "#E6E6E6",
        QPalette.ColorRole.Button: "#3C3F41",
        QPalette.ColorRole.ButtonText: "#E6E6E6",
        QPalette.ColorRole.Highlight: "#2F65CA",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.PlaceholderText: "#A0A0A0",
        QPalette.ColorRole.ToolTipBase: "#3C3F41",
        QPalette.ColorRole.ToolTipText: "#E6E6E6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9A9A9A"))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9A9A9A")
    )
    return palette


@pytest.fixture(params=["light", "dark", "german-dark"])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """English in the default palette, English and German in a dark one.

    German is where words grow longest, so it is where labels are cut off.
    """
    before = qapp.palette()
    if request.param.endswith("dark"):
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        qapp.setPalette(dark_palette())
    if request.param.startswith("german"):
        i18n.install_language(qapp, "de")
    try:
        yield f"{request.param}{SCALE_RUN}"
    finally:
        i18n.remove_language(qapp)
        qapp.setPalette(before)
        QGuiApplication.styleHints().unsetColorScheme()


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in colour.getRgbF()[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName() or text[:50]!r}"


def clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons too small for their text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                short = widget.heightForWidth(widget.width()) > widget.height() + 2
            else:
                short = widget.sizeHint().width() > widget.width() + 2
        elif isinstance(widget, QAbstractButton) and widget.text():
            short = widget.sizeHint().width() > widget.width() + 2
        else:
            continue
        if short:
            found.append(_describe(widget))
    return found


def faint(window: QWidget) -> list[str]:
    """Visible text whose colour is too close to the colour behind it.

    Measured on the pixels of the whole window, so style sheets, palettes and
    frames all count as they are drawn: the commonest colour in a label's
    rectangle is its background, and the pixel furthest from it is its text.
    """
    found = []
    picture = window.grab().toImage()
    ratio_of_pixels = picture.width() / max(window.width(), 1)
    for widget in window.findChildren(QLabel):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if not widget.text() or not widget.pixmap().isNull():
            continue
        # Only the part not scrolled away or covered, in the window's pixels.
        shown = widget.visibleRegion().boundingRect()
        if shown.isEmpty():
            continue
        corner = widget.mapTo(window, shown.topLeft()) * ratio_of_pixels
        size = shown.size() * ratio_of_pixels
        ratio = _pixel_contrast(picture.copy(QRect(corner, size)))
        if ratio < LEAST_CONTRAST:
            found.append(f"{_describe(widget)} at {ratio:.1f}:1")
    return found


def _pixel_contrast(picture: QImage) -> float:
    counts = Counter(
        picture.pixel(x, y)
        for x in range(0, picture.width())
        for y in range(0, picture.height())
    )
    if len(counts) < 2:
        return float("inf")  # nothing drawn on it yet
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in counts)


async def check_page(wizard: ConnectionWizard, shots: Screenshots, name: str) -> None:
    await settle(0.1)
    await shots.shoot(wizard, name)
    assert not clipped(wizard), f"cut-off text on {name}: {clipped(wizard)}"
    assert not faint(wizard), f"faint text on {name}: {faint(wizard)}"


def test_api_token_pages(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    look: str,
) -> None:
    fake_backend.sandbox = True
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        for page in API_TOKEN_PAGES:
            await walk_to(wizard, page)
            await check_page(wizard, screenshots, f"{page.name.lower()}-{look}")

    drive(scenario())


def test_own_app_pages(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    look: str,
) -> None:
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        click(wizard.auth_page.buttons[AuthType.OAUTH_OWN])
        await walk_to(wizard, PageId.CREDENTIALS)
        await check_page(wizard, screenshots, f"own-app-{look}")
        await to_own_app_sign_in(wizard, "https://acme.atlassian.net", 8765)
        await check_page(wizard, screenshots, f"sign-in-{look}")

    drive(scenario())


@pytest.mark.skipif(bool(SCALE_RUN), reason="this is the scaled run")
def test_every_page_at_200_percent(artifacts: Path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="2", JIRA_WIZARD_TEST_SCALE_RUN="-200")
    pytest_args = ["-q", "-p", "no:cacheprovider", "-k", "light", __file__]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout, done.stdout[-1000:]
    shot = next(artifacts.glob("wizard-3-own-app-light-200-*.png"))
    # Twice the pixels of the window's logical size: Qt really drew at 200%.
    assert QImage(str(shot)).width() >= 2 * 640
