"""The organization's policy file, laid down by the installer.

It holds what a person must never have to type (the organization app's client
id and secret) and what an IT department decides for everyone on the
computer: the ways to connect, the site, the scopes, and whether a keychain
that is not secure may be used. The file is TOML; every key is optional:

    allowed_auth_types = ["oauth_org", "api_token"]   # default: every way
    site_url = "https://your-domain.atlassian.net"     # pre-filled
    lock_site = true                                   # and not changeable
    allow_insecure_keychain = false                    # the default

    [organization_app]
    client_id = "..."
    client_secret = "..."
    callback_port = 8754        # the port of the app's registered callback URL

    [scopes]
    required = ["manage:jira-configuration"]   # always asked for, locked on
    offered = []                                # the person may add none

Rules, each refused with the file, the key and what is wrong:

- ``allowed_auth_types`` lists ``api_token``, ``oauth_org`` and ``oauth_own``;
  an empty list would leave no way to connect, and ``oauth_org`` needs an
  ``[organization_app]``. Without the key, every way is offered, the
  organization app only when the file describes one.
- ``lock_site`` needs a ``site_url``.
- ``[scopes]`` names only the classic Jira scopes this program knows
  (``jira_wizard.core.scopes``). The scopes the program always asks for stay
  required whatever the file says. ``required`` adds optional ones that are
  always asked for; ``offered`` lists the optional ones a person may choose
  (default: all the others). ``offered = []`` locks the scope set. A scope
  cannot be both required and offered.
- ``allow_insecure_keychain = true`` lets the program use a keychain that
  keeps secrets in a file (such as ``keyrings.alt``); a keychain that stores
  nothing (keyring's ``fail`` and ``null``) is refused even then.

It is looked for in the operating system's system-wide configuration folder
(``/etc/jira-wizard/policy.toml`` on Linux, ``%ProgramData%\\jira-wizard`` on
Windows, ``/Library/Application Support/jira-wizard`` on macOS), or given with
``--policy`` or ``JIRA_WIZARD_POLICY``. Validation is strict, because a
silently ignored typo in a managed roll-out is found only by the helpdesk; and
no message ever quotes a value from the file, which may be the client secret.
Messages are in the product's language (translation context ``Policy``).
``docs/policy.md`` is the administrators' guide.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from jira_wizard.core.errors import InputError
from jira_wizard.core.i18n import translate
from jira_wizard.core.kinds import AuthType, Secret
from jira_wizard.core.ports import (
    DEFAULT_CALLBACK_PORT,
    MAX_CALLBACK_PORT,
    MIN_CALLBACK_PORT,
    validate_port,
)
from jira_wizard.core.scopes import OPTIONAL_SCOPES, REQUIRED_SCOPES, SCOPES

POLICY_FILE_NAME = "policy.toml"

#: Names the organization's policy file, where ``--policy`` is not given.
POLICY_ENV = "JIRA_WIZARD_POLICY"

#: What a field the organization fixed says next to it.
LOCKED_BY_ORGANIZATION = "Locked by your organization"

_TOP_KEYS = frozenset(
    {
        "organization_app",
        "allowed_auth_types",
        "site_url",
        "lock_site",
        "scopes",
        "allow_insecure_keychain",
    }
)
_APP_KEYS = frozenset({"client_id", "client_secret", "callback_port"})
_SCOPE_KEYS = frozenset({"required", "offered"})
_AUTH_NAMES = ", ".join(t.value for t in AuthType)


@dataclass(frozen=True)
class OrganizationApp:
    client_id: str
    client_secret: Secret
    callback_port: int = DEFAULT_CALLBACK_PORT


@dataclass(frozen=True)
class ScopePolicy:
    """Which optional scopes the organization requires, and which it offers.

    ``offered`` is ``None`` when the file leaves it to the program: every
    optional scope that is not required.
    """

    required: tuple[str, ...] = ()
    offered: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Policy:
    source: Path | None = None
    organization_app: OrganizationApp | None = None
    #: ``None``: not restricted by the file.
    allowed_auth_types: tuple[AuthType, ...] | None = None
    site_url: str | None = None
    lock_site: bool = False
    scopes: ScopePolicy = ScopePolicy()
    allow_insecure_keychain: bool = False

    @property
    def auth_types(self) -> tuple[AuthType, ...]:
        """The ways to connect a person may pick, in the product's order."""
        if self.allowed_auth_types is not None:
            return tuple(t for t in AuthType if t in self.allowed_auth_types)
        return tuple(
            t
            for t in AuthType
            if t is not AuthType.OAUTH_ORG or self.organization_app is not None
        )

    def allows(self, auth_type: AuthType) -> bool:
        return auth_type in self.auth_types

    @property
    def required_scopes(self) -> tuple[str, ...]:
        """Every scope always asked for: the program's and the organization's."""
        wanted = set(REQUIRED_SCOPES) | set(self.scopes.required)
        return tuple(s.name for s in SCOPES if s.name in wanted)

    @property
    def offered_scopes(self) -> tuple[str, ...]:
        """The optional scopes a person may choose to ask for too."""
        required = set(self.required_scopes)
        offered = self.scopes.offered
        pool = OPTIONAL_SCOPES if offered is None else offered
        return tuple(s for s in OPTIONAL_SCOPES if s in pool and s not in required)

    @property
    def scopes_locked(self) -> bool:
        """True when the person has no scope left to choose."""
        return not self.offered_scopes

    # Checks the service makes before acting on a person's choice -----------

    def require_auth_type(self, auth_type: AuthType) -> None:
        if auth_type is AuthType.OAUTH_ORG and self.organization_app is None:
            raise InputError(
                translate(
                    "Policy", "Your organization's app is not set up on this computer."
                ),
                translate(
                    "Policy",
                    "Ask your IT department to install its policy file, or connect "
                    "with an API token or your own app instead.",
                ),
                help_topic="organization-policy",
            )
        if not self.allows(auth_type):
            allowed = ", ".join(t.value for t in self.auth_types)
            raise InputError(
                translate(
                    "Policy",
                    "Your organization does not allow connecting with {auth_type} "
                    "on this computer.",
                ).format(auth_type=auth_type.value),
                translate(
                    "Policy", "Use one of: {auth_types}. Your IT department sets this."
                ).format(auth_types=allowed),
                help_topic="organization-policy",
            )

    def require_site(self, site_url: str) -> None:
        if self.lock_site and self.site_url and site_url != self.site_url:
            raise InputError(
                translate(
                    "Policy",
                    "Your organization allows connecting to one site only: {site}.",
                ).format(site=self.site_url),
                translate("Policy", "Use that site. Your IT department sets this."),
                help_topic="organization-policy",
            )

    def require_scopes(self, scopes: tuple[str, ...]) -> None:
        """Refuse optional scopes the organization does not offer."""
        allowed = set(self.required_scopes) | set(self.offered_scopes)
        refused = [s for s in scopes if s not in allowed]
        if refused:
            raise InputError(
                translate(
                    "Policy", "Your organization does not allow asking for {scopes}."
                ).format(scopes=", ".join(refused)),
                translate(
                    "Policy",
                    "Leave it out. Your IT department sets which scopes are offered.",
                ),
                help_topic="organization-policy",
            )
        missing = [s for s in self.required_scopes if s not in scopes]
        if missing:
            raise InputError(
                translate(
                    "Policy", "Your organization requires the scopes {scopes}."
                ).format(scopes=", ".join(missing)),
                translate("Policy", "Ask for them too."),
                help_topic="organization-policy",
            )


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
    # Imported only when there is a file to read: most machines have none,
    # and every command reads the policy.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 only
        import tomli as tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            translate("Policy", "The policy file {path} does not exist.").format(
                path=path
            ),
            "",
            help_topic="organization-policy",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            translate(
                "Policy", "The policy file {path} cannot be read ({kind})."
            ).format(path=path, kind=type(exc).__name__),
            translate("Policy", "Ask your IT department to check the installation."),
            help_topic="organization-policy",
        ) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib's messages name the fault and its line and column, never
        # the text found there.
        raise InputError(
            translate(
                "Policy", "The policy file {path} is not valid TOML: {fault}."
            ).format(path=path, fault=exc),
            translate("Policy", "Ask your IT department to correct it."),
            help_topic="organization-policy",
        ) from None
    return parse_policy(data, path)


