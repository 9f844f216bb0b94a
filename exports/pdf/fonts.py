"""PDF fonts: a serif (宋体-style) body, a heavier sans heading face, a rare-glyph fallback.

Only TrueType fonts (TTF/TTC with glyf outlines) are used, because reportlab embeds subsets of them:
the printed file then looks the same on a PC without Chinese fonts. reportlab's built-in CID fonts
(UnicodeCIDFont) are never used — they are not embedded, so such a PC prints boxes.

The system's own Chinese fonts are preferred where present (Windows: SimSun, SimHei, Microsoft
YaHei); otherwise the freely licensed fonts shipped in resources/fonts are used. Characters that the
body font lacks (e.g. 𠮷, U+20BB7, CJK Extension B) are drawn from an extension font: SimSun-ExtB
on Windows, else HanaMinB (花園明朝B, shipped in resources/fonts, covering Extensions B to F).
A character that no font has is reported (`missing_characters()`), never printed silently as
a gap.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import os
import re
import threading
from array import array
from collections.abc import Container
from dataclasses import dataclass, field
from html import escape as _html_escape
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

log = logging.getLogger(__name__)


# Word's manual line break is a vertical tab; form feeds and Unicode line separators also mean
# "new line". Every other control character (NUL, ESC, DEL, C1) is dropped: reportlab would draw
# it as a box, or write bytes a PDF reader chokes on.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def clean(text: object) -> str:
    """Printable text: line breaks as \\n, tabs as spaces, no other control characters."""
    if text is None:
        return ""
    source = _LINE_BREAKS.sub("\n", str(text)).replace("\t", " ")
    return _CONTROLS.sub("", source)


def escape(text: str) -> str:
    """&, < and > for Paragraph markup (xml.sax.saxutils would pull in urllib at start-up)."""
    return _html_escape(text, quote=False)


FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
BODY = "BLBody"
HEADING = "BLHeading"
FALLBACK = "BLFallback"
LATIN = "BLLatin"
LATIN_BOLD = "BLLatinBold"


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"


def _candidates(role: str) -> list[tuple[Path, int]]:
    """(path, subfont index) in order of preference for a role."""
    win = _windows_fonts()
    linux = Path("/usr/share/fonts")
    if role == "body":
        return [
            (win / "simsun.ttc", 0),
            (win / "simsun.ttf", 0),
            (FONT_DIR / "uming.ttc", 0),
        ]
    if role == "heading":
        return [
            (win / "simhei.ttf", 0),
            (win / "msyh.ttc", 0),
            (win / "msyh.ttf", 0),
            (FONT_DIR / "DroidSansFallbackFull.ttf", 0),
        ]
    if role == "latin":  # Latin letters and digits: a proportional serif (the CJK fonts' are
        # fixed-width half-em glyphs)
        return [(win / "times.ttf", 0), (FONT_DIR / "LiberationSerif-Regular.ttf", 0)]
    if role == "latin_bold":  # with the heading face
        return [(win / "arialbd.ttf", 0), (FONT_DIR / "LiberationSans-Bold.ttf", 0)]
    return [
        (win / "simsunb.ttf", 0),
        (linux / "truetype" / "hanazono" / "HanaMinB.ttf", 0),
        (linux / "truetype" / "fonts-hanazono" / "HanaMinB.ttf", 0),
        (Path("/usr/local/share/fonts/HanaMinB.ttf"), 0),
        (FONT_DIR / "HanaMinB.ttf", 0),
    ]


@dataclass
class FontSet:
    """The registered font names and which code points the body and heading fonts can draw."""

    body: str
    heading: str
    fallback: str | None
    body_path: str
    heading_path: str
    fallback_path: str | None
    coverage: dict[str, Container[int]] = field(default_factory=dict)
    latin: str | None = None
    latin_bold: str | None = None

    def covers(self, font: str, char: str) -> bool:
        if font == self.fallback and font not in self.coverage:
            self._register_fallback()
        return ord(char) in self.coverage.get(font, ())

    def _register_fallback(self) -> None:
        """Register the extension font on first need (an unusable one covers nothing)."""
        found = _register(FALLBACK, "fallback")
        self.coverage[FALLBACK] = found[1] if found else frozenset()


CACHE_FORMAT = 3


def _utf16_hex(code: int) -> str:
    """A code point as ToUnicode wants it: UTF-16BE hex, a surrogate pair beyond the BMP."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _patch_to_unicode() -> None:
    """reportlab writes a character beyond the BMP (𠮷, U+20BB7) into a font's ToUnicode map as
    five hex digits, which PDF readers reject, so the printed glyph cannot be copied or searched.
    Its text is rewritten here with UTF-16 (surrogate pairs), as the PDF reference asks."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_branch_ledger", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        text = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                text = text.replace(
                    f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>"
                )
        return text

    make_cmap._branch_ledger = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


def _cache_file(path: Path, index: int) -> Path | None:
    """Where the parsed metrics of a font file are kept (None: no usable cache folder)."""
    try:
        stat = path.stat()
        key = f"{CACHE_FORMAT}|{reportlab.Version}|{path}|{stat.st_size}|{stat.st_mtime_ns}|{index}"
        digest = hashlib.sha256(key.encode()).hexdigest()[:24]
        return _cache_dir() / f"f{CACHE_FORMAT}-{digest}.bin"
    except OSError:
        return None


@functools.cache
def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("BranchLedger", appauthor=False)) / "fonts"


# Parsed tables only subsetting needs (when the PDF is written, for the few glyphs it uses):
# kept as separate marshal blobs in the cache and decoded on first use.
_LAZY_TABLES = ("glyphToChar", "hmetrics", "glyphPos")


class _Metrics:
    """hmetrics as makeSubset reads it, `(advance, lsb) = metrics[glyph]`, from two arrays.

    The advances are kept as doubles: reportlab stores ints for the first numberOfHMetrics
    glyphs and scaled floats after them, and writes int(advance) either way; both are exact in
    a double, so the subset is byte for byte the same.
    """

    def __init__(self, data: bytes) -> None:
        half = len(data) // 2
        self._advance = array("d")
        self._advance.frombytes(data[:half])
        self._lsb = array("d")
        self._lsb.frombytes(data[half:])

    def __len__(self) -> int:
        return len(self._advance)

    def __getitem__(self, index: int) -> tuple[float, float]:
        return self._advance[index], self._lsb[index]


def _pack_metrics(metrics: list[tuple[float, int]]) -> bytes:
    return (
        array("d", (a for a, _ in metrics)).tobytes()
        + array("d", (b for _, b in metrics)).tobytes()
    )


def _read_positions(data: bytes) -> list[int]:
    positions = array("q")
    positions.frombytes(data)
    return positions.tolist()


# attribute -> (key of its packed form in the cache, reader)
_FAST_TABLES = {"hmetrics": "hmetrics.packed", "glyphPos": "glyphPos.packed"}
_FAST_READERS = {"hmetrics": _Metrics, "glyphPos": _read_positions}


_LAZY_LOCK = threading.Lock()


class _CachedFace(TTFontFace):
    """A TTFontFace rebuilt from the metrics cache.

    Layout needs only the widths and the character map; the glyph tables and the font file's
    bytes (20 MB for uming.ttc) are needed only to subset the glyphs a document used, so they
    are decoded, and the file mapped, when first asked for. Values are those reportlab parsed.
    """

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)  # copy/pickle probing: never load anything for them
        with _LAZY_LOCK:  # the app may write two documents at once
            state = self.__dict__
            if name in state:
                return state[name]
            lazy = state.get("_lazy", {})
            if name == "_ttf_data" and "_lazy_path" in state:
                value: object = _map_file(state.pop("_lazy_path"))
            elif name in _FAST_TABLES and _FAST_TABLES[name] in lazy:
                # what subsetting indexes, decoded from packed arrays (unmarshalling the lists
                # of ~50,000 entries cost more than the rest of the PDF's writing)
                value = _FAST_READERS[name](lazy[_FAST_TABLES[name]])
            elif name in lazy:
                value = marshal.loads(lazy.pop(name))
            else:
                raise AttributeError(name)
            state[name] = value
            return value

    def get_table(self, tag: str) -> bytes | _Window:
        """A table's bytes; for the glyph outlines of a mapped file a window onto them, so that
        subsetting reads the few glyphs it copies instead of the whole table (most of the file)."""
        data = self._ttf_data
        if tag != "glyf" or isinstance(data, bytes):
            return super().get_table(tag)
        pos, length = self.get_table_pos(tag)
        return _Window(data, pos, length)

    def materialize(self) -> None:
        """Decode everything now (plain bytes for the file): the face equals a parsed one."""
        lazy = self.__dict__.get("_lazy", {})
        for name in list(lazy):
            if name in _LAZY_TABLES:
                setattr(self, name, marshal.loads(lazy.pop(name)))
        path = self.__dict__.pop("_lazy_path", None)
        if path is not None:
            self._ttf_data = Path(path).read_bytes()
        elif not isinstance(self._ttf_data, bytes):
            self._ttf_data = bytes(self._ttf_data)  # a mapped file
        self.__dict__.pop("_lazy", None)


class _Window:
    """Read-only slices of part of a mapped file, as bytes (what makeSubset does with 'glyf')."""

    def __init__(self, data: object, start: int, length: int) -> None:
        self._data, self._start, self._length = data, start, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: slice) -> bytes:
        if not isinstance(key, slice):
            raise TypeError("only slices of a font table are read")
        start, stop, step = key.indices(self._length)
        if step != 1:
            raise TypeError("only contiguous slices of a font table are read")
        stop = max(start, stop)
        return bytes(self._data[self._start + start : self._start + stop])


def _map_file(path: str) -> object:
    """The font file's bytes for subsetting, mapped read-only (reportlab only slices them), so
    only the pages of the glyphs used are read; a plain read where mapping is not possible."""
    import mmap

    try:
        with open(path, "rb") as fh:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return Path(path).read_bytes()


def _load_font(name: str, path: Path, index: int) -> TTFont:
    """A TTFont, from the metrics cache when possible.

    reportlab parses a font's cmap and metrics in pure Python (about half a second for the two
    CJK fonts, on every start); the parsed values are plain data, so they are kept with marshal
    (data only, no code) beside the user's other caches, keyed by the font file's path, size and
    modification time, and reused while the font file is unchanged. Any problem with the cache
    just means parsing the font again.
    """
    cache = _cache_file(path, index)
    if cache is not None and cache.is_file():
        try:
            return _font_from_cache(name, path, marshal.loads(cache.read_bytes()), lazy=True)
        except Exception as exc:  # stale or damaged cache: parse the font instead
            log.info("font cache %s not used: %s", cache, exc)
    font = TTFont(name, str(path), subfontIndex=index)
    if cache is not None:
        try:
            _write_cache(cache, font)
        except (OSError, ValueError) as exc:
            log.info("font cache %s not written: %s", cache, exc)
    return font


def _write_cache(cache: Path, font: TTFont) -> None:
    face = {k: v for k, v in vars(font.face).items() if k not in ("_ttf_data", "_pdfScale")}
    names = [k for k, v in face.items() if isinstance(v, TTFNameBytes)]
    face = {k: bytes(v) if k in names else v for k, v in face.items()}
    lazy = {k: marshal.dumps(face[k]) for k in _LAZY_TABLES if k in face}
    lazy["hmetrics.packed"] = _pack_metrics(face["hmetrics"])
    lazy["glyphPos.packed"] = array("q", face["glyphPos"]).tobytes()
    for key in _LAZY_TABLES:
        face.pop(key, None)
    rebuilt = ("fontName", "face", "encoding", "state")
    own = {k: v for k, v in vars(font).items() if k not in rebuilt}
    state = {"face": face, "lazy": lazy, "names": names, "font": own, "keys": sorted(vars(font))}
    data = marshal.dumps(state)
    cache.parent.mkdir(parents=True, exist_ok=True)
    _remove_other_formats(cache.parent)
    tmp = cache.with_name(f"{cache.name}.{os.getpid()}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, cache)
    except OSError:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half-written cache behind
        raise


def _remove_other_formats(folder: Path) -> None:
    """Caches written in another format are never read again: remove them (a few MB each)."""
    for old in folder.glob("*.bin"):
        if not old.name.startswith(f"f{CACHE_FORMAT}-"):
            try:
                old.unlink()
            except OSError:
                pass  # in use or already gone: harmless


def _font_from_cache(name: str, path: Path, state: dict, *, lazy: bool = False) -> TTFont:
    """The TTFont the cache `state` was written from; with `lazy`, the subsetting tables and the
    font file are read on first use (see _CachedFace)."""
    from weakref import WeakKeyDictionary

    face = _CachedFace.__new__(_CachedFace)
    vars(face).update(state["face"])
    for key in state["names"]:
        setattr(face, key, TTFNameBytes(getattr(face, key)))
    face._lazy = dict(state["lazy"])
    face._lazy_path = str(path)
    if not lazy:
        face.materialize()
    font = TTFont.__new__(TTFont)
    vars(font).update(state["font"])
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    if sorted(vars(font)) != state["keys"]:
        raise ValueError("the font object has a different shape")
    return font


def _register(name: str, role: str) -> tuple[str, Container[int]] | None:
    for path, index in _candidates(role):
        if not path.is_file():
            continue
        try:
            font = _load_font(name, path, index)
        except Exception as exc:  # a PostScript-outline or damaged font: try the next one
            log.info("font %s not usable: %s", path, exc)
            continue
        pdfmetrics.registerFont(font)
        return str(path), font.face.charToGlyph.keys()
    return None


@functools.cache
def fonts() -> FontSet:
    """Register the fonts with reportlab once per process and return their names.

    The extension font (for characters the body font lacks) is only registered when a
    document first needs it: most months never do, and it is the largest font (HanaMinB).
    """
    body = _register(BODY, "body")
    heading = _register(HEADING, "heading")
    latin = _register(LATIN, "latin")
    latin_bold = _register(LATIN_BOLD, "latin_bold")
    if body is None or heading is None:
        # The bundled fonts ship with the app; only a broken install gets here.
        raise FileNotFoundError(str(FONT_DIR / "uming.ttc"))
    fallback = next((str(p) for p, _ in _candidates("fallback") if p.is_file()), None)
    _patch_to_unicode()
    pdfmetrics.registerFontFamily(BODY, normal=BODY, bold=HEADING, italic=BODY, boldItalic=HEADING)
    return FontSet(
        body=BODY,
        heading=HEADING,
        fallback=FALLBACK if fallback else None,
        body_path=body[0],
        heading_path=heading[0],
        fallback_path=fallback,
        coverage={
            BODY: body[1],
            HEADING: heading[1],
            **({LATIN: latin[1]} if latin else {}),
            **({LATIN_BOLD: latin_bold[1]} if latin_bold else {}),
        },
        latin=LATIN if latin else None,
        latin_bold=LATIN_BOLD if latin_bold else (LATIN if latin else None),
    )


_collector = threading.local()


class MissingCharacters:
    """Collects, while a document is laid out, the characters no font can draw, each with the
    text it was in (a name, a topic): generation then says which text and which character,
    instead of printing a silent gap."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}  # character -> the first text it was found in

    def __enter__(self) -> MissingCharacters:
        self._outer = getattr(_collector, "current", None)
        _collector.current = self
        return self

    def __exit__(self, *exc: object) -> None:
        _collector.current = self._outer

    def messages(self) -> list[str]:
        from models.text.i18n import translate

        text = translate(
            "Reports",
            "“{text}”: the character {char} (U+{code:04X}) is in no font on this computer and "
            "prints as a gap.",
        )
        return [
            text.format(text=context, char=char, code=ord(char))
            for char, context in self.found.items()
        ]


