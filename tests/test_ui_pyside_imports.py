"""PySide6's look at each module imported after it, made light
(``jira_wizard.ui.pyside_imports``): the same answers, nothing kept."""

from __future__ import annotations

import inspect
import linecache
import sys
from pathlib import Path

import pytest

from jira_wizard.ui import pyside_imports


def test_the_light_look_at_imports_is_in_place_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shibokensupport import feature

    assert pyside_imports.use_light_check()
    assert getattr(feature._mod_uses_pyside, "_light", False)
    (tmp_path / "probe_with_qt.py").write_text(
        "import PySide6.QtCore\nVALUE = 1\n", encoding="utf-8"
    )
    (tmp_path / "probe_without_qt.py").write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    import probe_with_qt
    import probe_without_qt

    assert linecache.cache == {}
    assert feature.pyside_feature_dict["probe_with_qt"] == 0
    assert feature.pyside_feature_dict["probe_without_qt"] == -1
    for name in ("probe_with_qt", "probe_without_qt"):
        monkeypatch.delitem(sys.modules, name)
        monkeypatch.delitem(feature.pyside_feature_dict, name)
    del probe_with_qt, probe_without_qt


@pytest.mark.parametrize(
    "module",
    ["jira_wizard.ui.main", "jira_wizard.core.policy", "json", "PySide6", "_socket"],
)
def test_the_light_look_answers_as_pysides_own_does(module: str) -> None:
    """The same question, answered the same: the source mentions PySide6."""
    __import__(module)
    target = sys.modules[module]
    try:
        expected = "PySide6" in inspect.getsource(target)
    except (OSError, TypeError):
        expected = False
    light = pyside_imports._light_check(lambda _module: False)
    assert light(target) is expected
    linecache.clearcache()
