"""Atlassian's OAuth 2.0 (3LO) endpoints: tokens, accessible resources, /myself.

Atlassian's apps are confidential clients: the token endpoint wants the client
secret in a JSON body, and answers a wrong secret with ``401 access_denied``
and a dead grant with ``403 invalid_grant``. Refresh tokens rotate on every
use. An OAuth token never works on the site's own domain: every Jira call goes
through ``api.atlassian.com/ex/jira/<cloudId>``, and the cloud id comes from
the accessible resources that the person granted.

Nothing here logs a token, a code, a body or a URL with a query.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from jira_wizard.atlassian import http
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    InvalidCredentials,
    InvalidGrant,
    PermissionDenied,
    ScopesMissing,
    SignInError,
    UnexpectedResponse,
    WizardError,
    WrongSite,
)
from jira_wizard.core.i18n import noop, translate
from jira_wizard.core.models import Account, Secret, SiteInfo, VerifiedAccess, utcnow
from jira_wizard.core.oauth import OAuthApp
from jira_wizard.core.scopes import SCOPES, parse_scope_list

log = logging.getLogger(__name__)

#: Used when a token answer has no ``expires_in``: Atlassian's access tokens
#: last about an hour.
_DEFAULT_LIFETIME = 3600

#: How messages name the other end (translated in ``http``'s messages).
_AUTH = noop("Errors", "Atlassian's sign-in service")
_API = noop("Errors", "Atlassian's API")
_JIRA = noop("Errors", "Jira")


@dataclass(frozen=True)
class TokenSet:
    access_token: Secret
    refresh_token: Secret | None
    expires_at: datetime
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class AccessibleResource:
    """One site the person granted the app access to."""

    id: str
    name: str
    url: str
    scopes: tuple[str, ...]
    avatar_url: str | None = None


async def exchange_code(
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    app: OAuthApp,
    code: Secret,
    code_verifier: Secret,
) -> TokenSet:
    """Trade the authorization code for tokens (RFC 6749 §4.1.3, RFC 7636 §4.5)."""
    body = {
        "grant_type": "authorization_code",
        "client_id": app.client_id,
        "client_secret": app.client_secret.reveal(),
        "code": code.reveal(),
        "redirect_uri": app.redirect_uri,
        "code_verifier": code_verifier.reveal(),
    }
    tokens = await _token_request(client, endpoints, body, None)
    log.info("exchanged the authorization code for tokens")
    return tokens


async def refresh_tokens(
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    app_client_id: str,
    client_secret: Secret,
    refresh_token: Secret,
) -> TokenSet:
    """New tokens for a refresh token, which Atlassian disables by rotating it.

    The caller must store the new refresh token before anything else: the
    old one stops working once it is ten minutes past its rotation.
    """
    body = {
        "grant_type": "refresh_token",
        "client_id": app_client_id,
        "client_secret": client_secret.reveal(),
        "refresh_token": refresh_token.reveal(),
    }
    tokens = await _token_request(client, endpoints, body, refresh_token)
    log.info("refreshed the access token")
    return tokens


async def accessible_resources(
    client: httpx.AsyncClient, endpoints: Endpoints, access_token: Secret
) -> list[AccessibleResource]:
    """The sites the token may reach, in Atlassian's order (none in particular)."""
    url = f"{endpoints.api_url}/oauth/token/accessible-resources"
    response = await http.send(
        client, "GET", url, what=_API, authorization=_bearer(access_token)
    )
    if response.status_code == 401:
        raise _token_refused()
    http.raise_for_status(response, what=_API)
    data = _json(response)
    if not isinstance(data, list):
        raise UnexpectedResponse(
            translate("SignIn", "Atlassian's list of sites could not be read.")
        )
    resources = [r for r in (_resource(item) for item in data) if r is not None]
    log.debug("the sign-in grants access to %d site(s)", len(resources))
    return resources


