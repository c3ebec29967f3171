"""The wizard end to end: keystrokes and clicks on every page, the real
service over real sockets to the embedded sandbox, and the API token in the
real Secret Service keychain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from jira_wizard.core.models import AuthType, SecretKind
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.keychain import SERVICE
from jira_wizard.storage.store import ConnectionStore, secret_key
from jira_wizard.ui.context import PageId, Timing
from jira_wizard.ui.widgets import SandboxBanner, Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    BrowserCatcher,
    Drive,
    Screenshots,
    click,
    press_next,
    type_into,
    until,
)

MakeWizard = Callable[..., ConnectionWizard]


@pytest.mark.real
def test_a_person_connects_to_the_sandbox(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    secret_service_backend: KeyringBackend,
    screenshots: Screenshots,
    browser: BrowserCatcher,
) -> None:
    service = Service(
        sandbox.endpoints(), store, sandbox_start_page_url=sandbox.urls.start_page_url
    )
    # The product's own probe delay; the countdown is never reached here.
    wizard = make_wizard(service, timing=Timing(), today=date.today)
    site_url = sandbox.urls.sites["acme"]
    expires_on = date.today() + timedelta(days=365)

    async def scenario() -> None:
        await screenshots.shoot(wizard, "auth")
        await press_next(wizard)

        await until(lambda: wizard.currentId() == PageId.SITE, "the site page")
        banner = wizard.site_page.findChildren(SandboxBanner)[0]
        click(banner.button)
        await until(lambda: browser.opened, "the sandbox start page to open")
        type_into(wizard.site_page.address, site_url)
        await until(wizard.site_page.isComplete, "the sandbox site to be found")
        await screenshots.shoot(wizard, "site")
        await press_next(wizard)

        await until(lambda: wizard.currentId() == PageId.CREDENTIALS, "token page")
        type_into(wizard.token_page.email, DEMO.email)
        type_into(wizard.token_page.token, DEMO.api_token)
        click(wizard.token_page.expires)
        await screenshots.shoot(wizard, "token")
        await press_next(wizard)

        await until(lambda: wizard.currentId() == PageId.CHECK, "the check page")
        await until(wizard.check_page.isComplete, "the real check to pass")
        await screenshots.shoot(wizard, "check")
        await press_next(wizard)

        await until(lambda: wizard.currentId() == PageId.SAVE, "the save page")
        await until(wizard.save_page.isComplete, "a usable name")
        wizard.save_page.name.selectAll()
        type_into(wizard.save_page.name, "sandbox acme")
        await screenshots.shoot(wizard, "save")
        await press_next(wizard)

        await until(lambda: wizard.currentId() == PageId.DONE, "the summary")
        await screenshots.shoot(wizard, "done")
        click(wizard.done_page.report_button)
        button = wizard.done_page.report_button
        await until(lambda: button.text() == "Copied", "the full report")
        click(wizard.button(QWizard.WizardButton.FinishButton))
        await until(lambda: not wizard.isVisible(), "the wizard to close")
        await service.aclose()

    drive(scenario())

    assert browser.opened == [sandbox.urls.start_page_url]
    assert wizard.check_page.result.tone is Tone.OK
    assert "as " in wizard.check_page.result.plain_text()
    connection = store.get("sandbox acme")
    assert connection.auth_type is AuthType.API_TOKEN
    assert connection.site_url == site_url
    assert connection.email == DEMO.email
    assert connection.token_expires_on == expires_on
    stored = secret_service_backend.get_password(
        SERVICE, secret_key(connection.secret_ref, SecretKind.API_TOKEN)
    )
    assert stored == DEMO.api_token, "the token is in the real Secret Service"
    report = QGuiApplication.clipboard().text()
    assert "sandbox acme" in report
    assert DEMO.api_token not in report
    assert wizard.result() == QWizard.DialogCode.Accepted
