"""The manager's dialogs on the real service, the sandbox and the real keychain:
replacing an API token, signing in again, renaming and removing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from jira_wizard.core.deadlines import API_TOKENS_URL
from jira_wizard.core.models import SecretKind
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.keychain import SERVICE
from jira_wizard.storage.store import ConnectionStore, secret_key
from jira_wizard.ui.manager_dialogs import RenameDialog
from jira_wizard.ui.manager_model import Column
from jira_wizard.ui.manager_sign_in import SignInAgainDialog
from jira_wizard.ui.manager_token import ReplaceTokenDialog
from jira_wizard.ui.widgets import Tone
from tests.fixtures.qt import Drive, click, type_into, until
from tests.test_api import OrgApp
from tests.test_manager import (
    TODAY,
    MakeManager,
    Opener,
    add_oauth,
    add_token,
    app,
    cell,
    focused_dialog,
    loaded,
    make_manager,
    press,
    select,
    service,
    shoot,
)
from tests.test_signin import Browser

__all__ = ["app", "make_manager", "service"]  # fixtures used here


# Replace token ---------------------------------------------------------------------


@pytest.mark.real
def test_replace_token_keeps_the_old_one_on_failure_then_swaps_and_says_revoke(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    artifacts: Path,
) -> None:
    from datetime import timedelta

    old = sandbox.issue_api_token(DEMO.email)
    new = sandbox.issue_api_token(DEMO.email)
    opener = Opener()
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_token(
            store, sandbox, "acme", old, token_expires_on=TODAY + timedelta(5)
        )
        window = make_manager(service, open_browser=opener)
        await loaded(window)
        seen["before"] = cell(window, "acme", Column.STATUS)
        select(window, "acme")
        click(window.view.renew_button)
        dialog = await focused_dialog("Replace the API token")
        assert isinstance(dialog, ReplaceTokenDialog)
        seen["masked"] = dialog.token.echoMode()
        click(dialog.create_button)

        type_into(dialog.token, "ATATT-not-a-token-anyone-issued")
        click(dialog.replace_button)
        await until(lambda: dialog.outcome.tone is Tone.PROBLEM, "the refusal")
        await until(lambda: not dialog.working, "the end of the attempt")
        seen["refused"] = dialog.outcome.plain_text()
        seen["kept"] = dialog.kept.plain_text()
        await shoot(dialog, artifacts, "replace-token-failed")
        # The old token is still the saved one, and still works.
        saved = store.get("acme")
        seen["still old"] = (await store.secret(saved, SecretKind.API_TOKEN)).reveal()
        _, access = await service.test_connection("acme")
        seen["old works"] = access.account.account_id

        dialog.token.selectAll()
        type_into(dialog.token, new)
        click(dialog.reveal)
        seen["shown"] = dialog.token.echoMode()
        click(dialog.reveal)
        click(dialog.expires)
        click(dialog.replace_button)
        await until(lambda: dialog.outcome.tone is Tone.OK, "the new token")
        seen["done"] = dialog.outcome.plain_text()
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["field"] = dialog.token.text()
        await shoot(dialog, artifacts, "replace-token-done")
        click(dialog.revoke_button)
        click(dialog.close_button)
        await until(lambda: not dialog.isVisible(), "the dialog to close")
        await until(lambda: cell(window, "acme", Column.STATUS) == "Working", "renewal")
        seen["message"] = window.message.plain_text()

        # As the dialog said: the old token is revoked, the connection works.
        sandbox.revoke_api_token(old)
        _, access = await service.test_connection("acme")
        seen["new works"] = access.account.account_id

    drive(scenario())

    assert seen["before"] == "Expiring in 5 days"
    assert seen["masked"] is QLineEdit.EchoMode.Password
    assert seen["shown"] is QLineEdit.EchoMode.Normal
    assert "did not accept the new API token" in seen["refused"]
    assert seen["kept"] == "Nothing was changed: “acme” still uses its old token."
    assert seen["still old"] == old
    assert seen["old works"] == DEMO.account_id
    assert "now uses it" in seen["done"]
    assert "revoke the old token" in seen["done"]
    assert seen["field"] == "", "the token does not stay in the field"
    assert not [text for text in seen["labels"] if new in text or old in text]
    assert opener.opened == [API_TOKENS_URL, API_TOKENS_URL]
    assert seen["message"] == "“acme” now uses its new API token. Revoke the old one."
    assert seen["new works"] == DEMO.account_id
    assert store.get("acme").token_expires_on == TODAY + timedelta(365)


# Sign in again -----------------------------------------------------------------------


class FirstLinkIgnored:
    """A browser that shows the first link to nobody, and consents on the next."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.opened: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        if len(self.opened) == 1:
            return True
        return self.browser(url)


