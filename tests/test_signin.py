"""Whole browser sign-ins against the embedded Atlassian sandbox.

The "browser" is an opener that does what a person does on the consent page:
load it, pick a site, press Allow or Deny, and follow the redirect back to
the loopback server. It runs on its own thread, as a real browser would, and
uses the standard library's HTTP client, which logs nothing.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from jira_wizard.atlassian.http import make_client
from jira_wizard.atlassian.oauth import refresh_tokens
from jira_wizard.core.errors import (
    AccessDenied,
    InputError,
    InvalidCredentials,
    InvalidGrant,
    PortInUse,
    ServiceError,
    SignInCancelled,
    SignInTimeout,
    StateMismatch,
    WrongSite,
)
from jira_wizard.core.models import Secret, SiteInfo
from jira_wizard.core.oauth import OAuthApp
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.signin import OAuthResult, SignInAttempt, SignInProgress

_CONSENT_ID = re.compile(r'name="consent_id" value="([^"]+)"')
_apps = itertools.count(1)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def fetch(url: str, data: bytes | None = None) -> tuple[int, str, str | None]:
    """Status, body and Location of one request, redirects not followed."""
    try:
        with _OPENER.open(urllib.request.Request(url, data=data), timeout=10) as answer:
            return answer.status, answer.read().decode(), None
    except urllib.error.HTTPError as answer:
        return answer.code, answer.read().decode(), answer.headers.get("Location")


class Browser:
    """An opener that consents on the sandbox's page, on a thread of its own."""

    def __init__(
        self,
        sandbox: Sandbox,
        decision: str = "allow",
        site: str = "acme",
        *,
        follow: bool = True,
    ) -> None:
        self.cloud_id = sandbox.cloud_id(site)
        self.decision = decision
        self.follow = follow
        self.opened: list[str] = []
        self.location: str | None = None
        self.callback_page: tuple[int, str] | None = None
        self.failure: BaseException | None = None
        self.arrived = threading.Event()
        self._threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        thread = threading.Thread(target=self._consent, args=(url,), daemon=True)
        self._threads.append(thread)
        thread.start()
        return True

    def _consent(self, url: str) -> None:
        try:
            status, page, _ = fetch(url)
            assert status == 200, page
            match = _CONSENT_ID.search(page)
            assert match, "no consent form"
            parts = urlsplit(url)
            form = urlencode(
                {
                    "consent_id": match.group(1),
                    "decision": self.decision,
                    "site": self.cloud_id,
                }
            ).encode()
            status, _, self.location = fetch(
                f"{parts.scheme}://{parts.netloc}/authorize/consent", form
            )
            assert status == 302
            assert self.location
            if self.follow:
                status, body, _ = fetch(self.location)
                self.callback_page = (status, body)
        except BaseException as exc:
            self.failure = exc
        finally:
            self.arrived.set()

    def join(self) -> None:
        for thread in self._threads:
            thread.join(10)
        if self.failure is not None:
            raise self.failure


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def own_app(sandbox: Sandbox, port: int | None = None) -> OAuthApp:
    """A freshly registered app on a free callback port, to avoid collisions."""
    number = next(_apps)
    client_id = f"testapp{number:026d}"
    secret = f"ATOA-test-secret-{number}-0123456789abcdef"
    redirect_uri = f"http://localhost:{port or free_port()}/callback"
    sandbox.register_app(client_id, secret, redirect_uri)
    return OAuthApp(client_id, Secret(secret), redirect_uri)


def acme(sandbox: Sandbox) -> SiteInfo:
    return SiteInfo(sandbox.urls.sites["acme"], sandbox.cloud_id("acme"))


