"""The program's use cases, shared by the wizard and the command line.

``Service`` ties the Atlassian calls (``jira_wizard.atlassian``) to the
connection store (``jira_wizard.storage``). The wizard reaches it through the
``WizardBackend`` contract; the command line calls it directly. It holds one
HTTP client for its whole life, so that TLS set-up happens once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import httpx

from jira_wizard import tokens
from jira_wizard.atlassian import apitoken, site
from jira_wizard.atlassian.http import make_client
from jira_wizard.atlassian.oauth import TokenSet, verify_oauth
from jira_wizard.core import siteurl
from jira_wizard.core.backend import SignInOutcome, SignInRequest
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    AuthError,
    ConnectionExists,
    InputError,
    InvalidCredentials,
    WizardError,
)
from jira_wizard.core.models import (
    AuthType,
    Connection,
    Secret,
    SecretKind,
    SignInProgress,
    SiteInfo,
    VerifiedAccess,
    utcnow,
)
from jira_wizard.core.oauth import OAuthApp, callback_url, validate_port
from jira_wizard.core.policy import Policy
from jira_wizard.core.validation import require_connection_name, require_email
from jira_wizard.diagnostics import diagnostic_report
from jira_wizard.signin import AppSignIn, SignedIn, SignInAttempt
from jira_wizard.storage.store import ConnectionStore

log = logging.getLogger(__name__)


class Service:
    def __init__(
        self,
        endpoints: Endpoints,
        store: ConnectionStore,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sandbox_start_page_url: str | None = None,
        policy: Policy | None = None,
        sign_in_timeout: float = 300.0,
    ) -> None:
        self._endpoints = endpoints
        self.store = store
        self._policy = policy or Policy()
        self.sign_in_timeout = sign_in_timeout
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._sandbox_start_page_url = sandbox_start_page_url

    @property
    def endpoints(self) -> Endpoints:
        return self._endpoints

    @property
    def sandbox_start_page_url(self) -> str | None:
        return self._sandbox_start_page_url

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = make_client(transport=self._transport)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # The wizard's contract -------------------------------------------------

    async def probe_site(self, site_url: str) -> SiteInfo:
        return await site.probe_site(self.client, site_url)

    async def verify_api_token(
        self, site_info: SiteInfo, email: str, token: Secret
    ) -> VerifiedAccess:
        return await apitoken.verify_api_token(
            self.client, self._endpoints, site_info, email, token
        )

    async def connection_names(self) -> list[str]:
        return [connection.name for connection in self.store.list()]

    async def save_api_token(
        self,
        name: str,
        access: VerifiedAccess,
        email: str,
        token: Secret,
        expires_on: date | None,
        *,
        replace: bool,
    ) -> Connection:
        now = utcnow()
        connection = Connection(
            name=require_connection_name(name),
            auth_type=AuthType.API_TOKEN,
            site_url=access.site.site_url,
            cloud_id=access.site.cloud_id,
            api_base_url=access.api_base_url,
            account=access.account,
            secret_ref="",
            email=email,
            created_at=now,
            last_verified_at=now,
            token_expires_on=expires_on,
        )
        saved = await self.store.save(
            connection, {SecretKind.API_TOKEN: token}, replace=replace
        )
        log.info(
            "saved connection %r to %s", saved.name, siteurl.site_host(saved.site_url)
        )
        return saved

    def callback_url(self, port: int) -> str:
        return callback_url(port)

    def start_sign_in(
        self,
        request: SignInRequest,
        *,
        open_browser: Callable[[str], bool] | None,
        on_progress: Callable[[SignInProgress], None],
    ) -> AppSignIn:
        app = self.oauth_app(request)
        attempt = SignInAttempt(
            endpoints=self._endpoints,
            app=app,
            site=request.site,
            scopes=request.scopes,
            client=self.client,
            open_browser=open_browser,
            timeout=self.sign_in_timeout,
            on_progress=on_progress,
        )
        return AppSignIn(attempt, request.auth_type, app)

    def oauth_app(self, request: SignInRequest) -> OAuthApp:
        """The app a sign-in uses: the organization's from policy, or the person's."""
        if request.auth_type is AuthType.OAUTH_ORG:
            org = self._policy.organization_app
            if org is None:
                raise InputError(
                    "Your organization's app is not set up on this computer.",
                    "Ask your IT department to install its policy file, or "
                    "connect with an API token or your own app instead.",
                )
            return OAuthApp(
                org.client_id, org.client_secret, callback_url(org.callback_port)
            )
        client_id = (request.client_id or "").strip()
        secret = request.client_secret
        if not client_id or secret is None or not secret.reveal().strip():
            raise InputError(
                "Your own app needs its client id and secret.",
                "Copy both from the app's Settings page in Atlassian's "
                "developer console.",
            )
        port = validate_port(request.port)
        return OAuthApp(client_id, Secret(secret.reveal().strip()), callback_url(port))

    async def save_oauth(
        self, name: str, outcome: SignInOutcome, *, replace: bool
    ) -> Connection:
        if not isinstance(outcome, SignedIn):
            raise TypeError(
                "save_oauth takes what a sign-in from start_sign_in returned"
            )
        tokens, access = outcome.result.tokens, outcome.access
        if tokens.refresh_token is None:
            raise AuthError(
                "Atlassian gave no refresh token, so the connection would stop "
                "working within the hour.",
                "Make sure the app has the offline_access scope, then sign in again.",
            )
        now = utcnow()
        connection = Connection(
            name=require_connection_name(name),
            auth_type=outcome.auth_type,
            site_url=access.site.site_url,
            cloud_id=access.site.cloud_id,
            api_base_url=access.api_base_url,
            account=access.account,
            secret_ref="",
            email=access.account.email,
            client_id=outcome.app.client_id,
            scopes=access.scopes_granted,
            created_at=now,
            last_verified_at=now,
            consented_at=now,
            access_token_expires_at=tokens.expires_at,
        )
        secrets = {
            SecretKind.REFRESH_TOKEN: tokens.refresh_token,
            SecretKind.ACCESS_TOKEN: tokens.access_token,
        }
        if outcome.auth_type is AuthType.OAUTH_OWN:
            secrets[SecretKind.CLIENT_SECRET] = outcome.app.client_secret
        saved = await self.store.save(connection, secrets, replace=replace)
        log.info(
            "saved connection %r to %s", saved.name, siteurl.site_host(saved.site_url)
        )
        return saved

    def diagnostic_report(
        self, connection: Connection | None = None, error: WizardError | None = None
    ) -> str:
        return diagnostic_report(
            self._endpoints, self.store, connection=connection, error=error
        )

    # Command-line use cases ----------------------------------------------

    def resolve_site(self, text: str) -> str:
        """The site URL to use for what was typed, or InputError saying why not."""
        check = siteurl.check_site_url(
            text, allow_loopback_http=self._endpoints.allow_loopback_http
        )
        if check.status in (siteurl.SiteStatus.OK, siteurl.SiteStatus.FIXABLE):
            assert check.site_url is not None
            return check.site_url
        raise InputError(check.message or "Enter the address of your Jira site.", "")

    async def add_api_token(
        self,
        name: str,
        site_text: str,
        email: str,
        token: Secret,
        expires_on: date | None,
        *,
        replace: bool = False,
    ) -> Connection:
        name = require_connection_name(name)
        email = require_email(email)
        if not token.reveal().strip():
            raise InputError("The API token is empty.", "Paste the whole token.")
        token = Secret(token.reveal().strip())
        if not replace and self.store.exists(name):
            raise ConnectionExists(
                f"A connection named '{name}' exists already.",
                "Choose another name, or pass --replace to replace it.",
            )
        site_info = await self.probe_site(self.resolve_site(site_text))
        access = await self.verify_api_token(site_info, email, token)
        return await self.save_api_token(
            name, access, email, token, expires_on, replace=replace
        )

    async def test_connection(self, name: str) -> tuple[Connection, VerifiedAccess]:
        """Verify a saved connection for real, renewing its sign-in when due."""
        connection = self.store.get(name)
        site_info = SiteInfo(site_url=connection.site_url, cloud_id=connection.cloud_id)
        if connection.auth_type is AuthType.API_TOKEN:
            assert connection.email is not None
            token = await self.store.secret(connection, SecretKind.API_TOKEN)
            access = await self.verify_api_token(site_info, connection.email, token)
        else:
            connection, access = await self._verify_oauth(connection, site_info)
        updated = await self.store.update_secrets(
            connection,
            {},
            last_verified_at=utcnow(),
            api_base_url=access.api_base_url,
        )
        return updated, access

    async def _verify_oauth(
        self, connection: Connection, site_info: SiteInfo
    ) -> tuple[Connection, VerifiedAccess]:
        for force in (False, True):
            connection, token = await self.fresh_access_token(connection, force=force)
            assert connection.access_token_expires_at is not None
            token_set = TokenSet(
                token, None, connection.access_token_expires_at, connection.scopes
            )
            try:
                access = await verify_oauth(
                    self.client, self._endpoints, site_info, token_set
                )
            except InvalidCredentials:
                if force:
                    raise
                continue  # revoked early: renew once, then ask again
            return connection, access
        raise AssertionError("unreachable")

    async def fresh_access_token(
        self, connection: Connection, *, force: bool = False
    ) -> tuple[Connection, Secret]:
        return await tokens.fresh_access_token(
            self.store,
            connection,
            client=self.client,
            endpoints=self._endpoints,
            policy=self._policy,
            force=force,
        )

    async def credentials(self, name: str) -> tuple[str, Secret]:
        """The API base URL and the ``Authorization`` header value for ``name``."""
        connection = self.store.get(name)
        if connection.auth_type is AuthType.API_TOKEN:
            assert connection.email is not None
            token = await self.store.secret(connection, SecretKind.API_TOKEN)
            header = apitoken.basic_authorization(connection.email, token)
            return connection.api_base_url, header
        connection, access_token = await self.fresh_access_token(connection)
        return connection.api_base_url, Secret(f"Bearer {access_token.reveal()}")

    async def remove(self, name: str) -> None:
        await self.store.remove(name)
