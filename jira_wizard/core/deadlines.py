"""When a saved connection stops working, and what to tell the person before then.

Pure: every function takes "today" from the caller, so the rules can be tested
against any date. The deadlines come from Atlassian's rules:

- an API token expires on the date chosen when it was created, at most a year
  later (Atlassian, since December 2024). When no date was given, the token
  expires a year after it was stored at the latest, since it cannot be older
  than that;
- an OAuth refresh token lapses after 90 days without use, counted from the
  last refresh or from consent, and ends 365 days after consent whatever
  happens. Each refresh restarts the 90 days; nothing restarts the 365.

A connection's status is the first that applies of:

    needs_sign_in   Atlassian refused the refresh token: sign in again
    expired         the nearest deadline has passed
    expiring        the nearest deadline is at most 30 days away
                    (``urgent`` from 7 days away)
    unknown         never verified
    working         none of the above

Dates are whole days, in UTC, counted on the safe side: a deadline falls "on"
the day it happens, and that day counts as passed.
"""

from __future__ import annotations

import enum
import shlex
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from jira_wizard.core.i18n import translate
from jira_wizard.core.models import AuthType, Connection

#: Atlassian's page for creating and revoking API tokens.
API_TOKENS_URL = "https://id.atlassian.com/manage-profile/security/api-tokens"

WARN_AHEAD = timedelta(days=30)
URGENT_AHEAD = timedelta(days=7)
API_TOKEN_MAX_LIFETIME = timedelta(days=365)
REFRESH_IDLE_LIFETIME = timedelta(days=90)
CONSENT_LIFETIME = timedelta(days=365)


class Status(str, enum.Enum):
    WORKING = "working"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NEEDS_SIGN_IN = "needs_sign_in"
    UNKNOWN = "unknown"


class DeadlineKind(str, enum.Enum):
    TOKEN_EXPIRY = "token_expiry"
    REFRESH_IDLE = "refresh_idle"
    CONSENT_LIMIT = "consent_limit"


@dataclass(frozen=True)
class Deadline:
    """A day on which the connection stops working unless something is done.

    ``estimated`` marks an API token's latest possible expiry, used when the
    person gave no date.
    """

    kind: DeadlineKind
    on: date
    estimated: bool = False

    def days_left(self, today: date) -> int:
        return (self.on - today).days


@dataclass(frozen=True)
class Health:
    """A connection's status, its nearest deadline, and what to say about it."""

    status: Status
    deadline: Deadline | None
    deadlines: tuple[Deadline, ...]
    days_left: int | None
    urgent: bool
    message: str

    @property
    def label(self) -> str:
        """The status in a few words, for a table or a list."""
        if self.status is Status.EXPIRING and self.urgent:
            return "expiring soon"
        return self.status.value.replace("_", " ").replace("sign in", "sign-in")

    @property
    def needs_attention(self) -> bool:
        return self.status not in (Status.WORKING, Status.UNKNOWN)


@dataclass(frozen=True)
class ConnectionSummary:
    """What the manager window shows for one connection."""

    connection: Connection
    health: Health


def sign_in_again_command(name: str) -> str:
    """The command that signs an OAuth connection in again, keeping its name."""
    return f"jira-wizard add oauth --name {shlex.quote(name)} --replace"


def rotate_command(name: str) -> str:
    return f"jira-wizard rotate {shlex.quote(name)} --token-stdin"


def check_command(name: str) -> str:
    return f"jira-wizard test {shlex.quote(name)}"


def deadlines(connection: Connection) -> tuple[Deadline, ...]:
    """Every deadline of the connection, the nearest first."""
    if connection.auth_type is AuthType.API_TOKEN:
        found = [_token_deadline(connection)]
    else:
        consented = connection.consented_at or connection.created_at
        last_use = connection.last_refreshed_at or consented
        found = [
            Deadline(DeadlineKind.REFRESH_IDLE, _day(last_use + REFRESH_IDLE_LIFETIME)),
            Deadline(DeadlineKind.CONSENT_LIMIT, _day(consented + CONSENT_LIFETIME)),
        ]
    return tuple(sorted((d for d in found if d is not None), key=lambda d: d.on))


def health(connection: Connection, today: date) -> Health:
    """The connection's status on ``today``, with one message saying what to do."""
    found = deadlines(connection)
    nearest = found[0] if found else None
    left = nearest.days_left(today) if nearest else None
    status = _status(connection, left)
    urgent = (
        status is Status.EXPIRING and left is not None and left <= _days(URGENT_AHEAD)
    )
    return Health(
        status=status,
        deadline=nearest,
        deadlines=found,
        days_left=left,
        urgent=urgent,
        message=_message(connection, status, nearest, today),
    )


