"""Plain data for each document, gathered from the ledger's services and statistics.

The PDF and Excel writers take these dataclasses and nothing else, so they never query the ledger
and never count: every figure comes from models.stats (SPEC §3: one counting rule for screen, PDF,
Excel and bureau). What is read here directly are the records themselves (dates, topics, names,
minutes, photos) and, for the fingerprint, the uuid and revision of every row a document used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Photo:
    """A photo (or scan) of an activity, as stored in the ledger."""

    caption: str
    data: bytes
    mime: str = "image/jpeg"
    width: int = 0
    height: int = 0


@dataclass
class ActivityLine:
    """One row of the activity register, with what the minutes/photos sections need."""

    uuid: str
    date: str
    kinds: list[str]
    topic: str
    host: str
    present: int
    expected: int
    start_time: str = ""
    end_time: str = ""
    location: str = ""
    recorder: str = ""
    hours: float = 0.0
    minutes: str = ""
    resolutions: str = ""
    photos: list[Photo] = field(default_factory=list)


@dataclass
class AbsenceLine:
    """Someone expected who did not come (请假 or 缺席), with the reason given."""

    date: str
    topic: str
    kinds: list[str]
    name: str
    status: str
    leave_type: str
    reason: str


@dataclass
class PersonLine:
    """One person's totals over a period."""

    name: str
    category: str = ""
    attendances: int = 0
    expected: int = 0
    hours: float = 0.0
    volunteer_hours: float = 0.0


@dataclass
class RuleLine:
    """A compliance rule's result for one period."""

    kind: str
    period: str  # month / quarter / year
    period_label: str  # e.g. 2026-10, 2026-Q4, 2026
    required: int
    done: int
    state: str  # done / due / overdue / not_applicable
    detail: str = ""


@dataclass
class KindCount:
    """次 (and the other figures) for one kind."""

    kind: str
    figures: Any


@dataclass
class MonthlyData:
    """Everything the monthly summary (月度工作小结) shows."""

    branch_name: str
    month: str  # YYYY-MM
    total: Any  # models.stats.Figures
    by_kind: list[KindCount]
    activities: list[ActivityLine]
    absences: list[AbsenceLine]
    volunteers: list[PersonLine]
    compliance_month: list[RuleLine]
    compliance_quarter: list[RuleLine]
    fingerprint: str
    made_at: str
    include_minutes: bool = False
    include_photos: bool = False


@dataclass
class AnnualData:
    """Everything the annual summary shows."""

    branch_name: str
    year: str
    total: Any
    by_month: list[tuple[str, Any]]  # ("2026-01", Figures)
    by_kind: list[KindCount]
    people: list[PersonLine]
    compliance: list[RuleLine]
    life_meetings: list[ActivityLine]
    appraisals: list[ActivityLine]
    fingerprint: str
    made_at: str


@dataclass
class PersonStatement:
    """A participation statement for one person over a period."""

    branch_name: str
    person_name: str
    category: str
    unit: str
    period: str
    period_start: str
    period_end: str
    totals: PersonLine
    lines: list[tuple[ActivityLine, str, float]]  # activity, attendance status, hours credited
    fingerprint: str
    made_at: str


@dataclass
class SignInSheet:
    """A sign-in sheet (签到表) for one activity: everyone expected."""

    branch_name: str
    activity: ActivityLine
    people: list[tuple[str, str, str]]  # name, category code, party group / unit
    fingerprint: str
    made_at: str


def made_now() -> str:
    """The local time a document is made, to the minute."""
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


def fingerprint(rows: Iterable[tuple[str, str, int]]) -> str:
    """First 12 hex digits of sha256 over (table, uuid, rev) of the rows a document used.

    Sorted, so the same data gives the same fingerprint however it was read; any edit bumps a
    revision and so changes it.
    """
    digest = hashlib.sha256()
    for table, uuid, rev in sorted(rows):
        digest.update(f"{table}:{uuid}:{rev}\n".encode())
    return digest.hexdigest()[:12]
