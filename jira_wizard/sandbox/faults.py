"""Failure switches: what a trainer or a test turns on to make the sandbox misbehave.

Switches are flipped from Python (``sandbox.faults``) or, from another process,
with ``POST /_sandbox/faults`` on the auth origin. Every request handler thread
reads them, so they sit behind one lock.

Origins, as a rule names them: ``"any"``, ``"auth"``, ``"api"``, ``"site"`` (all
three sites) or one site's name (``"acme"``, ``"beta"``, ``"legacy"``).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jira_wizard.sandbox.data import SITES

SITE_NAMES: frozenset[str] = frozenset(site.name for site in SITES)
ORIGINS: frozenset[str] = frozenset({"any", "auth", "api", "site"}) | SITE_NAMES

#: ``json``: an Atlassian-like error body; ``html``: an HTML error page, as a
#: proxy or a maintenance page would send; ``truncated``: the real answer,
#: status and headers kept, with its body cut in half.
BODY_KINDS: frozenset[str] = frozenset({"json", "html", "truncated"})

_BOOLEAN_SWITCHES = (
    "blocked_app",
    "unregistered_redirect",
    "empty_sites",
    "omit_refresh_token",
)


@dataclass
class FailRule:
    """Fail the next ``remaining`` requests that match, then stop."""

    status: int
    remaining: int
    origin: str = "any"
    path_prefix: str | None = None
    retry_after: float | None = None
    body: str = "json"

    def matches(self, origin: str, path: str) -> bool:
        if self.path_prefix is not None and not path.startswith(self.path_prefix):
            return False
        if self.origin == "any" or self.origin == origin:
            return True
        return self.origin == "site" and origin in SITE_NAMES

    @property
    def retry_after_header(self) -> str | None:
        # Retry-After is a whole number of seconds (RFC 9110 §10.2.3).
        if self.retry_after is None:
            return None
        return str(math.ceil(self.retry_after))

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "count": self.remaining,
            "origin": self.origin,
            "path": self.path_prefix,
            "retry_after": self.retry_after,
            "body": self.body,
        }


class Faults:
    """The switches. ``reset()`` turns every one of them off."""

    #: Every sign-in ends on "an admin blocked this app".
    blocked_app: bool
    #: Every sign-in ends on the "redirect_uri is not registered" page.
    unregistered_redirect: bool
    #: accessible-resources lists no site.
    empty_sites: bool
    #: A refresh answers without a new refresh token and keeps the old one
    #: valid, as has been reported of Atlassian (clients keep the old one).
    omit_refresh_token: bool

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latency: dict[str, float] = {}
        self._rules: list[FailRule] = []
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._latency.clear()
            self._rules.clear()
        for name in _BOOLEAN_SWITCHES:
            setattr(self, name, False)

    @property
    def latency(self) -> float:
        """Seconds every response waits, unless an origin has its own value."""
        with self._lock:
            return self._latency.get("any", 0.0)

    @latency.setter
    def latency(self, seconds: float) -> None:
        self.set_latency(seconds)

    def set_latency(self, seconds: float, origin: str = "any") -> None:
        _check_origin(origin)
        if not _is_number(seconds) or not 0 <= seconds <= 600:
            raise ValueError("latency must be a number of seconds from 0 to 600")
        with self._lock:
            self._latency[origin] = float(seconds)

    def delay_for(self, origin: str) -> float:
        """The latency for one request: the most specific setting wins."""
        with self._lock:
            for key in (origin, "site" if origin in SITE_NAMES else "", "any"):
                if key in self._latency:
                    return self._latency[key]
        return 0.0

    def fail_next(
        self,
        status: int = 500,
        count: int = 1,
        origin: str = "any",
        path: str | None = None,
        retry_after: float | None = None,
        body: str = "json",
    ) -> None:
        """Make the next ``count`` requests to ``origin`` (under ``path``) fail.

        ``retry_after`` adds ``Retry-After`` (and, for 429, Atlassian's
        ``X-RateLimit-*`` headers). With ``body="truncated"`` the request is
        served for real and its answer cut short, so ``status`` is not used.
        """
        rule = FailRule(status, count, origin, path, retry_after, body)
        _check_rule(rule)
        with self._lock:
            self._rules.append(rule)

    def clear_failures(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, origin: str, path: str) -> FailRule | None:
        """The first rule matching this request, counted as used once."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(origin, path):
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
                    return rule
        return None

    def to_json(self) -> dict[str, Any]:
        with self._lock:
            latency = dict(self._latency)
            rules = [rule.to_json() for rule in self._rules]
        return {
            "latency": latency.pop("any", 0.0),
            "latency_by_origin": latency,
            "fail_next": rules,
            **{name: getattr(self, name) for name in _BOOLEAN_SWITCHES},
        }

    def update(self, data: Mapping[str, Any]) -> None:
        """Apply the switches named in an admin request; raise ValueError if bad.

        Everything is checked before anything changes, so a bad request
        leaves the switches as they were.
        """
        unknown = set(data) - {
            "latency",
            "latency_by_origin",
            "fail_next",
            "clear_failures",
            *_BOOLEAN_SWITCHES,
        }
        if unknown:
            raise ValueError(f"unknown switches: {', '.join(sorted(unknown))}")
        booleans = {k: data[k] for k in _BOOLEAN_SWITCHES if k in data}
        if any(not isinstance(value, bool) for value in booleans.values()):
            raise ValueError(f"{', '.join(_BOOLEAN_SWITCHES)} take true or false")
        latency = _latency_settings(data)
        rules = _rules_from(data.get("fail_next", []))

        if data.get("clear_failures") is True:
            self.clear_failures()
        for origin, seconds in latency.items():
            self.set_latency(seconds, origin)
        for rule in rules:
            with self._lock:
                self._rules.append(rule)
        for name, value in booleans.items():
            setattr(self, name, value)


