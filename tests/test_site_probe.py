"""Probing a site: a table over MockTransport, then the sandbox over real sockets."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from jira_wizard.atlassian.http import make_client
from jira_wizard.atlassian.site import probe_site
from jira_wizard.core.errors import (
    ConnectFailed,
    DnsError,
    NetworkTimeout,
    NotJiraCloud,
    RateLimited,
    ServiceError,
    SiteNotFound,
    UnexpectedResponse,
    WizardError,
)
from jira_wizard.core.models import SiteInfo
from jira_wizard.sandbox import Sandbox

SITE = "https://acme.atlassian.net"
CLOUD_ID = "3f0b7c1e-8a5d-4e2b-9c61-2d7f4a9e0b13"
TENANT = "/_edge/tenant_info"
SERVER_INFO = "/rest/api/3/serverInfo"

Answer = Callable[[], httpx.Response]


def json_answer(status: int, body: Any, **headers: str) -> Answer:
    return lambda: httpx.Response(status, json=body, headers=headers)


def html_answer(status: int = 200) -> Answer:
    return lambda: httpx.Response(
        status, html="<html><body>Welcome to our intranet</body></html>"
    )


def raw_answer(status: int, body: bytes, **headers: str) -> Answer:
    return lambda: httpx.Response(status, content=body, headers=headers)


def failing(exc: Exception) -> Answer:
    def answer() -> httpx.Response:
        raise exc

    return answer


CLOUD_TENANT = json_answer(200, {"cloudId": CLOUD_ID})
CLOUD_SERVER = json_answer(
    200,
    {
        "baseUrl": SITE,
        "version": "1001.0.0-SNAPSHOT",
        "deploymentType": "Cloud",
        "serverTitle": "Acme Jira",
    },
)
NOT_FOUND = json_answer(404, {"errorMessages": ["Not found"]})


class FakeSite:
    """Answers the two probe paths; records what was asked."""

    def __init__(self, tenant: Answer, server: Answer) -> None:
        self.answers = {TENANT: tenant, SERVER_INFO: server}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.get(request.url.path)
        return answer() if answer else httpx.Response(404)


def probe(fake: FakeSite, site_url: str = SITE) -> SiteInfo:
    async def call() -> SiteInfo:
        async with make_client(transport=httpx.MockTransport(fake)) as client:
            return await probe_site(client, site_url)

    return asyncio.run(call())


def test_a_cloud_site_gives_its_cloud_id_and_title() -> None:
    fake = FakeSite(CLOUD_TENANT, CLOUD_SERVER)

    site = probe(fake)

    assert site == SiteInfo(SITE, CLOUD_ID, "Acme Jira")
    assert sorted(r.url.path for r in fake.requests) == [TENANT, SERVER_INFO]
    assert all("Authorization" not in r.headers for r in fake.requests)
    assert all(r.method == "GET" for r in fake.requests)


def test_a_cloud_site_without_a_title_is_still_found() -> None:
    server = json_answer(200, {"deploymentType": "Cloud"})

    assert probe(FakeSite(CLOUD_TENANT, server)) == SiteInfo(SITE, CLOUD_ID, None)


def test_a_cloud_site_that_asks_for_credentials_for_server_info_is_found() -> None:
    server = json_answer(401, {"message": "Client must be authenticated"})

    assert probe(FakeSite(CLOUD_TENANT, server)) == SiteInfo(SITE, CLOUD_ID, None)


FAILURES = [
    # (tenant_info, serverInfo, error, words of the message)
    (
        NOT_FOUND,
        json_answer(200, {"deploymentType": "Server", "version": "9.12.15"}),
        NotJiraCloud,
        "This is Jira Server, not Jira Cloud",
    ),
    (
        NOT_FOUND,
        json_answer(200, {"deploymentType": "DataCenter", "version": "9.12.15"}),
        NotJiraCloud,
        "This is Jira Data Center",
    ),
    (
        html_answer(),
        json_answer(200, {"version": "6.4.14", "baseUrl": "https://jira.example"}),
        NotJiraCloud,
        "This is Jira, not Jira Cloud",
    ),
    (
        json_answer(500, {}),
        json_answer(200, {"deploymentType": "Server"}),
        NotJiraCloud,
        "Jira Server",
    ),
    (NOT_FOUND, NOT_FOUND, SiteNotFound, "No Jira Cloud site answers at acme"),
    (html_answer(), html_answer(), SiteNotFound, "No Jira Cloud site answers"),
    (html_answer(404), html_answer(404), SiteNotFound, "No Jira Cloud site"),
    (
        raw_answer(200, b"OK", **{"Content-Type": "text/plain"}),
        raw_answer(200, b"OK", **{"Content-Type": "text/plain"}),
        SiteNotFound,
        "No Jira Cloud site",
    ),
    (
        NOT_FOUND,
        json_answer(200, {"status": "ok"}),
        SiteNotFound,
        "No Jira Cloud site",
    ),
    (
        NOT_FOUND,
        raw_answer(302, b"", Location="https://other.atlassian.net/?next=x"),
        SiteNotFound,
        "sends visitors to another address",
    ),
    (
        CLOUD_TENANT,
        NOT_FOUND,
        SiteNotFound,
        "is an Atlassian Cloud site, but Jira is not on it",
    ),
    (
        NOT_FOUND,
        CLOUD_SERVER,
        UnexpectedResponse,
        "did not give its cloud id",
    ),
    (
        json_answer(200, {"cloudId": ""}),
        CLOUD_SERVER,
        UnexpectedResponse,
        "did not give its cloud id",
    ),
    (
        json_answer(200, {"cloudId": 42}),
        CLOUD_SERVER,
        UnexpectedResponse,
        "cloud id",
    ),
    (
        raw_answer(
            200, b'{"cloudId": "3f0b7c1e', **{"Content-Type": "application/json"}
        ),
        CLOUD_SERVER,
        UnexpectedResponse,
        "cloud id",
    ),
    (
        CLOUD_TENANT,
        json_answer(429, {}, **{"Retry-After": "12"}),
        RateLimited,
        "Wait 12 seconds",
    ),
    (
        json_answer(429, {}, **{"Retry-After": "3"}),
        CLOUD_SERVER,
        RateLimited,
        "Wait 3 seconds",
    ),
    (CLOUD_TENANT, json_answer(503, {}), ServiceError, "HTTP 503"),
    (json_answer(502, {}), CLOUD_SERVER, ServiceError, "HTTP 502"),
    (
        failing(httpx.ConnectError("x", request=None)),
        failing(httpx.ConnectError("x", request=None)),
        ConnectFailed,
        "could not be reached",
    ),
    (
        CLOUD_TENANT,
        failing(httpx.ReadTimeout("slow")),
        NetworkTimeout,
        "did not answer in time",
    ),
]


@pytest.mark.parametrize(("tenant", "server", "error", "words"), FAILURES)
def test_what_is_not_jira_cloud_says_what_it_is(
    tenant: Answer, server: Answer, error: type[WizardError], words: str
) -> None:
    with pytest.raises(WizardError) as caught:
        probe(FakeSite(tenant, server))

    assert type(caught.value) is error
    assert words in str(caught.value)
    assert "?" not in caught.value.message


def test_not_jira_cloud_says_what_to_do() -> None:
    server = json_answer(200, {"deploymentType": "Server"})

    with pytest.raises(NotJiraCloud) as caught:
        probe(FakeSite(NOT_FOUND, server))

    assert "Jira Cloud only" in caught.value.advice
    assert caught.value.help_topic == "server-not-supported"


def test_progress_is_logged_without_urls(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="jira_wizard")

    probe(FakeSite(CLOUD_TENANT, CLOUD_SERVER))

    lines = [record.getMessage() for record in caplog.records]
    assert f"acme.atlassian.net is Jira Cloud, cloud id {CLOUD_ID}" in lines
    assert all("https://" not in line for line in lines)


# --- real sockets: the sandbox and a closed port ------------------------------------


def probe_for_real(site_url: str) -> SiteInfo:
    async def call() -> SiteInfo:
        async with make_client(timeout=10) as client:
            return await probe_site(client, site_url)

    return asyncio.run(call())


def test_the_sandbox_cloud_site_is_found(sandbox: Sandbox) -> None:
    site_url = sandbox.urls.sites["acme"]

    site = probe_for_real(site_url)

    assert site.site_url == site_url
    assert site.cloud_id == sandbox.cloud_id("acme")
    assert site.server_title


def test_loopback_sites_are_reached_without_the_proxy(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        dead_proxy = f"http://127.0.0.1:{closed.getsockname()[1]}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, dead_proxy)

    site = probe_for_real(sandbox.urls.sites["acme"])

    assert site.cloud_id == sandbox.cloud_id("acme")


def test_the_sandbox_server_site_is_not_jira_cloud(sandbox: Sandbox) -> None:
    with pytest.raises(NotJiraCloud) as caught:
        probe_for_real(sandbox.urls.sites["legacy"])

    assert "Jira Server" in caught.value.message


def test_a_sandbox_site_that_is_overloaded_says_when_to_retry(sandbox: Sandbox) -> None:
    sandbox.faults.fail_next(status=429, count=2, origin="acme", retry_after=4)

    with pytest.raises(RateLimited) as caught:
        probe_for_real(sandbox.urls.sites["acme"])

    assert caught.value.retry_after == pytest.approx(4, abs=1)


def test_a_sandbox_site_with_an_html_error_page_is_a_service_error(
    sandbox: Sandbox,
) -> None:
    # Both calls, each sent three times (RetryPolicy) before the answer stands.
    sandbox.faults.fail_next(status=502, count=6, origin="acme", body="html")

    with pytest.raises(ServiceError):
        probe_for_real(sandbox.urls.sites["acme"])


def test_a_closed_port_is_a_refused_connection() -> None:
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        port = probe_socket.getsockname()[1]

    with pytest.raises(ConnectFailed) as caught:
        probe_for_real(f"http://127.0.0.1:{port}")

    assert "refused the connection" in str(caught.value)


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Behind a proxy the proxy looks names up; these tests look them up here."""
    for name in PROXY_VARIABLES + tuple(v.lower() for v in PROXY_VARIABLES):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_proxy")
def test_a_site_name_that_does_not_resolve_is_a_dns_error() -> None:
    with pytest.raises(DnsError):
        probe_for_real("https://acme.invalid")
