"""Opening the consent page from the command line; no real browser is started."""

from __future__ import annotations

from pathlib import Path

import pytest

from jira_wizard.browser import cmd_escaped, is_wsl, open_url

URL = "https://auth.example.test/authorize?a=1&b=x%20y&c=(2)"


class Launcher:
    def __init__(self, *, succeed: bool = True) -> None:
        self.calls: list[list[str]] = []
        self.succeed = succeed

    def __call__(self, argv: list[str]) -> bool:
        self.calls.append(argv)
        return self.succeed


def which_of(*found: str):  # type: ignore[no-untyped-def]
    return lambda name: f"/usr/bin/{name}" if name in found else None


def never(url: str) -> bool:
    raise AssertionError("the default browser must not be used here")


def test_wsl_prefers_wslview() -> None:
    launch = Launcher()

    assert open_url(
        URL,
        wsl=True,
        which=which_of("wslview", "cmd.exe"),
        run=launch,
        open_default=never,
    )
    assert launch.calls == [["/usr/bin/wslview", URL]]


def test_wsl_without_wslview_uses_cmd_start_with_the_ampersands_escaped() -> None:
    launch = Launcher()

    assert open_url(
        URL, wsl=True, which=which_of("cmd.exe"), run=launch, open_default=never
    )
    (argv,) = launch.calls
    assert argv[:4] == ["/usr/bin/cmd.exe", "/c", "start", ""]
    assert argv[4] == "https://auth.example.test/authorize?a=1^&b=x^%20y^&c=^(2^)"


def test_wsl_falls_back_to_cmd_when_wslview_fails() -> None:
    launch = Launcher(succeed=False)

    assert not open_url(
        URL,
        wsl=True,
        which=which_of("wslview", "cmd.exe"),
        run=launch,
        open_default=never,
    )
    assert [argv[0] for argv in launch.calls] == [
        "/usr/bin/wslview",
        "/usr/bin/cmd.exe",
    ]


def test_wsl_with_nothing_to_launch_says_so() -> None:
    assert not open_url(
        URL, wsl=True, which=which_of(), run=Launcher(), open_default=never
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Linux version 5.15.153.1-microsoft-standard-WSL2", True),
        ("4.4.0-19041-Microsoft", True),
        ("6.1.0-18-amd64", False),
    ],
)
def test_wsl_is_recognised_from_the_kernel(
    tmp_path: Path, text: str, expected: bool
) -> None:
    marker = tmp_path / "osrelease"
    marker.write_text(text)

    assert is_wsl((tmp_path / "missing", marker)) is expected


def test_the_default_browser_is_used_elsewhere() -> None:
    opened: list[str] = []

    def record(url: str) -> bool:
        opened.append(url)
        return True

    assert open_url(
        URL, wsl=False, environ={"DISPLAY": ":0"}, open_default=record, platform="linux"
    )
    assert opened == [URL]
    assert not open_url(
        URL, wsl=False, environ={"DISPLAY": ":0"}, open_default=lambda u: False
    )


def test_no_display_means_no_browser_rather_than_a_text_one() -> None:
    assert not open_url(
        URL, wsl=False, environ={}, open_default=never, platform="linux"
    )
    assert open_url(
        URL, wsl=False, environ={}, open_default=lambda u: True, platform="darwin"
    )


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://x"]
)
def test_only_web_addresses_are_opened(url: str) -> None:
    launch = Launcher()

    assert not open_url(
        url, wsl=True, which=which_of("wslview"), run=launch, open_default=never
    )
    assert launch.calls == []


def test_cmd_escaping_leaves_plain_addresses_alone() -> None:
    assert cmd_escaped("https://x.test/a-b_c.d~e") == "https://x.test/a-b_c.d~e"
