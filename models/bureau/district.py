"""The district overview: figures per branch and in total, and which branches miss which rule.

Everything is counted by models.rules.counting (one counting rule for
screen, PDF, Excel and the
bureau) and judged by models.rules.compliance, on a ledger that holds several branches (the bureau's
district ledger after imports). The bureau's sentence, "全区教育系统共开展集中学习465次，…",
is built from the ledger's figure definitions (口径, models.rules.definitions; a district ledger
uses its own), each counted by models.rules.counting.sentence_by_branch, with exact numbers. By
default:

- 集中学习 次      = activities of kind collective_study
- 交流学习体会 次  = activities of kind seminar
- 革命传统教育 人次 = attendances (present or late) at activities with the theme 革命传统教育
- 党员志愿服务 人次 = attendances of Party members (正式/预备 on the day) at kind volunteer
- 为群众办好事实事 件 = good deeds done, all activities
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from models.bureau.sentence import all_met, branch_label
from models.file.schema import Branch, database
from models.rules.compliance import RuleStatus, evaluate_range
from models.rules.counting import (
    Figures,
    branch_rows,
    hours_2dp,
    rate,
    sentence_by_branch,
)
from models.rules.definitions import FigureDefinition, describe
from models.rules.periods import DateRange, Period, month_of, parse_period
from models.text.i18n import translate
from models.vocabulary import measure_unit

MISSED_STATES = ("due", "overdue")


@dataclass
class BranchLine:
    """One branch of the district: its figures, the sentence's figures and the rules it misses."""

    uuid: str
    name: str
    figures: Figures
    highlights: list[int]  # the value of each of DistrictData.definitions
    missed: list[RuleStatus] = field(default_factory=list)


@dataclass
class DistrictData:
    """Everything the district overview, PDF and Excel show."""

    period: str
    anchor_month: str  # the period's month of today, or its last month (the district page)
    branches: list[BranchLine]
    total: Figures
    highlights: list[int]  # the sentence's figures of the whole district
    sentence: str
    fingerprint: str = ""
    made_at: str = ""
    definitions: list[FigureDefinition] = field(default_factory=list)  # the ledger's 口径
    period_label: str = ""  # titles: 2026年度, 第二批主题教育（2019年9月1日至…）

    def definition_notes(self) -> list[str]:
        """口径说明: each figure's label and what it counts, to print under the sentence."""
        return definition_notes(self.definitions)

    def highlight_headers(self) -> list[str]:
        return highlight_headers(self.definitions)


def definition_notes(defs: list[FigureDefinition]) -> list[str]:
    return [
        translate("Bureau", "{label}: {definition}").format(label=d.label, definition=describe(d))
        for d in defs
    ]


def highlight_headers(defs: list[FigureDefinition]) -> list[str]:
    """Branch, then each figure of the sentence with its unit: "集中学习（次）"."""
    return [branch_label()] + [
        translate("Bureau", "{label} ({unit})").format(label=d.label, unit=measure_unit(d.measure))
        for d in defs
    ]


def _parts(defs: list[FigureDefinition], values: list[int]) -> str:
    """Each figure with its value and unit: "集中学习465次，交流学习体会200次，…"."""
    parts = [
        translate("Bureau", "{label} {value} {unit}").format(
            label=d.label, value=v, unit=measure_unit(d.measure)
        )
        for d, v in zip(defs, values, strict=True)
    ]
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = translate("Bureau", "{text}, {part}").format(text=text, part=part)
    return text


def sentence(defs: list[FigureDefinition], values: list[int]) -> str:
    """The bureau's sentence with the exact numbers, one part per definition, each labelled as
    its definition says (the label always names what is counted: 口径说明 prints it out);
    open_sentence puts its period in front."""
    return translate("Bureau", "In total the district's education system counted {parts}.").format(
        parts=_parts(defs, values)
    )


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


def branch_sentence(name: str, defs: list[FigureDefinition], values: list[int]) -> str:
    """The same figures for one branch (the district page's branch filter)."""
    return translate("Bureau", "{branch} counted {parts}.").format(
        branch=name, parts=_parts(defs, values)
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


def missed_rows(data: DistrictData) -> list[list[object]]:
    """One row per branch and rule it missed in the period (the branch named on its first row);
    a branch that met everything gets one row saying so."""
    rows: list[list[object]] = []
    for line in data.branches:
        grouped = missed_by_rule(line)
        if not grouped:
            rows.append([line.name, all_met(), ""])
            continue
        for i, (rule, periods) in enumerate(grouped):
            rows.append([line.name if i == 0 else "", rule, periods])
    return rows


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
    defs, values = sentence_by_branch(period)
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
                values.get(uuid, [0] * len(defs)),
                missed_rules(period, uuid, today) if with_compliance else [],
            )
        )
    # The totals are the sum of the rows shown above them (each activity belongs to one
    # branch, each person to one branch): no second pass over the period's rows.
    total = sum_figures([line.figures for line in lines])
    h = [sum(line.highlights[i] for line in lines) for i in range(len(defs))]
    return DistrictData(
        period=str(period),
        anchor_month=str(anchor),
        branches=lines,
        total=total,
        highlights=h,
        sentence=open_sentence(period, sentence(defs, h)),
        fingerprint=_fingerprint(_rows_used(period)),
        made_at=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        definitions=defs,
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
