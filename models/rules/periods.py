"""Reporting periods: a month 'YYYY-MM', a quarter 'YYYY-Qn', a year 'YYYY', or any date range
'YYYY-MM-DD..YYYY-MM-DD' (both days included; a named one is a campaign, models/records/campaigns).

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
_RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


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


@dataclass(frozen=True, order=True)
class DateRange(Period):
    """Any date range, both days included (kind "range"): `--from D --to D`, or a campaign
    (`name`, e.g. 第二批主题教育). Every counting query takes it as [start, end) like a month."""

    first: dt.date = dt.date(MIN_YEAR, 1, 1)
    last: dt.date = dt.date(MIN_YEAR, 1, 1)
    name: str = ""

    def __str__(self) -> str:
        return f"{self.first.isoformat()}..{self.last.isoformat()}"

    @property
    def first_day(self) -> dt.date:
        return self.first

    @property
    def last_day(self) -> dt.date:
        return self.last

    @property
    def end(self) -> str:
        return (self.last + dt.timedelta(days=1)).isoformat()

    def _shift(self, step: int) -> Period:
        size = dt.timedelta(days=(self.last - self.first).days + 1) * step
        return date_range(self.first + size, self.last + size)

    def months(self) -> list[Period]:
        """The months the range overlaps, in order."""
        result = [month_of(self.first)]
        while result[-1].last_day < self.last:
            result.append(result[-1].next())
        return result


def date_range(first: dt.date | str, last: dt.date | str, name: str = "") -> DateRange:
    """The range first…last (both included); ValidationError naming the field when a day is not a
    date or first lies after last."""
    days = []
    for field, value in (("from", first), ("to", last)):
        if isinstance(value, dt.date):
            days.append(value)
            continue
        try:
            days.append(dt.date.fromisoformat(str(value).strip()))
        except ValueError:
            raise ValidationError(
                {
                    field: translate(
                        "Stats", "'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-01."
                    ).format(value=str(value).strip())
                }
            ) from None
    for field, day in zip(("from", "to"), days, strict=True):
        _check_year(field, day.isoformat(), day.year)
    if days[0] > days[1]:
        raise ValidationError(
            {
                "to": translate(
                    "Stats", "The range ends ({end}) before it starts ({start})."
                ).format(start=days[0].isoformat(), end=days[1].isoformat())
            }
        )
    return DateRange("range", days[0].year, 0, days[0], days[1], name)


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
    if match := _RANGE_RE.match(value):
        return date_range(match.group(1), match.group(2))
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
    if isinstance(period, DateRange):
        span = range_text(period.first, period.last)
        if period.name:
            return translate("Stats", "{campaign} ({dates})").format(
                campaign=period.name, dates=span
            )
        return span
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


def range_text(first: dt.date, last: dt.date) -> str:
    """A date range in running text: 2026年9月1日至11月30日 within a year,
    2019年9月1日至2020年1月31日 across one (never ISO dates in Chinese text)."""
    if first == last:
        return date_text(first)
    if first.year == last.year:
        return translate("Stats", "{month1}/{day1} to {month2}/{day2}/{year}").format(
            year=first.year,
            month1=first.month,
            day1=first.day,
            month2=last.month,
            day2=last.day,
        )
    return translate("Stats", "{start} to {end}").format(
        start=date_text(first), end=date_text(last)
    )
