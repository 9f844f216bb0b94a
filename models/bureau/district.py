"""The district overview: figures per branch and in total, and which branches miss which rule.

Everything is counted by models.rules.counting (one counting rule for
screen, PDF, Excel and the
bureau) and judged by models.rules.compliance, on a ledger that holds several branches (the bureau's
district ledger after imports). The bureau's sentence, "全区教育系统共开展集中学习465次，…",
is built from the same figures, with exact numbers:

- 集中学习 次      = activities of kind collective_study
- 交流学习体会 次  = activities of kind seminar
- 革命传统教育 人次 = attendances at activities of kind study_visit
- 党员志愿服务 人次 = attendances at activities with any volunteer kind
- 好事实事 件      = good deeds (done + in progress) of all activities
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, fields

from models.file.schema import VOLUNTEER_KINDS, Branch, database
from models.rules.compliance import RuleStatus, evaluate_range
from models.rules.counting import Figures, branch_rows, figures, figures_by_kind, hours_2dp, rate
from models.rules.periods import DateRange, Period, month_of, parse_period
from models.text.i18n import translate

MISSED_STATES = ("due", "overdue")


@dataclass(frozen=True)
class Highlights:
    """The five figures of the bureau's sentence."""

    collective_study: int = 0  # 次
    seminar: int = 0  # 次
    study_visit_attendances: int = 0  # 人次
    volunteer_attendances: int = 0  # 人次
    deeds: int = 0  # 件


@dataclass
class BranchLine:
    """One branch of the district: its figures, highlights and the rules it misses."""

    uuid: str
    name: str
    figures: Figures
    highlights: Highlights
    missed: list[RuleStatus] = field(default_factory=list)


@dataclass
class DistrictData:
    """Everything the district overview, PDF and Excel show."""

    period: str
    anchor_month: str  # the period's month of today, or its last month (the district page)
    branches: list[BranchLine]
    total: Figures
    highlights: Highlights
    sentence: str
    fingerprint: str = ""
    made_at: str = ""
    period_label: str = ""  # titles: 2026年度, 第二批主题教育（2019年9月1日至…）


def highlights(
    period: Period, branch_uuid: str | None = None, total: Figures | None = None
) -> Highlights:
    """The sentence's five figures for the period (one branch, or the whole ledger).

    An activity with two volunteer kinds is one activity: its attendances count once, so the
    volunteer figure is asked for all volunteer kinds together, not summed per kind.
    """
    by_kind = figures_by_kind(period, branch_uuid)
    total = total or figures(period, branch_uuid=branch_uuid)
    return Highlights(
        collective_study=by_kind["collective_study"].activities,
        seminar=by_kind["seminar"].activities,
        study_visit_attendances=by_kind["study_visit"].attendances,
        volunteer_attendances=figures(
            period, branch_uuid=branch_uuid, kinds=VOLUNTEER_KINDS
        ).attendances,
        deeds=total.deeds,
    )


def sentence(h: Highlights, period_text: str = "") -> str:
    """The bureau's own wording, with the exact numbers."""
    text = translate(
        "Bureau",
        "In total the district's education system held {study} collective study sessions, "
        "exchanged study experiences {seminar} times, gave revolutionary tradition education "
        "to {visit} attendances, gave Party member volunteer service in {volunteer} "
        "attendances, and did {deeds} good and practical deeds for the people.",
    ).format(
        study=h.collective_study,
        seminar=h.seminar,
        visit=h.study_visit_attendances,
        volunteer=h.volunteer_attendances,
        deeds=h.deeds,
    )
    if period_text:
        text = translate("Bureau", "{period}: {text}").format(period=period_text, text=text)
    return text


def open_sentence(period: Period, text: str) -> str:
    """The sentence's opening names its period: a campaign's "主题教育期间，…", a date range's
    "2026年9月1日至11月30日，…", a month's "2026年9月，…"."""
    if isinstance(period, DateRange) and period.name:
        return translate("Bureau", "During {campaign}: {text}").format(
            campaign=period.name, text=text
        )
    return translate("Bureau", "{period}: {text}").format(
        period=period_label_text(period), text=text
    )


def branch_sentence(name: str, h: Highlights) -> str:
    """The same figures for one branch (the district page's branch filter)."""
    return translate(
        "Bureau",
        "{branch} held {study} collective study sessions, exchanged study experiences {seminar} "
        "times, gave revolutionary tradition education to {visit} attendances, gave Party member "
        "volunteer service in {volunteer} attendances, and did {deeds} good and practical deeds "
        "for the people.",
    ).format(
        branch=name,
        study=h.collective_study,
        seminar=h.seminar,
        visit=h.study_visit_attendances,
        volunteer=h.volunteer_attendances,
        deeds=h.deeds,
    )


def anchor_month(period: Period, today: dt.date | None = None) -> Period:
    """The month compliance is judged in: the period's last month, or this month if earlier."""
    today = today or dt.date.today()
    last = month_of(period.last_day)
    current = month_of(today)
    if period.contains(today.isoformat()) and current < last:
        return current
    return last


def live_branches() -> list[tuple[str, str]]:
    """(uuid, name) of every live branch, by name."""
    rows = database.execute_sql(
        "SELECT uuid, name FROM branch WHERE deleted_at IS NULL ORDER BY name COLLATE pinyin, uuid"
    ).fetchall()
    return [(u, n) for u, n in rows]


