"""Make Chinese render everywhere: register the bundled font when the system has no CJK font.

A school PC in China has Chinese fonts, but a fresh Linux box or an English Windows install may
not; without one every Chinese label would show as empty boxes. The bundled Droid Sans Fallback
(Apache 2.0) is registered only then, so the common case costs nothing at start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
BUNDLED_SANS = FONT_DIR / "DroidSansFallbackFull.ttf"


def system_has_cjk_font() -> bool:
    """True when some installed family can write Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def register_bundled_font() -> str | None:
    """Add the bundled sans font to the application's font database; return its family."""
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED_SANS))
    if font_id < 0:
        log.warning("could not load the bundled font %s", BUNDLED_SANS)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def ensure_cjk_font(app: QApplication, force: bool = False) -> str | None:
    """Register the bundled font if needed (or if `force`) and put it behind the default font
    as a fallback, so Latin text keeps the system look. Returns the family added, if any."""
    if not force and system_has_cjk_font():
        return None
    family = register_bundled_font()
    if family:
        from PySide6.QtGui import QFont  # its wrapper (~2.6 ms) only when the font is needed

        font = QFont(app.font())
        families = [f for f in font.families() or [font.family()] if f != family]
        font.setFamilies([*families, family])
        app.setFont(font)
    return family
