"""Keyboard alone: Tab visits each page's controls in reading order, every
control has a name and a description a screen reader can say, and Enter walks
the wizard."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable

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
#: QWizard's own buttons, each shown on the pages that need it.
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)
ORG_APP = OrganizationApp("org-app", Secret("org-secret"), 8811)


def spoken(widget: QWidget, what: QAccessible.Text) -> str:
    """The text of kind ``what`` assistive technology reads for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget!r} is invisible to screen readers"
    return interface.text(what).strip()


def spoken_name(widget: QWidget) -> str:
    return spoken(widget, QAccessible.Text.Name)


def focusable(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab can reach, hidden ones included.

    Qt's inner parts of a control (a date field's text box, named ``qt_…``)
    are left out: the control they belong to speaks for them.
    """
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_spinbox")
        and not isinstance(widget, QWizard)
    ]


def unspoken(widgets: Iterable[QWidget]) -> list[str]:
    """The controls a screen reader could not name or describe."""
    return [
        f"{type(widget).__name__} {spoken_name(widget) or widget.objectName()!r}"
        for widget in widgets
        if not spoken_name(widget) or not spoken(widget, QAccessible.Text.Description)
    ]


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
    """Every control has a name and a description, QWizard's buttons and the
    hidden controls too: those show up later and must be spoken by then.

    With the organization's app offered, so that page 1 has all three ways.
    """
    backend = FakeBackend(sandbox=True, policy=Policy(organization_app=ORG_APP))
    wizard = make_wizard(backend)
    controls = [widget for page in wizard.pages() for widget in focusable(page)]
    controls += [wizard.button(which) for which in WIZARD_BUTTONS]
    # Worded by the check of what was typed, when it offers a fix; shown
    # in test_the_site_fix_button_is_spoken_once_shown.
    named_when_shown = wizard.site_page.fix_button
    missing = unspoken(c for c in controls if c is not named_when_shown)
    assert not missing, f"controls without a name or a description: {missing}"
    assert len(controls) > 30, "the pages' controls were all found"


def test_the_site_fix_button_is_spoken_once_shown(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    wizard = make_wizard(FakeBackend())

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(wizard.site_page.address, "http://acme.atlassian.net/jira")
        await until(wizard.site_page.fix_button.isVisible, "the fix button")

    drive(scenario())
    assert not unspoken([wizard.site_page.fix_button])


def test_describing_the_wizard_buttons_leaves_qt_namespace_unloaded() -> None:
    """``PySide6.QtCore.Qt`` is made on first use, and making it is 15 to 20 ms
    of the wizard's start-up: the buttons' descriptions must not be what
    makes it."""
    program = (
        "import PySide6.QtCore as core\n"
        "from PySide6.QtWidgets import QApplication, QWizard\n"
        "app = QApplication(['test'])\n"
        "wizard = QWizard()\n"
        "assert 'Qt' not in vars(core), 'Qt was loaded before'\n"
        "from jira_wizard.ui.wizard_buttons import describe_wizard_buttons\n"
        "describe_wizard_buttons(wizard)\n"
        "next_button = wizard.button(QWizard.WizardButton.NextButton)\n"
        "assert next_button.accessibleDescription() == 'Goes to the next step'\n"
        "print('Qt' in vars(core))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False", "describing the buttons loaded Qt"


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
    backend = FakeBackend(policy=Policy(organization_app=ORG_APP))
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
