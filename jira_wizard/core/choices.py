"""What the wizard starts from: the policy over a preset, a preset over earlier choices.

``effective_choices`` merges three sources, field by field:

- what the organization's policy **fixes** (a single way to connect, a
  locked site, a locked scope set) always wins, and the wizard shows it
  disabled, marked ``LOCKED_BY_ORGANIZATION``;
- then the helpdesk's preset (``jira_wizard.core.preset``);
- then the person's earlier choices (``previous``, in a preset's shape);
- a policy's unlocked ``site_url`` is only a default: it fills the site when
  neither the preset nor the person gave one.

What the policy set aside from a preset is said in ``Choices.notes``, so the
person knows why the link's site or way to connect is not the one shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from jira_wizard.core.i18n import noop, translate
from jira_wizard.core.kinds import AuthType
from jira_wizard.core.policy import LOCKED_BY_ORGANIZATION, Policy
from jira_wizard.core.scopes import REQUIRED_SCOPES, SCOPES

__all__ = ["LOCKED_BY_ORGANIZATION", "Choices", "Preset", "effective_choices"]

# Words that finish "connect with ...", translated where a note is made.
_AUTH_WORDS = {
    AuthType.API_TOKEN: noop("Choices", "an API token"),
    AuthType.OAUTH_ORG: noop("Choices", "your organization's app"),
    AuthType.OAUTH_OWN: noop("Choices", "your own app"),
}


@dataclass(frozen=True)
class Preset:
    """What a link or file fills in; also the shape of earlier choices."""

    site_url: str | None = None
    auth_type: AuthType | None = None
    #: The optional scopes to tick; the required ones are always asked for.
    scopes: tuple[str, ...] = ()
    name: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Choices:
    """What the wizard starts from, and what the person may not change.

    ``*_locked`` fields are fixed by the organization's policy: the wizard
    shows them disabled, with ``LOCKED_BY_ORGANIZATION`` beside them.
    ``sources`` says where each filled value came from (``"policy"``,
    ``"preset"`` or ``"previous"``). ``notes`` are sentences about preset
    values the policy set aside, to show once at the start.
    """

    auth_types: tuple[AuthType, ...] = tuple(AuthType)
    auth_type: AuthType | None = None
    auth_type_locked: bool = False
    site_url: str | None = None
    site_locked: bool = False
    required_scopes: tuple[str, ...] = REQUIRED_SCOPES
    offered_scopes: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    scopes_locked: bool = False
    name: str | None = None
    email: str | None = None
    sources: Mapping[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def locked(self, field_name: str) -> bool:
        """Whether ``auth_type``, ``site_url`` or ``scopes`` is fixed."""
        return {
            "auth_type": self.auth_type_locked,
            "site_url": self.site_locked,
            "scopes": self.scopes_locked,
        }.get(field_name, False)

    @property
    def scopes_to_request(self) -> tuple[str, ...]:
        """The required scopes and the pre-ticked ones, in the product's order."""
        wanted = set(self.required_scopes) | set(self.scopes)
        return tuple(s.name for s in SCOPES if s.name in wanted)


def effective_choices(
    policy: Policy, preset: Preset | None, previous: Preset | None = None
) -> Choices:
    """Policy over preset, preset over the person's earlier choices."""
    preset = preset or Preset()
    previous = previous or Preset()
    notes: list[str] = []
    sources: dict[str, str] = {}
    auth_type, auth_locked = _choose_auth(policy, preset, previous, notes, sources)
    site_url = _choose_site(policy, preset, previous, notes, sources)
    scopes = _choose_scopes(policy, preset, previous, notes, sources)
    for name in ("name", "email"):
        for source, given in (("preset", preset), ("previous", previous)):
            if getattr(given, name) is not None:
                sources[name] = source
                break
    return Choices(
        auth_types=policy.auth_types,
        auth_type=auth_type,
        auth_type_locked=auth_locked,
        site_url=site_url,
        site_locked=policy.lock_site,
        required_scopes=policy.required_scopes,
        offered_scopes=policy.offered_scopes,
        scopes=scopes,
        scopes_locked=policy.scopes_locked,
        name=preset.name or previous.name,
        email=preset.email or previous.email,
        sources=sources,
        notes=tuple(notes),
    )


def _choose_auth(
    policy: Policy,
    preset: Preset,
    previous: Preset,
    notes: list[str],
    sources: dict[str, str],
) -> tuple[AuthType | None, bool]:
    allowed = policy.auth_types
    if len(allowed) == 1:
        if preset.auth_type not in (None, allowed[0]):
            notes.append(_auth_note(preset.auth_type, allowed))
        sources["auth_type"] = "policy"
        return allowed[0], True
    if preset.auth_type is not None and preset.auth_type not in allowed:
        notes.append(_auth_note(preset.auth_type, allowed))
    for source, given in (("preset", preset), ("previous", previous)):
        if given.auth_type in allowed:
            sources["auth_type"] = source
            return given.auth_type, False
    return None, False


def _auth_note(asked: AuthType | None, allowed: tuple[AuthType, ...]) -> str:
    assert asked is not None
    words = [_auth_words(t) for t in allowed]
    #: Translators: joins ways to connect: "an API token or your own app".
    ways = translate("Choices", " or ").join(words)
    return translate(
        "Choices",
        "The preset asks to connect with {asked}, which is not offered on this "
        "computer; connect with {ways}.",
    ).format(asked=_auth_words(asked), ways=ways)


def _auth_words(auth_type: AuthType) -> str:
    return translate("Choices", _AUTH_WORDS[auth_type])


def _choose_site(
    policy: Policy,
    preset: Preset,
    previous: Preset,
    notes: list[str],
    sources: dict[str, str],
) -> str | None:
    if policy.lock_site:
        if preset.site_url not in (None, policy.site_url):
            notes.append(
                translate(
                    "Choices",
                    "The preset names another site, but your organization allows "
                    "only {site}.",
                ).format(site=policy.site_url)
            )
        sources["site_url"] = "policy"
        return policy.site_url
    for source, value in (
        ("preset", preset.site_url),
        ("previous", previous.site_url),
        ("policy", policy.site_url),
    ):
        if value is not None:
            sources["site_url"] = source
            return value
    return None


def _choose_scopes(
    policy: Policy,
    preset: Preset,
    previous: Preset,
    notes: list[str],
    sources: dict[str, str],
) -> tuple[str, ...]:
    offered = policy.offered_scopes
    required = set(policy.required_scopes)
    set_aside = [s for s in preset.scopes if s not in offered and s not in required]
    if set_aside:
        notes.append(
            translate(
                "Choices",
                "The preset asks for {scopes}, which your organization does not "
                "offer; it was left out.",
            ).format(scopes=", ".join(set_aside))
        )
    for source, given in (("preset", preset), ("previous", previous)):
        chosen = tuple(s for s in given.scopes if s in offered)
        if given.scopes:
            sources["scopes"] = source
            return chosen
    return ()
