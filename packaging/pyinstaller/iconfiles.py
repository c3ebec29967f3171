"""Windows ``.ico`` and macOS ``.icns`` files made from the program's PNG icons.

Both formats can hold PNG images as they are (ICO since Windows Vista, ICNS
since Mac OS X 10.7), so no image library is needed: the PNGs rendered from
the SVG (``resources/icons``) are wrapped, byte for byte.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from pathlib import Path

#: ICNS element types that hold a PNG, by the image's size in pixels. A size
#: serves twice where Apple defines a "@2x" type for the half size.
ICNS_TYPES: Mapping[int, tuple[bytes, ...]] = {
    16: (b"icp4",),
    32: (b"icp5", b"ic11"),
    64: (b"icp6", b"ic12"),
    128: (b"ic07",),
    256: (b"ic08", b"ic13"),
    512: (b"ic09", b"ic14"),
    1024: (b"ic10",),
}

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (its first chunk is always IHDR)."""
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An ICO file holding each square PNG; sizes up to 256 pixels."""
    images = sorted(pngs.items())
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon
    offset = len(header) + 16 * len(images)
    directory, payload = b"", b""
    for size, data in images:
        if png_size(data) != (size, size) or not 1 <= size <= 256:
            raise ValueError(f"the {size} px image is not a square of that size")
        edge = 0 if size == 256 else size  # 0 stands for 256 in one byte
        directory += struct.pack(
            "<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset + len(payload)
        )
        payload += data
    return header + directory + payload


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An ICNS file holding each PNG under every element type of its size."""
    elements = b""
    for size, data in sorted(pngs.items()):
        if png_size(data) != (size, size):
            raise ValueError(f"the {size} px image is not a square of that size")
        for kind in ICNS_TYPES.get(size, ()):
            elements += kind + struct.pack(">I", 8 + len(data)) + data
    if not elements:
        raise ValueError("no image has a size the ICNS format holds as PNG")
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def icon_pngs(folder: Path, name: str) -> dict[int, bytes]:
    """Every ``<name>-<size>.png`` in ``folder``, by size."""
    found = {}
    for path in folder.glob(f"{name}-*.png"):
        size = path.stem.rsplit("-", 1)[1]
        if size.isdigit():
            found[int(size)] = path.read_bytes()
    if not found:
        raise FileNotFoundError(f"no {name}-<size>.png icons in {folder}")
    return found


def write_icon(folder: Path, name: str, target: Path) -> Path:
    """Write ``target`` (``.ico`` or ``.icns``) from the PNGs in ``folder``."""
    pngs = icon_pngs(folder, name)
    if target.suffix == ".ico":
        data = ico_bytes(pngs)
    elif target.suffix == ".icns":
        data = icns_bytes(pngs)
    else:
        raise ValueError(f"unknown icon format: {target.suffix}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target
