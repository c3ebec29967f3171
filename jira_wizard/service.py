"""The program's use cases, shared by the wizard, the manager and the command line.

``Service`` ties the Atlassian calls (``jira_wizard.atlassian``) to the
connection store (``jira_wizard.storage``). The wizard reaches it through the
``WizardBackend`` contract; the command line calls it directly. It holds one
HTTP client for its whole life, so that TLS set-up happens once.

After the wizard, a connection is used through ``JiraAuth`` (``jira_wizard.api``),
here as in other programs: ``credentials`` and ``test_connection`` get their
header exactly as a script does. Every coroutine raises only ``WizardError``.

Importing this module costs only the core: the wizard's window opens before
the HTTP stack, the sign-in and the keychain library are loaded. They are
imported where first used, and ``prepare`` loads them all on a worker thread
before the first network call (``jira_wizard.preload``), so that the event
loop never waits on an import.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from jira_wizard import preload
from jira_wizard.core import deadlines, siteurl
from jira_wizard.core.backend import SignInOutcome, SignInRequest
from jira_wizard.core.deadlines import ConnectionSummary
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import (
    AuthError,
    ConnectionExists,
    InputError,
    InvalidCredentials,
    KeychainError,
    SiteError,
    WizardError,
)
from jira_wizard.core.i18n import translate
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
from jira_wizard.core.oauth import (
    DEFAULT_CALLBACK_PORT,
    OAuthApp,
    callback_url,
    validate_port,
)
from jira_wizard.core.policy import Policy
from jira_wizard.core.preset import Choices, Preset, effective_choices
from jira_wizard.core.scopes import OPTIONAL_SCOPES, scopes_to_request
from jira_wizard.core.validation import (
    problem_with_token_expiry,
    require_connection_name,
    require_email,
)

if TYPE_CHECKING:
    import httpx

    from jira_wizard.api import JiraAuth
    from jira_wizard.atlassian.http import RetryPolicy
    from jira_wizard.signin import AppSignIn
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
        retry: RetryPolicy | None = None,
        choices: Choices | None = None,
    ) -> None:
        self._endpoints = endpoints
        self._retry = retry
        self.store = store
        self._policy = policy or Policy()
        self._choices = choices or effective_choices(self._policy, None)
        self.sign_in_timeout = sign_in_timeout
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._client_lock = threading.Lock()
        self._prepared = False
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
    def choices(self) -> Choices:
        return self._choices

    def use_preset(self, preset: Preset) -> Choices:
        self._choices = effective_choices(self._policy, preset)
        return self._choices

    @property
    def client(self) -> httpx.AsyncClient:
        # Locked: ``prepare`` makes the client on a worker thread.
        with self._client_lock:
            if self._client is None:
                from jira_wizard.atlassian.http import make_client

                self._client = make_client(transport=self._transport, retry=self._retry)
            return self._client

    async def prepare(self) -> None:
        """Load what a connect needs, on a worker thread; at once when loaded.

        The HTTP stack, the sign-in, the HTTP client with its TLS set-up, and
        keyring's search for the system's keychain: together a few hundred
        milliseconds of work that would otherwise freeze the wizard the first
        time each is needed. Every call that goes on the network awaits it.
        """
        if self._prepared:
            return
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._prepare_blocking)
        self._prepared = True

    def _prepare_blocking(self) -> None:
        with preload.collector_paused():
            preload.import_network_modules()
            _ = self.client
            # A service for network calls alone may have no store.
            keychain = getattr(self.store, "keychain", None)
            if keychain is not None:
                preload.find_keychain(keychain)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # The wizard's contract -------------------------------------------------

    async def probe_site(self, site_url: str) -> SiteInfo:
        await self.prepare()
        from jira_wizard.atlassian import site

        return await site.probe_site(self.client, site_url)

    async def verify_api_token(
        self, site_info: SiteInfo, email: str, token: Secret
    ) -> VerifiedAccess:
        await self.prepare()
        from jira_wizard.atlassian import apitoken

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
        self._policy.require_auth_type(AuthType.API_TOKEN)
        self._policy.require_site(access.site.site_url)
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
            token_set_at=now,
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
        from jira_wizard.signin import AppSignIn, SignInAttempt

        app = self.oauth_app(request)
        scopes = self._allowed_scopes(request)
        attempt = SignInAttempt(
            endpoints=self._endpoints,
            app=app,
            site=request.site,
            scopes=scopes,
            client=self.client,
            open_browser=open_browser,
            timeout=self.sign_in_timeout,
            on_progress=on_progress,
        )
        return AppSignIn(attempt, request.auth_type, app)

    def _allowed_scopes(self, request: SignInRequest) -> tuple[str, ...]:
        """The scopes to ask for, once the policy allows the sign-in at all.

        The organization's required scopes are always added; a scope it does
        not offer is refused.
        """
        self._policy.require_auth_type(request.auth_type)
        self._policy.require_site(request.site.site_url)
        wanted = set(request.scopes) | set(self._policy.required_scopes)
        scopes = scopes_to_request(wanted)
        self._policy.require_scopes(scopes)
        return scopes

    def oauth_app(self, request: SignInRequest) -> OAuthApp:
        """The app a sign-in uses: the organization's from policy, or the person's."""
        if request.auth_type is AuthType.OAUTH_ORG:
            org = self._policy.organization_app
            if org is None:
                raise InputError(
                    translate(
                        "Policy",
                        "Your organization's app is not set up on this computer.",
                    ),
                    translate(
                        "Policy",
                        "Ask your IT department to install its policy file, or "
                        "connect with an API token or your own app instead.",
                    ),
                )
            return OAuthApp(
                org.client_id, org.client_secret, callback_url(org.callback_port)
            )
        client_id = (request.client_id or "").strip()
        secret = request.client_secret
        if not client_id or secret is None or not secret.reveal().strip():
            raise InputError(
                translate("SignIn", "Your own app needs its client id and secret."),
                translate(
                    "SignIn",
                    "Copy both from the app's Settings page in Atlassian's "
                    "developer console.",
                ),
            )
        port = validate_port(request.port)
        return OAuthApp(client_id, Secret(secret.reveal().strip()), callback_url(port))

    async def save_oauth(
        self, name: str, outcome: SignInOutcome, *, replace: bool
    ) -> Connection:
        import httpx

        from jira_wizard.signin import SignedIn

        if not isinstance(outcome, SignedIn):
            raise TypeError(
                "save_oauth takes what a sign-in from start_sign_in returned"
            )
        tokens, access = outcome.result.tokens, outcome.access
        if tokens.refresh_token is None:
            raise AuthError(
                translate(
                    "SignIn",
                    "Atlassian gave no refresh token, so the connection would stop "
                    "working within the hour.",
                ),
                translate(
                    "SignIn",
                    "Make sure the app has the offline_access scope, then sign in "
                    "again.",
                ),
                help_topic="scopes",
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
            callback_port=httpx.URL(outcome.app.redirect_uri).port,
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
        from jira_wizard.diagnostics import diagnostic_report

        return diagnostic_report(
            self._endpoints,
            self.store,
            connection=connection,
            error=error,
            policy=self._policy,
        )

    async def diagnose(
        self,
        connection_name: str | None = None,
        error: WizardError | None = None,
        *,
        network: bool = True,
        site_url: str | None = None,
    ) -> str:
        """The full diagnostic report as text; see ``diagnosis``."""
        from jira_wizard.diagnostics import render_text

        report = await self.diagnosis(
            connection_name, error, network=network, site_url=site_url
        )
        return render_text(report)

    async def diagnosis(
        self,
        connection_name: str | None = None,
        error: WizardError | None = None,
        *,
        network: bool = True,
        site_url: str | None = None,
    ) -> dict[str, Any]:
        """The full diagnostic report as a dict, ready for JSON.

        With ``network``, Atlassian's hosts, the connection's site and
        ``site_url`` (the site being set up, not saved yet) are checked for a
        few seconds; nothing else is contacted.
        """
        from jira_wizard.diagnostics import gather_report

        return await gather_report(
            self._endpoints,
            self.store,
            policy=self._policy,
            connection_name=connection_name,
            error=error,
            network=network,
            site_url=site_url,
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
        empty = translate("Errors", "Enter the address of your Jira site.")
        raise InputError(check.message or empty, "")

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
            raise InputError(
                translate("Errors", "The API token is empty."),
                translate("Errors", "Paste the whole token."),
            )
        token = Secret(token.reveal().strip())
        if not replace and self.store.exists(name):
            raise ConnectionExists(
                translate(
                    "Errors", "A connection named '{name}' exists already."
                ).format(name=name),
                translate(
                    "Errors", "Choose another name, or pass --replace to replace it."
                ),
            )
        site_url = self.resolve_site(site_text)
        self._policy.require_auth_type(AuthType.API_TOKEN)
        self._policy.require_site(site_url)
        site_info = await self.probe_site(site_url)
        access = await self.verify_api_token(site_info, email, token)
        return await self.save_api_token(
            name, access, email, token, expires_on, replace=replace
        )

    # Connections after the wizard (the command line and the manager) --------

    async def list_connections(self) -> list[ConnectionSummary]:
        """Every saved connection with its status and deadlines, sorted by name."""
        today = date.today()
        return [
            ConnectionSummary(c, deadlines.health(c, today)) for c in self.store.list()
        ]

    def health(self, connection: Connection) -> deadlines.Health:
        return deadlines.health(connection, date.today())

    def auth(self, connection: Connection) -> JiraAuth:
        """The ``httpx.Auth`` other programs use, on this service's parts."""
        from jira_wizard.api import JiraAuth

        return JiraAuth(
            connection,
            store=self.store,
            endpoints=self._endpoints,
            policy=self._policy,
            token_client=self.client,
        )

    async def credentials(self, name: str) -> tuple[Connection, Secret]:
        """The connection as now stored, and a ready ``Authorization`` header value."""
        auth = self.auth(self.store.get(name))
        header = await auth.header()
        return auth.connection, header

    async def test_connection(self, name: str) -> tuple[Connection, VerifiedAccess]:
        """Ask Jira who the connection signs in as, the way other programs call it.

        The header comes from ``JiraAuth``, as for any program using the
        connection: renewed when due, and renewed once more after a 401.
        """
        await self.prepare()
        from jira_wizard.api import myself

        auth = self.auth(self.store.get(name))
        try:
            account = await myself(self.client, auth)
        except (AuthError, KeychainError, SiteError) as error:
            await self._record_failure(auth.connection, error)
            raise
        connection = auth.connection
        updated = await self.store.update_secrets(
            connection,
            {},
            last_verified_at=utcnow(),
            account=account,
            last_error=None,
            last_error_at=None,
        )
        access = VerifiedAccess(
            site=SiteInfo(updated.site_url, updated.cloud_id),
            account=account,
            api_base_url=updated.api_base_url,
            via_gateway=updated.api_base_url != updated.site_url,
            scopes_granted=updated.scopes,
        )
        return updated, access

    async def _record_failure(self, connection: Connection, error: WizardError) -> None:
        """Keep what went wrong on the connection, for the diagnostic report.

        Only failures that say something about the connection itself
        (credentials, permissions, the grant, the keychain, the site) are
        kept. A passing fault on the way (the network, a rate limit,
        Atlassian's own trouble) leaves the saved connection untouched; the
        log file has it, and the report shows the log's last problems.
        """
        from jira_wizard.core.redact import redact_text

        text = redact_text(f"{type(error).__name__}: {error.message}")
        try:
            await self.store.update_secrets(
                connection, {}, last_error=text, last_error_at=utcnow()
            )
        except WizardError as also:
            log.debug("could not record the failure (%s)", type(also).__name__)

    async def rotate_api_token(
        self, name: str, token: Secret, expires_on: date | None
    ) -> Connection:
        """Replace an API token with a new one, once the new one is proven to work.

        Atlassian's advice for rotation: create the new token, update the
        connection, verify it, then revoke the old one. The new token is
        verified on the same site and must sign in as the same account; only
        then is it saved, as a new version, so that a failure at any step
        leaves the old token stored and in use.
        """
        connection = self.store.get(name)
        token = await self._new_token(connection, token, expires_on)
        access = await self._verify_new_token(connection, token)
        now = utcnow()
        rotated = connection.replace(
            api_base_url=access.api_base_url,
            account=access.account,
            last_verified_at=now,
            token_expires_on=expires_on,
            token_set_at=now,
            last_error=None,
            last_error_at=None,
        )
        saved = await self.store.save(
            rotated, {SecretKind.API_TOKEN: token}, replace=True
        )
        log.info("rotated the API token of %r", name)
        return saved

    async def _new_token(
        self, connection: Connection, token: Secret, expires_on: date | None
    ) -> Secret:
        """The new token, trimmed, once it is clear it could replace the old one."""
        name = connection.name
        if connection.auth_type is not AuthType.API_TOKEN:
            raise InputError(
                translate(
                    "Errors",
                    "The connection '{name}' signs in with OAuth: it has no API token.",
                ).format(name=name),
                translate("Errors", "To renew it, sign in again: {command}").format(
                    command=deadlines.sign_in_again_command(name)
                ),
            )
        value = token.reveal().strip()
        if not value:
            raise InputError(
                translate("Errors", "The new API token is empty."),
                translate("Errors", "Paste the whole token."),
            )
        if expires_on is not None:
            problem = problem_with_token_expiry(expires_on, date.today())
            if problem is not None:
                raise InputError(problem, "")
        if (
            value
            == (await self.store.secret(connection, SecretKind.API_TOKEN)).reveal()
        ):
            raise InputError(
                translate(
                    "Errors", "This is the API token '{name}' uses already."
                ).format(name=name),
                translate(
                    "Errors", "Create a new token at {url} and give that one."
                ).format(url=deadlines.API_TOKENS_URL),
            )
        return Secret(value)

    async def _verify_new_token(
        self, connection: Connection, token: Secret
    ) -> VerifiedAccess:
        """Who the new token signs in as on the same site: the same account only."""
        assert connection.email is not None
        site_info = SiteInfo(connection.site_url, connection.cloud_id)
        try:
            access = await self.verify_api_token(site_info, connection.email, token)
        except InvalidCredentials as error:
            raise InvalidCredentials(
                translate(
                    "Errors",
                    "Atlassian did not accept the new API token for '{name}', which "
                    "keeps the old one.",
                ).format(name=connection.name),
                error.advice,
            ) from error
        if access.account.account_id != connection.account.account_id:
            raise AuthError(
                translate(
                    "Errors",
                    "The new API token signs in as {new}, not as {old}, whom "
                    "'{name}' connects as. Nothing was changed.",
                ).format(
                    new=access.account.display_name,
                    old=connection.account.display_name,
                    name=connection.name,
                ),
                translate(
                    "Errors",
                    "Create the new token while signed in to Atlassian as {old}, or "
                    "add a separate connection for the other account.",
                ).format(old=connection.account.display_name),
                help_topic="rotate-api-token",
            )
        return access

    async def sign_in_again_request(self, name: str) -> SignInRequest:
        """A sign-in for an existing OAuth connection: same site, app and scopes.

        Pass it to ``start_sign_in``, then the outcome to ``save_oauth`` with
        ``replace=True`` and the same name.
        """
        await self.prepare()  # ``start_sign_in`` follows on the event loop
        connection = self.store.get(name)
        if not connection.auth_type.is_oauth:
            raise InputError(
                translate(
                    "Errors",
                    "The connection '{name}' uses an API token: it has no sign-in.",
                ).format(name=name),
                translate("Errors", "To renew the token, run: {command}").format(
                    command=deadlines.rotate_command(name)
                ),
            )
        site = SiteInfo(connection.site_url, connection.cloud_id)
        scopes = scopes_to_request(s for s in connection.scopes if s in OPTIONAL_SCOPES)
        if connection.auth_type is AuthType.OAUTH_ORG:
            return SignInRequest(AuthType.OAUTH_ORG, site, scopes)
        secret = await self.store.secret(connection, SecretKind.CLIENT_SECRET)
        port = connection.callback_port or DEFAULT_CALLBACK_PORT
        return SignInRequest(
            AuthType.OAUTH_OWN, site, scopes, port, connection.client_id, secret
        )

    async def rename(self, old: str, new: str) -> Connection:
        return await self.store.rename(old, new)

    async def remove(self, name: str) -> None:
        await self.store.remove(name)