def load_policy_from_environment(explicit: str | Path | None = None) -> Policy:
    """The policy from ``explicit``, else ``JIRA_WIZARD_POLICY``, else the system's."""
    chosen = explicit or os.environ.get(POLICY_ENV) or None
    return load_policy(Path(chosen) if chosen else None)


def parse_policy(data: Mapping[str, Any], source: Path) -> Policy:
    _refuse_unknown(data, _TOP_KEYS, "", source)
    app = None
    if "organization_app" in data:
        section = _table(data, "organization_app", source)
        app = _parse_app(section, source)
    auth_types = _parse_auth_types(data, app, source)
    site_url = _parse_site(data, source)
    lock_site = _bool(data, "lock_site", source)
    if lock_site and site_url is None:
        _refuse(
            source,
            "lock_site",
            translate("Policy", "is true, but no 'site_url' says which site"),
        )
    return Policy(
        source=source,
        organization_app=app,
        allowed_auth_types=auth_types,
        site_url=site_url,
        lock_site=lock_site,
        scopes=_parse_scopes(data, source),
        allow_insecure_keychain=_bool(data, "allow_insecure_keychain", source),
    )


def _parse_app(section: Mapping[str, Any], source: Path) -> OrganizationApp:
    _refuse_unknown(section, _APP_KEYS, "organization_app.", source)
    client_id = _required_text(section, "client_id", source)
    client_secret = _required_text(section, "client_secret", source)
    port = section.get("callback_port", DEFAULT_CALLBACK_PORT)
    if isinstance(port, bool) or not isinstance(port, int):
        _refuse(
            source,
            "organization_app.callback_port",
            translate("Policy", "must be a whole number"),
        )
    try:
        port = validate_port(port)
    except InputError:
        # validate_port's own message is a whole sentence for a person who
        # typed a port; the file's sentence needs only how to end it.
        _refuse(
            source,
            "organization_app.callback_port",
            translate("Policy", "must be a port from {low} to {high}").format(
                low=MIN_CALLBACK_PORT, high=MAX_CALLBACK_PORT
            ),
        )
    return OrganizationApp(client_id, Secret(client_secret), port)


