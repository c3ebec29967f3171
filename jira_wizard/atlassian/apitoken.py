"""Checking an API token for real: who it signs in as, and through which door.

A token made without scopes works on the site itself; a token made with scopes
(service accounts) works only through the ``api.atlassian.com/ex/jira/<cloudId>``
gateway and gets 401 on the site. So ``/rest/api/3/myself`` is asked on the site
first and, on a 401, through the gateway; whichever answers 200 is the API base
the connection keeps.
"""

from __future__ import annotations

import logging

import httpx

from jira_wizard.atlassian.http import json_object, raise_for_status, send
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    InvalidCredentials,
    PermissionDenied,
    UnexpectedResponse,
)
from jira_wizard.core.headers import basic_authorization
from jira_wizard.core.i18n import noop, translate
from jira_wizard.core.models import Account, Secret, SiteInfo, VerifiedAccess
from jira_wizard.core.siteurl import site_host

log = logging.getLogger(__name__)

MYSELF = "/rest/api/3/myself"
#: How messages name the other end (translated in ``http``'s messages).
_SITE = noop("Errors", "your Jira site")
_GATEWAY = noop("Errors", "Atlassian's API")

#: Atlassian: bad Basic credentials can fall through to anonymous access, and
#: /myself then answers 404 rather than 401; both mean "not signed in".
_NOT_SIGNED_IN = frozenset({401, 404})

_CHECK_TOKEN = noop(
    "Errors",
    "Check the email address of your Atlassian account and the API token: that "
    "the token still exists on your Atlassian account's security page, was "
    "copied whole and has not expired. A token created with scopes also needs "
    "the read:jira-user scope.",
)


async def verify_api_token(
    client: httpx.AsyncClient,
    endpoints: Endpoints,
    site: SiteInfo,
    email: str,
    token: Secret,
) -> VerifiedAccess:
    """Call ``/myself`` with the token, on the site and then on the gateway."""
    authorization = basic_authorization(email.strip(), token)
    host = site_host(site.site_url)
    bases = (
        (site.site_url, _SITE, False),
        (endpoints.gateway_base_url(site.cloud_id), _GATEWAY, True),
    )
    for base_url, what, via_gateway in bases:
        response = await send(
            client, "GET", base_url + MYSELF, what=what, authorization=authorization
        )
        if response.status_code in _NOT_SIGNED_IN:
            log.debug("%s: not signed in (HTTP %d)", what, response.status_code)
            continue
        account = _account(response, what, host)
        _note_email(account, email)
        log.info(
            "connected to %s as %s%s",
            host,
            account.display_name,
            " through Atlassian's API gateway" if via_gateway else "",
        )
        return VerifiedAccess(site, account, base_url, via_gateway)
    raise InvalidCredentials(
        translate(
            "Errors",
            "Atlassian did not accept this email address and API token for {host}.",
        ).format(host=host),
        translate("Errors", _CHECK_TOKEN),
    )


def _account(response: httpx.Response, what: str, host: str) -> Account:
    """The account ``/myself`` describes, or the error its status means."""
    if response.status_code == 403 and _lacks_scope(response):
        raise PermissionDenied(
            translate(
                "Errors", "The API token may not read your profile on {host}."
            ).format(host=host),
            translate(
                "Errors",
                "The token was created with scopes that leave out read:jira-user. "
                "Create a new token with that scope, or one without scopes.",
            ),
        )
    raise_for_status(response, what=what)
    data = json_object(response, what=what)
    account_id = data.get("accountId")
    if not isinstance(account_id, str) or not account_id:
        shown = translate("Errors", what)
        raise UnexpectedResponse(
            translate("Errors", "{subject} did not say which account this is.").format(
                subject=shown[:1].upper() + shown[1:]
            )
        )
    name = data.get("displayName")
    email = data.get("emailAddress")
    return Account(
        account_id=account_id,
        display_name=name if isinstance(name, str) and name else account_id,
        email=email if isinstance(email, str) and email else None,
    )


def _lacks_scope(response: httpx.Response) -> bool:
    """A 403 for a missing scope (RFC 6750 §3.1), not for a missing permission."""
    challenge = response.headers.get("WWW-Authenticate", "")
    return "insufficient_scope" in challenge or b"scope does not match" in (
        response.content
    )


def _note_email(account: Account, typed: str) -> None:
    """A different address is fine: accounts can be renamed, and aliases exist."""
    if account.email and account.email.casefold() != typed.strip().casefold():
        log.info("the account's email address differs from the one entered")
