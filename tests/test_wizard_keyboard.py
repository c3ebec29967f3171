"""Keyboard alone: Tab visits each page's controls in reading order, every
control has a name a screen reader can say, and Enter walks the wizard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.policy import OrganizationApp, Policy
from jira_wizard.core.validation import MAX_TOKEN_LIFETIME
from jira_wizard.ui.context import PageId
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    TODAY,
    TOKEN,
    Drive,
    FakeBackend,
    settle,
    type_into,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]
#: The pages of the API-token path; the sign-in page (4) belongs to OAuth.
API_TOKEN_PAGES = [page for page in PageId if page is not PageId.SIGN_IN]


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget!r} is invisible to screen readers"
    return interface.text(QAccessible.Text.Name).strip()


async def tab_cycle(wizard: QWizard, limit: int = 40) -> list[QWidget]:
    """Press Tab until focus comes back round; the widgets it visited."""
    visited: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has focus"
        if focused in visited:
            return visited
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        await settle(0.01)
    raise AssertionError("Tab never came back round")


def in_order(visited: list[QWidget], expected: list[QWidget]) -> bool:
    """True when ``expected`` appears in ``visited`` in this order."""
    positions = [visited.index(widget) for widget in expected if widget in visited]
    return len(positions) == len(expected) and positions == sorted(positions)


def page_controls(wizard: ConnectionWizard, page: PageId) -> list[QWidget]:
    """The controls of ``page`` in the order a person reads them."""
    site, token, save = wizard.site_page, wizard.token_page, wizard.save_page
    return {
        PageId.AUTH: [wizard.auth_page.buttons[next(iter(wizard.auth_page.buttons))]],
        PageId.SITE: [site.address],
        PageId.CREDENTIALS: [
            token.email,
            token.token,
            token.reveal,
            token.create_button,
            token.expires,
        ],
        PageId.CHECK: [],
        PageId.SAVE: [save.name],
        PageId.DONE: [wizard.done_page.report_button],
    }[page]


@pytest.mark.parametrize("sandbox", [False, True], ids=["real", "sandbox"])
@pytest.mark.parametrize("target", API_TOKEN_PAGES, ids=lambda page: page.name)
def test_tab_order_and_names(
    make_wizard: MakeWizard, drive: Drive, target: PageId, sandbox: bool
) -> None:
    wizard = make_wizard(FakeBackend(sandbox=sandbox))
    visited: list[QWidget] = []

    async def scenario() -> None:
        await walk_to(wizard, target)
        await settle()
        # Filled in, so that Next is enabled and Tab can reach it.
        if target is PageId.SITE:
            type_into(wizard.site_page.address, "acme")
        elif target is PageId.CREDENTIALS:
            type_into(wizard.token_page.email, "ada@example.com")
            type_into(wizard.token_page.token, TOKEN)
            wizard.token_page.email.setFocus()
        await until(lambda: wizard.currentPage().isComplete(), "the page to be done")
        await settle()
        visited.extend(await tab_cycle(wizard))

    drive(scenario())
    expected = page_controls(wizard, target)
    assert in_order(visited, expected), [spoken_name(w) for w in visited]
    if target in (PageId.AUTH, PageId.SAVE):
        assert visited[0] is expected[0], "focus starts on the page's first field"
    nameless = [type(w).__name__ for w in visited if not spoken_name(w)]
    assert not nameless, f"controls without an accessible name: {nameless}"
    forward = [
        wizard.button(which)
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        )
        if wizard.button(which).isVisible()
    ]
    assert forward[0] in visited, "Tab reaches the forward button"


def test_every_named_control_of_every_page(make_wizard: MakeWizard) -> None:
    """Hidden controls too: they show up later and must be named by then."""
    wizard = make_wizard(FakeBackend(sandbox=True))
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(
                widget, QWizard
            ):
                hidden_ok = widget.objectName().startswith("qt_")
                assert spoken_name(widget) or hidden_ok or widget.isHidden(), widget


def test_enter_walks_the_whole_wizard(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)

    def enter() -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Return)

    async def on(page: PageId) -> None:
        await until(lambda: wizard.currentId() == page, f"page {page.name}")
        await settle()

    async def scenario() -> None:
        await on(PageId.AUTH)
        enter()
        await on(PageId.SITE)
        QTest.keyClicks(QApplication.focusWidget(), "acme")
        await until(wizard.site_page.isComplete, "the site")
        enter()
        await on(PageId.CREDENTIALS)
        QTest.keyClicks(QApplication.focusWidget(), "ada@example.com")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), TOKEN)
        enter()
        await on(PageId.CHECK)
        await until(wizard.check_page.isComplete, "the check")
        enter()
        await on(PageId.SAVE)
        await until(wizard.save_page.isComplete, "the name")
        enter()
        await on(PageId.DONE)
        enter()
        await until(lambda: not wizard.isVisible(), "the wizard to close")

    drive(scenario())
    assert fake_backend.saves[0]["name"] == "acme"
    assert fake_backend.saves[0]["email"] == "ada@example.com"
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_keyboard_alone_chooses_the_api_token_and_reaches_the_summary(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    """With the organization's app offered, it is ticked first: the person
    moves to the API token with the arrow key, as in any radio group (Tab
    enters the group once), and walks on with Tab, Space, typing and Enter."""
    org_app = OrganizationApp("org-app", Secret("org-secret"), 8811)
    backend = FakeBackend(policy=Policy(organization_app=org_app))
    wizard = make_wizard(backend)
    buttons = wizard.auth_page.buttons

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has focus"
        return widget

    def key(which: Qt.Key) -> None:
        QTest.keyClick(focused(), which)

    async def on(page: PageId) -> None:
        await until(lambda: wizard.currentId() == page, f"page {page.name}")
        await settle()

    async def scenario() -> None:
        await on(PageId.AUTH)
        assert focused() is buttons[AuthType.OAUTH_ORG], "on the ticked way"
        key(Qt.Key.Key_Up)
        assert buttons[AuthType.API_TOKEN].isChecked()
        key(Qt.Key.Key_Return)
        await on(PageId.SITE)
        QTest.keyClicks(focused(), "acme")
        await until(wizard.site_page.isComplete, "the site")
        key(Qt.Key.Key_Return)
        await on(PageId.CREDENTIALS)
        assert wizard.currentPage() is wizard.token_page
        QTest.keyClicks(focused(), "ada@example.com")
        key(Qt.Key.Key_Tab)
        QTest.keyClicks(focused(), TOKEN)
        for _ in range(3):  # Show, Create an API token, the expiry box
            key(Qt.Key.Key_Tab)
        assert focused() is wizard.token_page.expires
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Return)
        await on(PageId.CHECK)
        await until(wizard.check_page.isComplete, "the check")
        key(Qt.Key.Key_Return)
        await on(PageId.SAVE)
        await until(wizard.save_page.isComplete, "the name")
        key(Qt.Key.Key_Return)
        await on(PageId.DONE)
        values = wizard.done_page.values
        assert values["name"].text() == "acme"
        assert values["account"].text() == "Ada Lovelace (ada@example.com)"
        assert values["expiry"].text() == (TODAY + MAX_TOKEN_LIFETIME).isoformat()
        key(Qt.Key.Key_Return)
        await until(lambda: not wizard.isVisible(), "the wizard to close")

    drive(scenario())
    assert backend.verifications == [("https://acme.atlassian.net", "ada@example.com")]
    save = backend.saves[0]
    assert (save["name"], save["email"]) == ("acme", "ada@example.com")
    assert save["token"] == Secret(TOKEN)
    assert save["expires_on"] == TODAY + MAX_TOKEN_LIFETIME
    assert backend.sign_ins == [], "an API token needs no browser sign-in"
    assert wizard.result() == QWizard.DialogCode.Accepted
