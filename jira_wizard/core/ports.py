"""The callback port: which one, and which ones a sign-in may listen on.

Kept apart from ``jira_wizard.core.oauth`` because the organization's policy
and the wizard's first page need these rules before anything of the sign-in
is loaded.
"""

from __future__ import annotations

from jira_wizard.core.errors import InputError
from jira_wizard.core.i18n import translate

DEFAULT_CALLBACK_PORT = 8754

# Ports below 1024 need administrator rights on most systems, so a callback
# server there would fail for an ordinary user.
MIN_CALLBACK_PORT = 1024
MAX_CALLBACK_PORT = 65535


def validate_port(value: object) -> int:
    """The callback port as an int; InputError saying why when it cannot be one."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit():
        raise InputError(
            translate("SignIn", "'{text}' is not a port number.").format(text=text),
            translate(
                "SignIn", "Enter a whole number from {low} to {high}, such as {port}."
            ).format(
                low=MIN_CALLBACK_PORT,
                high=MAX_CALLBACK_PORT,
                port=DEFAULT_CALLBACK_PORT,
            ),
        )
    port = int(text)
    if not MIN_CALLBACK_PORT <= port <= MAX_CALLBACK_PORT:
        raise InputError(
            translate("SignIn", "Port {port} cannot be used for the callback.").format(
                port=port
            ),
            translate(
                "SignIn",
                "Choose a port from {low} to {high}; ports below {low} need "
                "administrator rights.",
            ).format(low=MIN_CALLBACK_PORT, high=MAX_CALLBACK_PORT),
        )
    return port