async def sign_in(
    sandbox: Sandbox,
    opener: Callable[[str], bool] | None,
    *,
    app: OAuthApp | None = None,
    scopes: tuple[str, ...] = (),
    timeout: float = 30.0,
    progress: list[SignInProgress] | None = None,
    during: Callable[[SignInAttempt], Any] | None = None,
) -> OAuthResult:
    async with make_client() as client:
        attempt = SignInAttempt(
            endpoints=sandbox.endpoints(),
            app=app or own_app(sandbox),
            site=acme(sandbox),
            scopes=scopes,
            client=client,
            open_browser=opener,
            timeout=timeout,
            on_progress=None if progress is None else progress.append,
        )
        if during is None:
            return await attempt.run()
        running = asyncio.ensure_future(attempt.run())
        await during(attempt)
        return await running


def query_of(browser: Browser) -> str:
    return urlsplit(browser.location or "").query


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 60))


def refused(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def test_a_whole_sign_in_reaches_the_site_through_the_gateway(sandbox: Sandbox) -> None:
    browser = Browser(sandbox)
    progress: list[SignInProgress] = []
    app = own_app(sandbox)

    result = run(sign_in(sandbox, browser, app=app, progress=progress))
    browser.join()

    access = result.access
    assert access.account.display_name == DEMO.display_name
    assert access.account.account_id == DEMO.account_id
    assert access.site.cloud_id == sandbox.cloud_id("acme")
    assert access.via_gateway
    assert (
        access.api_base_url
        == f"{sandbox.urls.api_url}/ex/jira/{sandbox.cloud_id('acme')}"
    )
    assert result.scopes_missing == ()
    assert "offline_access" in result.scopes_asked
    assert set(result.scopes_asked) <= set(access.scopes_granted)
    assert result.tokens.refresh_token is not None
    assert browser.callback_page is not None
    assert browser.callback_page[0] == 200
    assert "You are signed in" in browser.callback_page[1]
    stages = [p.stage for p in progress]
    assert stages[:2] == ["listening", "browser_opened"]
    assert stages[-3:] == ["exchanging", "verifying", "done"]
    assert "waiting" in stages
    assert (
        progress[-1].message
        == f"Connected to {urlsplit(acme(sandbox).site_url).netloc} as Ada Lovelace."
    )
    assert refused(urlsplit(app.redirect_uri).port or 0)


def test_the_link_is_ready_before_the_attempt_runs(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with make_client() as client:
            attempt = SignInAttempt(
                endpoints=sandbox.endpoints(),
                app=own_app(sandbox),
                site=acme(sandbox),
                scopes=["manage:jira-configuration"],
                client=client,
                open_browser=None,
            )
            assert attempt.authorization_url.startswith(
                f"{sandbox.urls.auth_url}/authorize?"
            )
            assert "manage%3Ajira-configuration" in attempt.authorization_url
            assert "manage:jira-configuration" in attempt.scopes

    run(scenario())


def test_deny_ends_with_access_denied(sandbox: Sandbox) -> None:
    browser = Browser(sandbox, decision="deny")

    with pytest.raises(AccessDenied) as caught:
        run(sign_in(sandbox, browser))
    browser.join()

    assert "Accept" in caught.value.advice
    assert browser.callback_page is not None
    assert "The sign-in did not complete" in browser.callback_page[1]


def test_granting_another_site_is_named(sandbox: Sandbox) -> None:
    browser = Browser(sandbox, site="beta")

    with pytest.raises(WrongSite) as caught:
        run(sign_in(sandbox, browser))
    browser.join()

    beta = urlsplit(sandbox.urls.sites["beta"]).netloc
    acme_host = urlsplit(sandbox.urls.sites["acme"]).netloc
    assert beta in caught.value.message
    assert f"pick {acme_host}" in caught.value.advice


def test_no_site_granted_is_a_clear_error(sandbox: Sandbox) -> None:
    sandbox.faults.empty_sites = True

    with pytest.raises(WrongSite, match="any Jira site"):
        run(sign_in(sandbox, Browser(sandbox)))


def test_refresh_rotates_and_an_old_token_later_fails(sandbox: Sandbox) -> None:
    app = own_app(sandbox)
    result = run(sign_in(sandbox, Browser(sandbox), app=app))
    first = result.tokens.refresh_token

    async def refresh(token: Secret) -> Any:
        async with make_client() as client:
            return await refresh_tokens(
                client, sandbox.endpoints(), app.client_id, app.client_secret, token
            )

    second = run(refresh(first))
    assert second.refresh_token is not None
    assert second.refresh_token != first
    assert second.access_token != result.tokens.access_token
    third = run(refresh(second.refresh_token))
    assert third.refresh_token != second.refresh_token

    sandbox.advance(11 * 60)  # past Atlassian's ten-minute reuse interval
    with pytest.raises(InvalidGrant, match="Sign in again"):
        run(refresh(first))


def test_a_wrong_client_secret_is_refused_at_the_token_endpoint(
    sandbox: Sandbox,
) -> None:
    app = own_app(sandbox)
    wrong = OAuthApp(app.client_id, Secret("not-the-secret"), app.redirect_uri)

    with pytest.raises(InvalidCredentials, match="client id and secret"):
        run(sign_in(sandbox, Browser(sandbox), app=wrong))


def test_cancel_while_waiting_closes_the_port(sandbox: Sandbox) -> None:
    app = own_app(sandbox)

    async def cancel_soon(attempt: SignInAttempt) -> None:
        await asyncio.sleep(0.05)
        attempt.cancel()

    with pytest.raises(SignInCancelled):
        run(sign_in(sandbox, None, app=app, during=cancel_soon))
    assert refused(urlsplit(app.redirect_uri).port or 0)


def test_waiting_counts_down_and_times_out(sandbox: Sandbox) -> None:
    app = own_app(sandbox)
    progress: list[SignInProgress] = []

    with pytest.raises(SignInTimeout):
        run(
            sign_in(sandbox, lambda url: False, app=app, timeout=1.5, progress=progress)
        )

    stages = [p.stage for p in progress]
    assert stages[:2] == ["listening", "browser_failed"]
    counts = [p.seconds_left for p in progress if p.stage == "waiting"]
    assert counts[0] == 2
    assert counts == sorted(set(counts), reverse=True)
    assert refused(urlsplit(app.redirect_uri).port or 0)


def test_a_pasted_address_finishes_the_sign_in(sandbox: Sandbox) -> None:
    browser = Browser(sandbox, follow=False)

    async def paste(attempt: SignInAttempt) -> None:
        arrived = await asyncio.get_running_loop().run_in_executor(
            None, browser.arrived.wait, 10
        )
        assert arrived
        assert browser.location is not None
        with pytest.raises(StateMismatch):
            attempt.submit_pasted_address(
                re.sub(r"state=[^&]+", "state=x", browser.location)
            )
        with pytest.raises(InputError):
            attempt.submit_pasted_address("   ")
        attempt.submit_pasted_address(f"  {browser.location}\n")

    result = run(sign_in(sandbox, browser, during=paste))
    browser.join()

    assert result.access.account.display_name == DEMO.display_name


def test_open_again_uses_the_same_link(sandbox: Sandbox) -> None:
    opened: list[str] = []

    def opener(url: str) -> bool:
        opened.append(url)
        return True

    async def again(attempt: SignInAttempt) -> None:
        await asyncio.sleep(0.05)
        assert attempt.open_browser_again()
        attempt.cancel()

    with pytest.raises(SignInCancelled):
        run(sign_in(sandbox, opener, during=again))
    assert len(opened) == 2
    assert opened[0] == opened[1]


def test_a_taken_port_fails_before_the_browser_opens(sandbox: Sandbox) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        opened: list[str] = []
        with pytest.raises(PortInUse, match=f"Port {port}"):
            run(sign_in(sandbox, opened.append, app=own_app(sandbox, port)))  # type: ignore[arg-type]
        assert opened == []


def test_no_secret_reaches_a_log_or_an_error(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """DEBUG on every logger, httpx's included, through a sign-in and failures."""
    caplog.set_level(logging.DEBUG)
    names = ["", *logging.root.manager.loggerDict]
    saved = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    errors: list[BaseException] = []
    try:
        app = own_app(sandbox)
        browser = Browser(sandbox)
        attempts: list[SignInAttempt] = []

        async def keep(attempt: SignInAttempt) -> None:
            attempts.append(attempt)

        result = run(sign_in(sandbox, browser, app=app, during=keep))
        browser.join()
        for bad in (Browser(sandbox, "deny"), Browser(sandbox, site="beta")):
            try:
                run(sign_in(sandbox, bad, app=app))
            except Exception as exc:
                errors.append(exc)
        for pasted in (browser.location or "", f"code=x&{query_of(browser)}"):
            try:
                attempts[0].submit_pasted_address(pasted)
            except Exception as exc:
                errors.append(exc)
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)

    assert browser.location is not None
    query = urlsplit(browser.location).query
    secrets = {
        "code": re.search(r"code=([^&]+)", query).group(1),  # type: ignore[union-attr]
        "state": attempts[0]._request.state.reveal(),
        "verifier": attempts[0]._request.code_verifier.reveal(),
        "access token": result.tokens.access_token.reveal(),
        "refresh token": result.tokens.refresh_token.reveal(),
        "client secret": app.client_secret.reveal(),
        "callback query": query,
    }
    texts = [caplog.text, *(r.getMessage() for r in caplog.records)]
    texts += [str(exc) for exc in errors] + [repr(exc) for exc in errors]
    texts += [repr(result), str(result)]
    assert len(caplog.records) > 10
    assert len(errors) == 4
    for what, value in secrets.items():
        assert len(value) >= 8, what
        for text in texts:
            assert value not in text, f"the {what} leaked"


def test_cancel_during_the_token_exchange_ends_as_cancelled(sandbox: Sandbox) -> None:
    app = own_app(sandbox)
    holder: list[SignInAttempt] = []

    def on_progress(progress: SignInProgress) -> None:
        if progress.stage == "exchanging":
            holder[0].cancel()

    async def scenario() -> None:
        async with make_client() as client:
            attempt = SignInAttempt(
                endpoints=sandbox.endpoints(),
                app=app,
                site=acme(sandbox),
                scopes=(),
                client=client,
                open_browser=Browser(sandbox),
                on_progress=on_progress,
            )
            holder.append(attempt)
            await attempt.run()

    with pytest.raises(SignInCancelled):
        run(scenario())
    assert refused(urlsplit(app.redirect_uri).port or 0)


def test_a_failing_token_endpoint_is_reported_and_the_port_freed(
    sandbox: Sandbox,
) -> None:
    app = own_app(sandbox)
    sandbox.faults.fail_next(status=503, origin="auth", path="/oauth/token")

    with pytest.raises(ServiceError, match=r"status\.atlassian\.com"):
        run(sign_in(sandbox, Browser(sandbox), app=app))
    assert refused(urlsplit(app.redirect_uri).port or 0)


def test_an_address_pasted_before_running_is_used_without_a_browser(
    sandbox: Sandbox,
) -> None:
    app = own_app(sandbox)
    browser = Browser(sandbox, follow=False)

    async def scenario() -> OAuthResult:
        async with make_client() as client:
            attempt = SignInAttempt(
                endpoints=sandbox.endpoints(),
                app=app,
                site=acme(sandbox),
                scopes=(),
                client=client,
                open_browser=never_opened,
            )
            browser(attempt.authorization_url)  # a browser on another machine
            await asyncio.get_running_loop().run_in_executor(None, browser.join)
            attempt.submit_pasted_address(browser.location or "")
            return await attempt.run()

    result = run(scenario())

    assert result.access.account.account_id == DEMO.account_id


def never_opened(url: str) -> bool:
    raise AssertionError("no browser is needed once the address was pasted")
