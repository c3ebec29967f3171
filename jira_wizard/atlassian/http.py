"""The HTTP client every call to Atlassian uses, and how its failures read.

``make_client`` builds the one ``httpx.AsyncClient`` shape the program uses:
the OS certificate store (so that a company's TLS inspection certificate,
installed by IT, is trusted), the proxy environment variables, no redirects
followed. ``send`` makes a request and turns transport failures into the error
tree; ``raise_for_status`` and ``json_object`` do the same for answers.

Only a request that may be repeated (RFC 9110 §9.2.2: GET, HEAD, OPTIONS) is
ever sent again, and only a bounded number of times (``RetryPolicy``): after a
connection that failed or was cut, and after 500, 502, 503 and 504, with a
growing pause between attempts. POSTs are never repeated: Atlassian's token
endpoint spends an authorization code on the first try, and a refresh whose
answer was lost may already have rotated the refresh token. A 429 is never
repeated either: it becomes ``RateLimited`` with ``retry_after`` (at most
``MAX_RETRY_AFTER`` seconds), so the person sees how long to wait.

    httpx.TimeoutException                 → NetworkTimeout
    httpx.ConnectError, name lookup failed → DnsError
    any transport error caused by TLS      → TlsError
    refused, reset, cut off, proxy trouble → ConnectFailed
    httpx.InvalidURL, UnsupportedProtocol  → InputError
    401 → InvalidCredentials   403 → PermissionDenied   429 → RateLimited
    5xx → ServiceError         anything else not 2xx → UnexpectedResponse

Messages name the host and what was being reached ("the site", "Atlassian's
API"), never a full URL, a query string, a header or a body. The callers mark
``what`` for translation (context ``Errors``) and the messages here translate
it, so that a sentence and its subject are in the same language.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import socket
import ssl
import time
import weakref
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import truststore

from jira_wizard import __version__
from jira_wizard.core.errors import (
    ConnectFailed,
    DnsError,
    InputError,
    InvalidCredentials,
    NetworkTimeout,
    PermissionDenied,
    RateLimited,
    ServiceError,
    TlsError,
    UnexpectedResponse,
    WizardError,
)
from jira_wizard.core.i18n import noop, translate
from jira_wizard.core.models import Secret

log = logging.getLogger(__name__)

USER_AGENT = f"jira-wizard/{__version__}"

#: RFC 9110 §9.2.2: these may be sent again without changing anything.
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})

#: Answers that say "try again later" without saying anything about the
#: request itself (RFC 9110 §15.6).
_TRANSIENT = frozenset({500, 502, 503, 504})

#: The longest wait a 429's ``Retry-After`` is taken at. Atlassian's own
#: values are seconds to a minute; a larger one (or a date far ahead, or a
#: garbled header) must not leave the person watching a countdown for hours.
MAX_RETRY_AFTER = 60.0

#: What the operating system's resolver says when a name does not resolve,
#: for a failure whose cause did not survive the way up (glibc, macOS,
#: Windows, musl).
_RESOLVER_MESSAGES = (
    "name or service not known",
    "nodename nor servname provided",
    "temporary failure in name resolution",
    "no address associated with hostname",
    "getaddrinfo failed",
    "name does not resolve",
)


@dataclass(frozen=True)
class RetryPolicy:
    """How often, and after how long, a repeatable request is sent again.

    ``attempts`` counts the first one too. The pause before attempt n+1 is
    ``backoff * 2**(n-1)`` (at most ``max_backoff``), shortened at random by
    up to a half so that many programs do not come back at once; a 503's
    ``Retry-After`` is waited for instead when it is longer, unless it is
    over ``max_backoff``, in which case the answer is given up on. ``sleep``
    is the seam tests use so that they do not wait.
    """

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 4.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def pause(self, attempt: int) -> float:
        full = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return full * random.uniform(0.5, 1.0)  # noqa: S311 - not for secrets


DEFAULT_RETRY = RetryPolicy()

#: The policy each client made by ``make_client`` was made with.
_POLICIES: weakref.WeakKeyDictionary[httpx.AsyncClient, RetryPolicy] = (
    weakref.WeakKeyDictionary()
)


def retry_policy(client: httpx.AsyncClient) -> RetryPolicy:
    """The retry policy ``client`` was made with (the default for others)."""
    return _POLICIES.get(client, DEFAULT_RETRY)


#: Loopback traffic (the sandbox, local test servers) never goes through a
#: proxy, as browsers do; a company proxy could not reach this computer's
#: loopback anyway. ``None`` means "the client's own transport".
_NO_PROXY_FOR_LOOPBACK: dict[str, httpx.AsyncBaseTransport | None] = {
    "all://127.0.0.1": None,
    "all://localhost": None,
    "all://[::1]": None,
}


def quiet_http_loggers() -> None:
    """Keep httpx's and httpcore's loggers at WARNING.

    httpx logs every request's full URL at INFO, query string included, and a
    query can hold an authorization code. A level the application set on
    purpose (WARNING or above) is left alone.
    """
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:  # NOTSET is 0
            logger.setLevel(logging.WARNING)


quiet_http_loggers()


def make_client(
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: float = 15.0,
    retry: RetryPolicy | None = None,
) -> httpx.AsyncClient:
    """The client for every call to Atlassian; the caller closes it."""
    try:
        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        client = httpx.AsyncClient(
            verify=context,
            transport=transport,
            trust_env=True,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
            mounts=_NO_PROXY_FOR_LOOPBACK,
        )
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise TlsError(
            translate("Errors", "The system's certificate store could not be loaded."),
            translate(
                "Errors",
                "Check that SSL_CERT_FILE and SSL_CERT_DIR, if set, name a file and "
                "a folder that exist, or unset them to use the system's own store.",
            ),
        ) from exc
    if retry is not None:
        _POLICIES[client] = retry
    return client


async def send(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    what: str,
    authorization: Secret | None = None,
    auth: httpx.Auth | None = None,
    headers: Mapping[str, str] | None = None,
    params: Mapping[str, str] | None = None,
    json_body: Any = None,
) -> httpx.Response:
    """Make one request; raise only ``WizardError`` for transport failures.

    ``what`` names the other end for messages ("the site"). ``authorization``
    is the ``Authorization`` header's value, revealed only into the request;
    ``auth`` an ``httpx.Auth`` that adds it instead. A repeatable request is
    sent again as the client's ``RetryPolicy`` says (see the module's
    docstring); the last answer is returned whatever its status, and callers
    decide what a 429 or a 5xx means.
    """
    request_headers = dict(headers or {})
    if authorization is not None:
        request_headers["Authorization"] = authorization.reveal()
    policy = retry_policy(client)
    attempts = max(1, policy.attempts) if method.upper() in _IDEMPOTENT else 1
    for attempt in range(1, attempts + 1):
        try:
            response = await _send_once(
                client, method, url, request_headers, params, json_body, what, auth
            )
        except ConnectFailed:
            if attempt == attempts:
                raise
            pause = policy.pause(attempt)
        else:
            pause_or_none = _pause_for(response, policy, attempt)
            if pause_or_none is None or attempt == attempts:
                return response
            pause = pause_or_none
        log.debug(
            "trying %s %s again in %.1f s (attempt %d of %d)",
            method,
            _where(url),
            pause,
            attempt + 1,
            attempts,
        )
        await policy.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


def _pause_for(
    response: httpx.Response, policy: RetryPolicy, attempt: int
) -> float | None:
    """How long to wait before sending again after this answer; None: do not."""
    if response.status_code not in _TRANSIENT:
        return None
    pause = policy.pause(attempt)
    asked = retry_after(response.headers)
    if asked is None:
        return pause
    # RFC 9110 §10.2.3: never sooner than the server asked; a long wait is not
    # worth holding the person for, so the answer stands instead.
    return None if asked > policy.max_backoff else max(pause, asked)


async def _send_once(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    headers: dict[str, str],
    params: Mapping[str, str] | None,
    json_body: Any,
    what: str,
    auth: httpx.Auth | None = None,
) -> httpx.Response:
    started = time.monotonic()
    try:
        response = await client.request(
            method,
            url,
            headers=headers,
            params=params,
            json=json_body,
            auth=auth or httpx.USE_CLIENT_DEFAULT,
        )
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        elapsed = _ms(started)
        log.debug(
            "%s %s failed after %d ms: %s", method, _where(url), elapsed, _kind(exc)
        )
        raise transport_error(exc, what=what, host=_host(url)) from exc
    log.debug(
        "%s %s -> %d in %d ms", method, _where(url), response.status_code, _ms(started)
    )
    return response


def transport_error(exc: Exception, *, what: str, host: str) -> WizardError:
    """The error a person sees for an httpx transport exception."""
    kind, message, advice = _transport_reading(exc)
    what = translate("Errors", what)
    #: Translators: the subject of some sentences, "The site at acme.atlassian.net".
    subject = translate("Errors", "{what} at {host}").format(what=_cap(what), host=host)
    text = translate("Errors", message).format(what=what, host=host, subject=subject)
    return kind(text, translate("Errors", advice) if advice else None)


def _transport_reading(exc: Exception) -> tuple[type[WizardError], str, str | None]:
    """The error's kind, message and advice (marked, not yet translated)."""
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return (
            InputError,
            noop("Errors", "The address of {what} is not a usable web address."),
            noop("Errors", "Check the address; it starts with https://."),
        )
    if isinstance(exc, httpx.TimeoutException):
        return NetworkTimeout, noop("Errors", "{subject} did not answer in time."), None
    causes = list(_causes(exc))
    unresolved = any(isinstance(c, (socket.gaierror, UnicodeError)) for c in causes)
    if unresolved or (isinstance(exc, httpx.ConnectError) and _says_unresolved(exc)):
        message = noop(
            "Errors", "{host} could not be found: the name does not resolve."
        )
        return DnsError, message, None
    if any(isinstance(cause, ssl.SSLCertVerificationError) for cause in causes):
        message = noop("Errors", "The certificate of {host} could not be verified.")
        return TlsError, message, None
    if any(isinstance(cause, ssl.SSLError) for cause in causes):
        message = noop("Errors", "A secure connection to {host} could not be set up.")
        return TlsError, message, None
    if isinstance(exc, httpx.ProxyError):
        return (
            ConnectFailed,
            noop("Errors", "The proxy could not connect to {host}."),
            noop(
                "Errors", "Check the HTTPS_PROXY setting, or ask IT which proxy to use."
            ),
        )
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return ConnectFailed, noop("Errors", "{subject} refused the connection."), None
    if isinstance(exc, httpx.ConnectError):
        return ConnectFailed, noop("Errors", "{subject} could not be reached."), None
    message = noop("Errors", "The connection to {what} at {host} was cut off.")
    return ConnectFailed, message, None


