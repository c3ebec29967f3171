"""Packs the Linux bundle with its installer into one tarball.

    python packaging/linux/tarball.py dist/jira-wizard dist/

writes ``dist/jira-wizard-<version>-linux-<machine>.tar.gz`` holding one
folder: ``install.sh``, ``uninstall.sh``, the bundle as ``jira-wizard/``, and
under ``share/`` the desktop entry, the AppStream metadata and the icons in
the freedesktop.org layout (``share/icons/hicolor/<size>x<size>/apps``).
The bundle's symbolic links stay links (PyInstaller 6 relies on them).
"""

from __future__ import annotations

import ast
import platform
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
APP = "jira-wizard"


def read_version() -> str:
    """``__version__`` from the package, read without importing it."""
    tree = ast.parse((ROOT / "jira_wizard" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        if "__version__" in [getattr(target, "id", None) for target in node.targets]:
            return str(ast.literal_eval(node.value))
    raise SystemExit("jira_wizard/__init__.py has no __version__")


def members() -> list[tuple[Path, str]]:
    """The installer's files (not the bundle), by their place in the tarball."""
    found = [
        (LINUX / "install.sh", "install.sh"),
        (LINUX / "uninstall.sh", "uninstall.sh"),
        (LINUX / f"{APP}.desktop", f"share/applications/{APP}.desktop"),
        (ICONS / f"{APP}.svg", f"share/icons/hicolor/scalable/apps/{APP}.svg"),
    ]
    for metainfo in LINUX.glob("*.metainfo.xml"):
        found.append((metainfo, f"share/metainfo/{metainfo.name}"))
    for png in sorted(ICONS.glob(f"{APP}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        found.append((png, f"share/icons/hicolor/{size}x{size}/apps/{APP}.png"))
    return found


def make_tarball(bundle: Path, out_dir: Path) -> Path:
    top = f"{APP}-{read_version()}-linux-{platform.machine()}"
    target = out_dir / f"{top}.tar.gz"
    out_dir.mkdir(parents=True, exist_ok=True)
    # Level 6: within a few per cent of 9's size, in half the time.
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        for source, name in members():
            tar.add(source, f"{top}/{name}", filter=_normalized)
        tar.add(bundle, f"{top}/{APP}", filter=_normalized)
    return target


def _normalized(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Installed files belong to whoever unpacks them, not to the build account.
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isfile() and info.name.endswith((".sh", f"/{APP}/{APP}")):
        info.mode = 0o755
    return info


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: tarball.py BUNDLE_FOLDER OUT_FOLDER", file=sys.stderr)
        return 2
    print(make_tarball(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
