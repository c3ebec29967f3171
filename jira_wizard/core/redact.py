"""Masking what looks like a secret in text: the log's and the report's safety net.

The rule comes first: secrets are never logged or reported (``Secret`` prints
as ``[secure]``; messages name hosts, never URLs with queries or headers).
This is the net behind it, for the day a library or a careless line lets one
through. It masks, whatever the surrounding text:

- the value of an ``Authorization`` header, and ``Basic``/``Bearer``
  followed by a credential;
- query and form parameters, and JSON or Python-dict fields, named after
  OAuth's and the product's secrets (``code``, ``state``, ``token``,
  ``secret``, ``access_token``, ``refresh_token``, ``client_secret``,
  ``code_verifier``, ``api_token``, ``password``, ``id_token``);
- anything that looks like an Atlassian token: API tokens (``ATATT...``),
  scoped tokens (``ATCTT...``) and OAuth tokens and secrets (``ATOA...``);
- the user name and password in a proxy address
  (``http://user:pass@proxy:8080`` → ``http://***@proxy:8080``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MASK = "***"

_NAMES = (
    "access_token|refresh_token|client_secret|code_verifier|api_token|id_token"
    "|password|secret|token|state|code"
)
#: ``name=value`` in a query string or form body; not ``error_code=...``.
_PARAMETER = re.compile(rf"(?<![A-Za-z0-9_\-])({_NAMES})=([^&\s#\"'<>]+)", re.I)
#: ``"name": "value"`` (JSON) and ``'name': 'value'`` (a dict's repr).
_FIELD = re.compile(
    rf"""(["'])({_NAMES})\1(\s*:\s*)(["'])((?:\\.|(?!\4).)*)\4""", re.IGNORECASE
)
_AUTHORIZATION = re.compile(
    r"""(authorization["']?\s*[:=]\s*["']?)([^"'\r\n,}]+)""", re.IGNORECASE
)
_SCHEME_CREDENTIAL = re.compile(r"\b(basic|bearer)(\s+)([A-Za-z0-9._~+/=\-]+)", re.I)
_ATLASSIAN_TOKEN = re.compile(r"AT(?:ATT|CTT|OA)[A-Za-z0-9+/=_\-]{8,}")
_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.\-]*://)[^/@\s]+@", re.IGNORECASE)


def redact_text(text: str) -> str:
    """``text`` with everything that looks like a secret replaced by ``***``."""
    if not text:
        return text
    text = _AUTHORIZATION.sub(lambda m: m.group(1) + MASK, text)
    text = _SCHEME_CREDENTIAL.sub(_mask_credential, text)
    text = _FIELD.sub(lambda m: f"{m[1]}{m[2]}{m[1]}{m[3]}{m[4]}{MASK}{m[4]}", text)
    text = _PARAMETER.sub(lambda m: f"{m[1]}={MASK}", text)
    text = _ATLASSIAN_TOKEN.sub(MASK, text)
    return _USERINFO.sub(lambda m: m.group(1) + MASK + "@", text)


def _mask_credential(match: re.Match[str]) -> str:
    word = match.group(3)
    # "Basic authentication failed" is prose, not a credential: credentials
    # are long and mix cases, digits or symbols.
    if len(word) < 8 or (word.isalpha() and word.islower()):
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}{MASK}"


def redact_proxy_url(url: str) -> str:
    """A proxy address with its user name and password replaced by ``***``."""
    text = url.strip()
    if not text:
        return text
    parts = urlsplit(text if "://" in text else "http://" + text)
    if "@" not in parts.netloc:
        return text
    host = parts.netloc.rsplit("@", 1)[1]
    shown = f"{parts.scheme}://{MASK}@{host}" if "://" in text else f"{MASK}@{host}"
    return shown + (parts.path or "")
