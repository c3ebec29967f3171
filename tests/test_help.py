"""The help pages: every topic the code names exists, and every page is reachable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jira_wizard.cli.main import main
from jira_wizard.core.errors import InputError
from jira_wizard.core.help import find_topic, help_folder, read_topic, topic_names
from jira_wizard.logs import unconfigure_logging

PACKAGE = Path(__file__).resolve().parent.parent / "jira_wizard"

#: ``help_topic = "x"``, ``help_topic="x"``, ``default_help_topic = "x"``, and
#: the look-ups a widget makes: ``find_topic("x")``, ``read_topic("x")``.
_REFERENCE = re.compile(
    r"""(?:help_topic\s*=\s*|(?:find|read)_topic\()["']([a-z0-9-]+)["']"""
)

#: The pages the product promises (the design's "Help the product ships").
PROMISED = {
    "api-tokens",
    "rotate-api-token",
    "error-401",
    "error-403",
    "redirect-url-mismatch",
    "app-blocked",
    "sign-in-again",
    "server-not-supported",
    "network",
    "keychain",
    "scopes",
    "own-app",
    "organization-vs-own-app",
    "oauth-token-lifetime",
}


def referenced_topics() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name in _REFERENCE.findall(text):
            found.setdefault(name, []).append(str(path.relative_to(PACKAGE)))
    return found


def test_the_scan_finds_the_error_trees_topics() -> None:
    found = referenced_topics()
    assert {"error-401", "error-403", "keychain", "network"} <= set(found)
    assert "errors.py" in found["error-401"][0]


def test_every_topic_named_in_the_code_has_a_page() -> None:
    missing = {
        name: where
        for name, where in referenced_topics().items()
        if not find_topic(name)
    }
    assert not missing, f"help topics named in the code without a page: {missing}"


def test_every_promised_page_exists() -> None:
    assert set(topic_names()) >= PROMISED


def test_every_page_is_referenced_or_in_the_index() -> None:
    index = read_topic()
    listed = set(re.findall(r"^- `([a-z0-9-]+)`", index, re.MULTILINE))
    assert listed <= set(topic_names()), "the index lists pages that do not exist"
    orphans = set(topic_names()) - listed - set(referenced_topics())
    assert not orphans, f"pages nobody can reach: {orphans}"


@pytest.mark.parametrize("name", topic_names())
def test_each_page_has_a_title_and_points_only_at_real_pages(name: str) -> None:
    topic = find_topic(name)
    assert topic is not None
    text = topic.text()
    assert text.startswith("# ")
    assert topic.title == text.splitlines()[0][2:]
    mentioned = set(re.findall(r"see `([a-z0-9-]+)`", text))
    assert mentioned <= set(topic_names()), f"{name} points at a missing page"
    assert max(len(line) for line in text.splitlines()) <= 100


@pytest.mark.parametrize("name", ["../README", "index.md", "Error 401", "", "a/b"])
def test_odd_names_find_nothing_outside_the_folder(name: str) -> None:
    assert find_topic(name) is None or find_topic(name).path.parent == help_folder()


def test_an_unknown_topic_lists_the_known_ones() -> None:
    with pytest.raises(InputError) as caught:
        read_topic("no-such-topic")
    assert "error-401" in caught.value.advice


def test_jira_wizard_help_prints_a_page_and_the_index(
    capsys: pytest.CaptureFixture[str],
) -> None:
    try:
        assert main(["help", "error-401"]) == 0
        assert capsys.readouterr().out.startswith("# Not accepted (401)")
        assert main(["help"]) == 0
        assert "`keychain`" in capsys.readouterr().out
        assert main(["help", "nonsense"]) == 1
        err = capsys.readouterr().err
    finally:
        unconfigure_logging()
    assert err.startswith("jira-wizard: There is no help topic")
    assert len(err.strip().splitlines()) == 1
