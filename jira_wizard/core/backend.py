"""What the wizard's pages may ask of the rest of the program.

The widgets never talk HTTP or touch the keychain themselves: they hold an
object that satisfies ``WizardBackend`` and await its coroutines on the qasync
loop. ``jira_wizard.service.Service`` is the real one; tests may pass another.
Every coroutine raises only ``WizardError`` subclasses for things a person can
fix or needs to know about.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Connection, Secret, SiteInfo, VerifiedAccess


class WizardBackend(Protocol):
    @property
    def endpoints(self) -> Endpoints: ...

    @property
    def sandbox_start_page_url(self) -> str | None:
        """The embedded sandbox's start page (demo credentials), in sandbox mode."""
        ...

    async def probe_site(self, site_url: str) -> SiteInfo:
        """Check that ``site_url`` (already normalised) is a Jira Cloud site."""
        ...

    async def verify_api_token(
        self, site: SiteInfo, email: str, token: Secret
    ) -> VerifiedAccess:
        """Call ``/myself`` with the token, on the site and then the gateway."""
        ...

    async def connection_names(self) -> list[str]:
        """The names of the saved connections."""
        ...

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
        """Store a verified API-token connection, whole or not at all."""
        ...

    def diagnostic_report(
        self, connection: Connection | None = None, error: WizardError | None = None
    ) -> str:
        """A plain-text report for the helpdesk, with no secret in it."""
        ...
