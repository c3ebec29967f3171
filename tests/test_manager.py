"""The manager window on the real service: the embedded sandbox over real
sockets, the real Secret Service keychain, and keys and clicks on real widgets.

The helpers at the top save connections in every state for the other
``test_manager_*`` files too. Each window the tests show is saved as
``test-artifacts/manager-*.png``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from jira_wizard.core.models import (
    Account,
    AuthType,
    Connection,
    Secret,
    SecretKind,
    utcnow,
)
from jira_wizard.core.policy import load_policy
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.store import ConnectionStore
from jira_wizard.ui.manager import ManagerWindow
from jira_wizard.ui.manager_model import Column
from jira_wizard.ui.manager_status import Look
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import FAST, Drive, click, settle, until
from tests.fixtures.sandbox import (
    DEFAULT_SCOPES,
    authorization_code,
    exchange,
    http_client,
)
from tests.test_api import OrgApp, org_app

TODAY = date.today()


# Saving connections in every state ---------------------------------------------------


async def add_token(
    store: ConnectionStore,
    sandbox: Sandbox,
    name: str,
    token: str = DEMO.api_token,
    **changes: Any,
) -> Connection:
    """An API-token connection to the sandbox's acme site, as the wizard saves it."""
    now = utcnow()
    connection = Connection(
        name=name,
        auth_type=AuthType.API_TOKEN,
        site_url=sandbox.urls.sites["acme"],
        cloud_id=sandbox.cloud_id("acme"),
        api_base_url=sandbox.urls.sites["acme"],
        account=Account(DEMO.account_id, DEMO.display_name, DEMO.email),
        secret_ref="",
        email=DEMO.email,
        created_at=now,
        last_verified_at=now,
        token_set_at=now,
    ).replace(**changes)
    return await store.save(connection, {SecretKind.API_TOKEN: Secret(token)})


async def add_oauth(
    store: ConnectionStore, sandbox: Sandbox, app: OrgApp, name: str, **changes: Any
) -> Connection:
    """Sign in with the organization app as a browser would, and save it."""
    with http_client() as browser:
        code = authorization_code(
            browser, sandbox, client_id=app.client_id, redirect_uri=app.redirect_uri
        )
        answer = exchange(
            browser,
            sandbox,
            code,
            client_id=app.client_id,
            client_secret=app.client_secret,
            redirect_uri=app.redirect_uri,
        )
    assert answer.status_code == 200, answer.text
    tokens = answer.json()
    now = utcnow()
    cloud_id = sandbox.cloud_id("acme")
    connection = Connection(
        name=name,
        auth_type=AuthType.OAUTH_ORG,
        site_url=sandbox.urls.sites["acme"],
        cloud_id=cloud_id,
        api_base_url=f"{sandbox.urls.api_url}/ex/jira/{cloud_id}",
        account=Account(DEMO.account_id, DEMO.display_name, DEMO.email),
        secret_ref="",
        email=DEMO.email,
        client_id=app.client_id,
        scopes=DEFAULT_SCOPES,
        created_at=now,
        last_verified_at=now,
        consented_at=now,
        access_token_expires_at=now + timedelta(seconds=tokens["expires_in"]),
        callback_port=app.port,
    ).replace(**changes)
    secrets = {
        SecretKind.REFRESH_TOKEN: Secret(tokens["refresh_token"]),
        SecretKind.ACCESS_TOKEN: Secret(tokens["access_token"]),
    }
    return await store.save(connection, secrets)


async def add_every_status(
    store: ConnectionStore, sandbox: Sandbox, app: OrgApp
) -> None:
    await add_token(store, sandbox, "working", token_expires_on=TODAY + timedelta(200))
    await add_token(store, sandbox, "expiring", token_expires_on=TODAY + timedelta(5))
    await add_token(store, sandbox, "expired", token_expires_on=TODAY - timedelta(3))
    await add_token(store, sandbox, "unknown", last_verified_at=None)
    refused = await add_oauth(store, sandbox, app, "needs sign-in")
    await store.update_secrets(refused, {}, needs_sign_in=True)


# The window --------------------------------------------------------------------------


@pytest.fixture
def app(sandbox: Sandbox, tmp_path: Path) -> OrgApp:
    return org_app(sandbox, tmp_path)


@pytest.fixture
def service(
    sandbox: Sandbox, store: ConnectionStore, app: OrgApp, qloop: qasync.QEventLoop
) -> Iterator[Service]:
    service = Service(
        sandbox.endpoints(),
        store,
        sandbox_start_page_url=sandbox.urls.start_page_url,
        policy=load_policy(app.policy),
        sign_in_timeout=60,
    )
    yield service
    qloop.run_until_complete(service.aclose())


class Opener:
    """Stands in for the system browser: records each link, and may act on it."""

    def __init__(self, act: Callable[[str], bool] | None = None) -> None:
        self.opened: list[str] = []
        self.act = act

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        return self.act(url) if self.act else True


def fast_wizard(backend: Any, parent: QWidget) -> ConnectionWizard:
    return ConnectionWizard(backend, parent, timing=FAST)


MakeManager = Callable[..., ManagerWindow]


@pytest.fixture
def make_manager(qapp: QApplication) -> Iterator[MakeManager]:
    made: list[ManagerWindow] = []

    def make(service: Service, **options: Any) -> ManagerWindow:
        options.setdefault("open_browser", Opener())
        options.setdefault("make_wizard", fast_wizard)
        window = ManagerWindow(service, **options)
        window.show()
        window.activateWindow()
        made.append(window)
        return window

    yield make
    for window in made:
        if not shiboken6.isValid(window):
            continue  # the test deleted it
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


async def shoot(widget: QWidget, artifacts: Path, name: str) -> Path:
    """Let layout and paint settle, then save what ``widget`` shows."""
    await settle()
    path = artifacts / f"manager-{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


