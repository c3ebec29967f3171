"""Opening the manager: ``jira-wizard manage``, and the wizard from its Add
button, on the real service, the sandbox and the real keychain."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jira_wizard.core.models import AuthType
from jira_wizard.sandbox import DEMO, Sandbox
from jira_wizard.service import Service
from jira_wizard.storage.store import ConnectionStore
from jira_wizard.ui.context import PageId
from jira_wizard.ui.manager import ManagerWindow
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import Drive, click, until, walk_to
from tests.test_manager import (
    MakeManager,
    add_token,
    app,
    loaded,
    make_manager,
    service,
    wizards,
)

__all__ = ["app", "make_manager", "service"]  # fixtures used here


# Add ---------------------------------------------------------------------------------


@pytest.mark.real
def test_add_runs_the_wizard_and_the_new_connection_shows_selected(
    make_manager: MakeManager,
    drive: Drive,
    service: Service,
    store: ConnectionStore,
    sandbox: Sandbox,
) -> None:
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        await add_token(store, sandbox, "existing")
        window = make_manager(service)
        await loaded(window)
        click(window.view.add_button)
        await until(lambda: wizards(window), "the wizard")
        wizard = wizards(window)[0]
        seen["modal"] = wizard.isModal() or wizard.windowModality()
        assert isinstance(wizard, ConnectionWizard)
        click(wizard.auth_page.buttons[AuthType.API_TOKEN])
        await walk_to(
            wizard,
            PageId.SAVE,
            site=sandbox.urls.sites["acme"],
            email=DEMO.email,
            token=DEMO.api_token,
        )
        await until(wizard.save_page.isComplete, "a name")
        wizard.save_page.name.selectAll()
        QTest.keyClicks(wizard.save_page.name, "from the wizard")
        await walk_to(wizard, PageId.DONE)
        wizard.accept()
        await until(lambda: "from the wizard" in window.model.names(), "the new row")
        seen["selected"] = window.selected_name()
        seen["message"] = window.message.plain_text()

    drive(scenario())

    assert seen["modal"]
    assert seen["selected"] == "from the wizard"
    assert seen["message"] == "Added “from the wizard”."
    assert store.get("from the wizard").email == DEMO.email


# Opening -----------------------------------------------------------------------------


@pytest.mark.real
def test_jira_wizard_manage_sandbox_opens_the_manager(
    qapp: QApplication, store: ConnectionStore
) -> None:
    from jira_wizard.cli.main import main

    seen: list[ManagerWindow] = []

    def close_the_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(w for w in windows if isinstance(w, ManagerWindow))
        if seen:
            seen[0].close()
        else:
            QTimer.singleShot(50, close_the_window)

    QTimer.singleShot(50, close_the_window)
    status = main(["manage", "--sandbox"])

    assert status == 0
    assert seen[0].windowTitle() == "Jira connections"
    assert seen[0].banner is not None, "practice mode is said"


def test_the_command_line_opens_no_qt_until_the_window() -> None:
    code = (
        "import sys\n"
        "from jira_wizard.cli.main import build_parser\n"
        "args = build_parser().parse_args(['manage', '--sandbox'])\n"
        "assert args.command == 'manage' and args.sandbox\n"
        "args = build_parser().parse_args(['--sandbox', 'manage'])\n"
        "assert args.sandbox\n"
        "assert not build_parser().parse_args(['manage']).sandbox\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
