"""The policy file: read strictly, refused with the file, the key and the fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from jira_wizard.core.errors import InputError
from jira_wizard.core.models import AuthType
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT
from jira_wizard.core.policy import (
    POLICY_ENV,
    load_policy,
    load_policy_from_environment,
)
from jira_wizard.core.scopes import OPTIONAL_SCOPES, REQUIRED_SCOPES

SECRET = "policy-secret-value-123"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_the_organization_app(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f'[organization_app]\nclient_id = "org-app"\nclient_secret = "{SECRET}"\n'
        "callback_port = 9123\n",
    )
    policy = load_policy(path)
    assert policy.source == path
    assert policy.organization_app is not None
    assert policy.organization_app.client_id == "org-app"
    assert policy.organization_app.client_secret.reveal() == SECRET
    assert policy.organization_app.callback_port == 9123
    assert SECRET not in repr(policy)


def test_the_port_defaults_to_the_products(tmp_path: Path) -> None:
    path = write(
        tmp_path, f'[organization_app]\nclient_id = "a"\nclient_secret = "{SECRET}"\n'
    )
    app = load_policy(path).organization_app
    assert app is not None
    assert app.callback_port == DEFAULT_CALLBACK_PORT


def test_an_empty_file_is_an_empty_policy(tmp_path: Path) -> None:
    assert load_policy(write(tmp_path, "")).organization_app is None


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("colour = 1\n", "colour", "not a setting"),
        ("organization_app = 3\n", "organization_app", "must be a table"),
        (
            f'[organization_app]\nclient_id = "a"\nclient_secret = "{SECRET}"\nx = 1\n',
            "organization_app.x",
            "not a setting",
        ),
        (
            f'[organization_app]\nclient_secret = "{SECRET}"\n',
            "organization_app.client_id",
            "non-empty string",
        ),
        (
            '[organization_app]\nclient_id = "a"\nclient_secret = 5\n',
            "organization_app.client_secret",
            "non-empty string",
        ),
        (
            f'[organization_app]\nclient_id = "a"\nclient_secret = "{SECRET}"\n'
            'callback_port = "80"\n',
            "organization_app.callback_port",
            "whole number",
        ),
        (
            f'[organization_app]\nclient_id = "a"\nclient_secret = "{SECRET}"\n'
            "callback_port = 80\n",
            "organization_app.callback_port",
            "",
        ),
        (
            f'[organization_app]\nclient_id = "a"\nclient_secret = "{SECRET}"\n'
            "callback_port = true\n",
            "organization_app.callback_port",
            "whole number",
        ),
    ],
)
def test_a_bad_file_is_refused_with_file_key_and_fault(
    tmp_path: Path, text: str, key: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"'{key}'" in message
    assert problem in message
    assert SECRET not in message


def test_invalid_toml_and_missing_file_are_explained(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not valid TOML"):
        load_policy(write(tmp_path, "[organization_app\n"))
    with pytest.raises(InputError, match="does not exist"):
        load_policy(tmp_path / "nowhere.toml")


APP = f'[organization_app]\nclient_id = "org-app"\nclient_secret = "{SECRET}"\n'


def test_a_full_policy_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'allowed_auth_types = ["oauth_org", "api_token"]\n'
        'site_url = "acme"\n'
        "lock_site = true\n"
        "allow_insecure_keychain = true\n" + APP + "[scopes]\n"
        'required = ["manage:jira-configuration"]\n'
        "offered = []\n",
    )
    policy = load_policy(path)
    assert policy.auth_types == (AuthType.API_TOKEN, AuthType.OAUTH_ORG)
    assert policy.site_url == "https://acme.atlassian.net"
    assert policy.lock_site
    assert policy.allow_insecure_keychain
    assert "manage:jira-configuration" in policy.required_scopes
    assert set(REQUIRED_SCOPES) <= set(policy.required_scopes)
    assert policy.offered_scopes == ()
    assert policy.scopes_locked


def test_without_keys_everything_is_offered(tmp_path: Path) -> None:
    bare = load_policy(write(tmp_path, ""))
    assert bare.auth_types == (AuthType.API_TOKEN, AuthType.OAUTH_OWN)
    assert bare.required_scopes == REQUIRED_SCOPES
    assert bare.offered_scopes == OPTIONAL_SCOPES
    assert not bare.scopes_locked
    assert not bare.lock_site
    assert not bare.allow_insecure_keychain
    with_app = load_policy(write(tmp_path, APP))
    assert AuthType.OAUTH_ORG in with_app.auth_types


def test_offered_scopes_leave_out_the_required_ones(tmp_path: Path) -> None:
    policy = load_policy(
        write(tmp_path, '[scopes]\nrequired = ["manage:jira-data-provider"]\n')
    )
    assert policy.offered_scopes == ("manage:jira-configuration",)
    assert policy.required_scopes[-1] == "offline_access"


BAD_FILES = [
    # unknown keys, at every level
    ("colour = 1\n", "colour", "not a setting"),
    (APP + "x = 1\n", "organization_app.x", "not a setting"),
    ("[scopes]\nwanted = []\n", "scopes.wanted", "not a setting"),
    # wrong types
    ("organization_app = 3\n", "organization_app", "must be a table"),
    ("scopes = []\n", "scopes", "must be a table"),
    ('allowed_auth_types = "api_token"\n', "allowed_auth_types", "list of strings"),
    ("allowed_auth_types = [1]\n", "allowed_auth_types", "list of strings"),
    ("site_url = 5\n", "site_url", "non-empty string"),
    ('site_url = " "\n', "site_url", "non-empty string"),
    ('lock_site = "yes"\n', "lock_site", "true or false"),
    ("allow_insecure_keychain = 1\n", "allow_insecure_keychain", "true or false"),
    ('[scopes]\nrequired = "read:jira-work"\n', "scopes.required", "list of"),
    ("[scopes]\noffered = [true]\n", "scopes.offered", "list of strings"),
    (
        f'[organization_app]\nclient_secret = "{SECRET}"\n',
        "organization_app.client_id",
        "non-empty string",
    ),
    (
        '[organization_app]\nclient_id = "a"\nclient_secret = 5\n',
        "organization_app.client_secret",
        "non-empty string",
    ),
    (APP + 'callback_port = "80"\n', "organization_app.callback_port", "whole"),
    (APP + "callback_port = true\n", "organization_app.callback_port", "whole"),
    # impossible values
    (APP + "callback_port = 80\n", "organization_app.callback_port", "from 1024"),
    ("allowed_auth_types = []\n", "allowed_auth_types", "no way to connect"),
    (
        f'allowed_auth_types = ["{SECRET}"]\n',
        "allowed_auth_types",
        "item 1 is not one of api_token, oauth_org, oauth_own",
    ),
    ('allowed_auth_types = ["oauth_org"]\n', "allowed_auth_types", "no [organiz"),
    ("lock_site = true\n", "lock_site", "no 'site_url'"),
    (f'site_url = "http://{SECRET}.example.com"\n', "site_url", "not a Jira Cloud"),
    (f'site_url = "https://a:{SECRET}@x.com"\n', "site_url", "not a Jira Cloud"),
    (
        f'[scopes]\nrequired = ["read:jira-work", "{SECRET}"]\n',
        "scopes.required",
        "item 2 is not a scope this program knows",
    ),
    ('[scopes]\noffered = ["read:issue:jira"]\n', "scopes.offered", "item 1 is not"),
    (
        '[scopes]\nrequired = ["manage:jira-configuration"]\n'
        'offered = ["manage:jira-configuration"]\n',
        "scopes",
        "both required and offered",
    ),
]


@pytest.mark.parametrize(("text", "key", "problem"), BAD_FILES)
def test_every_kind_of_bad_file_is_refused(
    tmp_path: Path, text: str, key: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"'{key}'" in message
    assert problem in message
    assert SECRET not in message
    assert "IT department" in message
    assert caught.value.help_topic == "organization-policy"


@pytest.mark.parametrize("port", [80, 1023, 65536, 99999])
def test_a_port_out_of_range_is_refused_in_one_sentence(
    tmp_path: Path, port: int
) -> None:
    path = write(tmp_path, APP + f"callback_port = {port}\n")
    with pytest.raises(InputError) as caught:
        load_policy(path)
    assert caught.value.message == (
        f"The policy file {path}: 'organization_app.callback_port' must be a port "
        "from 1024 to 65535."
    )
    assert caught.value.advice == "Ask your IT department to correct the policy file."


@pytest.mark.parametrize("port", [1024, 65535])
def test_the_ports_at_the_ends_of_the_range_are_taken(
    tmp_path: Path, port: int
) -> None:
    policy = load_policy(write(tmp_path, APP + f"callback_port = {port}\n"))
    assert policy.organization_app is not None
    assert policy.organization_app.callback_port == port


def test_a_file_that_cannot_be_read_points_at_the_policy_page(tmp_path: Path) -> None:
    for path in (write(tmp_path, "[organization_app\n"), tmp_path / "nowhere.toml"):
        with pytest.raises(InputError) as caught:
            load_policy(path)
        assert caught.value.help_topic == "organization-policy"


def test_the_toml_error_names_the_place_not_the_text(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_policy(write(tmp_path, f'client_secret = "{SECRET}\n'))
    assert "not valid TOML" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_the_environment_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "lock_site = true\nsite_url = 'acme'\n")
    monkeypatch.setenv(POLICY_ENV, str(path))
    assert load_policy_from_environment().lock_site
    other = tmp_path / "other.toml"
    other.write_text("", encoding="utf-8")
    assert not load_policy_from_environment(other).lock_site


def test_the_checks_the_service_makes(tmp_path: Path) -> None:
    policy = load_policy(
        write(
            tmp_path,
            'allowed_auth_types = ["api_token"]\nsite_url = "acme"\nlock_site = true\n'
            '[scopes]\nrequired = ["manage:jira-configuration"]\noffered = []\n',
        )
    )
    policy.require_auth_type(AuthType.API_TOKEN)
    with pytest.raises(InputError, match="does not allow") as caught:
        policy.require_auth_type(AuthType.OAUTH_OWN)
    assert caught.value.help_topic == "organization-policy"
    policy.require_site("https://acme.atlassian.net")
    with pytest.raises(InputError, match="one site only"):
        policy.require_site("https://beta.atlassian.net")
    policy.require_scopes(policy.required_scopes)
    with pytest.raises(InputError, match="requires the scopes"):
        policy.require_scopes(REQUIRED_SCOPES)
    with pytest.raises(InputError, match="manage:jira-data-provider"):
        policy.require_scopes((*policy.required_scopes, "manage:jira-data-provider"))
