"""Signing an OAuth connection in again, from the manager.

The saved connection says which site, app and scopes to ask for
(``ManagerBackend.sign_in_again_request``); the person signs in in the system
browser (RFC 8252 §8.12), and the verified sign-in replaces the saved one
under the same name. Until it is saved, the old connection stays as it was.

The words and the pasted-address and troubleshooting parts are the wizard's
sign-in page's (``signin_texts``, ``signin_widgets``), except where that page
points to its own Back and Change buttons, which this dialog lacks.
The authorization URL and a pasted address carry the attempt's state and
code: they go to the clipboard or to the backend, never to a label or a log.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jira_wizard.core.backend import ManagerBackend, SignInHandle, SignInRequest
from jira_wizard.core.errors import (
    InputError,
    InvalidCredentials,
    PortInUse,
    SignInCancelled,
    SignInError,
    StateMismatch,
    WizardError,
)
from jira_wizard.core.models import AuthType, Connection, SignInProgress
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT
from jira_wizard.core.siteurl import site_host
from jira_wizard.ui import signin_texts as texts
from jira_wizard.ui.manager_dialogs import TaskDialog
from jira_wizard.ui.manager_status import Said
from jira_wizard.ui.signin_widgets import PasteBox, TroubleshootingBox
from jira_wizard.ui.tasks import unexpected_error
from jira_wizard.ui.widgets import StatusLine, Tone, set_tab_chain

# Called by this name so that Qt's lupdate finds every text of this module
# (under the context "Manager").
translate = QCoreApplication.translate


class SignInAgainDialog(TaskDialog):
    signed_in = Signal(object)  # the Connection as now saved

    def __init__(
        self,
        backend: ManagerBackend,
        connection: Connection,
        parent: QWidget | None = None,
        *,
        open_browser: Callable[[str], bool],
    ) -> None:
        super().__init__(
            parent,
            translate("Manager", "Sign in again: “{name}”").format(
                name=connection.name
            ),
            backend,
        )
        self._open_browser = open_browser
        self.connection = connection
        self.report_about = connection
        self._handle: SignInHandle | None = None
        self._request: SignInRequest | None = None
        self._attempt = 0
        self._saving = False
        self._ended_by: WizardError | None = None
        self._last_task: asyncio.Task[None] | None = None
        self._build()
        self.setMinimumWidth(600)
        self.fit_to_contents()

    # Building ------------------------------------------------------------------------

    def _build(self) -> None:
        host = site_host(self.connection.site_url)
        about = QLabel(
            translate(
                "Manager",
                "Sign in to Atlassian in your browser and allow access to {host}. "
                "The connection keeps its name, site and scopes.",
            ).format(host=host),
            self,
        )
        about.setWordWrap(True)
        self.status = StatusLine(translate("Manager", "Sign-in status"), self)
        self.countdown = QLabel(self)
        self.countdown.setAccessibleName(translate("Manager", "Time left"))
        self.reopen_button = self._button(
            translate("Manager", "Open the page &again"),
            translate(
                "Manager", "Opens Atlassian's sign-in page in your browser once more"
            ),
        )
        self.copy_button = self._button(
            translate("Manager", "Cop&y the link"),
            translate(
                "Manager", "Puts the sign-in link on the clipboard, for another browser"
            ),
        )
        self.cancel_button = self._button(
            translate("Manager", "&Cancel sign-in"),
            translate(
                "Manager", "Stops waiting for the browser; the old sign-in stays"
            ),
        )
        self.again_button = self._button(
            translate("Manager", "&Sign in again"),
            translate("Manager", "Starts a new sign-in in your browser"),
        )
        self.close_button = self._button(
            translate("Manager", "Close"), translate("Manager", "Closes this window")
        )
        self.link_status = StatusLine(translate("Manager", "Sign-in link"), self)
        self.paste_box = PasteBox(self)
        self.paste_box.address_given.connect(self._on_address_given)
        self.help_box = TroubleshootingBox(self)
        self.help_box.setVisible(False)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.again_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.reopen_button, self.copy_button, self.again_button):
            row.addWidget(button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        top: list[QWidget] = [about, self.status, self.countdown, self.busy]
        bottom: list[QWidget] = [self.link_status, self.paste_box, self.help_box]
        for widget in top:
            layout.addWidget(widget)
        layout.addLayout(row)
        for widget in bottom:
            layout.addWidget(widget)
        layout.addStretch(1)
        set_tab_chain(
            [
                self.status.help_link,
                self.reopen_button,
                self.copy_button,
                self.again_button,
                self.report_button,
                self.cancel_button,
                self.close_button,
                self.paste_box.field,
                self.paste_box.use_button,
            ]
        )

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        return button

    # The attempt ---------------------------------------------------------------------

    def start(self) -> None:
        """A new attempt: a new state, a new browser page, a fresh countdown."""
        previous = self.task or self._last_task
        self._stop_attempt()
        self._show_running()
        self.run(self._sign_in(self._attempt, previous))
        self._last_task = self.task

    async def _sign_in(self, attempt: int, previous: asyncio.Task[None] | None) -> None:
        if previous is not None and not previous.done():
            # The last attempt frees the callback port on its way out.
            await asyncio.wait({previous})
        failure: WizardError | None = None
        try:
            saved, missing = await self._sign_in_and_save(attempt)
        except SignInCancelled:
            failure = self._ended_by
        except WizardError as error:
            failure = error
        except Exception as error:
            failure = unexpected_error(error, "signing in")
        else:
            if attempt == self._attempt:
                self._show_success(saved, missing)
            return
        if attempt == self._attempt:
            said = self._failure_words(failure) if failure else self._cancelled()
            self._show_ended(said)
            self.offer_report(failure)

    async def _sign_in_and_save(
        self, attempt: int
    ) -> tuple[Connection, tuple[str, ...]]:
        request = await self._backend.sign_in_again_request(self.connection.name)
        self._request = request
        self._show_help()
        handle = self._backend.start_sign_in(
            request,
            open_browser=self._open_browser,
            on_progress=lambda progress: self._on_progress(attempt, progress),
        )
        self._handle = handle
        outcome = await handle.run()
        self._handle = None
        self._saving = True
        self.status.show_text(
            Tone.BUSY, translate("Manager", "Signed in. Saving the new sign-in…")
        )
        try:
            saved = await self._backend.save_oauth(
                self.connection.name, outcome, replace=True
            )
        finally:
            self._saving = False
        return saved, outcome.scopes_missing

    def _stop_attempt(self) -> None:
        self._attempt += 1
        self._ended_by = None
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.cancel()
        self._slot.cancel()

    # Progress and endings ------------------------------------------------------------

    def _on_progress(self, attempt: int, progress: SignInProgress) -> None:
        if attempt != self._attempt:
            return
        if progress.stage == "waiting":
            if progress.seconds_left is not None:
                text = texts.countdown_words(progress.seconds_left)
                self.countdown.setText(text)
                # Not announced: a screen reader reading every second would
                # drown everything else.
                self.countdown.setAccessibleDescription(text)
            return
        said = texts.progress_words(
            progress, site_host(self.connection.site_url), self._callback_url()
        )
        self.status.show_text(said.tone, said.text, said.detail)
        if progress.stage in ("exchanging", "verifying", "done"):
            self.busy.setVisible(True)
            self.countdown.setVisible(False)
            self.paste_box.setVisible(False)
            self.link_status.clear()
            self._show_only(self.cancel_button)

    def _show_running(self) -> None:
        self.offer_report(None)
        self.status.show_text(Tone.BUSY, translate("Manager", "Starting the sign-in…"))
        self.countdown.clear()
        self.countdown.setVisible(True)
        self.link_status.clear()
        self.paste_box.reset(self._callback_url())
        self.paste_box.setVisible(True)
        self._show_only(self.reopen_button, self.copy_button, self.cancel_button)
        self.reopen_button.setFocus()
        self.fit()

    def _show_ended(self, said: Said) -> None:
        self._handle = None
        self.status.show_text(
            said.tone, said.text, said.detail, help_topic=said.help_topic
        )
        self.busy.setVisible(False)
        self.countdown.setVisible(False)
        self.paste_box.setVisible(False)
        self.link_status.clear()
        self._show_only(self.again_button, self.close_button)
        self.again_button.setFocus()
        self.fit()

    def _show_success(self, saved: Connection, missing: tuple[str, ...]) -> None:
        self._show_ended(
            Said(
                Tone.WARNING if missing else Tone.OK,
                translate(
                    "Manager", "Signed in again: “{name}” connects to {host} as {who}."
                ).format(
                    name=saved.name,
                    host=site_host(saved.site_url),
                    who=saved.account.display_name,
                ),
                translate("Manager", "Atlassian did not grant: {scopes}.").format(
                    scopes=", ".join(missing)
                )
                if missing
                else "",
            )
        )
        self.help_box.setVisible(False)
        self._show_only(self.close_button)
        self.close_button.setFocus()
        self.fit()
        self.signed_in.emit(saved)

    def _cancelled(self) -> Said:
        return Said(
            Tone.INFO,
            translate("Manager", "The sign-in was cancelled."),
            translate(
                "Manager",
                "Nothing was changed: “{name}” keeps its old sign-in. Choose Sign "
                "in again to start over.",
            ).format(name=self.connection.name),
        )

    def _failure_words(self, error: WizardError) -> Said:
        topic = error.help_topic
        own = self.connection.auth_type is AuthType.OAUTH_OWN
        if isinstance(error, InvalidCredentials) and own:
            return Said(
                Tone.PROBLEM,
                error.message,
                translate(
                    "Manager",
                    "If the app's secret was changed in Atlassian's developer "
                    "console, add the connection again with the new secret "
                    "(Add connection, same name).",
                ),
                topic,
            )
        if isinstance(error, PortInUse):
            return Said(
                Tone.PROBLEM,
                error.message,
                translate(
                    "Manager",
                    "Atlassian sends the browser back to port {port} only. Close "
                    "the program that uses it, then choose Sign in again.",
                ).format(port=self._callback_port()),
                topic,
            )
        said = texts.failure_words(error, own_app=own, port=None)
        return Said(said.tone, said.text, said.detail, topic)

    def _show_only(self, *buttons: QPushButton) -> None:
        every = (
            self.reopen_button,
            self.copy_button,
            self.again_button,
            self.cancel_button,
            self.close_button,
        )
        for button in every:
            button.setVisible(button in buttons)

    def _show_help(self) -> None:
        own = self.connection.auth_type is AuthType.OAUTH_OWN
        self.paste_box.reset(self._callback_url())
        self.help_box.show_for(self._callback_url(), own_app=own)
        self.help_box.setVisible(True)
        self.fit()

    # Buttons -------------------------------------------------------------------------

    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _on_reopen_clicked(self) -> None:
        if self._handle is None:
            return
        if self._handle.open_browser_again():
            self.link_status.show_text(
                Tone.INFO,
                translate("Manager", "Atlassian's sign-in page was opened again."),
            )
        else:
            self.link_status.show_text(
                Tone.WARNING,
                translate("Manager", "No browser could be opened."),
                translate(
                    "Manager", "Copy the link and open it in a browser yourself."
                ),
            )

    def _on_copy_clicked(self) -> None:
        if self._handle is None:
            return
        QGuiApplication.clipboard().setText(self._handle.authorization_url)
        self.link_status.show_text(
            Tone.INFO,
            translate("Manager", "The sign-in link is on the clipboard."),
            translate(
                "Manager",
                "Open it in a browser. If that browser is on another computer, "
                "paste below the address it ends on after you allow access.",
            ),
        )

    def _on_address_given(self, text: str) -> None:
        handle, status = self._handle, self.paste_box.status
        if handle is None:
            return
        try:
            handle.submit_pasted_address(text)
        except (StateMismatch, InputError) as error:
            status.show_error(error)
            self.paste_box.field.setFocus()
        except SignInError as error:
            # Atlassian's own answer to this attempt, such as Deny: it ends it.
            self._ended_by = error
            handle.cancel()
        except WizardError as error:
            status.show_error(error)
        else:
            status.show_text(
                Tone.BUSY, translate("Manager", "Using the address you pasted…")
            )

    # Facts and closing ---------------------------------------------------------------

    def _callback_port(self) -> int:
        request = self._request
        if request is not None and request.auth_type is AuthType.OAUTH_OWN:
            return request.port or DEFAULT_CALLBACK_PORT
        org = self._backend.policy.organization_app
        return org.callback_port if org is not None else DEFAULT_CALLBACK_PORT

    def _callback_url(self) -> str:
        return self._backend.callback_url(self._callback_port())

    def may_close(self) -> bool:
        # Waiting for the browser can end at any time; the keychain write
        # cannot, and its end is worth seeing.
        return not self._saving

    def on_working_changed(self, working: bool) -> None:
        self.busy.setVisible(False)  # the countdown says more while waiting

    def done(self, result: int) -> None:
        self._stop_attempt()
        super().done(result)
