"""The organization-app way by keyboard alone: from choosing it on page 1 to
the summary, with a helpdesk's preset that ticked another way first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from jira_wizard.core.choices import Preset
from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.policy import OrganizationApp, Policy
from jira_wizard.core.scopes import REQUIRED_SCOPES
from jira_wizard.ui.context import PageId
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    FAKE_ACCOUNT,
    FAKE_CALLBACK,
    BrowserCatcher,
    Drive,
    FakeBackend,
    settle,
    until,
)
from tests.test_wizard_oauth_keyboard import focused, key, keys

MakeWizard = Callable[..., ConnectionWizard]
ORG_APP = OrganizationApp("org-app", Secret("org-secret"), 8811)


def test_organization_app_path_by_keyboard_alone(
    make_wizard: MakeWizard, drive: Drive, browser: BrowserCatcher
) -> None:
    backend = FakeBackend(
        policy=Policy(organization_app=ORG_APP),
        preset=Preset(auth_type=AuthType.API_TOKEN),
    )
    wizard = make_wizard(backend)
    buttons = wizard.auth_page.buttons
    picker = wizard.app_page.scope_picker

    async def on(page: PageId) -> None:
        await until(lambda: wizard.currentId() == page, f"page {page.name}")
        await settle()

    async def scenario() -> None:
        await on(PageId.AUTH)
        assert focused() is buttons[AuthType.API_TOKEN], "the preset's way"
        # Tab enters a radio group once; the arrow keys choose within it.
        key(Qt.Key.Key_Down)
        assert buttons[AuthType.OAUTH_ORG].isChecked()
        key(Qt.Key.Key_Return)
        await on(PageId.SITE)
        keys("acme")
        await until(wizard.site_page.isComplete, "the site")
        key(Qt.Key.Key_Return)
        await on(PageId.CREDENTIALS)
        assert wizard.currentPage() is wizard.app_page
        assert focused() is picker.boxes["manage:jira-configuration"]
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Tab)
        assert focused() is picker.boxes["manage:jira-data-provider"]
        key(Qt.Key.Key_Return)
        await on(PageId.SIGN_IN)
        await until(lambda: backend.sign_ins[0].waiting, "the sign-in")
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
        values = wizard.done_page.values
        assert values["name"].text() == "acme"
        assert values["site"].text() == "https://acme.atlassian.net"
        assert values["account"].text().startswith(FAKE_ACCOUNT.display_name)
        key(Qt.Key.Key_Return)
        await until(lambda: not wizard.isVisible(), "the wizard to close")

    drive(scenario())
    request = backend.sign_ins[0].request
    assert request.auth_type is AuthType.OAUTH_ORG
    assert (request.client_id, request.client_secret, request.port) == (None,) * 3
    assert request.scopes == (*REQUIRED_SCOPES[:-1], "manage:jira-configuration",
                              "offline_access")  # fmt: skip
    assert browser.opened == [backend.sign_ins[0].authorization_url]
    assert [save["name"] for save in backend.oauth_saves] == ["acme"]
    assert backend.saves == [], "no API token was saved"
    assert wizard.result() == QWizard.DialogCode.Accepted
