"""What makes `main.py report monthly` fast must not change what it prints: the command line runs
without Qt, and the font cache (lazy subsetting tables, invalidated when the font file changes)
gives the same font as parsing it."""

from __future__ import annotations

import marshal
import shutil
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from exports.pdf import fonts
from tests.conftest import ROOT

DROID = fonts.FONT_DIR / "DroidSansFallbackFull.ttf"
UMING = fonts.FONT_DIR / "uming.ttc"


def test_report_command_never_imports_qt(built, tmp_path: Path):
    """The command line's start (exports.cli) keeps Qt out of every command."""
    path, _fx = built
    out = tmp_path / "m.pdf"
    code = (
        "import sys, main\n"
        f"rc = main.main(['--lang', 'zh_CN', 'report', 'monthly', {str(path)!r}, "
        f"'--month', '2026-10', '-o', {str(out)!r}, '--minutes'])\n"
        "from exports.cli import NEVER_LOADED\n"
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in NEVER_LOADED))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []"
    assert out.stat().st_size > 0


def test_lazy_cached_font_subsets_and_measures_as_the_parsed_one(tmp_path: Path):
    parsed = TTFont("LazyCheckA", str(DROID))
    cache = tmp_path / "font.bin"
    fonts._write_cache(cache, parsed)
    lazy = fonts._font_from_cache("LazyCheckB", DROID, marshal.loads(cache.read_bytes()), lazy=True)
    # nothing but the layout metrics decoded yet, and the font file not read
    assert "_ttf_data" not in vars(lazy.face) and "hmetrics" not in vars(lazy.face)
    text = "主要数据 Key 2026 龑"
    assert lazy.stringWidth(text, 12) == parsed.stringWidth(text, 12)
    codes = [ord(c) for c in text]
    assert lazy.face.makeSubset(codes) == parsed.face.makeSubset(codes)
    lazy.face.materialize()
    skip = ("_pdfScale",)
    assert {k: v for k, v in vars(lazy.face).items() if k not in skip} == {
        k: v for k, v in vars(parsed.face).items() if k not in skip
    }


def test_font_cache_is_rebuilt_when_the_font_file_changes(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(fonts, "_cache_dir", lambda: tmp_path / "cache")
    font_file = tmp_path / "font.ttf"
    shutil.copyfile(DROID, font_file)
    first = fonts._load_font("CacheSwapA", font_file, 0)
    cached = sorted((tmp_path / "cache").glob("*.bin"))
    assert len(cached) == 1
    again = fonts._load_font("CacheSwapB", font_file, 0)
    assert type(again.face).__name__ == "_CachedFace"  # served from the cache
    assert again.face.numGlyphs == first.face.numGlyphs

    shutil.copyfile(UMING, font_file)  # another font under the same name
    swapped = fonts._load_font("CacheSwapC", font_file, 0)
    fresh = TTFont("CacheSwapD", str(UMING))
    assert swapped.face.numGlyphs == fresh.face.numGlyphs != first.face.numGlyphs
    assert swapped.face.charWidths == fresh.face.charWidths
    assert len(sorted((tmp_path / "cache").glob("*.bin"))) == 2


def test_fallback_font_is_registered_only_when_needed():
    code = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from exports.pdf.fonts import fonts, markup, FALLBACK\n"
        "fs = fonts()\n"
        "before = FALLBACK in pdfmetrics.getRegisteredFontNames()\n"
        "text = markup('王𠮷')\n"
        "after = FALLBACK in pdfmetrics.getRegisteredFontNames()\n"
        "print(fs.fallback is not None, before, after, f'face=\"{FALLBACK}\"' in text)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    has_fallback, before, after, used = result.stdout.split()
    assert before == "False"
    # with an extension font installed it is registered on the first rare character, and used
    assert after == used == has_fallback


def test_report_process_ends_with_its_output_flushed(built, tmp_path: Path):
    """A report run as a process leaves its output complete and its message printed, and a
    failure exits with its message."""
    from pypdf import PdfReader

    path, _fx = built
    out = tmp_path / "m.pdf"
    command = [sys.executable, str(ROOT / "main.py"), "--lang", "zh_CN", "report", "monthly"]
    result = subprocess.run(
        [*command, str(path), "--month", "2026-10", "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    assert "月度工作小结" in PdfReader(out).pages[0].extract_text()
    missing = subprocess.run(
        [*command, str(tmp_path / "none.ledger"), "--month", "2026-10", "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2 and missing.stderr.strip() and not missing.stdout
    xlsx = tmp_path / "m.xlsx"
    exported = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export-xlsx", str(path), "--month", "2026-10"]
        + ["-o", str(xlsx)],
        capture_output=True,
        text=True,
    )
    assert exported.returncode == 0 and exported.stdout == f"{xlsx}\n"
    import openpyxl

    assert len(openpyxl.load_workbook(xlsx).sheetnames) > 1


def test_font_caches_of_another_format_are_removed(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(fonts, "_cache_dir", lambda: tmp_path)
    stale = tmp_path / "0123456789abcdef01234567.bin"  # how format 1 and 2 named their files
    stale.write_bytes(b"old")
    font_file = tmp_path / "font.ttf"
    shutil.copyfile(DROID, font_file)
    fonts._load_font("FormatSwap", font_file, 0)
    kept = [p.name for p in tmp_path.glob("*.bin")]
    assert not stale.exists()
    assert len(kept) == 1 and kept[0].startswith(f"f{fonts.CACHE_FORMAT}-")
