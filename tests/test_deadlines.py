"""Deadlines and statuses of saved connections, on chosen days."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from jira_wizard.core.deadlines import (
    API_TOKENS_URL,
    DeadlineKind,
    Status,
    deadlines,
    health,
)
from jira_wizard.core.models import Account, AuthType, Connection

TODAY = date(2026, 3, 1)


def moment(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=9, tzinfo=timezone.utc)


def api_token(
    expires: str | None = None,
    created: str = "2026-01-01",
    verified: str | None = "2026-02-20",
    token_set: str | None = None,
) -> Connection:
    return Connection(
        name="acme",
        auth_type=AuthType.API_TOKEN,
        site_url="https://acme.atlassian.net",
        cloud_id="c",
        api_base_url="https://acme.atlassian.net",
        account=Account("a", "Ada"),
        secret_ref="r",
        email="ada@example.com",
        created_at=moment(created),
        last_verified_at=moment(verified) if verified else None,
        token_expires_on=date.fromisoformat(expires) if expires else None,
        token_set_at=moment(token_set) if token_set else None,
    )


def oauth(
    consented: str = "2026-01-01",
    refreshed: str | None = None,
    verified: str | None = "2026-02-20",
    needs_sign_in: bool = False,
) -> Connection:
    return Connection(
        name="my site",
        auth_type=AuthType.OAUTH_ORG,
        site_url="https://acme.atlassian.net",
        cloud_id="c",
        api_base_url="https://api.atlassian.com/ex/jira/c",
        account=Account("a", "Ada"),
        secret_ref="r",
        client_id="org",
        created_at=moment(consented),
        consented_at=moment(consented),
        last_verified_at=moment(verified) if verified else None,
        last_refreshed_at=moment(refreshed) if refreshed else None,
        needs_sign_in=needs_sign_in,
    )


@pytest.mark.parametrize(
    ("connection", "status", "urgent", "on", "kind", "words"),
    [
        # API tokens with the date given at creation.
        (api_token("2026-12-01"), Status.WORKING, False, "2026-12-01",
         DeadlineKind.TOKEN_EXPIRY, "expires on 2026-12-01 (in 275 days)"),
        (api_token("2026-04-01"), Status.WORKING, False, "2026-04-01",
         DeadlineKind.TOKEN_EXPIRY, "in 31 days"),
        (api_token("2026-03-31"), Status.EXPIRING, False, "2026-03-31",
         DeadlineKind.TOKEN_EXPIRY, "jira-wizard rotate acme --token-stdin"),
        (api_token("2026-03-09"), Status.EXPIRING, False, "2026-03-09",
         DeadlineKind.TOKEN_EXPIRY, API_TOKENS_URL),
        (api_token("2026-03-08"), Status.EXPIRING, True, "2026-03-08",
         DeadlineKind.TOKEN_EXPIRY, "in 7 days"),
        (api_token("2026-03-02"), Status.EXPIRING, True, "2026-03-02",
         DeadlineKind.TOKEN_EXPIRY, "tomorrow"),
        (api_token("2026-03-01"), Status.EXPIRED, False, "2026-03-01",
         DeadlineKind.TOKEN_EXPIRY, "expired on 2026-03-01"),
        (api_token("2026-02-01"), Status.EXPIRED, False, "2026-02-01",
         DeadlineKind.TOKEN_EXPIRY, "rotate acme"),
        # No date given: a year after the token was stored, at the latest.
        (api_token(None, created="2025-06-01"), Status.WORKING, False, "2026-06-01",
         DeadlineKind.TOKEN_EXPIRY, "by 2026-06-01 at the latest"),
        (api_token(None, created="2025-03-20"), Status.EXPIRING, False,
         "2026-03-20", DeadlineKind.TOKEN_EXPIRY, "at the latest"),
        (api_token(None, created="2025-01-01", token_set="2025-12-01"),
         Status.WORKING, False, "2026-12-01", DeadlineKind.TOKEN_EXPIRY, "2026-12-01"),
        (api_token(None, created="2025-01-01", verified=None), Status.EXPIRED,
         False, "2026-01-01", DeadlineKind.TOKEN_EXPIRY, "at most a year"),
        (api_token("2026-12-01", verified=None), Status.UNKNOWN, False,
         "2026-12-01", DeadlineKind.TOKEN_EXPIRY, "jira-wizard test acme"),
        # OAuth: 90 days without use, 365 days after consent.
        (oauth(), Status.WORKING, False, "2026-04-01",
         DeadlineKind.REFRESH_IDLE, "lapses on 2026-04-01 (in 31 days)"),
        (oauth(consented="2025-12-31"), Status.EXPIRING, False, "2026-03-31",
         DeadlineKind.REFRESH_IDLE, "in 30 days"),
        (oauth(consented="2025-12-10"), Status.EXPIRING, False, "2026-03-10",
         DeadlineKind.REFRESH_IDLE, "jira-wizard test 'my site'"),
        (oauth(consented="2025-12-01"), Status.EXPIRED, False, "2026-03-01",
         DeadlineKind.REFRESH_IDLE, "90 days without use"),
        (oauth(consented="2025-03-20", refreshed="2026-02-25"), Status.EXPIRING,
         False, "2026-03-20", DeadlineKind.CONSENT_LIMIT,
         "jira-wizard add oauth --name 'my site' --replace"),
        (oauth(consented="2025-03-05", refreshed="2026-02-28"), Status.EXPIRING,
         True, "2026-03-05", DeadlineKind.CONSENT_LIMIT, "a year after consent"),
        (oauth(consented="2025-02-01", refreshed="2026-02-28"), Status.EXPIRED,
         False, "2026-02-01", DeadlineKind.CONSENT_LIMIT, "Sign in again"),
        (oauth(consented="2025-12-01", refreshed="2026-02-27"), Status.WORKING,
         False, "2026-05-28", DeadlineKind.REFRESH_IDLE, "each use renews it"),
        (oauth(needs_sign_in=True), Status.NEEDS_SIGN_IN, False, "2026-04-01",
         DeadlineKind.REFRESH_IDLE, "add oauth --name 'my site' --replace"),
        (oauth(verified=None), Status.UNKNOWN, False, "2026-04-01",
         DeadlineKind.REFRESH_IDLE, "Not verified yet"),
    ],
)  # fmt: skip
def test_status_and_deadline_on_a_given_day(
    connection: Connection,
    status: Status,
    urgent: bool,
    on: str,
    kind: DeadlineKind,
    words: str,
) -> None:
    found = health(connection, TODAY)

    assert found.status is status
    assert found.urgent is urgent
    assert found.deadline is not None
    assert found.deadline.on == date.fromisoformat(on)
    assert found.deadline.kind is kind
    assert words in found.message
    assert found.days_left == (date.fromisoformat(on) - TODAY).days


def test_oauth_has_both_deadlines_nearest_first() -> None:
    found = deadlines(oauth(consented="2025-06-01", refreshed="2026-02-01"))

    assert [(d.kind, d.on.isoformat()) for d in found] == [
        (DeadlineKind.REFRESH_IDLE, "2026-05-02"),
        (DeadlineKind.CONSENT_LIMIT, "2026-06-01"),
    ]


def test_a_token_that_worked_after_its_latest_date_has_no_known_expiry() -> None:
    # Verified after the day it should have died: the token is newer than the
    # connection says, so the estimate is dropped rather than shown as expired.
    connection = api_token(None, created="2025-01-01", verified="2026-02-20")

    found = health(connection, TODAY)

    assert found.status is Status.WORKING
    assert found.deadline is None
    assert "not known" in found.message


@pytest.mark.parametrize(
    ("status", "urgent", "label", "attention"),
    [
        (Status.WORKING, False, "working", False),
        (Status.EXPIRING, False, "expiring", True),
        (Status.EXPIRING, True, "expiring soon", True),
        (Status.EXPIRED, False, "expired", True),
        (Status.NEEDS_SIGN_IN, False, "needs sign-in", True),
        (Status.UNKNOWN, False, "unknown", False),
    ],
)
def test_labels_for_a_table(
    status: Status, urgent: bool, label: str, attention: bool
) -> None:
    connection = {
        Status.WORKING: api_token("2026-12-01"),
        Status.EXPIRING: api_token("2026-03-05" if urgent else "2026-03-20"),
        Status.EXPIRED: api_token("2026-01-01"),
        Status.NEEDS_SIGN_IN: oauth(needs_sign_in=True),
        Status.UNKNOWN: api_token("2026-12-01", verified=None),
    }[status]

    found = health(connection, TODAY)

    assert (found.status, found.label, found.needs_attention) == (
        status,
        label,
        attention,
    )


def test_days_are_counted_in_utc() -> None:
    # 23:30 on 31 Dec in New York is already 1 Jan in UTC.
    late = datetime(2025, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    connection = oauth().replace(consented_at=late, created_at=late)

    assert deadlines(connection)[0].on == date(2026, 4, 1)
