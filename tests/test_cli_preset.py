"""Presets and policy on the way in: the command line, the composition, the service."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jira_wizard.cli.main import main
from jira_wizard.core.backend import SignInRequest
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import InputError, KeychainUnavailable
from jira_wizard.core.models import AuthType, Secret, SiteInfo
from jira_wizard.core.policy import Policy, ScopePolicy
from jira_wizard.core.preset import Preset
from jira_wizard.logs import unconfigure_logging
from jira_wizard.service import Service
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore
from tests.fakes import MemoryBackend

TOKEN = "ATATT3xFfGF0Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=C0FFEE42"
LINK = (
    "jira-wizard://setup?site=acme&auth=oauth_own&name=work"
    "&scope=manage:jira-configuration"
)


@pytest.fixture(autouse=True)
def _no_lingering_log_handlers() -> Iterator[None]:
    yield
    unconfigure_logging()


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the real composition hands the wizard, without showing a window."""
    import jira_wizard.ui.main

    seen: list[Any] = []

    def run_started(
        start: Any, make_backend: Any, argv: list[str] | None = None, **options: Any
    ) -> int:
        backend = make_backend()
        # The first page is drawn from the same choices the backend holds.
        assert start.choices == backend.choices
        seen.append(backend)
        return 0

    monkeypatch.setattr(jira_wizard.ui.main, "run_started", run_started)
    return seen


def write_policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_link_opens_the_wizard_filled_in(composed: list[Any]) -> None:
    assert main([LINK]) == 0
    (service,) = composed
    choices = service.choices
    assert choices.site_url == "https://acme.atlassian.net"
    assert choices.auth_type is AuthType.OAUTH_OWN
    assert choices.scopes == ("manage:jira-configuration",)
    assert choices.name == "work"
    assert choices.sources["site_url"] == "preset"


def test_the_policy_wins_over_the_link(composed: list[Any], tmp_path: Path) -> None:
    policy = write_policy(
        tmp_path,
        'allowed_auth_types = ["api_token"]\nsite_url = "beta"\nlock_site = true\n'
        "allow_insecure_keychain = true\n",
    )
    assert main(["--policy", str(policy), LINK]) == 0
    (service,) = composed
    choices = service.choices
    assert choices.site_url == "https://beta.atlassian.net"
    assert choices.locked("site_url")
    assert choices.auth_type is AuthType.API_TOKEN
    assert choices.locked("auth_type")
    assert len(choices.notes) == 2
    assert service.store.keychain._allow_insecure is True


def test_a_preset_file_and_the_sandbox_allow_a_loopback_site(
    composed: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jira_wizard.app

    seen: dict[str, Any] = {}

    def run_gui(**kwargs: Any) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr(jira_wizard.app, "run_gui", run_gui)
    preset = tmp_path / "preset.toml"
    preset.write_text('site = "http://127.0.0.1:8123"\nname = "practice"\n')
    assert main(["--sandbox", "--preset", str(preset)]) == 0
    assert seen["sandbox"] is True
    assert seen["preset"] == Preset(site_url="http://127.0.0.1:8123", name="practice")


def test_no_preset_gives_the_policys_choices(composed: list[Any]) -> None:
    assert main([]) == 0
    (service,) = composed
    assert service.choices.sources == {}
    assert service.choices.auth_types == service.policy.auth_types


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["jira-wizard://setup?site=acme&token=" + TOKEN], "refused whole"),
        (["jira-wizard://setup?password=hunter2"], "refused whole"),
        (["jira-wizard://setup?auth=sso"], "not one of api_token"),
        (["--preset", "/no/such/preset.toml"], "does not exist"),
    ],
)
def test_a_bad_preset_is_refused_and_the_wizard_opens_without_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    reason: str,
) -> None:
    import jira_wizard.app

    seen: dict[str, Any] = {}

    def run_gui(**kwargs: Any) -> int:
        seen.update(kwargs)
        return 1

    monkeypatch.setattr(jira_wizard.app, "run_gui", run_gui)
    assert main(args) == 1, "the wizard's own status: closed without saving"
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("jira-wizard: ")
    assert reason in err
    assert TOKEN[:12] not in err
    assert "hunter2" not in err
    # The window hears the same reason, and starts with no preset.
    assert seen["preset"] is None
    refused = seen["refused_preset"]
    assert isinstance(refused, InputError)
    assert reason in str(refused)
    assert TOKEN[:12] not in str(refused)
    assert "hunter2" not in str(refused)


