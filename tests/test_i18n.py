"""Languages: the shipped catalogues, choosing a language, and German for real.

The tests marked ``translations`` compare the committed catalogues with the
source. When one fails, run ``scripts/update-translations`` and commit what it
changes (and translate what it added).
"""

from __future__ import annotations

import ast
import asyncio
import fnmatch
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

from jira_wizard.atlassian import callback_pages
from jira_wizard.atlassian.http import make_client
from jira_wizard.atlassian.site import probe_site
from jira_wizard.cli.main import main
from jira_wizard.core import i18n as core_i18n
from jira_wizard.core.errors import SiteNotFound
from jira_wizard.ui import i18n
from jira_wizard.ui.main import prepare_application
from jira_wizard.ui.wizard import ConnectionWizard
from tests.fixtures.qt import FakeBackend, Screenshots
from tests.test_bundle import bundle  # noqa: F401 - the frozen bundle, built once

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOGUES = sorted(path.name for path in FOLDER.glob("*.ts"))
Message = tuple[str, str]  # context, source


def finished(message: ET.Element) -> str | None:
    """A message's translation, or None while it is unfinished or empty."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished"):
        return None
    text = translation.text or ""
    return text if text.strip() else None


def messages(path: Path) -> dict[Message, ET.Element]:
    """Every message of a catalogue, by context and source text."""
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


# --- The catalogues are current --------------------------------------------


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the committed catalogues, updated and compiled afresh."""
    folder = tmp_path_factory.mktemp("translations")
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "update-translations"), "--into", str(folder)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "VIRTUAL_ENV": sys.prefix},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder


def test_both_catalogues_exist_for_german() -> None:
    assert {"messages_de.ts", "wizard_de.ts"} <= set(CATALOGUES)
    assert "de" in i18n.available_languages()


@pytest.mark.translations
@pytest.mark.parametrize("name", CATALOGUES)
def test_the_catalogue_holds_every_text_of_the_source(name: str, updated: Path) -> None:
    committed, fresh = messages(FOLDER / name), messages(updated / name)
    missing = sorted(set(fresh) - set(committed))
    stale = sorted(set(committed) - set(fresh))
    assert not missing, f"run scripts/update-translations: {name} lacks {missing[:5]}"
    assert not stale, f"run scripts/update-translations: {name} still has {stale[:5]}"


@pytest.mark.translations
@pytest.mark.parametrize("name", CATALOGUES)
def test_the_compiled_catalogue_is_compiled_from_the_committed_one(
    name: str, tmp_path: Path
) -> None:
    compiled = tmp_path / name.replace(".ts", ".qm")
    shutil.copy(FOLDER / name, tmp_path / name)
    lrelease = Path(sys.prefix) / "bin" / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(tmp_path / name), "-qm", str(compiled)],
        check=True, timeout=60,
    )  # fmt: skip
    shipped = FOLDER / compiled.name
    assert shipped.is_file(), f"run scripts/update-translations: {shipped.name} missing"
    assert shipped.read_bytes() == compiled.read_bytes(), (
        f"run scripts/update-translations: {shipped.name} is older than {name}"
    )


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_text_is_translated(name: str) -> None:
    found = messages(FOLDER / name).items()
    unfinished = [key for key, message in found if not finished(message)]
    assert not unfinished, f"{len(unfinished)} unfinished in {name}: {unfinished[:5]}"


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d+")


def accelerators(text: str) -> int:
    """How many '&' mark a keyboard shortcut ('&&' is a literal '&')."""
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def translated() -> Iterator[tuple[str, Message, str]]:
    for name in CATALOGUES:
        for key, message in messages(FOLDER / name).items():
            text = finished(message)
            if text:
                yield name, key, text


def test_every_translation_keeps_the_placeholders_and_one_accelerator() -> None:
    checked = 0
    for name, (context, source), text in translated():
        where = f"{name}, {context}: {source!r} -> {text!r}"
        assert Counter(PLACEHOLDER.findall(text)) == Counter(
            PLACEHOLDER.findall(source)
        ), where
        if accelerators(source):
            assert accelerators(text) == 1, where
        checked += 1
    assert checked >= 300, "the German messages are all checked"


def test_accelerators_are_counted_as_qt_reads_them() -> None:
    assert [accelerators(t) for t in ("&Next", "Q&&A", "Save", "&Open && &go")] == [
        1,
        0,
        0,
        2,
    ]


