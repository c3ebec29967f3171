"""The rules for a Jira Cloud site address, checked live as the person types.

``check_site_url`` turns whatever was typed into one of four answers: nothing
yet, a usable address, an address with a one-click fix, or something that
cannot be a site address. The form Atlassian's own tooling expects is
``https://your-domain.atlassian.net``: ``https://``, the host, no port, no path
and no trailing ``/``. A bare site name such as ``acme`` means
``https://acme.atlassian.net``.

Messages never repeat what was typed, apart from the host once it is known to
be a valid host name: a pasted address may carry a password in it. They are
made in the product's language (translation context ``SiteAddress``).
"""

from __future__ import annotations

import enum
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from jira_wizard.core.endpoints import is_loopback
from jira_wizard.core.i18n import noop, translate

#: Host suffixes of Jira Cloud sites: today's, and the legacy one still served.
ATLASSIAN_SUFFIXES = (".atlassian.net", ".jira.com")

#: Schemes that are recognised as such even without ``//`` after the colon.
_OTHER_SCHEMES = frozenset(
    {"file", "ftp", "ftps", "sftp", "ssh", "git", "data", "javascript", "about",
     "ws", "wss", "tel", "news", "ldap", "smb"}
)  # fmt: skip

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# "https//acme.atlassian.net": a colon forgotten after the scheme.
_SCHEME_NO_COLON = re.compile(r"(https?)//", re.IGNORECASE)
# RFC 1123 §2.1 host name label, at most 63 characters (RFC 1035 §2.3.4).
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_EXAMPLE = "https://your-domain.atlassian.net"
# Atlassian's site creation accepts only these characters in a site's name.
_ATLASSIAN_NAME_RULE = noop(
    "SiteAddress",
    "Atlassian site names use only the letters a–z, the digits 0–9 and hyphens.",
)
_NOT_ATLASSIAN = noop(
    "SiteAddress",
    "Jira Cloud sites usually end in .atlassian.net; this address will be checked.",
)


class SiteStatus(enum.Enum):
    EMPTY = "empty"
    OK = "ok"
    FIXABLE = "fixable"
    INVALID = "invalid"


@dataclass(frozen=True)
class SiteCheck:
    """What the site page shows about the text in its field.

    ``site_url`` is the address to use: the normalised one when ``OK``, the one
    the one-click fix puts in the field when ``FIXABLE``, otherwise ``None``.
    """

    status: SiteStatus
    site_url: str | None
    message: str
    fix_label: str | None
    warning: str | None = None


@dataclass
class _Parts:
    """The pieces of a typed address, before any of them is judged."""

    scheme: str | None
    scheme_typo: bool
    userinfo: bool
    host: str
    port: str | None
    tail: str


class _Invalid(Exception):
    """Raised inside the checks; its message is shown to the person."""


def check_site_url(text: str, *, allow_loopback_http: bool = False) -> SiteCheck:
    """Judge a typed site address; never raises."""
    typed = text.strip()
    if not typed:
        return SiteCheck(SiteStatus.EMPTY, None, "", None)
    try:
        parts = _split(typed)
        return _judge(parts, allow_loopback_http)
    except _Invalid as exc:
        return SiteCheck(SiteStatus.INVALID, None, str(exc), None)


def normalize_site_url(text: str, *, allow_loopback_http: bool = False) -> str:
    """The address to use for ``text``: its fixed form when there is one.

    Best effort for places with no one to ask (the command line, presets):
    text that cannot be fixed comes back stripped, to be refused later.
    """
    check = check_site_url(text, allow_loopback_http=allow_loopback_http)
    return check.site_url if check.site_url is not None else text.strip()


def site_host(site_url: str) -> str:
    """The host (and port, if any) of a site URL, for display."""
    try:
        parts = urlsplit(site_url.strip())
        netloc = parts.netloc.rpartition("@")[2]
    except ValueError:
        return site_url.strip()
    return netloc or site_url.strip()


def _split(typed: str) -> _Parts:
    if any(ch.isspace() for ch in typed):
        raise _Invalid(
            translate("SiteAddress", "A site address cannot contain spaces.")
        )
    scheme, rest, typo = _split_scheme(typed)
    cut = re.search(r"[/?#\\]", rest)
    authority, tail = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
    userinfo, at, hostport = authority.rpartition("@")
    if at and scheme is None and ":" not in userinfo:
        raise _Invalid(
            translate(
                "SiteAddress",
                "This looks like an email address; the site address is the one "
                "in your browser's address bar, such as {example}.",
            ).format(example=_EXAMPLE)
        )
    host, port = _split_port(hostport)
    return _Parts(scheme, typo, bool(at), host, port, tail)


