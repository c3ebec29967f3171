"""Rotating refresh tokens and token expiry, as Atlassian enforces them."""

from __future__ import annotations

import httpx

from jira_wizard.sandbox import DEMO, Sandbox
from tests.fixtures.sandbox import myself, refresh, sign_in

UNKNOWN_REFRESH = {
    "error": "invalid_grant",
    "error_description": "Unknown or invalid refresh token.",
}


def test_refresh_rotates(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    tokens = sign_in(sandbox)
    answer = refresh(sandbox_client, sandbox, tokens["refresh_token"])
    assert answer.status_code == 200
    renewed = answer.json()
    assert renewed["refresh_token"] != tokens["refresh_token"]
    assert renewed["access_token"] != tokens["access_token"]
    assert renewed["scope"] == tokens["scope"]
    assert myself(sandbox_client, sandbox, renewed["access_token"]).status_code == 200
    assert sandbox.refresh_count == 1
    assert sandbox.refresh_count_for(renewed["refresh_token"]) == 1
    assert sandbox.refresh_count_for(tokens["access_token"]) == 1


def test_old_refresh_token_tolerated_within_reuse_interval(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    old = sign_in(sandbox)["refresh_token"]
    assert refresh(sandbox_client, sandbox, old).status_code == 200
    sandbox.advance(9 * 60)
    again = refresh(sandbox_client, sandbox, old)
    assert again.status_code == 200
    assert sandbox.refresh_count == 2
    assert not sandbox.is_revoked(old)


def test_old_refresh_token_after_reuse_interval_revokes_the_family(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    first = sign_in(sandbox)
    newer = refresh(sandbox_client, sandbox, first["refresh_token"]).json()
    sandbox.advance(11 * 60)
    reuse = refresh(sandbox_client, sandbox, first["refresh_token"])
    assert reuse.status_code == 403
    assert reuse.json() == UNKNOWN_REFRESH
    assert sandbox.is_revoked(newer["refresh_token"])
    # Every token of the family is dead now, the newest included.
    assert (
        refresh(sandbox_client, sandbox, newer["refresh_token"]).json()
        == UNKNOWN_REFRESH
    )
    assert myself(sandbox_client, sandbox, newer["access_token"]).status_code == 401
    assert sandbox.refresh_count == 1


def test_refresh_with_unknown_token_or_wrong_client(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    tokens = sign_in(sandbox)
    assert refresh(sandbox_client, sandbox, "not-a-token").json() == UNKNOWN_REFRESH
    other = refresh(
        sandbox_client,
        sandbox,
        tokens["refresh_token"],
        client_id=DEMO.own_client_id,
        client_secret=DEMO.own_client_secret,
    )
    assert other.status_code == 403
    wrong_secret = refresh(
        sandbox_client, sandbox, tokens["refresh_token"], client_secret="x"
    )
    assert wrong_secret.status_code == 401
    assert sandbox.refresh_count == 0


def test_refresh_token_dies_after_90_idle_days(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    tokens = sign_in(sandbox)
    sandbox.advance(91 * 86400)
    answer = refresh(sandbox_client, sandbox, tokens["refresh_token"])
    assert answer.status_code == 403
    assert answer.json()["error"] == "invalid_grant"


def test_access_token_expires(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    sandbox.access_token_lifetime = 60
    tokens = sign_in(sandbox)
    assert tokens["expires_in"] == 60
    assert myself(sandbox_client, sandbox, tokens["access_token"]).status_code == 200
    sandbox.advance(61)
    expired = myself(sandbox_client, sandbox, tokens["access_token"])
    assert expired.status_code == 401
    renewed = refresh(sandbox_client, sandbox, tokens["refresh_token"]).json()
    assert myself(sandbox_client, sandbox, renewed["access_token"]).status_code == 200


def test_refresh_without_a_new_refresh_token_keeps_the_old_one(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.faults.omit_refresh_token = True
    old = sign_in(sandbox)["refresh_token"]
    first = refresh(sandbox_client, sandbox, old)
    assert first.status_code == 200
    assert "refresh_token" not in first.json()
    sandbox.advance(11 * 60)
    # Never rotated, so using it again later is no reuse.
    again = refresh(sandbox_client, sandbox, old)
    assert again.status_code == 200
    assert sandbox.refresh_count_for(old) == 2
