"""The ``jira-wizard`` command.

With no command it opens the wizard, pre-filled from a helpdesk's preset
when given one (``--preset FILE``, or a ``jira-wizard://setup?...`` link as
the only argument, which is how the installers' link handlers call it); the
commands serve helpdesks, installers and scripts. Every command exits 0 on
success and otherwise prints one line that says what went wrong and what to
do, then exits 1 (2 for a usage error); the log file keeps the story.
Nothing here imports Qt: only opening the wizard or the manager window does,
and only then.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from jira_wizard import __version__
from jira_wizard.core.errors import WizardError
from jira_wizard.logs import FILE_ONLY, configure_logging

if TYPE_CHECKING:
    from jira_wizard.cli.commands import Handler
    from jira_wizard.core.preset import Preset

log = logging.getLogger("jira_wizard.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jira-wizard",
        description="Connect this computer to Jira Cloud, and use the connection.",
        epilog="With no command, the wizard opens.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="say more (twice: debug)"
    )
    parser.add_argument(
        "--policy",
        metavar="FILE",
        help=(
            "the organization's policy file (default: $JIRA_WIZARD_POLICY, "
            "else the system-wide one)"
        ),
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="open the wizard against the embedded practice sandbox",
    )
    parser.add_argument(
        "--preset",
        metavar="FILE",
        help="open the wizard filled in from a helpdesk's preset file (TOML)",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=(
            "the windows' language, such as de or en (default: "
            "$JIRA_WIZARD_LANGUAGE, else the system's); commands speak English"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser("add", help="verify and save a connection")
    add_kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    token = add_kinds.add_parser("api-token", help="a connection with an API token")
    token.add_argument("--name", required=True, help="the connection's name")
    token.add_argument("--site", required=True, help="e.g. your-domain.atlassian.net")
    token.add_argument("--email", required=True, help="your Atlassian account's email")
    token.add_argument(
        "--token-stdin",
        action="store_true",
        required=True,
        help="read the API token from standard input",
    )
    token.add_argument("--expires", metavar="YYYY-MM-DD", help="the token's expiry")
    token.add_argument(
        "--replace", action="store_true", help="replace a connection of that name"
    )
    token.add_argument("--json", action="store_true", help="print the result as JSON")

    oauth = add_kinds.add_parser(
        "oauth",
        help="sign in with OAuth 2.0 in the browser",
        description=(
            "Without --client-id, your organization's app from the policy file is "
            "used; with it, your own app (its secret is read from standard input)."
        ),
    )
    oauth.add_argument("--name", required=True, help="the connection's name")
    oauth.add_argument(
        "--site",
        help=(
            "e.g. your-domain.atlassian.net; with --replace and no --site, the "
            "saved connection signs in again with its own site, app and scopes"
        ),
    )
    oauth.add_argument("--client-id", help="your own app's client id")
    oauth.add_argument(
        "--client-secret-stdin",
        action="store_true",
        help="read your own app's client secret from standard input",
    )
    oauth.add_argument(
        "--scope",
        action="append",
        default=[],
        metavar="SCOPE",
        help="an optional scope to ask for too (repeatable)",
    )
    oauth.add_argument("--port", type=int, help="the registered callback port")
    oauth.add_argument(
        "--no-browser",
        action="store_true",
        help="print the sign-in link instead of opening a browser",
    )
    oauth.add_argument(
        "--timeout", type=float, default=300.0, help="seconds to wait for the browser"
    )
    oauth.add_argument(
        "--replace", action="store_true", help="replace a connection of that name"
    )
    oauth.add_argument("--json", action="store_true", help="print the result as JSON")

    listing = commands.add_parser("list", help="the saved connections (no secrets)")
    listing.add_argument("--json", action="store_true")

    test = commands.add_parser("test", help="verify a saved connection for real")
    test.add_argument("name")
    test.add_argument("--json", action="store_true")

    creds = commands.add_parser(
        "credentials",
        help="print the API base URL and an Authorization header (a secret)",
    )
    creds.add_argument("name")
    creds.add_argument("--json", action="store_true")

    rotate = commands.add_parser(
        "rotate",
        help="replace an API token with a new one, verified first",
        description=(
            "The new token is verified (same site, same account) before it "
            "replaces the old one; revoke the old one afterwards on Atlassian's "
            "API token page."
        ),
    )
    rotate.add_argument("name")
    rotate.add_argument(
        "--token-stdin",
        action="store_true",
        required=True,
        help="read the new API token from standard input",
    )
    rotate.add_argument("--expires", metavar="YYYY-MM-DD", help="its expiry date")
    rotate.add_argument("--json", action="store_true")

    remove = commands.add_parser("remove", help="delete a connection and its secrets")
    remove.add_argument("name")

    doctor = commands.add_parser(
        "doctor", help="a diagnostic report for the helpdesk (no secrets)"
    )
    doctor.add_argument("name", nargs="?", help="a saved connection to look at")
    doctor.add_argument("--json", action="store_true", help="print it as JSON")

    help_page = commands.add_parser(
        "help", help="read a help page in the terminal (without TOPIC: the list)"
    )
    help_page.add_argument("topic", nargs="?", help="such as error-401 or network")

    manage = commands.add_parser(
        "manage",
        help="open the window that looks after the saved connections",
        description=(
            "Lists the saved connections with their status and deadlines; tests, "
            "renews, renames and removes them, and adds new ones with the wizard."
        ),
    )
    # SUPPRESS: "jira-wizard --sandbox manage" keeps the option given first.
    manage.add_argument(
        "--sandbox",
        action="store_true",
        default=argparse.SUPPRESS,
        help="open it against the embedded practice sandbox",
    )
    manage.add_argument(
        "--language",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help="the window's language, such as de or en",
    )

    sandbox = commands.add_parser("sandbox", help="run the practice sandbox alone")
    sandbox.add_argument("--port", type=int, default=0, help="first port to use")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    words, link = _take_link(parser, list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(words)
    if link is not None and (args.command is not None or args.preset):
        parser.error("a jira-wizard:// link opens the wizard on its own")
    configure_logging(args.verbose)

    if args.command in (None, "manage"):
        refused: WizardError | None = None
        try:
            preset = _preset(args, link)
        except WizardError as error:
            # The reason in one line now; the window says it again, as a
            # person who clicked a link has no terminal, and opens without it.
            _failed(args, error)
            preset, refused = None, error
        from jira_wizard.app import run_gui

        policy_file = args.policy or os.environ.get("JIRA_WIZARD_POLICY") or None
        return run_gui(
            sandbox=args.sandbox,
            policy_file=policy_file,
            manage=args.command == "manage",
            preset=preset,
            language=args.language,
            refused_preset=refused,
        )
    if args.command == "sandbox":
        from jira_wizard.sandbox import serve

        serve(args.port, sys.stdout)
        return EXIT_OK

    from jira_wizard.cli import commands

    handler: Handler = commands.HANDLERS[args.command]
    try:
        return _run_command(handler, args)
    except WizardError as error:
        return _failed(args, error)
    except BrokenPipeError:
        # The reader went away (``jira-wizard list | head``): not worth a word.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("jira-wizard: stopped.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:
        # The type name only: a library's message could quote a request.
        log.debug("unexpected %s", type(error).__name__)
        print(
            f"jira-wizard: unexpected error ({type(error).__name__}). Run "
            "'jira-wizard doctor' and send its report to your helpdesk.",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command: a coroutine on a new event loop, a plain function as it is.

    asyncio is imported only for a command that needs it: a command that only
    reads (``credentials`` while the token is good) starts without it.
    """
    result = handler(args, sys.stdout)
    if isinstance(result, int):
        return result
    import asyncio

    return asyncio.run(result)


