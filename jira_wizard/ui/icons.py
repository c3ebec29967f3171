"""The application icon: one SVG drawn by hand, and PNGs rendered from it.

The PNGs exist because some desktops (and Windows' taskbar at small sizes) pick
a bitmap over a scalable image. Regenerate them after changing the SVG with
``python -m jira_wizard.ui.icons``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

from jira_wizard.resources import resource_path

ICON_NAME = "jira-wizard"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icon_svg_path() -> Path:
    return resource_path("icons", f"{ICON_NAME}.svg")


def icon_png_path(size: int) -> Path:
    return resource_path("icons", f"{ICON_NAME}-{size}.png")


def app_icon() -> QIcon:
    """The window and application icon, with every bitmap size it ships.

    Bitmaps only: up to 256 pixels they cover a title bar and a task bar at
    200% scaling, and leaving the SVG out keeps Qt's SVG library and icon
    plugin (1.5 MiB) out of a wizard's start-up. The desktop's own launcher
    icon is the installed SVG.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_png_path(size)
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def render_png(svg: Path, size: int) -> QImage:
    """Draw the SVG on a transparent square of ``size`` pixels."""
    # Here, not above: the window's icon is set before its first paint, and
    # Qt's namespace of enums alone takes longer to load than that paint.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def render_all(out_dir: Path | None = None) -> list[Path]:
    """Write one PNG per size next to the SVG (or into ``out_dir``)."""
    svg = icon_svg_path()
    folder = out_dir or svg.parent
    written = []
    for size in ICON_SIZES:
        target = folder / f"{ICON_NAME}-{size}.png"
        if not render_png(svg, size).save(str(target), b"PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    for path in render_all():
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
