"""A lighter look at each module imported once PySide6 is loaded.

PySide6 puts its own hook in front of every import, for its optional
``from __feature__ import snake_case`` syntax: after each new module, it asks
whether the module's source mentions "PySide6", with ``inspect.getsource``.
That reads the source through ``linecache``, which keeps every line of every
module imported after Qt for as long as the program runs: for this program
about 6 MiB of memory (the modules asyncio, the service and the pages bring),
and 0.14 ms a module, mostly spent while the window is already on screen.

``use_light_check`` answers the same question the same way, with a look at
the source file's bytes that keeps nothing; whatever that look cannot read
(a module without a source file, one inside an archive) is left to PySide6's
own check. The program never uses ``__feature__``, and the answers do not
change, so nothing else does either. The lines PySide6 kept of the modules
loaded before it are let go. The hook's function is private to
PySide6: where it is missing (another release), nothing is replaced.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from types import ModuleType

#: What PySide6 looks for in a module's source.
_MARK = b"PySide6"


def use_light_check() -> bool:
    """Replace PySide6's check of each imported module; True once in place.

    Loads PySide6 first: its support package exists only from then on.
    """
    import PySide6.QtCore  # noqa: F401 (puts the hook, and the check, in place)

    try:
        from shibokensupport import feature  # PySide6's own support package
    except ImportError:
        return False
    original: Callable[[ModuleType], bool] | None = getattr(
        feature, "_mod_uses_pyside", None
    )
    if original is None:
        return False
    if getattr(original, "_light", False):
        return True
    feature._mod_uses_pyside = _light_check(original)
    # PySide6 looked at every module loaded before it, the heavy way, as it
    # was imported: the lines it kept are only a cache, read again if ever
    # needed (for a traceback).
    linecache.clearcache()
    return True


def _light_check(
    original: Callable[[ModuleType], bool],
) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return _MARK in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside._light = True  # type: ignore[attr-defined]
    return uses_pyside
