"""What the person chose the last time the wizard saved a connection.

The next wizard starts from it, below the organization's policy and a
helpdesk's preset (``jira_wizard.core.choices.effective_choices``): the way
to connect ticked, the site and the email filled in, the optional scopes
ticked. Only those four are kept, never a secret nor a connection's name
(the next connection needs a name of its own).

They are kept with Qt's settings, where each system keeps a program's
preferences (``~/.config/jira-wizard/wizard.conf`` on Linux, the registry
under ``HKEY_CURRENT_USER\\Software\\jira-wizard`` on Windows, a property list
in ``~/Library/Preferences`` on macOS): reading them costs the first page
less than a millisecond, where the settings file's reader would bring the
storage layer along. The practice sandbox keeps its own, so that practice
never pre-fills a real connection, nor the other way round. The file is the
person's to edit; a value that is not one the program knows is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from jira_wizard.core.choices import Preset
from jira_wizard.core.kinds import AuthType
from jira_wizard.core.scopes import OPTIONAL_SCOPES

if TYPE_CHECKING:
    from jira_wizard.core.models import Connection

ORGANIZATION = "jira-wizard"
APPLICATION = "wizard"


def previous_choices(*, sandbox: bool = False) -> Preset:
    """What the wizard saved last (in the sandbox when ``sandbox``), if anything."""
    settings = _settings()
    settings.beginGroup(_group(sandbox))
    auth_type = _auth_type(settings.value("auth_type"))
    site_url = _text(settings.value("site_url"))
    email = _text(settings.value("email"))
    scopes = _scopes(settings.value("scopes"))
    settings.endGroup()
    return Preset(site_url=site_url, auth_type=auth_type, scopes=scopes, email=email)


def remember_choices(connection: Connection, *, sandbox: bool = False) -> None:
    """Keep what ``connection`` was made with, for the next wizard."""
    settings = _settings()
    settings.beginGroup(_group(sandbox))
    settings.setValue("auth_type", connection.auth_type.value)
    settings.setValue("site_url", connection.site_url)
    if connection.email:
        settings.setValue("email", connection.email)
    else:
        settings.remove("email")
    optional = [scope for scope in connection.scopes if scope in OPTIONAL_SCOPES]
    settings.setValue("scopes", " ".join(optional))
    settings.endGroup()
    settings.sync()


def _settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def _group(sandbox: bool) -> str:
    return "sandbox" if sandbox else "last"


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _auth_type(value: object) -> AuthType | None:
    try:
        return AuthType(value)
    except ValueError:
        return None


def _scopes(value: object) -> tuple[str, ...]:
    words = value.split() if isinstance(value, str) else []
    return tuple(scope for scope in words if scope in OPTIONAL_SCOPES)
