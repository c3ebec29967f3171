"""Everything the sandbox's servers share: its clock, switches, tokens and URLs.

One ``SandboxState`` serves every origin. Request handlers run on their own
threads, so every part of it guards itself with a lock.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from jira_wizard.sandbox.data import (
    DEFAULT_TOKEN_SCOPES,
    DEMO,
    SITES,
    SiteSpec,
    new_api_token,
)
from jira_wizard.sandbox.faults import Faults
from jira_wizard.sandbox.oauth import OAuthStore


class Clock:
    """The sandbox's time: the real clock plus however far tests moved it.

    ``advance()`` lets a test cross a token's expiry or the 10-minute reuse
    interval without sleeping.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0

    def now(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the sandbox's clock only moves forward")
        with self._lock:
            self._offset += seconds

    @property
    def offset(self) -> float:
        with self._lock:
            return self._offset

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0


@dataclass(frozen=True)
class ApiToken:
    email: str
    scoped: bool
    scopes: tuple[str, ...]


class ApiTokens:
    """The API tokens of the sandbox's one user.

    A token *without* scopes (classic) works with Basic auth on the site and
    on the gateway. A token *with* scopes works only through the gateway; the
    site answers 401, as Atlassian's does.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, ApiToken] = {}
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._tokens = {
                DEMO.api_token: ApiToken(DEMO.email, False, ()),
                DEMO.scoped_api_token: ApiToken(DEMO.email, True, DEFAULT_TOKEN_SCOPES),
            }

    def issue(
        self, email: str, *, scoped: bool = False, scopes: Iterable[str] | None = None
    ) -> str:
        if email.casefold() != DEMO.email.casefold():
            raise ValueError(f"the sandbox has one user, {DEMO.email}")
        granted = tuple(scopes) if scopes is not None else DEFAULT_TOKEN_SCOPES
        token = new_api_token()
        with self._lock:
            self._tokens[token] = ApiToken(
                DEMO.email, scoped, granted if scoped else ()
            )
        return token

    def revoke(self, token: str) -> None:
        with self._lock:
            self._tokens.pop(token, None)

    def check_basic(self, header: str | None) -> ApiToken | None:
        """The token behind an ``Authorization: Basic`` header, if it is right."""
        email, token = parse_basic(header)
        with self._lock:
            found = self._tokens.get(token) if token else None
        if found is None or email is None:
            return None
        if not hmac.compare_digest(email.casefold(), found.email.casefold()):
            return None
        return found


def parse_basic(header: str | None) -> tuple[str | None, str | None]:
    """``(email, token)`` from a Basic header, or ``(None, None)``."""
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None, None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None, None
    email, colon, token = decoded.partition(":")
    return (email, token) if colon else (None, None)


def parse_bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer`` header, or None."""
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None


@dataclass
class SandboxState:
    """The shared state, and the URLs each origin answers on once started."""

    clock: Clock = field(default_factory=Clock)
    faults: Faults = field(default_factory=Faults)
    api_tokens: ApiTokens = field(default_factory=ApiTokens)
    oauth: OAuthStore = field(init=False)
    auth_url: str = ""
    api_url: str = ""
    site_urls: dict[str, str] = field(default_factory=dict)
    #: Checked by the start page's switch forms, so another web page cannot
    #: flip switches through the browser.
    form_key: str = field(default_factory=lambda: secrets.token_urlsafe(16))

    def __post_init__(self) -> None:
        self.oauth = OAuthStore(self.clock.now)

    def reset(self) -> None:
        self.clock.reset()
        self.faults.reset()
        self.api_tokens.reset()
        self.oauth.reset()

    def cloud_sites(self) -> list[SiteSpec]:
        return [site for site in SITES if site.is_cloud]