def match_site(
    resources: Sequence[AccessibleResource], site_url: str
) -> AccessibleResource:
    """The granted resource for ``site_url``; WrongSite when it was not granted.

    Atlassian lists one entry per product on a site (Jira, Confluence) with
    the same URL; the Jira one is preferred.
    """
    wanted = _comparable(site_url)
    shown = _host(site_url)
    matching = [r for r in resources if _comparable(r.url) == wanted]
    if matching:
        jira = [r for r in matching if any(":jira" in s for s in r.scopes)]
        return (jira or matching)[0]
    if not resources:
        raise WrongSite(
            translate("SignIn", "The sign-in did not grant access to any Jira site."),
            translate(
                "SignIn",
                "Sign in again and pick {site} on Atlassian's page. If it is not "
                "offered there, your Atlassian account may have no access to it: "
                "ask your Jira administrator.",
            ).format(site=shown),
        )
    granted = ", ".join(sorted({_host(r.url) for r in resources}))
    raise WrongSite(
        translate("SignIn", "You granted access to {granted}, not to {site}.").format(
            granted=granted, site=shown
        ),
        translate(
            "SignIn", "Sign in again and pick {site} on Atlassian's page."
        ).format(site=shown),
    )


async def verify_oauth(
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    site: SiteInfo,
    tokens: TokenSet,
) -> VerifiedAccess:
    """Prove the tokens work on ``site``: find its cloud id, then ask who we are."""
    resources = await accessible_resources(client, endpoints, tokens.access_token)
    resource = match_site(resources, site.site_url)
    if site.cloud_id and resource.id != site.cloud_id:
        log.warning("the granted site's cloud id differs from the probed one")
    granted = _granted(tokens, resource)
    api_base_url = endpoints.gateway_base_url(resource.id)
    account = await _myself(client, api_base_url, tokens.access_token, granted)
    log.info("connected to %s as %s", _host(site.site_url), account.display_name)
    return VerifiedAccess(
        site=SiteInfo(site.site_url, resource.id, site.server_title),
        account=account,
        api_base_url=api_base_url,
        via_gateway=True,
        scopes_granted=granted,
    )


# -- the token endpoint -------------------------------------------------------


async def _token_request(
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    body: dict[str, str],
    previous_refresh: Secret | None,
) -> TokenSet:
    url = f"{endpoints.auth_url}/oauth/token"
    # Atlassian documents JSON bodies for its token endpoint.
    response = await http.send(client, "POST", url, what=_AUTH, json_body=body)
    if response.status_code != 200:
        raise _token_error(response)
    data = http.json_object(response, what=_AUTH)
    access = data.get("access_token")
    if not isinstance(access, str) or not access:
        raise UnexpectedResponse(
            translate("SignIn", "Atlassian's token answer held no access token.")
        )
    refresh = data.get("refresh_token")
    # Atlassian has been seen to leave the refresh token out of a refresh
    # answer; the one just used then stays valid and must be kept.
    new_refresh = Secret(refresh) if isinstance(refresh, str) and refresh else None
    expires_in = data.get("expires_in")
    if not isinstance(expires_in, int) or isinstance(expires_in, bool):
        expires_in = _DEFAULT_LIFETIME
    scope = data.get("scope")
    return TokenSet(
        access_token=Secret(access),
        refresh_token=new_refresh or previous_refresh,
        expires_at=utcnow() + timedelta(seconds=expires_in),
        scopes=parse_scope_list(scope if isinstance(scope, str) else None),
    )


def _token_error(response: httpx.Response) -> Exception:
    error = _oauth_error_code(response)
    status = response.status_code
    log.debug("the token endpoint answered %d (%s)", status, error or "no error code")
    if status == 401:
        return InvalidCredentials(
            translate(
                "SignIn", "Atlassian did not accept the app's client id and secret."
            ),
            translate(
                "SignIn",
                "Check both in the app's settings in Atlassian's developer console "
                "and enter them again, copied whole. For your organization's app, "
                "ask your IT department.",
            ),
        )
    if error == "invalid_grant" and status in (400, 403):
        return InvalidGrant(
            translate("SignIn", "Atlassian no longer accepts this sign-in.")
        )
    if status in (400, 403) and error:
        return SignInError(
            translate("SignIn", "Atlassian refused to issue tokens ({error}).").format(
                error=error
            ),
            translate(
                "SignIn",
                "Check the app's client id and its callback URL, then sign in again.",
            ),
        )
    try:
        http.raise_for_status(response, what=_AUTH)
    except WizardError as exc:
        return exc
    return UnexpectedResponse(
        translate("SignIn", "Atlassian's sign-in service answered {status}.").format(
            status=status
        )
    )


