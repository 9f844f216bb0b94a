"""Language choice and Qt translators for the app (the command line's are in models.text.i18n)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.text import i18n

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


def resolve_language(requested: str | None) -> str:
    """`--lang` if given, else Simplified Chinese on a Chinese system, else English."""
    if requested in LANGUAGES:
        return requested
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_translator(app: QCoreApplication, language: str) -> str:
    """Load the .qm for `language` into `app` (replacing an earlier one) and route
    models/exports strings through it. Returns the language in effect."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        # One .qm per area of the code (see resources/i18n/update.py).
        for qm in sorted(I18N_DIR.glob(f"*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
        if not _installed:
            language = "en"
        else:
            # Qt's own words (OK, Cancel, Close, Yes, the file dialog, the calendar) from the
            # translations shipped with PySide6.
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            translator = QTranslator(app)
            if translator.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(translator)
                _installed.append(translator)
    i18n.install(QCoreApplication.translate)
    return language
