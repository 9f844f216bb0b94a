"""The plain data each document is made from (filled by exports.report_data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.text.i18n import translate


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
    guests: int = 0  # 列席, listed apart from 实到 / 应到
    end_time: str = ""
    location: str = ""
    recorder: str = ""
    duration_min: int = 0  # the activity's duration in whole minutes
    minutes: str = ""
    resolutions: str = ""
    agenda: str = ""
    materials: str = ""
    service_type: str = ""
    people_served: int = 0
    deeds_done: int = 0
    deeds_in_progress: int = 0
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
    minutes: int = 0  # time at activities attended, exact
    study_minutes: int = 0  # 学时, exact
    service_minutes: int = 0  # 服务时长, exact
    study_required: int = 0  # the yearly 学时 minimum for this person (32 / 56), 0: none


@dataclass
class RuleLine:
    """A compliance rule's result for one period (from models.rules.compliance)."""

    label: str  # e.g. 主题党日：每月至少1次
    kind: str
    period: str  # month / quarter / year
    period_label: str  # e.g. 2026-10, 2026-Q4, 2026
    required: int
    done: int
    state: str  # done / due / overdue / not_applicable
    detail: str = ""  # the party group, for per-group rules


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
    total: Any  # models.rules.counting.Figures
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
    plan: Any = None  # models.records.plan.PlanSummary of the month (planned vs held)


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
    plan: Any = None  # models.records.plan.PlanSummary of the year (planned vs held)
    study: list[Any] = field(default_factory=list)  # counting.StudyLine per Party member


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
    lines: list[tuple[ActivityLine, str, int]]  # activity, attendance status, minutes credited
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


@dataclass
class WorkbookData:
    """The registers and summaries of a month or a year, for Excel."""

    branch_name: str
    period: str
    total: Any
    by_kind: list[KindCount]
    by_month: list[tuple[str, Any]]  # a year's months; empty for a month
    activities: list[ActivityLine]
    people: list[PersonLine]
    absences: list[AbsenceLine]
    fingerprint: str
    made_at: str
    roster: Any = None  # exports.roster_data.RosterReport: the 党员花名册 at the period's end
    period_label: str = ""  # a date range's or campaign's words (else from `period`)


def figure_header(first: str, *, numbers: bool = False) -> list[str]:
    """The header of a table of figures (PDF and Excel alike). `numbers`: the hours are
    bare numbers (Excel), so their headers carry the unit."""
    if numbers:
        return [
            *figure_header(first)[:7],
            translate("Reports", "Study hours (h)"),
            translate("Reports", "Service hours (h)"),
            translate("Reports", "Good deeds incl. in progress"),
        ]
    return [
        first,
        translate("Reports", "Activities"),
        translate("Reports", "Attendances"),
        translate("Reports", "People"),
        translate("Reports", "Expected"),
        translate("Reports", "Present"),
        translate("Reports", "Attendance rate"),
        translate("Reports", "Study hours"),
        translate("Reports", "Service hours"),
        translate("Reports", "Good deeds incl. in progress"),
    ]
