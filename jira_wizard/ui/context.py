"""What the pages share: the backend, what has been entered and checked so
far, and the page numbers.

The wizard's first page is painted before the backend exists (see
``WizardStart``), so this module, which that page needs, loads nothing the
later pages alone use: the task slots (and asyncio with them) and the shared
widgets are imported when a page first asks for them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWizard, QWizardPage

from jira_wizard.core.kinds import AuthType
from jira_wizard.core.ports import DEFAULT_CALLBACK_PORT

if TYPE_CHECKING:
    from jira_wizard.core.backend import SignInOutcome, SignInRequest, WizardBackend
    from jira_wizard.core.choices import Choices
    from jira_wizard.core.errors import WizardError
    from jira_wizard.core.models import Connection, Secret, SiteInfo, VerifiedAccess
    from jira_wizard.core.policy import Policy
    from jira_wizard.ui.tasks import TaskSlot
    from jira_wizard.ui.widgets import SandboxBanner


class PageId(enum.IntEnum):
    """QWizard page ids, one per step of the design.

    Page 3 is the credentials step: the wizard puts the API-token page or the
    OAuth app page there, by the way to connect chosen on page 1. The sign-in
    page (4) is on the OAuth path only.
    """

    AUTH = 1
    SITE = 2
    CREDENTIALS = 3
    SIGN_IN = 4
    CHECK = 5
    SAVE = 6
    DONE = 7


@dataclass(frozen=True)
class Timing:
    """How long the wizard waits; tests shorten these."""

    #: Quiet time after the last keystroke before the site is probed.
    probe_delay_ms: int = 500
    #: Length of one second of a rate-limit countdown.
    countdown_tick: float = 1.0


@dataclass
class WizardState:
    """What the person chose and what was verified, page by page."""

    auth_type: AuthType | None = None
    site: SiteInfo | None = None
    email: str = ""
    token: Secret | None = None
    expires_on: date | None = None
    access: VerifiedAccess | None = None
    connection: Connection | None = None
    #: OAuth with the person's own app: what page 3 gathered.
    client_id: str = ""
    client_secret: Secret | None = None
    port: int | None = None
    #: OAuth: the scopes to ask for, required ones included.
    scopes: tuple[str, ...] = ()
    #: OAuth: the verified sign-in, until it is saved.
    outcome: SignInOutcome | None = None

    def forget_sign_in(self) -> None:
        """Drop a sign-in that no longer matches what was entered."""
        self.outcome = None
        self.access = None

    def sign_in_request(self) -> SignInRequest | None:
        """What pages 1 to 3 gathered for the sign-in; None if some is missing.

        The organization app's id, secret and port come from the policy.
        """
        from jira_wizard.core.backend import SignInRequest

        if self.site is None or self.auth_type is None:
            return None
        if self.auth_type is AuthType.OAUTH_ORG:
            return SignInRequest(self.auth_type, self.site, self.scopes)
        return SignInRequest(
            self.auth_type,
            self.site,
            self.scopes,
            self.port,
            self.client_id,
            self.client_secret,
        )


@dataclass(frozen=True)
class WizardStart:
    """What the wizard's first page needs: the policy and the choices it allows.

    Both come from the pure layers (the policy file, a helpdesk's preset), so
    the first page can be painted from them while the backend, with the
    keychain, the settings and the HTTP stack behind it, is still being made.
    """

    policy: Policy
    choices: Choices

    @classmethod
    def of(cls, backend: WizardBackend) -> WizardStart:
        return cls(backend.policy, backend.choices)


class NoBackendYet(RuntimeError):
    """A page asked for the backend before the wizard was given one."""


@dataclass
class WizardContext:
    start: WizardStart
    state: WizardState = field(default_factory=WizardState)
    timing: Timing = field(default_factory=Timing)
    today: Callable[[], date] = date.today
    _backend: WizardBackend | None = field(default=None, init=False, repr=False)

    @property
    def backend(self) -> WizardBackend:
        """The backend, which every page after the first one is built with."""
        if self._backend is None:
            raise NoBackendYet("the wizard has no backend yet")
        return self._backend

    @property
    def has_backend(self) -> bool:
        return self._backend is not None

    def use_backend(self, backend: WizardBackend) -> None:
        self._backend = backend

    def callback_port(self) -> int:
        """The port the sign-in listens on: page 3's, or the organization's."""
        if self.state.auth_type is AuthType.OAUTH_OWN:
            return self.state.port or DEFAULT_CALLBACK_PORT
        org = self.start.policy.organization_app
        return org.callback_port if org is not None else DEFAULT_CALLBACK_PORT

    def callback_url(self) -> str:
        return self.backend.callback_url(self.callback_port())


class BasePage(QWizardPage):
    """A page that knows the context and owns the tasks it starts."""

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self.context = context
        self._slots: list[TaskSlot] = []
        #: The failure the page shows last, which its diagnostic report is about.
        self._last_error: WizardError | None = None

    @property
    def backend(self) -> WizardBackend:
        return self.context.backend

    @property
    def state(self) -> WizardState:
        return self.context.state

    def on_shown(self) -> None:
        """Called once QWizard shows the page with its buttons in place."""

    def focus_forward_button(self) -> None:
        """Put focus where Enter moves on: Next, Save or Finish."""
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
        ):
            button = self.wizard().button(which)
            if button.isVisible() and button.isEnabled():
                button.setFocus()
                return

    def _report(self) -> str:
        """The quick diagnostic report about the page's last failure."""
        return self.backend.diagnostic_report(error=self._last_error)

    async def _full_report(self) -> str:
        """The same with the network checked, which takes a few seconds."""
        return await self.backend.diagnose(
            error=self._last_error, site_url=self._site_to_check()
        )

    def _site_to_check(self) -> str | None:
        """The site the full report checks beside Atlassian's hosts."""
        return self.state.site.site_url if self.state.site else None

    def new_slot(self, purpose: str) -> TaskSlot:
        from jira_wizard.ui.tasks import TaskSlot

        slot = TaskSlot(purpose)
        self._slots.append(slot)
        return slot

    def cancel_tasks(self) -> None:
        for slot in self._slots:
            slot.cancel()

    def add_sandbox_banner(self, layout: QVBoxLayout) -> SandboxBanner | None:
        """Put the practice-mode banner at the top of ``layout`` in sandbox mode."""
        if not self.backend.endpoints.sandbox:
            return None
        from jira_wizard.ui.widgets import SandboxBanner

        banner = SandboxBanner(self.backend.sandbox_start_page_url, self)
        layout.addWidget(banner)
        return banner

    def go_back_to(self, page: PageId) -> None:
        """Step back through the history until ``page`` is showing."""
        wizard = self.wizard()
        while wizard.currentId() != page and page in wizard.visitedIds():
            before = wizard.currentId()
            wizard.back()
            if wizard.currentId() == before:
                return
