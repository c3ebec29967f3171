"""What the wizard's pages may ask of the rest of the program.

The widgets never talk HTTP or touch the keychain themselves: they hold an
object that satisfies ``WizardBackend`` (the wizard) or ``ManagerBackend`` (the
window that looks after saved connections) and await its coroutines on the
qasync loop. ``jira_wizard.service.Service`` is the real one; tests may pass another.
Every coroutine raises only ``WizardError`` subclasses for things a person can
fix or needs to know about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Types only: the wizard's first page imports this module before it is
    # painted, and needs none of these modules to be loaded for it.
    from collections.abc import Callable
    from datetime import date

    from jira_wizard.core.deadlines import ConnectionSummary
    from jira_wizard.core.endpoints import Endpoints
    from jira_wizard.core.errors import WizardError
    from jira_wizard.core.models import (
        AuthType,
        Connection,
        Secret,
        SignInProgress,
        SiteInfo,
        VerifiedAccess,
    )
    from jira_wizard.core.policy import Policy
    from jira_wizard.core.preset import Choices, Preset


@dataclass(frozen=True)
class SignInRequest:
    """What the wizard has gathered before the browser sign-in.

    For the organization app, ``client_id``, ``client_secret`` and ``port``
    come from the policy and are left as ``None`` here.
    """

    auth_type: AuthType
    site: SiteInfo
    scopes: tuple[str, ...]
    port: int | None = None
    client_id: str | None = None
    client_secret: Secret | None = None


class SignInOutcome(Protocol):
    """A finished, verified sign-in, to be handed back to ``save_oauth``."""

    @property
    def access(self) -> VerifiedAccess: ...

    @property
    def scopes_asked(self) -> tuple[str, ...]: ...

    @property
    def scopes_missing(self) -> tuple[str, ...]: ...


class SignInHandle(Protocol):
    """One browser sign-in in progress; see ``jira_wizard.signin``."""

    @property
    def authorization_url(self) -> str: ...

    async def run(self) -> SignInOutcome: ...

    def open_browser_again(self) -> bool: ...

    def submit_pasted_address(self, text: str) -> None: ...

    def cancel(self) -> None: ...


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

    @property
    def policy(self) -> Policy:
        """The organization's policy (the organization app, its port)."""
        ...

    def callback_url(self, port: int) -> str:
        """The callback URL to register for an app that uses ``port``."""
        ...

    def start_sign_in(
        self,
        request: SignInRequest,
        *,
        open_browser: Callable[[str], bool],
        on_progress: Callable[[SignInProgress], None],
    ) -> SignInHandle:
        """Prepare a browser sign-in; nothing listens until ``run`` is awaited."""
        ...

    async def save_oauth(
        self, name: str, outcome: SignInOutcome, *, replace: bool
    ) -> Connection:
        """Store a verified OAuth connection, whole or not at all."""
        ...

    def diagnostic_report(
        self, connection: Connection | None = None, error: WizardError | None = None
    ) -> str:
        """A plain-text report for the helpdesk, with no secret in it."""
        ...

    @property
    def choices(self) -> Choices:
        """What the wizard starts from, and what the organization fixed.

        The policy's choices over a helpdesk preset (a ``jira-wizard://setup``
        link or ``--preset`` file), the preset over earlier choices: the ways
        to connect offered and the one to preselect, the site, the scopes
        (required, offered, pre-ticked), the connection's name and email,
        with ``*_locked`` flags for fields to show disabled beside
        ``LOCKED_BY_ORGANIZATION``, and ``notes`` to show once.
        """
        ...

    def use_preset(self, preset: Preset) -> Choices:
        """Start from ``preset`` from now on (a link that arrived while running).

        The policy still wins over it; the new ``choices`` are returned.
        """
        ...

    async def diagnose(
        self,
        connection_name: str | None = None,
        error: WizardError | None = None,
        *,
        network: bool = True,
        site_url: str | None = None,
    ) -> str:
        """The full report as text, with the network checked (a few seconds).

        What "Copy diagnostic report" should copy once it is ready; until
        then, ``diagnostic_report`` gives the quick form at once. ``site_url``
        is a site to check too that is not saved yet: the wizard's.
        """
        ...


class ManagerBackend(WizardBackend, Protocol):
    """What the manager window may ask, on top of the wizard's contract.

    The manager opens the wizard to add a connection, with the same object.
    """

    async def list_connections(self) -> list[ConnectionSummary]:
        """Every saved connection with its status and deadlines, sorted by name."""
        ...

    async def test_connection(self, name: str) -> tuple[Connection, VerifiedAccess]:
        """Call Jira for real with the saved connection (renewing it when due)."""
        ...

    async def rotate_api_token(
        self, name: str, token: Secret, expires_on: date | None
    ) -> Connection:
        """Replace an API token once the new one is proven; a failure keeps the old."""
        ...

    async def sign_in_again_request(self, name: str) -> SignInRequest:
        """The sign-in that renews an OAuth connection: same site, app and scopes."""
        ...

    async def rename(self, old: str, new: str) -> Connection: ...

    async def remove(self, name: str) -> None:
        """Forget the connection and delete its secrets from the keychain."""
        ...
