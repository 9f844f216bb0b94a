"""Fonts: TrueType only (embedded), markup escaping, characters routed to a font that has them."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from exports.pdf import fonts
from exports.pdf.fonts import markup


def test_fonts_are_truetype_never_cid():
    fs = fonts.fonts()
    for name in (fs.body, fs.heading):
        font = pdfmetrics.getFont(name)
        assert font.__class__.__name__ == "TTFont"  # embedded subsets; never UnicodeCIDFont
    assert fs.covers(fs.body, "龑") and fs.covers(fs.body, "A")


def test_markup_escapes_and_keeps_line_breaks():
    text = markup("a & b <i>x</i>\n第二行")
    assert "&amp;" in text and "&lt;i&gt;" in text and "<i>" not in text
    assert "<br/>" in text


def test_latin_letters_use_a_proportional_latin_face():
    """English words are set in a proportional serif (bold sans with headings), not in the CJK
    fonts' fixed-width half-em Latin; Chinese marks shared with Latin text (·) stay CJK."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fs = fonts.fonts()
    assert not fs.covers(fs.heading, "K")  # Droid Sans Fallback has no Latin letters
    assert markup("Key 2026 主要数据", fs.heading).startswith(
        f'<font face="{fs.latin_bold}">Key 2026'
    )
    assert markup("Monthly summary", fs.body) == f'<font face="{fs.latin}">Monthly summary</font>'
    assert "·" in markup("阿卜杜热合曼·买买提明", fs.body).replace(f'<font face="{fs.latin}">', "")
    for face in (fs.latin, fs.latin_bold):
        assert stringWidth("i", face, 10) < stringWidth("m", face, 10)
    assert stringWidth("i", fs.body, 10) == stringWidth("m", fs.body, 10)  # why: fixed-width


def test_character_in_no_font_is_left_as_is():
    fs = fonts.fonts()
    text = markup("王𠮷", fs.body)
    assert "𠮷" in text
    if fs.fallback is None:
        assert "<font" not in text
    else:
        assert f'<font face="{fs.fallback}">𠮷</font>' in text


def test_system_fonts_are_preferred(monkeypatch, tmp_path):
    windows = tmp_path / "Fonts"
    windows.mkdir()
    monkeypatch.setenv("WINDIR", str(tmp_path))
    assert fonts._candidates("body")[0][0] == windows / "simsun.ttc"
    assert fonts._candidates("heading")[0][0] == windows / "simhei.ttf"
    assert fonts._candidates("fallback")[0][0] == windows / "simsunb.ttf"


def test_font_metrics_cache_gives_the_same_font(tmp_path):
    import marshal

    from reportlab.pdfbase.ttfonts import TTFont

    path = fonts.FONT_DIR / "DroidSansFallbackFull.ttf"
    parsed = TTFont("CacheCheckA", str(path))
    cache = tmp_path / "font.bin"
    fonts._write_cache(cache, parsed)
    cached = fonts._font_from_cache("CacheCheckB", path, marshal.loads(cache.read_bytes()))
    skip = ("_pdfScale",)
    assert {k: v for k, v in vars(cached.face).items() if k not in skip} == {
        k: v for k, v in vars(parsed.face).items() if k not in skip
    }
    assert cached.stringWidth("主要数据", 12) == parsed.stringWidth("主要数据", 12)
    assert cached.face.makeSubset([0x4E3B, 0x8981]) == parsed.face.makeSubset([0x4E3B, 0x8981])


def test_a_damaged_font_cache_is_ignored(tmp_path, monkeypatch):
    path = fonts.FONT_DIR / "DroidSansFallbackFull.ttf"
    cache = tmp_path / "bad.bin"
    cache.write_bytes(b"not marshal data")
    monkeypatch.setattr(fonts, "_cache_file", lambda p, i: cache)
    font = fonts._load_font("CacheCheckC", path, 0)
    assert 0x4E3B in font.face.charToGlyph
    assert cache.read_bytes() != b"not marshal data"  # rewritten from the parsed font


def test_characters_beyond_the_bmp_get_a_valid_to_unicode_entry():
    from reportlab.pdfbase import ttfonts

    fonts.fonts()
    assert fonts._utf16_hex(0x20BB7) == "D842DFB7"
    assert fonts._utf16_hex(0x9F91) == "9F91"
    cmap = ttfonts.makeToUnicodeCMap("X", [0, 0x9F91, 0x20BB7])
    assert "<02> <D842DFB7>" in cmap and "<01> <9F91>" in cmap and "20BB7" not in cmap
