"""The site page: live checks as the person types, then a probe of the site."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from jira_wizard.core.errors import (
    DnsError,
    NotJiraCloud,
    RateLimited,
    SiteNotFound,
)
from jira_wizard.core.models import SiteInfo
from jira_wizard.ui.context import PageId, Timing
from jira_wizard.ui.widgets import SandboxBanner, Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    BrowserCatcher,
    Drive,
    FakeBackend,
    Recorder,
    Screenshots,
    click,
    settle,
    type_into,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]


@pytest.mark.parametrize(
    ("typed", "tone", "fragment", "fix"),
    [
        ("", Tone.NONE, "", None),
        (
            "acme.atlassian.net",
            Tone.WARNING,
            "https://",
            "Use https://acme.atlassian.net",
        ),
        (
            "https://acme.atlassian.net/",
            Tone.WARNING,
            "/",
            "Use https://acme.atlassian.net",
        ),
        (
            "http://acme.atlassian.net",
            Tone.WARNING,
            "http",
            "Use https://acme.atlassian.net",
        ),
        ("acme atlassian", Tone.PROBLEM, "spaces", None),
        ("ada@example.com", Tone.PROBLEM, "email", None),
        ("https://acme.atlassian.net", Tone.BUSY, "acme.atlassian.net", None),
    ],
)
def test_each_keystroke_is_judged(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    typed: str,
    tone: Tone,
    fragment: str,
    fix: str | None,
) -> None:
    # The live check alone: the probe's delay never runs out in this test.
    wizard = make_wizard(fake_backend, timing=Timing(probe_delay_ms=600_000))
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, typed)

    drive(scenario())
    assert page.status.tone is tone
    assert fragment in page.status.plain_text()
    assert page.fix_button.isVisible() is (fix is not None)
    if fix is not None:
        assert page.fix_button.text() == fix
        assert page.fix_button.accessibleName() == fix
    assert not page.isComplete()


def test_the_fix_button_fixes_and_the_site_is_probed(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, "acme.atlassian.net")
        await screenshots.shoot(wizard, "site fixable")
        click(page.fix_button)
        await until(page.isComplete, "the site to be found")
        await screenshots.shoot(wizard, "site found")

    drive(scenario())
    assert page.address.text() == "https://acme.atlassian.net"
    assert page.address.hasFocus(), "focus goes back to the field after the fix"
    assert fake_backend.probes == ["https://acme.atlassian.net"]
    assert page.status.tone is Tone.OK
    assert page.status.plain_text() == (
        "Jira Cloud site found: acme.atlassian.net (cloud id cloud-26)"
    )
    assert page.status.accessibleDescription() == page.status.plain_text()


def test_a_bare_name_means_the_atlassian_site(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS, site="acme")

    drive(scenario())
    assert fake_backend.probes[-1] == "https://acme.atlassian.net"
    assert wizard.context.state.site == SiteInfo(
        "https://acme.atlassian.net", "cloud-26"
    )


def test_typing_on_cancels_the_probe_and_discards_its_result(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.hold_probes = True
    wizard = make_wizard(fake_backend)
    page = wizard.site_page
    shown = Recorder(page.status)

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, "https://acme.atlassian.net")
        await until(lambda: fake_backend.probes, "the first probe")
        type_into(page.address, "x")
        await until(lambda: fake_backend.cancelled_probes, "the first probe to end")
        # Even an answer that arrives for the old text must not count.
        fake_backend.release_probe("https://acme.atlassian.net")
        await settle()
        assert not page.isComplete()
        await until(lambda: len(fake_backend.probes) == 2, "the second probe")
        fake_backend.release_probe("https://acme.atlassian.netx")
        await until(page.isComplete, "the second site to be found")

    drive(scenario())
    assert fake_backend.cancelled_probes == ["https://acme.atlassian.net"]
    assert not shown.any("acme.atlassian.net (cloud id")
    assert page.status.plain_text().startswith(
        "Jira Cloud site found: acme.atlassian.netx"
    )


def test_a_result_that_ignores_cancellation_is_still_discarded(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    stale = SiteInfo("https://old.atlassian.net", "stale-cloud-id")

    class Stubborn(FakeBackend):
        async def probe_site(self, site_url: str) -> SiteInfo:
            if site_url.startswith("https://old"):
                self.probes.append(site_url)
                try:
                    await self._gate().wait()
                except BaseException:
                    return stale  # answers although it was cancelled
            return await super().probe_site(site_url)

        def _gate(self) -> Any:
            import asyncio

            return self._gates.setdefault("old", asyncio.Event())

    backend = Stubborn()
    wizard = make_wizard(backend)
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, "https://old.atlassian.net")
        await until(lambda: backend.probes, "the first probe")
        page.address.setText("https://new")
        await settle(0.2)

    drive(scenario())
    assert "stale-cloud-id" not in page.status.plain_text()
    assert not page.isComplete()


def test_next_needs_a_site_found_for_exactly_the_text_shown(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, "https://acme.atlassian.net")
        await until(next_button.isEnabled, "Next to be enabled")
        type_into(page.address, "z")
        assert not next_button.isEnabled()
        page.address.backspace()
        assert not next_button.isEnabled(), "the same text again needs a new probe"
        await until(next_button.isEnabled, "Next after the new probe")

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    drive(scenario())
    assert fake_backend.probes == ["https://acme.atlassian.net"] * 2


@pytest.mark.parametrize(
    ("error", "headline", "advice"),
    [
        (
            NotJiraCloud("This is Jira Server, which is not supported."),
            "This is Jira Server, which is not supported.",
            "Jira Server and Data Center",
        ),
        (
            SiteNotFound("Nothing answers like Jira here."),
            "No Jira Cloud site answers at this address.",
            "your-domain.atlassian.net",
        ),
        (
            DnsError("The name acme.atlassian.net does not resolve."),
            "The name acme.atlassian.net does not resolve.",
            "spelling",
        ),
    ],
)
def test_a_site_that_is_not_jira_cloud_says_why(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    error: Exception,
    headline: str,
    advice: str,
) -> None:
    fake_backend.sites["https://acme.atlassian.net"] = error
    wizard = make_wizard(fake_backend)
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, "https://acme.atlassian.net")
        await until(lambda: page.status.tone is Tone.PROBLEM, "the problem")

    drive(scenario())
    assert page.status.plain_text().startswith(headline)
    assert advice in page.status.plain_text()
    assert not page.isComplete()
    # The helpdesk's report is at hand, and it is about this failure.
    assert page.report_button.isVisible()

    async def copy_the_report() -> None:
        click(page.report_button)
        await until(lambda: page.report_button.text() == "Copied", "the full report")

    drive(copy_the_report())
    assert fake_backend.reports[-1] == (None, error)
    # The full one that followed checked the address looked for, though no
    # site was found there.
    assert fake_backend.full_report_sites == ["https://acme.atlassian.net"]


def test_rate_limited_counts_down_then_probes_again(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.sites["https://acme.atlassian.net"] = [
        RateLimited("Too many requests.", retry_after=3),
        SiteInfo("https://acme.atlassian.net", "acme-cloud"),
    ]
    wizard = make_wizard(fake_backend)
    page = wizard.site_page
    shown = Recorder(page.status)

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, "https://acme.atlassian.net")
        await until(page.isComplete, "the site to be found after the wait")

    drive(scenario())
    countdown = [text for text in shown.texts if "Checking again in" in text]
    assert [text.rsplit("in ", 1)[1] for text in countdown] == ["3 s.", "2 s.", "1 s."]
    assert len(fake_backend.probes) == 2


def test_an_unexpected_failure_shows_no_details_and_offers_the_report(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.sites["https://acme.atlassian.net"] = KeyError("secret-ish detail")
    wizard = make_wizard(fake_backend)
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        type_into(page.address, "https://acme.atlassian.net")
        await until(page.report_button.isVisible, "the report button")
        click(page.report_button)
        assert QGuiApplication.clipboard().text() == "report for no connection"
        await until(lambda: page.report_button.text() == "Copied", "the full report")

    drive(scenario())
    assert page.status.plain_text().startswith("Something unexpected went wrong.")
    assert "secret-ish" not in page.status.plain_text()
    assert QGuiApplication.clipboard().text() == "full report for no connection"
    assert fake_backend.full_reports[0][1] is fake_backend.reports[-1][1]


def test_sandbox_mode_shows_the_banner_and_opens_the_start_page(
    make_wizard: MakeWizard,
    drive: Drive,
    browser: BrowserCatcher,
    screenshots: Screenshots,
) -> None:
    backend = FakeBackend(sandbox=True)
    wizard = make_wizard(backend)
    banners = wizard.site_page.findChildren(SandboxBanner)

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        await screenshots.shoot(wizard, "site sandbox")
        click(banners[0].button)
        await until(lambda: browser.opened, "the start page to open")

    drive(scenario())
    assert len(banners) == 1
    assert browser.opened == ["http://127.0.0.1:9/start"]
    assert wizard.token_page.findChildren(SandboxBanner), "page 3 has it too"


def test_no_banner_outside_sandbox_mode(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)

    drive(scenario())
    assert not wizard.findChildren(SandboxBanner)
