"""Open a web page in the system browser, from the command line.

RFC 8252 §8.12: the consent page belongs in the person's own browser, never
in a view embedded in the program. The wizard opens pages through Qt; this
module serves the command line, which must not import Qt.

Windows Subsystem for Linux has no Linux browser as a rule, so there the
Windows one is asked for: through ``wslview`` (wslu) when it is installed,
else through ``cmd.exe /c start``. A Linux session without a display gets no
browser at all rather than a text browser taking over the terminal; the
caller then shows the link to copy.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import webbrowser
from collections.abc import Callable, Mapping
from pathlib import Path

log = logging.getLogger(__name__)

Which = Callable[[str], str | None]
Run = Callable[[list[str]], bool]

_WSL_MARKERS = (Path("/proc/sys/kernel/osrelease"), Path("/proc/version"))
_WINDOWS_CMD = "/mnt/c/Windows/System32/cmd.exe"

#: Characters that cmd.exe treats as syntax even inside a command's argument.
_CMD_SPECIAL = re.compile(r"([\^&|<>()%!\"])")

#: A launcher that has not exited by then has started a browser window.
_LAUNCH_WAIT = 15.0


def open_url(
    url: str,
    *,
    which: Which = shutil.which,
    run: Run | None = None,
    wsl: bool | None = None,
    environ: Mapping[str, str] | None = None,
    open_default: Callable[[str], bool] = webbrowser.open,
    platform: str = sys.platform,
) -> bool:
    """Open ``url`` in a browser; False when nothing could be launched.

    True means a launcher started, not that a page is showing, so callers
    always offer the link to copy as well.
    """
    if not url.startswith(("https://", "http://")):
        log.warning("refused to open an address that is not http(s)")
        return False
    launch = run or _run
    if is_wsl() if wsl is None else wsl:
        return _open_on_windows(url, which, launch)
    env = os.environ if environ is None else environ
    if _needs_display(platform) and not _has_display(env):
        log.info("no display: not starting a browser")
        return False
    try:
        opened = bool(open_default(url))
    except webbrowser.Error:
        opened = False
    log.info("browser %s", "opened" if opened else "could not be opened")
    return opened


def is_wsl(markers: tuple[Path, ...] = _WSL_MARKERS) -> bool:
    """True inside Windows Subsystem for Linux (its kernel names Microsoft)."""
    for marker in markers:
        try:
            if "microsoft" in marker.read_text(errors="replace").lower():
                return True
        except OSError:
            continue
    return False


def cmd_escaped(url: str) -> str:
    """``url`` with cmd.exe's special characters escaped by ``^``.

    An authorization URL is full of ``&``; unescaped, cmd.exe would cut the
    URL at the first one and run the rest as commands.
    """
    return _CMD_SPECIAL.sub(r"^\1", url)


def _open_on_windows(url: str, which: Which, launch: Run) -> bool:
    wslview = which("wslview")
    if wslview and launch([wslview, url]):
        log.info("browser opened through wslview")
        return True
    cmd = which("cmd.exe") or which(_WINDOWS_CMD)
    # 'start' takes its first quoted argument as a window title, so an empty
    # one goes first (WSL passes an empty argument on as "").
    if cmd and launch([cmd, "/c", "start", "", cmd_escaped(url)]):
        log.info("browser opened through cmd.exe")
        return True
    log.info("no Windows browser could be started from WSL")
    return False


def _needs_display(platform: str) -> bool:
    return platform not in ("win32", "darwin", "cygwin")


def _has_display(env: Mapping[str, str]) -> bool:
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"))


def _run(argv: list[str]) -> bool:
    """Run a launcher quietly; True when it started and did not report failure."""
    try:
        done = subprocess.run(  # noqa: S603 - a fixed launcher and one URL argument
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=_LAUNCH_WAIT,
            check=False,
            # cmd.exe warns about a Linux working folder; Windows' own is fine.
            cwd="/mnt/c" if os.path.isdir("/mnt/c") else None,
        )
    except subprocess.TimeoutExpired:
        return True
    except OSError:
        return False
    return done.returncode == 0