def _parse_auth_types(
    data: Mapping[str, Any], app: OrganizationApp | None, source: Path
) -> tuple[AuthType, ...] | None:
    key = "allowed_auth_types"
    if key not in data:
        return None
    names = _string_list(data, key, source)
    if not names:
        _refuse(
            source,
            key,
            translate("Policy", "is empty, which would leave no way to connect"),
        )
    by_value = {t.value: t for t in AuthType}
    for index, name in enumerate(names, start=1):
        if name not in by_value:
            _refuse(
                source,
                key,
                translate("Policy", "item {index} is not one of {names}").format(
                    index=index, names=_AUTH_NAMES
                ),
            )
    chosen = tuple(dict.fromkeys(by_value[name] for name in names))
    if AuthType.OAUTH_ORG in chosen and app is None:
        _refuse(
            source,
            key,
            translate(
                "Policy", "allows oauth_org, but there is no [organization_app] section"
            ),
        )
    return chosen


def _parse_site(data: Mapping[str, Any], source: Path) -> str | None:
    if "site_url" not in data:
        return None
    from jira_wizard.core import siteurl

    text = data["site_url"]
    if not isinstance(text, str) or not text.strip():
        _refuse(source, "site_url", translate("Policy", "must be a non-empty string"))
    # Loopback http:// passes here so that a policy can point at the practice
    # sandbox; the site check of the wizard still holds it to the endpoint
    # rules (``jira_wizard.core.endpoints``).
    check = siteurl.check_site_url(text, allow_loopback_http=True)
    # A bare name ("your-domain") is expanded as the wizard does; any other
    # fix (http://, a path, a user name) is the file's fault to correct.
    bare = not any(mark in text for mark in ":/@?#")
    fine = check.status is siteurl.SiteStatus.OK or (
        bare and check.status is siteurl.SiteStatus.FIXABLE
    )
    if check.site_url is None or not fine:
        _refuse(
            source,
            "site_url",
            translate(
                "Policy",
                "is not a Jira Cloud site address such as "
                "https://your-domain.atlassian.net",
            ),
        )
    return check.site_url