def _missing(char: str, source: str) -> None:
    current = getattr(_collector, "current", None)
    if current is not None and char not in current.found:
        at = source.find(char)
        start = max(0, at - 12)
        context = source[start : at + 13].replace("\n", " ").strip()
        current.found[char] = (
            ("…" if start else "") + context + ("…" if at + 13 < len(source) else "")
        )


def is_latin(char: str) -> bool:
    """Set in the Latin face: ASCII and Latin letters, digits and Latin punctuation; not the
    marks Chinese text shares with them (·, ×, ÷), which stay in the CJK font."""
    code = ord(char)
    return 0x21 <= code <= 0x7E or (0xA0 < code <= 0x24F and code not in (0xB7, 0xD7, 0xF7))


def font_for(char: str, font: str, source: str = "") -> str:
    """The font that draws `char` in text set in `font`: the Latin face for Latin letters and
    digits, else `font` if it has the character, else the body font, else the extension font.
    A character no font has is noted (MissingCharacters) and left in `font`."""
    fs = fonts()
    if fs.latin and is_latin(char):
        latin = fs.latin_bold if font == fs.heading else fs.latin
        if latin and fs.covers(latin, char):
            return latin
    if fs.covers(font, char):
        return font
    if font != fs.body and fs.covers(fs.body, char):
        return fs.body
    if fs.fallback and fs.covers(fs.fallback, char):
        return fs.fallback
    if source and not fs.covers(fs.body, char):
        _missing(char, source)
    return font


