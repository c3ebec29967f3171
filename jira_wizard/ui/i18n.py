"""The language the windows speak, chosen once at start-up.

The first of these that names a language the program ships wins:

1. ``jira-wizard --language CODE`` (the ``override``);
2. the ``JIRA_WIZARD_LANGUAGE`` environment variable;
3. the system's user-interface languages, in the person's order of
   preference (``QLocale.system().uiLanguages()``).

English, the language the program is written in, is the answer when none
does. A language the program does not ship, asked for by name (1 or 2), is
said on standard error and in the log, in English, and English is used: the
person asked for something specific, and silently guessing another language
would hide the typo.

A language is shipped when its compiled catalogues are in
``resources/translations`` (``wizard_<code>.qm`` for the widgets,
``messages_<code>.qm`` for the sentences made outside them). Qt's own
``qtbase_<code>.qm`` comes from Qt's translations folder and translates what
Qt draws itself: the wizard's Back, Next and Cancel buttons and the standard
dialogs. Installing a language also hands Qt's translator to the pure layers
(``jira_wizard.core.i18n``), so that error messages, the sign-in's pages in
the browser and the help pages follow it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jira_wizard.core import i18n
from jira_wizard.resources import resource_path

__all__ = [
    "CATALOGUES",
    "LANGUAGE_ENV",
    "SOURCE_LANGUAGE",
    "LanguageChoice",
    "available_languages",
    "choose_language",
    "install_language",
    "installed_language",
    "remove_language",
    "start_language",
]

log = logging.getLogger(__name__)

#: Names a language for the windows when ``--language`` is not given.
LANGUAGE_ENV = "JIRA_WIZARD_LANGUAGE"
#: The language the program's texts are written in; it needs no catalogue.
SOURCE_LANGUAGE = "en"
#: The program's catalogues, each compiled per language as ``<name>_<code>.qm``.
CATALOGUES = ("wizard", "messages")

_translators: list[QTranslator] = []
_installed: str | None = None
#: Whether ``install_language`` changed Qt's default locale (undone on removal).
_default_locale_set = False


@dataclass(frozen=True)
class LanguageChoice:
    """The language chosen, where the choice came from, and any problem with it.

    ``source`` is ``"option"``, ``"environment"``, ``"system"`` or
    ``"default"``; ``problem`` is an English sentence for a language that was
    asked for by name but is not shipped.
    """

    code: str
    source: str
    problem: str | None = None


def available_languages() -> tuple[str, ...]:
    """English and every language whose catalogues are all shipped, sorted."""
    folder = resource_path("translations")
    shipped = {SOURCE_LANGUAGE}
    for path in folder.glob(f"{CATALOGUES[0]}_*.qm"):
        code = path.stem.rpartition("_")[2]
        if all((folder / f"{name}_{code}.qm").is_file() for name in CATALOGUES):
            shipped.add(code)
    return tuple(sorted(shipped))


def choose_language(
    override: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    system: Sequence[str] | None = None,
) -> LanguageChoice:
    """The language to speak; ``environ`` and ``system`` default to this machine's."""
    shipped = available_languages()
    environ = os.environ if environ is None else environ
    for source, asked in (
        ("option", override),
        ("environment", environ.get(LANGUAGE_ENV)),
    ):
        if asked is not None and asked.strip():
            return _asked_for(asked.strip(), source, shipped)
    if system is None:
        system = QLocale.system().uiLanguages()
    for tag in system:
        code = language_code(tag)
        if code in shipped:
            return LanguageChoice(code, "system")
    return LanguageChoice(SOURCE_LANGUAGE, "default")


def language_code(tag: str) -> str:
    """The language part of a tag: ``de`` for ``de-AT``, ``de_DE.UTF-8`` or ``DE``."""
    return tag.strip().replace("-", "_").partition("_")[0].partition(".")[0].lower()


def _asked_for(asked: str, source: str, shipped: tuple[str, ...]) -> LanguageChoice:
    code = language_code(asked)
    if code in shipped:
        return LanguageChoice(code, source)
    where = "--language" if source == "option" else LANGUAGE_ENV
    # Never translated: no language is installed yet, and this says why.
    problem = (
        f"There is no translation for the language '{asked}' ({where}); the "
        f"windows speak English. Languages: {', '.join(shipped)}."
    )
    return LanguageChoice(SOURCE_LANGUAGE, source, problem)


def start_language(
    app: QCoreApplication, override: str | None = None
) -> LanguageChoice:
    """Choose the language, say what was wrong with an asked-for one, install it."""
    choice = choose_language(override)
    if choice.problem is not None:
        log.warning("%s", choice.problem)
        # A windowed program has no standard error on Windows (pythonw).
        if sys.stderr is not None:
            print(f"jira-wizard: {choice.problem}", file=sys.stderr)
    install_language(app, choice.code)
    log.info("speaking %s (%s)", choice.code, choice.source)
    return choice


def install_language(app: QCoreApplication, code: str) -> None:
    """Make ``app`` and the pure layers speak ``code``, in place of any earlier one."""
    global _installed, _default_locale_set
    remove_language(app)
    locale = QLocale(code)
    if code != SOURCE_LANGUAGE:
        for translator in _load_translators(app, code):
            app.installTranslator(translator)
            _translators.append(translator)
        # Dates and numbers in the language spoken; the system's own locale
        # stays when it is of that language, keeping the person's region.
        if QLocale.system().language() != locale.language():
            QLocale.setDefault(locale)
            _default_locale_set = True
    i18n.install(_translate, code)
    # The layout's direction (right to left for Arabic or Hebrew) is left to
    # Qt, which reads it from its own catalogue as that is installed and
    # removed; asking the locale for it would load Qt's whole namespace of
    # enums before the first page is painted.
    _installed = code


def remove_language(app: QCoreApplication) -> None:
    """Back to English: the translators leave ``app``, the pure layers follow."""
    global _installed, _default_locale_set
    for translator in _translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _translators.clear()
    i18n.uninstall()
    if _default_locale_set:
        QLocale.setDefault(QLocale.system())
        _default_locale_set = False
    _installed = None


def installed_language() -> str | None:
    """The code of the language installed, or None before ``install_language``."""
    return _installed


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _load_translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    loaded: list[QTranslator] = []
    for name in CATALOGUES:
        path = resource_path("translations", f"{name}_{code}.qm")
        translator = QTranslator(app)
        if translator.load(str(path)):
            loaded.append(translator)
        else:
            log.warning("the catalogue %s could not be loaded", path.name)
    qt_translator = QTranslator(app)
    folder = _qt_translations(code)
    if folder is not None and qt_translator.load(f"qtbase_{code}", str(folder)):
        loaded.append(qt_translator)
    else:
        log.warning("Qt's own qtbase_%s.qm is missing: its buttons stay English", code)
    return loaded


def _qt_translations(code: str) -> Path | None:
    """The folder that holds Qt's ``qtbase_<code>.qm``.

    Qt's own idea first (PySide6 and a frozen bundle both point it at the
    bundled Qt), then PySide6's folders: ``Qt/translations`` on Linux and
    macOS, ``translations`` on Windows.
    """
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    candidates = (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    )
    for folder in candidates:
        if (folder / f"qtbase_{code}.qm").is_file():
            return folder
    return None
