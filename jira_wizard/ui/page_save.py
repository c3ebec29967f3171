"""Page 6: name the connection and save it.

This is QWizard's commit page: its button reads "Save", and once the
connection is saved there is no way back, only the summary. The save itself is
whole or nothing (the backend's promise); the page never cancels it halfway,
and the wizard will not close while it runs.
"""

from __future__ import annotations

import ipaddress
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from jira_wizard.core.errors import ConnectionExists, WizardError
from jira_wizard.core.models import AuthType, SiteInfo
from jira_wizard.core.siteurl import site_host
from jira_wizard.core.validation import MAX_NAME_LENGTH, problem_with_connection_name
from jira_wizard.ui.context import BasePage, WizardContext
from jira_wizard.ui.tasks import TaskSlot, unexpected_error
from jira_wizard.ui.widgets import (
    BusyBar,
    ReportButton,
    StatusLine,
    Tone,
    set_tab_chain,
)


def default_name(site: SiteInfo | None) -> str:
    """The site's first host label ("acme" for acme.atlassian.net).

    A site on an IP address (the sandbox, a test server) has no such label;
    its title from ``serverInfo`` is used instead.
    """
    if site is None:
        return ""
    host = site_host(site.site_url).rsplit(":", 1)[0].strip("[]")
    if not _is_address(host):
        return host.split(".")[0][:MAX_NAME_LENGTH]
    title = re.sub(r"[^a-z0-9]+", "-", (site.server_title or "").lower()).strip("-")
    return title[:MAX_NAME_LENGTH] or "jira"


