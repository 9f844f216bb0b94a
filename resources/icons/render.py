"""Render the hand-written SVG icons in src/ to the PNGs the app loads.

Usage (from the project root):
    uv run python resources/icons/render.py          # write NAME.png (24 px), NAME@2x.png (48 px)
    uv run python resources/icons/render.py --check  # exit 1 if a PNG is missing or out of date
    uv run python resources/icons/render.py --sheet /tmp/icons_sheet.png  # a sheet to look at

The app loads PNGs, not SVGs, so start-up needs neither QtSvg nor the SVG image plugin; this
script is the only place QtSvg is used. --check compares pixels, not file times: git does not
keep modification times, so a fresh clone would look "stale" to a time-based check. A small
per-channel tolerance absorbs antialiasing differences between Qt builds; a changed drawing
differs by far more.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402, TID251 (a build tool, not models/)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402, TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: E402, TID251

ICON_DIR = Path(__file__).resolve().parent
SRC_DIR = ICON_DIR / "src"
SIZES = {"": 24, "@2x": 48}
# Largest per-channel difference (0-255) --check accepts between a PNG and a fresh render.
TOLERANCE = 8
SHEET_BACKGROUNDS = ("#ffffff", "#3874d8")


def svg_names() -> list[str]:
    """Every icon name, i.e. every SVG in src/, sorted."""
    return sorted(path.stem for path in SRC_DIR.glob("*.svg"))


def png_path(name: str, suffix: str) -> Path:
    return ICON_DIR / f"{name}{suffix}.png"


def render(name: str, size: int) -> QImage:
    """The SVG `name` drawn antialiased on a transparent size x size image."""
    renderer = QSvgRenderer(str(SRC_DIR / f"{name}.svg"))
    if not renderer.isValid():
        raise ValueError(f"{name}.svg is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _bytes(image: QImage) -> bytes:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    row = image.width() * 4
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    return b"".join(data[y * stride : y * stride + row] for y in range(image.height()))


def difference(a: QImage, b: QImage) -> int:
    """Largest per-channel difference between two images; 255 if their sizes differ."""
    if a.size() != b.size():
        return 255
    return max((abs(x - y) for x, y in zip(_bytes(a), _bytes(b), strict=True)), default=0)


def write_all() -> list[Path]:
    written = []
    for name in svg_names():
        for suffix, size in SIZES.items():
            path = png_path(name, suffix)
            if not render(name, size).save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
            written.append(path)
    return written


def _load(path: Path) -> QImage:
    """The PNG at its pixel size (Qt gives an @2x file a device pixel ratio of 2 on load)."""
    image = QImage(str(path))
    image.setDevicePixelRatio(1.0)
    return image


def check() -> list[str]:
    """Problems: PNGs missing, out of step with their SVG, or left over from a removed SVG."""
    problems = []
    names = svg_names()
    for name in names:
        for suffix, size in SIZES.items():
            path = png_path(name, suffix)
            stored = _load(path)
            if stored.isNull():
                problems.append(f"{path.name}: missing or unreadable")
                continue
            diff = difference(stored, render(name, size))
            if diff > TOLERANCE:
                problems.append(f"{path.name}: differs from {name}.svg (by up to {diff}/255)")
    for path in sorted(ICON_DIR.glob("*.png")):
        if path.stem.removesuffix("@2x") not in names:
            problems.append(f"{path.name}: no SVG in src/ for it")
    return problems


def contact_sheet(path: Path) -> None:
    """All icons at 24 and 48 px, on white and on the selection blue, one row per background."""
    names = svg_names()
    cell, pad = 64, 8
    width = cell * len(names) + pad * 2
    sheet = QImage(width, len(SHEET_BACKGROUNDS) * cell * 2, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for row, background in enumerate(SHEET_BACKGROUNDS):
        top = row * cell * 2
        painter.fillRect(0, top, width, cell * 2, QColor(background))
        for col, name in enumerate(names):
            left = pad + col * cell
            painter.drawImage(left + (cell - 24) // 2, top + 12, _load(png_path(name, "")))
            painter.drawImage(left + (cell - 48) // 2, top + 54, _load(png_path(name, "@2x")))
    painter.end()
    if not sheet.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    print("columns:", ", ".join(names))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the PNGs, write nothing")
    parser.add_argument("--sheet", type=Path, help="write a contact sheet PNG to this path")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keep alive)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args.sheet:
        contact_sheet(args.sheet)
        return 0
    print(f"wrote {len(write_all())} PNGs to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
