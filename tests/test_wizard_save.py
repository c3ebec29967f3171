"""The save page and the summary: a name, the keychain, and the report."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from jira_wizard.core.errors import ConnectionExists, KeychainLocked
from jira_wizard.core.models import SiteInfo
from jira_wizard.ui.context import PageId
from jira_wizard.ui.page_save import default_name
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    TOKEN,
    Drive,
    FakeBackend,
    Screenshots,
    click,
    press_next,
    type_into,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]


def save_button(wizard: QWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.CommitButton)


@pytest.mark.parametrize(
    ("site", "name"),
    [
        (SiteInfo("https://acme.atlassian.net", "c"), "acme"),
        (SiteInfo("https://legacy-team.jira.com", "c"), "legacy-team"),
        (SiteInfo("http://127.0.0.1:8123", "c", "Acme Corp Jira"), "acme-corp-jira"),
        (SiteInfo("http://[::1]:8123", "c"), "jira"),
        (None, ""),
    ],
)
def test_the_default_name_is_the_sites_first_label(
    site: SiteInfo | None, name: str
) -> None:
    assert default_name(site) == name


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Give the connection a name"),
        (" acme", "cannot begin or end with a space"),
        ("acme ", "cannot begin or end with a space"),
        ("a" * 65, "at most 64 characters"),
        ("ac\tme", "control characters"),
    ],
)
def test_a_bad_name_is_refused_as_typed(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    typed: str,
    problem: str,
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.save_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SAVE)
        page.name.clear()
        page.name.setText(typed)

    drive(scenario())
    assert page.name_status.tone is Tone.PROBLEM
    assert problem in page.name_status.plain_text()
    assert not save_button(wizard).isEnabled()


def test_an_existing_name_must_be_replaced_on_purpose(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    fake_backend.names = ["acme"]
    wizard = make_wizard(fake_backend)
    page = wizard.save_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SAVE)
        await until(page.replace.isVisible, "the replace box")
        await screenshots.shoot(wizard, "save existing")
        assert not save_button(wizard).isEnabled()
        click(page.replace)
        await press_next(wizard)
        await until(lambda: wizard.currentId() == PageId.DONE, "the summary")

    drive(scenario())
    assert "exists already" in page.name_status.plain_text()
    assert fake_backend.saves[0]["replace"] is True


def test_a_failed_save_says_why_and_can_be_tried_again(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    fake_backend.save_results = [KeychainLocked("The keychain is locked."), None]
    wizard = make_wizard(fake_backend)
    page = wizard.save_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SAVE)
        await press_next(wizard)
        await until(lambda: page.result.tone is Tone.PROBLEM, "the failure")
        await screenshots.shoot(wizard, "save failed")
        assert wizard.currentId() == PageId.SAVE
        assert wizard.context.state.connection is None
        assert page.name.isEnabled()
        assert page.name.hasFocus()
        assert page.result.plain_text() == (
            "The keychain is locked. Unlock your keychain when asked, then try again."
        )
        await press_next(wizard)
        await until(lambda: wizard.currentId() == PageId.DONE, "the summary")

    drive(scenario())
    assert len(fake_backend.saves) == 2


def test_a_name_taken_meanwhile_offers_to_replace_it(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.save_results = [ConnectionExists("A connection named acme exists.")]
    wizard = make_wizard(fake_backend)
    page = wizard.save_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SAVE)
        await press_next(wizard)
        await until(page.replace.isVisible, "the replace box")

    drive(scenario())
    assert not save_button(wizard).isEnabled()
    assert page.result.plain_text().startswith("A connection named acme exists.")


def test_the_wizard_does_not_close_while_saving(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    import asyncio

    gate = asyncio.Event()

    class SlowSave(FakeBackend):
        async def save_api_token(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            await gate.wait()
            return await super().save_api_token(*args, **kwargs)

    backend = SlowSave()
    wizard = make_wizard(backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.SAVE)
        await press_next(wizard)
        await until(lambda: wizard.save_page.saving, "the save to start")
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        wizard.reject()
        assert wizard.isVisible()
        gate.set()
        await until(lambda: wizard.currentId() == PageId.DONE, "the summary")

    drive(scenario())
    assert wizard.saved


def test_the_summary_and_the_report(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    wizard = make_wizard(fake_backend)
    done = wizard.done_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)
        type_into(wizard.token_page.email, "ada@example.com")
        type_into(wizard.token_page.token, TOKEN)
        click(wizard.token_page.expires)
        await walk_to(wizard, PageId.DONE)
        await screenshots.shoot(wizard, "done")
        assert wizard.button(QWizard.WizardButton.FinishButton).hasFocus()
        click(done.report_button)
        # The quick report at once, then the one with the network checks.
        assert QGuiApplication.clipboard().text() == "report for acme"
        assert done.report_button.text() == "Checking the network…"
        await until(lambda: done.report_button.text() == "Copied", "the full report")

    drive(scenario())
    shown = {key: label.text() for key, label in done.values.items()}
    assert shown == {
        "name": "acme",
        "site": "https://acme.atlassian.net",
        "account": "Ada Lovelace (ada@example.com)",
        "secret": "your system keychain",
        "expiry": "2027-12-03",
    }
    assert QGuiApplication.clipboard().text() == "full report for acme"
    assert fake_backend.reports[-1][0] is wizard.context.state.connection
    assert fake_backend.full_reports == [("acme", None)]
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
