"""Help beside every failure, and the diagnostic report on every failure page.

A failure whose error names a shipped help page shows "Help: <title>", which
the keyboard reaches and which opens the page in a window of its own; topics
link to one another inside that window. Each page that can fail offers
"Copy diagnostic report", and what it copies holds none of the secrets that
were typed. The real service runs against the embedded sandbox over real
sockets, with an in-memory keyring backend behind the real keychain code.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from jira_wizard.core.errors import (
    InputError,
    InvalidCredentials,
    WizardError,
)
from jira_wizard.core.help import find_topic
from jira_wizard.core.models import AuthType, Secret, SiteInfo, VerifiedAccess
from jira_wizard.core.oauth import callback_url
from jira_wizard.core.preset import parse_preset_link
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore
from jira_wizard.ui import main
from jira_wizard.ui.context import PageId
from jira_wizard.ui.help_view import HelpWindow, linked_markdown, open_help
from jira_wizard.ui.manager import ManagerWindow
from jira_wizard.ui.manager_token import ReplaceTokenDialog
from jira_wizard.ui.widgets import ReportButton, StatusLine, Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fakes import FaultyBackend, MemoryBackend
from tests.fixtures.qt import (
    OWN_CLIENT_ID,
    OWN_CLIENT_SECRET,
    BrowserCatcher,
    Drive,
    FakeBackend,
    Screenshots,
    click,
    free_port,
    make_service,
    press_next,
    settle,
    to_own_app_sign_in,
    type_into,
    until,
    walk_to,
)
from tests.test_manager import add_token, make_manager
from tests.test_wizard_oauth_keyboard import in_order, tab_cycle

__all__ = ["make_manager"]  # a fixture used here

MakeWizard = Callable[..., ConnectionWizard]

#: Shaped like an Atlassian API token, and accepted by no one.
WRONG_TOKEN = "ATATT3xFfGF0" + "Zq8w" * 44 + "=5E6F7A8B"
REPORT_HEADING = "Jira Connection Wizard diagnostic report"


@pytest.fixture
def memory_store() -> ConnectionStore:
    """The real keychain and settings code, over a keyring kept in memory
    (allowed explicitly, as a policy may allow a keychain that is not secure)."""
    keychain = Keychain(MemoryBackend(), allow_insecure=True)
    return ConnectionStore(keychain, SettingsFile())


def help_windows() -> list[HelpWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, HelpWindow) and w.isVisible()
    ]


def shown_text(name: str) -> str:
    """What a help page reads like once drawn, links included."""
    topic = find_topic(name)
    assert topic is not None, name
    document = QTextDocument()
    document.setMarkdown(linked_markdown(topic.text()))
    return document.toPlainText()


def title_of(name: str) -> str:
    topic = find_topic(name)
    assert topic is not None, name
    return topic.title


async def copied_report(button: ReportButton) -> str:
    """The quick report a click copies at once; returns once the full one
    (with the network checks) has followed, so that no check outlives the
    test."""
    QGuiApplication.clipboard().clear()
    click(button)
    quick = QGuiApplication.clipboard().text()
    await until(lambda: button.text() == "Copied", "the full report")
    return quick


@pytest.fixture
def close_help_windows(qapp: QApplication) -> Iterator[None]:
    yield
    for window in help_windows():
        window.close()


# The help link -----------------------------------------------------------------------


def test_a_failure_links_to_its_help_page_and_the_keyboard_opens_it(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    memory_store: ConnectionStore,
    screenshots: Screenshots,
    artifacts: Path,
    close_help_windows: None,
) -> None:
    service = make_service(sandbox, memory_store)
    wizard = make_wizard(service)
    page = wizard.check_page
    link = page.result.help_link
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await walk_to(
            wizard,
            PageId.CHECK,
            site=sandbox.urls.sites["acme"],
            email=DEMO.email,
            token=WRONG_TOKEN,
        )
        await until(link.isVisible, "the failure's help link")
        await screenshots.shoot(wizard, "check failure with help link")
        # Focus is on "Go back to fix"; the link is just before it.
        assert page.fix_button.hasFocus()
        QTest.keyClick(page.fix_button, Qt.Key.Key_Backtab)
        await settle()
        seen["link focused"] = link.hasFocus()
        await screenshots.shoot(wizard, "check help link focused")
        QTest.keyClick(link, Qt.Key.Key_Space)
        await until(help_windows, "the help window")
        window = help_windows()[0]
        await settle(0.2)
        assert window.grab().save(str(artifacts / "help-window-error-401.png"))
        seen["window"] = window
        seen["title"] = window.windowTitle()
        seen["text"] = window.browser.toPlainText()
        seen["modal"] = window.isModal()
        seen["report"] = await copied_report(page.report_button)
        QTest.keyClick(window.browser, Qt.Key.Key_Escape)
        await until(lambda: not help_windows(), "Escape to close the help")
        await service.aclose()

    drive(scenario())
    title = title_of("error-401")
    assert page.result.tone is Tone.PROBLEM
    assert link.text() == f"Help: {title}"
    assert link.accessibleName() == f"Help: {title}"
    assert seen["link focused"], "Shift+Tab from the fix button reaches the link"
    assert seen["window"].topic_name == "error-401"
    assert seen["title"] == f"Help: {title}"
    assert seen["text"] == shown_text("error-401")
    assert "401" in seen["text"]
    assert seen["modal"] is False, "the page stays usable beside the help"
    assert seen["report"].startswith(REPORT_HEADING)
    assert WRONG_TOKEN not in seen["report"]
    assert WRONG_TOKEN[:16] not in seen["report"]


def test_a_link_in_a_topic_opens_the_other_topic_in_the_same_window(
    qapp: QApplication, drive: Drive, artifacts: Path, close_help_windows: None
) -> None:
    owner = QWidget()
    owner.show()
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        window = open_help("error-401", owner)
        assert window is not None
        await settle()
        browser = window.browser
        browser.setFocus()
        # Tab walks the links in the text, as in a browser; Enter follows one.
        for _ in range(10):
            QTest.keyClick(browser, Qt.Key.Key_Tab)
            if (
                browser.textCursor().charFormat().anchorHref()
                == "help:rotate-api-token"
            ):
                break
        seen["anchor"] = browser.textCursor().charFormat().anchorHref()
        QTest.keyClick(browser, Qt.Key.Key_Return)
        await settle()
        seen["after link"] = (window.topic_name, window.windowTitle())
        seen["text"] = browser.toPlainText()
        seen["windows"] = len(help_windows())
        seen["back enabled"] = window.back_button.isEnabled()
        await settle(0.2)
        assert window.grab().save(str(artifacts / "help-window-followed-link.png"))
        click(window.back_button)
        await settle()
        seen["after back"] = window.topic_name
        click(window.index_button)
        await settle()
        seen["index"] = browser.toPlainText()
        # A second link from the same window reuses the open help window.
        again = open_help("network", owner)
        seen["reused"] = again is window and len(help_windows()) == 1
        seen["network"] = window.topic_name
        click(window.close_button)
        await until(lambda: not help_windows(), "Close to close the help")

    drive(scenario())
    rotate = title_of("rotate-api-token")
    assert seen["anchor"] == "help:rotate-api-token"
    assert seen["after link"] == ("rotate-api-token", f"Help: {rotate}")
    assert seen["text"] == shown_text("rotate-api-token")
    assert seen["windows"] == 1
    assert seen["back enabled"]
    assert seen["after back"] == "error-401"
    assert title_of("error-401") in seen["index"], "the index links to each topic"
    assert "`error-401`" not in seen["index"]
    assert seen["reused"]
    assert seen["network"] == "network"


def test_the_full_report_checks_the_site_being_set_up(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    memory_store: ConnectionStore,
) -> None:
    service = make_service(sandbox, memory_store)
    wizard = make_wizard(service)
    page = wizard.check_page
    site = sandbox.urls.sites["acme"]
    seen: dict[str, str] = {}

    async def scenario() -> None:
        await walk_to(
            wizard, PageId.CHECK, site=site, email=DEMO.email, token=WRONG_TOKEN
        )
        await until(page.report_button.isVisible, "the failure and its report")
        seen["quick"] = await copied_report(page.report_button)
        seen["full"] = QGuiApplication.clipboard().text()
        await service.aclose()

    drive(scenario())
    parts = urlsplit(site)
    checked = f"Site being set up: {parts.scheme}://{parts.netloc}  [OK]"
    network = seen["full"].split("\nNetwork\n", 1)[1].split("\n\n", 1)[0]
    assert checked in network, network
    after = network.split(checked, 1)[1]
    assert "Name lookup: ok" in after
    assert "Connection: ok" in after
    assert "Site being set up" not in seen["quick"], "the quick report checks nothing"


def test_an_error_without_a_help_page_shows_no_link(qapp: QApplication) -> None:
    holder = QWidget()
    line = StatusLine("Check result", holder)
    QVBoxLayout(holder).addWidget(line)
    holder.show()

    line.show_error(InvalidCredentials("Atlassian did not accept the API token."))
    with_topic = line.help_link.isVisible()
    line.show_error(InputError("'80x' is not a port number."))
    without_topic = line.help_link.isVisible()
    line.show_error(WizardError("Odd.", "Try again.", help_topic="no-such-page"))
    unknown_topic = line.help_link.isVisible()
    line.show_text(Tone.PROBLEM, "Not a port.", help_topic="callback-port")
    by_name = line.help_link.text()
    line.clear()

    assert with_topic
    assert not without_topic
    assert not unknown_topic, "a topic the program does not ship gets no link"
    assert by_name == f"Help: {title_of('callback-port')}"
    assert not line.help_link.isVisible()


def test_the_help_window_fits_the_screen_at_200_percent(
    artifacts: Path, tmp_path: Path
) -> None:
    """On a 2560 by 1440 screen at twice the scale, the window shows lines of
    readable length and stays on the screen."""
    shot = artifacts / "help-window-200-percent.png"
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "wide", "x": 0, "y": 0, "width": 2560, "height": 1440}
                ]
            }
        ),
        encoding="utf-8",
    )
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from jira_wizard.ui.help_view import open_help\n"
        "app = QApplication(sys.argv)\n"
        "owner = QWidget(); owner.show()\n"
        "window = open_help('api-tokens', owner)\n"
        "app.processEvents()\n"
        f"window.grab().save({str(shot)!r})\n"
        "room = window.screen().availableGeometry()\n"
        "chars = window.browser.viewport().width() // "
        "window.browser.fontMetrics().averageCharWidth()\n"
        "print(window.width(), window.height(), room.width(), room.height(), chars)\n"
    )
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "QT_SCALE_FACTOR": "2",
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    width, height, room_width, room_height, chars = map(int, done.stdout.split()[-5:])
    assert width <= room_width, done.stdout
    assert height <= room_height, done.stdout
    assert chars >= 60, "a comfortable line of text"
    assert height >= 300, done.stdout


# The diagnostic report on every failure page ------------------------------------------


class BrokenService(Service):
    """The real service, with one step that fails in a way nobody foresaw,
    holding a secret in the failure's own text."""

    def __init__(self, *args: Any, broken: str, secret: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._broken = broken
        self._secret = secret

    async def probe_site(self, site_url: str) -> SiteInfo:
        if self._broken == "probe":
            raise RuntimeError(f"probe fell over holding {self._secret}")
        return await super().probe_site(site_url)

    async def save_api_token(
        self,
        name: str,
        access: VerifiedAccess,
        email: str,
        token: Secret,
        expires_on: date | None,
        *,
        replace: bool,
    ) -> Any:
        if self._broken == "save":
            raise RuntimeError(f"save fell over holding {token.reveal()}")
        return await super().save_api_token(
            name, access, email, token, expires_on, replace=replace
        )


def broken_service(
    sandbox: Sandbox, store: ConnectionStore, broken: str, secret: str
) -> Service:
    return BrokenService(
        sandbox.endpoints(),
        store,
        sandbox_start_page_url=sandbox.urls.start_page_url,
        broken=broken,
        secret=secret,
    )


@pytest.mark.parametrize("page_id", [PageId.SITE, PageId.SAVE], ids=["site", "save"])
def test_an_unforeseen_failure_offers_a_report_without_the_secret(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    memory_store: ConnectionStore,
    page_id: PageId,
) -> None:
    token = DEMO.api_token
    broken = "probe" if page_id is PageId.SITE else "save"
    service = broken_service(sandbox, memory_store, broken, token)
    wizard = make_wizard(service)
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        if page_id is PageId.SITE:
            await walk_to(wizard, PageId.SITE)
            type_into(wizard.site_page.address, sandbox.urls.sites["acme"])
            button = wizard.site_page.report_button
        else:
            await walk_to(
                wizard,
                PageId.SAVE,
                site=sandbox.urls.sites["acme"],
                email=DEMO.email,
                token=token,
            )
            button = wizard.save_page.report_button
            await press_next(wizard)
        await until(button.isVisible, "the report button")
        seen["report"] = await copied_report(button)
        # Then the real service checks the sandbox's hosts and copies the
        # full report over the quick one.
        await until(lambda: button.text() == "Copied", "the full report")
        seen["full"] = QGuiApplication.clipboard().text()
        await service.aclose()

    drive(scenario())
    assert seen["report"].startswith(REPORT_HEADING)
    assert seen["full"].startswith(REPORT_HEADING)
    assert seen["full"] != seen["report"], "the network checks were added"
    for report in (seen["report"], seen["full"]):
        assert token not in report
        assert token[:16] not in report


def test_a_keychain_that_cannot_store_offers_help_and_a_report_without_the_token(
    make_wizard: MakeWizard, drive: Drive, sandbox: Sandbox
) -> None:
    failing = FaultyBackend(MemoryBackend(), fail_write=1)
    store = ConnectionStore(Keychain(failing, allow_insecure=True), SettingsFile())
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.save_page
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await walk_to(
            wizard,
            PageId.SAVE,
            site=sandbox.urls.sites["acme"],
            email=DEMO.email,
            token=DEMO.api_token,
        )
        await press_next(wizard)
        await until(page.report_button.isVisible, "the failure and its report")
        seen["link"] = page.result.help_link.text()
        seen["report"] = await copied_report(page.report_button)
        await service.aclose()

    drive(scenario())
    assert page.result.tone is Tone.PROBLEM
    assert seen["link"] == f"Help: {title_of('keychain')}"
    assert seen["report"].startswith(REPORT_HEADING)
    assert DEMO.api_token not in seen["report"]
    assert DEMO.api_token[:16] not in seen["report"]


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port another program listens on."""
    port = free_port()
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as other:
        other.bind(("127.0.0.1", port))
        other.listen()
        yield port


def test_each_error_page_atlassian_may_show_links_to_its_own_help(
    make_wizard: MakeWizard,
    drive: Drive,
    screenshots: Screenshots,
    close_help_windows: None,
) -> None:
    backend = FakeBackend()
    wizard = make_wizard(backend)
    page = wizard.sign_in_page
    links = page.help_box.links
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        click(wizard.auth_page.buttons[AuthType.OAUTH_OWN])
        await walk_to(wizard, PageId.SIGN_IN)
        await until(lambda: backend.sign_ins[0].waiting, "the sign-in")
        await settle()
        await screenshots.shoot(wizard, "sign-in troubleshooting with help links")
        seen["shown"] = [link.isVisible() for link in links]
        page.pasted.setFocus()
        seen["tab"] = await tab_cycle()
        links[1].setFocus()
        QTest.keyClick(links[1], Qt.Key.Key_Space)
        await until(help_windows, "the help window")
        seen["opened"] = help_windows()[0].topic_name
        backend.sign_ins[0].cancel()

    drive(scenario())
    topics = ["redirect-url-mismatch", "app-blocked", "sign-in"]
    assert [link.topic_name for link in links] == topics
    assert [link.text() for link in links] == [f"Help: {title_of(t)}" for t in topics]
    assert seen["shown"] == [True, True, True]
    assert in_order(seen["tab"], [page.pasted, *links]), "after the field, in order"
    assert seen["opened"] == "app-blocked"


def test_a_failed_sign_in_offers_its_help_and_a_report_without_the_app_secret(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    memory_store: ConnectionStore,
    browser: BrowserCatcher,
    taken_port: int,
) -> None:
    sandbox.register_app(OWN_CLIENT_ID, OWN_CLIENT_SECRET, callback_url(taken_port))
    service = make_service(sandbox, memory_store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], taken_port)
        await until(page.report_button.isVisible, "the failure and its report")
        seen["link"] = page.status.help_link.text()
        seen["report"] = await copied_report(page.report_button)
        await service.aclose()

    drive(scenario())
    assert seen["link"] == f"Help: {title_of('callback-port')}"
    assert seen["report"].startswith(REPORT_HEADING)
    assert OWN_CLIENT_SECRET not in seen["report"]
    assert OWN_CLIENT_SECRET[:12] not in seen["report"]


def test_the_summary_report_names_the_connection_but_not_its_token(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    memory_store: ConnectionStore,
) -> None:
    service = make_service(sandbox, memory_store)
    wizard = make_wizard(service)
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await walk_to(
            wizard,
            PageId.DONE,
            site=sandbox.urls.sites["acme"],
            email=DEMO.email,
            token=DEMO.api_token,
        )
        seen["report"] = await copied_report(wizard.done_page.report_button)
        await service.aclose()

    drive(scenario())
    assert seen["report"].startswith(REPORT_HEADING)
    assert "acme" in seen["report"]
    assert DEMO.api_token not in seen["report"]
    assert DEMO.api_token[:16] not in seen["report"]


def test_replacing_a_token_that_fails_offers_help_and_a_report_without_it(
    qapp: QApplication,
    drive: Drive,
    sandbox: Sandbox,
    memory_store: ConnectionStore,
    artifacts: Path,
) -> None:
    service = make_service(sandbox, memory_store)
    owner = QWidget()
    owner.show()
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_token(memory_store, sandbox, "acme")
        dialog = ReplaceTokenDialog(
            service, "acme", owner, open_browser=lambda _url: True
        )
        dialog.show()
        type_into(dialog.token, WRONG_TOKEN)
        click(dialog.replace_button)
        await until(dialog.report_button.isVisible, "the failure and its report")
        await settle()
        assert dialog.grab().save(str(artifacts / "manager-replace-token-help.png"))
        seen["link"] = dialog.outcome.help_link.text()
        seen["report"] = await copied_report(dialog.report_button)
        click(dialog.outcome.help_link)
        await until(help_windows, "the help window")
        seen["topic"] = help_windows()[0].topic_name
        help_windows()[0].close()
        dialog.reject()
        await service.aclose()

    drive(scenario())
    assert seen["link"] == f"Help: {title_of('error-401')}"
    assert seen["topic"] == "error-401"
    assert seen["report"].startswith(REPORT_HEADING)
    assert WRONG_TOKEN not in seen["report"]
    assert DEMO.api_token not in seen["report"], "nor the token it keeps"


def test_a_failed_test_in_the_manager_links_to_its_help_page(
    make_manager: Callable[..., ManagerWindow],
    drive: Drive,
    sandbox: Sandbox,
    memory_store: ConnectionStore,
    artifacts: Path,
) -> None:
    revoked = sandbox.issue_api_token(DEMO.email)
    sandbox.revoke_api_token(revoked)
    service = make_service(sandbox, memory_store)
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_token(memory_store, sandbox, "acme", token=revoked)
        window = make_manager(service)
        await until(lambda: window.model.rowCount() == 1, "the list")
        window.view.table.selectRow(0)
        click(window.view.test_button)
        details = window.view.details
        await until(details.result.help_link.isVisible, "the failure's help link")
        await settle()
        assert window.grab().save(str(artifacts / "manager-test-failed-help.png"))
        seen["link"] = details.result.help_link.text()
        seen["in tab chain"] = details.result.help_link.focusPolicy()
        seen["report"] = await copied_report(details.report_button)
        await service.aclose()

    drive(scenario())
    assert seen["link"] == f"Help: {title_of('error-401')}"
    assert seen["in tab chain"] & Qt.FocusPolicy.TabFocus
    assert seen["report"].startswith(REPORT_HEADING)
    assert revoked not in seen["report"]


# A refused setup link --------------------------------------------------------------


def test_a_refused_link_is_explained_in_a_message_box_and_the_wizard_starts_bare(
    qapp: QApplication, artifacts: Path, close_help_windows: None
) -> None:
    with pytest.raises(InputError) as refused:
        parse_preset_link("jira-wizard://setup?site=acme&token=" + WRONG_TOKEN)
    backend: Any = FakeBackend()  # the stand-in the page tests use
    seen: dict[str, Any] = {}
    timer = QTimer()

    def look() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:
            return
        timer.stop()
        box = boxes[0]
        wizard = box.parentWidget()
        assert isinstance(wizard, ConnectionWizard)
        assert box.grab().save(str(artifacts / "refused-preset-message.png"))
        seen.update(
            text=box.text(),
            informative=box.informativeText(),
            buttons=[button.text() for button in box.buttons()],
            wizard_shown=wizard.isVisible(),
            site=wizard.site_page.address.text(),
        )
        read = next(b for b in box.buttons() if "setup" in b.text())
        click(read)
        seen["help"] = [w.topic_name for w in help_windows()]
        seen["box closed"] = not box.isVisible()
        wizard.reject()

    timer.timeout.connect(look)
    timer.start(20)
    status = main.run(backend, [], refused_preset=refused.value)
    timer.stop()

    assert status == 1, "closed without saving"
    assert (
        seen["text"] == "The setup link or preset file from your helpdesk was not used."
    )
    assert str(refused.value) in seen["informative"], "why, and what to do"
    assert "The wizard starts without it" in seen["informative"]
    assert WRONG_TOKEN[:12] not in seen["text"] + seen["informative"]
    assert seen["wizard_shown"], "the box sits over the wizard"
    assert seen["site"] == "", "nothing from the refused link"
    assert seen["help"] == ["presets"]
    assert seen["box closed"]
