"""``jira-wizard add oauth``: the browser sign-in, from a terminal.

``--replace`` without ``--site`` signs an existing connection in again, with
its own site, app and scopes: the way back after Atlassian ended the sign-in.

Messages go to standard error, so that ``--json`` output on standard output
stays clean. The sign-in link is always printed, because a browser that
"opened" may still not show the page (or may be on another computer); in a
terminal, the address the browser ended on can be pasted back as a line.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import threading

from jira_wizard.browser import open_url
from jira_wizard.cli.commands import read_secret_from_stdin
from jira_wizard.core.backend import SignInRequest
from jira_wizard.core.errors import ConnectionExists, InputError, WizardError
from jira_wizard.core.models import AuthType, Connection, Secret, SignInProgress
from jira_wizard.core.oauth import DEFAULT_CALLBACK_PORT
from jira_wizard.core.scopes import OPTIONAL_SCOPES, scopes_to_request
from jira_wizard.core.siteurl import site_host
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
    exists = service.store.exists(name)
    if not args.replace and exists:
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
    if args.site is None:
        if not exists:
            raise InputError(
                "--site is needed for a new connection.",
                "Give the address of your Jira site, such as "
                "your-domain.atlassian.net.",
            )
        if not args.client_id:
            return await _sign_in_again(args, service, name)
    scopes = scopes_to_request(args.scope)
    secret: Secret | None = None
    if args.client_id:
        if not args.client_secret_stdin:
            raise InputError(
                "Your own app's client secret is needed.",
                "Pass --client-secret-stdin and pipe the secret in.",
            )
        secret = read_secret_from_stdin("Client secret (not shown): ")
    site_text = args.site or service.store.get(name).site_url
    site = await service.probe_site(service.resolve_site(site_text))
    if args.client_id:
        port = args.port or DEFAULT_CALLBACK_PORT
        return SignInRequest(
            AuthType.OAUTH_OWN, site, scopes, port, args.client_id, secret
        )
    _note_policy_port(args, service)
    return SignInRequest(AuthType.OAUTH_ORG, site, scopes)


async def _sign_in_again(
    args: argparse.Namespace, service: Service, name: str
) -> SignInRequest:
    """The saved connection's own site, app and scopes, plus what was given."""
    request = await service.sign_in_again_request(name)
    if args.scope:
        optional = [s for s in request.scopes if s in OPTIONAL_SCOPES]
        request = dataclasses.replace(
            request, scopes=scopes_to_request([*optional, *args.scope])
        )
    if request.auth_type is AuthType.OAUTH_OWN and args.port:
        request = dataclasses.replace(request, port=args.port)
    if request.auth_type is AuthType.OAUTH_ORG:
        _note_policy_port(args, service)
    _say(f"Signing in again to {site_host(request.site.site_url)} for '{name}'.")
    return request


def _note_policy_port(args: argparse.Namespace, service: Service) -> None:
    org = service.policy.organization_app
    if org is not None and args.port and args.port != org.callback_port:
        _say(
            f"Using port {org.callback_port}, which your organization's policy "
            "sets for its app."
        )


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
