"""The connection wizard: its pages in order, and what it does on closing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget, QWizard

from jira_wizard.core.backend import WizardBackend
from jira_wizard.core.models import AuthType
from jira_wizard.ui.context import BasePage, PageId, Timing, WizardContext
from jira_wizard.ui.icons import app_icon
from jira_wizard.ui.page_app import AppPage
from jira_wizard.ui.page_auth import AuthPage, offered_choices, suggested_choice
from jira_wizard.ui.page_check import CheckPage
from jira_wizard.ui.page_done import DonePage
from jira_wizard.ui.page_save import SavePage
from jira_wizard.ui.page_sign_in import SignInPage
from jira_wizard.ui.page_site import SitePage
from jira_wizard.ui.page_token import TokenPage

log = logging.getLogger(__name__)


class ConnectionWizard(QWizard):
    """Takes a person from nothing to a verified, saved connection.

    Pages are numbered by ``PageId``; QWizard moves to the next higher id.
    Page 3 holds the API-token page or the OAuth app page, swapped when the
    way to connect is chosen on page 1 (page 3 is never in the history then).
    The API-token page skips the sign-in page (4).
    """

    def __init__(
        self,
        backend: WizardBackend,
        parent: QWidget | None = None,
        *,
        timing: Timing | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = WizardContext(backend, timing=timing or Timing(), today=today)
        self.setWindowTitle(self.tr("Connect to Jira Cloud"))
        self.setWindowIcon(app_icon())
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        policy = backend.policy
        self.auth_page = AuthPage(
            self.context, offered_choices(policy), suggested_choice(policy)
        )
        self.site_page = SitePage(self.context)
        self.token_page = TokenPage(self.context)
        self.app_page = AppPage(self.context)
        self.sign_in_page = SignInPage(self.context)
        self.check_page = CheckPage(self.context)
        self.save_page = SavePage(self.context)
        self.done_page = DonePage(self.context)
        self.setPage(PageId.AUTH, self.auth_page)
        self.setPage(PageId.SITE, self.site_page)
        self.setPage(
            PageId.CREDENTIALS, self._credentials_page(suggested_choice(policy))
        )
        self.setPage(PageId.SIGN_IN, self.sign_in_page)
        self.setPage(PageId.CHECK, self.check_page)
        self.setPage(PageId.SAVE, self.save_page)
        self.setPage(PageId.DONE, self.done_page)
        self.setStartId(PageId.AUTH)
        self.setMinimumSize(640, 500)
        # Room for the OAuth app page, the tallest, on a 1366 × 768 screen.
        self.resize(720, 640)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def pages(self) -> list[BasePage]:
        """Every page, the page 3 not in use included."""
        shown = [
            page
            for page_id in self.pageIds()
            if isinstance(page := self.page(page_id), BasePage)
        ]
        spare = [p for p in (self.token_page, self.app_page) if p not in shown]
        return shown + spare

    def _credentials_page(self, auth_type: AuthType | None) -> BasePage:
        if auth_type is None or not auth_type.is_oauth:
            return self.token_page
        return self.app_page

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() == PageId.AUTH:
            self._use_credentials_page(self.context.state.auth_type)
        return True

    def _use_credentials_page(self, auth_type: AuthType | None) -> None:
        wanted = self._credentials_page(auth_type)
        if self.page(PageId.CREDENTIALS) is wanted:
            return
        # Safe only while page 3 is not in the history: true on page 1.
        self.removePage(PageId.CREDENTIALS)
        self.setPage(PageId.CREDENTIALS, wanted)
        log.debug("page 3 is now %s", type(wanted).__name__)

    @property
    def saved(self) -> bool:
        return self.context.state.connection is not None

    def _on_current_id_changed(self, current: int) -> None:
        # Whatever a page left running is pointless once it is not shown.
        for page in self.pages():
            if page is not self.page(current):
                page.cancel_tasks()
        shown = self.page(current)
        if isinstance(shown, BasePage):
            shown.on_shown()
        log.debug("wizard on page %s", current)

    def reject(self) -> None:
        if self.save_page.saving:
            # The keychain write is under way; stopping it now could leave
            # the person unsure whether the connection exists.
            log.info("closing waits for the save to finish")
            return
        super().reject()

    def done(self, result: int) -> None:
        for page in self.pages():
            page.cancel_tasks()
        super().done(result)
