"""Presets from the helpdesk: a link or a small file that fills in the wizard.

A helpdesk that talks a person through connecting can send a link, which the
installers register to open the wizard:

    jira-wizard://setup?site=your-domain&auth=api_token&name=work&email=ada@example.com
    jira-wizard://setup?site=your-domain&auth=oauth_org&scope=manage:jira-configuration

or a preset file, in TOML (the format of the policy file):

    site = "your-domain"              # or https://your-domain.atlassian.net
    auth = "oauth_own"                # api_token, oauth_org or oauth_own
    scopes = ["manage:jira-configuration"]
    name = "work"
    email = "ada@example.com"         # used for API tokens only

Every key is optional. In a link, ``scope`` may be repeated or hold several
names separated by spaces or commas. An unknown key, a repeated one, an
unknown auth type or scope, a site that is not an address, a bad name or
email is refused with a one-line reason.

**A preset never carries a secret.** API tokens, client secrets, passwords
and OAuth codes are typed only by the person, into the wizard: a link or file
travels by chat and email, where anyone may read it. So a preset with a key
that names a secret (``token``, ``secret``, ``password``, ``code`` ...) or a
value that looks like one (an Atlassian API token, an ``Authorization``
header, a site address with a password in it), however it is encoded, is
refused whole, and the message never repeats the value.

A refusal reads "<what> <problem>.": ``what`` names the link or file
(translated as a sentence's subject), ``problem`` finishes the sentence; both
are in the product's language (translation context ``Preset``).

``effective_choices`` (``jira_wizard.core.choices``) then decides what the
wizard shows: what the organization's policy fixes wins over the preset, and
the preset over the person's earlier choices.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import parse_qsl, unquote, urlsplit

from jira_wizard.core.choices import Choices, Preset, effective_choices
from jira_wizard.core.errors import InputError
from jira_wizard.core.i18n import noop, translate
from jira_wizard.core.models import AuthType
from jira_wizard.core.scopes import REQUIRED_SCOPES, SCOPES

__all__ = [
    "Choices",
    "Preset",
    "effective_choices",
    "is_preset_link",
    "is_secret_key",
    "looks_like_secret",
    "parse_preset_data",
    "parse_preset_file",
    "parse_preset_link",
]

#: The scheme the installers register for helpdesk links.
LINK_SCHEME = "jira-wizard"
#: Longer links are refused outright: nothing a preset holds needs more.
MAX_LINK_LENGTH = 2048

_LINK_KEYS = frozenset({"site", "auth", "scope", "name", "email"})
_FILE_KEYS = frozenset({"site", "auth", "scopes", "name", "email"})

#: Key names that can only mean a secret, whole or as a part of the name.
_SECRET_KEY_PARTS = (
    "token",
    "secret",
    "password",
    "passwd",
    "passphrase",
    "credential",
    "verifier",
    "apikey",
    "api_key",
    "authorization",
)
_SECRET_KEYS = frozenset({"code", "key", "pass", "pwd", "pin", "auth_code"})

#: Atlassian API tokens (ATATT...), scoped and service-account tokens
#: (ATCTT...) and OAuth access tokens (ATOA...) all begin alike.
_TOKEN = re.compile(r"AT(?:ATT|CTT|OA)[A-Za-z0-9+/=_\-]{12,}")
_HEADER = re.compile(r"^\s*(?:basic|bearer)\s+\S", re.IGNORECASE)
_EMBEDDED_KEY = re.compile(r"[?&;#]\s*([A-Za-z_\-.]+)\s*=")
_BASE64 = re.compile(r"^[A-Za-z0-9+/_\-]{20,}={0,2}$")
_PLAIN_KEY = re.compile(r"^[a-z_]{1,30}$")

#: Why a link or a file with a secret is refused, and what to do: a link is
#: simply asked for again, while a file still holds the secret on the disk.
_WHY_LINK = noop(
    "Preset",
    "Secrets (API tokens, client secrets, passwords) are typed only by you, "
    "into the wizard; a helpdesk never sends one in a link or a file. Ask "
    "for a link without it, and do not reuse the secret it carried.",
)
_WHY_FILE = noop(
    "Preset",
    "Secrets (API tokens, client secrets, passwords) are typed only by you, "
    "into the wizard; a helpdesk never sends one in a link or a file. Delete "
    "this file, ask for one without the secret, and do not reuse the secret "
    "it carried.",
)

#: Translators: finishes a sentence that begins "The link" or "The preset file".
_LOOKS_SECRET = noop(
    "Preset", "carries something that looks like a secret and was refused whole"
)

# Reading a preset ---------------------------------------------------------------


def is_preset_link(text: str) -> bool:
    """True for anything in the ``jira-wizard:`` scheme, good or bad."""
    return text.strip().lower().startswith(LINK_SCHEME + ":")


def parse_preset_link(url: str, *, allow_loopback_http: bool = False) -> Preset:
    """The preset a ``jira-wizard://setup?...`` link carries; InputError if none."""
    #: Translators: the subject of a sentence saying what is wrong with a link.
    what = translate("Preset", "The link")
    if len(url) > MAX_LINK_LENGTH:
        _refuse(
            what,
            translate("Preset", "is longer than {length} characters").format(
                length=MAX_LINK_LENGTH
            ),
        )
    parts = urlsplit(url.strip())
    target = (parts.netloc or parts.path).strip("/").lower()
    if parts.scheme.lower() != LINK_SCHEME or target != "setup":
        _refuse(what, translate("Preset", "is not a jira-wizard://setup link"))
    # The raw query too, decoded again and again, so that a token cut across
    # parts or encoded twice (%2541...) still shows itself.
    if _TOKEN.search(_unquoted(parts.query)):
        _refuse_as_secret(what, _WHY_LINK)
    _refuse_secrets(what, _link_items(parts.query), _WHY_LINK)
    fields: dict[str, str] = {}
    scopes: list[str] = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        key = key.strip().lower()
        if key not in _LINK_KEYS:
            _refuse(
                what,
                translate(
                    "Preset", "has a part {key} this program does not know"
                ).format(key=_key_name(key)),
            )
        if key == "scope":
            scopes += [s for s in re.split(r"[\s,]+", value) if s]
        elif key in fields:
            _refuse(
                what,
                translate("Preset", "gives '{key}' more than once").format(key=key),
            )
        else:
            fields[key] = value
    return _preset(what, fields, scopes, allow_loopback_http)


