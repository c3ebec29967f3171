"""The language the product speaks, without tying the pure layers to Qt.

Sentences the widgets never see directly (error messages and advice, notes
about a preset, the pages the browser shows after a sign-in) are written in
English where they are made, and passed through :func:`translate` with a
context name, the way Qt's own ``QCoreApplication.translate`` is called, so
that Qt's translation tools find them in the source. The window installs
Qt's translator here at start-up (:func:`install`); the command line never
does, so it always speaks English and never loads Qt.

A sentence kept in a constant, such as an error's default advice, is marked
with :func:`noop` where it is written and translated where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["install", "language", "noop", "translate", "uninstall"]

Translator = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    return text


_translator: Translator = _untranslated
_language = "en"


def install(translator: Translator, language_code: str) -> None:
    """Send every later :func:`translate` through ``translator``.

    ``language_code`` is the two-letter code of the language it speaks
    (``"de"``); help pages and other files shipped per language use it.
    """
    global _translator, _language
    _translator = translator
    _language = language_code


def uninstall() -> None:
    """Back to English (tests, and a window closed in a long-lived process)."""
    install(_untranslated, "en")


def translate(context: str, text: str) -> str:
    """``text`` in the current language; English when there is no translation."""
    return _translator(context, text)


def noop(context: str, text: str) -> str:
    """Marks ``text`` for translation without translating it yet."""
    return text


def language() -> str:
    """The two-letter code of the language the product speaks now."""
    return _language
