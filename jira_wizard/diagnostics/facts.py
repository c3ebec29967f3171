"""The report's facts, each a small JSON-ready dict, and never a secret.

Every fact is public by nature (versions, the keychain's name, a proxy's
host, a connection's site and dates, an error's message), and what could
hold a credential is cleaned on the way in: proxy addresses lose their user
name and password. The report is masked once more as a whole before it is
shown (``jira_wizard.core.redact``).
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jira_wizard import __version__
from jira_wizard.core import deadlines
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Connection
from jira_wizard.core.policy import Policy
from jira_wizard.core.redact import redact_proxy_url

if TYPE_CHECKING:
    from collections.abc import Callable

    from jira_wizard.storage.store import ConnectionStore

PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")
CERTIFICATE_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE")


def product() -> dict[str, Any]:
    return {
        "version": __version__,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "qt": _qt_version(),
        "pyside6": pyside6_version(),
        "operating_system": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
    }


#: The distributions that can hold the ``PySide6`` package: the whole of it,
#: or its essential modules alone, which are what this program depends on.
PYSIDE6_DISTRIBUTIONS = ("PySide6", "PySide6-Essentials")


def _qt_version() -> str | None:
    # Only when Qt is already loaded (the windows' report): the command line
    # never imports it, and importing it here would slow every command down.
    qtcore = sys.modules.get("PySide6.QtCore")
    return None if qtcore is None else str(qtcore.qVersion())


def pyside6_version(
    version: Callable[[str], str] | None = None,
) -> str | None:
    """The installed PySide6's version, read from its package metadata.

    Qt is not imported, so the command line can report it too. None when no
    distribution is found: PySide6 is missing, or the program runs from a
    bundle that was built without PySide6's metadata (PyInstaller copies a
    package's metadata only when asked to). ``version`` stands in for
    ``importlib.metadata.version`` in tests.
    """
    # Imported here: the metadata machinery is only needed for a report.
    from importlib import metadata

    read = version or metadata.version
    for name in PYSIDE6_DISTRIBUTIONS:
        try:
            return read(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def endpoints_json(endpoints: Endpoints) -> dict[str, Any]:
    return {
        "auth_url": endpoints.auth_url,
        "api_url": endpoints.api_url,
        "sandbox": endpoints.sandbox,
        "plain_http_on_loopback_allowed": endpoints.allow_loopback_http,
    }


def policy_json(policy: Policy) -> dict[str, Any]:
    app = policy.organization_app
    return {
        "file": str(policy.source) if policy.source else None,
        "ways_to_connect": [t.value for t in policy.auth_types],
        "site_url": policy.site_url,
        "site_locked": policy.lock_site,
        "required_scopes": list(policy.required_scopes),
        "offered_scopes": list(policy.offered_scopes),
        "insecure_keychain_allowed": policy.allow_insecure_keychain,
        # The client id is public (it is in every sign-in link); the secret
        # is never here.
        "organization_app": (
            {"client_id": app.client_id, "callback_port": app.callback_port}
            if app
            else None
        ),
    }


def keychain_json(store: ConnectionStore | None) -> dict[str, Any]:
    if store is None:
        return {"backend": None, "secure": False, "usable": False, "problem": None}
    try:
        info = store.keychain.backend_info()
    except WizardError as error:
        return {
            "backend": None,
            "secure": False,
            "usable": False,
            "problem": str(error),
        }
    try:
        store.keychain.ensure_usable()
        problem = None
    except WizardError as error:
        problem = error.message
    return {
        "backend": info.name,
        "secure": info.secure,
        "usable": problem is None,
        "problem": problem or info.reason,
    }


def proxy_json(environ: dict[str, str] | None = None) -> dict[str, str | None]:
    """Each proxy variable as set (either case), credentials replaced by ``***``."""
    env = dict(os.environ) if environ is None else environ
    shown: dict[str, str | None] = {}
    for name in PROXY_VARIABLES:
        value = env.get(name) or env.get(name.lower())
        if value and name != "NO_PROXY":
            value = ", ".join(redact_proxy_url(v) for v in value.split(","))
        shown[name] = value or None
    return shown


def certificates_json(environ: dict[str, str] | None = None) -> dict[str, Any]:
    env = dict(os.environ) if environ is None else environ
    variables = {}
    for name in CERTIFICATE_VARIABLES:
        value = env.get(name)
        if value:
            variables[name] = {"path": value, "exists": Path(value).exists()}
    return {
        "store": "the operating system's certificate store (truststore)",
        "variables": variables,
    }


def certificate_notes(certificates: dict[str, Any]) -> list[str]:
    variables = certificates["variables"]
    notes = []
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        if name in variables:
            found = "exists" if variables[name]["exists"] else "DOES NOT EXIST"
            notes.append(
                f"{name} is set and replaces the system's own list of trusted "
                f"authorities where OpenSSL is used (Linux); the path {found}."
            )
    if "REQUESTS_CA_BUNDLE" in variables:
        notes.append("REQUESTS_CA_BUNDLE is set, but this program does not use it.")
    return notes


def connection_json(connection: Connection, today: date) -> dict[str, Any]:
    health = deadlines.health(connection, today)
    return {
        "name": connection.name,
        "auth_type": connection.auth_type.value,
        "site_url": connection.site_url,
        "cloud_id": connection.cloud_id,
        "api_base_url": connection.api_base_url,
        "account": connection.account.display_name,
        "scopes": list(connection.scopes),
        "token_expires_on": _day(connection.token_expires_on),
        "status": health.label,
        "status_message": health.message,
        "deadlines": [
            f"{d.kind.value} {'by ' if d.estimated else ''}{d.on.isoformat()}"
            for d in health.deadlines
        ],
        "last_verified_at": _when(connection.last_verified_at),
        "last_refreshed_at": _when(connection.last_refreshed_at),
        "needs_sign_in": connection.needs_sign_in,
        "last_error": connection.last_error,
        "last_error_at": _when(connection.last_error_at),
    }


def error_json(error: WizardError) -> dict[str, Any]:
    return {
        "kind": type(error).__name__,
        "message": error.message,
        "advice": error.advice or None,
        "help_topic": error.help_topic,
    }


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None
