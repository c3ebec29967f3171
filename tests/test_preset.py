"""Helpdesk presets: links and files that fill in the wizard, and never a secret."""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote

import pytest

from jira_wizard.core.errors import InputError
from jira_wizard.core.models import AuthType, Secret
from jira_wizard.core.policy import OrganizationApp, Policy, ScopePolicy
from jira_wizard.core.preset import (
    Choices,
    Preset,
    effective_choices,
    is_preset_link,
    parse_preset_file,
    parse_preset_link,
)
from jira_wizard.core.scopes import REQUIRED_SCOPES

TOKEN = "ATATT3xFfGF0Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=C0FFEE42"
ACME = "https://acme.atlassian.net"
LINK = "jira-wizard://setup?"

#: What a person is told after a secret, for a link and for a file: a link is
#: simply asked for again, a file still holds the secret on the disk.
SECRETS_ARE_TYPED = (
    "Secrets (API tokens, client secrets, passwords) are typed only by you, into "
    "the wizard; a helpdesk never sends one in a link or a file. "
)
LINK_ADVICE = (
    SECRETS_ARE_TYPED
    + "Ask for a link without it, and do not reuse the secret it carried."
)
FILE_ADVICE = (
    SECRETS_ARE_TYPED + "Delete this file, ask for one without the secret, and do "
    "not reuse the secret it carried."
)


def test_a_link_fills_in_every_field() -> None:
    preset = parse_preset_link(
        LINK + "site=acme&auth=api_token&name=Work%20Jira&email=ada@example.com"
        "&scope=manage:jira-configuration+offline_access"
        "&scope=manage:jira-data-provider"
    )
    assert preset == Preset(
        site_url=ACME,
        auth_type=AuthType.API_TOKEN,
        scopes=("manage:jira-configuration", "manage:jira-data-provider"),
        name="Work Jira",
        email="ada@example.com",
    )


@pytest.mark.parametrize(
    "link",
    [
        "jira-wizard://setup",
        "jira-wizard://setup/?",
        "JIRA-WIZARD://SETUP?auth=",
        "jira-wizard:setup?site=",
        "jira-wizard:///setup",
    ],
)
def test_an_empty_link_is_an_empty_preset(link: str) -> None:
    assert is_preset_link(link)
    assert parse_preset_link(link) == Preset()


def test_auth_types_may_be_spelled_with_hyphens() -> None:
    assert parse_preset_link(LINK + "auth=OAuth-Own").auth_type is AuthType.OAUTH_OWN


