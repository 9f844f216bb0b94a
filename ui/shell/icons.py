"""The app's own icons: `icon("overview")` -> QIcon, loaded from the PNGs in resources/icons/.

Why not `widget.style().standardIcon(QStyle.SP_...)`: in PySide6 the first `style()` call from
Python builds the QStyle/QCommonStyle wrappers with all their enums (~14 ms) and the first
standardIcon costs ~4 ms more, all before the first frame (issue 3's start-up target); and the
SP_ pictures are generic. This module is imported before the first frame, so it stays tiny: no
QStyle, no QtSvg (the PNGs are rendered ahead of time by resources/icons/render.py, so no SVG
plugin loads either) and no `PySide6.QtCore.Qt` namespace. Each QIcon gets the 24 px PNG and the
48 px @2x PNG with their sizes, so Qt reads a file only when a pixmap is first drawn and picks the
48 px one on HiDPI screens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"

# Every icon the app ships (one SVG in resources/icons/src/ each); tests check both PNGs exist.
NAMES = frozenset(
    {
        # navigation
        "overview",
        "meeting",
        "study",
        "volunteer",
        "people",
        "followup",
        "reports",
        "settings",
        # actions
        "new-ledger",
        "open",
        "quit",
        "new-record",
        "delete",
        "undo",
        "search",
        "refresh",
        # month selector
        "chevron-left",
        "chevron-right",
        # compliance status
        "done",
        "due",
        "overdue",
    }
)

_SMALL = 24
_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon called `name` (see NAMES); an unknown name is a programming error: KeyError.

    Needs a QGuiApplication: without one Qt aborts the process (qFatal) inside addFile, so this
    raises RuntimeError instead.
    """
    cached = _cache.get(name)
    if cached is not None:
        return cached
    if name not in NAMES:
        raise KeyError(f"no icon called {name!r} in resources/icons")
    if QGuiApplication.instance() is None:
        raise RuntimeError("ui.shell.icons.icon() needs a QGuiApplication first")
    result = QIcon()
    result.addFile(str(ICON_DIR / f"{name}.png"), QSize(_SMALL, _SMALL))
    result.addFile(str(ICON_DIR / f"{name}@2x.png"), QSize(_SMALL * 2, _SMALL * 2))
    _cache[name] = result
    return result
