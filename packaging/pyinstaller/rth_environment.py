# A run-time hook of the frozen program: programs it starts (xdg-open, the
# browser) get the person's own environment, not the bundle's.
#
# On Linux the bundle's launcher puts its library folder first on
# LD_LIBRARY_PATH (keeping an earlier value in LD_LIBRARY_PATH_ORIG), so that
# the program finds the libraries it ships. A program started from here would
# inherit it: the browser would load this bundle's libstdc++, GLib or OpenSSL
# instead of its own, and may fail to start. The dynamic loader read the
# variable when this process started, so restoring it changes nothing for the
# program itself.
#
# The launcher also leaves _PYI_* variables, with which it recognises a copy
# of itself that it started. Nothing reads them once Python runs; another
# PyInstaller-built program started from here would take them as its own.


def _pyi_rthook():
    import os
    import sys

    if sys.platform.startswith("linux"):
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            os.environ.pop("LD_LIBRARY_PATH", None)
        else:
            os.environ["LD_LIBRARY_PATH"] = original
    for name in [name for name in os.environ if name.startswith("_PYI_")]:
        del os.environ[name]


_pyi_rthook()
del _pyi_rthook