# --- Choosing the language ---------------------------------------------------


@pytest.mark.parametrize(
    ("override", "environ", "system", "expected"),
    [
        ("de", {}, ["en-US"], ("de", "option")),
        ("DE_at", {}, [], ("de", "option")),
        ("en", {"JIRA_WIZARD_LANGUAGE": "de"}, ["de-DE"], ("en", "option")),
        (None, {"JIRA_WIZARD_LANGUAGE": "de_DE.UTF-8"}, [], ("de", "environment")),
        (None, {"JIRA_WIZARD_LANGUAGE": " "}, ["fr-FR", "de-CH"], ("de", "system")),
        (None, {}, ["en-GB", "de-DE"], ("en", "system")),
        (None, {}, ["fr-FR", "ja"], ("en", "default")),
    ],
)
def test_the_language_follows_the_override_then_the_environment_then_the_system(
    override: str | None,
    environ: dict[str, str],
    system: list[str],
    expected: tuple[str, str],
) -> None:
    choice = i18n.choose_language(override, environ=environ, system=system)
    assert (choice.code, choice.source) == expected
    assert choice.problem is None


def test_an_unknown_language_falls_back_to_english_with_a_message(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    choice = i18n.start_language(qapp, "xx")
    try:
        assert (choice.code, core_i18n.language()) == ("en", "en")
        error = capsys.readouterr().err
        assert "no translation for the language 'xx' (--language)" in error
        assert "speak English" in error
        assert "de, en" in error
        assert "Traceback" not in error
    finally:
        i18n.remove_language(qapp)


def test_an_unknown_language_in_the_environment_names_the_variable() -> None:
    choice = i18n.choose_language(None, environ={"JIRA_WIZARD_LANGUAGE": "klingon"})
    assert choice.code == "en"
    assert choice.problem is not None
    assert "JIRA_WIZARD_LANGUAGE" in choice.problem


def test_the_window_commands_take_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    import jira_wizard.app

    seen: list[str | None] = []
    monkeypatch.setattr(
        jira_wizard.app, "run_gui", lambda **kwargs: seen.append(kwargs["language"])
    )
    main(["--language", "de"])
    main(["manage", "--language", "de"])
    main([])
    assert seen == ["de", "de", None]


# --- German for real ---------------------------------------------------------


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "de")
    try:
        yield
    finally:
        i18n.remove_language(qapp)
    assert core_i18n.language() == "en"


def test_the_application_is_prepared_speaking_the_language_asked_for(
    qapp: QApplication,
) -> None:
    try:
        assert prepare_application([], language="de") is qapp
        assert (i18n.installed_language(), core_i18n.language()) == ("de", "de")
    finally:
        i18n.remove_language(qapp)
    assert i18n.installed_language() is None


def no_site_there(site_url: str) -> SiteNotFound:
    """The error the real probe gives where no Jira answers (a web server's 404s)."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, html="<html>Not here</html>")

    async def probe() -> None:
        async with make_client(transport=httpx.MockTransport(answer)) as client:
            await probe_site(client, site_url)

    with pytest.raises(SiteNotFound) as caught:
        asyncio.run(probe())
    return caught.value


@pytest.mark.usefixtures("german")
def test_a_backend_error_comes_out_in_german() -> None:
    error = no_site_there("https://acme.atlassian.net")
    assert error.message == (
        "Unter acme.atlassian.net antwortet keine Jira-Cloud-Website."
    )
    assert error.advice.startswith("Prüfen Sie die Adresse: Meist lautet sie")


def test_without_a_language_the_same_error_is_english() -> None:
    error = no_site_there("https://acme.atlassian.net")
    assert error.message == "No Jira Cloud site answers at acme.atlassian.net."


@pytest.mark.usefixtures("german")
def test_the_sign_in_s_browser_page_is_german() -> None:
    page = callback_pages.signed_in().body.decode("utf-8")
    assert '<html lang="de">' in page
    assert "<h1>Sie sind angemeldet</h1>" in page
    assert "Sie können diesen Tab schließen" in page


@pytest.mark.usefixtures("german")
def test_qt_s_own_wizard_buttons_are_german(qapp: QApplication) -> None:
    wizard = QWizard()
    for _ in range(2):
        wizard.addPage(QWizardPage())
    wizard.restart()
    texts = [
        wizard.button(button).text().replace("&", "")
        for button in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    assert texts == ["Weiter >", "< Zurück", "Abbrechen"]


@pytest.mark.usefixtures("german")
def test_a_german_screenshot_of_the_wizard_s_first_page(
    make_wizard: Callable[..., ConnectionWizard],
    fake_backend: FakeBackend,
    screenshots: Screenshots,
) -> None:
    wizard = make_wizard(fake_backend)
    path = screenshots.take(wizard, "first-page-german")
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Weiter >"
    assert path.stat().st_size > 1000


# --- The command line stays English and loads no Qt ---------------------------

#: Runs the command line in a fresh interpreter, with German asked for in
#: every way there is, and says what it printed and imported.
PROBE = """
import contextlib, io, json, sys
from jira_wizard.cli.main import main
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
json.dump({"code": code, "err": err.getvalue(), "modules": sorted(sys.modules)},
          sys.stdout)
