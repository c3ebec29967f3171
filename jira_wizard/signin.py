"""One OAuth 2.0 browser sign-in, from the consent page to a verified connection.

Shared by the command line and the wizard, and free of Qt: the wizard watches
``on_progress`` and calls ``cancel``, ``open_browser_again`` and
``submit_pasted_address`` from its buttons; the command line does the same
from the terminal. Every method is meant to be called on the event loop's
thread.

The steps, each reported as a ``SignInProgress``:

    listening      the loopback server waits on the callback URL's port
    browser_opened / browser_failed
    waiting        once a second, with the seconds left
    exchanging     the code (and the PKCE verifier) for tokens
    verifying      accessible resources, the site, then /myself
    done
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from jira_wizard.atlassian.loopback import CallbackServer
from jira_wizard.atlassian.oauth import TokenSet, exchange_code, verify_oauth
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import SignInCancelled, SignInError
from jira_wizard.core.i18n import translate
from jira_wizard.core.models import (
    AuthType,
    Secret,
    SignInProgress,
    SiteInfo,
    VerifiedAccess,
)
from jira_wizard.core.oauth import (
    AuthorizationRequest,
    OAuthApp,
    build_authorization_request,
    parse_callback,
)
from jira_wizard.core.scopes import missing_scopes
from jira_wizard.core.siteurl import site_host

log = logging.getLogger(__name__)

STAGES = (
    "listening",
    "browser_opened",
    "browser_failed",
    "waiting",
    "exchanging",
    "verifying",
    "done",
)


@dataclass(frozen=True)
class OAuthResult:
    """A verified sign-in. Missing scopes are reported, not refused."""

    access: VerifiedAccess
    tokens: TokenSet
    scopes_asked: tuple[str, ...]
    scopes_missing: tuple[str, ...]


class SignInAttempt:
    """One attempt: its own state and PKCE verifier, server and countdown."""

    def __init__(
        self,
        *,
        endpoints: Endpoints,
        app: OAuthApp,
        site: SiteInfo,
        scopes: Iterable[str],
        client: httpx.AsyncClient,
        open_browser: Callable[[str], bool] | None,
        timeout: float = 300.0,
        on_progress: Callable[[SignInProgress], None] | None = None,
    ) -> None:
        self._endpoints = endpoints
        self._app = app
        self._site = site
        self._client = client
        self._open_browser = open_browser
        self._timeout = timeout
        self._on_progress = on_progress
        self._request: AuthorizationRequest = build_authorization_request(
            endpoints.auth_url, app, scopes
        )
        # Built now so that a callback URL off this computer is refused at once.
        self._server = CallbackServer(
            app.redirect_uri, self._request.state, timeout=timeout
        )
        self._stage: str | None = None
        self._task: asyncio.Task[Any] | None = None
        self._cancelled = False
        self._pasted: Secret | None = None

    @property
    def authorization_url(self) -> str:
        """The consent page's address, for "Copy the link". It holds the state."""
        return self._request.authorization_url

    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes this attempt asks for."""
        return self._request.scopes

    async def run(self) -> OAuthResult:
        """Sign in; raises a WizardError (SignInCancelled, SignInTimeout, ...)."""
        if self._task is not None:
            raise RuntimeError("a sign-in attempt runs only once")
        self._task = asyncio.current_task()
        ticker: asyncio.Task[None] | None = None
        try:
            if self._cancelled:
                raise SignInCancelled("The sign-in was cancelled.")
            await self._server.start()
            ticker = asyncio.ensure_future(self._count_down())
            self._listening()
            code = await self._server.wait_for_code()
            ticker.cancel()
            return await self._finish(code)
        except asyncio.CancelledError:
            if self._cancelled:
                raise SignInCancelled("The sign-in was cancelled.") from None
            raise
        finally:
            if ticker is not None:
                ticker.cancel()
            await self._server.close()

    def open_browser_again(self) -> bool:
        """Open the consent page once more; False when no browser could start."""
        return self._launch()

    def submit_pasted_address(self, text: str) -> None:
        """Finish the wait with the address the browser ended on.

        Raises what ``parse_callback`` raises when the text is not this
        attempt's callback, and leaves the wait as it was.
        """
        code = parse_callback(
            text,
            expected_state=self._request.state,
            redirect_uri=self._request.redirect_uri,
        )
        if self._task is None:
            self._pasted = code  # used as soon as the attempt runs
        elif self._task.done():
            raise SignInError(
                translate("SignIn", "This sign-in has already ended."),
                translate("SignIn", "Start the sign-in again."),
            )
        elif self._server.complete(code):
            log.info("using the address pasted by hand")
        else:
            log.info("ignored a pasted address: the sign-in already has its answer")

    def cancel(self) -> None:
        """End the attempt with SignInCancelled, at whatever step it is."""
        if self._cancelled:
            return
        self._cancelled = True
        self._server.cancel()
        busy = self._stage in ("exchanging", "verifying")
        if busy and self._task is not None and not self._task.done():
            self._task.cancel()

    # -- the steps ------------------------------------------------------------

    def _listening(self) -> None:
        self._report(
            "listening",
            translate(
                "SignIn", "Waiting for Atlassian to send your browser back to {url}."
            ).format(url=self._request.redirect_uri),
        )
        if self._pasted is not None:
            # The address was pasted before the attempt ran: no page to open.
            self._server.complete(self._pasted)
            return
        if self._open_browser is None:
            return
        if self._launch():
            self._report(
                "browser_opened",
                translate(
                    "SignIn",
                    "Atlassian's page is open in your browser: sign in there, pick "
                    "{site} and choose Accept.",
                ).format(site=site_host(self._site.site_url)),
            )
        else:
            self._report(
                "browser_failed",
                translate(
                    "SignIn",
                    "No browser could be opened. Copy the link and open it in a "
                    "browser on this computer.",
                ),
            )

    async def _finish(self, code: Secret) -> OAuthResult:
        self._report(
            "exchanging",
            translate("SignIn", "Atlassian sent you back. Getting the tokens…"),
        )
        tokens = await exchange_code(
            self._client, self._endpoints, self._app, code, self._request.code_verifier
        )
        host = site_host(self._site.site_url)
        self._report(
            "verifying",
            translate("SignIn", "Checking the connection to {host}…").format(host=host),
        )
        access = await verify_oauth(self._client, self._endpoints, self._site, tokens)
        missing = missing_scopes(self._request.scopes, access.scopes_granted)
        if missing:
            log.info("scopes not granted: %s", " ".join(missing))
        connected = translate("SignIn", "Connected to {host} as {name}.")
        self._report(
            "done", connected.format(host=host, name=access.account.display_name)
        )
        return OAuthResult(access, tokens, self._request.scopes, missing)

    async def _count_down(self) -> None:
        """Report the seconds left, once for each second."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._timeout
        shown: int | None = None
        while True:
            left = max(0, math.ceil(deadline - loop.time()))
            if left != shown:
                shown = left
                minutes, seconds = divmod(left, 60)
                try:
                    self._report(
                        "waiting",
                        translate(
                            "SignIn",
                            "Waiting for you to finish in the browser: {time} left.",
                        ).format(time=f"{minutes}:{seconds:02d}"),
                        seconds_left=left,
                    )
                except Exception:  # a broken listener must not stop the sign-in
                    log.exception("a sign-in progress listener failed")
            # Wake at the next whole second, so the count does not drift.
            await asyncio.sleep(max(0.05, (deadline - loop.time()) % 1.0))

    def _launch(self) -> bool:
        if self._open_browser is None:
            return False
        try:
            return bool(self._open_browser(self._request.authorization_url))
        except Exception:  # an opener's failure means "no browser", nothing more
            log.info("the browser opener failed")
            return False

    def _report(
        self, stage: str, message: str, *, seconds_left: int | None = None
    ) -> None:
        if stage != "waiting":
            self._stage = stage
            log.debug("sign-in: %s", stage)
        if self._on_progress is not None:
            self._on_progress(SignInProgress(stage, seconds_left, message))


@dataclass(frozen=True)
class SignedIn:
    """A finished sign-in together with the app it used, ready to be saved."""

    result: OAuthResult
    auth_type: AuthType
    app: OAuthApp

    @property
    def access(self) -> VerifiedAccess:
        return self.result.access

    @property
    def scopes_asked(self) -> tuple[str, ...]:
        return self.result.scopes_asked

    @property
    def scopes_missing(self) -> tuple[str, ...]:
        return self.result.scopes_missing


class AppSignIn:
    """A ``SignInAttempt`` that remembers its app, as the wizard's handle."""

    def __init__(self, attempt: SignInAttempt, auth_type: AuthType, app: OAuthApp):
        self.attempt = attempt
        self.auth_type = auth_type
        self.app = app

    @property
    def authorization_url(self) -> str:
        return self.attempt.authorization_url

    async def run(self) -> SignedIn:
        return SignedIn(await self.attempt.run(), self.auth_type, self.app)

    def open_browser_again(self) -> bool:
        return self.attempt.open_browser_again()

    def submit_pasted_address(self, text: str) -> None:
        self.attempt.submit_pasted_address(text)

    def cancel(self) -> None:
        self.attempt.cancel()
