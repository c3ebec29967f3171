"""What every layer names: the ways to connect, and a secret that hides itself.

``Secret`` wraps every secret value so that printing, logging or formatting
it shows ``[secure]``; ``SecretKind`` names a connection's secrets in the
keychain. They live apart from the connection model
(``jira_wizard.core.models``) because the wizard's first page and the
organization's policy need them before the rest of the model is loaded.
"""

from __future__ import annotations

import enum
from typing import Any


class Secret:
    """A secret string that never shows itself by accident.

    ``str()``, ``repr()`` and f-strings give ``[secure]``; ``reveal()`` is the
    one deliberate way to the value, so every use of it is easy to find.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret([secure])"

    def __str__(self) -> str:
        return "[secure]"

    def __format__(self, spec: str) -> str:
        return "[secure]"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> Any:
        raise TypeError("a Secret is never pickled")


class AuthType(str, enum.Enum):
    """The three ways to connect."""

    API_TOKEN = "api_token"
    OAUTH_ORG = "oauth_org"
    OAUTH_OWN = "oauth_own"

    @property
    def is_oauth(self) -> bool:
        return self is not AuthType.API_TOKEN


class SecretKind(str, enum.Enum):
    """The names under which a connection's secrets sit in the keychain."""

    API_TOKEN = "api_token"
    CLIENT_SECRET = "client_secret"
    ACCESS_TOKEN = "access_token"
    REFRESH_TOKEN = "refresh_token"
