"""The program's use cases, shared by the wizard and the command line.

``Service`` ties the Atlassian calls (``jira_wizard.atlassian``) to the
connection store (``jira_wizard.storage``). The wizard reaches it through the
``WizardBackend`` contract; the command line calls it directly. It holds one
HTTP client for its whole life, so that TLS set-up happens once.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date

import httpx

from jira_wizard.atlassian import apitoken, site
from jira_wizard.atlassian.http import make_client
from jira_wizard.core import siteurl
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import ConnectionExists, InputError, WizardError
from jira_wizard.core.models import (
    AuthType,
    Connection,
    Secret,
    SecretKind,
    SiteInfo,
    VerifiedAccess,
    utcnow,
)
from jira_wizard.core.validation import require_connection_name, require_email
from jira_wizard.diagnostics import diagnostic_report
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
    ) -> None:
        self._endpoints = endpoints
        self.store = store
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

    async def secrets(self, connection: Connection) -> Mapping[SecretKind, Secret]:
        if connection.auth_type is AuthType.API_TOKEN:
            token = await self.store.secret(connection, SecretKind.API_TOKEN)
            return {SecretKind.API_TOKEN: token}
        raise InputError(
            f"The connection '{connection.name}' uses OAuth 2.0.",
            "This version of the program handles API-token connections only.",
        )

    async def test_connection(self, name: str) -> tuple[Connection, VerifiedAccess]:
        connection = self.store.get(name)
        secrets = await self.secrets(connection)
        site_info = SiteInfo(site_url=connection.site_url, cloud_id=connection.cloud_id)
        assert connection.email is not None
        access = await self.verify_api_token(
            site_info, connection.email, secrets[SecretKind.API_TOKEN]
        )
        updated = await self.store.update_secrets(
            connection,
            {},
            last_verified_at=utcnow(),
            api_base_url=access.api_base_url,
        )
        return updated, access

    async def credentials(self, name: str) -> tuple[str, Secret]:
        """The API base URL and the ``Authorization`` header value for ``name``."""
        connection = self.store.get(name)
        secrets = await self.secrets(connection)
        assert connection.email is not None
        header = apitoken.basic_authorization(
            connection.email, secrets[SecretKind.API_TOKEN]
        )
        return connection.api_base_url, header

    async def remove(self, name: str) -> None:
        await self.store.remove(name)
