"""Reporting periods: a month 'YYYY-MM', a quarter 'YYYY-Qn' or a year 'YYYY'.

A period is a half-open range of ISO dates [start, end): every counting query filters
`activity.date >= start AND activity.date < end`, which works on the ISO text the ledger stores.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models.errors import ValidationError
from models.text.i18n import translate

PERIOD_KINDS = ("month", "quarter", "year")
MIN_YEAR = 1900
MAX_YEAR = 2999

_MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER_RE = re.compile(r"^(\d{4})-[Qq](\d)$")
_YEAR_RE = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, order=True)
class Period:
    """A month (number 1–12), a quarter (number 1–4) or a year (number 0)."""

    kind: str
    year: int
    number: int = 0

    def __str__(self) -> str:
        if self.kind == "month":
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind == "quarter":
            return f"{self.year:04d}-Q{self.number}"
        return f"{self.year:04d}"

    @property
    def first_day(self) -> dt.date:
        if self.kind == "month":
            return dt.date(self.year, self.number, 1)
        if self.kind == "quarter":
            return dt.date(self.year, 3 * self.number - 2, 1)
        return dt.date(self.year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    @property
    def start(self) -> str:
        """First day, ISO text (inclusive)."""
        return self.first_day.isoformat()

    @property
    def end(self) -> str:
        """First day after the period, ISO text (exclusive)."""
        return self.next().first_day.isoformat()

    def contains(self, day: str | dt.date) -> bool:
        text = day.isoformat() if isinstance(day, dt.date) else day
        return self.start <= text < self.end

    def ended_before(self, today: dt.date) -> bool:
        """True once `today` lies after the period's last day."""
        return today > self.last_day

    def next(self) -> Period:
        return self._shift(1)

    def previous(self) -> Period:
        return self._shift(-1)

    def _shift(self, step: int) -> Period:
        if self.kind == "year":
            return Period("year", self.year + step)
        size = 12 if self.kind == "month" else 4
        index = self.year * size + self.number - 1 + step
        return Period(self.kind, index // size, index % size + 1)

    def months(self) -> list[Period]:
        """The months inside this period, in order."""
        first = month_of(self.first_day)
        count = {"month": 1, "quarter": 3, "year": 12}[self.kind]
        result = [first]
        while len(result) < count:
            result.append(result[-1].next())
        return result


def month_of(day: str | dt.date) -> Period:
    """The month containing a date."""
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return Period("month", d.year, d.month)


def quarter_of(day: str | dt.date) -> Period:
    """The quarter containing a date."""
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return Period("quarter", d.year, (d.month - 1) // 3 + 1)


def year_of(day: str | dt.date) -> Period:
    """The year containing a date."""
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return Period("year", d.year)


def period_containing(kind: str, day: str | dt.date) -> Period:
    """The month, quarter or year (by `kind`) containing a date."""
    return {"month": month_of, "quarter": quarter_of, "year": year_of}[kind](day)


def parse_period(text: str | Period, kind: str | None = None) -> Period:
    """Parse 'YYYY-MM', 'YYYY-Qn' or 'YYYY'; raise ValidationError naming the field if bad.

    With `kind` ('month', 'quarter' or 'year': what the caller asked for, e.g. `--month`) any
    other shape is refused with that field's message.
    """
    if isinstance(text, Period):
        period = text
    else:
        period = _parse(text, kind)
    if kind is not None and period.kind != kind:
        raise ValidationError({kind: _shape_message(kind).format(value=str(text).strip())})
    return period


def _shape_message(kind: str | None) -> str:
    if kind == "month":
        return translate(
            "Stats", "'{value}' is not a month: write it as YYYY-MM, for example 2026-10."
        )
    if kind == "quarter":
        return translate(
            "Stats", "'{value}' is not a quarter: write it as YYYY-Qn, for example 2026-Q4."
        )
    if kind == "year":
        return translate("Stats", "'{value}' is not a year: write it as YYYY, for example 2026.")
    return translate(
        "Stats",
        "'{value}' is not a period: write a month as YYYY-MM (for example 2026-10), "
        "a quarter as YYYY-Qn or a year as YYYY.",
    )


def _parse(text: str, kind: str | None) -> Period:
    value = (text or "").strip()
    if match := _MONTH_RE.match(value):
        year, month = int(match.group(1)), int(match.group(2))
        _check_year("month", value, year)
        if not 1 <= month <= 12:
            raise ValidationError(
                {
                    "month": translate(
                        "Stats", "There is no month {month} in {value}: months run from 01 to 12."
                    ).format(month=match.group(2), value=value)
                }
            )
        return Period("month", year, month)
    if match := _QUARTER_RE.match(value):
        year, quarter = int(match.group(1)), int(match.group(2))
        _check_year("quarter", value, year)
        if not 1 <= quarter <= 4:
            raise ValidationError(
                {
                    "quarter": translate(
                        "Stats",
                        "There is no quarter Q{quarter} in {value}: quarters run from Q1 to Q4.",
                    ).format(quarter=quarter, value=value)
                }
            )
        return Period("quarter", year, quarter)
    if match := _YEAR_RE.match(value):
        year = int(match.group(1))
        _check_year("year", value, year)
        return Period("year", year)
    if kind is None and re.match(r"^\d{4}-", value):
        # Looks like a month or quarter with a typo: say which shape was meant.
        kind = "quarter" if "q" in value.lower() else "month"
    raise ValidationError({kind or "period": _shape_message(kind).format(value=value)})


def _check_year(field: str, value: str, year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            {
                field: translate(
                    "Stats", "The year in {value} is out of range ({low}–{high})."
                ).format(value=value, low=MIN_YEAR, high=MAX_YEAR)
            }
        )


def period_text(period: Period | str) -> str:
    """A period as a reader writes it: 2026年9月, 2026年第三季度, 2026年度 (Sept 2026, Q3 2026,
    2026) — never "2026-Q3" or "2026年09月"."""
    if isinstance(period, str):
        period = parse_period(period)
    if period.kind == "month":
        return translate("Stats", "{month}/{year}").format(year=period.year, month=period.number)
    if period.kind == "quarter":
        quarters = (
            translate("Stats", "Q1"),
            translate("Stats", "Q2"),
            translate("Stats", "Q3"),
            translate("Stats", "Q4"),
        )
        return translate("Stats", "{quarter} {year}").format(
            year=period.year, quarter=quarters[period.number - 1]
        )
    return translate("Stats", "Year {year}").format(year=period.year)


def date_text(day: str | dt.date) -> str:
    """A date in running text: 2026年9月1日 (9/1/2026); anything not a date as it is."""
    try:
        d = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
    except ValueError:
        return str(day)
    return translate("Stats", "{month}/{day}/{year}").format(year=d.year, month=d.month, day=d.day)
