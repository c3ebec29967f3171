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

from jira_wizard.cli.parser import build_parser, parser_for
from jira_wizard.core.errors import WizardError
from jira_wizard.logs import FILE_ONLY, configure_logging

if TYPE_CHECKING:
    from jira_wizard.cli.commands import Handler
    from jira_wizard.core.preset import Preset

log = logging.getLogger("jira_wizard.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser, args, link = _parse(words)
    if link is not None and (args.command is not None or args.preset):
        parser.error("a jira-wizard:// link opens the wizard on its own")
    if args.preset and args.command not in (None, "manage"):
        parser.error("--preset opens the wizard; it cannot be used with a command")
    # A window's log file is opened once its first page is painted
    # (``jira_wizard.app``); a command's at once.
    configure_logging(args.verbose, file_later=args.command in (None, "manage"))

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


def _parse(
    words: list[str],
) -> tuple[argparse.ArgumentParser, argparse.Namespace, str | None]:
    """The parser used, what it read, and a ``jira-wizard:`` link if one was given.

    The narrow parser for the command named comes first (see
    ``jira_wizard.cli.parser``); words it does not know are read again by
    the whole parser, which refuses them in the same words as always.
    """
    parser = parser_for(words)
    words, link = _take_link(parser, words)
    args, unknown = parser.parse_known_args(words)
    if unknown:
        parser = build_parser()
        args = parser.parse_args(words)
    return parser, args, link


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
