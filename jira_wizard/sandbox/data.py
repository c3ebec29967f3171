"""The sandbox's fixed world: its sites, its one user, its demo apps and tokens.

Every value here is public on purpose: the start page shows them so that a
newcomer can type them into the wizard. They are fixed (derived from a seed,
not random) so that a helpdesk's training notes stay true from run to run, and
shaped like Atlassian's own (long opaque strings) so that length limits and
masking in the product are exercised as they will be for real.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass

#: The callback URL both demo apps are registered with; 8754 is the product's
#: default callback port.
DEFAULT_CALLBACK_URL = "http://localhost:8754/callback"

#: Atlassian API tokens start with this prefix and end with "=" and eight hex
#: digits (a checksum); the part between is about 180 URL-safe characters.
_API_TOKEN_PREFIX = "ATATT3xFfGF0"
_CLIENT_SECRET_PREFIX = "ATOA"


def _seeded_chars(seed: str, length: int) -> str:
    """URL-safe characters that look random but are the same on every run."""
    digest = b""
    counter = 0
    while len(digest) * 4 // 3 < length + 4:
        digest += hashlib.sha512(f"{seed}/{counter}".encode()).digest()
        counter += 1
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:length]


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()[:8].upper()


def api_token_from(body: str) -> str:
    """An API token in Atlassian's shape around ``body``."""
    core = _API_TOKEN_PREFIX + body
    return f"{core}={_checksum(core)}"


def new_api_token() -> str:
    return api_token_from(secrets.token_urlsafe(135))


def _client_secret(seed: str) -> str:
    core = _CLIENT_SECRET_PREFIX + _seeded_chars(seed, 64)
    return f"{core}{_checksum(core)}"


def _client_id(seed: str) -> str:
    # Atlassian client ids are 32 letters and digits.
    chars = _seeded_chars(seed, 64).replace("-", "").replace("_", "")
    return chars[:32]


@dataclass(frozen=True)
class DemoCredentials:
    """What a newcomer types into the wizard to connect to the sandbox."""

    email: str
    display_name: str
    account_id: str
    api_token: str
    scoped_api_token: str
    org_client_id: str
    org_client_secret: str
    org_app_name: str
    own_client_id: str
    own_client_secret: str
    own_app_name: str
    callback_url: str
    project_key: str
    project_name: str


DEMO = DemoCredentials(
    email="ada@example.com",
    display_name="Ada Lovelace",
    account_id="712020:5e8c1f0a-3b7d-4c2e-9a61-0d4f7b2e8c35",
    api_token=api_token_from(_seeded_chars("sandbox classic api token", 180)),
    scoped_api_token=api_token_from(_seeded_chars("sandbox scoped api token", 180)),
    org_client_id=_client_id("sandbox organization app"),
    org_client_secret=_client_secret("sandbox organization app secret"),
    org_app_name="Jira Connection Wizard (your organization)",
    own_client_id=_client_id("sandbox own app"),
    own_client_secret=_client_secret("sandbox own app secret"),
    own_app_name="My own Jira app",
    callback_url=DEFAULT_CALLBACK_URL,
    project_key="DEMO",
    project_name="Demo project",
)


@dataclass(frozen=True)
class SiteSpec:
    """One emulated Jira deployment."""

    name: str
    title: str
    cloud_id: str | None
    deployment: str
    version: str
    purpose: str

    @property
    def is_cloud(self) -> bool:
        return self.deployment == "Cloud"


SITES: tuple[SiteSpec, ...] = (
    SiteSpec(
        name="acme",
        title="Acme",
        cloud_id="3f0b7c1e-8a5d-4e2b-9c61-2d7f4a9e0b13",
        deployment="Cloud",
        version="1001.0.0-SNAPSHOT",
        purpose="The Jira Cloud site to connect to.",
    ),
    SiteSpec(
        name="beta",
        title="Beta",
        cloud_id="b7e2c4d9-1f3a-4c8e-a5b0-6d9e2f1c7a84",
        deployment="Cloud",
        version="1001.0.0-SNAPSHOT",
        purpose=(
            "A second Jira Cloud site. Pick it on the consent page to practise "
            '"you granted access to the wrong site".'
        ),
    ),
    SiteSpec(
        name="legacy",
        title="Legacy Jira",
        cloud_id=None,
        deployment="Server",
        version="9.12.15",
        purpose='A Jira Server deployment, to practise "not supported".',
    ),
)

#: The ports of a sandbox started on base port P: auth P, api P+1, then sites.
ORIGIN_ORDER: tuple[str, ...] = ("auth", "api", *(site.name for site in SITES))


def site_spec(name: str) -> SiteSpec:
    for site in SITES:
        if site.name == name:
            return site
    raise KeyError(name)


def site_by_cloud_id(cloud_id: str) -> SiteSpec | None:
    for site in SITES:
        if site.cloud_id is not None and site.cloud_id == cloud_id:
            return site
    return None


#: Atlassian's classic Jira scopes, with what the consent page says of each.
CLASSIC_SCOPES: dict[str, str] = {
    "read:jira-user": "View user profiles: names, email addresses and avatars.",
    "read:jira-work": "View Jira issues, projects and their details.",
    "write:jira-work": "Create and edit issues, comments and work logs.",
    "manage:jira-project": "Manage project settings: components, versions, roles.",
    "manage:jira-configuration": "Configure Jira: issue types, fields, workflows.",
    "manage:jira-data-provider": "Send development, build and deployment data.",
    "manage:jira-webhook": "Register and manage webhooks.",
    "offline_access": "Stay connected when you are not using the app.",
    "read:me": "View your profile: name, email address and avatar.",
    "read:account": "View your account's public profile.",
}

#: Granular scopes such as ``read:issue:jira`` or ``write:issue.property:jira``.
_GRANULAR_SCOPE = re.compile(r"^(read|write|delete|manage):[a-z][a-z0-9.-]*:jira$")


def is_known_scope(scope: str) -> bool:
    return scope in CLASSIC_SCOPES or bool(_GRANULAR_SCOPE.match(scope))


def scope_description(scope: str) -> str:
    if scope in CLASSIC_SCOPES:
        return CLASSIC_SCOPES[scope]
    action, thing, _ = scope.split(":")
    return f"{action.capitalize()} {thing.replace('-', ' ')} data in Jira."


#: The scopes a scoped API token gets unless a test asks for others.
DEFAULT_TOKEN_SCOPES: tuple[str, ...] = (
    "read:jira-user",
    "read:jira-work",
    "write:jira-work",
)
