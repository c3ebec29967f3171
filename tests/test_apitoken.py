"""Verifying an API token: a table over MockTransport, then the sandbox for real."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from jira_wizard.atlassian.apitoken import basic_authorization, verify_api_token
from jira_wizard.atlassian.http import make_client
from jira_wizard.atlassian.site import probe_site
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    InvalidCredentials,
    NetworkTimeout,
    PermissionDenied,
    RateLimited,
    ServiceError,
    UnexpectedResponse,
    WizardError,
)
from jira_wizard.core.models import Account, Secret, SiteInfo, VerifiedAccess
from jira_wizard.sandbox import DEMO, Sandbox

SITE = SiteInfo("https://acme.atlassian.net", "3f0b7c1e-8a5d-4e2b-9c61-2d7f4a9e0b13")
ENDPOINTS = Endpoints()
GATEWAY = f"https://api.atlassian.com/ex/jira/{SITE.cloud_id}"
EMAIL = "ada@example.com"
TOKEN = Secret("ATATT3xFfGF0-unit-test-token=0A1B2C3D")
MYSELF = {
    "accountId": "712020:5e8c1f0a",
    "accountType": "atlassian",
    "active": True,
    "displayName": "Ada Lovelace",
    "emailAddress": EMAIL,
}

Answer = Callable[[], httpx.Response]


def answer(status: int, body: Any = None, **headers: str) -> Answer:
    if body is None:
        body = {"message": "Client must be authenticated to access this resource."}
    return lambda: httpx.Response(status, json=body, headers=headers)


def raw(status: int, content: bytes, content_type: str) -> Answer:
    return lambda: httpx.Response(
        status, content=content, headers={"Content-Type": content_type}
    )


class FakeAtlassian:
    """``/myself`` on the site and on the gateway; records who was asked."""

    def __init__(self, site: Answer, gateway: Answer | None = None) -> None:
        self.site, self.gateway = site, gateway
        self.asked: list[str] = []
        self.authorizations: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.authorizations.append(request.headers.get("Authorization", ""))
        if request.url.host == "api.atlassian.com":
            self.asked.append("gateway")
            assert request.url.path == f"/ex/jira/{SITE.cloud_id}/rest/api/3/myself"
            assert self.gateway is not None, "the gateway was not expected"
            return self.gateway()
        self.asked.append("site")
        assert request.url.path == "/rest/api/3/myself"
        return self.site()


def verify(
    fake: FakeAtlassian, email: str = EMAIL, token: Secret = TOKEN
) -> VerifiedAccess:
    async def call() -> VerifiedAccess:
        async with make_client(transport=httpx.MockTransport(fake)) as client:
            return await verify_api_token(client, ENDPOINTS, SITE, email, token)

    return asyncio.run(call())


# --- the header ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("email", "token", "header"),
    [
        # RFC 7617 §2 and §2.1 examples.
        ("Aladdin", "open sesame", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
        ("test", "123£", "Basic dGVzdDoxMjPCow=="),
    ],
)
def test_basic_authorization(email: str, token: str, header: str) -> None:
    value = basic_authorization(email, Secret(token))

    assert value.reveal() == header
    assert str(value) == "[secure]"
    assert token not in repr(value)


# --- the site, then the gateway ------------------------------------------------------


def test_a_classic_token_works_on_the_site() -> None:
    fake = FakeAtlassian(site=answer(200, MYSELF))

    access = verify(fake)

    assert access == VerifiedAccess(
        SITE,
        Account("712020:5e8c1f0a", "Ada Lovelace", EMAIL),
        api_base_url=SITE.site_url,
        via_gateway=False,
    )
    assert fake.asked == ["site"]
    expected = base64.b64encode(f"{EMAIL}:{TOKEN.reveal()}".encode()).decode()
    assert fake.authorizations == [f"Basic {expected}"]


@pytest.mark.parametrize("site_status", [401, 404])
def test_a_token_refused_by_the_site_is_tried_on_the_gateway(site_status: int) -> None:
    fake = FakeAtlassian(site=answer(site_status), gateway=answer(200, MYSELF))

    access = verify(fake)

    assert access.via_gateway is True
    assert access.api_base_url == GATEWAY
    assert access.account.display_name == "Ada Lovelace"
    assert fake.asked == ["site", "gateway"]
    assert len(set(fake.authorizations)) == 1


def test_the_email_typed_is_used_without_surrounding_spaces() -> None:
    fake = FakeAtlassian(site=answer(200, MYSELF))

    verify(fake, email=f"  {EMAIL} ")

    expected = base64.b64encode(f"{EMAIL}:{TOKEN.reveal()}".encode()).decode()
    assert fake.authorizations == [f"Basic {expected}"]


@pytest.mark.parametrize(
    ("body", "account"),
    [
        (
            {k: v for k, v in MYSELF.items() if k != "emailAddress"},
            Account("712020:5e8c1f0a", "Ada Lovelace", None),
        ),
        (
            {**MYSELF, "emailAddress": "Ada.Lovelace@Example.COM"},
            Account("712020:5e8c1f0a", "Ada Lovelace", "Ada.Lovelace@Example.COM"),
        ),
        (
            {**MYSELF, "emailAddress": "someone.else@example.com"},
            Account("712020:5e8c1f0a", "Ada Lovelace", "someone.else@example.com"),
        ),
        (
            {"accountId": "712020:5e8c1f0a"},
            Account("712020:5e8c1f0a", "712020:5e8c1f0a", None),
        ),
    ],
)
def test_the_account_is_taken_as_atlassian_gives_it(
    body: dict[str, Any], account: Account
) -> None:
    assert verify(FakeAtlassian(site=answer(200, body))).account == account


FAILURES = [
    # (site, gateway or None when it must not be asked, error, words)
    (answer(401), answer(401), InvalidCredentials, "did not accept"),
    (answer(404), answer(404), InvalidCredentials, "did not accept"),
    (answer(401), answer(404), InvalidCredentials, "did not accept"),
    (
        answer(401),
        answer(401, {"code": 401, "message": "Unauthorized; scope does not match"}),
        InvalidCredentials,
        "read:jira-user",
    ),
    (answer(403), None, PermissionDenied, "refused access"),
    (answer(401), answer(403), PermissionDenied, "refused access"),
    (
        answer(401),
        answer(403, {}, **{"WWW-Authenticate": 'Bearer error="insufficient_scope"'}),
        PermissionDenied,
        "read:jira-user",
    ),
    (answer(429, {}, **{"Retry-After": "2"}), None, RateLimited, "Wait 2 seconds"),
    (
        answer(401),
        answer(429, {}, **{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
        RateLimited,
        "slow down",
    ),
    (answer(500, {}), None, ServiceError, "HTTP 500"),
    (answer(401), answer(503, {}), ServiceError, "HTTP 503"),
    (
        raw(200, b"<html>Log in</html>", "text/html"),
        None,
        UnexpectedResponse,
        "web page",
    ),
    (
        raw(200, b'{"accountId": "7', "application/json"),
        None,
        UnexpectedResponse,
        "cannot read",
    ),
    (answer(200, {"displayName": "Ada"}), None, UnexpectedResponse, "which account"),
    (answer(200, {"accountId": ""}), None, UnexpectedResponse, "which account"),
    (answer(400, {}), None, UnexpectedResponse, "HTTP 400"),
]


@pytest.mark.parametrize(("site", "gateway", "error", "words"), FAILURES)
def test_a_token_that_does_not_work_says_why(
    site: Answer, gateway: Answer | None, error: type[WizardError], words: str
) -> None:
    fake = FakeAtlassian(site=site, gateway=gateway)

    with pytest.raises(WizardError) as caught:
        verify(fake)

    assert type(caught.value) is error
    assert words in str(caught.value)
    # A 5xx is asked again (RetryPolicy); the order of the doors is the point.
    asked = list(dict.fromkeys(fake.asked))
    assert asked == (["site"] if gateway is None else ["site", "gateway"])


def test_refused_credentials_say_what_to_check() -> None:
    with pytest.raises(InvalidCredentials) as caught:
        verify(FakeAtlassian(site=answer(401), gateway=answer(401)))

    advice = caught.value.advice
    for words in ("email address", "still exists", "copied whole", "expired", "scopes"):
        assert words in advice
    assert "acme.atlassian.net" in caught.value.message


def test_a_rate_limit_carries_the_wait() -> None:
    fake = FakeAtlassian(site=answer(429, {}, **{"Retry-After": "17"}))

    with pytest.raises(RateLimited) as caught:
        verify(fake)

    assert caught.value.retry_after == 17.0


def test_the_story_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="jira_wizard")

    verify(FakeAtlassian(site=answer(401), gateway=answer(200, MYSELF)))

    lines = [record.getMessage() for record in caplog.records]
    assert (
        "connected to acme.atlassian.net as Ada Lovelace through Atlassian's API "
        "gateway" in lines
    )
    assert any("-> 401 in" in line for line in lines)


# --- the sandbox, over real sockets --------------------------------------------------


def connect(
    sandbox: Sandbox,
    token: str,
    *,
    site: str = "acme",
    email: str = DEMO.email,
    timeout: float = 10,
) -> VerifiedAccess:
    async def call() -> VerifiedAccess:
        async with make_client(timeout=timeout) as client:
            info = await probe_site(client, sandbox.urls.sites[site])
            return await verify_api_token(
                client, sandbox.endpoints(), info, email, Secret(token)
            )

    return asyncio.run(call())


def test_the_sandbox_accepts_the_classic_token_on_the_site(sandbox: Sandbox) -> None:
    access = connect(sandbox, DEMO.api_token)

    assert access.via_gateway is False
    assert access.api_base_url == sandbox.urls.sites["acme"]
    assert access.account == Account(DEMO.account_id, DEMO.display_name, DEMO.email)
    assert access.site.cloud_id == sandbox.cloud_id("acme")


def test_the_sandbox_accepts_the_scoped_token_through_the_gateway(
    sandbox: Sandbox,
) -> None:
    access = connect(sandbox, DEMO.scoped_api_token)

    assert access.via_gateway is True
    assert access.api_base_url == sandbox.endpoints().gateway_base_url(
        sandbox.cloud_id("acme")
    )
    assert access.account.account_id == DEMO.account_id


def test_the_sandbox_refuses_a_wrong_token(sandbox: Sandbox) -> None:
    with pytest.raises(InvalidCredentials):
        connect(sandbox, DEMO.api_token[:-4] + "0000")


def test_the_sandbox_refuses_the_right_token_with_the_wrong_email(
    sandbox: Sandbox,
) -> None:
    with pytest.raises(InvalidCredentials):
        connect(sandbox, DEMO.api_token, email="grace@example.com")


def test_the_sandbox_refuses_a_revoked_token(sandbox: Sandbox) -> None:
    token = sandbox.issue_api_token(DEMO.email)
    assert connect(sandbox, token).via_gateway is False
    sandbox.revoke_api_token(token)

    with pytest.raises(InvalidCredentials):
        connect(sandbox, token)


def test_a_scoped_token_without_read_jira_user_is_told_so(sandbox: Sandbox) -> None:
    token = sandbox.issue_api_token(DEMO.email, scoped=True, scopes=["read:jira-work"])

    with pytest.raises(PermissionDenied) as caught:
        connect(sandbox, token)

    assert "read:jira-user" in str(caught.value)


def test_a_rate_limited_sandbox_site_says_when_to_retry(sandbox: Sandbox) -> None:
    sandbox.faults.fail_next(
        status=429, count=1, origin="site", path="/rest/api/3/myself", retry_after=2
    )

    with pytest.raises(RateLimited) as caught:
        connect(sandbox, DEMO.api_token)

    assert caught.value.retry_after == pytest.approx(2, abs=1)


def test_a_failing_sandbox_site_is_a_service_error(sandbox: Sandbox) -> None:
    sandbox.faults.fail_next(
        status=500, count=3, origin="site", path="/rest/api/3/myself"
    )

    with pytest.raises(ServiceError):
        connect(sandbox, DEMO.api_token)


def test_a_failing_gateway_is_a_service_error(sandbox: Sandbox) -> None:
    sandbox.faults.fail_next(status=503, count=3, origin="api")

    with pytest.raises(ServiceError):
        connect(sandbox, DEMO.scoped_api_token)


def test_a_slow_sandbox_is_a_timeout(sandbox: Sandbox) -> None:
    async def call() -> None:
        async with make_client(timeout=0.2) as client:
            await verify_api_token(
                client, sandbox.endpoints(), info, DEMO.email, Secret(DEMO.api_token)
            )

    info = SiteInfo(sandbox.urls.sites["acme"], sandbox.cloud_id("acme"))
    sandbox.faults.latency = 1.0

    with pytest.raises(NetworkTimeout):
        asyncio.run(call())


# --- no secret anywhere --------------------------------------------------------------


@pytest.fixture
def every_logger_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """Every logger at DEBUG, httpx's too, restored afterwards by caplog."""
    names = ["", "httpx", "httpcore", *logging.root.manager.loggerDict]
    for name in names:
        caplog.set_level(logging.DEBUG, logger=name)


