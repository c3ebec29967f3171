"""Is there a Jira Cloud site at this address? Two anonymous calls tell.

``/_edge/tenant_info`` answers on every Atlassian Cloud site with its cloud id,
whatever products it runs; ``/rest/api/3/serverInfo`` answers on Jira, Cloud or
not, with its ``deploymentType``. Together they tell Jira Cloud from a Cloud
site without Jira, from Jira Server or Data Center, and from anything else.
Neither needs credentials, so nothing secret is sent before the site is known.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from typing import Any

import httpx

from jira_wizard.atlassian.http import json_object, raise_for_status, send
from jira_wizard.core.errors import (
    NotJiraCloud,
    RateLimited,
    ServiceError,
    SiteNotFound,
    UnexpectedResponse,
    WizardError,
)
from jira_wizard.core.i18n import noop, translate
from jira_wizard.core.models import Deployment, SiteInfo
from jira_wizard.core.siteurl import site_host

log = logging.getLogger(__name__)

_WHAT = noop("Errors", "the site")
_NAMES = {
    Deployment.SERVER.value: "Jira Server",
    Deployment.DATA_CENTER.value: "Jira Data Center",
}


class _Kind(enum.Enum):
    CLOUD = "cloud"
    LOCKED = "asks for credentials"
    OTHER_JIRA = "other"
    NOT_JIRA = "not jira"


async def probe_site(client: httpx.AsyncClient, site_url: str) -> SiteInfo:
    """The site's cloud id and title, or the error that says what is there."""
    host = site_host(site_url)
    log.info("checking the site %s", host)
    tenant, server = await asyncio.gather(
        send(client, "GET", f"{site_url}/_edge/tenant_info", what=_WHAT),
        send(client, "GET", f"{site_url}/rest/api/3/serverInfo", what=_WHAT),
        return_exceptions=True,
    )
    for outcome in (server, tenant):
        if isinstance(outcome, BaseException):
            raise outcome  # network trouble is the same for both calls
    assert isinstance(tenant, httpx.Response)
    assert isinstance(server, httpx.Response)
    kind, info = _read_server_info(server, host)
    cloud_id = _read_cloud_id(tenant)
    site = _decide(site_url, host, kind, info, cloud_id, (server, tenant))
    log.info("%s is Jira Cloud, cloud id %s", host, site.cloud_id)
    return site


def _read_server_info(
    response: httpx.Response, host: str
) -> tuple[_Kind, dict[str, Any]]:
    """What ``serverInfo`` says the site is."""
    if response.status_code in (401, 403):
        return _Kind.LOCKED, {}
    if response.status_code != 200:
        return _Kind.NOT_JIRA, {}
    try:
        info = json_object(response, what=_WHAT)
    except UnexpectedResponse:
        if "json" in response.headers.get("Content-Type", "").lower():
            # Data that says it is JSON but cannot be read was damaged on the
            # way (cut off by a proxy or a dropped connection): it says
            # nothing about what the site is, so "no Jira here" would mislead.
            raise
        return _Kind.NOT_JIRA, {}
    deployment = info.get("deploymentType")
    if deployment == Deployment.CLOUD.value:
        return _Kind.CLOUD, info
    # Jira Server has reported "Server" in serverInfo since 7.x; older ones
    # left it out but still give their version and base URL.
    if deployment is not None or "version" in info or "baseUrl" in info:
        log.info("%s reports deploymentType %r", host, deployment)
        return _Kind.OTHER_JIRA, info
    return _Kind.NOT_JIRA, info


def _read_cloud_id(response: httpx.Response) -> str | None:
    if response.status_code != 200:
        return None
    try:
        cloud_id = json_object(response, what=_WHAT).get("cloudId")
    except UnexpectedResponse:
        return None
    return cloud_id if isinstance(cloud_id, str) and cloud_id.strip() else None


def _decide(
    site_url: str,
    host: str,
    kind: _Kind,
    info: dict[str, Any],
    cloud_id: str | None,
    responses: tuple[httpx.Response, httpx.Response],
) -> SiteInfo:
    if kind is _Kind.OTHER_JIRA:
        raise NotJiraCloud(_not_cloud_message(info))
    _raise_for_trouble(responses)
    if kind is _Kind.CLOUD and cloud_id:
        title = info.get("serverTitle")
        return SiteInfo(site_url, cloud_id, title if isinstance(title, str) else None)
    if kind is _Kind.LOCKED and cloud_id:
        # serverInfo is anonymous on Jira Cloud, but a site that asks for
        # credentials there and has a cloud id is still a Cloud site.
        return SiteInfo(site_url, cloud_id, None)
    if kind is _Kind.CLOUD:
        raise UnexpectedResponse(
            translate(
                "Errors", "{host} says it is Jira Cloud but did not give its cloud id."
            ).format(host=host),
            translate(
                "Errors",
                "Try again. On a company network, a proxy may be blocking the "
                "address /_edge/tenant_info; ask IT to allow it.",
            ),
        )
    if cloud_id:
        raise SiteNotFound(
            translate(
                "Errors", "{host} is an Atlassian Cloud site, but Jira is not on it."
            ).format(host=host),
            translate(
                "Errors",
                "Check the address of your Jira site in your browser's address bar "
                "when you use Jira, or ask your Atlassian administrator to add Jira.",
            ),
        )
    raise SiteNotFound(_not_found_message(host, responses[0]))


def _raise_for_trouble(responses: tuple[httpx.Response, ...]) -> None:
    """Rate limits and server errors say nothing about the site: report them."""
    for response in responses:
        try:
            raise_for_status(response, what=_WHAT)
        except (RateLimited, ServiceError):
            raise
        except WizardError:
            continue  # a 404 or a redirect is an answer about the site itself


def _not_found_message(host: str, server: httpx.Response) -> str:
    if 300 <= server.status_code < 400:
        return translate(
            "Errors",
            "{host} sends visitors to another address; use the address your "
            "browser shows once Jira has opened.",
        ).format(host=host)
    return translate("Errors", "No Jira Cloud site answers at {host}.").format(
        host=host
    )


def _not_cloud_message(info: dict[str, Any]) -> str:
    name = _NAMES.get(str(info.get("deploymentType")))
    return translate("Errors", "This is {product}, not Jira Cloud.").format(
        product=name or "Jira"
    )
