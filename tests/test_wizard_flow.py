"""The whole wizard against the stand-in backend: every page, in order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jira_wizard.ui.context import PageId, Timing
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    Drive,
    FakeBackend,
    Screenshots,
    click,
    next_button,
    type_into,
    until,
)

FAST = Timing(probe_delay_ms=20, countdown_tick=0.01)
TOKEN = "ATATT3xFfGF0" + "x" * 180


def make_wizard(backend: FakeBackend, qtbot) -> ConnectionWizard:  # type: ignore[no-untyped-def]
    wizard = ConnectionWizard(backend, timing=FAST, today=lambda: date(2026, 12, 3))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_every_page_in_order(
    qtbot, drive: Drive, fake_backend: FakeBackend, screenshots: Screenshots
) -> None:
    fake_backend.sandbox = True
    wizard = make_wizard(fake_backend, qtbot)

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
