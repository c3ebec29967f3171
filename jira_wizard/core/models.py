"""The connection model: what a saved connection is, and what is secret in it.

A connection's public part (site, account, scopes, dates) lives in the settings
file; its secrets live only in the OS keychain. ``Secret`` wraps every secret
value so that printing, logging or formatting it shows ``[secure]``.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

# The ways to connect, the names of the secrets and the secret wrapper are in
# ``kinds``, which the wizard's first page loads without the rest of the
# model; they are named here too, with the connection they describe.
from jira_wizard.core.kinds import AuthType as AuthType
from jira_wizard.core.kinds import Secret as Secret
from jira_wizard.core.kinds import SecretKind as SecretKind


@dataclass(frozen=True)
class Account:
    """Who a connection acts as, from ``/rest/api/3/myself``."""

    account_id: str
    display_name: str
    email: str | None = None


@dataclass(frozen=True)
class Connection:
    """A saved connection's public part; its secrets are in the keychain.

    ``secret_ref`` names the keychain entries of this version of the
    connection. Every save writes the secrets under a fresh reference and then
    switches the settings file over in one atomic rename, so a failed or
    interrupted save never touches the secrets of the version before it.

    ``needs_sign_in`` is set when Atlassian refused the OAuth refresh token
    (``invalid_grant``): the grant is gone, and only a new sign-in helps.
    ``last_refreshed_at`` is when the refresh token was last used (Atlassian
    lets one lapse after 90 days unused). ``token_set_at`` is when the current
    API token was stored, at creation or at the last rotation.
    ``callback_port`` is the port of the callback URL the sign-in used, so that
    signing in again can listen where the app's registered URL points.
    ``last_error`` is what went wrong the last time the connection was used
    (the error's kind and message, never a secret), for the diagnostic
    report; a success clears it.
    """

    name: str
    auth_type: AuthType
    site_url: str
    cloud_id: str
    api_base_url: str
    account: Account
    secret_ref: str
    email: str | None = None
    client_id: str | None = None
    scopes: tuple[str, ...] = ()
    created_at: datetime = field(default_factory=lambda: utcnow())
    last_verified_at: datetime | None = None
    token_expires_on: date | None = None
    consented_at: datetime | None = None
    access_token_expires_at: datetime | None = None
    needs_sign_in: bool = False
    last_refreshed_at: datetime | None = None
    token_set_at: datetime | None = None
    callback_port: int | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None

    def replace(self, **changes: Any) -> Connection:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The settings-file form. It never holds a secret."""
        return {
            "name": self.name,
            "auth_type": self.auth_type.value,
            "site_url": self.site_url,
            "cloud_id": self.cloud_id,
            "api_base_url": self.api_base_url,
            "account": {
                "account_id": self.account.account_id,
                "display_name": self.account.display_name,
                "email": self.account.email,
            },
            "secret_ref": self.secret_ref,
            "email": self.email,
            "client_id": self.client_id,
            "scopes": list(self.scopes),
            "created_at": _iso(self.created_at),
            "last_verified_at": _iso(self.last_verified_at),
            "token_expires_on": (
                self.token_expires_on.isoformat() if self.token_expires_on else None
            ),
            "consented_at": _iso(self.consented_at),
            "access_token_expires_at": _iso(self.access_token_expires_at),
            "needs_sign_in": self.needs_sign_in,
            "last_refreshed_at": _iso(self.last_refreshed_at),
            "token_set_at": _iso(self.token_set_at),
            "callback_port": self.callback_port,
            "last_error": self.last_error,
            "last_error_at": _iso(self.last_error_at),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Connection:
        account = data["account"]
        expires_on = data.get("token_expires_on")
        port = data.get("callback_port")
        return cls(
            name=str(data["name"]),
            auth_type=AuthType(data["auth_type"]),
            site_url=str(data["site_url"]),
            cloud_id=str(data["cloud_id"]),
            api_base_url=str(data["api_base_url"]),
            account=Account(
                account_id=str(account["account_id"]),
                display_name=str(account["display_name"]),
                email=account.get("email"),
            ),
            secret_ref=str(data["secret_ref"]),
            email=data.get("email"),
            client_id=data.get("client_id"),
            scopes=tuple(data.get("scopes") or ()),
            created_at=_parse_dt(data.get("created_at")) or utcnow(),
            last_verified_at=_parse_dt(data.get("last_verified_at")),
            token_expires_on=date.fromisoformat(expires_on) if expires_on else None,
            consented_at=_parse_dt(data.get("consented_at")),
            access_token_expires_at=_parse_dt(data.get("access_token_expires_at")),
            needs_sign_in=data.get("needs_sign_in") is True,
            last_refreshed_at=_parse_dt(data.get("last_refreshed_at")),
            token_set_at=_parse_dt(data.get("token_set_at")),
            callback_port=port if type(port) is int else None,
            last_error=_text_or_none(data.get("last_error")),
            last_error_at=_parse_dt(data.get("last_error_at")),
        )


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


class Deployment(str, enum.Enum):
    """What ``serverInfo`` says a site is."""

    CLOUD = "Cloud"
    SERVER = "Server"
    DATA_CENTER = "DataCenter"
    UNKNOWN = "Unknown"


@dataclass(frozen=True)
class SiteInfo:
    """A site that was probed and found to be Jira Cloud."""

    site_url: str
    cloud_id: str
    server_title: str | None = None


@dataclass(frozen=True)
class VerifiedAccess:
    """The outcome of a real call with credentials: as whom, and through where.

    ``api_base_url`` is the base that worked: the site itself for a classic API
    token, the ``api.atlassian.com/ex/jira/<cloudId>`` gateway for a token with
    scopes and for OAuth.
    """

    site: SiteInfo
    account: Account
    api_base_url: str
    via_gateway: bool
    scopes_granted: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignInProgress:
    """One step of a browser sign-in, as the wizard and the terminal show it.

    ``stage`` is one of ``listening``, ``browser_opened``, ``browser_failed``,
    ``waiting`` (once a second, with ``seconds_left``), ``exchanging``,
    ``verifying`` and ``done``.
    """

    stage: str
    seconds_left: int | None
    message: str
