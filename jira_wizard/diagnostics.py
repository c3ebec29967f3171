"""The diagnostic report: what a helpdesk needs to see, and never a secret.

It is built only from public facts (versions, the keychain backend's name, the
endpoints, a connection's public fields, an error's message), so there is no
secret in reach to redact. Error messages themselves never carry secrets (see
``jira_wizard.core.errors``).
"""

from __future__ import annotations

import platform
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING

from jira_wizard import __version__
from jira_wizard.core import deadlines
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Connection

if TYPE_CHECKING:
    from jira_wizard.storage.store import ConnectionStore


def diagnostic_report(
    endpoints: Endpoints,
    store: ConnectionStore | None,
    *,
    connection: Connection | None = None,
    error: WizardError | None = None,
) -> str:
    lines = [
        "Jira Connection Wizard diagnostic report",
        f"Version: {__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Operating system: {platform.platform()}",
        f"Qt: {_qt_version()}",
        f"Authorization server: {endpoints.auth_url}",
        f"API server: {endpoints.api_url}",
        f"Sandbox mode: {'yes' if endpoints.sandbox else 'no'}",
    ]
    if store is not None:
        info = store.keychain.backend_info()
        secure = "secure" if info.secure else "NOT secure"
        lines.append(f"Keychain: {info.name} ({secure})")
        lines.append(f"Saved connections: {len(store.list())}")
    if connection is not None:
        lines += _describe(connection)
    if error is not None:
        lines.append(f"Last error: {type(error).__name__}: {error.message}")
        if error.advice:
            lines.append(f"Advice given: {error.advice}")
    return "\n".join(lines) + "\n"


def _describe(connection: Connection) -> list[str]:
    expiry = connection.token_expires_on
    health = deadlines.health(connection, date.today())
    return [
        f"Connection: {connection.name}",
        f"  Auth type: {connection.auth_type.value}",
        f"  Site: {connection.site_url}",
        f"  Cloud id: {connection.cloud_id}",
        f"  API base URL: {connection.api_base_url}",
        f"  Account: {connection.account.display_name}",
        f"  Scopes: {' '.join(connection.scopes) or '(none recorded)'}",
        f"  Token expires on: {expiry.isoformat() if expiry else '(not given)'}",
        f"  Status: {health.label}",
        f"  Deadlines: {_deadlines(health)}",
        f"  Last verified: {_when(connection.last_verified_at)}",
        f"  Last refreshed: {_when(connection.last_refreshed_at)}",
        f"  Needs sign-in: {'yes' if connection.needs_sign_in else 'no'}",
    ]


def _deadlines(health: deadlines.Health) -> str:
    found = [
        f"{d.kind.value} {'by ' if d.estimated else ''}{d.on.isoformat()}"
        for d in health.deadlines
    ]
    return ", ".join(found) or "(none known)"


def _when(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else "(never)"


def _qt_version() -> str:
    # Only report Qt when it is already loaded: the command line never imports
    # it, and importing it here would slow every command down.
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return "(not loaded)"
    return str(qtcore.qVersion())
