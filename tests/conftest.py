"""Shared test set-up.

Real parts (the Secret Service keychain, Chromium, an X server) are used for
real. Where one is missing the test skips, unless JIRA_WIZARD_REQUIRE_REAL=1 is
set (CI sets it), in which case it fails: a green run then proves the real part
was exercised.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.sandbox",
    "tests.fixtures.keychain",
    "tests.fixtures.qt",
]

REQUIRE_REAL = os.environ.get("JIRA_WIZARD_REQUIRE_REAL") == "1"

#: Where tests leave screenshots and other things worth looking at.
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def missing_real_part(what: str) -> None:
    """Skip, or fail when real parts are required, because ``what`` is missing."""
    if REQUIRE_REAL:
        pytest.fail(f"real part missing: {what} (JIRA_WIZARD_REQUIRE_REAL=1)")
    pytest.skip(f"real part missing: {what}")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test its own settings, data and log folders."""
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / variable.lower()
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
    for variable in (
        "JIRA_WIZARD_AUTH_URL",
        "JIRA_WIZARD_API_URL",
        "JIRA_WIZARD_ALLOW_LOOPBACK_HTTP",
        "JIRA_WIZARD_POLICY",
        "PYTHON_KEYRING_BACKEND",
    ):
        monkeypatch.delenv(variable, raising=False)
    # The tests read the English texts, whatever the machine's language.
    monkeypatch.setenv("JIRA_WIZARD_LANGUAGE", "en")
    # Qt's settings (the wizard's memory of the last choices) read their
    # folder once per process, not from the variables above: say it anew.
    from PySide6.QtCore import QSettings

    qt_settings = tmp_path / "qt-settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(qt_settings))
    return tmp_path


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def debug_logging(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Capture every record at DEBUG, for tests that search logs for secrets."""
    caplog.set_level(logging.DEBUG)
    return caplog


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """The program's own application class, which hears setup links."""
    from jira_wizard.ui.application import WizardApplication

    return WizardApplication
