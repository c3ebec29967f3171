"""Page 5: check the connection for real, before anything is saved.

For an API token, the check starts by itself when the page is entered, and is
cancelled when the person goes back. A failure names the page that can fix it:
Atlassian's 401 and 403 come from the email or token, a missing site from the
address. For OAuth, the sign-in on page 4 verified the connection already, and
this page shows what it proved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from jira_wizard.core.errors import (
    AuthError,
    DnsError,
    SiteError,
    WizardError,
)
from jira_wizard.core.models import AuthType, VerifiedAccess
from jira_wizard.core.siteurl import site_host
from jira_wizard.ui.context import BasePage, PageId, WizardContext
from jira_wizard.ui.oauth_result import GrantedView
from jira_wizard.ui.tasks import retry_when_rate_limited, unexpected_error
from jira_wizard.ui.widgets import (
    BusyBar,
    ReportButton,
    StatusLine,
    Tone,
    set_tab_chain,
)


def page_that_fixes(error: WizardError) -> PageId | None:
    """The page where the person can put right what caused ``error``."""
    if isinstance(error, AuthError):
        return PageId.CREDENTIALS
    if isinstance(error, SiteError | DnsError):
        return PageId.SITE
    return None


class CheckPage(BasePage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr("The wizard signs in with what you entered, to be sure it works.")
        )
        self._fix_page: PageId | None = None
        self._check_slot = self.new_slot("connection check")
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.add_sandbox_banner(layout)
        self.doing = QLabel(self)
        self.doing.setWordWrap(True)
        self.busy = BusyBar(self.tr("Checking the connection"), self)
        self.result = StatusLine(self.tr("Check result"), self)
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.setAccessibleDescription(
            self.tr("Checks the connection again with what you entered")
        )
        self.retry_button.clicked.connect(self.start_check)
        # Its words name the page to go back to (_show_fix_button); a name and
        # description stand until then, so it is never nameless.
        self.fix_button = QPushButton(self)
        self.fix_button.setAccessibleName(self.tr("Go back to fix it"))
        self.fix_button.setAccessibleDescription(
            self.tr("Goes back to the page where the cause of this can be changed")
        )
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        self.report_button = ReportButton(
            self._report, self, make_full=self._full_report
        )
        row = QHBoxLayout()
        for button in (self.fix_button, self.retry_button, self.report_button):
            button.setVisible(False)
            row.addWidget(button)
        row.addStretch(1)
        self.granted = GrantedView(self)
        self.granted.setVisible(False)
        self.granted.sign_in_again_requested.connect(self._on_sign_in_again)
        layout.addWidget(self.doing)
        layout.addWidget(self.busy)
        layout.addWidget(self.result)
        layout.addLayout(row)
        layout.addWidget(self.granted)
        layout.addStretch(1)
        set_tab_chain(
            [
                self.result.help_link,
                self.fix_button,
                self.retry_button,
                self.report_button,
                self.granted.again_button,
            ]
        )

    # What QWizard asks of a page -------------------------------------------

    def initializePage(self) -> None:
        auth_type = self.state.auth_type
        oauth = auth_type is not None and auth_type.is_oauth
        self.granted.setVisible(oauth)
        if oauth:
            self._show_sign_in()
        else:
            self.setSubTitle(
                self.tr(
                    "The wizard signs in with what you entered, to be sure it works."
                )
            )
            self.start_check()

    def cleanupPage(self) -> None:
        self._check_slot.cancel()

    def isComplete(self) -> bool:
        return self.state.access is not None

    # The check -------------------------------------------------------------

    def start_check(self) -> None:
        self.state.access = None
        self._show_busy()
        self.completeChanged.emit()
        self._check_slot.start(self._check())

    async def _check(self) -> None:
        site, token = self.state.site, self.state.token
        if site is None or token is None:
            self._show_failure(WizardError(self.tr("Something is missing."), ""))
            return
        try:
            access = await retry_when_rate_limited(
                lambda: self.backend.verify_api_token(site, self.state.email, token),
                self._on_rate_limited,
                self.context.timing.countdown_tick,
            )
        except WizardError as error:
            self._show_failure(error)
        except Exception as error:
            self._show_failure(unexpected_error(error, "checking"))
        else:
            self._show_success(access)

    # OAuth ------------------------------------------------------------------

    def _show_sign_in(self) -> None:
        self.setSubTitle(self.tr("What Atlassian confirmed when you signed in."))
        self.doing.setVisible(False)
        self.busy.setVisible(False)
        for button in (self.fix_button, self.retry_button, self.report_button):
            button.setVisible(False)
        outcome = self.state.outcome
        if outcome is None:
            self._show_failure(WizardError(self.tr("Something is missing."), ""))
            return
        access = outcome.access
        self.result.show_text(
            Tone.OK,
            self.tr("Connected to {host} as {name}").format(
                host=site_host(access.site.site_url), name=access.account.display_name
            ),
            self.tr(
                "Jira answered through Atlassian's API gateway, as it does for OAuth."
            ),
        )
        own_app = self.state.auth_type is AuthType.OAUTH_OWN
        self.granted.show_outcome(outcome, own_app=own_app)
        self.completeChanged.emit()

    def on_shown(self) -> None:
        # Missing scopes still leave a working connection: Enter moves on,
        # and "Sign in again" is one Tab away.
        if self.state.outcome is not None and self.granted.isVisible():
            self.focus_forward_button()

    def _on_sign_in_again(self) -> None:
        self.go_back_to(PageId.SIGN_IN)
        page = self.wizard().currentPage()
        start = getattr(page, "start_sign_in", None)
        if callable(start):
            start()

    def _show_busy(self) -> None:
        host = site_host(self.state.site.site_url) if self.state.site else ""
        self.doing.setText(
            self.tr(
                "Asking {host} who this API token belongs to, with the email "
                "address {email}…"
            ).format(host=host, email=self.state.email)
        )
        self.doing.setVisible(True)
        self.busy.setVisible(True)
        self.result.show_text(Tone.BUSY, self.tr("Checking…"))
        for button in (self.fix_button, self.retry_button, self.report_button):
            button.setVisible(False)

    def _on_rate_limited(self, seconds: int) -> None:
        self.result.show_text(
            Tone.BUSY,
            self.tr("Atlassian asked the wizard to slow down."),
            self.tr("Trying again in {seconds} s.").format(seconds=seconds),
        )

    def _show_success(self, access: VerifiedAccess) -> None:
        self.state.access = access
        self.busy.setVisible(False)
        self.doing.setVisible(False)
        account = access.account
        email = account.email or self.state.email
        connected = self.tr("Connected to {host} as {name} ({email})").format(
            host=site_host(access.site.site_url), name=account.display_name, email=email
        )
        if access.via_gateway:
            route = self.tr(
                "Through Atlassian's API gateway, because this token has scopes."
            )
        else:
            route = self.tr("Through the site's own address, {url}.").format(
                url=access.site.site_url
            )
        self.result.show_text(Tone.OK, connected, route)
        self.completeChanged.emit()
        if self.isVisible():
            self.focus_forward_button()

    def _show_failure(self, error: WizardError) -> None:
        self._last_error = error
        self.busy.setVisible(False)
        self.doing.setVisible(False)
        self.result.show_error(error)
        self._fix_page = page_that_fixes(error)
        self._show_fix_button(self._fix_page)
        self.retry_button.setVisible(True)
        # What the helpdesk needs if the advice does not help: for any
        # failure, not only an unexpected one.
        self.report_button.reset()
        self.report_button.setVisible(True)
        self.completeChanged.emit()
        first = self.fix_button if self._fix_page else self.retry_button
        first.setFocus()

    def _show_fix_button(self, page: PageId | None) -> None:
        if page is PageId.CREDENTIALS:
            text = self.tr("&Go back to fix the email or token")
            description = self.tr(
                "Goes back to the page with the email address and the API token"
            )
        elif page is PageId.SITE:
            text = self.tr("&Go back to fix the site address")
            description = self.tr("Goes back to the page with the site address")
        else:
            self.fix_button.setVisible(False)
            return
        self.fix_button.setText(text)
        self.fix_button.setAccessibleName(text.replace("&", ""))
        self.fix_button.setAccessibleDescription(description)
        self.fix_button.setVisible(True)

    def _on_fix_button_clicked(self) -> None:
        if self._fix_page is not None:
            self.go_back_to(self._fix_page)
