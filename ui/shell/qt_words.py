"""Qt's own words that the qtbase_zh_CN shipped with PySide6 lacks: its file dialog's labels
gained a shortcut (&) after that translation was made. Written here so that the app's own
translation (the "app" area) supplies them; nothing calls this at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def missing_qt_words() -> tuple[str, ...]:
    return (
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
    )