def parse_preset_file(path: Path, *, allow_loopback_http: bool = False) -> Preset:
    """The preset in a TOML file; InputError with the reason if it is refused."""
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 only
        import tomli as tomllib

    #: Translators: the subject of a sentence saying what is wrong with a file.
    what = translate("Preset", "The preset file {path}").format(path=path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        _refuse(what, translate("Preset", "does not exist"))
    except (OSError, UnicodeDecodeError) as exc:
        _refuse(
            what,
            translate("Preset", "cannot be read ({kind})").format(
                kind=type(exc).__name__
            ),
        )
    except tomllib.TOMLDecodeError as exc:
        # tomllib's messages give the place of the fault, never the text.
        _refuse(
            what, translate("Preset", "is not valid TOML: {fault}").format(fault=exc)
        )
    return parse_preset_data(data, what, allow_loopback_http=allow_loopback_http)


def parse_preset_data(
    data: Mapping[str, Any], what: str, *, allow_loopback_http: bool = False
) -> Preset:
    """The preset in parsed file contents.

    ``what`` names them in messages, as the subject of a sentence in the
    product's language ("The preset file ...").
    """
    _refuse_secrets(what, _walk(data), _WHY_FILE)
    for key in data:
        if key not in _FILE_KEYS:
            _refuse(
                what,
                translate(
                    "Preset", "has a key {key} this program does not know"
                ).format(key=_key_name(key)),
            )
    fields: dict[str, str] = {}
    for key in _FILE_KEYS - {"scopes"}:
        if key in data:
            if not isinstance(data[key], str):
                _refuse(
                    what,
                    translate("Preset", "'{key}' must be a string").format(key=key),
                )
            fields[key] = data[key]
    scopes = data.get("scopes", [])
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        _refuse(what, translate("Preset", "'scopes' must be a list of strings"))
    return _preset(what, fields, scopes, allow_loopback_http)


def _preset(
    what: str, fields: Mapping[str, str], scopes: list[str], allow_http: bool
) -> Preset:
    from jira_wizard.core import validation

    name = fields.get("name", "").strip() or None
    email = fields.get("email", "").strip() or None
    if name is not None:
        _reraise(what, lambda: validation.require_connection_name(name))
    if email is not None:
        _reraise(what, lambda: validation.require_email(email))
    return Preset(
        site_url=_site(what, fields.get("site", ""), allow_http),
        auth_type=_auth(what, fields.get("auth", "")),
        scopes=_optional_scopes(what, scopes),
        name=name,
        email=email,
    )


def _site(what: str, text: str, allow_http: bool) -> str | None:
    from jira_wizard.core import siteurl

    if not text.strip():
        return None
    check = siteurl.check_site_url(text, allow_loopback_http=allow_http)
    if check.status is siteurl.SiteStatus.INVALID or check.site_url is None:
        _refuse(
            what,
            translate("Preset", "has a site that is not usable: {problem}").format(
                problem=check.message
            ),
        )
    return check.site_url


def _auth(what: str, text: str) -> AuthType | None:
    value = text.strip().lower().replace("-", "_")
    if not value:
        return None
    try:
        return AuthType(value)
    except ValueError:
        names = ", ".join(t.value for t in AuthType)
        _refuse(
            what,
            translate("Preset", "has an auth type that is not one of {names}").format(
                names=names
            ),
        )


def _optional_scopes(what: str, names: list[str]) -> tuple[str, ...]:
    known = {scope.name for scope in SCOPES}
    wanted = {name.strip() for name in names if name.strip()}
    if wanted - known:
        _refuse(
            what,
            translate(
                "Preset", "names a scope this program does not know (known: {scopes})"
            ).format(scopes=", ".join(sorted(known))),
        )
    return tuple(
        s.name for s in SCOPES if s.name in wanted and s.name not in REQUIRED_SCOPES
    )


# Refusing secrets ---------------------------------------------------------------


def _link_items(query: str) -> Iterator[tuple[str, str]]:
    for key, value in parse_qsl(query, keep_blank_values=True):
        yield _unquoted(key), _unquoted(value)


def _walk(data: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(data, Mapping):
        for inner_key, value in data.items():
            yield str(inner_key), ""
            yield from _walk(value, str(inner_key))
    elif isinstance(data, list):
        for item in data:
            yield from _walk(item, key)
    elif isinstance(data, str):
        yield key, _unquoted(data)


def _unquoted(text: str) -> str:
    for _ in range(3):
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    return text


def _refuse_secrets(what: str, items: Iterator[tuple[str, str]], why: str) -> None:
    """Refuse the preset whole at the first secret; ``why`` is marked, not
    yet translated (``_WHY_LINK`` or ``_WHY_FILE``)."""
    for key, value in items:
        if key and is_secret_key(key):
            _refuse(
                what,
                translate(
                    "Preset", "carries a secret (the key {key}) and was refused whole"
                ).format(key=_key_name(key)),
                translate("Preset", why),
            )
        if value and looks_like_secret(value):
            _refuse_as_secret(what, why)


def _refuse_as_secret(what: str, why: str) -> NoReturn:
    _refuse(what, translate("Preset", _LOOKS_SECRET), translate("Preset", why))


def is_secret_key(key: str) -> bool:
    """Whether a key's name says it holds a secret (``api-token``, ``Password``)."""
    name = re.sub(r"[\s.\-]+", "_", key.strip().lower())
    if name in _SECRET_KEYS or _TOKEN.search(key):
        return True
    return any(part in name for part in _SECRET_KEY_PARTS)


def looks_like_secret(value: str) -> bool:
    """Whether a value looks like a token, a header, or carries a password."""
    if _TOKEN.search(value) or _HEADER.match(value):
        return True
    if any(is_secret_key(key) for key in _EMBEDDED_KEY.findall(value)):
        return True
    if "://" in value and "@" in value.split("://", 1)[1].split("/", 1)[0]:
        return True  # a user name, and maybe a password, in an address
    return _hides_a_token(value.strip())


def _hides_a_token(value: str) -> bool:
    """Base64 of ``email:token``, as an ``Authorization`` header would hold."""
    if not _BASE64.match(value):
        return False
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_")
    except (binascii.Error, ValueError):
        return False
    return bool(_TOKEN.search(decoded.decode("latin-1")))


def _key_name(key: str) -> str:
    # A key is named only when it is a plain word: one that looks like a
    # token itself, or anything odd, is not repeated.
    name = key.strip().lower()
    if _PLAIN_KEY.match(name) and not _TOKEN.search(key):
        return f"'{name}'"
    #: Translators: stands for a key's name, not repeated as it may be a secret.
    return translate("Preset", "(not shown)")


def _reraise(what: str, check: Callable[[], object]) -> None:
    try:
        check()
    except InputError as exc:
        _refuse(
            what,
            translate("Preset", "has a problem: {problem}").format(problem=exc.message),
        )


def _refuse(what: str, problem: str, advice: str | None = None) -> NoReturn:
    if advice is None:
        advice = translate("Preset", "Ask your helpdesk for a corrected one.")
    #: Translators: "The link" or "The preset file ..." and what is wrong with it.
    sentence = translate("Preset", "{subject} {problem}.")
    raise InputError(
        sentence.format(subject=what, problem=problem), advice, help_topic="presets"
    )
