"""The wizard's sign-in with a real browser: headless Chromium, driven by
Playwright as a person would (by role and label), on the sandbox's consent
page, coming back to the wizard's own callback server; the connection ends up
in the real Secret Service.

Playwright's sync API runs an event loop of its own and will not start inside
a running one, and the wizard's callback server needs the test's qasync loop
to keep running while Chromium waits for it. So Chromium lives in a thread of
its own, launched once for the module, and takes its work through a queue.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QWizard

from jira_wizard.core.models import AuthType, SecretKind
from jira_wizard.core.oauth import callback_url
from jira_wizard.sandbox import Sandbox
from jira_wizard.storage.keychain import SERVICE
from jira_wizard.storage.store import ConnectionStore, secret_key
from jira_wizard.ui.context import PageId
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.conftest import missing_real_part
from tests.fixtures.qt import (
    OWN_CLIENT_ID,
    OWN_CLIENT_SECRET,
    BrowserCatcher,
    Drive,
    Screenshots,
    click,
    free_port,
    make_service,
    next_button,
    to_own_app_sign_in,
    until,
    walk_to,
)

pytestmark = pytest.mark.real

T = TypeVar("T")
MakeWizard = Callable[..., ConnectionWizard]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # needed as root
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Chromium's own steps (launch, a page, a redirect); never what is asserted.
BROWSER_PATIENCE = 30.0


class Chromium:
    """Headless Chromium in a worker thread; ``run`` hands it one job."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[Any] = queue.Queue()
        self._started: concurrent.futures.Future[bool] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self._started.result(timeout=BROWSER_PATIENCE)

    def _serve(self) -> None:
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
                )
                self._started.set_result(True)
                while (job := self._jobs.get()) is not None:
                    work, done = job
                    try:
                        done.set_result(work(browser))
                    except BaseException as error:
                        done.set_exception(error)
                browser.close()
        except BaseException as error:
            if not self._started.done():
                self._started.set_exception(error)

    async def run(self, work: Callable[[Any], T], what: str) -> T:
        """Do ``work(browser)`` in Chromium's thread while the test's loop runs."""
        done: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._jobs.put((work, done))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + BROWSER_PATIENCE
        while not done.done():
            if loop.time() > deadline:
                raise AssertionError(f"still waiting for {what}")
            await asyncio.sleep(0.01)
        return done.result()

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(BROWSER_PATIENCE)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing_real_part("the playwright Python package")
    if not CHROMIUM.exists():
        missing_real_part(f"Chromium at {CHROMIUM}")
    try:
        browser = Chromium()
    except Exception as error:
        missing_real_part(f"Chromium would not start ({type(error).__name__})")
    yield browser
    browser.close()


@dataclass(frozen=True)
class Visit:
    """Where Chromium ended, and what its page said."""

    url: str
    text: str


def decide(
    url: str, site: str, decision: str, back_to: str, shots: Path, name: str
) -> Callable[[Any], Visit]:
    """Open the consent page, pick ``site``, press ``decision``, follow back."""

    def work(browser: Any) -> Visit:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            page.get_by_role("radio", name=site).check()
            page.screenshot(path=str(shots / f"chromium-consent-{name}.png"))
            page.get_by_role("button", name=decision).click()
            page.wait_for_url(f"{back_to}?**")
            page.wait_for_load_state()
            page.screenshot(path=str(shots / f"chromium-back-{name}.png"))
            return Visit(page.url, page.inner_text("body"))
        finally:
            context.close()

    return work


def look(url: str, shots: Path, name: str) -> Callable[[Any], Visit]:
    """Open ``url`` and stay on whatever page it shows."""

    def work(browser: Any) -> Visit:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            page.get_by_role("heading").first.wait_for()
            page.screenshot(path=str(shots / f"chromium-{name}.png"))
            return Visit(page.url, page.inner_text("body"))
        finally:
            context.close()

    return work


@pytest.fixture
def port(sandbox: Sandbox) -> int:
    """A free port, registered as the own app's callback URL."""
    port = free_port()
    sandbox.register_app(OWN_CLIENT_ID, OWN_CLIENT_SECRET, callback_url(port))
    return port