def raise_for_status(response: httpx.Response, *, what: str) -> None:
    """Raise the error a person sees for any answer that is not 2xx."""
    status = response.status_code
    if 200 <= status < 300:
        return
    kind, message = _status_reading(status)
    subject = _cap(translate("Errors", what))
    text = translate("Errors", message).format(subject=subject, status=status)
    if kind is RateLimited:
        asked = retry_after(response.headers)
        limit = None if asked is None else min(asked, MAX_RETRY_AFTER)
        raise RateLimited(text, retry_after=limit)
    raise kind(text)


def _status_reading(status: int) -> tuple[type[WizardError], str]:
    """The error's kind and message (marked, not yet translated) for a status."""
    if status == 401:
        message = noop("Errors", "{subject} did not accept the credentials (HTTP 401).")
        return InvalidCredentials, message
    if status == 403:
        return PermissionDenied, noop("Errors", "{subject} refused access (HTTP 403).")
    if status == 429:
        message = noop("Errors", "{subject} asks the program to slow down (HTTP 429).")
        return RateLimited, message
    if status >= 500:
        message = noop("Errors", "{subject} had a problem answering (HTTP {status}).")
        return ServiceError, message
    if 300 <= status < 400:
        message = noop(
            "Errors",
            "{subject} sent the request to another address (HTTP {status}), "
            "which the program does not follow.",
        )
        return UnexpectedResponse, message
    message = noop(
        "Errors", "{subject} gave an answer the program did not expect (HTTP {status})."
    )
    return UnexpectedResponse, message


