"""Proof Key for Code Exchange (RFC 7636), with the S256 method only.

Atlassian's token endpoint works with a client secret and has been seen to
ignore PKCE; the program sends it anyway, as RFC 9700 §2.1.1 asks of every
client, so that an intercepted authorization code is useless on its own
wherever PKCE is enforced.
"""

from __future__ import annotations

import base64
import re

from jira_wizard.core.models import Secret

#: RFC 7636 §4.1: 43 to 128 characters from the unreserved set.
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")

#: 64 random bytes give 86 base64url characters: well inside the limits, and
#: far more than the 256 bits of entropy RFC 7636 §7.1 recommends.
_VERIFIER_BYTES = 64


def make_code_verifier() -> Secret:
    """A fresh, unguessable code verifier for one sign-in attempt."""
    # token_urlsafe draws from the operating system's random source and uses
    # base64url letters, all of which are in RFC 7636's unreserved set.
    import secrets  # here, not at the top: only a sign-in needs it

    return Secret(secrets.token_urlsafe(_VERIFIER_BYTES))


def code_challenge(verifier: Secret) -> str:
    """The S256 challenge: BASE64URL(SHA256(verifier)) without padding (§4.2)."""
    value = verifier.reveal()
    if not _VERIFIER.fullmatch(value):
        # The message never contains the verifier itself.
        raise ValueError("a PKCE code verifier must be 43 to 128 unreserved characters")
    import hashlib  # here, not at the top: only a sign-in needs it

    digest = hashlib.sha256(value.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
