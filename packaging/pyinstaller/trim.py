"""Leaving parts out of a PyInstaller bundle, with the libraries only they needed.

PyInstaller collects a Qt plugin together with every shared library the plugin
links, and links of those, and so on. Dropping the plugin from the table of
contents afterwards would leave that whole tail behind (the GTK 3 theme plugin
alone brings GTK, GDK, Cairo, Pango and ATK), so ``leave_out`` also drops each
library that only the left-out parts reached.

Only the libraries PyInstaller took from the system for their links are
dropped that way: those sit at the top of the bundle. A library a package
ships in its own folder (Qt's in ``PySide6/Qt/lib``) was collected on purpose
and leaves only by a rule of its own. A library that anything kept still
links stays, and so does one nothing links at all (it is loaded by name at
run time).

The spec file says *what* is left out and why; this module only does it. It
runs inside PyInstaller, so it imports PyInstaller lazily and nothing else
outside the standard library.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Mapping, Sequence

#: One row of a PyInstaller table of contents: (destination, source, typecode).
Entry = tuple[str, str, str]

#: The names of the libraries a binary links, such as ``libgtk-3.so.0``.
Links = Callable[[str], Iterable[str]]

_LIBRARY_TYPES = {"BINARY", "EXTENSION"}


def destination(entry: Entry) -> str:
    """The entry's path inside the bundle, with ``/`` on every system."""
    return entry[0].replace("\\", "/")


def reason_for(entry: Entry, rules: Mapping[str, str]) -> str | None:
    """The reason of the first rule whose pattern matches, or None to keep it.

    Patterns are ``fnmatch`` patterns over the destination path, where ``*``
    also matches ``/``.
    """
    path = destination(entry)
    for pattern, reason in rules.items():
        if fnmatch.fnmatchcase(path, pattern):
            return reason
    return None


def linked_names(path: str) -> list[str]:
    """The libraries ``path`` links, by file name (PyInstaller's own reader)."""
    from PyInstaller.depend import bindepend  # type: ignore[import-untyped]

    return [_library_key(name) for name, _resolved in bindepend.get_imports(path)]


def leave_out(
    entries: Sequence[Entry],
    rules: Mapping[str, str],
    links: Links = linked_names,
) -> tuple[list[Entry], list[tuple[Entry, str]]]:
    """Split ``entries`` into those kept and those left out, each with its reason."""
    left_out = [(entry, reason_for(entry, rules)) for entry in entries]
    dropped = [(entry, reason) for entry, reason in left_out if reason is not None]
    kept = [entry for entry, reason in left_out if reason is None]
    orphans = orphaned_libraries(kept, [entry for entry, _ in dropped], links)
    for orphan in orphans:
        dropped.append((orphan, "needed only by parts left out"))
    return [entry for entry in kept if entry not in orphans], dropped


def orphaned_libraries(
    kept: Sequence[Entry], dropped: Sequence[Entry], links: Links
) -> list[Entry]:
    """The kept libraries that only ``dropped`` entries link, directly or not."""
    libraries = {
        _library_key(destination(entry)): entry
        for entry in kept
        if entry[2] in _LIBRARY_TYPES
    }
    candidates = {
        key
        for key in _closure(dropped, libraries, links)
        if "/" not in destination(libraries[key])
    }
    roots = [e for e in kept if _library_key(destination(e)) not in candidates]
    still_needed = _closure(roots, libraries, links)
    return [libraries[key] for key in sorted(candidates - still_needed)]


def _closure(
    start: Iterable[Entry], libraries: Mapping[str, Entry], links: Links
) -> set[str]:
    """The names of the ``libraries`` that ``start`` links, directly or not."""
    reached: set[str] = set()
    pending = [entry for entry in start if entry[2] in _LIBRARY_TYPES]
    while pending:
        entry = pending.pop()
        for name in links(entry[1]):
            key = _library_key(name)
            if key in libraries and key not in reached:
                reached.add(key)
                pending.append(libraries[key])
    return reached


def _library_key(name: str) -> str:
    # Windows compares DLL names without case; macOS names its links by
    # install name (``@rpath/QtCore.framework/Versions/A/QtCore``).
    return os.path.basename(name.replace("\\", "/")).lower()


def megabytes(folder: str) -> float:
    """The size of a folder's files in MB (10^6 bytes), symbolic links not followed."""
    total = 0
    for parent, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(parent, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
    return total / 1_000_000
