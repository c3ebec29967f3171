"""Where the program's bundled files (icons, help pages) are.

In a source checkout they sit in ``resources/`` beside the package; an
installed wheel carries the same folder inside the package, as
``jira_wizard/resources`` (see ``force-include`` in pyproject.toml). Frozen
bundles keep the installed layout.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resources_root() -> Path:
    """The first ``resources`` folder that exists, installed copy first."""
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "The program's resources folder is missing; reinstall the program."
    )


def resource_path(*parts: str) -> Path:
    """The path of one bundled file, such as ``resource_path("icons", "x.svg")``."""
    return resources_root().joinpath(*parts)