def markup(text: object, font: str = BODY) -> str:
    """Escape `text` for a Paragraph; characters `font` lacks go to a font that has them.

    Latin letters and digits go to the proportional Latin face (bold sans with the heading
    face); characters the body font lacks (𠮷) go to the extension font; one that no font has
    stays as it is and is reported (MissingCharacters). Line breaks become <br/>.
    """
    source = clean(text)
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = None

    def flush() -> None:
        if run:
            chunk = escape("".join(run))
            out.append(chunk if run_font is None else f'<font face="{run_font}">{chunk}</font>')
            run.clear()

    for char in source:
        if char == "\n":
            flush()
            out.append("<br/>")
            continue
        if char.isspace():
            target = run_font  # a space never needs a font of its own: keep the run going
        else:
            chosen = font_for(char, font, source)
            target = None if chosen == font else chosen
        if target != run_font:
            flush()
            run_font = target
        run.append(char)
    flush()
    return "".join(out)


def plain(text: object, font: str = BODY) -> str:
    """Text for canvas/graphics strings (no markup): characters no font has are kept as they are."""
    return clean(text).replace("\n", " ")


def runs(text: object, font: str = BODY) -> list[tuple[str, str]]:
    """`text` (one line) as (font, chunk) runs: each character in a font that has it, as
    markup() chooses (a character no font has stays in `font`)."""
    out: list[tuple[str, str]] = []
    source = plain(text)
    for char in source:
        target = font if char.isspace() else font_for(char, font, source)
        if char.isspace() and out:
            target = out[-1][0]
        if out and out[-1][0] == target:
            out[-1] = (target, out[-1][1] + char)
        else:
            out.append((target, char))
    return out


