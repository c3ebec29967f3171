"""The sandbox's Jira sites and API tokens, over real sockets."""

from __future__ import annotations

import httpx
import pytest

from jira_wizard.core.endpoints import Endpoints
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.sandbox.data import api_token_from

UNAUTHENTICATED = {
    "message": "Client must be authenticated to access this resource.",
    "status-code": 401,
}


def test_urls_are_loopback_and_distinct(sandbox: Sandbox) -> None:
    urls = sandbox.urls
    every = [urls.auth_url, urls.api_url, *urls.sites.values()]
    assert len(set(every)) == 5
    assert all(url.startswith("http://127.0.0.1:") for url in every)
    assert urls.start_page_url == urls.auth_url + "/"
    assert set(urls.sites) == {"acme", "beta", "legacy"}


def test_endpoints_point_at_the_sandbox(sandbox: Sandbox) -> None:
    endpoints = sandbox.endpoints()
    assert endpoints == Endpoints(
        sandbox.urls.auth_url,
        sandbox.urls.api_url,
        allow_loopback_http=True,
        sandbox=True,
    )
    endpoints.check_url(sandbox.urls.sites["acme"], "site")  # accepted, no error


@pytest.mark.parametrize("site", ["acme", "beta"])
def test_cloud_site_reports_its_cloud_id(
    sandbox: Sandbox, sandbox_client: httpx.Client, site: str
) -> None:
    answer = sandbox_client.get(f"{sandbox.urls.sites[site]}/_edge/tenant_info")
    assert answer.status_code == 200
    assert answer.json() == {"cloudId": sandbox.cloud_id(site)}
    assert sandbox.cloud_id("acme") != sandbox.cloud_id("beta")


