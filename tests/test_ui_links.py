"""A setup link handed to the running program, as macOS does with open-URL events.

The events are made here the way Qt makes them from the system's (a
``QFileOpenEvent`` with the link) and sent to the application, while the
wizard runs as the program runs it (``jira_wizard.ui.main.run``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from jira_wizard.core.models import AuthType
from jira_wizard.ui import main
from jira_wizard.ui.context import PageId
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import FakeBackend

LINK = "jira-wizard://setup?site=acme&auth=api_token&name=team&email=ada@example.com"


def open_link(link: str) -> None:
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(QUrl(link)))


def shown_wizards() -> list[ConnectionWizard]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ConnectionWizard) and w.isVisible()
    ]


def shown_boxes() -> list[QMessageBox]:
    return [
        box
        for wizard in shown_wizards()
        for box in wizard.findChildren(QMessageBox)
        if box.isVisible()
    ]


def in_turn(*steps: Callable[[], None], gap: int = 150) -> None:
    """Run ``steps`` one after the other on the event loop, ``gap`` ms apart."""
    for number, step in enumerate(steps, start=1):
        QTimer.singleShot(gap * number, step)


def test_a_link_on_page_1_starts_the_wizard_again_from_it(qapp: QApplication) -> None:
    backend = FakeBackend()
    seen: dict[str, object] = {}

    def first() -> None:
        seen["before"] = shown_wizards()
        open_link(LINK)

    def then() -> None:
        seen["after"] = after = shown_wizards()
        wizard = after[0]
        seen["way"] = wizard.auth_page.buttons[AuthType.API_TOKEN].isChecked()
        wizard.reject()

    in_turn(first, then)
    assert main.run(backend, []) == 1

    before, after = seen["before"], seen["after"]
    assert isinstance(before, list)
    assert isinstance(after, list)
    assert len(before) == 1
    assert len(after) == 1
    assert after[0] is not before[0], "a new wizard, started from the link"
    assert backend.choices.site_url == "https://acme.atlassian.net"
    assert (backend.choices.name, backend.choices.email) == ("team", "ada@example.com")
    assert seen["way"] is True


def test_a_link_after_page_1_changes_nothing_and_says_so(qapp: QApplication) -> None:
    backend = FakeBackend()
    seen: dict[str, object] = {}

    def to_page_2() -> None:
        seen["wizard"] = wizard = shown_wizards()[0]
        wizard.next()

    def link() -> None:
        open_link(LINK)

    def look() -> None:
        wizards = shown_wizards()
        seen["same"] = wizards == [seen["wizard"]]
        seen["page"] = wizards[0].currentId()
        seen["said"] = [box.text() for box in shown_boxes()]
        wizards[0].reject()

    in_turn(to_page_2, link, look)
    main.run(backend, [])

    assert seen["same"] is True
    assert seen["page"] == PageId.SITE
    assert seen["said"] == [
        "A setup link from your helpdesk arrived while you were connecting."
    ]
    assert backend.preset is None


def test_a_link_with_a_secret_is_refused_and_says_why(qapp: QApplication) -> None:
    backend = FakeBackend()
    seen: dict[str, object] = {}
    secret = "ATATT3xFfGF0" + "q9Wd" * 40

    def link() -> None:
        seen["wizard"] = shown_wizards()[0]
        open_link(f"{LINK}&token={secret}")

    def look() -> None:
        boxes = shown_boxes()
        seen["said"] = [box.text() + box.informativeText() for box in boxes]
        seen["same"] = shown_wizards() == [seen["wizard"]]
        shown_wizards()[0].reject()

    in_turn(link, look)
    main.run(backend, [])

    said = seen["said"]
    assert isinstance(said, list)
    assert len(said) == 1
    assert said[0].startswith("The setup link or preset file from your helpdesk")
    assert secret not in said[0]
    assert seen["same"] is True
    assert backend.preset is None
