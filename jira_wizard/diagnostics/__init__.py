"""The diagnostic report: what a helpdesk needs to see, and never a secret.

``gather_report`` collects it, as a dict ready for JSON: versions, the
policy in force, the keychain and whether it is secure, the proxy settings
(credentials replaced by ``***``), the certificate store, the reachability of
Atlassian's hosts, the connection's site and the site being set up
(``network``), the saved
connections with the last error of each, what just went wrong, and the last
problems in the log file. ``render_text`` writes it in plain sections.
``diagnostic_report`` is the quick form, with no network check, for a
"Copy diagnostic report" button.

Every fact is public by nature, so there is no secret in reach to leak; as a
last safety net, every string of the report is masked once more
(``jira_wizard.core.redact``) before it leaves this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import WizardError
from jira_wizard.core.models import Connection, utcnow
from jira_wizard.core.policy import Policy
from jira_wizard.core.redact import redact_text
from jira_wizard.diagnostics import facts
from jira_wizard.diagnostics.render import render_text

if TYPE_CHECKING:
    from jira_wizard.storage.store import ConnectionStore

__all__ = ["diagnostic_report", "gather_report", "render_text", "scrub"]

#: The role in the report of the site given to ``gather_report`` as ``site_url``.
SITE_BEING_SET_UP = "Site being set up"


async def gather_report(
    endpoints: Endpoints,
    store: ConnectionStore | None,
    *,
    policy: Policy | None = None,
    connection_name: str | None = None,
    connection: Connection | None = None,
    error: WizardError | None = None,
    network: bool = True,
    site_url: str | None = None,
    timeout: float = 3.0,
) -> dict[str, Any]:
    """The whole report; with ``network``, checks each host for a few seconds.

    ``connection_name`` (or ``connection``) narrows the connections to one,
    and adds its site to the hosts checked. ``site_url`` adds a site that is
    not saved yet: the one a person is setting up in the wizard, which is
    the site a helpdesk asks about. Only the configured endpoints and those
    sites are ever contacted.
    """
    report = _local_facts(endpoints, store, policy, error)
    chosen = _connections(report, store, connection_name, connection)
    if network:
        from jira_wizard.diagnostics.network import check_hosts

        targets = _targets(endpoints, chosen, site_url)
        checks = await check_hosts(targets, timeout=timeout)
        report["network"] = [check.to_json() for check in checks]
    cleaned: dict[str, Any] = scrub(report)
    return cleaned


def diagnostic_report(
    endpoints: Endpoints,
    store: ConnectionStore | None,
    *,
    connection: Connection | None = None,
    error: WizardError | None = None,
    policy: Policy | None = None,
) -> str:
    """The report without the network checks, as text; quick enough for a click."""
    report = _local_facts(endpoints, store, policy, error)
    if connection is not None:
        report["connections"] = [facts.connection_json(connection, date.today())]
    elif store is not None:
        _connections(report, store, None, None)
    return render_text(scrub(report))


def _local_facts(
    endpoints: Endpoints,
    store: ConnectionStore | None,
    policy: Policy | None,
    error: WizardError | None,
) -> dict[str, Any]:
    from jira_wizard import logs

    return {
        "made_at": utcnow().isoformat(timespec="seconds"),
        "product": facts.product(),
        "endpoints": facts.endpoints_json(endpoints),
        "policy": facts.policy_json(policy or Policy()),
        "keychain": facts.keychain_json(store),
        "proxy": facts.proxy_json(),
        "certificates": facts.certificates_json(),
        "network": None,
        "connections": None,
        "error": facts.error_json(error) if error is not None else None,
        "recent_problems": logs.recent_problems(),
        "log_file": str(logs.log_file()),
    }


def _connections(
    report: dict[str, Any],
    store: ConnectionStore | None,
    name: str | None,
    given: Connection | None,
) -> Sequence[Connection]:
    chosen: list[Connection] = [given] if given is not None else []
    if store is not None and given is None:
        try:
            everything = store.list()
        except WizardError as problem:
            report["connections_problem"] = str(problem)
            everything = []
        chosen = [c for c in everything if name is None or c.name == name]
        if name is not None and not chosen:
            report["connections_problem"] = f"No saved connection is named '{name}'."
    today = date.today()
    report["connections"] = [facts.connection_json(c, today) for c in chosen]
    return chosen


def _targets(
    endpoints: Endpoints,
    connections: Sequence[Connection],
    site_url: str | None = None,
) -> list[tuple[str, str]]:
    targets = [
        ("Atlassian sign-in", endpoints.auth_url),
        ("Atlassian API", endpoints.api_url),
    ]
    seen = {url for _, url in targets}
    if site_url and site_url not in seen:
        # Before the saved connections' sites: it is the one being asked about.
        seen.add(site_url)
        targets.append((SITE_BEING_SET_UP, site_url))
    for connection in connections:
        if connection.site_url not in seen:
            seen.add(connection.site_url)
            targets.append((f"Site of '{connection.name}'", connection.site_url))
    return targets


def scrub(data: Any) -> Any:
    """Every string in ``data``, however deep, with secrets masked."""
    if isinstance(data, str):
        return redact_text(data)
    if isinstance(data, dict):
        return {key: scrub(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [scrub(item) for item in data]
    return data