def test_server_info_is_anonymous_and_says_cloud(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    info = sandbox_client.get(
        f"{sandbox.urls.sites['acme']}/rest/api/3/serverInfo"
    ).json()
    assert info["deploymentType"] == "Cloud"
    assert info["baseUrl"] == sandbox.urls.sites["acme"]
    assert info["serverTitle"] == "Acme"
    assert info["version"]


def test_legacy_is_jira_server(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    legacy = sandbox.urls.sites["legacy"]
    assert sandbox_client.get(f"{legacy}/_edge/tenant_info").status_code == 404
    info = sandbox_client.get(f"{legacy}/rest/api/3/serverInfo").json()
    assert info["deploymentType"] == "Server"
    assert info["baseUrl"] == legacy
    with pytest.raises(KeyError):
        sandbox.cloud_id("legacy")


def test_myself_with_classic_token(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    answer = sandbox_client.get(
        f"{sandbox.urls.sites['acme']}/rest/api/3/myself",
        auth=(DEMO.email, DEMO.api_token),
    )
    assert answer.status_code == 200
    me = answer.json()
    assert me["accountId"] == DEMO.account_id
    assert me["displayName"] == "Ada Lovelace"
    assert me["emailAddress"] == "ada@example.com"
    assert me["accountType"] == "atlassian"
    assert me["active"] is True
    assert {"timeZone", "locale", "avatarUrls"} <= set(me)


@pytest.mark.parametrize(
    ("email", "token"),
    [
        (DEMO.email, DEMO.scoped_api_token),  # scoped tokens: gateway only
        (DEMO.email, DEMO.api_token[:-1]),  # not copied whole
        ("someone@example.com", DEMO.api_token),  # another account's email
        (DEMO.email, ""),
    ],
)
def test_myself_refuses_with_atlassian_401(
    sandbox: Sandbox, sandbox_client: httpx.Client, email: str, token: str
) -> None:
    answer = sandbox_client.get(
        f"{sandbox.urls.sites['acme']}/rest/api/3/myself", auth=(email, token)
    )
    assert answer.status_code == 401
    assert answer.json() == UNAUTHENTICATED


def test_myself_anonymous_is_401(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    answer = sandbox_client.get(f"{sandbox.urls.sites['acme']}/rest/api/3/myself")
    assert answer.status_code == 401
    assert answer.json() == UNAUTHENTICATED


def test_project_falls_through_to_anonymous(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    url = f"{sandbox.urls.sites['acme']}/rest/api/3/project/DEMO"
    good = sandbox_client.get(url, auth=(DEMO.email, DEMO.api_token))
    assert good.status_code == 200
    assert good.json()["key"] == "DEMO"
    for auth in [None, (DEMO.email, "wrong")]:
        answer = sandbox_client.get(url, auth=auth)
        assert answer.status_code == 404
        assert "DEMO" in answer.json()["errorMessages"][0]
    missing = sandbox_client.get(
        url.replace("DEMO", "NOPE"), auth=(DEMO.email, DEMO.api_token)
    )
    assert missing.status_code == 404


@pytest.mark.parametrize("token", [DEMO.api_token, DEMO.scoped_api_token])
def test_both_token_kinds_work_through_the_gateway(
    sandbox: Sandbox, sandbox_client: httpx.Client, token: str
) -> None:
    base = f"{sandbox.urls.api_url}/ex/jira/{sandbox.cloud_id('acme')}"
    answer = sandbox_client.get(f"{base}/rest/api/3/myself", auth=(DEMO.email, token))
    assert answer.status_code == 200
    assert answer.json()["accountId"] == DEMO.account_id
    assert answer.json()["self"].startswith(base)


def test_gateway_refuses_bad_basic_and_unknown_cloud_id(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    api = sandbox.urls.api_url
    bad = sandbox_client.get(
        f"{api}/ex/jira/{sandbox.cloud_id('acme')}/rest/api/3/myself",
        auth=(DEMO.email, "nope"),
    )
    assert bad.status_code == 401
    unknown = sandbox_client.get(
        f"{api}/ex/jira/00000000-0000-0000-0000-000000000000/rest/api/3/myself",
        auth=(DEMO.email, DEMO.api_token),
    )
    assert unknown.status_code == 404


def test_scoped_token_lacking_a_scope_gets_403(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    token = sandbox.issue_api_token(DEMO.email, scoped=True, scopes=["read:jira-work"])
    base = f"{sandbox.urls.api_url}/ex/jira/{sandbox.cloud_id('acme')}/rest/api/3"
    answer = sandbox_client.get(f"{base}/myself", auth=(DEMO.email, token))
    assert answer.status_code == 403
    assert "read:jira-user" in answer.json()["errorMessages"][0]
    assert (
        sandbox_client.get(f"{base}/project/DEMO", auth=(DEMO.email, token)).status_code
        == 200
    )


def test_tokens_look_like_atlassians(sandbox: Sandbox) -> None:
    issued = sandbox.issue_api_token(DEMO.email)
    for token in (DEMO.api_token, DEMO.scoped_api_token, issued):
        assert token.startswith("ATATT")
        assert len(token) > 150
        body, _, checksum = token.rpartition("=")
        assert len(checksum) == 8
        assert api_token_from(body.removeprefix("ATATT3xFfGF0")) == token
    assert len({DEMO.api_token, DEMO.scoped_api_token, issued}) == 3


def test_rotation_new_token_works_then_old_is_revoked(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    url = f"{sandbox.urls.sites['acme']}/rest/api/3/myself"
    new = sandbox.issue_api_token(DEMO.email)
    assert sandbox_client.get(url, auth=(DEMO.email, new)).status_code == 200
    assert sandbox_client.get(url, auth=(DEMO.email, DEMO.api_token)).status_code == 200
    sandbox.revoke_api_token(DEMO.api_token)
    assert sandbox_client.get(url, auth=(DEMO.email, DEMO.api_token)).status_code == 401
    assert sandbox_client.get(url, auth=(DEMO.email, new)).status_code == 200


def test_scoped_issued_token_is_refused_on_the_site(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    token = sandbox.issue_api_token(DEMO.email, scoped=True)
    url = f"{sandbox.urls.sites['acme']}/rest/api/3/myself"
    assert sandbox_client.get(url, auth=(DEMO.email, token)).status_code == 401


def test_reset_restores_revoked_demo_token(
    sandbox: Sandbox, sandbox_client: httpx.Client
) -> None:
    url = f"{sandbox.urls.sites['acme']}/rest/api/3/myself"
    extra = sandbox.issue_api_token(DEMO.email)
    sandbox.revoke_api_token(DEMO.api_token)
    sandbox.reset()
    assert sandbox_client.get(url, auth=(DEMO.email, DEMO.api_token)).status_code == 200
    assert sandbox_client.get(url, auth=(DEMO.email, extra)).status_code == 401


def test_tokens_only_for_the_sandbox_user(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match=r"ada@example\.com"):
        sandbox.issue_api_token("someone@example.com")


def test_unknown_paths_are_404(sandbox: Sandbox, sandbox_client: httpx.Client) -> None:
    assert (
        sandbox_client.get(
            f"{sandbox.urls.sites['acme']}/rest/api/3/nothing"
        ).status_code
        == 404
    )
    assert sandbox_client.get(f"{sandbox.urls.api_url}/nothing").status_code == 404
    assert sandbox_client.get(f"{sandbox.urls.auth_url}/nothing").status_code == 404


def test_fixed_base_port_lays_out_origins_in_order() -> None:
    with Sandbox() as probe:
        # A free block is likely just above a port the OS handed out.
        base = int(probe.urls.auth_url.rsplit(":", 1)[1]) + 100
    try:
        sandbox = Sandbox(base_port=base)
        urls = sandbox.start()
    except Exception:
        pytest.skip(f"ports {base} to {base + 4} are busy")
    try:
        ports = [int(u.rsplit(":", 1)[1]) for u in (urls.auth_url, urls.api_url)]
        ports += [
            int(urls.sites[s].rsplit(":", 1)[1]) for s in ("acme", "beta", "legacy")
        ]
        assert ports == list(range(base, base + 5))
    finally:
        sandbox.stop()
