"""The packaged program: its installers' metadata, and the frozen bundle run for real.

The fast half checks that the desktop entry, AppStream metadata, Info.plist,
Inno Setup script and install script agree with the package on version, URL
scheme and policy location, and that the build's helpers (leaving parts out,
the ICU data, the icon files) do what they say. The slow half builds the
bundle once per run with ``scripts/build-bundle`` (a bundle in ``dist/`` newer
than every source, PySide6 and PyInstaller is reused) and runs it: commands
against the sandbox and the real Secret Service, an OAuth sign-in whose
"browser" records what it inherits, the wizard's first page on a virtual X
screen, and the Linux tarball's install and uninstall scripts.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import plistlib
import re
import shutil
import socket
import struct
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtGui import QImage

from jira_wizard import __version__
from jira_wizard.core import policy
from jira_wizard.sandbox import DEMO, Sandbox
from tests.conftest import missing_real_part
from tests.fixtures.keychain import stored_keys
from tests.fixtures.sandbox import http_client

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUNDLE = DIST / "jira-wizard"
BINARY = BUNDLE / ("jira-wizard.exe" if sys.platform == "win32" else "jira-wizard")
APP_ID = "io.github.jirawizard.JiraWizard"
SCHEME = "jira-wizard"
BUDGET_MB = 120
LINUX = sys.platform.startswith("linux")
only_linux = pytest.mark.skipif(not LINUX, reason="the Linux bundle")


def load(name: str) -> ModuleType:
    """A build helper from packaging/pyinstaller (a folder, not a package)."""
    path = PACKAGING / "pyinstaller" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bundle_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim, icudata, iconfiles = load("trim"), load("icudata"), load("iconfiles")


# --- The installers agree with the package ---------------------------------


def policy_path_on(platform: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("PROGRAMDATA", r"C:\ProgramData")
    return str(policy.system_policy_path())


def test_desktop_entry_opens_jira_wizard_links() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "jira-wizard.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert f"x-scheme-handler/{SCHEME}" in entry["MimeType"].split(";")
    assert entry["Exec"] == "jira-wizard %u"
    assert entry["Icon"] == "jira-wizard"


def test_appstream_metadata_names_the_release_and_the_launcher() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    component = ET.parse(path).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == "jira-wizard.desktop"
    assert component.findtext("provides/binary") == "jira-wizard"
    assert component.findtext("provides/mediatype") == f"x-scheme-handler/{SCHEME}"
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__


def test_appstream_metadata_is_valid() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed")
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    command = ["appstreamcli", "validate", "--no-net", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_macos_bundle_has_the_id_version_and_scheme() -> None:
    with open(PACKAGING / "macos" / "Info.plist", "rb") as file:
        info = plistlib.load(file)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleVersion"] == __version__
    [url_type] = info["CFBundleURLTypes"]
    assert url_type["CFBundleURLSchemes"] == [SCHEME]
    spec = (PACKAGING / "jira-wizard.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec


def test_windows_installer_has_the_version_scheme_and_policy_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = (PACKAGING / "windows" / "jira-wizard.iss").read_text(encoding="utf-8")
    defined = dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', script, re.MULTILINE))
    assert defined["AppVersion"] == __version__
    assert defined["UrlScheme"] == SCHEME
    folder = defined["PolicyFolder"].replace("{commonappdata}", r"C:\ProgramData")
    expected = policy_path_on("win32", monkeypatch).replace("/", "\\")
    assert f"{folder}\\{defined['PolicyName']}" == expected


def test_linux_and_macos_lay_the_policy_where_the_program_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    assert f"POLICY_FILE={policy_path_on('linux', monkeypatch)}\n" in install
    assert f"APP_ID={APP_ID}\n" in install
    signing = (PACKAGING / "macos" / "SIGNING.md").read_text(encoding="utf-8")
    assert policy_path_on("darwin", monkeypatch) in signing


# --- The build's helpers ---------------------------------------------------


def test_leaving_out_a_plugin_drops_the_system_libraries_only_it_linked() -> None:
    def binary(path: str) -> tuple[str, str, str]:
        return (path, path.rsplit("/", 1)[-1], "BINARY")

    plugin = binary("Qt/plugins/platformthemes/libqgtk3.so")
    gtk, cairo, glib = binary("libgtk-3.so.0"), binary("libcairo.so.2"), binary("glib")
    qt_core = binary("Qt/lib/libQt6Core.so.6")  # shipped by PySide6: kept
    dbus = binary("libdbus-1.so.3")  # linked by nothing: loaded by name
    data = ("Qt/translations/qtbase_de.qm", "qtbase_de.qm", "DATA")
    links = {
        "libqgtk3.so": ["libgtk-3.so.0", "libQt6Core.so.6"],
        "libgtk-3.so.0": ["libcairo.so.2", "glib"],
        "libQt6Core.so.6": ["glib"],
    }
    entries = [plugin, gtk, cairo, glib, qt_core, dbus, data]
    rules = {"*/platformthemes/*gtk3*": "drags GTK in"}

    kept, dropped = trim.leave_out(entries, rules, lambda s: links.get(s, []))

    assert kept == [glib, qt_core, dbus, data]
    assert dict(dropped) == {
        plugin: "drags GTK in",
        gtk: "needed only by parts left out",
        cairo: "needed only by parts left out",
    }


def icu_package(items: dict[str, bytes]) -> bytes:
    header = struct.pack("<HBBHHBBBB4s", 32, 0xDA, 0x27, 20, 0, 0, 0, 2, 0, b"CmnD")
    named = [(f"icudt99l/{name}", data) for name, data in items.items()]
    package: bytes = icudata.write_package(header.ljust(32, b"\0"), named)
    return package


def test_icu_data_keeps_only_the_named_items_on_16_byte_boundaries() -> None:
    items = {"root.res": b"r" * 7, "coll/root.res": b"c" * 33, "ibm-37.cnv": b"x"}
    package = icu_package(items)
    padded = [
        (f"icudt99l/{k}", v.ljust(-(-len(v) // 16) * 16, b"\xaa"))
        for k, v in items.items()
    ]
    assert icudata.read_items(package)[2] == sorted(padded)

    trimmed = icudata.trimmed_package(package, ("root.res", "coll/*"))
    header, prefix, kept = icudata.read_items(trimmed)
    assert prefix == "icudt99l/"
    assert [name for name, _ in kept] == ["icudt99l/coll/root.res", "icudt99l/root.res"]
    table = len(header)
    offsets = [struct.unpack_from("<II", trimmed, table + 4 + 8 * i)[1] for i in (0, 1)]
    assert [(table + offset) % 16 for offset in offsets] == [0, 0]


@pytest.mark.real
def test_icu_data_library_round_trips_through_the_compiler(tmp_path: Path) -> None:
    if shutil.which("cc") is None:
        missing_real_part("a C compiler (cc), which assembles the smaller ICU data")
    package = icu_package({"root.res": b"root data"})
    target = tmp_path / "libicudata.so.99"
    library = icudata.build_library(package, "icudt99_dat", target.name, target)
    assert icudata.data_symbol(library) == "icudt99_dat"
    assert icudata.extract_package(library, "icudt99_dat") == package


def test_icon_files_hold_every_png_unchanged(tmp_path: Path) -> None:
    icons = ROOT / "resources" / "icons"
    pngs = iconfiles.icon_pngs(icons, "jira-wizard")
    assert sorted(pngs) == [16, 32, 48, 64, 128, 256]

    ico = iconfiles.write_icon(icons, "jira-wizard", tmp_path / "a.ico").read_bytes()
    assert struct.unpack_from("<HHH", ico) == (0, 1, len(pngs))
    for index, size in enumerate(sorted(pngs)):
        entry = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        width, length, at = entry[0], entry[6], entry[7]
        assert (width, ico[at : at + length]) == (size % 256, pngs[size])

    icns = iconfiles.write_icon(icons, "jira-wizard", tmp_path / "a.icns").read_bytes()
    assert struct.unpack_from(">4sI", icns) == (b"icns", len(icns))
    found, at = {}, 8
    while at < len(icns):
        kind, length = struct.unpack_from(">4sI", icns, at)
        found[kind] = icns[at + 8 : at + length]
        at += length
    assert found[b"icp4"] == pngs[16]
    assert found[b"ic07"] == pngs[128]
    assert found[b"ic08"] == found[b"ic13"] == pngs[256]


# --- The frozen bundle, built once per run ---------------------------------


def newest_source() -> float:
    """When the newest input of the build changed, PySide6 and PyInstaller included."""
    import PyInstaller  # type: ignore[import-untyped]
    import PySide6

    paths = [
        ROOT / "pyproject.toml",
        Path(PySide6.__file__),
        Path(PyInstaller.__file__),
    ]
    for folder in ("jira_wizard", "resources", "packaging", "scripts"):
        found = (ROOT / folder).rglob("*")
        paths += [p for p in found if p.is_file() and "__pycache__" not in p.parts]
    return max(path.stat().st_mtime for path in paths)


def fresh_build() -> bool:
    outputs = [BINARY]
    if LINUX:
        outputs += DIST.glob(f"jira-wizard-{__version__}-linux-*.tar.gz")
    if len(outputs) < 1 + LINUX or not BINARY.exists():
        return False
    return min(path.stat().st_mtime for path in outputs) > newest_source()


@pytest.fixture(scope="session")
def bundle(pytestconfig: pytest.Config) -> Path:
    """dist/jira-wizard, built by scripts/build-bundle unless a fresh one is there."""
    if importlib.util.find_spec("PyInstaller") is None:
        missing_real_part("PyInstaller (pip install -e '.[build]')")
    import filelock

    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    say: Callable[[str], None] = reporter.write_line if reporter else print
    (ROOT / "build").mkdir(exist_ok=True)
    # One build at a time, also across test runs started side by side.
    with filelock.FileLock(str(ROOT / "build" / "bundle.lock"), timeout=900):
        if fresh_build():
            say(f"\nreusing {BUNDLE}: newer than every source")
            return BUNDLE
        build = [
            "bash",
            str(ROOT / "scripts" / "build-bundle"),
            "--python",
            sys.executable,
        ]
        done = subprocess.run(build, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    say("\n" + done.stdout.strip())
    return BUNDLE


def frozen(test: Callable[..., None]) -> Callable[..., None]:
    """Marks a test that runs the bundle."""
    marked: Callable[..., None] = pytest.mark.slow(
        pytest.mark.real(pytest.mark.usefixtures("bundle")(test))
    )
    return marked


def run(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Any:
    return subprocess.run(
        [str(BINARY), *args], input=stdin, capture_output=True, text=True,
        env=env, timeout=120, check=False,
    )  # fmt: skip


def stop(process: subprocess.Popen[Any]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture
def sandbox_env(sandbox: Sandbox, store: object) -> dict[str, str]:
    # ``store`` requires the real Secret Service and removes what tests leave.
    return {**os.environ, **sandbox.endpoints().environment()}


@only_linux
@frozen
def test_bundle_size_is_within_budget(capsys: pytest.CaptureFixture[str]) -> None:
    size = trim.megabytes(str(BUNDLE))
    with capsys.disabled():
        print(f"\nbundle size: {size:.1f} MB (budget {BUDGET_MB} MB)")
    assert size <= BUDGET_MB


@frozen
def test_frozen_version() -> None:
    done = run("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"jira-wizard {__version__}")


@frozen
def test_frozen_doctor_finds_the_secret_service_and_loads_no_qt(
    sandbox_env: dict[str, str],
) -> None:
    # Without keyring's entry points in the bundle, this would be "fail".
    done = run("doctor", env=sandbox_env)
    assert done.returncode == 0, done.stderr
    keychain = done.stdout.split("Keychain\n", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"Backend:\s+keyring\.backends\.SecretService\.Keyring", keychain)
    assert re.search(r"State:\s+secure, in use", keychain)
    assert re.search(r"Qt:\s+\(not loaded\)", done.stdout)
    # PySide6's own metadata travels with the bundle, for the report.
    assert re.search(r"PySide6:\s+\d+\.\d+", done.stdout), done.stdout[:600]


@frozen
def test_frozen_add_api_token_against_the_sandbox(
    sandbox: Sandbox, sandbox_env: dict[str, str], secret_service_backend: Any
) -> None:
    before = stored_keys(secret_service_backend)
    added = run(
        "add", "api-token", "--name", "acme", "--site", sandbox.urls.sites["acme"],
        "--email", DEMO.email, "--token-stdin", "--json",
        env=sandbox_env, stdin=DEMO.api_token + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["name"] == "acme"
    assert stored_keys(secret_service_backend) > before

    [listed] = json.loads(run("list", "--json", env=sandbox_env).stdout)
    assert listed["account"]["display_name"] == DEMO.display_name
    tested = run("test", "acme", env=sandbox_env)
    assert tested.returncode == 0, tested.stderr
    assert DEMO.display_name in tested.stdout
    assert run("remove", "acme", env=sandbox_env).returncode == 0
    assert stored_keys(secret_service_backend) == before


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def allow_in_browser(process: subprocess.Popen[str], sandbox: Sandbox) -> None:
    """What a person does with the printed link: Allow for acme, then back."""
    assert process.stderr is not None
    link = next(line.strip() for line in process.stderr if line.startswith("  http"))
    with http_client() as browser:
        page = browser.get(link)
        consent_id = re.search(r'name="consent_id" value="([^"]+)"', page.text)
        assert consent_id, page.text
        choice = {"consent_id": consent_id.group(1), "decision": "allow"}
        choice["site"] = sandbox.cloud_id("acme")
        answer = browser.post(f"{sandbox.urls.auth_url}/authorize/consent", data=choice)
        assert answer.status_code == 302, answer.text
        assert browser.get(answer.headers["Location"]).status_code == 200


@only_linux
@frozen
def test_frozen_sign_in_starts_the_browser_with_the_person_s_environment(
    sandbox: Sandbox, sandbox_env: dict[str, str], tmp_path: Path
) -> None:
    port, secret = free_port(), "bundle-app-secret-4Tq9"
    sandbox.register_app("bundle-app", secret, f"http://localhost:{port}/callback")
    inherited, browser = tmp_path / "inherited", tmp_path / "browser"
    browser.write_text(f'#!/bin/sh\nenv -0 > "{inherited}"\n', encoding="utf-8")
    browser.chmod(0o755)
    env = {**sandbox_env, "BROWSER": str(browser)}
    env.pop("LD_LIBRARY_PATH", None)
    process = subprocess.Popen(
        [str(BINARY), "add", "oauth", "--name", "mine", "--json",
         "--site", sandbox.urls.sites["acme"], "--client-id", "bundle-app",
         "--client-secret-stdin", "--port", str(port)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(secret + "\n")
    process.stdin.close()
    process.stdin = None  # so that communicate() does not flush it again
    allow_in_browser(process, sandbox)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert json.loads(out)["auth_type"] == "oauth_own"

    pairs = [item.split("=", 1) for item in inherited.read_text().split("\0")]
    variables = dict(pair for pair in pairs if len(pair) == 2)
    assert "LD_LIBRARY_PATH" not in variables
    assert [name for name, value in variables.items() if str(BUNDLE) in value] == []


SMALL_ICU_CHECK = """
import functools, json
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
collator, zone = QCollator(QLocale("de_DE")), QTimeZone(b"Europe/Berlin")
maps = open("/proc/self/maps").read().splitlines()
print(json.dumps({
    "sorted": sorted(["z", "b", "ä", "a"], key=functools.cmp_to_key(collator.compare)),
    "upper": QLocale("tr_TR").toUpper("istanbul"),
    "offset": zone.standardTimeOffset(QDateTime(2026, 1, 15, 12, 0, 0)),
    "loaded": sorted({line.split()[-1] for line in maps if "libicudata" in line}),
}))
"""


@only_linux
@frozen
def test_qt_still_collates_cases_and_knows_time_zones_with_the_bundle_s_icu() -> None:
    [library] = BUNDLE.glob("_internal/PySide6/Qt/lib/libicudata.so.*")
    assert library.stat().st_size < 5_000_000, "the ICU data was not trimmed"
    # The bundle runs no Python of the test's, so the test's own interpreter
    # runs the same Qt on the bundle's ICU data.
    done = subprocess.run(
        [sys.executable, "-c", SMALL_ICU_CHECK], capture_output=True, text=True,
        env={**os.environ, "LD_PRELOAD": str(library)}, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "sorted": ["a", "ä", "b", "z"],
        "upper": "İSTANBUL",
        "offset": 3600,
        "loaded": [str(library)],
    }


# --- The wizard on a virtual X screen, and the tarball ------------------------


@pytest.fixture
def x_screen(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A virtual X screen: its DISPLAY, and the file Xvfb keeps its pixels in."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        missing_real_part("Xvfb, a virtual X screen")
    read, write = os.pipe()
    server = subprocess.Popen(
        [str(xvfb), "-displayfd", str(write), "-screen", "0", "1024x768x24",
         "-fbdir", str(tmp_path), "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}", tmp_path / "Xvfb_screen0"
    finally:
        stop(server)


def screen(framebuffer: Path) -> QImage:
    """What the screen shows, from the XWD file Xvfb keeps (32 bits a pixel)."""
    data = framebuffer.read_bytes()
    fields = struct.unpack_from(">25I", data)
    header, width, height, per_line, colours = (fields[i] for i in (0, 4, 5, 12, 19))
    start = header + 12 * colours
    pixels = data[start : start + per_line * height]
    return QImage(pixels, width, height, per_line, QImage.Format.Format_RGB32).copy()


def settled(framebuffer: Path, blank: QImage, seconds: float) -> QImage:
    """The screen once a window is drawn and a second passes without change."""
    deadline, last, unchanged = time.monotonic() + seconds, blank, 0
    while time.monotonic() < deadline:
        frame = screen(framebuffer)
        unchanged = unchanged + 1 if frame == last and frame != blank else 0
        if unchanged == 4:
            return frame
        last = frame
        time.sleep(0.25)
    raise AssertionError("no window settled on the screen")


def showing(framebuffer: Path, expected: QImage, seconds: float) -> QImage:
    """The screen once it shows ``expected``, or as it is when time is up."""
    deadline, frame = time.monotonic() + seconds, screen(framebuffer)
    while frame != expected and time.monotonic() < deadline:
        time.sleep(0.25)
        frame = screen(framebuffer)
    return frame


@only_linux
@frozen
def test_the_frozen_wizard_s_first_page_looks_as_it_does_from_source(
    x_screen: tuple[str, Path], artifacts: Path
) -> None:
    # Same screen, same fonts: a plugin, style, font or icon missing from the
    # bundle shows as different pixels.
    display, framebuffer = x_screen
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    quiet: Any = {
        "env": env,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
    }
    blank = screen(framebuffer)
    source = subprocess.Popen([sys.executable, "-m", "jira_wizard"], cwd=ROOT, **quiet)
    try:
        reference = settled(framebuffer, blank, 60)
    finally:
        stop(source)
    reference.save(str(artifacts / "bundle-first-page-from-source.png"))

    app = subprocess.Popen([str(BINARY)], **quiet)
    try:
        shot = showing(framebuffer, reference, 60)
    finally:
        stop(app)
    shot.save(str(artifacts / "bundle-first-page.png"))
    assert shot == reference, "compare test-artifacts/bundle-first-page*.png"


@only_linux
@frozen
def test_the_tarball_installs_and_uninstalls_for_one_account(tmp_path: Path) -> None:
    [tarball] = DIST.glob(f"jira-wizard-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    [unpacked] = (tmp_path / "unpacked").iterdir()
    home, data = tmp_path / "home", Path(os.environ["XDG_DATA_HOME"])
    quiet: Any = {"env": {**os.environ, "HOME": str(home)}, "capture_output": True}

    installed = subprocess.run(["sh", str(unpacked / "install.sh"), "--user"], **quiet)
    assert installed.returncode == 0, installed.stderr
    app, command = home / ".local/opt/jira-wizard", home / ".local/bin/jira-wizard"
    version = subprocess.run([command, "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"jira-wizard {__version__}"
    entry = (data / "applications/jira-wizard.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/jira-wizard" %u\n' in entry
    assert (data / "icons/hicolor/256x256/apps/jira-wizard.png").is_file()
    assert (data / "icons/hicolor/scalable/apps/jira-wizard.svg").is_file()
    assert (data / f"metainfo/{APP_ID}.metainfo.xml").is_file()

    removed = subprocess.run(["sh", str(app / "uninstall.sh")], **quiet)
    assert removed.returncode == 0, removed.stderr
    assert not app.exists()
    assert not command.is_symlink()
    caches = {"mimeinfo.cache", "icon-theme.cache"}
    assert [p for p in data.rglob("*") if p.is_file() and p.name not in caches] == []
