"""Names in pinyin order (张三 after 李四, 阿明 first), the same on screen, in PDFs, Excel and
SQL: `name_key` for Python sorts, the `pinyin` collation for ORDER BY on the ledger connection.

Why a library and not Qt's QCollator: models/ and exports/ never import Qt, and every list of
names must agree with the screen. Python has no pinyin collation of its own (the locale module
has none on Windows), so xpinyin (MIT, pure Python, one 300 KB table, ~30 ms to load) gives each
character its reading. A surname with a special reading (曾 zēng, 单 shàn, 解 xiè …) is read as
a surname when it starts the name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

COLLATION = "pinyin"  # ORDER BY name COLLATE pinyin

# Surnames read differently from the character's first reading (姓氏多音字).
_SURNAMES = {
    "曾": "zeng1",
    "单": "shan4",
    "仇": "qiu2",
    "解": "xie4",
    "朴": "piao2",
    "区": "ou1",
    "查": "zha1",
    "盖": "ge3",
    "覃": "qin2",
    "乐": "yue4",
    "缪": "miao4",
    "翟": "zhai2",
    "召": "shao4",
    "员": "yun4",
    "尉": "yu4",
    "种": "chong2",
    "秘": "bi4",
    "折": "she2",
    "黑": "he4",
    "重": "chong2",
    "长": "chang2",
    "沈": "shen3",
    "石": "shi2",
}

_READING = re.compile(r"([a-zü:]+)(\d?)")


@cache
def _pinyin() -> Any:
    from xpinyin import Pinyin

    return Pinyin()


def _char_key(ch: str, first: bool) -> tuple[int, str, int, str]:
    if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
        reading = _SURNAMES.get(ch) if first else None
        reading = reading or _pinyin().get_pinyin(ch, tone_marks="numbers").lower()
        m = _READING.fullmatch(reading)
        if m:
            return (0, m[1], int(m[2] or 5), ch)
    return (1, ch.casefold(), 0, ch)  # other scripts after Chinese, as ICU's zh order has it


@lru_cache(maxsize=8192)
def name_key(name: str | None) -> tuple[tuple[int, str, int, str], ...]:
    """Sort key: each character's toneless reading, then its tone, then the character."""
    text = (name or "").strip()
    return tuple(_char_key(ch, i == 0) for i, ch in enumerate(text))


def sort_text(name: str | None) -> str:
    """`name_key` as one string that sorts the same way by code point (for Qt sort roles)."""
    return "".join(f"{cls}{reading:<6.6}{tone}{ch}" for cls, reading, tone, ch in name_key(name))


def compare(a: str | None, b: str | None) -> int:
    ka, kb = name_key(a), name_key(b)
    return (ka > kb) - (ka < kb)


def register(db: Any) -> None:
    """Make `COLLATE pinyin` known on a peewee database (its connections, now and later)."""
    db.register_collation(compare, COLLATION)
