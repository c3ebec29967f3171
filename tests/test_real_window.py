"""The wizard as a person meets it: a real window on an X server, real key presses.

Xvfb is the screen; ``xdotool`` finds the window and types through the X
server's test extension, as a keyboard would; a separate Qt client takes the
screenshots from the X server. The wizard runs as ``python -m jira_wizard
--sandbox``, the README's way of trying it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from tests.conftest import missing_real_part

TITLE = "Connect to Jira Cloud"

GRAB = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
x, y, w, h = (int(v) for v in sys.argv[2:6])
image = app.primaryScreen().grabWindow(0, x, y, w, h).toImage()
image.save(sys.argv[1])
"""


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            missing_real_part(f"{tool} (Debian packages xvfb and xdotool)")
    # A display number of its own, well away from :0 and from other tests'
    # screens that may still be shutting down.
    for number in range(90, 190):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        with tempfile.TemporaryFile() as log:
            server = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", "1280x800x24",
                 "-nolisten", "tcp"],
                stderr=log,
            )  # fmt: skip
            try:
                if wait_for_screen(f":{number}", server, log):
                    yield f":{number}"
                    return
            finally:
                server.terminate()
                server.wait(timeout=10)
    raise AssertionError("no free X display number between :90 and :189")


def wait_for_screen(
    name: str, server: subprocess.Popen[bytes], log: IO[bytes], timeout: float = 15
) -> bool:
    """True once the screen answers; False when its server gave up (taken)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = subprocess.run(
            ["xdotool", "getdisplaygeometry"],
            env={**os.environ, "DISPLAY": name},
            capture_output=True,
            check=False,
        )
        if answer.returncode == 0 and server.poll() is None:
            return True
        if server.poll() is not None:
            return False
        time.sleep(0.1)
    log.seek(0)
    raise AssertionError(f"Xvfb on {name} is not usable: {log.read()[-2000:]!r}")


class Screen:
    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        return done.stdout

    def find_window(self, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", TITLE).split()
            if found:
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"no window called {TITLE!r} appeared")

    def focus(self, window: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.xdotool("windowfocus", "--sync", window)
            if self.xdotool("getwindowfocus").strip() == window:
                return
            time.sleep(0.1)
        raise AssertionError("the window never got the keyboard focus")

    def wait_for_paint(self, window: str, path: Path, timeout: float = 15.0) -> Path:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if distinct_colours(self.grab(window, path)) > 8:
                return path
            time.sleep(0.2)
        raise AssertionError("the window stayed empty")

    def wait_for_change(
        self,
        window: str,
        before: Path,
        path: Path,
        *,
        timeout: float = 15.0,
        settle: float = 0.0,
    ) -> Path:
        """Grab until the window looks different from ``before``, then keep it.

        A blinking text cursor changes a few dozen pixels, so only a larger
        difference counts. With ``settle``, it instead waits until the window
        has stopped changing for that long.
        """
        previous = before
        reference = self._pixels(before)
        deadline = time.monotonic() + timeout
        steady_since = time.monotonic()
        while time.monotonic() < deadline:
            now = self._pixels(self.grab(window, path))
            if changed_pixels(reference, now) > CURSOR_PIXELS:
                if not settle:
                    return path
                reference, steady_since = now, time.monotonic()
            elif settle and time.monotonic() - steady_since >= settle:
                return path
            time.sleep(0.2)
        raise AssertionError(
            f"the window did not change as expected ({previous.name} to {path.name})"
        )

    @staticmethod
    def _pixels(path: Path) -> bytes:
        from PySide6.QtGui import QImage

        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        return bytes(image.constBits())

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        text = self.xdotool("getwindowgeometry", window)
        x, y = re.search(r"Position: (-?\d+),(-?\d+)", text).groups()  # type: ignore[union-attr]
        w, h = re.search(r"Geometry: (\d+)x(\d+)", text).groups()  # type: ignore[union-attr]
        return int(x), int(y), int(w), int(h)

    def grab(self, window: str, path: Path) -> Path:
        geometry = [str(v) for v in self.geometry(window)]
        subprocess.run(
            [sys.executable, "-c", GRAB, str(path), *geometry],
            env=self.env,
            check=True,
            timeout=30,
        )
        return path


def sandbox_site(wizard: subprocess.Popen[str], name: str) -> str:
    """The site's address, as the wizard prints it when it starts the sandbox."""
    assert wizard.stdout is not None
    for line in wizard.stdout:
        match = re.match(rf"\s+Jira site {name}: (\S+)", line)
        if match:
            return match.group(1)
    raise AssertionError(f"the wizard did not print the {name} site")


#: More changed pixels than a text cursor's blink.
CURSOR_PIXELS = 120


def changed_pixels(before: bytes, after: bytes) -> int:
    if len(before) != len(after):
        return len(after)
    # Four bytes a pixel; count the 32-bit words that differ.
    words = len(after) // 4
    a = memoryview(before).cast("I")
    b = memoryview(after).cast("I")
    return sum(1 for i in range(words) if a[i] != b[i])


def distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    step = max(1, image.width() // 64)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_the_wizard_opens_in_a_real_window_and_takes_keys(
    display: str, store: object, artifacts: Path
) -> None:
    screen = Screen(display)
    wizard = subprocess.Popen(
        [sys.executable, "-m", "jira_wizard", "--sandbox"],
        env=screen.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        acme = sandbox_site(wizard, "acme")
        window = screen.find_window()
        screen.focus(window)
        first = screen.wait_for_paint(window, artifacts / "real-window-1-auth.png")

        # Alt+A picks "API token" by its mnemonic (it may be the choice
        # already); Return is Next.
        screen.xdotool("key", "--clearmodifiers", "alt+a")
        screen.xdotool("key", "--clearmodifiers", "Return")
        site_page = screen.wait_for_change(
            window, first, artifacts / "real-window-2-site.png"
        )
        screen.xdotool("type", "--delay", "10", acme)
        # The probe runs once typing pauses; "found" turns Next on.
        found = screen.wait_for_change(
            window, site_page, artifacts / "real-window-2-site.png"
        )
        screen.wait_for_change(
            window, found, artifacts / "real-window-2-site.png", settle=1.5
        )

        screen.xdotool("key", "--clearmodifiers", "Return")
        token_page = artifacts / "real-window-3-token.png"
        screen.wait_for_change(window, artifacts / "real-window-2-site.png", token_page)

        screen.xdotool("key", "--clearmodifiers", "Escape")
        _, err = wizard.communicate(timeout=30)
    except AssertionError as failure:
        wizard.kill()
        _, err = wizard.communicate()
        raise AssertionError(f"{failure}\nthe wizard said:\n{err[-3000:]}") from None
    finally:
        if wizard.poll() is None:
            wizard.kill()
            wizard.communicate()
    # Closed without saving: status 1, and no traceback on the way out.
    assert wizard.returncode == 1, err
    assert "Traceback" not in err