def missed_rules(
    period: Period, branch_uuid: str, today: dt.date | None = None
) -> list[RuleStatus]:
    """Every obligation a branch has not met in the period asked for: each rule in each of its
    months / quarters / years overlapping it, whole — 未完成 (over) and 待完成 (still running)."""
    return [
        s
        for s in evaluate_range(
            period.first_day, period.last_day, today=today, branch_uuid=branch_uuid
        )
        if s.state in MISSED_STATES
    ]


def missed_by_rule(line: BranchLine) -> list[tuple[str, str]]:
    """A branch's missed obligations grouped by rule (and party group), for the printed check:
    [("主题党日：每月至少1次", "未完成：2026年3月（已开展0次）、2026年5月（已开展0次）")]."""
    from models.vocabulary import rule_state_label

    grouped: dict[tuple[str, str], dict[str, list[str]]] = {}
    for s in line.missed:
        rule = s.label + (f"（{s.group}）" if s.group else "")
        by_state = grouped.setdefault((rule, s.code), {})
        by_state.setdefault(s.state, []).append(
            translate("Bureau", "{period} ({count} held)").format(
                period=period_label_text(parse_period(s.period)), count=s.count
            )
        )
    result = []
    for (rule, _code), by_state in grouped.items():
        parts = [
            translate("Bureau", "{state}: {periods}").format(
                state=rule_state_label(state), periods=translate("Bureau", ", ").join(periods)
            )
            for state, periods in sorted(by_state.items(), key=lambda kv: kv[0] != "overdue")
        ]
        result.append((rule, translate("Bureau", "; ").join(parts)))
    return result


def district_data(
    period_text: str | Period,
    *,
    branch_uuid: str | None = None,
    today: dt.date | None = None,
    with_compliance: bool = True,
) -> DistrictData:
    """The overview of a period; `branch_uuid` narrows it to one branch (the branch filter)."""
    period = parse_period(period_text)
    anchor = anchor_month(period, today)
    lines = []
    # The very branches `stats` lists (counting.branch_rows), with the same names.
    for uuid, name, own in branch_rows(period):
        if branch_uuid is not None and uuid != branch_uuid:
            continue
        lines.append(
            BranchLine(
                uuid,
                name,
                own,
                highlights(period, uuid, own),
                missed_rules(period, uuid, today) if with_compliance else [],
            )
        )
    # The totals are the sum of the rows shown above them (each activity belongs to one
    # branch, each person to one branch): no second pass over the period's rows.
    total = sum_figures([line.figures for line in lines])
    h = Highlights(
        *(sum(getattr(line.highlights, f.name) for line in lines) for f in fields(Highlights))
    )
    return DistrictData(
        period=str(period),
        anchor_month=str(anchor),
        branches=lines,
        total=total,
        highlights=h,
        sentence=open_sentence(period, sentence(h)),
        fingerprint=_fingerprint(_rows_used(period)),
        made_at=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        period_label=period_label_text(period),
    )


def sum_figures(parts: list[Figures]) -> Figures:
    """The figures of several branches together (their rows added up: exact minutes, the rate
    of the sums)."""
    present = sum(f.present for f in parts)
    expected = sum(f.expected for f in parts)
    minutes = sum(f.minutes for f in parts)
    study = sum(f.study_minutes for f in parts)
    service = sum(f.service_minutes for f in parts)
    return Figures(
        activities=sum(f.activities for f in parts),
        attendances=sum(f.attendances for f in parts),
        people=sum(f.people for f in parts),
        expected=expected,
        present=present,
        attendance_rate=rate(present, expected),
        hours=hours_2dp(minutes),
        deeds=sum(f.deeds for f in parts),
        study_hours=hours_2dp(study),
        service_hours=hours_2dp(service),
        guests=sum(f.guests for f in parts),
        minutes=minutes,
        study_minutes=study,
        service_minutes=service,
    )


def period_label_text(period: Period) -> str:
    """2026 → "2026年度"; 2026-09 → "2026年9月"; 2026-Q3 → "2026年第三季度"; a range →
    "2026年9月1日至11月30日"; a campaign → "第二批主题教育（2019年9月1日至2020年1月31日）"."""
    from models.rules.periods import period_text

    return period_text(period)


def _rows_used(period: Period) -> list[tuple[str, str, int]]:
    """(table, uuid, rev) of the branches and the period's activities (for the fingerprint)."""
    rows = [("branch", b.uuid, b.rev) for b in Branch.select(Branch.uuid, Branch.rev)]
    rows += [
        ("activity", u, r)
        for u, r in database.execute_sql(
            "SELECT uuid, rev FROM activity WHERE date >= ? AND date < ?",
            (period.start, period.end),
        ).fetchall()
    ]
    return rows


def _fingerprint(rows: list[tuple[str, str, int]]) -> str:
    """First 12 hex digits of sha256 over the sorted (table, uuid, rev): the reports' rule."""
    digest = hashlib.sha256()
    for table, uuid, rev in sorted(rows):
        digest.update(f"{table}:{uuid}:{rev}\n".encode())
    return digest.hexdigest()[:12]