def _secret_forms(email: str, token: str) -> list[str]:
    pair = f"{email}:{token}"
    return [token, pair, base64.b64encode(pair.encode()).decode()]


@pytest.mark.usefixtures("every_logger_at_debug")
def test_no_token_reaches_a_log_or_an_error(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = DEMO.api_token[:-4] + "FFFF"
    errors: list[BaseException] = []
    connect(sandbox, DEMO.api_token)
    connect(sandbox, DEMO.scoped_api_token)
    for token, fault in ((wrong, None), (DEMO.api_token, 429), (DEMO.api_token, 500)):
        if fault:
            sandbox.faults.fail_next(
                status=fault, count=3, origin="site", path="/rest/api/3/myself"
            )
        with pytest.raises(WizardError) as caught:
            connect(sandbox, token)
        errors.append(caught.value)

    forms = [
        form
        for token in (DEMO.api_token, DEMO.scoped_api_token, wrong)
        for form in _secret_forms(DEMO.email, token)
    ]
    texts = [_record_text(record) for record in caplog.records]
    texts += [f"{error!s} {error!r} {error.__cause__!r}" for error in errors]
    assert any("connected to 127.0.0.1" in text for text in texts)
    assert len(errors) == 3
    for form in forms:
        assert all(form not in text for text in texts)


def _record_text(record: logging.LogRecord) -> str:
    parts = [record.getMessage()]
    if record.exc_info and record.exc_info[1] is not None:
        parts.append(repr(record.exc_info[1]))
    if record.exc_text:
        parts.append(record.exc_text)
    return " ".join(parts)
