"""The scope list, and what a connection asks Atlassian for."""

from __future__ import annotations

import pytest

from jira_wizard.core.errors import InputError
from jira_wizard.core.scopes import (
    OPTIONAL_SCOPES,
    REQUIRED_SCOPES,
    SCOPES,
    missing_scopes,
    parse_scope_list,
    scope,
    scopes_to_request,
)

ALWAYS = (
    "read:jira-user",
    "read:jira-work",
    "write:jira-work",
    "manage:jira-project",
    "offline_access",
)


def test_required_and_optional_scopes_are_the_documented_ones() -> None:
    assert set(REQUIRED_SCOPES) == set(ALWAYS)
    assert set(OPTIONAL_SCOPES) == {
        "manage:jira-configuration",
        "manage:jira-data-provider",
    }


def test_every_scope_has_a_plain_meaning() -> None:
    for entry in SCOPES:
        assert len(entry.meaning) > 30, entry.name
        assert entry.meaning.endswith("."), entry.name
        assert entry.name not in entry.meaning


@pytest.mark.parametrize(
    ("chosen", "expected_extra"),
    [
        ([], ()),
        (["manage:jira-configuration"], ("manage:jira-configuration",)),
        (
            ["manage:jira-data-provider", "manage:jira-configuration"],
            ("manage:jira-configuration", "manage:jira-data-provider"),
        ),
        (["read:jira-work", " offline_access "], ()),
        (
            ["manage:jira-data-provider", "manage:jira-data-provider"],
            ("manage:jira-data-provider",),
        ),
    ],
)
def test_scopes_to_request_always_adds_the_required_ones_in_a_fixed_order(
    chosen: list[str], expected_extra: tuple[str, ...]
) -> None:
    asked = scopes_to_request(chosen)

    assert set(asked) == set(ALWAYS) | set(expected_extra)
    order = [entry.name for entry in SCOPES]
    assert list(asked) == sorted(asked, key=order.index)
    assert scopes_to_request(reversed(chosen)) == asked


@pytest.mark.parametrize("name", ["read:issue:jira", "READ:JIRA-WORK", "", "admin"])
def test_unknown_scope_names_are_refused(name: str) -> None:
    with pytest.raises(InputError) as caught:
        scopes_to_request(["read:jira-work", name])
    assert "read:jira-work" in caught.value.advice
    with pytest.raises(InputError):
        scope(name)


def test_missing_scopes_keeps_the_order_asked() -> None:
    asked = scopes_to_request(["manage:jira-configuration"])
    granted = ["read:jira-work", "write:jira-work", "offline_access"]

    assert missing_scopes(asked, granted) == (
        "read:jira-user",
        "manage:jira-project",
        "manage:jira-configuration",
    )
    assert missing_scopes(asked, asked) == ()


def test_parse_scope_list_splits_on_any_whitespace() -> None:
    assert parse_scope_list(" read:jira-work  write:jira-work\toffline_access ") == (
        "read:jira-work",
        "write:jira-work",
        "offline_access",
    )
    assert parse_scope_list(None) == ()