@pytest.mark.parametrize(
    "args",
    [
        ["list", "jira-wizard://setup?site=acme"],
        ["--preset", "x.toml", "jira-wizard://setup?site=acme"],
        ["jira-wizard://setup?site=a", "jira-wizard://setup?site=b"],
    ],
)
def test_a_link_goes_alone(args: list[str], composed: list[Any]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    assert composed == []


def test_a_refused_link_loads_no_qt_before_the_window() -> None:
    code = (
        "import sys\n"
        "import jira_wizard.app\n"
        "jira_wizard.app.run_gui = lambda **kwargs: 1  # no window here\n"
        "from jira_wizard.cli.main import main\n"
        f"status = main([{('jira-wizard://setup?token=' + TOKEN)!r}])\n"
        "qt = any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('qt' if qt else 'no qt')\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.strip() == "no qt"
    assert "refused whole" in done.stderr
    assert TOKEN[:12] not in done.stderr + done.stdout


# The service holds every way in to the policy ------------------------------------


def service_with(policy: Policy) -> Service:
    store = ConnectionStore(Keychain(MemoryBackend()), SettingsFile())
    return Service(Endpoints(), store, policy=policy)


def test_the_service_refuses_an_api_token_the_policy_does_not_allow() -> None:
    service = service_with(Policy(allowed_auth_types=(AuthType.OAUTH_OWN,)))
    adding = service.add_api_token("work", "acme", "ada@example.com", Secret("x"), None)
    with pytest.raises(InputError, match="does not allow connecting with api_token"):
        asyncio.run(adding)


def test_the_service_refuses_another_site_when_it_is_locked() -> None:
    policy = Policy(site_url="https://acme.atlassian.net", lock_site=True)
    service = service_with(policy)
    adding = service.add_api_token("work", "beta", "ada@example.com", Secret("x"), None)
    with pytest.raises(InputError, match="one site only"):
        asyncio.run(adding)


def test_a_sign_in_asks_for_the_organizations_scopes_and_no_others() -> None:
    policy = Policy(
        scopes=ScopePolicy(required=("manage:jira-configuration",), offered=())
    )
    service = service_with(policy)
    site = SiteInfo("https://acme.atlassian.net", "cloud-1")
    request = SignInRequest(
        AuthType.OAUTH_OWN, site, ("read:jira-work",), 8754, "id", Secret("s")
    )
    handle = service.start_sign_in(request, open_browser=None, on_progress=print)
    assert "manage:jira-configuration" in handle.attempt.scopes
    assert "offline_access" in handle.attempt.scopes
    wider = SignInRequest(
        AuthType.OAUTH_OWN,
        site,
        ("manage:jira-data-provider",),
        8754,
        "id",
        Secret("s"),
    )
    with pytest.raises(InputError, match="does not allow asking for"):
        service.start_sign_in(wider, open_browser=None, on_progress=print)


def test_a_sign_in_with_a_forbidden_way_is_refused() -> None:
    service = service_with(Policy(allowed_auth_types=(AuthType.API_TOKEN,)))
    site = SiteInfo("https://acme.atlassian.net", "cloud-1")
    request = SignInRequest(AuthType.OAUTH_OWN, site, (), 8754, "id", Secret("s"))
    with pytest.raises(InputError, match="does not allow connecting with oauth_own"):
        service.start_sign_in(request, open_browser=None, on_progress=print)


def test_the_command_lines_keychain_follows_the_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argparse import Namespace

    import keyring.core

    from jira_wizard.cli import commands

    allowing = write_policy(tmp_path, "allow_insecure_keychain = true\n")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    # keyring picks its backend once a process; let it pick again from the
    # variable, as a new command's process would.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    # A keychain that stores nothing stays refused even where insecure ones
    # are allowed.
    with pytest.raises(KeychainUnavailable, match="stores nothing"):
        commands.make_store(Namespace(policy=str(allowing)))
    made: list[bool] = []

    class Recorder(Keychain):
        def __init__(self, *, allow_insecure: bool = False) -> None:
            made.append(allow_insecure)
            super().__init__(MemoryBackend(), allow_insecure=allow_insecure)

    monkeypatch.setattr(commands, "Keychain", Recorder)
    commands.make_store(Namespace(policy=str(allowing)))
    with pytest.raises(KeychainUnavailable):
        commands.make_store(Namespace(policy=None))
    assert made == [True, False]