"""


def run_command_line(*args: str) -> dict[str, object]:
    german = {"JIRA_WIZARD_LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    # keyring's backend that finds no keychain: the same refusal on every machine.
    no_keychain = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
        timeout=60, check=False, env={**os.environ, **german, **no_keychain},
    )  # fmt: skip
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_a_command_s_error_is_english_and_loads_no_qt() -> None:
    report = run_command_line("--language", "de", "test", "work")
    assert report["code"] == 1
    assert str(report["err"]).startswith(
        "jira-wizard: The keychain found (keyring.backends.fail.Keyring) cannot be "
        "used: no system keychain was found. Secrets are kept only"
    )
    modules = report["modules"]
    assert isinstance(modules, list)
    assert "jira_wizard.storage.keychain" in modules
    assert not [m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")]


def test_the_version_is_printed_without_qt() -> None:
    report = run_command_line("--language", "de", "--version")
    modules = report["modules"]
    assert report["code"] == 0
    assert isinstance(modules, list)
    assert not [m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")]


# --- The frozen bundle ships them ---------------------------------------------


def excluded_from_the_bundle() -> dict[str, str]:
    """The spec's table of files left out of the bundle, read without running it."""
    spec = ast.parse((ROOT / "packaging" / "jira-wizard.spec").read_text())
    for node in spec.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == (
            "EXCLUDED_FILES"
        ):
            table: dict[str, str] = ast.literal_eval(node.value)
            return table
    raise AssertionError("the spec has no EXCLUDED_FILES")


@pytest.mark.parametrize(
    ("path", "shipped"),
    [
        ("jira_wizard/resources/translations/messages_de.qm", True),
        ("jira_wizard/resources/translations/wizard_de.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/translations/qtbase_de.qm", True),
        ("jira_wizard/resources/translations/messages_de.ts", False),
        ("PySide6/Qt/translations/qtwebengine_de.qm", False),
    ],
)
def test_the_bundle_keeps_the_compiled_catalogues_and_qt_s_german(
    path: str, shipped: bool
) -> None:
    dropped = [p for p in excluded_from_the_bundle() if fnmatch.fnmatchcase(path, p)]
    assert (not dropped) is shipped, dropped


@pytest.mark.slow
@pytest.mark.real
def test_the_frozen_wizard_finds_its_catalogues_and_qt_s_german(
    bundle: Path,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    # Offscreen: only the start-up's log lines matter, and the bundle keeps
    # that platform for runs without a screen.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    binary = bundle / "jira-wizard"
    app = subprocess.Popen(
        [str(binary), "-v", "--language", "de"], env=env, text=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        told = said_until(app, "speaking ", seconds=60)
    finally:
        app.terminate()
        app.wait(timeout=30)
    assert "speaking de (option)" in told, told
    assert "could not be loaded" not in told
    assert "qtbase_de.qm is missing" not in told
    translations = bundle / "_internal" / "jira_wizard" / "resources" / "translations"
    assert sorted(p.name for p in translations.iterdir()) == [
        "messages_de.qm",
        "wizard_de.qm",
    ]


def said_until(process: subprocess.Popen[str], words: str, seconds: float) -> str:
    """What ``process`` wrote on standard error until it wrote ``words``."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    stream = process.stderr

    def read() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    told, deadline = "", time.monotonic() + seconds
    while words not in told and time.monotonic() < deadline:
        try:
            told += lines.get(timeout=1)
        except queue.Empty:
            if process.poll() is not None:
                break
    return told
