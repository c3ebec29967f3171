"""The help pages: every topic the code names exists, and every page is reachable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jira_wizard.cli.main import main
from jira_wizard.core import i18n
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
    topic = find_topic(name)
    assert topic is None or topic.path.parent == help_folder()
    german = find_topic(name, "de")
    assert german is None or german.path.parent in (help_folder(), help_folder("de"))


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


# --- Pages in other languages -------------------------------------------------

#: Topic names in backticks, as pages name the topics they point at.
_TOPIC_IN_TEXT = re.compile(r"`([a-z0-9]+(?:-[a-z0-9]+)*)`")


def german_names() -> list[str]:
    return sorted(p.stem for p in help_folder("de").glob("*.md"))


def sections(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.startswith("## "))


def test_every_english_page_has_a_german_one_and_no_more() -> None:
    english = set(topic_names()) | {"index"}
    assert set(german_names()) == english


@pytest.mark.parametrize("name", german_names())
def test_each_german_page_mirrors_its_english_one(name: str) -> None:
    german = find_topic(name, "de")
    english = find_topic(name, "en")
    assert german is not None
    assert english is not None
    assert german.language == "de"
    assert german.path.parent == help_folder("de")
    text = german.text()
    assert text.startswith("# ")
    assert german.title == text.splitlines()[0][2:]
    assert german.title != english.title
    assert sections(text) == sections(english.text())
    assert max(len(line) for line in text.splitlines()) <= 100


@pytest.mark.parametrize("name", german_names())
def test_german_pages_point_at_real_topics_and_the_same_ones(name: str) -> None:
    text = read_topic(name, "de")
    topics = set(topic_names())
    pointed = set(re.findall(r"siehe `([a-z0-9-]+)`", text, re.IGNORECASE))
    assert pointed <= topics, f"{name} points at a missing page"

    def named(page: str) -> set[str]:
        return set(_TOPIC_IN_TEXT.findall(page)) & topics

    assert named(text) == named(read_topic(name, "en"))


def test_the_german_index_lists_every_topic() -> None:
    index = read_topic(language="de")
    listed = set(re.findall(r"^- `([a-z0-9-]+)`", index, re.MULTILINE))
    assert listed == set(re.findall(r"^- `([a-z0-9-]+)`", read_topic(), re.MULTILINE))


def test_a_language_without_the_page_falls_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "help" / "de").mkdir(parents=True)
    (tmp_path / "help" / "network.md").write_text("# Network\n", encoding="utf-8")
    (tmp_path / "help" / "keychain.md").write_text("# Keychain\n", encoding="utf-8")
    (tmp_path / "help" / "de" / "keychain.md").write_text(
        "# Schlüsselbund\n", encoding="utf-8"
    )
    monkeypatch.setattr(
        "jira_wizard.core.help.resource_path", lambda *parts: tmp_path.joinpath(*parts)
    )
    network = find_topic("network", "de")
    assert network is not None
    assert (network.title, network.language) == ("Network", "en")
    assert read_topic("keychain", "de") == "# Schlüsselbund\n"
    assert read_topic("network", "fr") == "# Network\n"
    assert find_topic("nowhere", "de") is None


def test_german_text_is_found_by_its_code() -> None:
    topic = find_topic("error-401", "de")
    assert topic is not None
    assert topic.text().startswith("# Nicht akzeptiert (401)")
    assert read_topic("error-401", "en").startswith("# Not accepted (401)")


@pytest.mark.parametrize(
    "code", ["../x", "DE1", "DE", "d", "deu", "", "..", "de/", "de\n"]
)
def test_malformed_language_codes_are_refused(code: str) -> None:
    assert find_topic("error-401", code) is None
    with pytest.raises(ValueError, match="language code"):
        read_topic("error-401", code)
    with pytest.raises(ValueError, match="language code"):
        help_folder(code)


def test_the_installed_language_is_the_default() -> None:
    assert read_topic("keychain").startswith("# The keychain")
    i18n.install(lambda context, text: text, "de")
    try:
        topic = find_topic("keychain")
        assert topic is not None
        assert topic.language == "de"
        assert read_topic().startswith("# Hilfethemen")
    finally:
        i18n.uninstall()
    assert read_topic().startswith("# Help topics")
