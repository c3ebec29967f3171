"""A smaller ICU data library for the Linux bundle.

PySide6's Linux wheels carry ICU, whose data library (``libicudata.so.73``,
32 MB, a quarter of the bundle) holds locale data for some 900 locales, about
230 legacy character set converters, word-break dictionaries, transliterators,
and display names of languages, regions, currencies, units and time zones.

Qt asks ICU for three things only (the ICU functions libQt6Core links):
collation (``QCollator``), legacy character sets (``QStringConverter`` for
encodings other than UTF and Latin-1) and time zone ids and names
(``QTimeZone``); case mapping and normalization use tables compiled into
libicuuc, not this data. The program itself uses none of the three: its text
reaches Qt as Python strings, and it sorts and formats in Python.

So the data keeps what those calls need to work in the root locale, and leaves
out the rest. What a person could notice, if a later version of the program
used these Qt classes: sorting follows the root collation order for every
language (CLDR's default order, right for most languages; a few, such as
Swedish or Lithuanian, order some letters differently); legacy character sets
cannot be converted; time zone names read as GMT offsets. The bundle's smoke
test checks that collation, case mapping and time zones still answer.

ICU finds its data through one symbol, ``icudt<version>_dat``, in a library
that holds nothing else, so the smaller data is assembled into a library of
the same name with the C compiler (``cc``). Without one, the bundle keeps the
full data.

The data is an ICU "common data" package: a header, a table of contents of
(name offset, data offset) pairs sorted by name, the names, then the items,
each on a 16-byte boundary.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

#: Items kept, as fnmatch patterns over their names inside the package
#: (``coll/root.res``); everything else is left out.
KEPT = (
    # The end of every resource bundle's fallback chain, and its shared keys.
    "root.res",
    "pool.res",
    "res_index.res",
    # Locale ids: canonical forms, likely subtags, keywords.
    "likelySubtags.res",
    "metadata.res",
    "keyTypeData.res",
    "supplementalData.res",
    "numberingSystems.res",
    "icuver.res",
    "icustd.res",
    # Collation in the root order (QCollator).
    "coll/root.res",
    "coll/res_index.res",
    "coll/ucadata.icu",
    # Character set names, so UTF and Latin-1 converters open (QStringConverter).
    "cnvalias.icu",
    # Time zone rules and ids (QTimeZone).
    "zoneinfo64.res",
    "timezoneTypes.res",
    "metaZones.res",
    "windowsZones.res",
    "zone/root.res",
    "zone/res_index.res",
    "zone/pool.res",
    # Normalization forms beyond NFC, and small character property tables.
    "*.nrm",
    "uemoji.icu",
    "ulayout.icu",
)

_MAGIC = b"\xda\x27"
_ALIGN = 16
_SHT_DYNSYM = 11
#: ICU's own tools fill the gaps between items with this byte.
_PAD = b"\xaa"


def data_symbol(library: Path) -> str:
    """``icudt73_dat`` for ``libicudata.so.73``."""
    match = re.fullmatch(r"libicudata\.so\.(\d+)(?:\.\d+)*", library.name)
    if match is None:
        raise ValueError(f"{library.name} is not an ICU data library")
    return f"icudt{match.group(1)}_dat"


def extract_package(library: Path, symbol: str) -> bytes:
    """The bytes of ``symbol`` in a 64-bit little-endian ELF shared library."""
    image = library.read_bytes()
    if image[:4] != b"\x7fELF" or image[4] != 2 or image[5] != 1:
        raise ValueError(f"{library} is not a 64-bit little-endian ELF library")
    table_at, entry_size, count = struct.unpack_from("<Q10xHH", image, 0x28)
    sections = [
        struct.unpack_from("<IIQQQQII", image, table_at + i * entry_size)
        for i in range(count)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info in sections:
        if kind != _SHT_DYNSYM:
            continue
        strings_at = sections[link][4]
        for at in range(offset, offset + size, 24):
            name_at, _, _, index, value, length = struct.unpack_from(
                "<IBBHQQ", image, at
            )
            end = image.index(b"\0", strings_at + name_at)
            if image[strings_at + name_at : end].decode("ascii") == symbol:
                home = sections[index]
                start = home[4] + value - home[3]
                return image[start : start + length]
    raise ValueError(f"{library} does not export {symbol}")


def read_items(package: bytes) -> tuple[bytes, str, list[tuple[str, bytes]]]:
    """The package's header, its name prefix (``icudt73l/``) and its items."""
    header_size = struct.unpack_from("<H", package)[0]
    if package[2:4] != _MAGIC or package[12:16] != b"CmnD" or package[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    offsets = [
        struct.unpack_from("<II", package, header_size + 4 + 8 * i)
        for i in range(count)
    ]
    items: list[tuple[str, bytes]] = []
    for index, (name_at, data_at) in enumerate(offsets):
        end = offsets[index + 1][1] if index + 1 < count else None
        name_start = header_size + name_at
        name = package[name_start : package.index(b"\0", name_start)].decode("ascii")
        data_end = header_size + end if end is not None else len(package)
        items.append((name, package[header_size + data_at : data_end]))
    prefix = items[0][0].split("/", 1)[0] + "/" if items else ""
    return package[:header_size], prefix, items


def write_package(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """A package holding ``items`` (kept in name order), under ``header``."""
    items = sorted(items)
    table_size = 4 + 8 * len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    data_at = _aligned(len(header) + table_size + len(names)) - len(header)
    table, blobs, name_at = struct.pack("<I", len(items)), b"", table_size
    for name, data in items:
        table += struct.pack("<II", name_at, data_at + len(blobs))
        name_at += len(name) + 1
        blobs += data + _PAD * (_aligned(len(data)) - len(data))
    padding = _PAD * (data_at - table_size - len(names))
    return header + table + names + padding + blobs


def _aligned(size: int) -> int:
    return (size + _ALIGN - 1) // _ALIGN * _ALIGN


def trimmed_package(package: bytes, kept: Iterable[str] = KEPT) -> bytes:
    """The package with only the items ``kept`` names."""
    header, prefix, items = read_items(package)
    patterns = tuple(kept)
    chosen = [
        (name, data)
        for name, data in items
        if any(fnmatch.fnmatchcase(name[len(prefix) :], p) for p in patterns)
    ]
    return write_package(header, chosen)


def build_library(package: bytes, symbol: str, soname: str, target: Path) -> Path:
    """Assemble ``package`` into a shared library exporting it as ``symbol``."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise FileNotFoundError("no C compiler (cc) to assemble the ICU data")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "icudata.bin"
        data.write_bytes(package)
        source = Path(folder) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.balign {_ALIGN}\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"{symbol}:\n"
            f'\t.incbin "{data}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        command = [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}"]
        command += ["-o", str(target), str(source)]
        subprocess.run(command, check=True)  # noqa: S603 - fixed arguments
    return target


def trim_library(library: Path, target: Path) -> Path:
    """Write a smaller copy of the ICU data ``library`` to ``target``."""
    symbol = data_symbol(library)
    package = trimmed_package(extract_package(library, symbol))
    return build_library(package, symbol, library.name, target)
