"""The words ``jira-wizard`` takes: a parser narrowed to the command named
reads them exactly as the whole one does, and refuses what it refuses."""

from __future__ import annotations

import argparse

import pytest

from jira_wizard.cli.main import main
from jira_wizard.cli.parser import COMMANDS, build_parser, named_command, parser_for

#: Command lines that the whole parser reads; the narrow one must agree.
READ_ALIKE = [
    [],
    ["--sandbox"],
    ["--language", "de", "--policy", "p.toml"],
    ["-vv", "--preset", "list"],  # "list" is the preset file's name here
    ["list", "--json"],
    ["--policy", "list", "doctor", "--json"],
    ["doctor", "work", "--policy", "p.toml"],
    [
        "add",
        "api-token",
        "--name",
        "n",
        "--site",
        "s",
        "--email",
        "e",
        "--token-stdin",
        "--policy",
        "p.toml",
    ],
    ["add", "oauth", "--name", "n", "--scope", "a", "--scope", "b", "--no-browser"],
    ["credentials", "work"],
    ["rotate", "work", "--token-stdin", "--expires", "2027-01-31"],
    ["manage", "--sandbox", "--language", "de"],
    ["--sandbox", "manage"],
    ["help", "error-401"],
    ["sandbox", "--port", "9000"],
]


@pytest.mark.parametrize("words", READ_ALIKE)
def test_the_narrow_parser_reads_as_the_whole_one(words: list[str]) -> None:
    whole = vars(build_parser().parse_args(words))
    narrow, unknown = parser_for(words).parse_known_args(words)
    assert unknown == []
    assert vars(narrow) == whole


def test_a_start_without_a_command_builds_no_command_parser() -> None:
    parser = parser_for(["--sandbox"])
    assert not any(
        isinstance(action, argparse._SubParsersAction) for action in parser._actions
    )
    assert named_command(["--policy", "doctor", "--sandbox"]) is None
    assert named_command(["-v", "test", "work"]) == "test"


def test_the_policy_may_follow_the_command() -> None:
    for words in (["--policy", "a.toml", "list"], ["list", "--policy", "a.toml"]):
        assert build_parser().parse_args(words).policy == "a.toml"
    assert build_parser().parse_args(["list"]).policy is None


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["bogus"], "invalid choice: 'bogus'"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["list", "extra"], "unrecognized arguments: extra"),
        (["--preset", "x.toml", "list"], "--preset opens the wizard"),
    ],
)
def test_refused_words_are_said_as_the_whole_parser_says_them(
    words: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(words)
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)
