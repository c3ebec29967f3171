"""Page 2: your Jira site.

The address is judged on every keystroke by ``core.siteurl``; once it looks
right and the person pauses, the site itself is probed. A probe belongs to the
exact text it was started for: typing on cancels it, and a result that still
arrives for older text is thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from jira_wizard.core.errors import SiteNotFound, WizardError
from jira_wizard.core.models import SiteInfo
from jira_wizard.core.siteurl import SiteCheck, SiteStatus, check_site_url, site_host
from jira_wizard.ui.context import BasePage, WizardContext
from jira_wizard.ui.locked import LockedNote, locked_description, look_read_only
from jira_wizard.ui.tasks import retry_when_rate_limited, unexpected_error
from jira_wizard.ui.widgets import ReportButton, StatusLine, Tone


class SitePage(BasePage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        #: The address looked for last, which the full report checks too.
        self._probed_url: str | None = None
        self.setTitle(self.tr("Your Jira site"))
        self.setSubTitle(
            self.tr(
                "The address you open Jira at in your browser, such as "
                "acme.atlassian.net."
            )
        )
        self._found: SiteInfo | None = None
        self._found_for: str | None = None
        self._pending: tuple[str, str] | None = None
        self._probe_slot = self.new_slot("site probe")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(context.timing.probe_delay_ms)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._prefilled = False
        self._build()
        self.address.textChanged.connect(self._on_field_text_changed)
        if self.backend.choices.site_locked:
            self._lock()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        banner = self.add_sandbox_banner(layout)
        label = QLabel(self.tr("&Site address:"), self)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("https://your-domain.atlassian.net"))
        self.address.setAccessibleName(self.tr("Site address"))
        self.address.setAccessibleDescription(
            self.tr(
                "The address of your Jira Cloud site, such as https://your-domain.atlassian.net"
            )
        )
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        label.setBuddy(self.address)
        self.locked_note = LockedNote(self)
        self.locked_note.setVisible(False)
        self.status = StatusLine(self.tr("Site address check"), self)
        self.fix_button = QPushButton(self)
        self.fix_button.setVisible(False)
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        self.warning = StatusLine(self.tr("Site address note"), self)
        self.report_button = ReportButton(
            self._report, self, make_full=self._full_report
        )
        self.report_button.setVisible(False)
        layout.addWidget(label)
        field_row = QHBoxLayout()
        field_row.addWidget(self.address, 1)
        field_row.addWidget(self.locked_note)
        layout.addLayout(field_row)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.fix_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.setTabOrder(self.address, self.fix_button)
        self.setTabOrder(self.fix_button, self.report_button)
        if banner is not None:
            self.setTabOrder(self.report_button, banner.button)

    def _lock(self) -> None:
        """The organization allows one site: shown, checked, not changeable.

        Read-only rather than disabled, so that the address can still be
        selected, copied and read by a screen reader.
        """
        self.address.setReadOnly(True)
        look_read_only(self.address)
        self.address.setAccessibleDescription(
            locked_description(self.address.accessibleDescription())
        )
        self.locked_note.setVisible(True)

    # What QWizard asks of a page -------------------------------------------

    def initializePage(self) -> None:
        site_url = self.backend.choices.site_url
        if not self._prefilled and site_url and not self.address.text():
            # Once only: a person who cleared the field meant it.
            self.address.setText(site_url)
        self._prefilled = True
        self._check_again()
        self.address.setFocus()

    def _check_again(self) -> None:
        """Check the address anew when the page comes back without a result.

        Leaving the page cancels a probe under way; the text is the same when
        the person returns, so no keystroke would start it again (and a locked
        site takes none).
        """
        waiting = self._probe_slot.running or self._debounce.isActive()
        if self.address.text() and not self.isComplete() and not waiting:
            self._on_field_text_changed(self.address.text())

    def isComplete(self) -> bool:
        return self._found is not None and self._found_for == self.address.text()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        if self.state.site != self._found:
            self.state.access = None
        self.state.site = self._found
        return True

    def found_site(self) -> SiteInfo | None:
        return self._found if self.isComplete() else None

    # Live checks -----------------------------------------------------------

    def _on_field_text_changed(self, text: str) -> None:
        self._probe_slot.cancel()
        self._debounce.stop()
        self._pending = None
        self._found = None
        self._found_for = None
        self.report_button.setVisible(False)
        self.completeChanged.emit()
        check = check_site_url(
            text, allow_loopback_http=self.backend.endpoints.allow_loopback_http
        )
        self._show_check(check)
        if check.status is SiteStatus.OK and check.site_url is not None:
            self._pending = (text, check.site_url)
            self._debounce.start()

    def _show_check(self, check: SiteCheck) -> None:
        fixable = check.status is SiteStatus.FIXABLE and bool(check.fix_label)
        self.fix_button.setVisible(fixable)
        if fixable and check.fix_label:
            self.fix_button.setText(check.fix_label)
            self.fix_button.setAccessibleName(check.fix_label)
            self.fix_button.setAccessibleDescription(check.message)
        if check.warning:
            self.warning.show_text(Tone.WARNING, check.warning)
        else:
            self.warning.clear()
        if check.status is SiteStatus.EMPTY:
            self.status.clear()
        elif check.status is SiteStatus.OK and check.site_url is not None:
            host = site_host(check.site_url)
            checking = self.tr("Checking {host}…").format(host=host)
            self.status.show_text(Tone.BUSY, checking, check.message)
        elif fixable:
            self.status.show_text(Tone.WARNING, check.message)
        else:
            self.status.show_text(Tone.PROBLEM, check.message)

    def _on_fix_button_clicked(self) -> None:
        check = check_site_url(
            self.address.text(),
            allow_loopback_http=self.backend.endpoints.allow_loopback_http,
        )
        if check.site_url is not None:
            self.address.setText(check.site_url)
        self.address.setFocus()

    def _on_debounce_timeout(self) -> None:
        if self._pending is not None:
            text, site_url = self._pending
            self._probe_slot.start(self._probe(text, site_url))

    # The probe -------------------------------------------------------------

    async def _probe(self, text: str, site_url: str) -> None:
        self._probed_url = site_url
        host = site_host(site_url)
        self.status.show_text(
            Tone.BUSY,
            self.tr("Looking for a Jira Cloud site at {host}…").format(host=host),
        )
        try:
            site = await retry_when_rate_limited(
                lambda: self.backend.probe_site(site_url),
                lambda seconds: self._on_rate_limited(text, seconds),
                self.context.timing.countdown_tick,
            )
        except SiteNotFound as error:
            if self._is_current(text):
                self._show_failure(
                    error, self.tr("No Jira Cloud site answers at this address.")
                )
        except WizardError as error:
            if self._is_current(text):
                self._show_failure(error)
        except Exception as error:
            if self._is_current(text):
                self._show_failure(unexpected_error(error, "probing the site"))
        else:
            if self._is_current(text):
                self._show_found(text, site)

    def _site_to_check(self) -> str | None:
        # No site is found yet when this page fails: the report checks the
        # address that was looked for.
        return self._probed_url or super()._site_to_check()

    def _is_current(self, text: str) -> bool:
        """False when the person typed on since the probe started."""
        return self.address.text() == text

    def _on_rate_limited(self, text: str, seconds: int) -> None:
        if self._is_current(text):
            self.status.show_text(
                Tone.BUSY,
                self.tr("Atlassian asked the wizard to slow down."),
                self.tr("Checking again in {seconds} s.").format(seconds=seconds),
            )

    def _show_found(self, text: str, site: SiteInfo) -> None:
        self._found = site
        self._found_for = text
        self.status.show_text(
            Tone.OK,
            self.tr("Jira Cloud site found: {host} (cloud id {cloud_id})").format(
                host=site_host(site.site_url), cloud_id=site.cloud_id
            ),
        )
        self.completeChanged.emit()

    def _show_failure(self, error: WizardError, headline: str | None = None) -> None:
        """Say what went wrong (``headline`` in place of the error's own
        message), and offer the report a helpdesk will ask for."""
        self._last_error = error
        self.status.show_error(error, headline)
        self.report_button.reset()
        self.report_button.setVisible(True)
