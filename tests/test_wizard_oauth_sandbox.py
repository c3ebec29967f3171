"""OAuth in the wizard with the real service: the embedded sandbox over real
sockets, the wizard's own callback server, and the tokens in the real Secret
Service keychain. The browser's part is played over plain HTTP here; the
Chromium tests are in test_wizard_oauth_browser.py."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import closing
from urllib.parse import parse_qs, urlsplit

import pytest
from keyring.backend import KeyringBackend

from jira_wizard.core.models import AuthType, Secret, SecretKind
from jira_wizard.core.oauth import callback_url
from jira_wizard.core.policy import OrganizationApp, Policy
from jira_wizard.core.scopes import REQUIRED_SCOPES
from jira_wizard.sandbox import Sandbox
from jira_wizard.storage.keychain import SERVICE
from jira_wizard.storage.store import ConnectionStore, secret_key
from jira_wizard.ui.context import PageId
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    OWN_CLIENT_ID,
    OWN_CLIENT_SECRET,
    BrowserCatcher,
    Drive,
    Screenshots,
    click,
    consent,
    free_port,
    http_request,
    in_thread,
    make_service,
    press_next,
    to_own_app_sign_in,
    type_into,
    until,
    walk_to,
)

pytestmark = pytest.mark.real

MakeWizard = Callable[..., ConnectionWizard]
ORG_CLIENT_ID = "org-app-for-wizard-tests"
ORG_CLIENT_SECRET = "org-secret-" + "q7Zr" * 8


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def own_app(sandbox: Sandbox, port: int) -> str:
    """The person's own app, registered for a free port; its callback URL."""
    url = callback_url(port)
    sandbox.register_app(OWN_CLIENT_ID, OWN_CLIENT_SECRET, url)
    return url


async def browser_comes_back(location: str) -> int:
    status, _, _ = await in_thread(
        lambda: http_request("GET", location), "the callback"
    )
    return status


def stored(backend: KeyringBackend, ref: str, kind: SecretKind) -> str | None:
    return backend.get_password(SERVICE, secret_key(ref, kind))


def test_own_app_signs_in_and_is_saved_in_the_keychain(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    secret_service_backend: KeyringBackend,
    browser: BrowserCatcher,
    screenshots: Screenshots,
    own_app: str,
    port: int,
) -> None:
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    acme = sandbox.cloud_id("acme")

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], port)
        await until(lambda: browser.opened, "the browser to open")
        await until(lambda: page.countdown.text(), "the countdown")
        await screenshots.shoot(wizard, "sign in waiting sandbox")
        url = browser.opened[0]
        location = await in_thread(lambda: consent(url, acme), "the consent")
        assert await browser_comes_back(location) == 200
        await until(page.isComplete, "the sign-in to finish")
        await press_next(wizard)
        await until(lambda: wizard.currentId() == PageId.CHECK, "page 5")
        await screenshots.shoot(wizard, "check sandbox")
        await walk_to(wizard, PageId.DONE)
        await service.aclose()

    drive(scenario())
    query = parse_qs(urlsplit(browser.opened[0]).query)
    assert query["redirect_uri"] == [own_app]
    assert query["client_id"] == [OWN_CLIENT_ID]
    assert query["scope"] == [" ".join(REQUIRED_SCOPES)]
    granted = wizard.check_page.granted
    assert granted.missing.tone is Tone.NONE, "every scope was granted"
    assert (
        granted.values["api"]
        .text()
        .startswith(f"{sandbox.urls.api_url}/ex/jira/{acme}")
    )
    connection = store.get("acme")
    assert connection.auth_type is AuthType.OAUTH_OWN
    assert connection.client_id == OWN_CLIENT_ID
    assert connection.callback_port == port
    assert set(connection.scopes) == set(REQUIRED_SCOPES)
    ref = connection.secret_ref
    backend = secret_service_backend
    assert stored(backend, ref, SecretKind.CLIENT_SECRET) == OWN_CLIENT_SECRET
    assert stored(backend, ref, SecretKind.REFRESH_TOKEN)
    assert stored(backend, ref, SecretKind.ACCESS_TOKEN)


