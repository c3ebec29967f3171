"""The API token page: email, masked token, optional expiry, and the link."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWizard

from jira_wizard.core.models import Secret
from jira_wizard.ui.context import PageId
from jira_wizard.ui.page_token import API_TOKEN_PAGE_URL
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    TODAY,
    TOKEN,
    BrowserCatcher,
    Drive,
    FakeBackend,
    Screenshots,
    click,
    type_into,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]


@pytest.fixture
def token_page(make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend):  # type: ignore[no-untyped-def]
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)

    drive(scenario())
    return wizard


def next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("ada@example.com", None),
        ("  ada@example.com ", None),
        ("ada", "This is not an email address."),
        ("ada@example", "This is not an email address."),
        ("ada @example.com", "This is not an email address."),
    ],
)
def test_the_email_is_checked_as_typed(
    token_page: ConnectionWizard, typed: str, problem: str | None
) -> None:
    page = token_page.token_page
    type_into(page.email, typed)
    type_into(page.token, TOKEN)
    if problem is None:
        assert page.email_status.tone is Tone.NONE
        assert next_enabled(token_page)
    else:
        assert page.email_status.tone is Tone.PROBLEM
        assert page.email_status.plain_text().startswith(problem)
        assert not next_enabled(token_page)


def test_the_token_is_masked_until_shown(token_page: ConnectionWizard) -> None:
    page = token_page.token_page
    type_into(page.token, TOKEN)
    assert page.token.echoMode() is QLineEdit.EchoMode.Password
    assert page.reveal.accessibleName() == "Show API token"
    click(page.reveal)
    assert page.token.echoMode() is QLineEdit.EchoMode.Normal
    assert page.reveal.accessibleName() == "Hide API token"
    QTest.keyClick(page.reveal, Qt.Key.Key_Space)
    assert page.token.echoMode() is QLineEdit.EchoMode.Password
    assert page.reveal.hasFocus(), "toggling leaves focus where it was"


@pytest.mark.parametrize(
    ("typed", "tone", "fragment"),
    [
        (TOKEN, Tone.NONE, ""),
        (f"  {TOKEN}\n", Tone.INFO, "spaces around the token will be left out"),
        ("ATATT3xFfGF0abc", Tone.WARNING, "too short"),
        (TOKEN[:50] + " " + TOKEN[50:], Tone.WARNING, "contains spaces"),
    ],
)
def test_the_token_is_looked_at_as_typed(
    token_page: ConnectionWizard, typed: str, tone: Tone, fragment: str
) -> None:
    page = token_page.token_page
    type_into(page.email, "ada@example.com")
    page.token.setText(typed)  # pasted, as tokens are
    assert page.token_status.tone is tone
    assert fragment in page.token_status.plain_text()
    assert next_enabled(token_page), "a warning does not block"


def test_surrounding_whitespace_is_left_out_of_the_token(
    token_page: ConnectionWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    page = token_page.token_page

    async def scenario() -> None:
        type_into(page.email, " ada@example.com ")
        page.token.setText(f"\t{TOKEN}  ")
        click(token_page.button(QWizard.WizardButton.NextButton))
        await until(lambda: token_page.currentId() == PageId.CHECK, "the check page")

    drive(scenario())
    assert token_page.context.state.token == Secret(TOKEN)
    assert token_page.context.state.email == "ada@example.com"


def test_the_expiry_date_is_optional_and_at_most_a_year_ahead(
    token_page: ConnectionWizard, screenshots: Screenshots
) -> None:
    page = token_page.token_page
    type_into(page.email, "ada@example.com")
    type_into(page.token, TOKEN)
    assert not page.expiry_date.isEnabled()
    assert page.expires_on() is None
    click(page.expires)
    screenshots.take(token_page, "token with expiry")
    assert page.expiry_date.isEnabled()
    assert page.expires_on() == TODAY + timedelta(days=365)
    assert page.expiry_date.minimumDate() == QDate(2026, 12, 4)
    assert page.expiry_date.maximumDate() == QDate(2027, 12, 3)
    page.expiry_date.setDate(QDate(2030, 1, 1))  # clamped to the range
    assert page.expires_on() == date(2027, 12, 3)
    page.expiry_date.setDate(QDate(2027, 3, 1))
    assert page.expires_on() == date(2027, 3, 1)
    assert next_enabled(token_page)


def test_a_date_that_has_passed_since_is_refused(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    days = [TODAY]
    wizard = make_wizard(fake_backend, today=lambda: days[0])
    page = wizard.token_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)

    drive(scenario())
    type_into(page.email, "ada@example.com")
    type_into(page.token, TOKEN)
    click(page.expires)
    page.expiry_date.setDate(QDate(2026, 12, 4))
    days[0] = date(2026, 12, 5)  # the wizard stayed open over two nights
    click(page.expires)
    click(page.expires)
    assert page.expiry_status.tone is Tone.PROBLEM
    assert "passed" in page.expiry_status.plain_text()
    assert not next_enabled(wizard)


def test_create_opens_atlassians_token_page(
    token_page: ConnectionWizard, browser: BrowserCatcher
) -> None:
    click(token_page.token_page.create_button)
    assert browser.opened == [API_TOKEN_PAGE_URL]
    assert token_page.token_page.create_status.tone is Tone.INFO


def test_without_a_browser_the_address_is_shown(token_page: ConnectionWizard) -> None:
    # Offscreen, Qt can open no browser at all: the person must still get there.
    page = token_page.token_page
    click(page.create_button)
    assert page.create_status.tone is Tone.WARNING
    assert API_TOKEN_PAGE_URL in page.create_status.plain_text()


def test_next_waits_for_both_fields(token_page: ConnectionWizard) -> None:
    page = token_page.token_page
    assert not next_enabled(token_page)
    type_into(page.email, "ada@example.com")
    assert not next_enabled(token_page)
    type_into(page.token, "   ")
    assert not next_enabled(token_page), "whitespace is no token"
    type_into(page.token, TOKEN)
    assert next_enabled(token_page)