def _oauth_error_code(response: httpx.Response) -> str | None:
    try:
        data = response.json()
    except ValueError:
        return None
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, str) and error.replace("_", "").isalnum() and len(error) < 64:
        return error
    return None


# -- resources and /myself ------------------------------------------------------


async def _myself(
    client: httpx.AsyncClient,
    api_base_url: str,
    access_token: Secret,
    granted: tuple[str, ...],
) -> Account:
    url = f"{api_base_url}/rest/api/3/myself"
    response = await http.send(
        client, "GET", url, what=_JIRA, authorization=_bearer(access_token)
    )
    if response.status_code == 401:
        raise _token_refused()
    if response.status_code == 403:
        if "read:jira-user" not in granted:
            raise ScopesMissing(
                translate(
                    "SignIn",
                    "Jira would not say who you are: the sign-in did not grant "
                    "read:jira-user, which the connection needs.",
                )
            )
        raise PermissionDenied(translate("SignIn", "Jira refused to say who you are."))
    http.raise_for_status(response, what=_JIRA)
    data = http.json_object(response, what=_JIRA)
    account_id = data.get("accountId")
    if not isinstance(account_id, str):
        raise UnexpectedResponse(
            translate("SignIn", "Jira's answer about your account could not be read.")
        )
    name = data.get("displayName")
    email = data.get("emailAddress")
    return Account(
        account_id=account_id,
        display_name=name if isinstance(name, str) else account_id,
        email=email if isinstance(email, str) and email else None,
    )


def _granted(tokens: TokenSet, resource: AccessibleResource) -> tuple[str, ...]:
    """The scopes Atlassian says were granted, in the scope list's order.

    The accessible resources leave ``offline_access`` out; a refresh token is
    issued only with it, so having one shows it was granted.
    """
    names = set(tokens.scopes) | set(resource.scopes)
    if tokens.refresh_token is not None:
        names.add("offline_access")
    order = [scope.name for scope in SCOPES]
    return tuple(sorted(names, key=lambda n: (n not in order, _index(order, n), n)))


def _index(order: list[str], name: str) -> int:
    return order.index(name) if name in order else len(order)


def _resource(item: Any) -> AccessibleResource | None:
    if not isinstance(item, dict):
        return None
    cloud_id, url = item.get("id"), item.get("url")
    if not isinstance(cloud_id, str) or not isinstance(url, str):
        return None
    scopes = item.get("scopes")
    avatar = item.get("avatarUrl")
    name = item.get("name")
    return AccessibleResource(
        id=cloud_id,
        name=name if isinstance(name, str) else _host(url),
        url=url,
        scopes=_strings(scopes if isinstance(scopes, list) else []),
        avatar_url=avatar if isinstance(avatar, str) else None,
    )


def _strings(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(v for v in values if isinstance(v, str))


def _comparable(url: str) -> tuple[str, str, int | None, str]:
    """Scheme, host, port and path of a site URL, in a form fit to compare."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ("", url.strip().lower(), None, "")
    scheme = parts.scheme.lower()
    if port == {"https": 443, "http": 80}.get(scheme):
        port = None
    return (scheme, (parts.hostname or "").rstrip("."), port, parts.path.rstrip("/"))


def _host(url: str) -> str:
    parts = urlsplit(url.strip())
    return parts.netloc.rpartition("@")[2].lower() or url.strip()


def _bearer(token: Secret) -> Secret:
    return Secret(f"Bearer {token.reveal()}")


def _token_refused() -> InvalidGrant:
    return InvalidGrant(
        translate("SignIn", "Atlassian did not accept the access token.")
    )


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        raise UnexpectedResponse(
            translate("SignIn", "Atlassian's API answered with data it cannot read.")
        ) from None
