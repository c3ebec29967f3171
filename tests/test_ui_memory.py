"""The wizard remembers the last choices it saved, and starts from them below
the policy and a preset (``jira_wizard.ui.memory``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

from jira_wizard.core.choices import Preset, effective_choices
from jira_wizard.core.models import Account, AuthType, Connection
from jira_wizard.core.policy import Policy
from jira_wizard.ui.context import PageId
from jira_wizard.ui.memory import (
    APPLICATION,
    ORGANIZATION,
    previous_choices,
    remember_choices,
)
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import FAKE_SITE, Drive, FakeBackend, walk_to

MakeWizard = Callable[..., ConnectionWizard]

ACME = "https://acme.atlassian.net"


def connection(**changes: object) -> Connection:
    fields: dict[str, object] = {
        "name": "work",
        "auth_type": AuthType.OAUTH_OWN,
        "site_url": ACME,
        "cloud_id": "cloud-1",
        "api_base_url": "https://api.atlassian.com/ex/jira/cloud-1",
        "account": Account("id-1", "Ada Lovelace", "ada@example.com"),
        "secret_ref": "ref-1",
        "scopes": ("read:jira-work", "manage:jira-configuration", "offline_access"),
    }
    fields.update(changes)
    return Connection(**fields)  # type: ignore[arg-type]


def test_nothing_is_remembered_at_first() -> None:
    assert previous_choices() == Preset()


def test_the_last_saved_choices_come_back_without_a_name() -> None:
    remember_choices(connection())
    assert previous_choices() == Preset(
        site_url=ACME,
        auth_type=AuthType.OAUTH_OWN,
        scopes=("manage:jira-configuration",),  # the optional ones only
    )
    remember_choices(connection(auth_type=AuthType.API_TOKEN, email="ada@x.org"))
    assert previous_choices().email == "ada@x.org"
    assert previous_choices().auth_type is AuthType.API_TOKEN
    assert previous_choices().name is None


def test_practice_and_real_choices_are_kept_apart() -> None:
    remember_choices(connection(site_url="http://127.0.0.1:9000"), sandbox=True)
    assert previous_choices() == Preset()
    assert previous_choices(sandbox=True).site_url == "http://127.0.0.1:9000"


def test_values_the_program_does_not_know_are_left_out() -> None:
    settings = QSettings(ORGANIZATION, APPLICATION)
    settings.beginGroup("last")
    settings.setValue("auth_type", "password")
    settings.setValue("scopes", "admin:everything manage:jira-data-provider")
    settings.setValue("site_url", "   ")
    settings.endGroup()
    settings.sync()
    assert previous_choices() == Preset(scopes=("manage:jira-data-provider",))


def test_policy_and_preset_win_over_the_last_choices() -> None:
    remember_choices(connection())
    previous = previous_choices()
    choices = effective_choices(Policy(), None, previous)
    assert choices.auth_type is AuthType.OAUTH_OWN
    assert choices.site_url == ACME
    assert choices.sources["site_url"] == "previous"
    preset = Preset(site_url="https://beta.atlassian.net")
    assert effective_choices(Policy(), preset, previous).site_url == preset.site_url
    only_tokens = Policy(allowed_auth_types=(AuthType.API_TOKEN,))
    assert effective_choices(only_tokens, None, previous).auth_type is (
        AuthType.API_TOKEN
    )


def test_a_saved_connection_is_remembered_for_the_next_wizard(
    make_wizard: MakeWizard, drive: Drive
) -> None:
    wizard = make_wizard(FakeBackend())

    async def scenario() -> None:
        await walk_to(wizard, PageId.DONE, email="grace@example.com")

    drive(scenario())
    remembered = previous_choices()
    assert remembered.auth_type is AuthType.API_TOKEN
    assert remembered.site_url == FAKE_SITE.site_url
    assert remembered.email == "grace@example.com"
    # A wizard started from them has them filled in.
    again = make_wizard(FakeBackend(previous=remembered))
    assert again.auth_page.buttons[AuthType.API_TOKEN].isChecked()
