"""身份证号 (the 18-character citizen ID number of GB 11643): checking, masking, cutting out.

An ID number is private like a phone number, and more so: the app shows it masked
(3201**********1234) except in the person dialog while editing, prints it masked, and a bureau
bundle leaves it out unless the branch chooses to send it (exports/bundle.py), in which case the
bureau keeps it but never prints it.

GB 11643-1999: 17 digits (6 address code, 8 birth date, 3 sequence) and a check character: the
sum of the digits weighted 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, modulo 11, picks it from
"10X98765432".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from models.text.i18n import translate

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
LENGTH = 18
# An 18-character ID number standing anywhere in a text (not inside a longer run of digits).
_ANYWHERE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def normalise(text: str | None) -> str:
    """The number as stored: spaces dropped, a lower-case x as X."""
    return re.sub(r"\s", "", text or "").upper()


def check_char(first17: str) -> str:
    """The check character of the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def is_valid(number: str) -> bool:
    return id_number_problem(number) is None


def id_number_problem(number: str) -> str | None:
    """Why `number` (normalised) is not a valid 身份证号, in plain words; None when it is."""
    if len(number) != LENGTH:
        return translate(
            "Validation", "An ID number has 18 characters; this one has {count}."
        ).format(count=len(number))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return translate("Validation", "An ID number is 17 digits followed by a digit or X.")
    try:
        dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return translate(
            "Validation", "Characters 7–14 of an ID number are a birth date; {date} is not one."
        ).format(date=number[6:14])
    expected = check_char(number[:17])
    if number[17] != expected:
        return translate(
            "Validation",
            "The last character (the check digit) should be {expected}, not {found}: a digit "
            "was probably mistyped.",
        ).format(expected=expected, found=number[17])
    return None


def birth_date_of(number: str) -> str | None:
    """The birth date an ID number holds (ISO), or None."""
    if len(number) != LENGTH or not number[6:14].isdigit():
        return None
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14])).isoformat()
    except ValueError:
        return None


def mask(number: str | None) -> str:
    """The number as shown on screen and in print: the first four and last four characters,
    the rest as asterisks (3201**********1234); a short or odd entry is masked whole."""
    number = normalise(number)
    if not number:
        return ""
    if len(number) < 12:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def strip_id_numbers(text: object, known: Iterable[str] = ()) -> object:
    """`text` without the valid ID numbers in it, and without the stored ones (`known`) in any
    case; other values unchanged."""
    if not isinstance(text, str) or not any(c.isdigit() for c in text):
        return text

    def cut(m: re.Match[str]) -> str:
        return "" if is_valid(m.group(0).upper()) else m.group(0)

    text = _ANYWHERE.sub(cut, text)
    for number in known:
        if number and len(number) >= 8:
            text = re.sub(re.escape(number), "", text, flags=re.IGNORECASE)
    return text
