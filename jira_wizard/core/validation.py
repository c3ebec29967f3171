"""Checks on what a person types, shared by the wizard and the command line.

Each ``problem_with_*`` function returns ``None`` when the value is fine, or
one sentence saying what is wrong and how to put it right, in the product's
language (translation context ``validation``). The ``require_*`` twins raise
``InputError`` with that sentence instead.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from jira_wizard.core.errors import InputError
from jira_wizard.core.i18n import translate

#: Atlassian lets a person choose an API token's lifetime up to a year.
MAX_TOKEN_LIFETIME = timedelta(days=365)
MAX_NAME_LENGTH = 64

# Deliberately loose: the account's address is checked for real by Atlassian.
# This only catches what is clearly not an address (no @, spaces, no dot in
# the domain), which is the usual slip when pasting into the wrong field.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def problem_with_email(text: str) -> str | None:
    value = text.strip()
    if not value:
        return translate(
            "validation", "Enter the email address of your Atlassian account."
        )
    if not _EMAIL.match(value):
        return translate(
            "validation",
            "This is not an email address. Enter the address you sign in to "
            "Atlassian with, such as ada@example.com.",
        )
    return None


def problem_with_connection_name(text: str) -> str | None:
    if not text:
        return translate(
            "validation", "Give the connection a name, such as the site's name."
        )
    if text != text.strip():
        return translate("validation", "A name cannot begin or end with a space.")
    if len(text) > MAX_NAME_LENGTH:
        return translate(
            "validation", "A name can be at most {length} characters long."
        ).format(length=MAX_NAME_LENGTH)
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        return translate("validation", "A name cannot contain control characters.")
    return None


def problem_with_token_expiry(expires_on: date, today: date) -> str | None:
    if expires_on <= today:
        return translate(
            "validation", "The expiry date has passed: create a new API token."
        )
    if expires_on - today > MAX_TOKEN_LIFETIME:
        return translate(
            "validation",
            "Atlassian API tokens last at most a year. Check the expiry date "
            "shown next to the token on Atlassian's API token page.",
        )
    return None


def parse_expiry(text: str, today: date) -> date:
    """Read a YYYY-MM-DD expiry date from the command line."""
    try:
        expires_on = date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            translate("validation", "'{text}' is not a date.").format(text=text),
            translate("validation", "Give the expiry date as YYYY-MM-DD."),
        ) from None
    _raise_if(problem_with_token_expiry(expires_on, today))
    return expires_on


def require_email(text: str) -> str:
    _raise_if(problem_with_email(text))
    return text.strip()


def require_connection_name(text: str) -> str:
    _raise_if(problem_with_connection_name(text))
    return text


def _raise_if(problem: str | None) -> None:
    if problem is not None:
        raise InputError(problem, "")
