"""The OAuth pages by keyboard alone: the own-app path from page 1 to a saved
connection without the mouse, Tab order in reading order on each new page,
and a name for every control a screen reader lands on."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from jira_wizard.core.errors import PortInUse
from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.policy import OrganizationApp, Policy
from jira_wizard.ui.context import PageId
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    FAKE_CALLBACK,
    OWN_CLIENT_ID,
    OWN_CLIENT_SECRET,
    BrowserCatcher,
    Drive,
    FakeBackend,
    click,
    settle,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]
ORG_POLICY = Policy(organization_app=OrganizationApp("org-app", Secret("s"), 8811))


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget!r} is invisible to screen readers"
    return interface.text(QAccessible.Text.Name).strip()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    return widget


def key(which: Qt.Key) -> None:
    QTest.keyClick(focused(), which)


def keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


async def tab_cycle(limit: int = 50) -> list[QWidget]:
    """Press Tab until focus comes back round; the widgets it visited."""
    visited: list[QWidget] = []
    for _ in range(limit):
        if focused() in visited:
            return visited
        visited.append(focused())
        key(Qt.Key.Key_Tab)
        await settle(0.01)
    raise AssertionError("Tab never came back round")


def in_order(cycle: list[QWidget], expected: list[QWidget]) -> bool:
    """True when Tab, going round ``cycle``, meets ``expected`` in this order."""
    if not expected:
        return True
    if expected[0] not in cycle:
        return False
    start = cycle.index(expected[0])
    turned = cycle[start:] + cycle[:start]
    positions = [turned.index(widget) for widget in expected if widget in turned]
    return len(positions) == len(expected) and positions == sorted(positions)


def test_own_app_path_by_keyboard_alone(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    browser: BrowserCatcher,
) -> None:
    wizard = make_wizard(fake_backend)
    app = wizard.app_page

    async def on(page: PageId) -> None:
        await until(lambda: wizard.currentId() == page, f"page {page.name}")
        await settle()

    async def scenario() -> None:
        await on(PageId.AUTH)
        assert focused() is wizard.auth_page.buttons[AuthType.API_TOKEN]
        key(Qt.Key.Key_Down)
        assert wizard.auth_page.buttons[AuthType.OAUTH_OWN].isChecked()
        key(Qt.Key.Key_Return)
        await on(PageId.SITE)
        keys("acme")
        await until(wizard.site_page.isComplete, "the site")
        key(Qt.Key.Key_Return)
        await on(PageId.CREDENTIALS)
        assert focused() is app.client_id
        keys(OWN_CLIENT_ID)
        key(Qt.Key.Key_Tab)
        keys(OWN_CLIENT_SECRET)
        key(Qt.Key.Key_Tab)  # Show
        key(Qt.Key.Key_Tab)  # the port
        keys("\b\b\b\b9123")
        for _ in range(3):  # the callback URL, Copy, the first optional scope
            key(Qt.Key.Key_Tab)
        assert focused() is app.scope_picker.boxes["manage:jira-configuration"]
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Return)
        await on(PageId.SIGN_IN)
        await until(lambda: fake_backend.sign_ins[0].waiting, "the sign-in")
        assert focused() is wizard.sign_in_page.reopen_button
        for _ in range(3):  # Copy the link, Cancel sign-in, the paste field
            key(Qt.Key.Key_Tab)
        assert focused() is wizard.sign_in_page.pasted
        keys(FAKE_CALLBACK)
        key(Qt.Key.Key_Return)
        await until(wizard.sign_in_page.isComplete, "the sign-in to finish")
        await settle()
        key(Qt.Key.Key_Return)
        await on(PageId.CHECK)
        key(Qt.Key.Key_Return)
        await on(PageId.SAVE)
        await until(wizard.save_page.isComplete, "the name")
        key(Qt.Key.Key_Return)
        await on(PageId.DONE)
        key(Qt.Key.Key_Return)
        await until(lambda: not wizard.isVisible(), "the wizard to close")

    drive(scenario())
    request = fake_backend.sign_ins[0].request
    assert request.auth_type is AuthType.OAUTH_OWN
    assert (request.client_id, request.port) == (OWN_CLIENT_ID, 9123)
    assert request.client_secret == Secret(OWN_CLIENT_SECRET)
    assert "manage:jira-configuration" in request.scopes
    assert [save["name"] for save in fake_backend.oauth_saves] == ["acme"]
    assert browser.opened == [fake_backend.sign_ins[0].authorization_url]
    assert wizard.result() == QWizard.DialogCode.Accepted


def _own_app_controls(wizard: ConnectionWizard) -> list[QWidget]:
    app = wizard.app_page
    return [
        app.console_button,
        app.client_id,
        app.client_secret,
        app.reveal,
        app.port,
        app.callback_url,
        app.copy_button,
        *app.scope_picker.optional_boxes(),
    ]


def _waiting_controls(wizard: ConnectionWizard) -> list[QWidget]:
    page = wizard.sign_in_page
    return [page.reopen_button, page.copy_button, page.cancel_button, page.pasted]


def _failed_controls(wizard: ConnectionWizard) -> list[QWidget]:
    return [wizard.sign_in_page.again_button, wizard.sign_in_page.fix_button]


CASES = ["own-app", "organization-app", "sign-in", "sign-in-failed", "check"]


@pytest.mark.parametrize("sandbox", [False, True], ids=["real", "sandbox"])
@pytest.mark.parametrize(
    ("auth_type", "target", "result", "controls"),
    [
        (AuthType.OAUTH_OWN, PageId.CREDENTIALS, None, _own_app_controls),
        (
            AuthType.OAUTH_ORG,
            PageId.CREDENTIALS,
            None,
            lambda w: w.app_page.scope_picker.optional_boxes(),
        ),
        (AuthType.OAUTH_OWN, PageId.SIGN_IN, None, _waiting_controls),
        (AuthType.OAUTH_OWN, PageId.SIGN_IN, "port", _failed_controls),
        (AuthType.OAUTH_OWN, PageId.CHECK, "done", lambda w: []),
    ],
    ids=CASES,
)
def test_tab_order_and_names_on_the_oauth_pages(
    make_wizard: MakeWizard,
    drive: Drive,
    browser: BrowserCatcher,
    request: pytest.FixtureRequest,
    sandbox: bool,
    auth_type: AuthType,
    target: PageId,
    result: str | None,
    controls: Callable[[ConnectionWizard], list[QWidget]],
) -> None:
    case = request.node.callspec.id.split("-real")[0].split("-sandbox")[0]
    backend = FakeBackend(sandbox=sandbox, policy=ORG_POLICY)
    if result == "port":
        backend.sign_in_results = [PortInUse("Port 8754 is used.")]
    wizard = make_wizard(backend)
    visited: list[QWidget] = []

    async def scenario() -> None:
        click(wizard.auth_page.buttons[auth_type])
        await walk_to(wizard, min(target, PageId.SIGN_IN))
        if target >= PageId.SIGN_IN and result != "port":
            await until(lambda: backend.sign_ins[0].waiting, "the sign-in")
        if result == "done":
            backend.sign_ins[0].finish()
            await walk_to(wizard, target)
        if result == "port":
            await until(wizard.sign_in_page.fix_button.isVisible, "the failure")
        await settle()
        visited.extend(await tab_cycle())

    drive(scenario())
    expected = controls(wizard)
    assert in_order(visited, expected), [spoken_name(w) for w in visited]
    first = {
        "own-app": wizard.app_page.client_id,
        "organization-app": expected[0] if expected else None,
        "sign-in": wizard.sign_in_page.reopen_button,
        "sign-in-failed": wizard.sign_in_page.fix_button,
        "check": wizard.button(QWizard.WizardButton.NextButton),
    }[case]
    assert visited[0] is first, "focus starts where the person goes on"
    nameless = [type(w).__name__ for w in visited if not spoken_name(w)]
    assert not nameless, f"controls without an accessible name: {nameless}"
    buttons = (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)
    assert all(wizard.button(which) in visited for which in buttons)


def test_every_control_of_the_oauth_pages_has_a_name(make_wizard: MakeWizard) -> None:
    """Hidden controls too: they show up later and must be named by then."""
    wizard = make_wizard(FakeBackend(sandbox=True, policy=ORG_POLICY))
    pages = [wizard.app_page, wizard.sign_in_page, wizard.check_page]
    for page in pages:
        for widget in page.findChildren(QWidget):
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if widget in (wizard.sign_in_page.fix_button, wizard.check_page.fix_button):
                continue  # named with their words when shown (tested above)
            assert widget.accessibleName() or spoken_name(widget), widget
    for box in wizard.app_page.scope_picker.boxes.values():
        assert box.accessibleDescription(), box.text()
