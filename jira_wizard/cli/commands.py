"""What each command does; ``main`` parses the words and reports the errors.

Commands that need no network (``list``, ``remove``, and ``credentials`` while
the stored token is good) work on the connection store alone and never import
the HTTP stack or the sign-in: starting them costs little more than reading
one secret from the keychain. ``credentials`` is a plain function that runs
asyncio only to renew a token, and modules only some commands use (json for
``--json``, getpass, the expiry rules) are imported where they are used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Coroutine, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from jira_wizard.core import deadlines
from jira_wizard.core.deadlines import API_TOKENS_URL, ConnectionSummary, Health
from jira_wizard.core.endpoints import Endpoints
from jira_wizard.core.errors import InputError
from jira_wizard.core.models import AuthType, Connection, Secret
from jira_wizard.core.policy import Policy, load_policy_from_environment
from jira_wizard.storage.keychain import Keychain
from jira_wizard.storage.settings import SettingsFile
from jira_wizard.storage.store import ConnectionStore

if TYPE_CHECKING:
    from jira_wizard.service import Service

#: A command: a coroutine for one that awaits (most go on the network), or a
#: plain function for one that needs no event loop.
Handler = Callable[[argparse.Namespace, TextIO], "Coroutine[Any, Any, int] | int"]


def make_store(
    args: argparse.Namespace | None = None, policy: Policy | None = None
) -> ConnectionStore:
    """The saved connections, on a keychain known to keep secrets safely.

    The organization's policy may allow a keychain that is not secure; it is
    read from ``args`` unless given (a machine without a policy file pays one
    look for it).
    """
    if policy is None and args is not None:
        policy = load_policy_from_environment(args.policy)
    allow_insecure = policy is not None and policy.allow_insecure_keychain
    keychain = Keychain(allow_insecure=allow_insecure)
    keychain.ensure_usable()
    return ConnectionStore(keychain, SettingsFile())


def make_service(args: argparse.Namespace) -> Service:
    # Imported here, for the commands that go on the network: the service
    # brings the HTTP stack and the sign-in with it.
    from jira_wizard.service import Service

    policy = load_policy_from_environment(args.policy)
    store = make_store(policy=policy)
    return Service(Endpoints.from_environment(), store, policy=policy)


def site_host(site_url: str) -> str:
    """The site's host for display; the site address rules load only to print it."""
    from jira_wizard.core import siteurl

    return siteurl.site_host(site_url)


def read_secret_from_stdin(prompt: str) -> Secret:
    """One secret from standard input; typed without echo when it is a terminal."""
    import getpass

    value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    value = value.strip()
    if not value:
        raise InputError(
            "Nothing was read from standard input.",
            "Pipe the secret in, for example: ... --token-stdin < token.txt",
        )
    return Secret(value)


def write_json(out: TextIO, data: object, *, indent: int | None = 2) -> None:
    """``data`` as JSON, then a new line."""
    import json

    json.dump(data, out, indent=indent)
    out.write("\n")


def expiry(args: argparse.Namespace) -> date | None:
    """The ``--expires`` date given, checked; None without one."""
    from jira_wizard.core.validation import parse_expiry

    return parse_expiry(args.expires, date.today()) if args.expires else None


def public_json(connection: Connection) -> dict[str, Any]:
    data = connection.to_json()
    del data["secret_ref"]  # an internal name for keychain entries, not for scripts
    return data


async def add(args: argparse.Namespace, out: TextIO) -> int:
    if args.kind == "oauth":
        from jira_wizard.cli.signin import add_oauth

        connection = await add_oauth(args, make_service(args))
    else:
        connection = await add_api_token(args)
    if args.json:
        write_json(out, public_json(connection))
    else:
        out.write(
            f"Saved '{connection.name}': {site_host(connection.site_url)} as "
            f"{connection.account.display_name}.\n"
        )
    return 0


async def add_api_token(args: argparse.Namespace) -> Connection:
    expires_on = expiry(args)
    token = read_secret_from_stdin("API token (not shown): ")
    service = make_service(args)
    try:
        return await service.add_api_token(
            args.name, args.site, args.email, token, expires_on, replace=args.replace
        )
    finally:
        await service.aclose()


async def list_connections(args: argparse.Namespace, out: TextIO) -> int:
    today = date.today()
    summaries = [
        ConnectionSummary(c, deadlines.health(c, today))
        for c in make_store(args).list()
    ]
    if args.json:
        write_json(out, [summary_json(s) for s in summaries])
        return 0
    if not summaries:
        out.write("No saved connections. Run 'jira-wizard' to add one.\n")
        return 0
    rows = [("NAME", "TYPE", "SITE", "ACCOUNT", "STATUS", "EXPIRES")]
    rows += [
        (
            s.connection.name,
            s.connection.auth_type.value,
            site_host(s.connection.site_url),
            s.connection.account.display_name,
            s.health.label,
            _expires_cell(s.health),
        )
        for s in summaries
    ]
    write_table(out, rows)
    for summary in summaries:
        if summary.health.needs_attention:
            out.write(f"{summary.connection.name}: {summary.health.message}\n")
    return 0


def summary_json(summary: ConnectionSummary) -> dict[str, Any]:
    return {**public_json(summary.connection), **health_json(summary.health)}


def health_json(health: Health) -> dict[str, Any]:
    deadline = health.deadline
    return {
        "status": health.status.value,
        "urgent": health.urgent,
        "expires": deadline.on.isoformat() if deadline else None,
        "expires_estimated": deadline.estimated if deadline else False,
        "expiry_kind": deadline.kind.value if deadline else None,
        "status_message": health.message,
    }