def _split_scheme(typed: str) -> tuple[str | None, str, bool]:
    """The scheme (lower case, or None), the rest, and whether it was mistyped."""
    if match := _SCHEME_NO_COLON.match(typed):
        return match[1].lower(), typed[match.end() :], True
    match = _SCHEME.match(typed)
    if not match:
        return None, typed, False
    name, rest = match[1].lower(), typed[match.end() :]
    if rest.startswith("//") and name in ("http", "https"):
        return name, rest[2:], False
    if name in ("http", "https"):
        return name, rest.lstrip("/"), True  # "https:/acme…", "https:acme…"
    if name == "mailto":
        raise _Invalid(
            translate(
                "SiteAddress",
                "This is an email address; the site address looks like {example}.",
            ).format(example=_EXAMPLE)
        )
    if rest.startswith("//") or name in _OTHER_SCHEMES:
        raise _Invalid(
            translate(
                "SiteAddress",
                "Only web addresses starting with https:// can be used, such as "
                "{example}.",
            ).format(example=_EXAMPLE)
        )
    return None, typed, False


def _split_port(hostport: str) -> tuple[str, str | None]:
    if hostport.startswith("["):
        host, bracket, after = hostport[1:].partition("]")
        if not bracket or (after and not after.startswith(":")):
            raise _Invalid(
                translate(
                    "SiteAddress", "The address has a malformed IPv6 address in it."
                )
            )
        return f"[{host}]", after[1:] if after else None
    host, colon, port = hostport.partition(":")
    return host, port if colon else None


def _judge(parts: _Parts, allow_loopback_http: bool) -> SiteCheck:
    host = _check_host(parts.host)
    fixes: list[str] = []
    if parts.userinfo:
        fixes.append(
            translate(
                "SiteAddress",
                "The address contains a user name or password; it is not needed "
                "here and should not be shared.",
            )
        )
    note = ""
    if _is_bare_name(host, parts):
        if not parts.host.isascii():
            raise _Invalid(translate("SiteAddress", _ATLASSIAN_NAME_RULE))
        host += ".atlassian.net"
        if parts.scheme is None:
            note = translate("SiteAddress", "Means {url}").format(url=f"https://{host}")
        else:
            fixes.append(
                translate(
                    "SiteAddress", "Jira Cloud site addresses end in .atlassian.net."
                )
            )
    scheme = _check_scheme(parts, host, allow_loopback_http, fixes, bool(note))
    port = _check_port(parts.port, scheme, host, parts.scheme, fixes)
    _check_tail(parts.tail, fixes)
    url = f"{scheme}://{host}" + (f":{port}" if port else "")
    warning = _warning(host, scheme)
    if fixes:
        return SiteCheck(
            SiteStatus.FIXABLE,
            url,
            fixes[0],
            translate("SiteAddress", "Use {url}").format(url=url),
            warning,
        )
    return SiteCheck(SiteStatus.OK, url, note, None, warning)


def _is_bare_name(host: str, parts: _Parts) -> bool:
    """``acme`` alone means the Atlassian site of that name."""
    return (
        "." not in host
        and not host.startswith("[")
        and host != "localhost"
        and (not parts.port or _is_default_port(parts.port, parts.scheme))
    )


def _is_default_port(raw: str, typed_scheme: str | None) -> bool:
    """True when the port says no more than the scheme (RFC 3986 §6.2.3)."""
    # isascii: str.isdigit() also accepts digits of other scripts and superscripts.
    if not (raw.isascii() and raw.isdigit()):
        return False
    return int(raw) == 443 or (int(raw) == 80 and typed_scheme == "http")


def _check_host(raw: str) -> str:
    """The host in canonical form (lower case, punycode), or ``_Invalid``."""
    host = raw.lower()
    if not host:
        raise _Invalid(
            translate(
                "SiteAddress", "The address has no site name in it, such as {example}."
            ).format(example=_EXAMPLE)
        )
    if host.startswith("["):
        return _check_ipv6(host)
    if host.endswith(".") and not host.endswith(".."):
        host = host[:-1]  # the fully qualified form "acme.atlassian.net." is the same
    if any(not label for label in host.split(".")):
        raise _Invalid(
            translate("SiteAddress", "The address has an empty part between its dots.")
        )
    if not host.isascii():
        host = _punycode(host)
    _check_labels(host)
    if host in ("atlassian.net", "jira.com"):
        raise _Invalid(
            translate(
                "SiteAddress",
                "Put your site's name in front of {host}, as in "
                "https://your-domain.{host}.",
            ).format(host=host)
        )
    if host == "atlassian.com" or host.endswith(".atlassian.com"):
        raise _Invalid(
            translate(
                "SiteAddress",
                "This is one of Atlassian's own addresses, not your Jira site, "
                "which looks like {example}.",
            ).format(example=_EXAMPLE)
        )
    return host


def _check_ipv6(host: str) -> str:
    try:
        address = ipaddress.IPv6Address(host[1:-1])
    except ValueError:
        raise _Invalid(
            translate("SiteAddress", "The address has a malformed IPv6 address in it.")
        ) from None
    if address.scope_id:
        raise _Invalid(
            translate(
                "SiteAddress", "An IPv6 address with a zone cannot be a site address."
            )
        )
    return f"[{address.compressed}]"


