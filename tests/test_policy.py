"""The policy file: read strictly, refused with the file, the key and the fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from jira_wizard.core.errors import InputError
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT
from jira_wizard.core.policy import load_policy

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