def _expires_cell(health: Health) -> str:
    deadline = health.deadline
    if deadline is None:
        return "-"
    return ("by " if deadline.estimated else "") + deadline.on.isoformat()


def write_table(out: TextIO, rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        out.write("  ".join(cells).rstrip() + "\n")


async def test_connection(args: argparse.Namespace, out: TextIO) -> int:
    service = make_service(args)
    try:
        connection, access = await service.test_connection(args.name)
    finally:
        await service.aclose()
    health = service.health(connection)
    if args.json:
        result = {
            "name": connection.name,
            "site_url": connection.site_url,
            "api_base_url": access.api_base_url,
            "account": {
                "account_id": access.account.account_id,
                "display_name": access.account.display_name,
                "email": access.account.email,
            },
            "ok": True,
            **health_json(health),
        }
        write_json(out, result)
    else:
        out.write(
            f"'{connection.name}' works: connected to "
            f"{site_host(connection.site_url)} as {access.account.display_name}.\n"
        )
        out.write(f"{_warning_prefix(health)}{health.message}\n")
    if args.json and health.needs_attention:
        warn(f"{connection.name}: {health.message}")
    return 0


def _warning_prefix(health: Health) -> str:
    if health.urgent:
        return "Urgent: "
    return "Warning: " if health.needs_attention else ""


def credentials(args: argparse.Namespace, out: TextIO) -> int:
    # The header comes from ``tokens``, the path ``JiraAuth`` takes for every
    # program: from the keychain, with no event loop, while the stored token
    # is good; renewed (and only then with asyncio and an HTTP client) when it
    # is due.
    from jira_wizard import tokens

    store = make_store(args)
    connection = store.get(args.name)
    # A bad endpoint variable is refused whether or not a renewal needs it.
    endpoints = Endpoints.from_environment()
    header = tokens.stored_authorization(store, connection)
    if header is None:
        connection, header = _renewed(args, store, connection, endpoints)
    state = deadlines.health(connection, date.today())
    if state.needs_attention:
        warn(f"{connection.name}: {state.message}")
    # The one place a secret is printed, on purpose: scripts ask for it.
    base_url = connection.api_base_url
    if args.json:
        write_json(
            out, {"base_url": base_url, "authorization": header.reveal()}, indent=None
        )
    else:
        out.write(f"{base_url}\n{header.reveal()}\n")
    return 0


def _renewed(
    args: argparse.Namespace,
    store: ConnectionStore,
    connection: Connection,
    endpoints: Endpoints,
) -> tuple[Connection, Secret]:
    """The connection and its header after renewing its OAuth token."""
    import asyncio

    from jira_wizard import tokens

    return asyncio.run(
        tokens.authorization(
            store,
            connection,
            endpoints=endpoints,
            policy=policy_for(args, connection),
        )
    )


def policy_for(args: argparse.Namespace, connection: Connection) -> Policy:
    """The policy a connection's renewal needs: only the organization app's does.

    As ``JiraAuth`` does, the policy file is read only for a connection made
    with the organization's app, whose client secret it holds.
    """
    if connection.auth_type is AuthType.OAUTH_ORG:
        return load_policy_from_environment(args.policy)
    return Policy()


async def rotate(args: argparse.Namespace, out: TextIO) -> int:
    expires_on = expiry(args)
    token = read_secret_from_stdin("New API token (not shown): ")
    service = make_service(args)
    try:
        connection = await service.rotate_api_token(args.name, token, expires_on)
    finally:
        await service.aclose()
    if args.json:
        result = {**public_json(connection), "revoke_old_token_at": API_TOKENS_URL}
        write_json(out, result)
        return 0
    out.write(
        f"Rotated '{connection.name}': the new API token works "
        f"({connection.account.display_name} on {site_host(connection.site_url)}) "
        "and is the one saved now.\n"
        "Now revoke the old token on Atlassian's API token page, so that it "
        "can no longer be used:\n"
        f"  {API_TOKENS_URL}\n"
    )
    return 0


async def remove(args: argparse.Namespace, out: TextIO) -> int:
    await make_store(args).remove(args.name)
    out.write(f"Removed '{args.name}' and its secrets.\n")
    return 0


def warn(text: str) -> None:
    print(f"jira-wizard: warning: {text}", file=sys.stderr)


async def doctor(args: argparse.Namespace, out: TextIO) -> int:
    """The diagnostic report, network checks included; works without a keychain."""
    from jira_wizard.service import Service

    policy = load_policy_from_environment(args.policy)
    keychain = Keychain(allow_insecure=policy.allow_insecure_keychain)
    store = ConnectionStore(keychain, SettingsFile())
    service = Service(Endpoints.from_environment(), store, policy=policy)
    if args.name:
        store.get(args.name)  # an unknown name is a one-line error, as elsewhere
    try:
        report = await service.diagnosis(args.name)
    finally:
        await service.aclose()
    if args.json:
        write_json(out, report)
    else:
        from jira_wizard.diagnostics import render_text

        out.write(render_text(report))
    return 0


async def show_help(args: argparse.Namespace, out: TextIO) -> int:
    from jira_wizard.core.help import read_topic

    out.write(read_topic(args.topic))
    return 0


HANDLERS: dict[str, Handler] = {
    "add": add,
    "list": list_connections,
    "test": test_connection,
    "credentials": credentials,
    "rotate": rotate,
    "remove": remove,
    "doctor": doctor,
    "help": show_help,
}