async def loaded(window: ManagerWindow) -> None:
    await until(lambda: window.message.tone is not Tone.BUSY, "the list to load")


def select(window: ManagerWindow, name: str) -> None:
    row = window.model.row_of(name)
    assert row is not None, f"no row for {name}"
    window.view.table.selectRow(row)


def cell(window: ManagerWindow, name: str, column: Column, role: int = 0) -> Any:
    row = window.model.row_of(name)
    assert row is not None, f"no row for {name}"
    return window.model.index(row, column).data(role)


def press(
    key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press on whatever has the focus, as from the keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the focus"
    QTest.keyClick(focused, key, modifier)


def dialogs(window: ManagerWindow, title: str) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle().startswith(title) and w is not window
    ]


async def focused_dialog(title: str) -> QWidget:
    """Wait until a window titled ``title…`` is active and holds the focus."""

    def active() -> QWidget | None:
        shown = QApplication.activeWindow()
        focused = QApplication.focusWidget()
        if shown is None or not shown.windowTitle().startswith(title):
            return None
        if focused is None or focused.window() is not shown:
            return None
        return shown

    await until(active, f"the “{title}” window to take the focus")
    shown = active()
    assert shown is not None
    return shown


def spoken(widget: QWidget) -> str:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


async def tab_cycle(limit: int = 20) -> list[QWidget]:
    visited: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has focus"
        if focused in visited:
            return visited
        visited.append(focused)
        press(Qt.Key.Key_Tab)
        await settle(0.01)
    raise AssertionError("Tab never came back round")


# The list ----------------------------------------------------------------------------


@pytest.mark.real
def test_the_list_shows_every_status_in_words_icons_and_deadlines(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    app: OrgApp,
    artifacts: Path,
) -> None:
    shown: dict[str, dict[Column, str]] = {}
    looks: dict[str, Look] = {}
    opener = Opener()

    async def scenario() -> None:
        await add_every_status(store, sandbox, app)
        window = make_manager(service, open_browser=opener)
        await loaded(window)
        await shoot(window, artifacts, "list")
        assert window.banner is not None, "practice mode is said"
        click(window.banner.button)
        for name in window.model.names():
            row = window.model.row_of(name)
            assert row is not None
            looks[name] = window.model.look(row)
            shown[name] = {column: cell(window, name, column) for column in Column}
            select(window, name)
            await shoot(window, artifacts, name.replace(" ", "-"))

    drive(scenario())

    assert list(shown) == ["expired", "expiring", "needs sign-in", "unknown", "working"]
    assert {name: row[Column.STATUS] for name, row in shown.items()} == {
        "expired": "Expired",
        "expiring": "Expiring in 5 days",
        "needs sign-in": "Needs sign-in",
        "unknown": "Unknown: not tested yet",
        "working": "Working",
    }
    assert looks == {
        "expired": Look.EXPIRED,
        "expiring": Look.EXPIRING,
        "needs sign-in": Look.NEEDS_SIGN_IN,
        "unknown": Look.UNKNOWN,
        "working": Look.WORKING,
    }
    in_5_days = (TODAY + timedelta(5)).isoformat()
    assert shown["expiring"][Column.DEADLINE] == f"Token expires {in_5_days}"
    assert shown["expired"][Column.DEADLINE].startswith("Token expired ")
    assert shown["unknown"][Column.DEADLINE].startswith("Token expires by ")
    assert shown["needs sign-in"][Column.DEADLINE].startswith("Sign-in lapses ")
    assert shown["working"][Column.AUTH] == "API token"
    assert shown["needs sign-in"][Column.AUTH] == "OAuth, organization app"
    assert shown["working"][Column.ACCOUNT] == DEMO.display_name
    assert shown["working"][Column.SITE] in sandbox.urls.sites["acme"]
    assert opener.opened == [sandbox.urls.start_page_url]


@pytest.mark.real
def test_the_details_say_what_to_do_and_the_button_fits_the_connection(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    app: OrgApp,
) -> None:
    said: dict[str, tuple[str, str]] = {}

    async def scenario() -> None:
        await add_every_status(store, sandbox, app)
        window = make_manager(service)
        await loaded(window)
        for name in ("expiring", "needs sign-in", "unknown"):
            select(window, name)
            await settle(0.01)
            said[name] = (
                window.view.details.advice.plain_text(),
                window.view.renew_button.text(),
            )

    drive(scenario())

    assert "expires on" in said["expiring"][0]
    assert "in 5 days" in said["expiring"][0]
    assert "choose Replace token" in said["expiring"][0]
    assert said["expiring"][1] == "&Replace token…"
    assert "Choose Sign in again" in said["needs sign-in"][0]
    assert said["needs sign-in"][1] == "Sign &in again…"
    assert "Not tested yet" in said["unknown"][0]


@pytest.mark.real
def test_no_connections_shows_a_friendly_start_with_a_prominent_add(
    make_manager: MakeManager, drive: Drive, service: Service, artifacts: Path
) -> None:
    async def scenario() -> None:
        window = make_manager(service)
        await loaded(window)
        await shoot(window, artifacts, "empty")
        assert window.view.currentWidget() is window.view.empty_page
        assert window.view.empty_add_button.hasFocus()
        assert window.message.plain_text() == "No saved connections yet."
        # Enter on the focused button opens the wizard.
        press(Qt.Key.Key_Return)
        await focused_dialog("Connect to Jira Cloud")
        wizards(window)[0].reject()
        await until(lambda: not wizards(window), "the wizard to close")

    drive(scenario())


def wizards(window: ManagerWindow) -> list[ConnectionWizard]:
    return [w for w in window.findChildren(ConnectionWizard) if w.isVisible()]
