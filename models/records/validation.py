"""Small pure validators shared by the services, and the write wrapper every service uses."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator

from models.errors import disk_error_from
from models.file.schema import database
from models.text.i18n import translate

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def require(errors: dict[str, str], field: str, value: object, label: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors[field] = translate("Validation", "{field} is required.").format(field=label)


def parse_date(value: object) -> dt.date | None:
    """A real calendar date from 'YYYY-MM-DD' (or a date), else None."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def check_date(errors: dict[str, str], field: str, value: object, label: str) -> None:
    """Optional date: empty is fine, anything else must be a date that exists."""
    if value in (None, ""):
        return
    if parse_date(value) is None:
        errors[field] = translate(
            "Validation", "{field}: {value} is not a date that exists (use YYYY-MM-DD)."
        ).format(field=label, value=value)


_BIRTH_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def parse_birth_date(value: object) -> str | None:
    """A birth date as stored: a full date 'YYYY-MM-DD', or the month only 'YYYY-MM' (rosters
    give 出生年月, and a day nobody wrote is not invented); None when it is neither."""
    if isinstance(value, str) and _BIRTH_MONTH.fullmatch(value.strip()):
        return value.strip()
    day = parse_date(value)
    return day.isoformat() if day else None


def check_birth_date(errors: dict[str, str], field: str, value: object, label: str) -> None:
    """Optional birth date: empty, a date that exists, or a month (YYYY-MM)."""
    if value in (None, ""):
        return
    if parse_birth_date(value) is None:
        errors[field] = translate(
            "Validation",
            "{field}: {value} is not a date that exists (use YYYY-MM-DD, or YYYY-MM when only "
            "the month is known).",
        ).format(field=label, value=value)


def check_time(errors: dict[str, str], field: str, value: str, label: str) -> None:
    if value and not _TIME.match(value):
        errors[field] = translate(
            "Validation", "{field}: {value} is not a time of day (use HH:MM)."
        ).format(field=label, value=value)


def minutes_of(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


@contextlib.contextmanager
def atomic_write() -> Iterator[None]:
    """One transaction; a disk-full or I/O error becomes DiskFullError (the ledger is intact)."""
    try:
        with database.atomic():
            yield
    except Exception as exc:
        # peewee may report SQLITE_FULL as "cannot rollback": look along the whole chain.
        disk = disk_error_from(exc)
        if disk is not None:
            raise disk from exc
        raise


def day_or_none(value: object) -> str | None:
    """A validated optional date as stored: ISO text, or None when empty."""
    day = parse_date(value)
    return day.isoformat() if day else None


def text_or_none(value: object) -> str | None:
    """A stored optional value as text (dates read back from SQLite), None when empty."""
    return None if value in (None, "") else str(value)
