"""OAuth 2.0 (3LO) as Atlassian runs it: apps, consents, codes, and token families.

A consent that the user allows becomes a *grant*: one app, one site, a set of
scopes. Every access and refresh token belongs to exactly one grant, so a
grant is what RFC 9700 §4.14.2 calls a refresh-token family.

Rules enforced here, each as Atlassian documents it unless said otherwise:
- the token endpoint authenticates the client by its secret (confidential
  clients only); a wrong or missing secret is ``401 access_denied``;
- an authorization code is single-use and lives 10 minutes; using it twice
  revokes what it produced (RFC 6749 §4.1.2);
- PKCE is checked when the authorization request carried a challenge
  (``S256`` only, RFC 7636 §4.6). Atlassian is reported to ignore PKCE; the
  sandbox is stricter so that a client's PKCE is proven to be right;
- refresh tokens rotate: each use returns a new one and disables the old one.
  An old one used again within the 10-minute reuse interval still works; used
  later, every grant of that app for the user is revoked and the user must
  consent again;
- a refresh token dies after 90 days unused, and 365 days after consent.

The store keeps no time of its own: ``clock`` is the sandbox's, which tests
move forward with ``Sandbox.advance()``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from jira_wizard.sandbox.data import DEMO

CODE_LIFETIME = 600
CONSENT_LIFETIME = 1800
REUSE_INTERVAL = 600
REFRESH_IDLE_LIFETIME = 90 * 86400
REFRESH_ABSOLUTE_LIFETIME = 365 * 86400
DEFAULT_ACCESS_TOKEN_LIFETIME = 3600

UNKNOWN_REFRESH = "Unknown or invalid refresh token."
_EXPIRED = "Token has been expired or revoked."
_VERIFIER_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
)


class OAuthError(Exception):
    """An OAuth error answer: HTTP status, ``error`` and ``error_description``."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description

    def to_json(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


def invalid_grant(description: str) -> OAuthError:
    # Atlassian answers invalid_grant with 403, not RFC 6749's 400.
    return OAuthError(403, "invalid_grant", description)


def client_unauthorized() -> OAuthError:
    """A wrong or missing client secret at the token endpoint (ATLASSIAN.md)."""
    return OAuthError(401, "access_denied", "Unauthorized")


@dataclass(frozen=True)
class App:
    client_id: str
    client_secret: str
    redirect_uri: str
    name: str


@dataclass(frozen=True)
class AuthorizationRequest:
    """A checked ``/authorize`` request, waiting for the user's decision."""

    app: App
    scopes: tuple[str, ...]
    state: str
    code_challenge: str | None


@dataclass
class Grant:
    id: str
    client_id: str
    cloud_id: str
    scopes: tuple[str, ...]
    created_at: float
    refresh_count: int = 0
    revoked: bool = False

    @property
    def offline(self) -> bool:
        return "offline_access" in self.scopes


@dataclass
class _Code:
    request: AuthorizationRequest
    cloud_id: str
    issued_at: float
    used: bool = False
    grant_id: str | None = None


@dataclass
class _RefreshToken:
    grant_id: str
    issued_at: float
    rotated_at: float | None = None


@dataclass
class _Consent:
    request: AuthorizationRequest
    created_at: float


def demo_apps() -> list[App]:
    return [
        App(
            DEMO.org_client_id,
            DEMO.org_client_secret,
            DEMO.callback_url,
            DEMO.org_app_name,
        ),
        App(
            DEMO.own_client_id,
            DEMO.own_client_secret,
            DEMO.callback_url,
            DEMO.own_app_name,
        ),
    ]


def _jwt_shaped(claims: Mapping[str, Any]) -> str:
    """A token shaped like Atlassian's (a signed JWT), with a random signature.

    The claims are public facts (subject, expiry, a unique id); what makes the
    token a secret is the random part, which only the store knows.
    """

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    header = part(json.dumps({"kid": "sandbox", "alg": "RS256"}).encode())
    body = part(json.dumps({**claims, "jti": secrets.token_hex(16)}).encode())
    return f"{header}.{body}.{part(secrets.token_bytes(256))}"


class OAuthStore:
    """Every app, pending consent, code and token of the sandbox, behind one lock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.apps: dict[str, App] = {app.client_id: app for app in demo_apps()}
            self.access_token_lifetime = DEFAULT_ACCESS_TOKEN_LIFETIME
            self.refresh_count = 0
            self.grants: dict[str, Grant] = {}
            self._consents: dict[str, _Consent] = {}
            self._codes: dict[str, _Code] = {}
            self._access: dict[str, tuple[str, float]] = {}
            self._refresh: dict[str, _RefreshToken] = {}

    def register_app(
        self, client_id: str, client_secret: str, redirect_uri: str
    ) -> None:
        with self._lock:
            self.apps[client_id] = App(
                client_id, client_secret, redirect_uri, f"Test app {client_id[:8]}"
            )

    # -- consent ------------------------------------------------------------

    def begin_consent(self, request: AuthorizationRequest) -> str:
        """Remember a request shown on the consent page; return its form value.

        The value is the page's anti-forgery token: a decision is accepted only
        with a value this store handed out, once, within 30 minutes.
        """
        consent_id = secrets.token_urlsafe(32)
        with self._lock:
            self._consents[consent_id] = _Consent(request, self._clock())
        return consent_id

    def take_consent(self, consent_id: str) -> AuthorizationRequest | None:
        with self._lock:
            consent = self._consents.pop(consent_id, None)
        if consent is None or self._clock() - consent.created_at > CONSENT_LIFETIME:
            return None
        return consent.request

    def issue_code(self, request: AuthorizationRequest, cloud_id: str) -> str:
        code = _jwt_shaped({"typ": "code", "aud": request.app.client_id})
        with self._lock:
            self._codes[code] = _Code(request, cloud_id, self._clock())
        return code

    # -- token endpoint -----------------------------------------------------

    def authenticate(self, body: Mapping[str, Any]) -> App:
        """The client named in a token request, if its secret is right."""
        app = self.apps.get(str(body.get("client_id", "")))
        secret = body.get("client_secret")
        if (
            app is None
            or not isinstance(secret, str)
            or not hmac.compare_digest(secret.encode(), app.client_secret.encode())
        ):
            raise client_unauthorized()
        return app

    def exchange_code(self, app: App, body: Mapping[str, Any]) -> dict[str, Any]:
        with self._lock:
            code = self._codes.get(str(body.get("code", "")))
            if code is None or code.request.app.client_id != app.client_id:
                raise invalid_grant("Unknown or invalid authorization code.")
            if code.used:
                # RFC 6749 §4.1.2: a code used twice revokes what it gave.
                if code.grant_id is not None:
                    self.grants[code.grant_id].revoked = True
                raise invalid_grant("Authorization code has already been used.")
            code.used = True
            if self._clock() - code.issued_at > CODE_LIFETIME:
                raise invalid_grant("Authorization code has expired.")
            if body.get("redirect_uri") != code.request.app.redirect_uri:
                raise invalid_grant("redirect_uri does not match the authorization.")
            _check_verifier(code.request.code_challenge, body.get("code_verifier"))
            grant = self._new_grant(code)
            code.grant_id = grant.id
            return self._token_response(grant)

    def refresh(
        self, app: App, body: Mapping[str, Any], *, rotate: bool = True
    ) -> dict[str, Any]:
        """Renew a grant's access token; ``rotate=False`` keeps the refresh token."""
        with self._lock:
            token = str(body.get("refresh_token", ""))
            record = self._refresh.get(token)
            grant = self.grants.get(record.grant_id) if record else None
            if record is None or grant is None or grant.client_id != app.client_id:
                raise invalid_grant(UNKNOWN_REFRESH)
            if grant.revoked:
                raise invalid_grant(UNKNOWN_REFRESH)
            now = self._clock()
            if (
                now - record.issued_at > REFRESH_IDLE_LIFETIME
                or now - grant.created_at > REFRESH_ABSOLUTE_LIFETIME
            ):
                raise invalid_grant(_EXPIRED)
            if (
                record.rotated_at is not None
                and now - record.rotated_at > REUSE_INTERVAL
            ):
                self._revoke_app_grants(grant.client_id)
                raise invalid_grant(UNKNOWN_REFRESH)
            if rotate and record.rotated_at is None:
                record.rotated_at = now
            grant.refresh_count += 1
            self.refresh_count += 1
            return self._token_response(grant, with_refresh=rotate)

    # -- resource side ------------------------------------------------------

    def grant_for_access_token(self, token: str) -> Grant | None:
        """The live grant behind a bearer token, or None if it does not work."""
        with self._lock:
            entry = self._access.get(token)
            if entry is None:
                return None
            grant_id, expires_at = entry
            grant = self.grants[grant_id]
            if grant.revoked or self._clock() >= expires_at:
                return None
            return grant

    def family_of(self, token: str) -> Grant | None:
        """The grant that issued an access or refresh token, live or not."""
        with self._lock:
            record = self._refresh.get(token)
            if record is not None:
                return self.grants[record.grant_id]
            entry = self._access.get(token)
            return self.grants[entry[0]] if entry else None

    def summary(self) -> dict[str, Any]:
        """What the admin endpoint shows: counts and ids, never a token."""
        with self._lock:
            return {
                "refresh_count": self.refresh_count,
                "access_token_lifetime": self.access_token_lifetime,
                "apps": sorted(self.apps),
                "grants": [
                    {
                        "id": grant.id,
                        "client_id": grant.client_id,
                        "cloud_id": grant.cloud_id,
                        "scopes": list(grant.scopes),
                        "refresh_count": grant.refresh_count,
                        "revoked": grant.revoked,
                    }
                    for grant in self.grants.values()
                ],
            }

    # -- internals ----------------------------------------------------------

    def _new_grant(self, code: _Code) -> Grant:
        grant = Grant(
            id=f"grant-{next(self._ids)}",
            client_id=code.request.app.client_id,
            cloud_id=code.cloud_id,
            scopes=code.request.scopes,
            created_at=self._clock(),
        )
        self.grants[grant.id] = grant
        return grant

    def _token_response(
        self, grant: Grant, *, with_refresh: bool = True
    ) -> dict[str, Any]:
        now = self._clock()
        lifetime = self.access_token_lifetime
        claims = {"sub": DEMO.account_id, "iat": int(now), "exp": int(now + lifetime)}
        access = _jwt_shaped({**claims, "typ": "access"})
        self._access[access] = (grant.id, now + lifetime)
        answer: dict[str, Any] = {
            "access_token": access,
            "expires_in": lifetime,
            "scope": " ".join(grant.scopes),
            "token_type": "Bearer",
        }
        if grant.offline and with_refresh:
            refresh = _jwt_shaped({"sub": DEMO.account_id, "typ": "refresh"})
            self._refresh[refresh] = _RefreshToken(grant.id, now)
            answer["refresh_token"] = refresh
        return answer

    def _revoke_app_grants(self, client_id: str) -> None:
        for grant in self.grants.values():
            if grant.client_id == client_id:
                grant.revoked = True


def s256(verifier: str) -> str:
    """BASE64URL(SHA256(ASCII(code_verifier))), RFC 7636 §4.2."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _check_verifier(challenge: str | None, verifier: Any) -> None:
    if challenge is None:
        return
    if not isinstance(verifier, str) or not verifier:
        raise invalid_grant("code_verifier is required for this authorization code.")
    if not 43 <= len(verifier) <= 128 or not set(verifier) <= _VERIFIER_CHARS:
        # RFC 7636 §4.1: 43 to 128 unreserved characters.
        raise invalid_grant("code_verifier is not well formed.")
    if not hmac.compare_digest(s256(verifier), challenge):
        raise invalid_grant("code_verifier does not match the code_challenge.")