def _is_number(value: object, *, whole: bool = False) -> bool:
    # JSON's true and false arrive as bool, which Python counts as int.
    kinds = (int,) if whole else (int, float)
    return isinstance(value, kinds) and not isinstance(value, bool)


def _check_origin(origin: str) -> None:
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {', '.join(sorted(ORIGINS))}")


def _check_rule(rule: FailRule) -> None:
    _check_origin(rule.origin)
    if rule.body not in BODY_KINDS:
        raise ValueError(f"body must be one of {', '.join(sorted(BODY_KINDS))}")
    if not _is_number(rule.status, whole=True) or not 200 <= rule.status <= 599:
        raise ValueError("status must be an HTTP status code from 200 to 599")
    if rule.body == "json" and rule.status < 400:
        raise ValueError("a JSON error must have a status of 400 or more")
    if not _is_number(rule.remaining, whole=True) or rule.remaining < 1:
        raise ValueError("count must be a whole number of at least 1")
    if rule.path_prefix is not None and not str(rule.path_prefix).startswith("/"):
        raise ValueError("path must start with /")
    retry = rule.retry_after
    if retry is not None and (not _is_number(retry) or retry < 0):
        raise ValueError("retry_after must be a number of seconds, 0 or more")


def _latency_settings(data: Mapping[str, Any]) -> dict[str, float]:
    settings: dict[str, Any] = {}
    if "latency" in data:
        settings["any"] = data["latency"]
    by_origin = data.get("latency_by_origin", {})
    if not isinstance(by_origin, dict):
        raise ValueError("latency_by_origin must map origins to seconds")
    settings.update(by_origin)
    for origin, seconds in settings.items():
        _check_origin(origin)
        if not _is_number(seconds) or not 0 <= seconds <= 600:
            raise ValueError("latency must be a number of seconds from 0 to 600")
    return settings


def _rules_from(value: Any) -> list[FailRule]:
    items = [value] if isinstance(value, dict) else value
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError("fail_next must be an object or a list of objects")
    rules = []
    for item in items:
        unknown = set(item) - {
            "status",
            "count",
            "origin",
            "path",
            "retry_after",
            "body",
        }
        if unknown:
            raise ValueError(f"unknown fail_next fields: {', '.join(sorted(unknown))}")
        rule = FailRule(
            status=item.get("status", 500),
            remaining=item.get("count", 1),
            origin=item.get("origin", "any"),
            path_prefix=item.get("path"),
            retry_after=item.get("retry_after"),
            body=item.get("body", "json"),
        )
        _check_rule(rule)
        rules.append(rule)
    return rules
