"""A reader of Qt's compiled translation files (.qm), for the command line without Qt.

The translations stay in Qt's system: the .ts files are edited with Qt's tools and compiled with
pyside6-lrelease; the app loads the .qm files with QTranslator. The command line only needs
`translate(context, source)`, and importing QtCore and creating a QCoreApplication for that costs
about a tenth of a second per run, so this module reads the same .qm files and looks messages up
exactly as QTranslator does (qtbase src/corelib/kernel/qtranslator.cpp, `do_translate` and
`getMessage`): the ELF hash of source text + comment, a binary search in the hash table, the
candidate messages checked against context, source and comment, the comment dropped on a miss.
tests/test_qm_reader.py checks every message of every .ts against QTranslator.

Format: a 16-byte magic, then blocks (1-byte tag, 4-byte big-endian length, data): the context
hash table, the (hash, offset) table, the messages, numerus rules, dependencies, the language.
A message is a run of records (1-byte tag; strings with a 4-byte length) ending with Tag_End;
translations are UTF-16BE, the other strings UTF-8 bytes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from struct import iter_unpack, unpack_from

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Block tags.
_CONTEXTS = 0x2F
_HASHES = 0x42
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
_DEPENDENCIES = 0x96
_LANGUAGE = 0xA7

# Record tags inside a message.
_END = 1
_TRANSLATION = 3
_OBSOLETE1 = 5
_SOURCE_TEXT = 6
_CONTEXT = 7
_COMMENT = 8


class QmError(ValueError):
    """Not a .qm file, or a damaged one."""


def elf_hash(*parts: bytes) -> int:
    """Qt's elfHash over the concatenated parts (0 is mapped to 1, as in Qt)."""
    h = 0
    for part in parts:
        for byte in part:
            h = ((h << 4) + byte) & 0xFFFFFFFF
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g & 0xFFFFFFFF
    return h or 1


def _c_string(text: str) -> bytes:
    """What Qt's translate receives: UTF-8, ending at the first NUL (it is a C string)."""
    data = text.encode("utf-8", "surrogatepass")
    nul = data.find(b"\0")
    return data if nul < 0 else data[:nul]


def _match(found: bytes, target: bytes) -> bool:
    if found.endswith(b"\0"):  # Qt normalises a stored terminating NUL away
        found = found[:-1]
    return found == target


class QmFile:
    """One compiled translation file, looked up like a loaded QTranslator."""

    def __init__(self, data: bytes, name: str = "") -> None:
        if not data.startswith(MAGIC):
            raise QmError(f"{name or 'data'}: not a Qt translation file")
        self.name = name
        self._contexts = b""
        self._offsets = b""
        self._messages = b""
        self.language = ""
        pos = len(MAGIC)
        try:
            while pos < len(data):
                tag = data[pos]
                (length,) = unpack_from(">I", data, pos + 1)
                block = data[pos + 5 : pos + 5 + length]
                if len(block) != length:
                    raise QmError(f"{name}: a block runs past the end of the file")
                pos += 5 + length
                if tag == _CONTEXTS:
                    self._contexts = block
                elif tag == _HASHES:
                    self._offsets = block
                elif tag == _MESSAGES:
                    self._messages = block
                elif tag == _LANGUAGE:
                    self.language = block.decode("utf-8", "replace")
                elif tag == _DEPENDENCIES and block:
                    # lrelease writes dependencies only for files built from other .qm files,
                    # which this project never does; refuse rather than translate differently.
                    raise QmError(f"{name}: .qm dependencies are not supported")
        except Exception as exc:  # struct.error on truncated data
            if isinstance(exc, QmError):
                raise
            raise QmError(f"{name}: damaged translation file ({exc})") from exc
        pairs = list(iter_unpack(">II", self._offsets[: len(self._offsets) // 8 * 8]))
        self._hashes = [h for h, _ in pairs]
        self._positions = [o for _, o in pairs]

    @classmethod
    def load(cls, path: str | PathLike[str]) -> QmFile:
        return cls(Path(path).read_bytes(), str(path))

    def _has_context(self, context: bytes) -> bool:
        """The context hash table (present in files lrelease strips), as Qt checks it first."""
        table = self._contexts
        if not table:
            return True
        (size,) = unpack_from(">H", table, 0)
        (off,) = unpack_from(">H", table, 2 + 2 * (elf_hash(context) % size))
        if off == 0:
            return False
        pos = 2 + 2 * size + 2 * off
        while pos < len(table):
            length = table[pos]
            if length == 0:
                return False
            if _match(table[pos + 1 : pos + 1 + length], context):
                return True
            pos += 1 + length
        return False

    def _message(self, pos: int, context: bytes, source: bytes, comment: bytes) -> str | None:
        """Qt's getMessage: the first translation of the message at `pos` if it matches."""
        data = self._messages
        end = len(data)
        translation: bytes | None = None
        while True:
            tag = data[pos] if pos < end else _END
            pos += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                pos += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT):
                return None
            (length,) = unpack_from(">I", data, pos)
            pos += 4
            value = data[pos : pos + length]
            pos += length
            if tag == _TRANSLATION:
                if translation is None:  # numerus 0: the first translation
                    translation = value
            elif tag == _SOURCE_TEXT and not _match(value, source):
                return None
            elif tag == _CONTEXT and not _match(value, context):
                return None
            elif tag == _COMMENT:
                # Qt tests the byte at the comment's start, which for an empty comment (written
                # by lrelease for every message) is the next record's tag, never 0.
                first = data[pos - length] if pos - length < end else 0
                if first and not _match(value, comment):
                    return None
        if translation is None:
            return None
        return translation[: len(translation) // 2 * 2].decode("utf-16-be", "surrogatepass")

    def translate(self, context: str, source: str, comment: str = "") -> str | None:
        """The translation, or None when this file has none (QTranslator's null string)."""
        if not self._positions:
            return None
        ctx, src, com = _c_string(context), _c_string(source), _c_string(comment)
        if self._contexts and not self._has_context(ctx):
            return None
        while True:
            h = elf_hash(src, com)
            index = bisect_left(self._hashes, h)
            while index < len(self._hashes) and self._hashes[index] == h:
                found = self._message(self._positions[index], ctx, src, com)
                if found is not None:
                    return found
                index += 1
            if not com:
                return None
            com = b""


class QmCatalog:
    """Several .qm files used together, like translators installed in this order: the last
    installed is asked first (QCoreApplication::translate); the source when none translates."""

    def __init__(self, files: Sequence[QmFile]) -> None:
        self.files = list(files)
        self._memo: dict[tuple[str, str], str] = {}  # a report asks for the same labels often

    def translate(self, context: str, source: str) -> str:
        key = (context, source)
        found = self._memo.get(key)
        if found is None:
            found = self._lookup(context, source)
            self._memo[key] = found
        return found

    def _lookup(self, context: str, source: str) -> str:
        for qm in reversed(self.files):
            found = qm.translate(context, source)
            if found is not None:
                return found
        return source
