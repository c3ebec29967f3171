"""The Test button and the keyboard: real checks against the sandbox, a grant
Atlassian refused, and every main action without the mouse."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from jira_wizard.core.models import utcnow
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.store import ConnectionStore
from jira_wizard.ui.help_view import open_help
from jira_wizard.ui.manager_dialogs import RenameDialog, removal_question
from jira_wizard.ui.manager_model import Column
from jira_wizard.ui.manager_sign_in import SignInAgainDialog
from jira_wizard.ui.manager_token import ReplaceTokenDialog
from jira_wizard.ui.widgets import Tone
from tests.fixtures.qt import Drive, click, settle, until
from tests.test_api import OrgApp
from tests.test_manager import (
    MakeManager,
    Opener,
    add_oauth,
    add_token,
    app,
    cell,
    dialogs,
    focused_dialog,
    loaded,
    make_manager,
    press,
    select,
    service,
    shoot,
    spoken,
    tab_cycle,
    wizards,
)
from tests.test_wizard_keyboard import focusable, unspoken

__all__ = ["app", "make_manager", "service"]  # fixtures used here


# Test --------------------------------------------------------------------------------


@pytest.mark.real
def test_test_passes_and_fails_for_real_and_locks_only_its_row(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    artifacts: Path,
) -> None:
    revoked = sandbox.issue_api_token(DEMO.email)
    sandbox.revoke_api_token(revoked)
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_token(store, sandbox, "good")
        await add_token(store, sandbox, "revoked", revoked)
        window = make_manager(service)
        await loaded(window)

        select(window, "good")
        click(window.view.test_button)
        # At once, before any answer: the row says so and its buttons rest.
        seen["busy"] = cell(window, "good", Column.STATUS)
        seen["buttons while busy"] = [b.isEnabled() for b in window.view.row_buttons]
        seen["add while busy"] = window.view.add_button.isEnabled()
        select(window, "revoked")
        seen["other row"] = [b.isEnabled() for b in window.view.row_buttons]
        await until(lambda: window.model.activity("good") is None, "the test")
        seen["good"] = window.message.plain_text()
        seen["good status"] = cell(window, "good", Column.STATUS)

        click(window.view.test_button)
        await until(lambda: window.message.tone is Tone.PROBLEM, "the failure")
        await until(lambda: window.model.activity("revoked") is None, "the end")
        seen["revoked"] = window.message.plain_text()
        seen["revoked status"] = cell(window, "revoked", Column.STATUS)
        seen["details"] = window.view.details.result.plain_text()
        await shoot(window, artifacts, "test-failed")
        click(window.view.details.report_button)
        seen["report"] = QGuiApplication.clipboard().text()
        button = window.view.details.report_button
        await until(lambda: button.text() == "Copied", "the full report")
        seen["full"] = QGuiApplication.clipboard().text()

    drive(scenario())

    assert seen["busy"] == "Testing…"
    assert seen["buttons while busy"] == [False] * 4
    assert seen["add while busy"]
    assert seen["other row"] == [True] * 4
    assert seen["good"].startswith("“good” works: connected to ")
    assert f"as {DEMO.display_name}." in seen["good"]
    assert seen["good status"] == "Working"
    assert seen["revoked"].startswith("“revoked” did not pass the test:")
    assert "choose Replace token" in seen["revoked"], "the advice says what to do"
    assert "jira-wizard" not in seen["revoked"], "a button, not a command"
    assert seen["revoked status"] == "Test failed"
    assert seen["details"] == seen["revoked"]
    for report in (seen["report"], seen["full"]):
        assert "revoked" in report, "the report names the connection"
        assert revoked not in report, "and holds no secret"
    assert seen["full"] != seen["report"], "with the network checks"
    assert store.get("good").last_verified_at is not None


@pytest.mark.real
def test_a_grant_atlassian_refused_turns_the_row_to_needs_sign_in(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    app: OrgApp,
) -> None:
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_oauth(store, sandbox, app, "cloud", access_token_expires_at=utcnow())
        # A year after consent Atlassian refuses the refresh token, whatever
        # happens (ATLASSIAN.md, "Refresh tokens expire ... 365 days").
        sandbox.advance(366 * 86400)
        window = make_manager(service)
        await loaded(window)
        seen["before"] = cell(window, "cloud", Column.STATUS)
        window.view.table.setFocus()
        press(Qt.Key.Key_Return)
        await until(lambda: window.message.tone is Tone.PROBLEM, "the failure")
        await until(
            lambda: cell(window, "cloud", Column.STATUS) == "Needs sign-in",
            "the row to say so",
        )
        seen["message"] = window.message.plain_text()
        seen["renew"] = window.view.renew_button.text()

    drive(scenario())

    assert seen["before"] == "Working"
    assert "Choose Sign in again" in seen["message"]
    assert "jira-wizard" not in seen["message"], "a button, not a command"
    assert seen["renew"] == "Sign &in again…"
    assert store.get("cloud").needs_sign_in


# Keyboard ----------------------------------------------------------------------------


@pytest.mark.real
def test_the_main_actions_work_from_the_keyboard_alone(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
) -> None:
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_token(store, sandbox, "alpha")
        await add_token(store, sandbox, "beta")
        window = make_manager(service)
        await loaded(window)
        seen["focus"] = QApplication.focusWidget() is window.view.table
        # Saved meanwhile by another program (the command line): F5 shows it.
        await add_token(store, sandbox, "gamma")
        press(Qt.Key.Key_F5)
        await until(lambda: "gamma" in window.model.names(), "F5 to reload")
        press(Qt.Key.Key_Down)
        seen["selected"] = window.selected_name()
        press(Qt.Key.Key_Return)
        seen["testing"] = window.model.activity("beta")
        await until(lambda: window.model.activity("beta") is None, "the test")
        seen["tested"] = window.message.plain_text()

        press(Qt.Key.Key_F2)
        await focused_dialog("Rename")
        press(Qt.Key.Key_Escape)
        await until(lambda: not dialogs(window, "Rename"), "it to close")
        await until(window.isActiveWindow, "the focus back")
        press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        await focused_dialog("Rename")
        press(Qt.Key.Key_Escape)
        await until(lambda: not dialogs(window, "Rename"), "it to close")

        await until(window.isActiveWindow, "the focus back")
        press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        await focused_dialog("Replace")
        press(Qt.Key.Key_Escape)
        await until(lambda: not dialogs(window, "Replace"), "it to close")

        await until(window.isActiveWindow, "the focus back")
        press(Qt.Key.Key_Delete)
        await focused_dialog("Remove")
        press(Qt.Key.Key_Escape)
        await until(lambda: not dialogs(window, "Remove"), "it to close")
        seen["kept"] = window.message.plain_text()

        await until(window.isActiveWindow, "the focus back")
        press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        await focused_dialog("Connect to Jira Cloud")
        press(Qt.Key.Key_Escape)
        await until(lambda: not wizards(window), "the wizard to close")
        await until(window.isActiveWindow, "the focus back")
        seen["focus back"] = QApplication.focusWidget() is window.view.table
        seen["tab"] = await tab_cycle()

    drive(scenario())

    assert seen["focus"], "the table has the focus from the start"
    assert seen["selected"] == "beta"
    assert seen["testing"] == "Testing…"
    assert seen["tested"].startswith("“beta” works")
    assert seen["kept"] == "“beta” was kept."
    assert store.exists("beta")
    assert seen["focus back"]
    names = [spoken(w) for w in seen["tab"]]
    assert all(names), f"a control without an accessible name: {names}"
    assert "Copy diagnostic report" in names
    assert "Open the sandbox start page" in names
    assert names[:6] == [
        "Saved connections",
        "Test",
        "Replace token",
        "Rename",
        "Remove",
        "Add connection",
    ]


@pytest.mark.real
def test_every_control_of_the_window_and_its_dialogs_is_named_and_described(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    app: OrgApp,
) -> None:
    """Hidden controls too (the empty list's Add, the buttons of a sign-in's
    later steps): each is on screen at some point, and must be spoken then."""
    missing: dict[str, list[str]] = {}

    async def scenario() -> None:
        await add_token(store, sandbox, "token")
        oauth = await add_oauth(store, sandbox, app, "oauth")
        window = make_manager(service)
        await loaded(window)
        missing["window"] = unspoken(focusable(window))
        taken = window.model.names()
        opener = Opener()
        dialogs = {
            "rename": RenameDialog(service, "token", taken, window),
            "replace token": ReplaceTokenDialog(
                service, "token", window, open_browser=opener
            ),
            "sign in again": SignInAgainDialog(
                service, oauth, window, open_browser=opener
            ),
            "remove": removal_question(oauth, window)[0],
        }
        for name, dialog in dialogs.items():
            missing[name] = unspoken(focusable(dialog))
            dialog.deleteLater()
        help_window = open_help("error-401", window)
        assert help_window is not None
        missing["help"] = unspoken(focusable(help_window))
        help_window.close()

    drive(scenario())
    assert not {name: found for name, found in missing.items() if found}
    assert len(missing) == 6, "every window was looked at"


@pytest.mark.real
def test_closing_mid_test_cancels_it_cleanly(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    closed: list[bool] = []

    async def scenario() -> None:
        await add_token(store, sandbox, "acme")
        window = make_manager(service)
        window.closed.connect(lambda: closed.append(True))
        await loaded(window)
        sandbox.faults.latency = 3.0  # Atlassian is slow to answer today
        click(window.view.test_button)
        await until(lambda: window.model.activity("acme"), "the test to start")
        window.close()
        window.deleteLater()
        # The cancelled test ends after the window's widgets are gone.
        await settle(0.2)

    drive(scenario())

    assert closed == [True]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
