"""Translation hook for code that must not import Qt (models/, exports/), and the command line's
translations.

User-visible strings in models/ and exports/ are written as
`translate("Context", "English source {name}")`, so that pyside6-lupdate extracts them into the
same .ts files as the GUI's. The app installs Qt's `QCoreApplication.translate` with `install()`
(ui/i18n.py, QTranslator). The command line installs `install_cli()`: the same compiled .qm files
read by models.text.qm, which translates exactly as QTranslator does without importing Qt (importing
QtCore and creating a QCoreApplication cost a command about a tenth of a second). Without either
(plain library use, tests of the data layer) the English source is returned unchanged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")

_translator: Callable[[str, str], str] | None = None


def install(fn: Callable[[str, str], str] | None) -> None:
    """Route every later `translate()` call through `fn(context, source)`."""
    global _translator
    _translator = fn


def translate(context: str, source: str) -> str:
    """Return `source` in the chosen language (English when no translator is installed)."""
    if _translator is None:
        return source
    return _translator(context, source)


def _windows_ui_language() -> str:
    """The Windows display language as a locale name ("zh_CN"), "" when unknown."""
    try:
        import ctypes
        import locale

        langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return locale.windows_locale.get(langid, "")
    except (AttributeError, OSError):
        return ""


def system_language_name() -> str:
    """The user's language as a locale name, without Qt.

    The rule of ui.shell.i18n.resolve_language (Qt's QLocale.system()) for the command line:
    on Unix the
    first of LC_ALL, LC_MESSAGES, LANG that is set (as Qt and gettext read them); on Windows the
    display language (GetUserDefaultUILanguage), else the locale module's guess.
    """
    if sys.platform == "win32":
        name = _windows_ui_language()
        if name:
            return name
    else:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var, "")
            if value:
                return value
    import locale

    return locale.getlocale()[0] or ""


def resolve_cli_language(requested: str | None) -> str:
    """`--lang` if given, else Simplified Chinese on a Chinese system, else English."""
    if requested in LANGUAGES:
        return requested
    return "zh_CN" if system_language_name().lower().startswith("zh") else "en"


def install_cli(requested: str | None) -> str:
    """The command line's translations: the chosen language's .qm files (one per area of the
    code, see resources/i18n/update.py) through models.text.qm. Returns the language in effect."""
    language = resolve_cli_language(requested)
    if language == "en":
        install(None)
        return language
    from models.text.qm import QmCatalog, QmError, QmFile

    files = []
    for path in sorted(I18N_DIR.glob(f"*_{language}.qm")):
        try:
            files.append(QmFile.load(path))
        except (OSError, QmError):
            continue  # as QTranslator.load failing: that area stays in English
    if not files:
        install(None)
        return "en"
    install(QmCatalog(files).translate)
    return language
