"""The app's own icon set: PNGs in step with their SVGs, QIcons that load, and a light module."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from ui.shell.icons import ICON_DIR, NAMES, icon

ROOT = Path(__file__).resolve().parent.parent
RENDER = ICON_DIR / "render.py"


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _argb_rows(image: QImage) -> list[bytes]:
    """Pixel rows as ARGB32 bytes, without the stride padding or the device pixel ratio."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = bytes(image.constBits())
    stride, row = image.bytesPerLine(), image.width() * 4
    return [data[y * stride : y * stride + row] for y in range(image.height())]


def _png(name: str, suffix: str = "") -> QImage:
    return QImage(str(ICON_DIR / f"{name}{suffix}.png"))


def test_the_set_is_exactly_the_svgs_and_each_has_both_pngs():
    svgs = {path.stem for path in (ICON_DIR / "src").glob("*.svg")}
    assert svgs == NAMES
    for name in sorted(NAMES):
        small, large = _png(name), _png(name, "@2x")
        assert (small.width(), small.height()) == (24, 24), name
        assert (large.width(), large.height()) == (48, 48), name


def test_every_icon_name_the_ui_uses_exists():
    """Modules that import ui.shell.icons may only ask for names that ship
    (else KeyError at runtime)."""
    used: dict[str, str] = {}
    for path in (ROOT / "ui").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if not re.search(r"from ui(\.icons import| import icons)", text):
            continue
        # One string argument: icon("x") or icons.icon("x") (other modules have two-argument
        # local helpers called icon()).
        for name in re.findall(r"\bicon\(\s*\"([^\"]+)\"\s*\)", text):
            used[name] = path.name
    unknown = {name: where for name, where in used.items() if name not in NAMES}
    assert not unknown


@pytest.mark.parametrize("name", sorted(NAMES))
def test_icon_draws_something_inside_transparent_corners(name):
    result = icon(name)
    assert isinstance(result, QIcon) and not result.isNull()
    rows = _argb_rows(result.pixmap(QSize(24, 24), 1.0).toImage())
    assert len(rows) == 24
    # ARGB32 is stored little-endian as B, G, R, A: every fourth byte from 3 is alpha.
    alphas = [row[3::4] for row in rows]
    assert sum(1 for row in alphas for alpha in row if alpha == 255) > 0
    for y, x in ((0, 0), (0, 23), (23, 0), (23, 23)):
        assert alphas[y][x] == 0, (name, x, y)


def test_hidpi_draws_the_48px_png_and_normal_dpi_the_24px_one():
    for name in sorted(NAMES):
        normal = icon(name).pixmap(QSize(24, 24), 1.0).toImage()
        hidpi = icon(name).pixmap(QSize(24, 24), 2.0).toImage()
        assert _same_pixels(normal, _png(name)), name
        assert _same_pixels(hidpi, _png(name, "@2x")), name


def _same_pixels(drawn: QImage, png: QImage) -> bool:
    """Equal size and every channel within 1: Qt draws through premultiplied alpha, which may
    round a semi-transparent pixel by one step; the other size's PNG would differ by far more."""
    a, b = _argb_rows(drawn), _argb_rows(png)
    if len(a) != len(b) or any(len(x) != len(y) for x, y in zip(a, b, strict=True)):
        return False
    return all(
        abs(p - q) <= 1 for x, y in zip(a, b, strict=True) for p, q in zip(x, y, strict=True)
    )


def test_icons_are_cached_and_unknown_names_raise_keyerror_naming_them():
    assert icon("overview") is icon("overview")
    with pytest.raises(KeyError, match="no-such-icon"):
        icon("no-such-icon")


def test_committed_pngs_are_in_step_with_the_svgs():
    run = subprocess.run(
        [sys.executable, str(RENDER), "--check"], capture_output=True, text=True, env=_env()
    )
    assert run.returncode == 0, run.stderr


def test_render_check_catches_a_stale_or_missing_png(tmp_path):
    """--check must fail when a PNG no longer matches its SVG, or is gone."""
    copy = tmp_path / "icons"
    shutil.copytree(ICON_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, str(copy / "render.py"), "--check"]
    assert subprocess.run(command, capture_output=True, env=_env()).returncode == 0

    shutil.copyfile(copy / "study.png", copy / "people.png")
    (copy / "quit@2x.png").unlink()
    run = subprocess.run(command, capture_output=True, text=True, env=_env())
    assert run.returncode == 1
    assert "people.png" in run.stderr and "quit@2x.png" in run.stderr
    assert "study.png" not in run.stderr


def test_icons_module_pulls_in_neither_qtsvg_nor_qtwidgets():
    """ui.shell.icons is imported before the first frame: no SVG renderer and no QStyle
    behind it."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSize\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "from ui.shell.icons import NAMES, icon\n"
        "for name in NAMES:\n"
        "    assert not icon(name).pixmap(QSize(24, 24)).isNull()\n"
        "print(sorted(m for m in sys.modules if m in ('PySide6.QtSvg', 'PySide6.QtWidgets')))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