def _is_address(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class SavePage(BasePage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Save"))
        self.setSubTitle(
            self.tr(
                "Name the connection; programs on this computer use it by its name."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Save"))
        self._names: set[str] = set()
        self._suggested = ""
        self._saved = False
        self._busy = False
        self._names_slot = self.new_slot("listing connections")
        # Not in new_slot(): leaving the page must not cancel a save halfway.
        self._save_slot = TaskSlot("saving the connection")
        self._build()
        self.name.textChanged.connect(self._on_name_changed)
        self.replace.toggled.connect(self._on_replace_toggled)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Connection &name:"), self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_LENGTH + 1)
        self.name.setAccessibleName(self.tr("Connection name"))
        self.name.setAccessibleDescription(
            self.tr("The name programs and the jira-wizard command use for it")
        )
        label.setBuddy(self.name)
        self.name_status = StatusLine(self.tr("Connection name check"), self)
        self.replace = QCheckBox(self.tr("&Replace it"), self)
        self.replace.setAccessibleName(self.tr("Replace the existing connection"))
        self.replace.setAccessibleDescription(
            self.tr(
                "Saving then overwrites the connection of this name, and its "
                "secret in the keychain, with this one"
            )
        )
        self.replace.setVisible(False)
        self.where = where = QLabel(self)
        where.setWordWrap(True)
        self.busy = BusyBar(self.tr("Saving"), self)
        self.result = StatusLine(self.tr("Save result"), self)
        self.report_button = ReportButton(
            self._report, self, make_full=self._full_report
        )
        self.report_button.setVisible(False)
        top: list[QWidget] = [label, self.name, self.name_status, self.replace]
        bottom: list[QWidget] = [where, self.busy, self.result]
        for widget in top:
            layout.addWidget(widget)
        layout.addSpacing(8)
        for widget in bottom:
            layout.addWidget(widget)
        # As wide as its words, like the other pages' buttons.
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        set_tab_chain([self.name, self.replace, self.report_button])

    @property
    def saving(self) -> bool:
        return self._busy

    # What QWizard asks of a page -------------------------------------------

    def initializePage(self) -> None:
        self.where.setText(self._where_text())
        # The helpdesk's name for the connection, else one from the site.
        suggested = self.backend.choices.name or default_name(self.state.site)
        if self.name.text() in ("", self._suggested):
            self.name.setText(suggested)
        self._suggested = suggested
        self.result.clear()
        self._names_slot.start(self._load_names())
        self.name.setFocus()
        self.name.selectAll()

    def _where_text(self) -> str:
        auth_type = self.state.auth_type
        if auth_type is AuthType.OAUTH_OWN:
            return self.tr(
                "The sign-in's tokens and your app's client secret are kept in "
                "your system keychain. The site, the account, the client id and "
                "the scopes go into the program's settings file."
            )
        if auth_type is AuthType.OAUTH_ORG:
            return self.tr(
                "The sign-in's tokens are kept in your system keychain. The site, "
                "the account and the scopes go into the program's settings file."
            )
        return self.tr(
            "The API token is kept in your system keychain. The site, the "
            "account and the expiry date go into the program's settings file."
        )

    def isComplete(self) -> bool:
        if self.saving or self.state.access is None:
            return False
        if problem_with_connection_name(self.name.text()) is not None:
            return False
        return self.name.text() not in self._names or self.replace.isChecked()

    def validatePage(self) -> bool:
        if self._saved:
            return True
        if self.isComplete():
            self._save_slot.start(self._save())
        return False

    # The name --------------------------------------------------------------

    async def _load_names(self) -> None:
        try:
            self._names = set(await self.backend.connection_names())
        except WizardError as error:
            # Saving still works and says so if the name is taken.
            self.result.show_error(error)
        except Exception as error:
            self._show_unexpected(unexpected_error(error, "listing connections"))
        self._on_name_changed(self.name.text())

    def _on_name_changed(self, text: str) -> None:
        problem = problem_with_connection_name(text)
        exists = problem is None and text in self._names
        self.replace.setVisible(exists)
        if problem is not None:
            shared = QCoreApplication.translate("validation", problem)
            self.name_status.show_text(Tone.PROBLEM, shared)
        elif exists:
            self.name_status.show_text(
                Tone.WARNING,
                self.tr("A connection named “{name}” exists already.").format(
                    name=text
                ),
                self.tr("Tick “Replace it” to overwrite it, or choose another name."),
            )
        else:
            self.name_status.clear()
        self.completeChanged.emit()

    def _on_replace_toggled(self, _checked: bool) -> None:
        self.completeChanged.emit()

    # Saving ----------------------------------------------------------------

    async def _save(self) -> None:
        self._set_busy(True)
        try:
            await self._store()
        except ConnectionExists as error:
            self._names.add(self.name.text())
            self._on_name_changed(self.name.text())
            self.result.show_error(error)
        except WizardError as error:
            self._show_unexpected(error)
        except Exception as error:
            self._show_unexpected(unexpected_error(error, "saving"))
        finally:
            self._set_busy(False)
        if self._saved:
            self.wizard().next()

    async def _store(self) -> None:
        state = self.state
        name = self.name.text()
        replace = name in self._names and self.replace.isChecked()
        if state.outcome is not None and state.auth_type is not AuthType.API_TOKEN:
            state.connection = await self.backend.save_oauth(
                name, state.outcome, replace=replace
            )
        elif state.access is not None and state.token is not None:
            state.connection = await self.backend.save_api_token(
                name,
                state.access,
                state.email,
                state.token,
                state.expires_on,
                replace=replace,
            )
        else:
            return
        self._saved = True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.name.setEnabled(not busy)
        self.replace.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.report_button.setVisible(False)
            self.result.show_text(Tone.BUSY, self.tr("Saving the connection…"))
        elif self.result.tone is Tone.BUSY:
            self.result.clear()
        self.completeChanged.emit()
        # QWizard keeps Back enabled whatever the page says; a save must not
        # be walked away from halfway.
        self.wizard().button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        if not busy and not self._saved:
            self.name.setFocus()

    def _show_unexpected(self, error: WizardError) -> None:
        self._last_error = error
        self.result.show_error(error)
        self.report_button.reset()
        self.report_button.setVisible(True)