def _punycode(host: str) -> str:
    try:
        # The standard library's codec implements IDNA (RFC 3490): it is what
        # turns "bücher.example" into the "xn--bcher-kva.example" DNS knows.
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise _Invalid(
            translate(
                "SiteAddress",
                "The address contains characters that cannot be part of a web address.",
            )
        ) from None
    if ascii_host.endswith(ATLASSIAN_SUFFIXES):
        raise _Invalid(translate("SiteAddress", _ATLASSIAN_NAME_RULE))
    return ascii_host


def _check_labels(host: str) -> None:
    labels = host.split(".")
    for label in labels:
        if len(label) > 63:
            raise _Invalid(
                translate(
                    "SiteAddress",
                    "Each part of the address between dots is 63 characters at most.",
                )
            )
        if not _LABEL.fullmatch(label):
            if re.fullmatch(r"[a-z0-9-]+", label):
                raise _Invalid(
                    translate(
                        "SiteAddress",
                        "No part of the address can start or end with a hyphen.",
                    )
                )
            raise _Invalid(
                translate(
                    "SiteAddress",
                    "A site address can contain only letters, digits, hyphens and "
                    "dots.",
                )
            )
    if len(host) > 253:
        raise _Invalid(
            translate("SiteAddress", "The address is too long to be a host name.")
        )
    # RFC 3696 §2: a top-level domain is never all digits, so this is an IP
    # address, and it must be a whole one.
    if len(labels) > 1 and labels[-1].isdigit() and not _is_ipv4(host):
        raise _Invalid(
            translate(
                "SiteAddress",
                "The address looks like an IP address but is not a valid one.",
            )
        )


def _is_ipv4(host: str) -> bool:
    try:
        ipaddress.IPv4Address(host)
    except ValueError:
        return False
    return True


def _check_scheme(
    parts: _Parts,
    host: str,
    allow_loopback_http: bool,
    fixes: list[str],
    expanded: bool,
) -> str:
    loopback = is_loopback(host)
    if parts.scheme == "http" and loopback:
        if not allow_loopback_http:
            raise _Invalid(
                translate(
                    "SiteAddress",
                    "Plain HTTP is not allowed: use https://. (Plain HTTP to this "
                    "computer is allowed only in sandbox mode.)",
                )
            )
        if parts.port is None:
            raise _Invalid(
                translate(
                    "SiteAddress",
                    "A plain HTTP address on this computer needs its port.",
                )
            )
        if parts.scheme_typo:
            fixes.append(
                translate("SiteAddress", "The address should start with http://.")
            )
        return "http"
    if parts.scheme == "http":
        fixes.append(
            translate(
                "SiteAddress",
                "Jira Cloud is reached only over https://, never plain http://.",
            )
        )
    elif parts.scheme is None:
        if loopback and allow_loopback_http and parts.port:
            fixes.append(
                translate("SiteAddress", "The address needs http:// at the start.")
            )
            return "http"
        if not expanded:  # a bare site name gets https:// along with its suffix
            fixes.append(
                translate("SiteAddress", "The address needs https:// at the start.")
            )
    elif parts.scheme_typo:
        fixes.append(
            translate("SiteAddress", "The address should start with https://.")
        )
    return "https"


def _check_port(
    raw: str | None, scheme: str, host: str, typed_scheme: str | None, fixes: list[str]
) -> str | None:
    if raw is None:
        return None
    if raw == "":
        fixes.append(
            translate("SiteAddress", "The colon at the end of the host is not needed.")
        )
        return None
    if not (raw.isascii() and raw.isdigit()) or not 0 < int(raw) < 65536:
        raise _Invalid(
            translate(
                "SiteAddress",
                "The port, after the colon, must be a number from 1 to 65535.",
            )
        )
    port = str(int(raw))
    if scheme == "https" and _is_default_port(raw, typed_scheme):
        fixes.append(
            translate(
                "SiteAddress",
                "The port number is not needed: https:// already means it.",
            )
        )
        return None
    if host.endswith(ATLASSIAN_SUFFIXES):
        raise _Invalid(
            translate(
                "SiteAddress",
                "Jira Cloud sites do not use a port number; leave it out.",
            )
        )
    if port != raw:
        fixes.append(translate("SiteAddress", "The port number has extra zeros."))
    return port


def _check_tail(tail: str, fixes: list[str]) -> None:
    if tail == "/":
        fixes.append(translate("SiteAddress", "The address should not end with /."))
    elif tail:
        fixes.append(
            translate(
                "SiteAddress",
                "Only the site's address is needed, not the address of a page on it.",
            )
        )


def _warning(host: str, scheme: str) -> str | None:
    if host.endswith(ATLASSIAN_SUFFIXES):
        if host.count(".") > 2 and host.endswith(".atlassian.net"):
            return (
                "Jira Cloud sites have one name before .atlassian.net; this "
                "address will be checked."
            )
        return None
    if scheme == "http":
        return None  # loopback in sandbox mode: the sandbox's own sites
    return translate("SiteAddress", _NOT_ATLASSIAN)
