"""The classic Jira scopes an OAuth connection may ask for, in plain words.

Atlassian calls these the "classic" scopes (Atlassian's Jira Cloud scopes
reference). The connection always asks for the required ones: without them
the program cannot say who you are (``read:jira-user``), do everyday issue
work, or renew its access without a new sign-in (``offline_access``, which
is what makes Atlassian hand out a refresh token). The others are choices.
Scopes never widen a person's own Jira permissions; they only narrow what
the app may do with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jira_wizard.core.errors import InputError
from jira_wizard.core.i18n import noop, translate


@dataclass(frozen=True)
class Scope:
    name: str
    #: What allowing it means, for someone who has never seen an API; in
    #: English, marked for translation (context ``scopes``): the picker shows
    #: it in the product's language.
    meaning: str
    #: Required scopes are always asked for; the picker shows them locked on.
    required: bool


SCOPES: tuple[Scope, ...] = (
    Scope(
        "read:jira-user",
        noop(
            "scopes",
            "See the names and profile details of people in Jira, including your "
            "own, so the program can tell who it is connected as.",
        ),
        required=True,
    ),
    Scope(
        "read:jira-work",
        noop(
            "scopes",
            "Read projects, issues, comments and attachments you can see in Jira.",
        ),
        required=True,
    ),
    Scope(
        "write:jira-work",
        noop(
            "scopes",
            "Create and change issues, comments and attachments, as you could in "
            "Jira yourself.",
        ),
        required=True,
    ),
    Scope(
        "manage:jira-project",
        noop(
            "scopes",
            "Change project settings such as components and versions, where your "
            "Jira permissions allow it.",
        ),
        required=True,
    ),
    Scope(
        "manage:jira-configuration",
        noop(
            "scopes",
            "Change how Jira itself is set up (workflows, fields, screens), where "
            "you are a Jira administrator. Choose it only if you need it.",
        ),
        required=False,
    ),
    Scope(
        "manage:jira-data-provider",
        noop(
            "scopes",
            "Send information from other tools, such as builds and deployments, "
            "to Jira issues. Choose it only if a tool you use needs it.",
        ),
        required=False,
    ),
    Scope(
        "offline_access",
        noop(
            "scopes",
            "Stay connected after you close the browser: the program renews its "
            "access by itself instead of asking you to sign in every hour.",
        ),
        required=True,
    ),
)

_BY_NAME = {scope.name: scope for scope in SCOPES}

REQUIRED_SCOPES: tuple[str, ...] = tuple(s.name for s in SCOPES if s.required)
OPTIONAL_SCOPES: tuple[str, ...] = tuple(s.name for s in SCOPES if not s.required)


def scope(name: str) -> Scope:
    """The scope called ``name``; InputError for a name this program does not know."""
    try:
        return _BY_NAME[name]
    except KeyError:
        known = ", ".join(_BY_NAME)
        raise InputError(
            translate("Errors", "'{scope}' is not a scope this program knows.").format(
                scope=name
            ),
            translate("Errors", "Use one of: {scopes}.").format(scopes=known),
        ) from None


def scopes_to_request(chosen: Iterable[str]) -> tuple[str, ...]:
    """The scopes to ask for: the required ones plus ``chosen``, in a fixed order.

    The order is that of ``SCOPES``, so that the same choice always gives the
    same request; Atlassian asks for consent again whenever an app's request
    changes.
    """
    wanted = {scope(name.strip()).name for name in chosen}
    return tuple(s.name for s in SCOPES if s.required or s.name in wanted)


def parse_scope_list(text: str | None) -> tuple[str, ...]:
    """Scopes from an OAuth ``scope`` value: names separated by spaces."""
    return tuple(dict.fromkeys((text or "").split()))


def missing_scopes(asked: Iterable[str], granted: Iterable[str]) -> tuple[str, ...]:
    """The scopes asked for but not granted, in the order they were asked for."""
    have = set(granted)
    return tuple(name for name in dict.fromkeys(asked) if name not in have)