@pytest.mark.real
def test_sign_in_again_can_be_cancelled_and_then_renews_a_refused_grant(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    app: OrgApp,
    artifacts: Path,
) -> None:
    opener = FirstLinkIgnored(Browser(sandbox))
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        refused = await add_oauth(store, sandbox, app, "cloud")
        refused = await store.update_secrets(refused, {}, needs_sign_in=True)
        seen["old ref"] = refused.secret_ref
        window = make_manager(service, open_browser=opener)
        await loaded(window)
        seen["before"] = cell(window, "cloud", Column.STATUS)
        window.view.table.setFocus()
        press(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        dialog = await focused_dialog("Sign in again")
        assert isinstance(dialog, SignInAgainDialog)
        await until(lambda: dialog.countdown.text(), "the countdown")
        await until(lambda: "open in your browser" in dialog.status.plain_text(), "")
        click(dialog.copy_button)
        seen["link"] = QGuiApplication.clipboard().text()
        await shoot(dialog, artifacts, "sign-in-again-waiting")

        click(dialog.cancel_button)
        await until(lambda: dialog.again_button.isVisible(), "the cancellation")
        seen["cancelled"] = dialog.status.plain_text()
        seen["still refused"] = store.get("cloud").needs_sign_in

        click(dialog.again_button)
        await until(lambda: dialog.close_button.hasFocus(), "the new sign-in")
        seen["done"] = dialog.status.plain_text()
        await shoot(dialog, artifacts, "sign-in-again-done")
        click(dialog.close_button)
        await until(lambda: cell(window, "cloud", Column.STATUS) == "Working", "")
        seen["renew"] = window.view.renew_button.text()

    drive(scenario())
    opener.browser.join()

    assert seen["before"] == "Needs sign-in"
    assert seen["link"] == opener.opened[0]
    assert seen["link"].startswith(f"{sandbox.urls.auth_url}/authorize?")
    assert "cancelled" in seen["cancelled"]
    assert "keeps its old sign-in" in seen["cancelled"]
    assert seen["still refused"]
    assert len(opener.opened) == 2, "a new attempt, with a new link"
    assert opener.opened[1] != opener.opened[0]
    assert seen["done"].startswith("Signed in again: “cloud” connects to ")
    saved = store.get("cloud")
    assert not saved.needs_sign_in
    assert saved.secret_ref != seen["old ref"]
    assert saved.auth_type.is_oauth
    assert seen["renew"] == "Sign &in again…"


# Rename ------------------------------------------------------------------------------


@pytest.mark.real
def test_rename_checks_the_name_as_typed_and_keeps_the_selection(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    artifacts: Path,
) -> None:
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_token(store, sandbox, "alpha")
        await add_token(store, sandbox, "beta")
        window = make_manager(service)
        await loaded(window)
        select(window, "alpha")
        window.view.table.setFocus()
        press(Qt.Key.Key_F2)
        dialog = await focused_dialog("Rename")
        assert isinstance(dialog, RenameDialog)
        seen["unchanged"] = dialog.rename_button.isEnabled()
        type_into(dialog.name, "BETA")
        seen["clash"] = dialog.status.plain_text()
        seen["clash button"] = dialog.rename_button.isEnabled()
        await shoot(dialog, artifacts, "rename-clash")
        dialog.name.selectAll()
        type_into(dialog.name, " gamma")
        seen["space"] = dialog.status.plain_text()
        dialog.name.selectAll()
        type_into(dialog.name, "gamma")
        press(Qt.Key.Key_Return)
        await until(lambda: "gamma" in window.model.names(), "the new name")
        seen["selected"] = window.selected_name()
        seen["message"] = window.message.plain_text()

    drive(scenario())

    assert seen["unchanged"] is False, "the same name is no rename"
    assert seen["clash"] == "Another connection is named so already."
    assert seen["clash button"] is False
    assert seen["space"] == "A name cannot begin or end with a space."
    assert seen["selected"] == "gamma"
    assert seen["message"] == "Renamed “alpha” to “gamma”."
    assert store.exists("gamma")
    assert not store.exists("alpha")


# Remove ------------------------------------------------------------------------------


@pytest.mark.real
def test_remove_asks_first_and_deletes_the_secrets_from_the_keychain(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
    secret_service_backend: KeyringBackend,
    artifacts: Path,
) -> None:
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        doomed = await add_token(store, sandbox, "doomed")
        seen["key"] = secret_key(doomed.secret_ref, SecretKind.API_TOKEN)
        window = make_manager(service)
        await loaded(window)
        click(window.view.remove_button)
        box = await focused_dialog("Remove")
        assert isinstance(box, QMessageBox)
        seen["question"] = (box.text(), box.informativeText())
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        seen["default"] = box.defaultButton() is cancel and box.escapeButton() is cancel
        await shoot(box, artifacts, "remove-question")
        click(cancel)
        await until(lambda: window.message.tone is Tone.INFO, "the answer")
        seen["kept"] = (store.exists("doomed"), window.message.plain_text())

        await until(window.isActiveWindow, "the focus back")
        seen["focus back"] = window.view.table.hasFocus()
        press(Qt.Key.Key_Delete)
        box = await focused_dialog("Remove")
        assert isinstance(box, QMessageBox)
        remove = next(b for b in box.buttons() if b.text() == "&Remove")
        click(remove)
        await until(lambda: "doomed" not in window.model.names(), "the removal")
        await until(lambda: window.message.tone is Tone.OK, "the message")
        seen["message"] = window.message.plain_text()
        seen["empty"] = window.view.currentWidget() is window.view.empty_page
        await shoot(window, artifacts, "removed")

    drive(scenario())

    text, informative = seen["question"]
    assert text == "Remove the connection “doomed”?"
    assert "deleted from this computer's keychain" in informative
    assert "revoke it on Atlassian's API token page" in informative
    assert seen["default"], "Enter and Escape keep the connection"
    assert seen["kept"] == (True, "“doomed” was kept.")
    assert seen["focus back"], "the table has the focus again"
    assert seen["message"] == (
        "Removed “doomed”: its secrets were deleted from the keychain."
    )
    assert seen["empty"]
    assert not store.exists("doomed")
    assert secret_service_backend.get_password(SERVICE, seen["key"]) is None
