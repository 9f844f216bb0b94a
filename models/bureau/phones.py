"""Phone numbers in any format, for `bundle --no-phone` and for the merge that compares a bundle
with and one without them.

Recognised, wherever they stand in a text: Chinese mobile numbers with or without separators
and country code (13800138000, 138-0013-8000, 138 0013 8000, +86 138 0013 8000,
0086-13800138000), landlines with an area code (0571-88888888, (010) 6512 3456, 010-12345678
转 123), international landlines (+86 10 6512 3456), and every number the ledger stores as
someone's phone, in any spacing (so "8888 8888" goes when "88888888" is a phone number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_PHONE_DIGITS = 5  # shorter "numbers" are not phone numbers, and would wreck other text
_SEP = r"[\s\-.·]?"
_EXT = r"(?:\s?(?:转|分机|ext\.?|x)\s?\d{1,6})?"
_PATTERNS = (
    # mobile, optionally with +86 / 0086 / 86 in front
    r"(?:(?:\+|00)\s?86[\s\-]?)?1[3-9]\d(?:" + _SEP + r"\d){8}",
    # international landline: +86 10 6512 3456
    r"(?:\+|00)\s?86[\s\-]?\(?\d{2,3}\)?[\s\-]?\d{3,4}[\s\-]?\d{4}" + _EXT,
    # landline with an area code: 0571-88888888, (010) 6512 3456
    r"\(?0\d{2,3}\)?[\s\-]?\d{3,4}[\s\-]?\d{4}" + _EXT,
)
GENERIC = re.compile(r"(?<![\d+])(?:" + "|".join(_PATTERNS) + r")(?!\d)", re.IGNORECASE)


def known_pattern(numbers: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern for these stored numbers in any spacing (None when there are none)."""
    alternatives = set()
    for number in numbers:
        digits = re.sub(r"\D", "", number or "")
        if len(digits) >= MIN_PHONE_DIGITS:
            alternatives.add(_SEP.join(digits))
    if not alternatives:
        return None
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(r"(?<!\d)(?:" + body + r")(?!\d)")


def strip_phones(text: object, known: re.Pattern[str] | None = None) -> object:
    """`text` without the phone numbers in it (other values unchanged)."""
    if not isinstance(text, str) or not any(c.isdigit() for c in text):
        return text
    text = GENERIC.sub("", text)
    if known is not None:
        text = known.sub("", text)
    return text