def _parse_scopes(data: Mapping[str, Any], source: Path) -> ScopePolicy:
    if "scopes" not in data:
        return ScopePolicy()
    section = _table(data, "scopes", source)
    _refuse_unknown(section, _SCOPE_KEYS, "scopes.", source)
    required = _scope_names(section, "required", source) or ()
    offered = _scope_names(section, "offered", source)
    both = [name for name in required if offered is not None and name in offered]
    if both:
        _refuse(
            source,
            "scopes",
            translate(
                "Policy", "lists {scope} as both required and offered; choose one"
            ).format(scope=both[0]),
        )
    return ScopePolicy(required=required, offered=offered)


def _scope_names(
    section: Mapping[str, Any], key: str, source: Path
) -> tuple[str, ...] | None:
    if key not in section:
        return None
    names = _string_list(section, key, source, prefix="scopes.")
    known = {scope.name for scope in SCOPES}
    for index, name in enumerate(names, start=1):
        if name not in known:
            _refuse(
                source,
                f"scopes.{key}",
                translate(
                    "Policy",
                    "item {index} is not a scope this program knows (known: {scopes})",
                ).format(index=index, scopes=", ".join(sorted(known))),
            )
    return tuple(dict.fromkeys(names))


# Typed reads ------------------------------------------------------------------


def _table(data: Mapping[str, Any], key: str, source: Path) -> Mapping[str, Any]:
    section = data[key]
    if not isinstance(section, Mapping):
        _refuse(source, key, translate("Policy", "must be a table"))
    return section


def _bool(data: Mapping[str, Any], key: str, source: Path) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        _refuse(source, key, translate("Policy", "must be true or false"))
    return value


def _string_list(
    data: Mapping[str, Any], key: str, source: Path, *, prefix: str = ""
) -> list[str]:
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _refuse(source, prefix + key, translate("Policy", "must be a list of strings"))
    return [v.strip() for v in value]


def _required_text(section: Mapping[str, Any], key: str, source: Path) -> str:
    value = section.get(key)
    if not isinstance(value, str) or not value.strip():
        _refuse(
            source,
            f"organization_app.{key}",
            translate("Policy", "must be a non-empty string"),
        )
    return value.strip()


def _refuse_unknown(
    data: Mapping[str, Any], known: frozenset[str], prefix: str, source: Path
) -> None:
    unknown = sorted(set(data) - known)
    if unknown:
        _refuse(
            source,
            prefix + unknown[0],
            translate("Policy", "is not a setting this program knows"),
        )


def _refuse(source: Path, key: str, problem: str) -> NoReturn:
    # Only the key and the kind of problem: never a value, which may be the
    # client secret.
    #: Translators: {problem} finishes a sentence whose subject is {key}.
    sentence = translate("Policy", "The policy file {path}: '{key}' {problem}.")
    raise InputError(
        sentence.format(path=source, key=key, problem=problem),
        translate("Policy", "Ask your IT department to correct the policy file."),
        help_topic="organization-policy",
    )
