"""The whole wizard against the stand-in backend: every page, in order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.policy import OrganizationApp, Policy
from jira_wizard.ui.context import PageId
from jira_wizard.ui.page_auth import API_TOKEN_CHOICE, AuthChoice, AuthPage
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    TOKEN,
    Drive,
    FakeBackend,
    Screenshots,
    click,
    next_button,
    type_into,
    until,
)

MakeWizard = Callable[..., ConnectionWizard]


def test_every_page_in_order(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    fake_backend.sandbox = True
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        assert wizard.currentId() == PageId.AUTH
        await screenshots.shoot(wizard, "auth")
        click(next_button(wizard))
        await until(lambda: wizard.currentId() == PageId.SITE, "the site page")
        type_into(wizard.site_page.address, "acme.atlassian.net/")
        await screenshots.shoot(wizard, "site-fixable")
        click(wizard.site_page.fix_button)
        await until(wizard.site_page.isComplete, "the site to be found")
        await screenshots.shoot(wizard, "site-found")
        QTest.keyClick(wizard.site_page.address, Qt.Key.Key_Return)
        await until(lambda: wizard.currentId() == PageId.CREDENTIALS, "the token page")
        type_into(wizard.token_page.email, "ada@example.com")
        type_into(wizard.token_page.token, TOKEN)
        await screenshots.shoot(wizard, "token")
        click(next_button(wizard))
        await until(wizard.check_page.isComplete, "the check to pass")
        await screenshots.shoot(wizard, "check-ok")
        click(next_button(wizard))
        await until(lambda: wizard.currentId() == PageId.SAVE, "the save page")
        await until(lambda: wizard.save_page.isComplete(), "the name to be accepted")
        await screenshots.shoot(wizard, "save")
        click(next_button(wizard))
        await until(lambda: wizard.currentId() == PageId.DONE, "the summary")
        await screenshots.shoot(wizard, "done")
        click(next_button(wizard))
        await until(lambda: not wizard.isVisible(), "the wizard to close")

    drive(scenario())
    assert fake_backend.saves[0]["name"] == "acme"
    assert fake_backend.saves[0]["token"].reveal() == TOKEN
    assert wizard.saved


def test_with_several_ways_to_connect_none_is_chosen_for_the_person(
    make_wizard: MakeWizard, fake_backend: FakeBackend
) -> None:
    fake_backend.policy = Policy(
        organization_app=OrganizationApp("org-app", Secret("org-secret"), 8811)
    )
    wizard = make_wizard(fake_backend)
    other = AuthChoice(AuthType.OAUTH_ORG, "&OAuth", "Best for personal use.")
    page = AuthPage(wizard.context, (API_TOKEN_CHOICE, other))
    # Owned by the window, so that it goes with it on the GUI thread.
    page.setParent(wizard)
    assert list(page.buttons) == [AuthType.API_TOKEN, AuthType.OAUTH_ORG]
    assert not page.isComplete()
    page.buttons[AuthType.OAUTH_ORG].setChecked(True)
    assert page.isComplete()
    assert page.buttons[AuthType.OAUTH_ORG].accessibleDescription() == (
        "Best for personal use."
    )


def test_the_only_way_to_connect_is_chosen_already(
    make_wizard: MakeWizard, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)
    assert wizard.auth_page.buttons[AuthType.API_TOKEN].isChecked()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
