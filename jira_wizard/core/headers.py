"""``Authorization`` header values, made from secrets without any I/O.

They live in the core so that a command which only prints a header
(``jira-wizard credentials``) needs neither an HTTP library nor the network.
"""

from __future__ import annotations

import base64

from jira_wizard.core.models import Secret


def basic_authorization(email: str, token: Secret) -> Secret:
    """The value for an API token: Basic with ``email:token`` (RFC 7617, UTF-8)."""
    pair = f"{email}:{token.reveal()}".encode()
    return Secret("Basic " + base64.b64encode(pair).decode("ascii"))


def bearer_authorization(access_token: Secret) -> Secret:
    """The value for an OAuth 2.0 access token (RFC 6750 §2.1)."""
    return Secret(f"Bearer {access_token.reveal()}")
