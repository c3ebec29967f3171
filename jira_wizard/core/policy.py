"""The organization's policy file, laid down by the installer.

It holds what a person must never have to type: the organization app's client
id and secret, and the callback port registered for that app. The file is TOML:

    [organization_app]
    client_id = "..."
    client_secret = "..."
    callback_port = 8754        # optional; the product's default otherwise

It is looked for in the operating system's system-wide configuration folder
(``/etc/jira-wizard/policy.toml`` on Linux, ``%ProgramData%\\jira-wizard`` on
Windows, ``/Library/Application Support/jira-wizard`` on macOS), or given with
``--policy``. Validation is strict: an unknown key, a wrong type or an
impossible value is refused with the file, the key and what is wrong, because a
silently ignored typo in a managed roll-out is found only by the helpdesk.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from jira_wizard.core.errors import InputError
from jira_wizard.core.models import Secret
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT, validate_port

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

POLICY_FILE_NAME = "policy.toml"

_APP_KEYS = {"client_id", "client_secret", "callback_port"}


@dataclass(frozen=True)
class OrganizationApp:
    client_id: str
    client_secret: Secret
    callback_port: int = DEFAULT_CALLBACK_PORT


@dataclass(frozen=True)
class Policy:
    source: Path | None = None
    organization_app: OrganizationApp | None = None


def system_policy_path() -> Path:
    """Where the installer puts the policy file on this operating system."""
    if sys.platform == "win32":
        root = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(root) / "jira-wizard" / POLICY_FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/jira-wizard") / POLICY_FILE_NAME
    return Path("/etc/jira-wizard") / POLICY_FILE_NAME


def load_policy(path: Path | None = None) -> Policy:
    """The policy from ``path``, or from the system location when it exists."""
    if path is None:
        path = system_policy_path()
        if not path.exists():
            return Policy()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"The policy file {path} does not exist.", "") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"The policy file {path} cannot be read ({type(exc).__name__}).",
            "Ask your IT department to check the installation.",
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            f"The policy file {path} is not valid TOML: {exc}.",
            "Ask your IT department to correct it.",
        ) from None
    return parse_policy(data, path)


def parse_policy(data: Mapping[str, Any], source: Path) -> Policy:
    unknown = set(data) - {"organization_app"}
    if unknown:
        _refuse(source, sorted(unknown)[0], "is not a setting this program knows")
    section = data.get("organization_app")
    if section is None:
        return Policy(source=source)
    if not isinstance(section, Mapping):
        _refuse(source, "organization_app", "must be a table")
    return Policy(source=source, organization_app=_parse_app(section, source))


def _parse_app(section: Mapping[str, Any], source: Path) -> OrganizationApp:
    unknown = set(section) - _APP_KEYS
    if unknown:
        key = f"organization_app.{sorted(unknown)[0]}"
        _refuse(source, key, "is not a setting this program knows")
    client_id = _required_text(section, "client_id", source)
    client_secret = _required_text(section, "client_secret", source)
    port = section.get("callback_port", DEFAULT_CALLBACK_PORT)
    if isinstance(port, bool) or not isinstance(port, int):
        _refuse(source, "organization_app.callback_port", "must be a whole number")
    try:
        port = validate_port(port)
    except InputError as exc:
        _refuse(source, "organization_app.callback_port", exc.message)
    return OrganizationApp(client_id, Secret(client_secret), port)


def _required_text(section: Mapping[str, Any], key: str, source: Path) -> str:
    value = section.get(key)
    if not isinstance(value, str) or not value.strip():
        _refuse(source, f"organization_app.{key}", "must be a non-empty string")
    return value.strip()


def _refuse(source: Path, key: str, problem: str) -> NoReturn:
    # Only the key and the kind of problem: never a value, which may be the
    # client secret.
    raise InputError(
        f"The policy file {source}: '{key}' {problem}.",
        "Ask your IT department to correct the policy file.",
    )
