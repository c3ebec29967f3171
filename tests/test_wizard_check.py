"""The check page: a real sign-in, and failures that say where to fix them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWizard

from jira_wizard.core.errors import (
    ConnectFailed,
    DnsError,
    InvalidCredentials,
    NotJiraCloud,
    PermissionDenied,
    RateLimited,
    WizardError,
)
from jira_wizard.core.models import SiteInfo, VerifiedAccess
from jira_wizard.ui.context import PageId
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    FAKE_ACCOUNT,
    FAKE_SITE,
    Drive,
    FakeBackend,
    Recorder,
    Screenshots,
    click,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]


def next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(
    ("via_gateway", "route"),
    [
        (False, "Through the site's own address, https://acme.atlassian.net."),
        (True, "Through Atlassian's API gateway, because this token has scopes."),
    ],
)
def test_success_says_as_whom_and_through_where(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    via_gateway: bool,
    route: str,
) -> None:
    base = "https://api.atlassian.com/ex/jira/x" if via_gateway else FAKE_SITE.site_url
    fake_backend.sites[FAKE_SITE.site_url] = FAKE_SITE
    fake_backend.verify_results = [
        VerifiedAccess(FAKE_SITE, FAKE_ACCOUNT, base, via_gateway=via_gateway)
    ]
    wizard = make_wizard(fake_backend)
    page = wizard.check_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CHECK)
        await until(page.isComplete, "the check to pass")
        await screenshots.shoot(wizard, "check gateway" if via_gateway else "check")

    drive(scenario())
    assert page.result.tone is Tone.OK
    assert page.result.plain_text() == (
        f"Connected to acme.atlassian.net as Ada Lovelace (ada@example.com) {route}"
    )
    assert next_enabled(wizard)
    assert fake_backend.verifications == [(FAKE_SITE.site_url, "ada@example.com")]


@pytest.mark.parametrize(
    ("error", "fix_text", "fix_page"),
    [
        (
            InvalidCredentials("Atlassian did not accept the email and API token."),
            "Go back to fix the email or token",
            PageId.CREDENTIALS,
        ),
        (
            PermissionDenied("This account may not see the site."),
            "Go back to fix the email or token",
            PageId.CREDENTIALS,
        ),
        (
            NotJiraCloud("This is Jira Server."),
            "Go back to fix the site address",
            PageId.SITE,
        ),
        (
            DnsError("The site's name does not resolve."),
            "Go back to fix the site address",
            PageId.SITE,
        ),
    ],
)
def test_a_failure_names_the_page_that_fixes_it(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    error: WizardError,
    fix_text: str,
    fix_page: PageId,
) -> None:
    fake_backend.verify_results = [error]
    wizard = make_wizard(fake_backend)
    page = wizard.check_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CHECK)
        await until(page.fix_button.isVisible, "the fix button")
        await screenshots.shoot(wizard, f"check failed {type(error).__name__}")
        assert page.fix_button.hasFocus(), "focus goes to the way out"
        click(page.fix_button)
        await until(lambda: wizard.currentId() == fix_page, "the page that fixes it")

    drive(scenario())
    assert page.result.tone is Tone.PROBLEM
    assert page.result.plain_text() == f"{error.message} {error.advice}"
    assert page.fix_button.text().replace("&", "") == fix_text
    assert page.retry_button.isVisible() or wizard.currentId() != PageId.CHECK
    assert wizard.context.state.access is None


def test_try_again_runs_the_check_again(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.verify_results = [ConnectFailed("No connection to the site."), None]  # type: ignore[list-item]
    wizard = make_wizard(fake_backend)
    page = wizard.check_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CHECK)
        await until(page.retry_button.isVisible, "the failure")
        assert not page.fix_button.isVisible(), "nothing to fix on another page"
        assert not next_enabled(wizard)
        click(page.retry_button)
        await until(page.isComplete, "the second check to pass")

    drive(scenario())
    assert len(fake_backend.verifications) == 2
    assert not page.retry_button.isVisible()
    assert next_enabled(wizard)


def test_rate_limited_counts_down_then_checks_again(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.verify_results = [
        RateLimited("Too many requests.", retry_after=2),
        None,
    ]  # type: ignore[list-item]
    wizard = make_wizard(fake_backend)
    shown = Recorder(wizard.check_page.result)

    async def scenario() -> None:
        await walk_to(wizard, PageId.CHECK)
        await until(wizard.check_page.isComplete, "the check after the wait")

    drive(scenario())
    assert [t for t in shown.texts if "Trying again in" in t] == [
        "Atlassian asked the wizard to slow down. Trying again in 2 s.",
        "Atlassian asked the wizard to slow down. Trying again in 1 s.",
    ]
    assert len(fake_backend.verifications) == 2


def test_going_back_cancels_the_check(
    make_wizard: MakeWizard, drive: Drive, screenshots: Screenshots
) -> None:
    started = asyncio.Event()
    cancelled: list[bool] = []

    class Slow(FakeBackend):
        async def verify_api_token(self, site, email, token):  # type: ignore[no-untyped-def]
            started.set()
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                cancelled.append(True)
                raise

    backend = Slow()
    wizard = make_wizard(backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.CHECK)
        await started.wait()
        assert wizard.check_page.busy.isVisible()
        assert not next_enabled(wizard)
        await screenshots.shoot(wizard, "check busy")
        click(wizard.button(QWizard.WizardButton.BackButton))
        await until(lambda: cancelled, "the check to be cancelled")

    drive(scenario())
    assert wizard.currentId() == PageId.CREDENTIALS


def test_an_unexpected_failure_shows_a_generic_message(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    debug_logging: pytest.LogCaptureFixture,
) -> None:
    fake_backend.verify_results = [ValueError("token=ATATT-not-to-be-shown")]
    wizard = make_wizard(fake_backend)
    page = wizard.check_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CHECK)
        await until(page.report_button.isVisible, "the report button")
        click(page.report_button)
        await until(lambda: page.report_button.text() == "Copied", "the full report")

    drive(scenario())
    assert page.result.plain_text().startswith("Something unexpected went wrong.")
    assert "ATATT" not in page.result.plain_text()
    _, reported = fake_backend.reports[-1]
    assert reported is not None
    assert "ATATT" not in str(reported)
    assert "unexpected ValueError while checking" in debug_logging.text
    assert "ATATT" not in debug_logging.text


def test_a_new_site_after_going_back_is_checked_anew(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    other = SiteInfo("https://beta.atlassian.net", "beta-cloud")
    fake_backend.sites[other.site_url] = other
    fake_backend.verify_results = [NotJiraCloud("Not Cloud."), None]  # type: ignore[list-item]
    wizard = make_wizard(fake_backend)
    page = wizard.check_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CHECK)
        await until(page.fix_button.isVisible, "the failure")
        click(page.fix_button)
        await until(lambda: wizard.currentId() == PageId.SITE, "the site page")
        wizard.site_page.address.clear()
        await walk_to(wizard, PageId.CHECK, site=other.site_url)
        await until(page.isComplete, "the check of the new site")

    drive(scenario())
    assert [site for site, _ in fake_backend.verifications] == [
        FAKE_SITE.site_url,
        other.site_url,
    ]
