"""How the windows read in the system's dark theme, in German and at 200% scaling.

Each page of every way to connect is shown, with the failures a person meets
most (no site at the address, a token Atlassian refuses, a browser that never
came back), then the manager window with a failed test and the help window it
opens. Each is saved as a screenshot for a person to look at, and checked for
two faults that screenshots alone let slip: text cut off because a label or
button is narrower than its words (longer German words and doubled pixels are
where this happens), and text whose colour is too close to the colour behind
it (WCAG 2.1 asks for 4.5:1).

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

import httpx
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTableView,
    QTextEdit,
    QWidget,
)

from jira_wizard.atlassian.apitoken import verify_api_token
from jira_wizard.atlassian.http import make_client
from jira_wizard.atlassian.site import probe_site
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import SignInTimeout, WizardError
from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.policy import OrganizationApp, Policy
from jira_wizard.sandbox import Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.store import ConnectionStore
from jira_wizard.ui import i18n
from jira_wizard.ui.context import PageId
from jira_wizard.ui.help_view import HelpWindow
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    FAKE_SITE,
    TOKEN,
    BrowserCatcher,
    Drive,
    FakeBackend,
    Screenshots,
    click,
    settle,
    to_own_app_sign_in,
    type_into,
    until,
    walk_to,
)
from tests.test_api import OrgApp
from tests.test_manager import (
    MakeManager,
    add_every_status,
    add_token,
    app,
    loaded,
    make_manager,
    select,
    service,
)

__all__ = ["app", "make_manager", "service"]  # fixtures used here

MakeWizard = Callable[..., ConnectionWizard]

#: Set in the child process that repeats the walk at another scale.
SCALE_RUN = os.environ.get("JIRA_WIZARD_TEST_SCALE_RUN", "")
API_TOKEN_PAGES = [PageId.AUTH, PageId.SITE, PageId.CREDENTIALS, PageId.CHECK]
API_TOKEN_PAGES += [PageId.SAVE, PageId.DONE]
#: WCAG 2.1 success criterion 1.4.3, for normal-size text.
LEAST_CONTRAST = 4.5
#: The light tests, which the 200% run repeats.
LIGHT_TESTS = 5
ORG_APP = OrganizationApp("org-app", Secret("org-secret"), 8811)
#: A site address where no Jira answers.
NOWHERE = "https://nowhere.atlassian.net"


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
    """Visible labels, buttons and table columns too small for their text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QTableView):
            found += _cut_columns(widget)
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


def _cut_columns(table: QTableView) -> list[str]:
    """The columns whose widest cell is cut short (Qt elides it with "…")."""
    model = table.model()
    return [
        f"column {model.headerData(column, Qt.Orientation.Horizontal)!r}"
        for column in range(model.columnCount())
        if table.sizeHintForColumn(column) > table.columnWidth(column) + 2
    ]


def _texts(window: QWidget) -> list[QWidget]:
    """The visible, enabled widgets that show words: labels, and the pages of
    text browsers (such as the help window's)."""
    shown: list[QWidget] = [
        label
        for label in window.findChildren(QLabel)
        if label.text() and label.pixmap().isNull()
    ]
    shown += [
        editor.viewport()
        for editor in window.findChildren(QTextEdit)
        if editor.toPlainText()
    ]
    return [w for w in shown if w.isVisibleTo(window) and w.isEnabled()]


def faint(window: QWidget) -> list[str]:
    """Visible text whose colour is too close to the colour behind it.

    Measured on the pixels of the whole window, so style sheets, palettes and
    frames all count as they are drawn: the commonest colour in a label's
    rectangle is its background, and the pixel furthest from it is its text.
    """
    found = []
    picture = window.grab().toImage()
    ratio_of_pixels = picture.width() / max(window.width(), 1)
    for widget in _texts(window):
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
    # Counted straight from the pixel buffer: one pixel() call each is five
    # times slower, and a help page has a million pixels at 200%.
    opaque = picture.convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(memoryview(opaque.constBits()).cast("I"))
    if len(counts) < 2:
        return float("inf")  # nothing drawn on it yet
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in counts)


async def check_page(wizard: ConnectionWizard, shots: Screenshots, name: str) -> None:
    await settle(0.1)
    await shots.shoot(wizard, name)
    check_window(wizard, name)


def check_window(window: QWidget, name: str) -> None:
    assert not clipped(window), f"cut-off text on {name}: {clipped(window)}"
    assert not faint(window), f"faint text on {name}: {faint(window)}"


