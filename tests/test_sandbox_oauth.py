"""OAuth 2.0 (3LO) against the sandbox, walked by a plain HTTP client."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.sandbox.oauth import s256
from tests.fixtures.sandbox import (
    authorization_code,
    authorize_params,
    decide,
    exchange,
    myself,
    open_consent,
    post_consent,
    sign_in,
)

# RFC 7636 Appendix B.
RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_full_dance_with_the_own_app(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    params = authorize_params(client_id=DEMO.own_client_id, state="xyz")
    page = sandbox_client.get(f"{sandbox.urls.auth_url}/authorize", params=params)
    assert page.status_code == 200
    assert DEMO.own_app_name in page.text
    for text in ("read:jira-work", "Allow", "Deny"):
        assert text in page.text
    consent_id = open_consent(sandbox_client, sandbox, params)

    answer = post_consent(sandbox_client, sandbox, consent_id)
    assert answer.status_code == 302
    location = urlsplit(answer.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == DEMO.callback_url
    query = parse_qs(location.query)
    assert query["state"] == ["xyz"]

    tokens = exchange(
        sandbox_client,
        sandbox,
        query["code"][0],
        client_id=DEMO.own_client_id,
        client_secret=DEMO.own_client_secret,
    ).json()
    assert tokens["token_type"] == "Bearer"
    assert tokens["expires_in"] == 3600
    assert tokens["scope"].split() == [
        "read:jira-user",
        "read:jira-work",
        "write:jira-work",
        "offline_access",
    ]
    assert tokens["refresh_token"]

    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    resources = sandbox_client.get(
        f"{sandbox.urls.api_url}/oauth/token/accessible-resources", headers=bearer
    ).json()
    assert resources == [
        {
            "id": sandbox.cloud_id("acme"),
            "name": "acme",
            "url": sandbox.urls.sites["acme"],
            "scopes": ["read:jira-user", "read:jira-work", "write:jira-work"],
            "avatarUrl": resources[0]["avatarUrl"],
        }
    ]
    me = myself(sandbox_client, sandbox, tokens["access_token"])
    assert me.status_code == 200
    assert me.json()["displayName"] == DEMO.display_name


def test_consent_page_offers_cloud_sites_acme_first(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    page = sandbox_client.get(
        f"{sandbox.urls.auth_url}/authorize", params=authorize_params()
    ).text
    acme, beta = sandbox.cloud_id("acme"), sandbox.cloud_id("beta")
    assert page.index(acme) < page.index(beta)
    assert f"value='{acme}' checked" in page
    assert "Legacy" not in page


def test_no_refresh_token_without_offline_access(sandbox: Sandbox) -> None:
    tokens = sign_in(sandbox, scopes=["read:jira-user"])
    assert "refresh_token" not in tokens
    assert tokens["scope"] == "read:jira-user"


def test_deny_redirects_with_access_denied(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    consent_id = open_consent(sandbox_client, sandbox, authorize_params(state="s1"))
    query = decide(sandbox_client, sandbox, consent_id, decision="deny")
    assert query["error"] == "access_denied"
    assert query["error_description"]
    assert query["state"] == "s1"
    assert "code" not in query


def test_consent_form_value_is_single_use(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    consent_id = open_consent(sandbox_client, sandbox, authorize_params())
    decide(sandbox_client, sandbox, consent_id)
    again = post_consent(sandbox_client, sandbox, consent_id)
    assert again.status_code == 400
    forged = post_consent(sandbox_client, sandbox, "made-up")
    assert forged.status_code == 400
    assert "Location" not in forged.headers


@pytest.mark.parametrize(
    ("change", "text"),
    [
        ({"client_id": "unknown-client"}, "client_id is not valid"),
        (
            {"redirect_uri": "http://localhost:8755/callback"},
            "redirect_uri is not registered for client",
        ),
        (
            {"redirect_uri": "http://localhost:8754/callback/"},
            "redirect_uri is not registered for client",
        ),
        (
            {"redirect_uri": "http://127.0.0.1:8754/callback"},
            "redirect_uri is not registered for client",
        ),
    ],
)
def test_bad_client_or_callback_shows_an_error_page(
    sandbox: Sandbox, sandbox_client: httpx.Client, change: dict[str, str], text: str
) -> None:
    answer = sandbox_client.get(
        f"{sandbox.urls.auth_url}/authorize", params=authorize_params(**change)
    )
    assert answer.status_code == 400
    assert "Location" not in answer.headers
    assert "unauthorized_client" in answer.text
    assert text in answer.text


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"audience": "example.com"}, "invalid_request"),
        ({"scope": ""}, "invalid_scope"),
        ({"scope": "read:jira-work fly:to-the-moon"}, "invalid_scope"),
        ({"prompt": "none"}, "invalid_request"),
        (
            {"code_challenge": RFC_CHALLENGE, "code_challenge_method": "plain"},
            "invalid_request",
        ),
        ({"code_challenge": RFC_CHALLENGE}, "invalid_request"),
        (
            {"code_challenge": "short", "code_challenge_method": "S256"},
            "invalid_request",
        ),
    ],
)
def test_bad_parameters_go_back_to_the_callback(
    sandbox: Sandbox, sandbox_client: httpx.Client, change: dict[str, str], error: str
) -> None:
    answer = sandbox_client.get(
        f"{sandbox.urls.auth_url}/authorize",
        params=authorize_params(state="s9", **change),
    )
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith(DEMO.callback_url + "?")
    query = parse_qs(urlsplit(location).query)
    assert query["error"] == [error]
    assert query["state"] == ["s9"]


def test_missing_state_is_refused(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    params = authorize_params()
    del params["state"]
    answer = sandbox_client.get(f"{sandbox.urls.auth_url}/authorize", params=params)
    assert answer.status_code == 302
    assert parse_qs(urlsplit(answer.headers["Location"]).query)["error"] == [
        "invalid_request"
    ]


def test_registered_test_app_on_another_port(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    sandbox.register_app("test-client", "test-secret", "http://127.0.0.1:9999/cb")
    code = authorization_code(
        sandbox_client,
        sandbox,
        client_id="test-client",
        redirect_uri="http://127.0.0.1:9999/cb",
    )
    answer = exchange(
        sandbox_client,
        sandbox,
        code,
        client_id="test-client",
        client_secret="test-secret",
        redirect_uri="http://127.0.0.1:9999/cb",
    )
    assert answer.status_code == 200
    sandbox.reset()
    page = sandbox_client.get(
        f"{sandbox.urls.auth_url}/authorize",
        params=authorize_params(client_id="test-client"),
    )
    assert page.status_code == 400


def test_rfc7636_appendix_b_vector() -> None:
    assert s256(RFC_VERIFIER) == RFC_CHALLENGE
    digest = hashlib.sha256(RFC_VERIFIER.encode()).digest()
    assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == RFC_CHALLENGE


@pytest.mark.parametrize(
    ("verifier", "ok"),
    [
        (RFC_VERIFIER, True),
        (None, False),
        ("x" * 43, False),  # well formed, wrong
        ("short", False),  # RFC 7636 §4.1: at least 43 characters
    ],
)
def test_pkce_verifier_must_match(
    sandbox: Sandbox, sandbox_client: httpx.Client, verifier: str | None, ok: bool
) -> None:
    code = authorization_code(
        sandbox_client,
        sandbox,
        code_challenge=RFC_CHALLENGE,
        code_challenge_method="S256",
    )
    extra = {"code_verifier": verifier} if verifier else {}
    answer = exchange(sandbox_client, sandbox, code, **extra)
    assert answer.status_code == (200 if ok else 403)
    if not ok:
        assert answer.json()["error"] == "invalid_grant"


def test_code_is_single_use_and_reuse_revokes(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    code = authorization_code(sandbox_client, sandbox)
    first = exchange(sandbox_client, sandbox, code)
    assert first.status_code == 200
    second = exchange(sandbox_client, sandbox, code)
    assert second.status_code == 403
    assert second.json()["error"] == "invalid_grant"
    # RFC 6749 §4.1.2: what the code gave is revoked.
    assert (
        myself(sandbox_client, sandbox, first.json()["access_token"]).status_code == 401
    )


def test_code_expires_after_ten_minutes(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    code = authorization_code(sandbox_client, sandbox)
    sandbox.advance(601)
    answer = exchange(sandbox_client, sandbox, code)
    assert answer.status_code == 403
    assert answer.json()["error"] == "invalid_grant"


def test_code_needs_the_exact_redirect_uri(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    code = authorization_code(sandbox_client, sandbox)
    answer = exchange(
        sandbox_client, sandbox, code, redirect_uri="http://localhost:8754/other"
    )
    assert answer.status_code == 403
    assert answer.json()["error"] == "invalid_grant"


@pytest.mark.parametrize("secret", ["", "wrong", DEMO.own_client_secret])
def test_wrong_client_secret_is_401(
    sandbox: Sandbox, sandbox_client: httpx.Client, secret: str
) -> None:
    code = authorization_code(sandbox_client, sandbox)
    answer = exchange(sandbox_client, sandbox, code, client_secret=secret)
    assert answer.status_code == 401
    assert answer.json() == {
        "error": "access_denied",
        "error_description": "Unauthorized",
    }


def test_token_endpoint_takes_json_only(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    code = authorization_code(sandbox_client, sandbox)
    form = sandbox_client.post(
        f"{sandbox.urls.auth_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "client_id": DEMO.org_client_id,
            "client_secret": DEMO.org_client_secret,
            "code": code,
            "redirect_uri": DEMO.callback_url,
        },
    )
    assert form.status_code == 415
    assert form.json()["error"] == "invalid_request"
    # The refused form did not use the code up.
    assert exchange(sandbox_client, sandbox, code).status_code == 200


def test_unsupported_grant_type(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    answer = sandbox_client.post(
        f"{sandbox.urls.auth_url}/oauth/token", json={"grant_type": "password"}
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "unsupported_grant_type"


def test_wrong_site_granted(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    tokens = sign_in(sandbox, site="beta")
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    resources = sandbox_client.get(
        f"{sandbox.urls.api_url}/oauth/token/accessible-resources", headers=bearer
    ).json()
    assert [r["url"] for r in resources] == [sandbox.urls.sites["beta"]]
    assert (
        myself(sandbox_client, sandbox, tokens["access_token"], site="acme").status_code
        == 401
    )
    assert (
        myself(sandbox_client, sandbox, tokens["access_token"], site="beta").status_code
        == 200
    )


def test_missing_scope_is_403(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    tokens = sign_in(sandbox, scopes=["read:jira-work", "offline_access"])
    answer = myself(sandbox_client, sandbox, tokens["access_token"])
    assert answer.status_code == 403
    assert "read:jira-user" in answer.json()["errorMessages"][0]
    assert 'error="insufficient_scope"' in answer.headers["WWW-Authenticate"]


def test_bearer_is_refused_on_the_site_domain(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    tokens = sign_in(sandbox)
    answer = sandbox_client.get(
        f"{sandbox.urls.sites['acme']}/rest/api/3/myself",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert answer.status_code == 401


def test_accessible_resources_needs_a_valid_token(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    url = f"{sandbox.urls.api_url}/oauth/token/accessible-resources"
    assert sandbox_client.get(url).status_code == 401
    bogus = sandbox_client.get(url, headers={"Authorization": "Bearer nope"})
    assert bogus.status_code == 401
