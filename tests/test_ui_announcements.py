"""What a screen reader is told without the person moving focus.

Qt hands accessibility events to the platform's screen reader; PySide6 offers
no way to listen to them, so the tests record them at the product's own seam,
``jira_wizard.ui.widgets.announce``, through which every status change goes.
The milestones a person must hear: the site was found, the browser is waited
for, and the connection is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from jira_wizard.core.errors import NotJiraCloud
from jira_wizard.core.models import AuthType
from jira_wizard.ui import page_done, widgets
from jira_wizard.ui.context import PageId
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import (
    Drive,
    FakeBackend,
    click,
    to_own_app_sign_in,
    until,
    walk_to,
)

MakeWizard = Callable[..., ConnectionWizard]


@dataclass
class Heard:
    """Every announcement: what the screen reader would read, and how."""

    said: list[tuple[str, QAccessible.Event]] = field(default_factory=list)

    def record(self, widget: QWidget, event: QAccessible.Event) -> None:
        words = widget.accessibleDescription() or widget.accessibleName()
        self.said.append((words, event))

    def heard(self, words: str, event: QAccessible.Event | None = None) -> bool:
        return any(
            words in said and (event is None or event == kind)
            for said, kind in self.said
        )


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Heard:
    heard = Heard()
    real = widgets.announce

    def announce(widget: QWidget, event: QAccessible.Event) -> None:
        heard.record(widget, event)
        real(widget, event)

    monkeypatch.setattr(widgets, "announce", announce)
    monkeypatch.setattr(page_done, "announce", announce)
    return heard


def test_site_found_and_connected_are_announced(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend, heard: Heard
) -> None:
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.CREDENTIALS)
        assert heard.heard("Jira Cloud site found: acme.atlassian.net")
        assert not heard.heard("Connected to")
        await walk_to(wizard, PageId.DONE)
        await until(lambda: heard.heard("Connected to"), "the connection to be told")

    drive(scenario())
    assert heard.heard(
        "Connected to acme.atlassian.net as Ada Lovelace.", QAccessible.Event.Alert
    )


def test_waiting_for_the_browser_is_announced(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend, heard: Heard
) -> None:
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        click(wizard.auth_page.buttons[AuthType.OAUTH_OWN])
        await to_own_app_sign_in(wizard, "https://acme.atlassian.net", 8765)
        await until(
            lambda: heard.heard("Waiting for your browser to come back to"),
            "the wait for the browser to be told",
        )
        # Then whether the browser could be opened: what to do next.
        await until(
            lambda: (
                heard.heard("sign-in page is open in your browser")
                or heard.heard("No browser could be opened")
            ),
            "the browser's fate to be told",
        )

    drive(scenario())
    # The countdown changes every second and is not read out over everything.
    assert not heard.heard("left to finish signing in")


def test_a_failure_is_announced_as_an_alert(
    make_wizard: MakeWizard, drive: Drive, fake_backend: FakeBackend, heard: Heard
) -> None:
    fake_backend.sites["https://acme.atlassian.net"] = NotJiraCloud(
        "This is Jira Server, which is not supported."
    )
    wizard = make_wizard(fake_backend)

    async def scenario() -> None:
        await walk_to(wizard, PageId.SITE)
        wizard.site_page.address.setText("https://acme.atlassian.net")
        await until(
            lambda: heard.heard("Jira Server", QAccessible.Event.Alert),
            "the failure to be told",
        )

    drive(scenario())