async def shoot_window(window: QWidget, artifacts: Path, name: str) -> None:
    """Save what a window other than the wizard shows, and check it."""
    await settle(0.1)
    path = artifacts / f"{name}.png"
    assert window.grab().save(str(path)), f"could not save {path}"
    check_window(window, name)


def _atlassian(request: httpx.Request) -> httpx.Response:
    """Atlassian refusing: no site at any address, and every token a 401."""
    if request.url.path.endswith("/myself"):
        return httpx.Response(401, text="Client must be authenticated")
    return httpx.Response(404, html="<html><body>Not found</body></html>")


async def atlassian_errors() -> list[WizardError]:
    """The errors the product makes of Atlassian's refusals, in its own words
    (and in the language installed now): a site not found, a token refused."""
    errors = []
    async with make_client(transport=httpx.MockTransport(_atlassian)) as client:
        for call in (
            probe_site(client, NOWHERE),
            verify_api_token(client, Endpoints(), FAKE_SITE, "ada@example.com",
                             Secret(TOKEN)),
        ):  # fmt: skip
            with pytest.raises(WizardError) as caught:
                await call
            errors.append(caught.value)
    return errors


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


def test_organization_app_pages(
    make_wizard: MakeWizard,
    drive: Drive,
    screenshots: Screenshots,
    browser: BrowserCatcher,
    look: str,
) -> None:
    """Page 3 with nothing but the scopes, and a sign-in the browser never
    came back from, with what Atlassian's error pages mean."""
    backend = FakeBackend(policy=Policy(organization_app=ORG_APP))
    backend.sign_in_results = [SignInTimeout("The browser never came back.")]
    wizard = make_wizard(backend)

    async def scenario() -> None:
        click(wizard.auth_page.buttons[AuthType.OAUTH_ORG])
        await walk_to(wizard, PageId.CREDENTIALS)
        await check_page(wizard, screenshots, f"org-app-scopes-{look}")
        await walk_to(wizard, PageId.SIGN_IN)
        page = wizard.sign_in_page
        await until(page.report_button.isVisible, "the sign-in to fail")
        assert page.help_box.isVisible(), "the troubleshooting list shows"
        await check_page(wizard, screenshots, f"sign-in-failed-{look}")

    drive(scenario())


def test_site_and_check_failures(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    look: str,
) -> None:
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        not_found, refused = await atlassian_errors()
        fake_backend.sites[NOWHERE] = not_found
        fake_backend.verify_results = [refused]
        await walk_to(wizard, PageId.SITE)
        site = wizard.site_page
        type_into(site.address, "nowhere")
        await until(site.report_button.isVisible, "the probe to fail")
        await check_page(wizard, screenshots, f"site-not-found-{look}")
        site.address.clear()
        await walk_to(wizard, PageId.CHECK)
        check = wizard.check_page
        await until(check.retry_button.isVisible, "the check to fail")
        assert check.result.help_link.isVisible(), "the 401's help is offered"
        await check_page(wizard, screenshots, f"check-401-{look}")

    drive(scenario())


@pytest.mark.real
def test_manager_and_help_windows(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    app: OrgApp,
    artifacts: Path,
    look: str,
) -> None:
    """A connection in each status, one of them just failing its test, and
    the help page its failure links to."""

    async def scenario() -> None:
        await add_every_status(store, sandbox, app)
        await add_token(store, sandbox, "refused", token="ATATT3x-revoked-0000")
        window = make_manager(service)
        await loaded(window)
        select(window, "refused")
        click(window.view.test_button)
        link = window.view.details.result.help_link
        await until(link.isVisible, "the test to fail")
        await shoot_window(window, artifacts, f"manager-failed-{look}")
        click(link)
        await until(lambda: window.findChildren(HelpWindow), "the help window")
        help_window = window.findChildren(HelpWindow)[0]
        await until(help_window.isVisible, "the help window to show")
        await shoot_window(help_window, artifacts, f"help-error-401-{look}")
        help_window.close()

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
    assert f"{LIGHT_TESTS} passed" in done.stdout, done.stdout[-1000:]
    shot = next(artifacts.glob("wizard-3-own-app-light-200-*.png"))
    # Twice the pixels of the window's logical size: Qt really drew at 200%.
    assert QImage(str(shot)).width() >= 2 * 640
