"""The connection wizard: its pages in order, and what it does on closing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from jira_wizard.ui.context import (
    BasePage,
    PageId,
    Timing,
    WizardContext,
    WizardStart,
)
from jira_wizard.ui.icons import app_icon
from jira_wizard.ui.page_auth import AuthPage, offered_choices, suggested_choice
from jira_wizard.ui.wizard_buttons import describe_wizard_buttons

if TYPE_CHECKING:
    from jira_wizard.core.backend import WizardBackend
    from jira_wizard.core.models import AuthType
    from jira_wizard.ui.page_app import AppPage
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

    The wizard is made from a backend, or from a ``WizardStart`` alone, which
    is all page 1 needs: the window can then be painted while the backend is
    still being made, and is given it with ``use_backend`` before the event
    loop runs (``jira_wizard.ui.main``). Pages 2 to 7 are built once both
    have happened (``_LaterPages``).
    """

    def __init__(
        self,
        backend: WizardBackend | WizardStart,
        parent: QWidget | None = None,
        *,
        timing: Timing | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        start = backend if isinstance(backend, WizardStart) else WizardStart.of(backend)
        self.context = WizardContext(start, timing=timing or Timing(), today=today)
        self.setWindowTitle(self.tr("Connect to Jira Cloud"))
        self.setWindowIcon(app_icon())
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        describe_wizard_buttons(self)
        policy = start.policy
        self.auth_page = AuthPage(
            self.context, offered_choices(policy), suggested_choice(policy)
        )
        self.setPage(PageId.AUTH, self.auth_page)
        self.setStartId(PageId.AUTH)
        # The other pages are built after page 1 is painted (_LaterPages):
        # their code and widgets were most of the time to the window.
        first_way = start.choices.auth_type or suggested_choice(policy)
        self._later = _LaterPages(self, first_way)
        self.auth_page.installEventFilter(self._later)
        self.setMinimumSize(640, 500)
        # Room for the OAuth app page, the tallest, on a 1366 × 768 screen.
        self.resize(720, 640)
        self.currentIdChanged.connect(self._on_current_id_changed)
        if not isinstance(backend, WizardStart):
            self.use_backend(backend)

    def use_backend(self, backend: WizardBackend) -> None:
        """Give the wizard its backend: page 2 is made now, the others follow."""
        self.context.use_backend(backend)
        self._later.backend_ready()

    @property
    def ready(self) -> bool:
        """Whether the wizard has its backend, and so its page 2."""
        return self.context.has_backend

    # The pages built after the first paint; asking for one builds them all.

    @property
    def site_page(self) -> SitePage:
        return self._later.site()

    @property
    def token_page(self) -> TokenPage:
        return self._later.built().token_page

    @property
    def app_page(self) -> AppPage:
        return self._later.built().app_page

    @property
    def sign_in_page(self) -> SignInPage:
        return self._later.built().sign_in_page

    @property
    def check_page(self) -> CheckPage:
        return self._later.built().check_page

    @property
    def save_page(self) -> SavePage:
        return self._later.built().save_page

    @property
    def done_page(self) -> DonePage:
        return self._later.built().done_page

    def pages(self) -> list[BasePage]:
        """Every page, the page 3 not in use included."""
        self._later.built()
        shown = [
            page
            for page_id in self.pageIds()
            if isinstance(page := self.page(page_id), BasePage)
        ]
        spare = [p for p in (self.token_page, self.app_page) if p not in shown]
        return shown + spare

    def credentials_page(self, auth_type: AuthType | None) -> BasePage:
        return _page_3(auth_type, self.token_page, self.app_page)

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if not self.ready:
            # Cannot happen from the keyboard or the mouse (their events wait
            # until the backend is given), only from a program driving the
            # window: stay on page 1 rather than lead to a page not made.
            log.warning("page 1 was left before the wizard had its backend")
            return False
        if self.currentId() == PageId.AUTH:
            # Page 2 must exist before QWizard looks for it.
            self._later.site()
            self._use_credentials_page(self.context.state.auth_type)
        else:
            # Before QWizard looks for the next page, which must exist by then.
            self._later.built()
        return True

    def nextId(self) -> int:
        # Pages 1 and 2 always lead on, even before the later pages exist, so
        # that QWizard shows Next on them rather than Finish.
        if not self._later.is_built and self.currentId() in (PageId.AUTH, PageId.SITE):
            return self.currentId() + 1
        return super().nextId()

    def _use_credentials_page(self, auth_type: AuthType | None) -> None:
        if not self._later.has_credentials_pages:
            # Page 3 is put in place when it is made, for this way to connect.
            self._later.auth_type = auth_type
            return
        wanted = self.credentials_page(auth_type)
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
        # Page 1 may be left before it was ever painted (a quick Enter).
        self._later.start()
        connection = self.context.state.connection
        if current == PageId.DONE and connection is not None:
            from jira_wizard.ui.memory import remember_choices

            # The next wizard starts from these, below policy and preset.
            remember_choices(connection, sandbox=self.context.backend.endpoints.sandbox)
        # Whatever a page left running is pointless once it is not shown.
        for page in self._built_pages():
            if page is not self.page(current):
                page.cancel_tasks()
        shown = self.page(current)
        if isinstance(shown, BasePage):
            shown.on_shown()
        log.debug("wizard on page %s", current)

    def _built_pages(self) -> list[BasePage]:
        """The pages that exist so far, without building the others."""
        if self._later.is_built:
            return self.pages()
        return [self.auth_page, *self._later.made()]

    def reject(self) -> None:
        if self._later.is_built and self.save_page.saving:
            # The keychain write is under way; stopping it now could leave
            # the person unsure whether the connection exists.
            log.info("closing waits for the save to finish")
            return
        super().reject()

    def done(self, result: int) -> None:
        for page in self._built_pages():
            page.cancel_tasks()
        super().done(result)


class _LaterPages(QObject):
    """Builds pages 2 to 7 once page 1 is painted and the backend is given.

    A person cannot act on page 1 in the moment after it appears, so the
    pages they reach later are made then rather than before the window shows:
    page 2 at once when the backend arrives, the others one per turn of the
    event loop, so that the window keeps answering while they are made (all
    at once, they held it for about 35 ms). The wizard asks for page 2
    (``site``) before it leaves page 1 and for all of them (``built``) before
    it leaves page 2; QWizard's next page until then is the next number
    (``nextId``). Asking for any page builds it, and those before it, at once.
    """

    def __init__(self, wizard: ConnectionWizard, auth_type: AuthType | None) -> None:
        # The wizard is reached through parent(), never held: a Python
        # reference back to it would make a cycle, and the cycle collector may
        # then free the window on a thread other than the GUI thread.
        super().__init__(wizard)
        #: The way to connect whose page 3 is put in place when it is made.
        self.auth_type = auth_type
        self._painted = False
        self._started = False
        self._steps = [
            self._make_site_page,
            self._make_token_page,
            self._make_app_page,
            self._make_sign_in_page,
            self._make_check_page,
            self._make_save_page,
            self._make_done_page,
        ]

    @property
    def is_built(self) -> bool:
        return not self._steps

    @property
    def has_credentials_pages(self) -> bool:
        """Whether both page-3 candidates exist, one of them in place."""
        return self._make_app_page not in self._steps

    def made(self) -> list[BasePage]:
        """The later pages made so far, in order."""
        names = ("site", "token", "app", "sign_in", "check", "save", "done")
        return [p for name in names if (p := getattr(self, f"{name}_page", None))]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.start()
        return False

    def backend_ready(self) -> None:
        """The backend is given: page 2 now, the rest once page 1 is painted."""
        self.site()
        self._start_when_ready()

    def start(self) -> None:
        """Begin making the pages, one per turn of the event loop (once).

        Before the backend is given there is nothing they could be made with:
        ``backend_ready`` starts them then.
        """
        self._painted = True
        self._start_when_ready()

    def _start_when_ready(self) -> None:
        if self._painted and self._wizard().ready and not self._started:
            self._started = True
            QTimer.singleShot(0, self, self._build_one)

    def site(self) -> SitePage:
        """Page 2, made now if it was not yet."""
        if self._make_site_page in self._steps:
            self._steps.remove(self._make_site_page)
            self._make_site_page()
        return self.site_page

    def built(self) -> _LaterPages:
        """Every page made, those not made yet at once."""
        while self._steps:
            self._steps.pop(0)()
        return self

    def _build_one(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            QTimer.singleShot(0, self, self._build_one)

    def _wizard(self) -> ConnectionWizard:
        wizard = self.parent()
        assert isinstance(wizard, ConnectionWizard)
        return wizard

    def _make_site_page(self) -> None:
        from jira_wizard.ui.page_site import SitePage

        self.site_page = SitePage(self._wizard().context)
        self._wizard().setPage(PageId.SITE, self.site_page)

    def _make_token_page(self) -> None:
        from jira_wizard.ui.page_token import TokenPage

        self.token_page = TokenPage(self._wizard().context)

    def _make_app_page(self) -> None:
        from jira_wizard.ui.page_app import AppPage

        self.app_page = AppPage(self._wizard().context)
        page = _page_3(self.auth_type, self.token_page, self.app_page)
        self._wizard().setPage(PageId.CREDENTIALS, page)

    def _make_sign_in_page(self) -> None:
        from jira_wizard.ui.page_sign_in import SignInPage

        self.sign_in_page = SignInPage(self._wizard().context)
        self._wizard().setPage(PageId.SIGN_IN, self.sign_in_page)

    def _make_check_page(self) -> None:
        from jira_wizard.ui.page_check import CheckPage

        self.check_page = CheckPage(self._wizard().context)
        self._wizard().setPage(PageId.CHECK, self.check_page)

    def _make_save_page(self) -> None:
        from jira_wizard.ui.page_save import SavePage

        self.save_page = SavePage(self._wizard().context)
        self._wizard().setPage(PageId.SAVE, self.save_page)

    def _make_done_page(self) -> None:
        from jira_wizard.ui.page_done import DonePage

        self.done_page = DonePage(self._wizard().context)
        self._wizard().setPage(PageId.DONE, self.done_page)
        log.debug("pages 3 to 7 built")


def _page_3(auth_type: AuthType | None, token: TokenPage, app: AppPage) -> BasePage:
    """The credentials page for a way to connect: the app page for OAuth."""
    return app if auth_type is not None and auth_type.is_oauth else token
