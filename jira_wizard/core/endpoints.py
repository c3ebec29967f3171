"""Where Atlassian is: the authorization and API hosts, and what plain HTTP may reach.

The real hosts are the default. ``JIRA_WIZARD_AUTH_URL`` and ``JIRA_WIZARD_API_URL``
point the program elsewhere (the embedded sandbox, a test server). Plain
``http://`` is accepted only for loopback addresses, and only when
``JIRA_WIZARD_ALLOW_LOOPBACK_HTTP=1`` is set or the program runs in sandbox mode,
so that a typo can never send a token over an unencrypted network.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from jira_wizard.core.errors import InputError
from jira_wizard.core.i18n import translate

DEFAULT_AUTH_URL = "https://auth.atlassian.com"
DEFAULT_API_URL = "https://api.atlassian.com"


@dataclass(frozen=True)
class Endpoints:
    auth_url: str = DEFAULT_AUTH_URL
    api_url: str = DEFAULT_API_URL
    allow_loopback_http: bool = False
    sandbox: bool = False

    @classmethod
    def from_environment(
        cls, environ: Mapping[str, str] | None = None, *, sandbox: bool = False
    ) -> Endpoints:
        env = os.environ if environ is None else environ
        allow = sandbox or env.get("JIRA_WIZARD_ALLOW_LOOPBACK_HTTP") == "1"
        endpoints = cls(
            auth_url=_strip(env.get("JIRA_WIZARD_AUTH_URL") or DEFAULT_AUTH_URL),
            api_url=_strip(env.get("JIRA_WIZARD_API_URL") or DEFAULT_API_URL),
            allow_loopback_http=allow,
            sandbox=sandbox,
        )
        endpoints.check_url(endpoints.auth_url, "JIRA_WIZARD_AUTH_URL")
        endpoints.check_url(endpoints.api_url, "JIRA_WIZARD_API_URL")
        return endpoints

    def check_url(self, url: str, what: str) -> None:
        """Refuse any URL that is neither HTTPS nor allowed loopback HTTP."""
        parts = urlsplit(url)
        if parts.scheme == "https" and parts.hostname:
            return
        if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
            if self.allow_loopback_http:
                return
            raise InputError(
                translate("Errors", "{name} uses plain http://.").format(name=what),
                translate(
                    "Errors",
                    "Plain HTTP is allowed only for loopback addresses with "
                    "JIRA_WIZARD_ALLOW_LOOPBACK_HTTP=1 set, or in sandbox mode.",
                ),
            )
        raise InputError(
            translate("Errors", "{name} is not an https:// address.").format(name=what),
            translate(
                "Errors", "Use an https:// address, such as https://auth.atlassian.com."
            ),
        )

    def gateway_base_url(self, cloud_id: str) -> str:
        """The API gateway's base for one Jira site (OAuth and scoped tokens)."""
        return f"{self.api_url}/ex/jira/{cloud_id}"

    def environment(self) -> dict[str, str]:
        """The variables that make a child process use these same endpoints."""
        env = {
            "JIRA_WIZARD_AUTH_URL": self.auth_url,
            "JIRA_WIZARD_API_URL": self.api_url,
        }
        if self.allow_loopback_http:
            env["JIRA_WIZARD_ALLOW_LOOPBACK_HTTP"] = "1"
        return env


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and for IP literals in 127.0.0.0/8 or ``::1``."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _strip(url: str) -> str:
    return url.strip().rstrip("/")