def test_loopback_sites_only_when_allowed() -> None:
    link = LINK + "site=http://127.0.0.1:8123"
    assert parse_preset_link(link, allow_loopback_http=True).site_url == (
        "http://127.0.0.1:8123"
    )
    with pytest.raises(InputError, match="site that is not usable"):
        parse_preset_link(link)


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("https://acme.atlassian.net", "not a jira-wizard://setup link"),
        ("jira-wizard://remove?name=x", "not a jira-wizard://setup link"),
        (LINK + "colour=blue", "a part 'colour' this program does not know"),
        (LINK + "site=acme&site=beta", "gives 'site' more than once"),
        (LINK + "auth=password", "not one of api_token, oauth_org, oauth_own"),
        (LINK + "scope=read:issue:jira", "a scope this program does not know"),
        (LINK + "site=ftp://acme", "site that is not usable"),
        (LINK + "email=ada", "not an email address"),
        (LINK + "name=a%01b", "cannot contain control characters"),
        (LINK + "name=" + "x" * 3000, "longer than 2048 characters"),
    ],
)
def test_a_bad_link_is_refused_with_a_reason(link: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_preset_link(link)
    assert reason in caught.value.message
    assert caught.value.help_topic == "presets"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


SECRET_LINKS = [
    # keys that name a secret, however they are written
    ("token", LINK + "site=acme&token=hunter2hunter2"),
    ("api_token", LINK + "site=acme&api_token=hunter2hunter2"),
    ("api-token", LINK + "api-token=hunter2hunter2"),
    ("secret", LINK + "secret=hunter2hunter2"),
    ("client_secret", LINK + "auth=oauth_own&client_secret=hunter2hunter2"),
    ("password", LINK + "Password=hunter2hunter2"),
    ("access_token", LINK + "access_token=hunter2hunter2"),
    ("refresh_token", LINK + "refresh_token=hunter2hunter2"),
    ("code", LINK + "code=hunter2hunter2"),
    ("code_verifier", LINK + "code_verifier=hunter2hunter2"),
    ("encoded key", LINK + "%74%6Fken=hunter2hunter2"),
    ("twice encoded key", LINK + "%2574oken=hunter2hunter2"),
    # values that are secrets
    ("token as name", LINK + "name=" + quote(TOKEN, safe="")),
    ("token as email", LINK + "email=" + TOKEN),
    ("token, encoded twice", LINK + "name=" + quote(quote(TOKEN, safe=""), safe="")),
    ("token split over scopes", LINK + "scope=" + TOKEN[:20] + "&scope=" + TOKEN[20:]),
    ("basic header", LINK + "name=" + quote("Basic " + _b64("a@b.c:" + TOKEN))),
    ("bearer header", LINK + "name=Bearer%20abc.def"),
    ("base64 of email and token", LINK + "name=" + quote(_b64("a@b.c:" + TOKEN))),
    ("password in the site", LINK + "site=" + quote("https://ada:hunter2@acme.com")),
    ("token in a site query", LINK + "site=" + quote(f"{ACME}/?token=hunter2")),
    ("code in a site query", LINK + "site=" + quote(f"{ACME}/x?a=1&code=hunter2")),
]


@pytest.mark.parametrize(
    ("case", "link"), SECRET_LINKS, ids=[c for c, _ in SECRET_LINKS]
)
def test_a_link_with_a_secret_is_refused_whole(case: str, link: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_preset_link(link)
    text = str(caught.value)
    assert "refused whole" in text
    assert caught.value.advice == LINK_ADVICE
    assert caught.value.help_topic == "presets"
    for leaked in ("hunter2", TOKEN[:12], TOKEN[-12:], _b64("a@b.c:" + TOKEN)[:16]):
        assert leaked not in text


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "preset.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_fills_in_every_field(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'site = "https://acme.atlassian.net"\nauth = "oauth_org"\n'
        'scopes = ["manage:jira-configuration", "read:jira-work"]\n'
        'name = "work"\n',
    )
    assert parse_preset_file(path) == Preset(
        site_url=ACME,
        auth_type=AuthType.OAUTH_ORG,
        scopes=("manage:jira-configuration",),
        name="work",
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("site = 5\n", "'site' must be a string"),
        ('scopes = "manage:jira-configuration"\n', "'scopes' must be a list"),
        ("colour = 'blue'\n", "a key 'colour' this program does not know"),
        ('scope = ["x"]\n', "a key 'scope' this program does not know"),
        ("site = \n", "not valid TOML"),
    ],
)
def test_a_bad_file_is_refused(tmp_path: Path, text: str, reason: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        parse_preset_file(path)
    assert str(path) in caught.value.message
    assert reason in caught.value.message


@pytest.mark.parametrize(
    "text",
    [
        'site = "acme"\ntoken = "hunter2hunter2"\n',
        'site = "acme"\n[oauth]\nclient_secret = "hunter2hunter2"\n',
        f'name = "{TOKEN}"\n',
        f'scopes = ["{TOKEN}"]\n',
        f'email = "{quote(quote(TOKEN, safe=""), safe="")}"\n',
        'site = "https://ada:hunter2@acme.atlassian.net"\n',
    ],
)
def test_a_file_with_a_secret_is_refused_whole(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_preset_file(write(tmp_path, text))
    assert "refused whole" in str(caught.value)
    assert caught.value.advice == FILE_ADVICE
    assert caught.value.help_topic == "presets"
    assert "hunter2" not in str(caught.value)
    assert TOKEN[:12] not in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        parse_preset_file(tmp_path / "nowhere.toml")


# Precedence ------------------------------------------------------------------------

ORG_APP = OrganizationApp("org", Secret("s"))
OPEN = Policy(organization_app=ORG_APP)
LOCKED = Policy(
    organization_app=ORG_APP,
    allowed_auth_types=(AuthType.OAUTH_ORG,),
    site_url=ACME,
    lock_site=True,
    scopes=ScopePolicy(required=("manage:jira-configuration",), offered=()),
)
DEFAULT_SITE = Policy(site_url="https://default.atlassian.net")
BETA = "https://beta.atlassian.net"
GAMMA = "https://gamma.atlassian.net"
PRESET = Preset(BETA, AuthType.OAUTH_OWN, ("manage:jira-data-provider",), "p", "p@x.io")
EARLIER = Preset(GAMMA, AuthType.API_TOKEN, ("manage:jira-configuration",), "e", None)

PRECEDENCE = [
    # policy, preset, previous, field, value, source, locked
    (OPEN, None, None, "site_url", None, None, False),
    (OPEN, PRESET, EARLIER, "site_url", BETA, "preset", False),
    (OPEN, None, EARLIER, "site_url", GAMMA, "previous", False),
    (DEFAULT_SITE, None, None, "site_url", DEFAULT_SITE.site_url, "policy", 0),
    (DEFAULT_SITE, PRESET, None, "site_url", BETA, "preset", False),
    (LOCKED, PRESET, EARLIER, "site_url", ACME, "policy", True),
    (OPEN, PRESET, EARLIER, "auth_type", AuthType.OAUTH_OWN, "preset", False),
    (OPEN, None, EARLIER, "auth_type", AuthType.API_TOKEN, "previous", False),
    (OPEN, None, None, "auth_type", None, None, False),
    (LOCKED, PRESET, EARLIER, "auth_type", AuthType.OAUTH_ORG, "policy", True),
    (Policy(), Preset(auth_type=AuthType.OAUTH_ORG), EARLIER, "auth_type",
     AuthType.API_TOKEN, "previous", False),
    (OPEN, PRESET, EARLIER, "scopes", ("manage:jira-data-provider",), "preset", 0),
    (OPEN, None, EARLIER, "scopes", ("manage:jira-configuration",), "previous", 0),
    (LOCKED, PRESET, EARLIER, "scopes", (), "preset", True),
    (OPEN, PRESET, EARLIER, "name", "p", "preset", False),
    (LOCKED, None, EARLIER, "name", "e", "previous", False),
    (OPEN, PRESET, EARLIER, "email", "p@x.io", "preset", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("policy", "preset", "previous", "name", "value", "source", "locked"), PRECEDENCE
)
def test_policy_over_preset_over_earlier_choices(
    policy: Policy,
    preset: Preset | None,
    previous: Preset | None,
    name: str,
    value: object,
    source: str | None,
    locked: bool,
) -> None:
    choices = effective_choices(policy, preset, previous)
    assert getattr(choices, name) == value
    assert choices.sources.get(name) == source
    assert choices.locked(name) is bool(locked)


def test_what_the_policy_set_aside_is_said() -> None:
    choices = effective_choices(LOCKED, PRESET)
    assert len(choices.notes) == 3
    assert any("your own app" in note for note in choices.notes)
    assert any(ACME in note for note in choices.notes)
    assert any("manage:jira-data-provider" in note for note in choices.notes)
    assert effective_choices(OPEN, PRESET).notes == ()


def test_the_scopes_to_request_hold_the_required_ones() -> None:
    choices = effective_choices(LOCKED, None)
    assert choices.required_scopes[-1] == "offline_access"
    assert "manage:jira-configuration" in choices.scopes_to_request
    assert set(REQUIRED_SCOPES) <= set(choices.scopes_to_request)
    assert choices.offered_scopes == ()
    assert choices.auth_types == (AuthType.OAUTH_ORG,)


def test_no_policy_and_no_preset_offer_everything_unlocked() -> None:
    choices = effective_choices(Policy(), None)
    assert choices == Choices(
        auth_types=(AuthType.API_TOKEN, AuthType.OAUTH_OWN),
        offered_scopes=("manage:jira-configuration", "manage:jira-data-provider"),
    )
