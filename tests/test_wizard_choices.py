"""The wizard starts from the organization's policy over a helpdesk's preset:
what they fill in is there when a page opens, and what the policy fixes is
shown locked, in words and a padlock, and cannot be changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from jira_wizard.core.choices import LOCKED_BY_ORGANIZATION, Preset
from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.policy import OrganizationApp, Policy, ScopePolicy
from jira_wizard.core.scopes import REQUIRED_SCOPES
from jira_wizard.ui.context import PageId
from jira_wizard.ui.locked import LockedNote
from jira_wizard.ui.page_auth import AVAILABLE_CHOICES, AuthPage
from jira_wizard.ui.widgets import Tone
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    Drive,
    FakeBackend,
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

ACME = "https://acme.atlassian.net"
BETA = "https://beta.atlassian.net"
ORG_APP = OrganizationApp("org-app", Secret("org-secret"), 8811)
#: What a locked field's accessible description says, in English.
SET_BY_ORGANIZATION = "Set by your organization"


def shows_locked(note: LockedNote, wizard: ConnectionWizard) -> bool:
    """The padlock and the sentence are on screen (call while the page shows)."""
    return (
        note.isVisibleTo(wizard)
        and note.plain_text() == LOCKED_BY_ORGANIZATION
        and note.icon.pixmap() is not None
        and not note.icon.pixmap().isNull()
    )


def test_one_allowed_way_is_chosen_and_locked(
    make_wizard: MakeWizard, drive: Drive, screenshots: Screenshots
) -> None:
    policy = Policy(allowed_auth_types=(AuthType.API_TOKEN,))
    wizard = make_wizard(FakeBackend(policy=policy))
    page = wizard.auth_page

    async def scenario() -> None:
        await settle()
        await screenshots.shoot(wizard, "auth locked")
        assert shows_locked(page.locked_note, wizard)
        # Nothing on the page takes focus; Enter goes on at once.
        assert QApplication.focusWidget() is next_button(wizard)
        QTest.keyClick(next_button(wizard), Qt.Key.Key_Return)
        await until(lambda: wizard.currentId() == PageId.SITE, "the site page")

    drive(scenario())
    button = page.buttons[AuthType.API_TOKEN]
    assert list(page.buttons) == [AuthType.API_TOKEN]
    assert button.isChecked()
    assert not button.isEnabled()
    assert SET_BY_ORGANIZATION in button.accessibleDescription()
    assert wizard.context.state.auth_type is AuthType.API_TOKEN


def test_a_presets_way_is_ticked_and_can_be_changed(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    backend = FakeBackend(preset=Preset(auth_type=AuthType.OAUTH_OWN))
    wizard = make_wizard(backend)
    page = wizard.auth_page

    async def scenario() -> None:
        await settle()
        assert page.buttons[AuthType.OAUTH_OWN].isChecked()
        click(page.buttons[AuthType.API_TOKEN])
        await walk_to(wizard, PageId.SITE)

    drive(scenario())
    assert all(button.isEnabled() for button in page.buttons.values())
    # Page 1 makes its padlock and its notes line only when it has something
    # to show in them.
    assert page.locked_note is None
    assert page.notes is None
    assert wizard.context.state.auth_type is AuthType.API_TOKEN


def test_what_the_policy_set_aside_is_said_on_page_one(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    policy = Policy(allowed_auth_types=(AuthType.API_TOKEN,), site_url=ACME,
                    lock_site=True)  # fmt: skip
    preset = Preset(auth_type=AuthType.OAUTH_OWN, site_url=BETA)
    wizard = make_wizard(FakeBackend(policy=policy, preset=preset))
    notes = wizard.auth_page.notes

    drive(settle())
    assert notes.isVisibleTo(wizard)
    assert notes.tone is Tone.INFO
    assert "your own app" in notes.plain_text()
    assert ACME in notes.plain_text()
    assert wizard.auth_page.buttons[AuthType.API_TOKEN].isChecked()


def test_the_page_offers_only_the_allowed_ways_whatever_it_is_given(
    make_wizard: MakeWizard,
) -> None:
    policy = Policy(allowed_auth_types=(AuthType.OAUTH_OWN, AuthType.API_TOKEN))
    wizard = make_wizard(FakeBackend(policy=policy))
    page = AuthPage(wizard.context, AVAILABLE_CHOICES, AuthType.OAUTH_ORG)
    page.setParent(wizard, page.windowFlags())  # goes with the wizard
    assert list(page.buttons) == [AuthType.API_TOKEN, AuthType.OAUTH_OWN]
    assert not page.isComplete(), "a way the policy forbids is never ticked"
    assert page.locked_note is None


def test_a_locked_site_is_filled_in_read_only_and_checked(
    make_wizard: MakeWizard, drive: Drive, screenshots: Screenshots
) -> None:
    backend = FakeBackend(policy=Policy(site_url=ACME, lock_site=True))
    wizard = make_wizard(backend)
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        await until(page.isComplete, "the site check")
        await screenshots.shoot(wizard, "site locked")
        assert shows_locked(page.locked_note, wizard)
        type_into(page.address, "x")
        page.address.selectAll()
        type_into(page.address, BETA)
        await settle()
        await press_next(wizard)
        await until(lambda: wizard.currentId() == PageId.CREDENTIALS, "page 3")

    drive(scenario())
    assert page.address.text() == ACME, "typing changed nothing"
    assert page.address.isReadOnly()
    assert page.address.isEnabled(), "readable and selectable, not disabled"
    assert SET_BY_ORGANIZATION in page.address.accessibleDescription()
    assert backend.probes == [ACME]
    assert wizard.context.state.site is not None
    assert wizard.context.state.site.site_url == ACME


def test_the_policys_default_site_is_filled_in_and_can_be_changed(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    backend = FakeBackend(policy=Policy(site_url=ACME))
    wizard = make_wizard(backend)
    page = wizard.site_page

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        assert page.address.text() == ACME
        await until(page.isComplete, "the default site's check")
        page.address.selectAll()
        type_into(page.address, BETA)
        await until(page.isComplete, "the new site's check")

    drive(scenario())
    assert not page.address.isReadOnly()
    assert page.locked_note.isHidden()
    assert SET_BY_ORGANIZATION not in page.address.accessibleDescription()
    assert page.address.text() == BETA
    assert backend.probes == [ACME, BETA]


def test_a_presets_email_and_name_are_filled_in(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    preset = Preset(email="grace@example.com", name="work")
    backend = FakeBackend(preset=preset)
    wizard = make_wizard(backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)
        await settle()
        assert wizard.token_page.email.text() == "grace@example.com"
        assert wizard.token_page.token.hasFocus(), "the first field still to fill"
        await walk_to(wizard, PageId.SAVE)
        await until(wizard.save_page.isComplete, "the name")
        await walk_to(wizard, PageId.DONE)

    drive(scenario())
    assert wizard.save_page.name.text() == "work"
    assert backend.saves[0]["name"] == "work"
    assert backend.saves[0]["email"] == "grace@example.com"


def test_without_a_preset_name_the_site_names_the_connection(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    wizard = make_wizard(FakeBackend())

    async def scenario() -> None:
        await walk_to(wizard, PageId.SAVE)
        await until(wizard.save_page.isComplete, "the name")

    drive(scenario())
    assert wizard.token_page.email.text() == "ada@example.com", "typed by the walk"
    assert wizard.save_page.name.text() == "acme"


def test_locked_scopes_disable_the_picker_with_every_scope_ticked(
    make_wizard: MakeWizard, drive: Drive, screenshots: Screenshots
) -> None:
    scopes = ScopePolicy(required=("manage:jira-configuration",), offered=())
    policy = Policy(organization_app=ORG_APP, scopes=scopes)
    backend = FakeBackend(policy=policy, sign_in_results=[None])
    wizard = make_wizard(backend)
    page = wizard.app_page
    picker = page.scope_picker

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)
        await screenshots.shoot(wizard, "scopes locked")
        assert shows_locked(page.scopes_locked_note, wizard)
        await walk_to(wizard, PageId.SIGN_IN)

    drive(scenario())
    expected = {*REQUIRED_SCOPES, "manage:jira-configuration"}
    assert not picker.isEnabled()
    assert set(picker.boxes) == expected
    assert all(box.isChecked() for box in picker.boxes.values())
    assert picker.optional_boxes() == []
    assert SET_BY_ORGANIZATION in picker.accessibleDescription()
    organization_box = picker.boxes["manage:jira-configuration"]
    assert "organization requires it" in organization_box.accessibleDescription()
    request = backend.sign_ins[0].request
    assert request.auth_type is AuthType.OAUTH_ORG
    assert set(request.scopes) == expected


def test_offered_scopes_limit_the_list_and_the_preset_ticks_one(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    scopes = ScopePolicy(offered=("manage:jira-data-provider",))
    policy = Policy(organization_app=ORG_APP, scopes=scopes)
    preset = Preset(scopes=("manage:jira-data-provider",))
    backend = FakeBackend(policy=policy, preset=preset, sign_in_results=[None])
    wizard = make_wizard(backend)
    picker = wizard.app_page.scope_picker

    async def scenario() -> None:
        await walk_to(wizard, PageId.SIGN_IN)

    drive(scenario())
    assert wizard.app_page.scopes_locked_note.isHidden()
    assert set(picker.boxes) == {*REQUIRED_SCOPES, "manage:jira-data-provider"}
    assert "manage:jira-configuration" not in picker.boxes
    optional = picker.boxes["manage:jira-data-provider"]
    assert picker.optional_boxes() == [optional]
    assert optional.isChecked()
    assert optional.isEnabled()
    assert picker.isEnabled()
    assert "manage:jira-data-provider" in backend.sign_ins[0].request.scopes


def test_every_lock_is_named_for_screen_readers(make_wizard: MakeWizard) -> None:
    policy = Policy(
        organization_app=ORG_APP,
        allowed_auth_types=(AuthType.OAUTH_ORG,),
        site_url=ACME,
        lock_site=True,
        scopes=ScopePolicy(offered=()),
    )
    wizard = make_wizard(FakeBackend(policy=policy))
    notes: list[QWidget] = [
        wizard.auth_page.locked_note,
        wizard.site_page.locked_note,
        wizard.app_page.scopes_locked_note,
    ]
    assert [note.accessibleName() for note in notes] == [LOCKED_BY_ORGANIZATION] * 3
    assert all(not note.isHidden() for note in notes)
