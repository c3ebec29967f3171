"""The help pages the program ships, readable offline.

Each topic is a Markdown file in ``resources/help`` named after it
(``error-401.md``); ``index.md`` lists them all. Errors name their topic in
``WizardError.help_topic``; the wizard shows the page beside a failure, and
``jira-wizard help TOPIC`` prints it in a terminal. Topic names are plain
(lower-case words and hyphens), so a name can never reach outside the folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jira_wizard.core.errors import InputError
from jira_wizard.resources import resource_path

INDEX = "index"
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class HelpTopic:
    name: str
    title: str
    path: Path

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def help_folder() -> Path:
    return resource_path("help")


def topic_names() -> list[str]:
    """Every topic shipped, the index left out, sorted."""
    return sorted(p.stem for p in help_folder().glob("*.md") if p.stem != INDEX)


def find_topic(name: str) -> HelpTopic | None:
    """The topic called ``name`` (or ``index``), or None when there is none."""
    name = name.strip().lower()
    if not _NAME.match(name):
        return None
    path = help_folder() / f"{name}.md"
    if not path.is_file():
        return None
    return HelpTopic(name, _title(path), path)


def read_topic(name: str | None = None) -> str:
    """A topic's text, or the index without a name; InputError for an unknown one."""
    topic = find_topic(name or INDEX)
    if topic is None:
        raise InputError(
            "There is no help topic by that name.",
            f"The topics are: {', '.join(topic_names())}.",
        )
    return topic.text()


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem
