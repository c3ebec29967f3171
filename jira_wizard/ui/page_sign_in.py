"""Page 4 (OAuth only): sign in in the system browser.

The sign-in starts when the page is entered from page 3: the browser opens at
Atlassian's consent page (RFC 8252 §8.12: the system browser, never a view
inside the program) while the service listens on the callback URL. Going Back
or closing the wizard cancels the attempt and frees the port; "Sign in again"
starts a new attempt with a new state, once the last one has let go of the
port.

The authorization URL carries the attempt's state, and a pasted callback
address carries the code: neither is ever put in a label, a field after use,
an accessible text or a log. "Copy the link" hands the URL to the clipboard,
which is what the person asked for.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from jira_wizard.core.backend import SignInHandle, SignInOutcome
from jira_wizard.core.errors import (
    InputError,
    InvalidCredentials,
    PortInUse,
    SignInCancelled,
    SignInError,
    SignInTimeout,
    StateMismatch,
    WizardError,
)
from jira_wizard.core.models import AuthType, SignInProgress
from jira_wizard.core.siteurl import site_host
from jira_wizard.ui import signin_texts as texts
from jira_wizard.ui.context import BasePage, PageId, WizardContext
from jira_wizard.ui.signin_widgets import AttemptButtons, PasteBox, TroubleshootingBox
from jira_wizard.ui.tasks import unexpected_error
from jira_wizard.ui.widgets import (
    BusyBar,
    ReportButton,
    StatusLine,
    Tone,
    open_url,
    set_tab_chain,
)

#: Steps after the browser came back, when only Cancel still makes sense.
_FINISHING = ("exchanging", "verifying", "done")


class SignInPage(BasePage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Sign in"))
        self.setSubTitle(
            self.tr("Sign in to Atlassian in your browser and allow access.")
        )
        self._handle: SignInHandle | None = None
        self._attempt = 0
        self._ended_by: WizardError | None = None
        self._fix: str | None = None
        self._attempt_slot = self.new_slot("browser sign-in")
        # Kept past cancelling, so that a new attempt can wait for the last
        # one to close its server and free the port.
        self._last_task: asyncio.Task[None] | None = None
        self._focus_target: QPushButton | None = None
        self._build()

    # Building --------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        banner = self.add_sandbox_banner(layout)
        self.status = StatusLine(self.tr("Sign-in status"), self)
        self.countdown = QLabel(self)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.busy = BusyBar(self.tr("Finishing the sign-in"), self)
        self.buttons = AttemptButtons(self)
        self.again_button = self.buttons.again
        self.fix_button = self.buttons.fix
        self.reopen_button = self.buttons.reopen
        self.copy_button = self.buttons.copy
        self.cancel_button = self.buttons.cancel
        self.again_button.clicked.connect(self.start_sign_in)
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.cancel_button.clicked.connect(self.cancel_sign_in)
        self.link_status = StatusLine(self.tr("Sign-in link"), self)
        self.paste_box = PasteBox(self)
        self.paste_box.address_given.connect(self._on_address_given)
        self.pasted = self.paste_box.field
        self.use_button = self.paste_box.use_button
        self.paste_status = self.paste_box.status
        self.help_box = TroubleshootingBox(self)
        self.report_button = ReportButton(
            self._report, self, make_full=self._full_report
        )
        self.report_button.setVisible(False)
        in_order: list[QWidget] = [
            self.status,
            self.countdown,
            self.busy,
            self.buttons,
            self.link_status,
            self.paste_box,
            self.help_box,
        ]
        for widget in in_order:
            layout.addWidget(widget)
        # As wide as its words, like the page's other buttons.
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        chain: list[QWidget] = [
            self.status.help_link,
            *self.buttons.in_order,
            self.pasted,
            self.use_button,
            self.report_button,
        ]
        if banner is not None:
            chain.append(banner.button)
        set_tab_chain(chain)

    # What QWizard asks of a page -------------------------------------------

    def initializePage(self) -> None:
        self.help_box.show_for(self._callback_url(), own_app=self._own_app)
        self.start_sign_in()

    def cleanupPage(self) -> None:
        # Back: the attempt belongs to what page 3 said, which may now change.
        self._stop_attempt()
        self.state.forget_sign_in()
        self.status.clear()

    def cancel_tasks(self) -> None:
        self._stop_attempt()
        super().cancel_tasks()

    def isComplete(self) -> bool:
        return self.state.outcome is not None

    # Starting and stopping ---------------------------------------------------

    def start_sign_in(self) -> None:
        """A new attempt: a new state, a new browser page, a fresh countdown."""
        self._stop_attempt()
        self.state.forget_sign_in()
        self.completeChanged.emit()
        attempt = self._attempt
        self._ended_by = None
        request = self.state.sign_in_request()
        if request is None:
            self._show_failure(WizardError(self.tr("Something is missing."), ""))
            return
        try:
            handle = self.backend.start_sign_in(
                request,
                open_browser=open_url,
                on_progress=lambda progress: self._on_progress(attempt, progress),
            )
        except WizardError as error:
            self._show_failure(error)
            return
        self._handle = handle
        self._show_running()
        self._attempt_slot.start(self._run(attempt, handle, self._last_task))
        self._last_task = self._attempt_slot.task

    def cancel_sign_in(self) -> None:
        """Cancel: the attempt ends as cancelled and says so."""
        if self._handle is not None:
            self._handle.cancel()

    def _stop_attempt(self) -> None:
        """End the attempt without a word: whatever it still says is stale."""
        self._attempt += 1
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.cancel()
        self._attempt_slot.cancel()

    async def _run(
        self,
        attempt: int,
        handle: SignInHandle,
        previous: asyncio.Task[None] | None,
    ) -> None:
        if previous is not None and not previous.done():
            # The last attempt closes its server on the way out; the new one
            # needs the same port.
            await asyncio.wait({previous})
        try:
            outcome = await handle.run()
        except SignInCancelled:
            if attempt == self._attempt:
                self._show_cancelled()
        except WizardError as error:
            if attempt == self._attempt:
                self._show_failure(error)
        except Exception as error:
            if attempt == self._attempt:
                self._show_failure(unexpected_error(error, "signing in"))
        else:
            if attempt == self._attempt:
                self._show_success(outcome)

    # Progress ----------------------------------------------------------------

    def _on_progress(self, attempt: int, progress: SignInProgress) -> None:
        if attempt != self._attempt:
            return
        if progress.stage == "waiting":
            if progress.seconds_left is not None:
                text = texts.countdown_words(progress.seconds_left)
                self.countdown.setText(text)
                # Not announced: a screen reader reading out every second
                # would drown everything else.
                self.countdown.setAccessibleDescription(text)
            return
        said = texts.progress_words(progress, self._host(), self._callback_url())
        self.status.show_text(said.tone, said.text, said.detail)
        if progress.stage in _FINISHING:
            self._show_finishing()
        elif progress.stage == "browser_failed":
            self._focus(self.copy_button)  # the way on without a browser

    def _show_running(self) -> None:
        self._last_error = None
        self._fix = None
        self.status.show_text(Tone.BUSY, self.tr("Starting the sign-in…"))
        self.countdown.clear()
        self.countdown.setVisible(True)
        self.busy.setVisible(False)
        self.link_status.clear()
        self.paste_box.reset(self._callback_url())
        self.report_button.setVisible(False)
        self.buttons.show_only(self.reopen_button, self.copy_button, self.cancel_button)
        self.paste_box.setVisible(True)
        self.help_box.setVisible(True)
        self._focus(self.reopen_button)

    def _show_finishing(self) -> None:
        self.busy.setVisible(True)
        self.countdown.setVisible(False)
        self.paste_box.setVisible(False)
        self.help_box.setVisible(False)
        self.link_status.clear()
        self.buttons.show_only(self.cancel_button)

    def _show_ended(self) -> None:
        self._handle = None
        self.busy.setVisible(False)
        self.countdown.setVisible(False)
        self.paste_box.setVisible(False)
        self.help_box.setVisible(False)
        self.link_status.clear()
        self.buttons.show_only(self.again_button)

    # Endings -----------------------------------------------------------------

    def _show_success(self, outcome: SignInOutcome) -> None:
        self._show_ended()
        self.state.outcome = outcome
        self.state.access = outcome.access
        account = outcome.access.account
        self.status.show_text(
            Tone.OK,
            self.tr("Signed in to {host} as {name}.").format(
                host=site_host(outcome.access.site.site_url),
                name=account.display_name,
            ),
            self.tr("Choose Next to see what Atlassian granted."),
        )
        self.completeChanged.emit()
        self._focus(None)

    def _show_cancelled(self) -> None:
        if self._ended_by is not None:
            # A pasted address carried Atlassian's answer (Deny, an error).
            self._show_failure(self._ended_by)
            return
        self._show_ended()
        said = texts.cancelled_words()
        self.status.show_text(said.tone, said.text, said.detail)
        self._focus(self.again_button)

    def _show_failure(self, error: WizardError) -> None:
        self._show_ended()
        self._last_error = error
        said = texts.failure_words(
            error, own_app=self._own_app, port=self._port_in_use(error)
        )
        self.status.show_text(
            said.tone, said.text, said.detail, help_topic=error.help_topic
        )
        self._offer_fix(error)
        # A browser that never came back may have shown an Atlassian error
        # page: what those mean stays in view.
        self.help_box.setVisible(isinstance(error, SignInTimeout))
        self.report_button.reset()
        self.report_button.setVisible(True)
        self._focus(self.fix_button if self._fix else self.again_button)

    def _offer_fix(self, error: WizardError) -> None:
        """A way back to page 3 when what was entered there is the cause."""
        self._fix = None
        if not self._own_app:
            return
        if isinstance(error, PortInUse):
            self._fix, text = "port", self.tr("C&hange the port")
            description = self.tr(
                "Goes back to the page with your app's details, to choose another "
                "callback port"
            )
        elif isinstance(error, InvalidCredentials):
            self._fix, text = "app", self.tr("Check the app &details")
            description = self.tr(
                "Goes back to the page with your app's details, to check its client "
                "id and secret"
            )
        else:
            return
        self.buttons.set_fix(text, description)

    def _focus(self, button: QPushButton | None) -> None:
        """Focus ``button`` (None: the forward button), now or once shown."""
        self._focus_target = button
        if self.isVisible():
            self.on_shown()

    def on_shown(self) -> None:
        if self._focus_target is None:
            self.focus_forward_button()
        elif self._focus_target.isVisible():
            self._focus_target.setFocus()

    # Buttons -----------------------------------------------------------------

    def _on_fix_button_clicked(self) -> None:
        fix = self._fix
        self.go_back_to(PageId.CREDENTIALS)
        page = self.wizard().currentPage()
        focus = getattr(page, "focus_port", None) if fix == "port" else None
        if callable(focus):
            focus()

    def _on_reopen_button_clicked(self) -> None:
        if self._handle is None:
            return
        if self._handle.open_browser_again():
            self.link_status.show_text(
                Tone.INFO, self.tr("Atlassian's sign-in page was opened again.")
            )
        else:
            self.link_status.show_text(
                Tone.WARNING,
                self.tr("No browser could be opened."),
                self.tr("Copy the link and open it in a browser yourself."),
            )

    def _on_copy_button_clicked(self) -> None:
        if self._handle is None:
            return
        QGuiApplication.clipboard().setText(self._handle.authorization_url)
        self.link_status.show_text(
            Tone.INFO,
            self.tr("The sign-in link is on the clipboard."),
            self.tr(
                "Open it in a browser. If that browser is on another computer, "
                "paste below the address it ends on after you allow access."
            ),
        )

    def _on_address_given(self, text: str) -> None:
        handle = self._handle
        if handle is None:
            return
        try:
            handle.submit_pasted_address(text)
        except (StateMismatch, InputError) as error:
            self.paste_status.show_error(error)
            self.pasted.setFocus()
        except SignInError as error:
            # Atlassian's own answer to this attempt, such as Deny: it ends it.
            self._ended_by = error
            handle.cancel()
        except WizardError as error:
            self.paste_status.show_error(error)
        else:
            self.paste_status.show_text(
                Tone.BUSY, self.tr("Using the address you pasted…")
            )

    # Facts -------------------------------------------------------------------

    @property
    def _own_app(self) -> bool:
        return self.state.auth_type is AuthType.OAUTH_OWN

    def _host(self) -> str:
        return site_host(self.state.site.site_url) if self.state.site else ""

    def _callback_url(self) -> str:
        return self.context.callback_url()

    def _port_in_use(self, error: WizardError) -> int | None:
        return self.context.callback_port() if isinstance(error, PortInUse) else None
