"""The bundled files the window needs: the icon in every size, found both in
a checkout and in an installed package."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import jira_wizard.resources as resources
from jira_wizard.resources import resource_path
from jira_wizard.ui.icons import ICON_SIZES, app_icon, icon_png_path, render_png


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_matches_its_size_and_is_drawn(qapp: object, size: int) -> None:
    image = QImage(str(icon_png_path(size)))
    assert (image.width(), image.height()) == (size, size)
    centre = image.pixelColor(size // 2, size // 2)
    corner = image.pixelColor(0, 0)
    assert centre.alpha() == 255, "the middle is painted"
    assert corner.alpha() < 64, "the rounded corner is see-through"


def test_the_pngs_are_the_svg_rendered(qapp: object) -> None:
    # Regenerated with `python -m jira_wizard.ui.icons` after the SVG changes.
    shipped = QImage(str(icon_png_path(64))).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    rendered = render_png(resource_path("icons", "jira-wizard.svg"), 64)
    rendered = rendered.convertToFormat(QImage.Format.Format_ARGB32)
    differing = sum(
        1
        for x in range(0, 64, 4)
        for y in range(0, 64, 4)
        if abs(shipped.pixelColor(x, y).red() - rendered.pixelColor(x, y).red()) > 24
    )
    assert differing <= 8


def test_the_application_icon_has_every_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(ICON_SIZES) <= sizes


def test_resources_are_found_inside_an_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "site-packages" / "jira_wizard" / "resources"
    (installed / "icons").mkdir(parents=True)
    (installed / "icons" / "x.svg").write_text("<svg/>")
    monkeypatch.setattr(
        resources, "_CANDIDATES", (installed, tmp_path / "site-packages" / "resources")
    )
    assert resource_path("icons", "x.svg") == installed / "icons" / "x.svg"


def test_a_missing_resources_folder_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "_CANDIDATES", (tmp_path / "a", tmp_path / "b"))
    with pytest.raises(FileNotFoundError, match="reinstall"):
        resource_path("icons", "x.svg")


def test_the_checkout_finds_its_own_resources() -> None:
    assert resource_path("icons", "jira-wizard.svg").is_file()


def test_qt_calls_leave_references_to_none_alone(qapp: object) -> None:
    """PySide6 6.12 on Python 3.11 gave back a reference to None with each
    call and so aborted the interpreter in time; pyproject.toml keeps it out."""
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox()
    before = sys.getrefcount(None)
    for _ in range(1000):
        box.setChecked(not box.isChecked())
    assert abs(sys.getrefcount(None) - before) < 100