def text_width(text: object, size: float, font: str = BODY) -> float:
    """The printed width of one line of `text` (each character in the font that draws it)."""
    return sum(pdfmetrics.stringWidth(chunk, f, size) for f, chunk in runs(text, font))


def draw_text(
    canvas: object, x: float, y: float, text: object, size: float, font: str = BODY, *, right=False
) -> float:
    """Draw one line on a canvas with the same font routing as markup(); return its width.
    With `right`, `x` is where the line ends."""
    parts = runs(text, font)
    width = sum(pdfmetrics.stringWidth(chunk, f, size) for f, chunk in parts)
    pos = x - width if right else x
    for f, chunk in parts:
        canvas.setFont(f, size)  # type: ignore[attr-defined]
        canvas.drawString(pos, y, chunk)  # type: ignore[attr-defined]
        pos += pdfmetrics.stringWidth(chunk, f, size)
    return width


def split_to_width(text: object, size: float, width: float, font: str = BODY) -> list[str]:
    """One line of text cut into lines no wider than `width` (at characters, keeping Latin
    words whole where they fit), for canvas strings such as the running header."""
    lines: list[str] = []
    current = ""
    for word in re.findall(r"[A-Za-z0-9.,'’\-]+\s*|\s+|.", plain(text)):
        if current and text_width(current + word.rstrip(), size, font) > width:
            lines.append(current.rstrip())
            current = word.lstrip()
        else:
            current += word
    if current.strip():
        lines.append(current.rstrip())
    return lines
