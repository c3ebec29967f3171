"""The words the ``jira-wizard`` command takes.

``build_parser`` describes them all. A start builds only what it parses:
``parser_for`` gives the options and the one command named on the command
line, with the others listed by name for ``--help``, or the options alone
when no command is named (the wizard's own start, where a whole parser was
5 ms of the time to its window). A parser for fewer commands never accepts
what the whole one would refuse: ``main`` parses again with the whole one
whenever the narrow one is left with words it does not know.

``--policy`` is taken before the command and after it alike (``jira-wizard
doctor --policy FILE``), since helpdesks type it either way.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import TypeAlias

from jira_wizard import __version__

_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

#: Options before the command that take a value, which is never a command.
_VALUE_OPTIONS = frozenset({"--policy", "--preset", "--language"})
_HELP = frozenset({"-h", "--help"})


def build_parser() -> argparse.ArgumentParser:
    """Every option and every command."""
    return _parser(COMMANDS)


def parser_for(words: Iterable[str]) -> argparse.ArgumentParser:
    """A parser for the command ``words`` name, or for the options alone."""
    words = list(words)
    if _HELP.intersection(words):
        return build_parser()
    command = named_command(words)
    return _parser((command,) if command is not None else ())


def named_command(words: Iterable[str]) -> str | None:
    """The command the words name: the first one that is a command's name."""
    taking_value = False
    for word in words:
        if taking_value:
            taking_value = False
        elif word in _VALUE_OPTIONS:
            taking_value = True
        elif word in COMMANDS:
            return word
    return None


def _parser(detailed: Iterable[str]) -> argparse.ArgumentParser:
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
    _policy_option(parser, None)
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
    parser.set_defaults(command=None)
    names = tuple(detailed)
    if names:
        commands = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in names:
            COMMANDS[name](commands)
    return parser


def _policy_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--policy",
        metavar="FILE",
        default=default,
        help=(
            "the organization's policy file (default: $JIRA_WIZARD_POLICY, "
            "else the system-wide one)"
        ),
    )


def _command(
    commands: _Commands,
    name: str,
    help: str,
    description: str | None = None,
    *,
    of_a_connection: bool = False,
) -> argparse.ArgumentParser:
    """A command's parser, which takes ``--policy`` too, and with
    ``of_a_connection`` the name of a saved connection."""
    parser = commands.add_parser(name, help=help, description=description)
    # SUPPRESS: "jira-wizard --policy F doctor" keeps the option given first.
    _policy_option(parser, argparse.SUPPRESS)
    if of_a_connection:
        parser.add_argument("name")
    return parser


def _json_option(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    parser.add_argument("--json", action="store_true", help=help)


def _add(commands: _Commands) -> None:
    add = _command(commands, "add", "verify and save a connection")
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    token = _command(kinds, "api-token", "a connection with an API token")
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
    _json_option(token, "print the result as JSON")
    _add_oauth(kinds)


def _add_oauth(kinds: _Commands) -> None:
    oauth = _command(
        kinds,
        "oauth",
        "sign in with OAuth 2.0 in the browser",
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
    _json_option(oauth, "print the result as JSON")


def _list(commands: _Commands) -> None:
    listing = _command(commands, "list", "the saved connections (no secrets)")
    _json_option(listing)


def _test(commands: _Commands) -> None:
    help = "verify a saved connection for real"
    _json_option(_command(commands, "test", help, of_a_connection=True))


def _credentials(commands: _Commands) -> None:
    help = "print the API base URL and an Authorization header (a secret)"
    _json_option(_command(commands, "credentials", help, of_a_connection=True))


def _rotate(commands: _Commands) -> None:
    rotate = _command(
        commands,
        "rotate",
        "replace an API token with a new one, verified first",
        description=(
            "The new token is verified (same site, same account) before it "
            "replaces the old one; revoke the old one afterwards on Atlassian's "
            "API token page."
        ),
        of_a_connection=True,
    )
    rotate.add_argument(
        "--token-stdin",
        action="store_true",
        required=True,
        help="read the new API token from standard input",
    )
    rotate.add_argument("--expires", metavar="YYYY-MM-DD", help="its expiry date")
    _json_option(rotate)


def _remove(commands: _Commands) -> None:
    help = "delete a connection and its secrets"
    _command(commands, "remove", help, of_a_connection=True)


def _doctor(commands: _Commands) -> None:
    doctor = _command(
        commands, "doctor", "a diagnostic report for the helpdesk (no secrets)"
    )
    doctor.add_argument("name", nargs="?", help="a saved connection to look at")
    _json_option(doctor, "print it as JSON")


def _help(commands: _Commands) -> None:
    help_page = commands.add_parser(
        "help", help="read a help page in the terminal (without TOPIC: the list)"
    )
    help_page.add_argument("topic", nargs="?", help="such as error-401 or network")


def _manage(commands: _Commands) -> None:
    manage = _command(
        commands,
        "manage",
        "open the window that looks after the saved connections",
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


def _sandbox(commands: _Commands) -> None:
    sandbox = commands.add_parser("sandbox", help="run the practice sandbox alone")
    sandbox.add_argument("--port", type=int, default=0, help="first port to use")


#: Each command's name and what adds its parser, in the order ``--help`` lists
#: them.
COMMANDS: dict[str, Callable[[_Commands], None]] = {
    "add": _add,
    "list": _list,
    "test": _test,
    "credentials": _credentials,
    "rotate": _rotate,
    "remove": _remove,
    "doctor": _doctor,
    "help": _help,
    "manage": _manage,
    "sandbox": _sandbox,
}
