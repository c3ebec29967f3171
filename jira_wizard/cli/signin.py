"""``jira-wizard add oauth``: the browser sign-in, from a terminal.

Messages go to standard error, so that ``--json`` output on standard output
stays clean. The sign-in link is always printed, because a browser that
"opened" may still not show the page (or may be on another computer); in a
terminal, the address the browser ended on can be pasted back as a line.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading

from jira_wizard.browser import open_url
from jira_wizard.cli.commands import read_secret_from_stdin
from jira_wizard.core.backend import SignInRequest
from jira_wizard.core.errors import ConnectionExists, InputError, WizardError
from jira_wizard.core.models import AuthType, Connection, Secret, SignInProgress
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT
from jira_wizard.core.scopes import scopes_to_request
from jira_wizard.core.validation import require_connection_name
from jira_wizard.service import Service
from jira_wizard.signin import AppSignIn


async def add_oauth(args: argparse.Namespace, service: Service) -> Connection:
    try:
        request = await _sign_in_request(args, service)
        handle = service.start_sign_in(
            request,
            open_browser=None if args.no_browser else open_url,
            on_progress=_say_progress,
        )
        _say(
            "Sign in to Atlassian in a browser with this link"
            + (":" if args.no_browser else " (if no browser opens):")
        )
        _say(f"  {handle.authorization_url}")
        _say("A browser on another computer? Paste the address it ends on here.")
        _read_pasted_addresses(handle)
        outcome = await handle.run()
        if outcome.scopes_missing:
            _say(
                "Note: Atlassian did not grant "
                + ", ".join(outcome.scopes_missing)
                + ". Add them to the app in the developer console if you need them."
            )
        return await service.save_oauth(args.name, outcome, replace=args.replace)
    finally:
        await service.aclose()


async def _sign_in_request(args: argparse.Namespace, service: Service) -> SignInRequest:
    name = require_connection_name(args.name)
    if not args.replace and service.store.exists(name):
        raise ConnectionExists(
            f"A connection named '{name}' exists already.",
            "Choose another name, or pass --replace to replace it.",
        )
    if args.client_secret_stdin and not args.client_id:
        raise InputError(
            "--client-secret-stdin goes with --client-id.",
            "Give your own app's client id, or leave both out to use your "
            "organization's app.",
        )
    scopes = scopes_to_request(args.scope)
    secret: Secret | None = None
    if args.client_id:
        if not args.client_secret_stdin:
            raise InputError(
                "Your own app's client secret is needed.",
                "Pass --client-secret-stdin and pipe the secret in.",
            )
        secret = read_secret_from_stdin("Client secret (not shown): ")
    site = await service.probe_site(service.resolve_site(args.site))
    if args.client_id:
        port = args.port or DEFAULT_CALLBACK_PORT
        return SignInRequest(
            AuthType.OAUTH_OWN, site, scopes, port, args.client_id, secret
        )
    org = service.policy.organization_app
    if org is not None and args.port and args.port != org.callback_port:
        _say(
            f"Using port {org.callback_port}, which your organization's policy "
            "sets for its app."
        )
    return SignInRequest(AuthType.OAUTH_ORG, site, scopes)


def _read_pasted_addresses(handle: AppSignIn) -> None:
    """In a terminal, take each pasted line as the address the browser ended on."""
    if not sys.stdin.isatty():
        return
    loop = asyncio.get_running_loop()

    def submit(line: str) -> None:
        try:
            handle.submit_pasted_address(line)
        except WizardError as error:
            _say(str(error))

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                loop.call_soon_threadsafe(submit, line)

    # A daemon thread: a blocked read must not keep the program alive.
    threading.Thread(target=read, name="paste-reader", daemon=True).start()


def _say_progress(progress: SignInProgress) -> None:
    if progress.stage == "waiting":
        left = progress.seconds_left
        if left is None or left % 60 != 0:
            return
    _say(progress.message)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