def describe_deadline(deadline: Deadline, today: date) -> str:
    """One sentence: the deadline and how far away it is."""
    on, when = deadline.on.isoformat(), _when(deadline.days_left(today))
    if deadline.kind is DeadlineKind.TOKEN_EXPIRY:
        if deadline.estimated:
            text = translate(
                "Deadlines",
                "The API token expires by {date} at the latest ({when}): API "
                "tokens last at most a year, and no expiry date was given.",
            )
        else:
            text = translate("Deadlines", "The API token expires on {date} ({when}).")
    elif deadline.kind is DeadlineKind.REFRESH_IDLE:
        text = translate(
            "Deadlines",
            "The sign-in lapses on {date} ({when}) if the connection is not "
            "used; each use renews it.",
        )
    else:
        text = translate(
            "Deadlines", "The sign-in ends on {date} ({when}), a year after consent."
        )
    return text.format(date=on, when=when)


# -- the rules ------------------------------------------------------------------


def _token_deadline(connection: Connection) -> Deadline | None:
    if connection.token_expires_on is not None:
        return Deadline(DeadlineKind.TOKEN_EXPIRY, connection.token_expires_on)
    stored = connection.token_set_at or connection.created_at
    latest = _day(stored + API_TOKEN_MAX_LIFETIME)
    verified = connection.last_verified_at
    if verified is not None and _day(verified) >= latest:
        # It worked on or after the day it should have died: the token is
        # newer than the connection says, so its real expiry is unknown.
        return None
    return Deadline(DeadlineKind.TOKEN_EXPIRY, latest, estimated=True)


def _status(connection: Connection, days_left: int | None) -> Status:
    if connection.needs_sign_in:
        return Status.NEEDS_SIGN_IN
    if days_left is not None and days_left <= 0:
        return Status.EXPIRED
    if days_left is not None and days_left <= _days(WARN_AHEAD):
        return Status.EXPIRING
    if connection.last_verified_at is None:
        return Status.UNKNOWN
    return Status.WORKING


def _message(
    connection: Connection, status: Status, nearest: Deadline | None, today: date
) -> str:
    name = connection.name
    if status is Status.NEEDS_SIGN_IN:
        return translate(
            "Deadlines",
            "Atlassian no longer accepts the sign-in. Sign in again: {command}",
        ).format(command=sign_in_again_command(name))
    if nearest is None:
        sentence = translate("Deadlines", "The API token's expiry date is not known.")
    elif status is Status.EXPIRED:
        return _expired(connection, nearest)
    else:
        sentence = describe_deadline(nearest, today)
    if status is Status.EXPIRING and nearest is not None:
        return f"{sentence} {_what_to_do(connection, nearest)}"
    if status is Status.UNKNOWN:
        return translate(
            "Deadlines", "Not verified yet: run {command}. {sentence}"
        ).format(command=check_command(name), sentence=sentence)
    return sentence


def _expired(connection: Connection, deadline: Deadline) -> str:
    on, name = deadline.on.isoformat(), connection.name
    if deadline.kind is DeadlineKind.TOKEN_EXPIRY:
        if deadline.estimated:
            what = translate(
                "Deadlines",
                "The API token expired by {date} at the latest: API tokens last "
                "at most a year.",
            )
        else:
            what = translate("Deadlines", "The API token expired on {date}.")
        return f"{what.format(date=on)} {_what_to_do(connection, deadline)}"
    if deadline.kind is DeadlineKind.REFRESH_IDLE:
        what = translate(
            "Deadlines", "The sign-in lapsed on {date}, after 90 days without use."
        )
    else:
        what = translate(
            "Deadlines", "The sign-in ended on {date}, a year after consent."
        )
    again = translate("Deadlines", "Sign in again: {command}").format(
        command=sign_in_again_command(name)
    )
    return f"{what.format(date=on)} {again}"


def _what_to_do(connection: Connection, deadline: Deadline) -> str:
    name = connection.name
    if deadline.kind is DeadlineKind.TOKEN_EXPIRY:
        return translate(
            "Deadlines", "Create a new token at {url}, then run: {command}"
        ).format(url=API_TOKENS_URL, command=rotate_command(name))
    if deadline.kind is DeadlineKind.REFRESH_IDLE:
        return translate(
            "Deadlines", "Any use renews it, for example: {command}"
        ).format(command=check_command(name))
    return translate("Deadlines", "Sign in again before then: {command}").format(
        command=sign_in_again_command(name)
    )


def _when(days: int) -> str:
    if days == 0:
        return translate("Deadlines", "today")
    if days == 1:
        return translate("Deadlines", "tomorrow")
    if days == -1:
        return translate("Deadlines", "yesterday")
    if days > 0:
        return translate("Deadlines", "in {days} days").format(days=days)
    return translate("Deadlines", "{days} days ago").format(days=-days)


def _day(moment: datetime) -> date:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.date()


def _days(delta: timedelta) -> int:
    return delta.days