def test_allow_in_chromium_saves_the_connection(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    secret_service_backend: KeyringBackend,
    browser: BrowserCatcher,
    chromium: Chromium,
    artifacts: Path,
    port: int,
) -> None:
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    visits: list[Visit] = []

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], port)
        await until(lambda: browser.opened, "the wizard to open the browser")
        work = decide(
            browser.opened[0], "Acme", "Allow", callback_url(port), artifacts, "allow"
        )
        visits.append(await chromium.run(work, "Chromium to come back"))
        await until(wizard.sign_in_page.isComplete, "the sign-in to finish")
        await walk_to(wizard, PageId.DONE)
        click(wizard.button(QWizard.WizardButton.FinishButton))
        await service.aclose()

    drive(scenario())
    assert "You are signed in" in visits[0].text
    connection = store.get("acme")
    assert connection.auth_type is AuthType.OAUTH_OWN
    refresh = secret_service_backend.get_password(
        SERVICE, secret_key(connection.secret_ref, SecretKind.REFRESH_TOKEN)
    )
    assert refresh, "the refresh token is in the real Secret Service"
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_deny_in_chromium_ends_on_the_sign_in_page(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    browser: BrowserCatcher,
    chromium: Chromium,
    screenshots: Screenshots,
    artifacts: Path,
    port: int,
) -> None:
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    visits: list[Visit] = []

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], port)
        await until(lambda: browser.opened, "the wizard to open the browser")
        work = decide(
            browser.opened[0], "Acme", "Deny", callback_url(port), artifacts, "deny"
        )
        visits.append(await chromium.run(work, "Chromium to come back"))
        await until(page.again_button.isVisible, "the sign-in to end")
        await screenshots.shoot(wizard, "sign in denied in chromium")
        await service.aclose()

    drive(scenario())
    assert "The sign-in did not complete" in visits[0].text
    assert page.status.tone is Tone.PROBLEM
    assert page.status.plain_text().startswith("You chose Deny on Atlassian's page")
    assert page.again_button.hasFocus()
    assert not next_button(wizard).isEnabled()
    assert not store.list()


def test_the_wrong_site_in_chromium_says_which_to_pick(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    browser: BrowserCatcher,
    chromium: Chromium,
    screenshots: Screenshots,
    artifacts: Path,
    port: int,
) -> None:
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    acme_host = sandbox.urls.sites["acme"].removeprefix("http://")
    beta_host = sandbox.urls.sites["beta"].removeprefix("http://")

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], port)
        await until(lambda: browser.opened, "the wizard to open the browser")
        work = decide(
            browser.opened[0], "Beta", "Allow", callback_url(port), artifacts, "beta"
        )
        await chromium.run(work, "Chromium to come back")
        await until(page.again_button.isVisible, "the sign-in to end")
        await screenshots.shoot(wizard, "sign in wrong site in chromium")
        await service.aclose()

    drive(scenario())
    text = page.status.plain_text()
    assert f"You granted access to {beta_host}, not to {acme_host}." in text
    assert f"pick {acme_host} on Atlassian's page" in text
    assert page.again_button.isVisible()
    assert page.again_button.accessibleName() == "Sign in again"
    assert not store.list()


def test_an_unregistered_callback_keeps_the_wizard_waiting_until_cancelled(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    browser: BrowserCatcher,
    chromium: Chromium,
    screenshots: Screenshots,
    artifacts: Path,
    port: int,
) -> None:
    sandbox.faults.unregistered_redirect = True
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    visits: list[Visit] = []
    waiting: list[str] = []

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], port)
        await until(lambda: browser.opened, "the wizard to open the browser")
        visits.append(
            await chromium.run(
                look(browser.opened[0], artifacts, "unregistered-redirect"),
                "Chromium to show the error page",
            )
        )
        await until(lambda: page.countdown.text(), "the countdown")
        await screenshots.shoot(wizard, "sign in after an atlassian error page")
        waiting.append(page.status.plain_text())
        assert page.help_box.isVisible(), "the troubleshooting text is shown"
        assert page.cancel_button.isVisible()
        click(page.cancel_button)
        await until(page.again_button.isVisible, "the cancel to take effect")
        assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert not next_button(wizard).isEnabled()
        # Usable again: with the callback URL put right, a new attempt works.
        sandbox.faults.unregistered_redirect = False
        click(page.again_button)
        await until(lambda: len(browser.opened) == 2, "the browser to open again")
        work = decide(
            browser.opened[1], "Acme", "Allow", callback_url(port), artifacts, "retry"
        )
        await chromium.run(work, "Chromium to come back")
        await until(page.isComplete, "the second sign-in to finish")
        await service.aclose()

    drive(scenario())
    assert "redirect_uri is not registered" in visits[0].text
    assert visits[0].url.startswith(sandbox.urls.auth_url), "it never came back"
    assert waiting[0].startswith("Atlassian's sign-in page is open in your browser.")
    assert "unauthorized_client" in page.help_box.accessibleDescription()
    assert browser.opened[0] != browser.opened[1], "a new attempt, a new state"
    assert next_button(wizard).isEnabled()
