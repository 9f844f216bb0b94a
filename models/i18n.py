"""Translation hook for code that must not import Qt (models/, exports/).

User-visible strings in models/ and exports/ are written as
`translate("Context", "English source {name}")`, so that pyside6-lupdate extracts them into the
same .ts files as the GUI's. The app and the command line install Qt's
`QCoreApplication.translate` with `install()`; without it (plain library use, tests of the data
layer) the English source is returned unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

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
