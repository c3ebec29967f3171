# Takes the place of PyInstaller's run-time hook for PySide6 (rthooks.dat in
# this folder names it for PySide6, and hook folders named in the spec win over
# PyInstaller's own).
#
# PyInstaller's hook imports PySide6.QtCore at every start of the program, only
# to register a qt.conf that PySide6's wheels already register on import. That
# would load Qt (about 0.1 s and 16 MB) for every command, such as
# ``jira-wizard list``, which never needs it. This hook loads nothing.


def _pyi_rthook():
    import os
    import sys

    # Qt finds the bundle's plugins through the qt.conf PySide6 registers. It
    # would also search a QT_PLUGIN_PATH set for the computer's own Qt, and a
    # plugin built against another Qt crashes this one; when the variable is
    # set, it points at the bundle's plugins instead. When it is not set, it
    # stays unset, so that programs started from here (the browser, through
    # xdg-open) do not find this Qt's plugins either.
    if "QT_PLUGIN_PATH" in os.environ:
        if sys.platform == "win32":
            plugins = os.path.join(sys._MEIPASS, "PySide6", "plugins")
        else:
            plugins = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
        os.environ["QT_PLUGIN_PATH"] = plugins


_pyi_rthook()
del _pyi_rthook
