"""A guard against a reference-counting fault in PySide6 6.12 on Python < 3.12.

PySide6 6.12.0 gives back one reference to ``None`` that it never took each
time Python calls a Qt method that returns nothing, and one to ``True`` or
``False`` each time Qt calls a Python override that returns a bool (such as
``QWizardPage.isComplete``). From Python 3.12 on these objects are immortal
(PEP 683) and the fault is harmless. On 3.10 and 3.11 their counts run down as
the person types, about twenty per keystroke, and when one reaches zero the
interpreter aborts with "deallocating None" (or True): the wizard would vanish
after a thousand keystrokes or so. PySide6 6.11 does not have the fault;
pinning below 6.12 avoids it at the source.

The guard makes the three objects as good as immortal, as Python 3.12 does, by
adding 2**40 to their counts once. It changes nothing on other versions.
"""

from __future__ import annotations

import ctypes
import logging
import sys

import PySide6

log = logging.getLogger(__name__)

_HEADROOM = 1 << 40


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2] if part.isdigit())


def needed() -> bool:
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and _version(PySide6.__version__) >= (6, 12)
    )


def apply() -> None:
    if not needed():
        return
    for singleton in (None, True, False):
        # CPython before 3.12 keeps ob_refcnt, a Py_ssize_t, at the start of
        # every object, and id() is the object's address.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += _HEADROOM
    log.debug("guarding None, True and False against PySide6's reference fault")