def retry_after(
    headers: Mapping[str, str], *, now: datetime | None = None
) -> float | None:
    """Seconds to wait before trying again, from a 429's headers.

    ``Retry-After`` is delay-seconds or an HTTP-date (RFC 9110 §10.2.3);
    Atlassian also sends ``X-RateLimit-Reset`` as an ISO 8601 time, used when
    ``Retry-After`` is missing or unreadable.
    """
    now = now or datetime.now(timezone.utc)
    value = headers.get("Retry-After", "").strip()
    if value.isascii() and value.isdigit():
        return float(value)
    when = _http_date(value) or _iso_time(headers.get("X-RateLimit-Reset", ""))
    if when is None:
        return None
    return max(0.0, (when - now).total_seconds())


def json_object(response: httpx.Response, *, what: str) -> dict[str, Any]:
    """The answer's JSON object, or ``UnexpectedResponse``."""
    subject = _cap(translate("Errors", what))
    content_type = response.headers.get("Content-Type", "").lower()
    if "html" in content_type or response.content.lstrip()[:1] == b"<":
        raise UnexpectedResponse(
            translate(
                "Errors", "{subject} answered with a web page instead of data."
            ).format(subject=subject)
        )
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError
        raise UnexpectedResponse(
            translate(
                "Errors", "{subject} answered with data the program cannot read."
            ).format(subject=subject)
        ) from None
    if not isinstance(data, dict):
        raise UnexpectedResponse(
            translate(
                "Errors", "{subject} answered with data of the wrong shape."
            ).format(subject=subject)
        )
    return data


def _http_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _iso_time(value: str) -> datetime | None:
    value = value.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"  # fromisoformat reads "Z" only from 3.11 on
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _says_unresolved(exc: httpx.ConnectError) -> bool:
    """Whether a connection failed because the host name did not resolve.

    httpx keeps the resolver's message but, behind some transports and
    proxies, not the ``socket.gaierror`` it came from.
    """
    text = str(exc).lower()
    return any(words in text for words in _RESOLVER_MESSAGES)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it was raised from (httpcore, the OS)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _host(url: str) -> str:
    """host[:port] of a URL, for messages; never the path or the query."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return translate("Errors", "the address given")
    host = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
    if parsed.port:
        return f"{host}:{parsed.port}"
    return host or translate("Errors", "the address given")


def _where(url: str) -> str:
    """host and path, for logs: a query string can carry a secret."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "(invalid URL)"
    return f"{_host(url)}{parsed.path}"


def _kind(exc: BaseException) -> str:
    return type(exc).__name__


def _ms(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def _cap(what: str) -> str:
    return what[:1].upper() + what[1:]
