"""No secret of an OAuth sign-in escapes the wizard: not into a log record
(every logger at DEBUG), not into any text the window shows or says to a
screen reader, not into the diagnostic report."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
    QWizardPage,
)

from jira_wizard.core.models import SecretKind
from jira_wizard.core.oauth import callback_url
from jira_wizard.sandbox import Sandbox
from jira_wizard.signin import AppSignIn
from jira_wizard.storage.keychain import SERVICE
from jira_wizard.storage.store import ConnectionStore, secret_key
from jira_wizard.ui.context import PageId
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    OWN_CLIENT_ID,
    OWN_CLIENT_SECRET,
    BrowserCatcher,
    Drive,
    click,
    consent,
    free_port,
    http_request,
    in_thread,
    make_service,
    to_own_app_sign_in,
    type_into,
    until,
    walk_to,
)

pytestmark = pytest.mark.real

MakeWizard = Callable[..., ConnectionWizard]


@pytest.fixture
def every_logger_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> Iterator[pytest.LogCaptureFixture]:
    """DEBUG on the root and on every named logger, ``httpx`` included."""
    caplog.set_level(logging.DEBUG)
    named = [logging.getLogger(name) for name in logging.root.manager.loggerDict]
    levels = {logger: logger.level for logger in named}
    for logger in named:
        logger.setLevel(logging.DEBUG)
    yield caplog
    for logger, level in levels.items():
        logger.setLevel(level)


def shown_texts(wizard: ConnectionWizard) -> list[str]:
    """Everything the window shows or hands to assistive technology."""
    texts = [wizard.windowTitle()]
    widgets: list[QWidget] = [*wizard.findChildren(QWidget), *wizard.pages()]
    for widget in widgets:
        texts += [
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.toolTip(),
            widget.whatsThis(),
            widget.statusTip(),
        ]
        if isinstance(widget, QWizardPage):
            texts += [widget.title(), widget.subTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.displayText(), widget.placeholderText()]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def test_no_secret_in_logs_page_texts_or_report(
    make_wizard: MakeWizard,
    drive: Drive,
    sandbox: Sandbox,
    store: ConnectionStore,
    secret_service_backend: KeyringBackend,
    browser: BrowserCatcher,
    every_logger_at_debug: pytest.LogCaptureFixture,
) -> None:
    port = free_port()
    sandbox.register_app(OWN_CLIENT_ID, OWN_CLIENT_SECRET, callback_url(port))
    service = make_service(sandbox, store)
    wizard = make_wizard(service)
    page = wizard.sign_in_page
    found: dict[str, str] = {"client secret": OWN_CLIENT_SECRET}
    texts: list[str] = []

    async def scenario() -> None:
        await to_own_app_sign_in(wizard, sandbox.urls.sites["acme"], port)
        await until(lambda: browser.opened, "the browser to open")
        handle = page._handle
        assert isinstance(handle, AppSignIn)
        # The verifier never leaves the attempt; the test reads it there.
        found["PKCE verifier"] = handle.attempt._request.code_verifier.reveal()
        click(page.copy_button)
        url = browser.opened[0]
        location = await in_thread(
            lambda: consent(url, sandbox.cloud_id("acme")), "the consent"
        )
        query = urlsplit(location).query
        found["callback query"] = query
        found["authorization code"] = parse_qs(query)["code"][0]
        found["state"] = parse_qs(query)["state"][0]
        # An address of another attempt, with the real code in it: refused.
        type_into(page.pasted, location.replace("state=", "state=other"))
        click(page.use_button)
        texts.extend(shown_texts(wizard))
        await in_thread(lambda: http_request("GET", location), "the callback")
        await until(page.isComplete, "the sign-in to finish")
        texts.extend(shown_texts(wizard))
        await walk_to(wizard, PageId.CHECK)
        texts.extend(shown_texts(wizard))
        await walk_to(wizard, PageId.DONE)
        texts.extend(shown_texts(wizard))
        click(wizard.done_page.report_button)
        button = wizard.done_page.report_button
        await until(lambda: button.text() == "Copied", "the full report")
        texts.append(QGuiApplication.clipboard().text())
        await service.aclose()

    drive(scenario())
    connection = store.get("acme")
    for kind in (SecretKind.ACCESS_TOKEN, SecretKind.REFRESH_TOKEN):
        value = secret_service_backend.get_password(
            SERVICE, secret_key(connection.secret_ref, kind)
        )
        assert value, f"the {kind.value} was stored"
        found[kind.value] = value
    report = QGuiApplication.clipboard().text()
    assert report.startswith("Jira Connection Wizard diagnostic report"), (
        "the report was copied"
    )
    records = every_logger_at_debug.records
    assert any(r.name.startswith("jira_wizard.signin") for r in records)
    logged = [
        f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.args!r}" for r in records
    ]
    everything = {
        "log": "\n".join(logged),
        "page texts": "\n".join(texts),
        "report": report + service.diagnostic_report(connection),
    }
    leaks = [
        f"{what} in the {where}"
        for what, secret in found.items()
        for where, haystack in everything.items()
        if secret in haystack
    ]
    assert not leaks, leaks
