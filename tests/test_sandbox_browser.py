"""The sandbox's pages in a real browser, clicked by role and label."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from jira_wizard.sandbox import Sandbox
from tests.conftest import missing_real_part
from tests.fixtures.sandbox import authorize_params, exchange, http_client

pytestmark = pytest.mark.real

CHROMIUM = "/usr/bin/chromium"
CLIENT_ID = "browser-test-app"
CLIENT_SECRET = "browser-test-secret"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_real_part("playwright")
    if not shutil.which(CHROMIUM):
        missing_real_part("Chromium at /usr/bin/chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()


class _Callback(BaseHTTPRequestHandler):
    """Stands in for the product's loopback callback server."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "4")
        self.end_headers()
        self.wfile.write(b"back")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def callback_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Callback)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/callback"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser: Any, sandbox: Sandbox, callback_url: str) -> Iterator[Any]:
    sandbox.register_app(CLIENT_ID, CLIENT_SECRET, callback_url)
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def _authorize_url(sandbox: Sandbox, callback_url: str, **params: str) -> str:
    query = authorize_params(client_id=CLIENT_ID, redirect_uri=callback_url, **params)
    return f"{sandbox.urls.auth_url}/authorize?{urlencode(query)}"


def test_allow_in_the_browser_returns_a_working_code(
    sandbox: Sandbox, page: Any, callback_url: str, artifacts: Path
) -> None:
    page.goto(_authorize_url(sandbox, callback_url, state="browser-state"))
    page.screenshot(path=str(artifacts / "sandbox-consent.png"), full_page=True)
    page.get_by_role("radio", name="Beta").check()
    page.get_by_role("button", name="Allow").click()
    page.wait_for_url(f"{callback_url}?**")

    query = parse_qs(urlsplit(page.url).query)
    assert query["state"] == ["browser-state"]
    with http_client() as client:
        tokens = exchange(
            client,
            sandbox,
            query["code"][0],
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_uri=callback_url,
        )
        assert tokens.status_code == 200
        resources = client.get(
            f"{sandbox.urls.api_url}/oauth/token/accessible-resources",
            headers={"Authorization": f"Bearer {tokens.json()['access_token']}"},
        ).json()
    assert [r["id"] for r in resources] == [sandbox.cloud_id("beta")]


def test_deny_in_the_browser(sandbox: Sandbox, page: Any, callback_url: str) -> None:
    page.goto(_authorize_url(sandbox, callback_url, state="s2"))
    assert page.get_by_role("radio", name="Acme").is_checked()
    page.get_by_role("button", name="Deny").click()
    page.wait_for_url(f"{callback_url}?**")
    query = parse_qs(urlsplit(page.url).query)
    assert query["error"] == ["access_denied"]
    assert query["state"] == ["s2"]


def test_start_page_switch_button(
    sandbox: Sandbox, page: Any, callback_url: str, artifacts: Path
) -> None:
    page.goto(sandbox.urls.start_page_url)
    page.screenshot(path=str(artifacts / "sandbox-start-page.png"), full_page=True)
    page.get_by_role("button", name="Turn on: Blocked app").click()
    page.wait_for_load_state()
    assert sandbox.faults.blocked_app is True
    assert page.get_by_role("button", name="Turn off: Blocked app").is_visible()
    page.goto(_authorize_url(sandbox, callback_url))
    assert page.get_by_role(
        "heading", name="Your admin has blocked this app"
    ).is_visible()