def test_organization_app_with_a_pasted_address(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    secret_service_backend: KeyringBackend,
    browser: BrowserCatcher,
    port: int,
) -> None:
    sandbox.register_app(ORG_CLIENT_ID, ORG_CLIENT_SECRET, callback_url(port))
    app = OrganizationApp(ORG_CLIENT_ID, Secret(ORG_CLIENT_SECRET), port)
    service = make_service(sandbox, store, Policy(organization_app=app))
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    beta = sandbox.cloud_id("beta")

    async def scenario() -> None:
        assert wizard.auth_page.buttons[AuthType.OAUTH_ORG].isChecked()
        await walk_to(wizard, PageId.CREDENTIALS, site=sandbox.urls.sites["beta"])
        click(wizard.app_page.scope_picker.boxes["manage:jira-configuration"])
        await walk_to(wizard, PageId.SIGN_IN)
        await until(lambda: browser.opened, "the browser to open")
        url = browser.opened[0]
        location = await in_thread(lambda: consent(url, beta), "the consent")
        # First an address from some other sign-in: refused, the wait goes on.
        other = location.replace("state=", "state=x")
        type_into(page.pasted, other)
        click(page.use_button)
        assert page.paste_status.tone is Tone.PROBLEM
        assert "another sign-in attempt" in page.paste_status.plain_text()
        assert page.cancel_button.isVisible(), "still waiting"
        type_into(page.pasted, location)
        click(page.use_button)
        await until(page.isComplete, "the sign-in to finish")
        await walk_to(wizard, PageId.DONE)
        await service.aclose()

    drive(scenario())
    assert parse_qs(urlsplit(browser.opened[0]).query)["scope"] == [
        " ".join([*REQUIRED_SCOPES[:-1], "manage:jira-configuration", "offline_access"])
    ]
    connection = store.get("beta")
    assert connection.auth_type is AuthType.OAUTH_ORG
    assert "manage:jira-configuration" in connection.scopes
    ref = connection.secret_ref
    backend = secret_service_backend
    assert stored(backend, ref, SecretKind.REFRESH_TOKEN)
    assert stored(backend, ref, SecretKind.CLIENT_SECRET) is None, (
        "the organization's secret stays in its policy"
    )


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port another program listens on."""
    port = free_port()
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as other:
        other.bind(("127.0.0.1", port))
        other.listen()
        yield port


def test_a_taken_port_is_named_and_can_be_changed(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    browser: BrowserCatcher,
    screenshots: Screenshots,
    taken_port: int,
    port: int,
) -> None:
    sandbox.register_app(OWN_CLIENT_ID, OWN_CLIENT_SECRET, callback_url(port))
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    failure: list[str] = []

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], taken_port)
        await until(page.fix_button.isVisible, "the port to be refused")
        await screenshots.shoot(wizard, "sign in port in use sandbox")
        failure.append(page.status.plain_text())
        assert not browser.opened, "no browser for a sign-in that cannot finish"
        click(page.fix_button)
        await until(lambda: wizard.currentId() == PageId.CREDENTIALS, "page 3")
        assert wizard.app_page.port.hasFocus()
        type_into(wizard.app_page.port, str(port))
        await press_next(wizard)
        await until(lambda: browser.opened, "the browser to open")
        click(page.cancel_button)
        await until(page.again_button.isVisible, "the cancel")
        await service.aclose()

    drive(scenario())
    assert failure[0].startswith(
        f"Port {taken_port} on this computer is already used by another program."
    )
    assert f"Close the program that uses port {taken_port}" in failure[0]
    query = parse_qs(urlsplit(browser.opened[0]).query)
    assert query["redirect_uri"] == [callback_url(port)]


def test_a_wrong_client_secret_sends_the_person_back_to_the_app(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    browser: BrowserCatcher,
    screenshots: Screenshots,
    port: int,
) -> None:
    sandbox.register_app(
        OWN_CLIENT_ID, "the-real-secret-" + "x" * 16, callback_url(port)
    )
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    acme = sandbox.cloud_id("acme")

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], port)
        await until(lambda: browser.opened, "the browser to open")
        url = browser.opened[0]
        location = await in_thread(lambda: consent(url, acme), "the consent")
        await browser_comes_back(location)
        await until(page.fix_button.isVisible, "the secret to be refused")
        await screenshots.shoot(wizard, "sign in wrong secret sandbox")
        assert page.status.plain_text().startswith(
            "Atlassian did not accept the app's client id and secret."
        )
        click(page.fix_button)
        await until(lambda: wizard.currentId() == PageId.CREDENTIALS, "page 3")
        await service.aclose()

    drive(scenario())
    assert page.fix_button.accessibleName() == "Check the app details"
    assert not store.list(), "nothing was saved"
