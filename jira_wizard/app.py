"""Opening a window: puts the real parts together and hands them to the widgets.

This is the one place where the widgets, the service, the keychain and, in
sandbox mode, the embedded Atlassian emulator meet.

The wizard opens in two steps: the policy and the choices it leaves (pure
rules, quick to load) come first, because the first page shows them; the
service, the keychain, the settings and the sandbox are made once that page
is painted (``jira_wizard.ui.main.run_started``). Nothing here is imported
before the first paint that the first page does not need.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from jira_wizard.core.errors import WizardError
from jira_wizard.core.policy import Policy, load_policy

if TYPE_CHECKING:
    from jira_wizard.core.choices import Choices
    from jira_wizard.core.preset import Preset
    from jira_wizard.service import Service

log = logging.getLogger(__name__)


def run_gui(
    *,
    sandbox: bool,
    policy_file: str | None = None,
    manage: bool = False,
    preset: Preset | None = None,
    language: str | None = None,
    refused_preset: WizardError | None = None,
) -> int:
    """Open the wizard, or with ``manage`` the window that looks after connections.

    ``preset`` is a helpdesk's preset, already checked; the policy wins over
    it (``jira_wizard.core.choices.effective_choices``). ``language`` is the
    ``--language`` code, if one was given (``jira_wizard.ui.i18n``).
    ``refused_preset`` is why a preset was refused: the window says it too.
    """
    from jira_wizard.core.choices import effective_choices
    from jira_wizard.ui.context import WizardStart
    from jira_wizard.ui.main import (
        prepare_application,
        run_manager,
        run_started,
        tell_cannot_start,
    )
    from jira_wizard.ui.memory import previous_choices

    # The language comes first, so that what the policy and the preset say
    # below is in it too.
    prepare_application(language=language)
    try:
        policy = _policy(sandbox, policy_file)
    except WizardError as error:
        # The terminal, if there is one, and a message box, for a program
        # started from the desktop has none.
        print(f"jira-wizard: {error}")
        log.error("the window could not open: %s", type(error).__name__)
        tell_cannot_start(error)
        return 1
    # Policy over preset, preset over what the person chose last time.
    choices = effective_choices(policy, preset, previous_choices(sandbox=sandbox))
    with contextlib.ExitStack() as cleanup:

        def make_service() -> Service:
            try:
                return _service(policy, choices, sandbox, cleanup)
            except WizardError as error:
                # The window says it too (``run_started``).
                print(f"jira-wizard: {error}")
                raise

        if manage:
            try:
                service = make_service()
            except WizardError as error:
                tell_cannot_start(error)
                return 1
            return run_manager(service, refused_preset=refused_preset)
        start = WizardStart(policy, choices)
        return run_started(start, make_service, refused_preset=refused_preset)


def _policy(sandbox: bool, policy_file: str | None) -> Policy:
    if policy_file:
        return load_policy(Path(policy_file))
    if sandbox:
        # In the sandbox, the sandbox's demo organization app stands in for
        # what an installer's policy file would provide.
        return sandbox_policy()
    return load_policy(None)


def _service(
    policy: Policy,
    choices: Choices,
    sandbox: bool,
    cleanup: contextlib.ExitStack,
) -> Service:
    """The real service, on the real keychain, with Atlassian's endpoints from
    the environment or, with ``sandbox``, the practice sandbox's (started
    here, and stopped by ``cleanup``)."""
    from jira_wizard.core.endpoints import Endpoints
    from jira_wizard.logs import open_log_file
    from jira_wizard.service import Service
    from jira_wizard.storage.keychain import Keychain
    from jira_wizard.storage.settings import SettingsFile
    from jira_wizard.storage.store import ConnectionStore

    # The window is on screen: what it logged so far goes in the file now.
    open_log_file()
    start_page = None
    if not sandbox:
        endpoints = Endpoints.from_environment()
    else:
        from jira_wizard.sandbox import Sandbox

        sandbox_server = Sandbox()
        urls = sandbox_server.start()
        cleanup.callback(sandbox_server.stop)
        endpoints = sandbox_server.endpoints()
        start_page = urls.start_page_url
        # The terminal gets the addresses too (never the demo secrets,
        # which the start page shows): handy when following along.
        print(f"Practice sandbox running. Start page: {start_page}", flush=True)
        for site_name, site_url in urls.sites.items():
            print(f"  Jira site {site_name}: {site_url}", flush=True)
    keychain = Keychain(allow_insecure=policy.allow_insecure_keychain)
    store = ConnectionStore(keychain, SettingsFile())
    return Service(
        endpoints,
        store,
        sandbox_start_page_url=start_page,
        policy=policy,
        choices=choices,
    )


def sandbox_policy() -> Policy:
    from jira_wizard.core.kinds import Secret
    from jira_wizard.core.policy import OrganizationApp
    from jira_wizard.core.ports import DEFAULT_CALLBACK_PORT
    from jira_wizard.sandbox import DEMO

    app = OrganizationApp(
        DEMO.org_client_id, Secret(DEMO.org_client_secret), DEFAULT_CALLBACK_PORT
    )
    return Policy(organization_app=app)
