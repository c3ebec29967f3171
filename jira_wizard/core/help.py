"""The help pages the program ships, readable offline.

Each topic is a Markdown file in ``resources/help`` named after it
(``error-401.md``); ``index.md`` lists them all. Errors name their topic in
``WizardError.help_topic``; the wizard shows the page beside a failure, and
``jira-wizard help TOPIC`` prints it in a terminal. Topic names are plain
(lower-case words and hyphens), so a name can never reach outside the folder.

The English pages are the reference: they define which topics exist. A page
in another language sits in a sub-folder named by its two-letter code
(``resources/help/de/error-401.md``) under the same name, and is shown when
the product speaks that language (:func:`jira_wizard.core.i18n.language`);
a topic not yet written in that language is shown in English. The command
line never installs a language, so it always prints the English pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jira_wizard.core import i18n
from jira_wizard.core.errors import InputError
from jira_wizard.resources import resource_path

INDEX = "index"
#: The language of the pages directly in ``resources/help``.
REFERENCE_LANGUAGE = "en"
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"[a-z]{2}")


@dataclass(frozen=True)
class HelpTopic:
    name: str
    title: str
    path: Path
    #: The language the page is written in; English when it stood in for one.
    language: str = REFERENCE_LANGUAGE

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def help_folder(language: str = REFERENCE_LANGUAGE) -> Path:
    """The folder of the pages in ``language`` (which may not exist).

    ValueError for a code that is not two lower-case letters, so that a code
    can never reach outside the help folder either.
    """
    if not _LANGUAGE.fullmatch(language):
        raise ValueError(f"not a two-letter language code: {language!r}")
    root = resource_path("help")
    return root if language == REFERENCE_LANGUAGE else root / language


def topic_names() -> list[str]:
    """Every topic shipped, the index left out, sorted (the English pages)."""
    return sorted(p.stem for p in help_folder().glob("*.md") if p.stem != INDEX)


def find_topic(name: str, language: str | None = None) -> HelpTopic | None:
    """The topic called ``name`` (or ``index``), or None when there is none.

    The page in ``language`` (the product's current language when None) is
    preferred, the English one taken when that language lacks it. A
    malformed name or language code finds nothing.
    """
    name = name.strip().lower()
    if language is None:
        language = i18n.language()
    if not _NAME.match(name) or not _LANGUAGE.fullmatch(language):
        return None
    for candidate in dict.fromkeys((language, REFERENCE_LANGUAGE)):
        path = help_folder(candidate) / f"{name}.md"
        if path.is_file():
            return HelpTopic(name, _title(path), path, candidate)
    return None


def read_topic(name: str | None = None, language: str | None = None) -> str:
    """A topic's text, or the index without a name; InputError for an unknown one.

    ``language`` chooses the page's language as in :func:`find_topic`; a
    malformed code is the caller's mistake, not the person's: ValueError.
    """
    if language is None:
        language = i18n.language()
    help_folder(language)  # checks the code
    topic = find_topic(name or INDEX, language)
    if topic is None:
        raise InputError(
            i18n.translate("Errors", "There is no help topic by that name."),
            i18n.translate("Errors", "The topics are: {topics}.").format(
                topics=", ".join(topic_names())
            ),
        )
    return topic.text()


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem
