"""Opening a window: puts the real parts together and hands them to the widgets.

This is the one place where the widgets, the service, the keychain and, in
sandbox mode, the embedded Atlassian emulator meet.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Secret
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT
from jira_wizard.core.policy import OrganizationApp, Policy, load_policy
from jira_wizard.core.preset import Preset, effective_choices
from jira_wizard.service import Service
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore

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
    it (``jira_wizard.core.preset.effective_choices``). ``language`` is the
    ``--language`` code, if one was given (``jira_wizard.ui.i18n``).
    ``refused_preset`` is why a preset was refused: the window says it too.
    """
    from jira_wizard.ui.main import prepare_application, run, run_manager

    # The language comes first, so that what the policy and the preset say
    # below is in it too.
    prepare_application(language=language)

    sandbox_server = None
    start_page = None
    try:
        if sandbox:
            from jira_wizard.sandbox import Sandbox

            sandbox_server = Sandbox()
            urls = sandbox_server.start()
            endpoints = sandbox_server.endpoints()
            start_page = urls.start_page_url
            # The terminal gets the addresses too (never the demo secrets,
            # which the start page shows): handy when following along.
            print(f"Practice sandbox running. Start page: {start_page}", flush=True)
            for site_name, site_url in urls.sites.items():
                print(f"  Jira site {site_name}: {site_url}", flush=True)
            # In the sandbox, the sandbox's demo organization app stands in for
            # what an installer's policy file would provide.
            policy = load_policy(Path(policy_file)) if policy_file else sandbox_policy()
        else:
            endpoints = Endpoints.from_environment()
            policy = load_policy(Path(policy_file) if policy_file else None)
        keychain = Keychain(allow_insecure=policy.allow_insecure_keychain)
        store = ConnectionStore(keychain, SettingsFile())
        service = Service(
            endpoints,
            store,
            sandbox_start_page_url=start_page,
            policy=policy,
            choices=effective_choices(policy, preset),
        )
        if manage:
            return run_manager(service, refused_preset=refused_preset)
        return run(service, refused_preset=refused_preset)
    except WizardError as error:
        # Before any window exists, the terminal is the only place to say it.
        print(f"jira-wizard: {error}")
        return 1
    finally:
        if sandbox_server is not None:
            sandbox_server.stop()


def sandbox_policy() -> Policy:
    from jira_wizard.sandbox import DEMO

    app = OrganizationApp(
        DEMO.org_client_id, Secret(DEMO.org_client_secret), DEFAULT_CALLBACK_PORT
    )
    return Policy(organization_app=app)