def _failed(args: argparse.Namespace, error: WizardError) -> int:
    # The terminal gets the reason and the advice; the log file keeps the
    # kind and the message, for 'jira-wizard doctor' to show the helpdesk.
    log.warning(
        "%s failed: %s: %s",
        args.command or "opening the wizard",
        type(error).__name__,
        error.message,
        extra=FILE_ONLY,
    )
    print(f"jira-wizard: {error}", file=sys.stderr)
    return EXIT_FAILED


def _take_link(
    parser: argparse.ArgumentParser, words: list[str]
) -> tuple[list[str], str | None]:
    """The words without a ``jira-wizard:`` link, and the link, if one was given."""
    if not any(":" in word for word in words):
        # No word can be a link: the preset rules (and the policy's, which
        # they bring) are not loaded, so that a command such as
        # ``credentials NAME`` starts in about the time of one keychain read.
        return words, None
    from jira_wizard.core.preset import is_preset_link

    links = [word for word in words if is_preset_link(word)]
    if len(links) > 1:
        parser.error("give one jira-wizard:// link at a time")
    if not links:
        return words, None
    return [word for word in words if word is not links[0]], links[0]


def _preset(args: argparse.Namespace, link: str | None) -> Preset | None:
    """The helpdesk's preset from the link or ``--preset``; InputError if refused."""
    if link is None and not args.preset:
        return None
    from pathlib import Path

    from jira_wizard.core import preset

    allow_http = (
        args.sandbox or os.environ.get("JIRA_WIZARD_ALLOW_LOOPBACK_HTTP") == "1"
    )
    if link is not None:
        # Never the link itself in the log: a refused one may hold a secret.
        log.info("opening the wizard from a jira-wizard:// link")
        return preset.parse_preset_link(link, allow_loopback_http=allow_http)
    log.info("opening the wizard with the preset file %s", args.preset)
    return preset.parse_preset_file(Path(args.preset), allow_loopback_http=allow_http)


if __name__ == "__main__":
    sys.exit(main())
