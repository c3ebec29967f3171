"""Atlassian's token endpoint, accessible resources and site matching (unit tables)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest

from jira_wizard.atlassian.oauth import (
    AccessibleResource,
    TokenSet,
    accessible_resources,
    exchange_code,
    match_site,
    refresh_tokens,
    verify_oauth,
)
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    InvalidCredentials,
    InvalidGrant,
    PermissionDenied,
    RateLimited,
    ScopesMissing,
    ServiceError,
    SignInError,
    UnexpectedResponse,
    WrongSite,
)
from jira_wizard.core.models import Secret, SiteInfo, utcnow
from jira_wizard.core.oauth import OAuthApp

ENDPOINTS = Endpoints("https://auth.example.test", "https://api.example.test")
APP = OAuthApp(
    "client-1", Secret("client-secret-xyz"), "http://localhost:8754/callback"
)
SECRETS = ("client-secret-xyz", "the-code", "the-verifier", "old-refresh", "access-1")
Handler = Callable[[httpx.Request], httpx.Response]


def call(handler: Handler, coro_factory: Callable[[httpx.AsyncClient], Any]) -> Any:
    async def scenario() -> Any:
        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(transport=transport) as client:
            return await coro_factory(client)

    return asyncio.run(scenario())


def token_answer(**fields: Any) -> Handler:
    body = {"access_token": "access-1", "expires_in": 3600, "token_type": "Bearer"}
    body.update(fields)
    return lambda request: httpx.Response(200, json=body)


def exchange(client: httpx.AsyncClient) -> Any:
    return exchange_code(
        client, ENDPOINTS, APP, Secret("the-code"), Secret("the-verifier")
    )


def refresh(client: httpx.AsyncClient) -> Any:
    return refresh_tokens(
        client,
        ENDPOINTS,
        "client-1",
        Secret("client-secret-xyz"),
        Secret("old-refresh"),
    )


def test_exchange_code_posts_json_with_every_field() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return token_answer(
            refresh_token="refresh-1", scope="read:jira-work offline_access"
        )(request)

    tokens = call(handler, exchange)

    (request,) = seen
    assert request.method == "POST"
    assert str(request.url) == "https://auth.example.test/oauth/token"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "grant_type": "authorization_code",
        "client_id": "client-1",
        "client_secret": "client-secret-xyz",
        "code": "the-code",
        "redirect_uri": "http://localhost:8754/callback",
        "code_verifier": "the-verifier",
    }
    assert tokens.access_token == Secret("access-1")
    assert tokens.refresh_token == Secret("refresh-1")
    assert tokens.scopes == ("read:jira-work", "offline_access")
    left = tokens.expires_at - utcnow()
    assert timedelta(minutes=59) < left <= timedelta(hours=1)


def test_refresh_posts_the_refresh_grant_and_takes_the_new_token() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return token_answer(refresh_token="new-refresh")(request)

    tokens = call(handler, refresh)

    assert seen == [
        {
            "grant_type": "refresh_token",
            "client_id": "client-1",
            "client_secret": "client-secret-xyz",
            "refresh_token": "old-refresh",
        }
    ]
    assert tokens.refresh_token == Secret("new-refresh")


def test_refresh_keeps_the_old_refresh_token_when_none_comes_back() -> None:
    tokens = call(token_answer(), refresh)

    assert tokens.refresh_token == Secret("old-refresh")
    assert tokens.access_token == Secret("access-1")


def test_a_missing_lifetime_means_about_an_hour() -> None:
    tokens = call(token_answer(expires_in="soon"), exchange)

    assert timedelta(minutes=59) < tokens.expires_at - utcnow() <= timedelta(hours=1)


def oauth_error(status: int, error: str | None = None, **headers: str) -> Handler:
    body = {"error": error, "error_description": "Unknown or invalid refresh token."}
    content = json.dumps(body) if error else "<html>oops</html>"
    return lambda request: httpx.Response(status, content=content, headers=headers)


@pytest.mark.parametrize("call_under_test", [exchange, refresh])
@pytest.mark.parametrize(
    ("handler", "error", "words"),
    [
        (oauth_error(401, "access_denied"), InvalidCredentials, "client id and secret"),
        (oauth_error(401), InvalidCredentials, "client id and secret"),
        (oauth_error(403, "invalid_grant"), InvalidGrant, "Sign in again"),
        (oauth_error(400, "invalid_grant"), InvalidGrant, "Sign in again"),
        (oauth_error(400, "unauthorized_client"), SignInError, "unauthorized_client"),
        (oauth_error(429, "rate", **{"Retry-After": "7"}), RateLimited, "7 seconds"),
        (oauth_error(503), ServiceError, "status.atlassian.com"),
        (oauth_error(404), UnexpectedResponse, "404"),
        (
            lambda r: httpx.Response(200, content=b"not json"),
            UnexpectedResponse,
            "read",
        ),
        (
            lambda r: httpx.Response(200, json={"token": "x"}),
            UnexpectedResponse,
            "access",
        ),
    ],
)
def test_token_endpoint_failures_say_what_to_do(
    call_under_test: Callable[[httpx.AsyncClient], Any],
    handler: Handler,
    error: type[Exception],
    words: str,
) -> None:
    with pytest.raises(error) as caught:
        call(handler, call_under_test)

    message = str(caught.value)
    assert words in message
    for secret in SECRETS:
        assert secret not in message
    assert "Unknown or invalid" not in message


def resource(cloud_id: str, url: str, *scopes: str) -> dict[str, Any]:
    return {
        "id": cloud_id,
        "name": url.split("//")[1].split(".")[0],
        "url": url,
        "scopes": list(scopes or ("read:jira-work",)),
        "avatarUrl": "https://avatars.example/x.png",
    }


def test_accessible_resources_are_read_with_the_bearer_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            json=[
                resource("id-b", "https://beta.atlassian.net"),
                "junk",
                {"id": 5},
                resource("id-a", "https://acme.atlassian.net", "read:jira-user"),
            ],
        )

    found = call(handler, lambda c: accessible_resources(c, ENDPOINTS, Secret("tok")))

    assert seen[0].url == "https://api.example.test/oauth/token/accessible-resources"
    assert seen[0].headers["authorization"] == "Bearer tok"
    assert [r.id for r in found] == ["id-b", "id-a"]
    assert found[1] == AccessibleResource(
        "id-a",
        "acme",
        "https://acme.atlassian.net",
        ("read:jira-user",),
        "https://avatars.example/x.png",
    )


def res(cloud_id: str, url: str, *scopes: str) -> AccessibleResource:
    return AccessibleResource(cloud_id, url, url, scopes or ("read:jira-work",))


@pytest.mark.parametrize(
    "site_url",
    [
        "https://acme.atlassian.net",
        "https://ACME.atlassian.net/",
        "https://acme.atlassian.net:443",
    ],
)
def test_match_site_compares_normalised_urls_in_any_order(site_url: str) -> None:
    resources = [
        res("beta", "https://beta.atlassian.net"),
        res(
            "acme-confluence",
            "https://acme.atlassian.net",
            "read:confluence-content.all",
        ),
        res("acme", "https://acme.atlassian.net/", "read:jira-work"),
    ]

    assert match_site(resources, site_url).id == "acme"
    assert match_site(list(reversed(resources)), site_url).id == "acme"


def test_the_wrong_site_names_what_was_granted_and_what_to_pick() -> None:
    resources = [
        res("b", "https://beta.atlassian.net"),
        res("c", "https://gamma.atlassian.net"),
    ]

    with pytest.raises(WrongSite) as caught:
        match_site(resources, "https://acme.atlassian.net")

    assert "beta.atlassian.net, gamma.atlassian.net" in caught.value.message
    assert "acme.atlassian.net" in caught.value.message
    assert "Sign in again and pick acme.atlassian.net" in caught.value.advice


def test_no_granted_site_at_all_is_a_clear_error() -> None:
    with pytest.raises(WrongSite) as caught:
        match_site([], "https://acme.atlassian.net")

    assert "any Jira site" in caught.value.message
    assert "acme.atlassian.net" in caught.value.advice


TOKENS = TokenSet(Secret("access-1"), Secret("refresh-1"), utcnow(), ())
SITE = SiteInfo("https://acme.atlassian.net", "id-a")


def gateway(myself: httpx.Response, *scopes: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token/accessible-resources":
            return httpx.Response(
                200, json=[resource("id-a", "https://acme.atlassian.net", *scopes)]
            )
        assert request.url.path == "/ex/jira/id-a/rest/api/3/myself"
        assert request.headers["authorization"] == "Bearer access-1"
        return myself

    return handler


def test_verify_oauth_goes_through_the_gateway() -> None:
    me = httpx.Response(200, json={"accountId": "acc-1", "displayName": "Ada"})
    access = call(
        gateway(me, "read:jira-work", "read:jira-user"),
        lambda c: verify_oauth(c, ENDPOINTS, SITE, TOKENS),
    )

    assert access.via_gateway
    assert access.api_base_url == "https://api.example.test/ex/jira/id-a"
    assert access.account.account_id == "acc-1"
    assert access.site.cloud_id == "id-a"
    assert access.scopes_granted == (
        "read:jira-user",
        "read:jira-work",
        "offline_access",
    )


@pytest.mark.parametrize(
    ("scopes", "error", "words"),
    [
        (("read:jira-work",), ScopesMissing, "read:jira-user"),
        (("read:jira-work", "read:jira-user"), PermissionDenied, "who you are"),
    ],
)
def test_a_403_from_myself_says_whether_a_scope_is_missing(
    scopes: tuple[str, ...], error: type[Exception], words: str
) -> None:
    forbidden = httpx.Response(
        403, json={"message": "Unauthorized; scope does not match"}
    )

    with pytest.raises(error) as caught:
        call(
            gateway(forbidden, *scopes),
            lambda c: verify_oauth(c, ENDPOINTS, SITE, TOKENS),
        )

    assert words in str(caught.value)
    if error is PermissionDenied:
        assert not isinstance(caught.value, ScopesMissing)


def test_a_refused_access_token_means_sign_in_again() -> None:
    with pytest.raises(InvalidGrant):
        call(
            lambda r: httpx.Response(
                401, json={"code": 401, "message": "Unauthorized"}
            ),
            lambda c: verify_oauth(c, ENDPOINTS, SITE, TOKENS),
        )
