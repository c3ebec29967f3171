"""The OAuth pages against the stand-in backend: the choices, the app page, the
scope picker, the sign-in page's states, what page 5 shows, and saving."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QWizard

from jira_wizard.core.errors import (
    AccessDenied,
    InvalidCredentials,
    PortInUse,
    SignInTimeout,
)
from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT
from jira_wizard.core.policy import OrganizationApp, Policy
from jira_wizard.core.scopes import OPTIONAL_SCOPES, REQUIRED_SCOPES
from jira_wizard.ui.context import PageId
from jira_wizard.ui.page_app import DEVELOPER_CONSOLE_URL
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    FAKE_CALLBACK,
    OWN_CLIENT_ID,
    OWN_CLIENT_SECRET,
    BrowserCatcher,
    Drive,
    FakeBackend,
    FakeOutcome,
    Screenshots,
    click,
    next_button,
    press_next,
    settle,
    type_into,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]
ORG_POLICY = Policy(organization_app=OrganizationApp("org-app", Secret("s"), 8811))


def choose(wizard: ConnectionWizard, auth_type: AuthType) -> None:
    click(wizard.auth_page.buttons[auth_type])


def next_enabled(wizard: QWizard) -> bool:
    return next_button(wizard).isEnabled()


# Page 1 -----------------------------------------------------------------------


def test_without_an_organization_app_its_choice_is_not_offered(
    make_wizard: MakeWizard, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)
    assert list(wizard.auth_page.buttons) == [AuthType.API_TOKEN, AuthType.OAUTH_OWN]
    assert wizard.auth_page.buttons[AuthType.API_TOKEN].isChecked()
    own = wizard.auth_page.buttons[AuthType.OAUTH_OWN]
    assert own.accessibleName() == "OAuth 2.0 with your own app"
    assert "govern the keys yourself" in own.accessibleDescription()


def test_an_organization_app_is_offered_and_suggested(
    make_wizard: MakeWizard, drive: Drive, screenshots: Screenshots
) -> None:
    wizard = make_wizard(FakeBackend(policy=ORG_POLICY))

    async def scenario() -> None:
        await screenshots.shoot(wizard, "auth with organization app")

    drive(scenario())
    buttons = wizard.auth_page.buttons
    assert list(buttons) == [AuthType.API_TOKEN, AuthType.OAUTH_ORG, AuthType.OAUTH_OWN]
    assert buttons[AuthType.OAUTH_ORG].isChecked()
    assert (
        "personal, attended use" in buttons[AuthType.OAUTH_ORG].accessibleDescription()
    )


# Page 3 -----------------------------------------------------------------------


def test_own_app_page_checks_the_port_and_shows_the_callback_url(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    browser: BrowserCatcher,
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.app_page

    async def scenario() -> None:
        choose(wizard, AuthType.OAUTH_OWN)
        await walk_to(wizard, PageId.CREDENTIALS)
        assert wizard.currentPage() is page
        assert page.callback_url.text() == "http://localhost:8754/callback"
        assert page.callback_url.isReadOnly()
        assert not next_enabled(wizard), "client id and secret are still empty"
        type_into(page.client_id, OWN_CLIENT_ID)
        type_into(page.client_secret, OWN_CLIENT_SECRET)
        assert next_enabled(wizard)
        await screenshots.shoot(wizard, "own app")

        page.port.selectAll()
        type_into(page.port, "80")
        assert page.port_status.tone is Tone.PROBLEM
        assert "1024 to 65535" in page.port_status.plain_text()
        assert page.callback_url.text() == ""
        assert not page.copy_button.isEnabled()
        assert not next_enabled(wizard)
        await screenshots.shoot(wizard, "own app bad port")

        type_into(page.port, "91")
        assert page.port_status.tone is Tone.NONE
        assert page.callback_url.text() == "http://localhost:8091/callback"
        click(page.copy_button)
        click(page.console_button)
        click(page.reveal)
        await screenshots.shoot(wizard, "own app secret shown")

    drive(scenario())
    assert QGuiApplication.clipboard().text() == "http://localhost:8091/callback"
    assert browser.opened == [DEVELOPER_CONSOLE_URL]
    assert page.client_secret.echoMode() == page.client_secret.EchoMode.Normal
    assert page.reveal.accessibleName() == "Hide client secret"
    assert page.register_note.text() == (
        "Register exactly this URL as the app's callback URL in Atlassian's "
        "developer console: port and path must match."
    )
    assert page.register_note.text() in page.callback_url.accessibleDescription()


def test_scope_picker_locks_the_required_scopes(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.sign_in_results = [None]
    wizard = make_wizard(fake_backend)
    picker = wizard.app_page.scope_picker

    async def scenario() -> None:
        choose(wizard, AuthType.OAUTH_OWN)
        await walk_to(wizard, PageId.CREDENTIALS)
        click(picker.boxes["manage:jira-data-provider"])
        await walk_to(wizard, PageId.SIGN_IN)

    drive(scenario())
    for name in REQUIRED_SCOPES:
        box = picker.boxes[name]
        assert box.isChecked(), name
        assert not box.isEnabled(), name
        assert "required" in box.text()
        assert box.accessibleName() == f"{name}, required"
        assert "cannot be turned off" in box.accessibleDescription()
    for name in OPTIONAL_SCOPES:
        assert picker.boxes[name].isEnabled()
        assert picker.boxes[name].accessibleDescription(), "its meaning is spoken"
    assert "offline_access" in REQUIRED_SCOPES
    request = fake_backend.sign_ins[0].request
    assert request.auth_type is AuthType.OAUTH_OWN
    assert request.scopes == (*REQUIRED_SCOPES[:-1], "manage:jira-data-provider",
                              "offline_access")  # fmt: skip
    assert (request.client_id, request.port) == (OWN_CLIENT_ID, DEFAULT_CALLBACK_PORT)
    assert request.client_secret == Secret(OWN_CLIENT_SECRET)


def test_organization_app_page_has_only_the_scopes(
    make_wizard: MakeWizard, drive: Drive, screenshots: Screenshots
) -> None:
    backend = FakeBackend(policy=ORG_POLICY, sign_in_results=[None])
    wizard = make_wizard(backend)
    page = wizard.app_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)
        assert next_enabled(wizard)
        await screenshots.shoot(wizard, "organization app")
        await walk_to(wizard, PageId.SIGN_IN)

    drive(scenario())
    assert not page.own_app.isVisibleTo(wizard)
    assert page.title() == "Your organization's app"
    assert "port 8811" in page.org_port.text()
    assert "as set by your organization" in page.org_port.text()
    request = backend.sign_ins[0].request
    assert request.auth_type is AuthType.OAUTH_ORG
    assert (request.client_id, request.client_secret, request.port) == (None,) * 3
    assert request.scopes == REQUIRED_SCOPES


def test_going_back_to_page_one_swaps_page_three(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)
    seen: list[object] = []

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)
        seen.append(wizard.currentPage())
        wizard.back()
        wizard.back()
        choose(wizard, AuthType.OAUTH_OWN)
        await walk_to(wizard, PageId.CREDENTIALS)
        seen.append(wizard.currentPage())

    drive(scenario())
    assert seen == [wizard.token_page, wizard.app_page]


# Page 4 -----------------------------------------------------------------------


async def to_sign_in(wizard: ConnectionWizard, auth_type: AuthType) -> None:
    if auth_type in wizard.auth_page.buttons:
        choose(wizard, auth_type)
    await walk_to(wizard, PageId.SIGN_IN)
    backend = wizard.context.backend
    assert isinstance(backend, FakeBackend)
    await until(lambda: backend.sign_ins and backend.sign_ins[-1].waiting, "waiting")


def test_sign_in_page_while_waiting(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    browser: BrowserCatcher,
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.sign_in_page

    async def scenario() -> None:
        await to_sign_in(wizard, AuthType.OAUTH_OWN)
        await screenshots.shoot(wizard, "sign in waiting")
        click(page.reopen_button)
        click(page.copy_button)
        await settle()

    drive(scenario())
    sign_in = fake_backend.sign_ins[0]
    assert browser.opened == [sign_in.authorization_url] * 2
    assert sign_in.opened_again == 1
    assert QGuiApplication.clipboard().text() == sign_in.authorization_url
    assert page.status.plain_text().startswith(
        "Atlassian's sign-in page is open in your browser."
    )
    assert "pick acme.atlassian.net" in page.status.plain_text()
    assert page.countdown.text() == "5:00 left to finish signing in"
    assert page.help_box.isVisible()
    assert "not exactly http://localhost:8754/callback." in (
        page.help_box.accessibleDescription()
    )
    assert "unauthorized_client" in page.help_box.accessibleDescription()
    assert "blocked this app" in page.help_box.accessibleDescription()
    assert not next_enabled(wizard)
    assert "fake-state" not in page.status.plain_text() + page.link_status.plain_text()


def test_cancel_then_sign_in_again(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.sign_in_page

    async def scenario() -> None:
        await to_sign_in(wizard, AuthType.OAUTH_OWN)
        click(page.cancel_button)
        await until(page.again_button.isVisible, "the sign-in to end")
        await screenshots.shoot(wizard, "sign in cancelled")
        assert page.status.plain_text().startswith("The sign-in was cancelled.")
        assert page.again_button.hasFocus()
        assert not page.cancel_button.isVisible()
        assert not page.paste_box.isVisible()
        assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        click(page.again_button)
        await until(lambda: len(fake_backend.sign_ins) == 2, "a new attempt")
        await until(lambda: fake_backend.sign_ins[1].waiting, "it to wait")
        fake_backend.sign_ins[1].finish()
        await until(page.isComplete, "the sign-in to succeed")

    drive(scenario())
    assert fake_backend.sign_ins[0].cancelled
    assert page.status.tone is Tone.OK
    assert page.status.plain_text().startswith(
        "Signed in to acme.atlassian.net as Ada Lovelace."
    )
    assert next_enabled(wizard)


def test_back_and_closing_cancel_the_attempt(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        await to_sign_in(wizard, AuthType.OAUTH_OWN)
        wizard.back()
        await until(lambda: fake_backend.sign_ins[0].cancelled, "Back to cancel")
        await press_next(wizard)
        await until(lambda: len(fake_backend.sign_ins) == 2, "a new attempt")
        await until(lambda: fake_backend.sign_ins[1].waiting, "it to wait")
        wizard.reject()
        await settle()

    drive(scenario())
    assert fake_backend.sign_ins[1].cancelled, "closing cancels too"
    assert not wizard.isVisible()


def test_a_pasted_address_finishes_the_sign_in(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.sign_in_page

    async def scenario() -> None:
        await to_sign_in(wizard, AuthType.OAUTH_OWN)
        assert not page.use_button.isEnabled()
        type_into(page.pasted, "http://localhost:8754/callback?code=x&state=other")
        click(page.use_button)
        assert page.paste_status.tone is Tone.PROBLEM
        assert "another sign-in attempt" in page.paste_status.plain_text()
        assert page.pasted.text() == "", "an address with a code is not kept"
        type_into(page.pasted, FAKE_CALLBACK)
        click(page.use_button)
        await until(page.isComplete, "the sign-in to succeed")

    drive(scenario())
    assert page.status.tone is Tone.OK


@pytest.mark.parametrize(
    ("error", "shown", "fix"),
    [
        (
            AccessDenied("You chose not to allow access on Atlassian's page."),
            "You chose Deny on Atlassian's page",
            None,
        ),
        (SignInTimeout("The browser never came back."), "did not come back", None),
        (
            PortInUse("Port 8754 on this computer is already used by another program."),
            "Port 8754",
            "Change the port",
        ),
        (
            InvalidCredentials(
                "Atlassian did not accept the app's client id and secret."
            ),
            "did not accept the app's client id",
            "Check the app details",
        ),
    ],
    ids=["deny", "timeout", "port", "secret"],
)
def test_failures_end_on_the_page_with_advice(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
    error: Exception,
    shown: str,
    fix: str | None,
) -> None:
    fake_backend.sign_in_results = [error]
    wizard = make_wizard(fake_backend)
    page = wizard.sign_in_page
    alerts: list[str] = []
    page.status.changed.connect(alerts.append)
    ended: list[tuple[Tone, str, bool, str]] = []

    async def scenario() -> None:
        choose(wizard, AuthType.OAUTH_OWN)
        await walk_to(wizard, PageId.SIGN_IN)
        await until(page.again_button.isVisible, "the sign-in to end")
        await screenshots.shoot(wizard, f"sign in {type(error).__name__}")
        status = page.status
        fix_shown = page.fix_button.isVisible()
        ended.append((status.tone, status.plain_text(), fix_shown, alerts[-1]))
        if fix is not None:
            assert page.fix_button.hasFocus(), "the way to fix it comes first"
            click(page.fix_button)
            await until(lambda: wizard.currentId() == PageId.CREDENTIALS, "page 3")
        else:
            assert page.again_button.hasFocus()

    drive(scenario())
    [(tone, text, fix_shown, announced)] = ended
    assert tone is Tone.PROBLEM
    assert shown in text
    assert announced == text, "the failure was announced"
    assert fix_shown == (fix is not None)
    if fix is not None:
        assert page.fix_button.accessibleName() == fix
    if isinstance(error, PortInUse):
        assert "Close the program that uses port 8754" in text
        assert wizard.app_page.port.hasFocus(), "the cursor waits in the port field"


# Pages 5 and 6 ----------------------------------------------------------------


def test_missing_scopes_are_named_with_how_to_get_them(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    wizard = make_wizard(fake_backend)
    page = wizard.check_page

    async def scenario() -> None:
        await to_sign_in(wizard, AuthType.OAUTH_OWN)
        sign_in = fake_backend.sign_ins[0]
        full = sign_in.default_outcome()
        granted = ("read:jira-user", "read:jira-work", "offline_access")
        access = type(full.access)(
            full.access.site,
            full.access.account,
            full.access.api_base_url,
            via_gateway=True,
            scopes_granted=granted,
        )
        missing = ("write:jira-work", "manage:jira-project")
        sign_in.finish(FakeOutcome(access, full.scopes_asked, missing))
        await until(wizard.sign_in_page.isComplete, "the sign-in")
        await press_next(wizard)
        await until(lambda: wizard.currentId() == PageId.CHECK, "page 5")
        await screenshots.shoot(wizard, "check missing scopes")
        click(page.granted.again_button)
        await until(lambda: len(fake_backend.sign_ins) == 2, "a new sign-in")

    drive(scenario())
    granted = page.granted
    assert granted.values["account"].text() == "Ada Lovelace (ada@example.com)"
    assert granted.values["site"].text() == "https://acme.atlassian.net"
    assert "through Atlassian's API gateway" in granted.values["api"].text()
    spoken = granted.values["scopes"].accessibleName()
    assert "write:jira-work: not granted" in spoken
    assert "read:jira-work: granted" in spoken
    text = granted.missing.plain_text()
    assert "write:jira-work, manage:jira-project" in text
    assert "Without write:jira-work, the connection cannot: Create and change" in text
    assert "add them to the app in Atlassian's developer console" in text
    assert wizard.currentId() == PageId.SIGN_IN


def test_oauth_is_saved_with_the_name_rules_of_the_token_path(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    fake_backend.names = ["acme"]
    fake_backend.sign_in_results = [None]
    wizard = make_wizard(fake_backend)
    save = wizard.save_page

    async def scenario() -> None:
        await to_sign_in(wizard, AuthType.OAUTH_OWN)
        fake_backend.sign_ins[0].finish()
        await walk_to(wizard, PageId.CHECK)
        await screenshots.shoot(wizard, "check oauth")
        await walk_to(wizard, PageId.SAVE)
        await until(lambda: save.replace.isVisible(), "the name to be taken")
        assert not save.isComplete()
        click(save.replace)
        await screenshots.shoot(wizard, "save oauth")
        await press_next(wizard)
        await until(lambda: wizard.currentId() == PageId.DONE, "the summary")
        await screenshots.shoot(wizard, "done oauth")

    drive(scenario())
    saved = fake_backend.oauth_saves
    assert [(s["name"], s["replace"]) for s in saved] == [("acme", True)]
    assert saved[0]["outcome"] is wizard.context.state.outcome
    assert fake_backend.saves == [], "no API token was saved"
    assert "client secret are kept in your system keychain" in save.where.text()
    done = wizard.done_page.values
    assert done["secret"].accessibleName() == "Tokens kept in: your system keychain"
    assert "at the latest" in done["expiry"].text()


def test_without_a_browser_the_link_is_offered(
    make_wizard: MakeWizard,
    drive: Drive,
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    """Offscreen, with no URL handler, no browser can start: as on a server."""
    wizard = make_wizard(fake_backend)
    page = wizard.sign_in_page

    async def scenario() -> None:
        await to_sign_in(wizard, AuthType.OAUTH_OWN)
        await screenshots.shoot(wizard, "sign in without a browser")

    drive(scenario())
    assert page.status.tone is Tone.WARNING
    assert page.status.plain_text().startswith("No browser could be opened.")
    assert "Copy the link" in page.status.plain_text()
    assert page.copy_button.hasFocus()
    assert page.paste_box.isVisible()
    interface = QAccessible.queryAccessibleInterface(page.status)
    assert interface is not None
    assert interface.text(QAccessible.Text.Description) == page.status.plain_text()
    assert page.countdown.accessibleDescription() == page.countdown.text()


def test_a_timeout_keeps_the_troubleshooting_in_view(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend
) -> None:
    fake_backend.sign_in_results = [SignInTimeout("The browser never came back.")]
    wizard = make_wizard(fake_backend)
    page = wizard.sign_in_page

    async def scenario() -> None:
        choose(wizard, AuthType.OAUTH_OWN)
        await walk_to(wizard, PageId.SIGN_IN)
        await until(page.again_button.isVisible, "the sign-in to end")

    drive(scenario())
    assert page.help_box.isVisible()
    assert not page.paste_box.isVisible()
