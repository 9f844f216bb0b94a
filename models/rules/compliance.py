"""Compliance checks: the one state of each (rule, period), for every output.

Semantics (relative to a reference date `today`, the real day the screen or report is made):

- A rule is evaluated over each of its periods **whole**: a monthly rule per month, a quarterly
  rule per quarter, a yearly rule per year. The count is every live activity of the rule's kind
  in the whole period (a multi-kind activity counts for each of its kinds), wherever in the
  period it was held: a report for October shows Q4 with what was held in November too.
- The state, from `rule_state()`:
  * "done" (已完成): count >= min_count;
  * "not_due" (未到期): not met and the period has not begun (it starts after today);
  * "due" (待完成): not met and the period is running (today lies in it, its last day included);
  * "overdue" (未完成): not met and the period is over (today is after its last day);
  * "exempt" (假期免): a monthly rule not met in a month of the school holidays (the
    `holiday_months` setting; none by default).
  On the last day of a quarter an unmet quarterly rule is still "due"; on the first day of the
  next quarter it is "overdue".
- 所属年度: an activity naming the year it belongs to (组织生活会 / 民主评议 held in spring for
  the previous year) counts for yearly rules in that year, not in the year of its date.
- Yearly rules with `warn_from_month` (组织生活会, 民主评议: 10) that are due get `warning=True`
  from that month of the year on; before it they are quietly due and `reminders()` says nothing.
- `per_group` rules are checked for each live party group separately: an activity counts for a
  group when its `party_group` is that group. Without groups the rule is "not_applicable".
- `needs_committee` rules apply only when the branch has a committee role valid in the period;
  otherwise "not_applicable". Disabled rules are skipped.

`evaluate(month)` gives each rule in its period containing that month (the overview, the monthly
report); `evaluate_range(first, last)` gives each rule in every one of its periods that overlaps
the range (the annual grid, the district check, a campaign). Both use the same counts and
`rule_state()`, so a (rule, period) reads the same everywhere.

Rules live in the ledger (ComplianceRule) and are edited with `update_rule()`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models.errors import ValidationError
from models.file.schema import (
    AuditEntry,
    Branch,
    CommitteeRole,
    ComplianceRule,
    PartyGroup,
    database,
    utc_now,
)
from models.records.branch import find_branch
from models.rules.periods import (
    PERIOD_KINDS,
    Period,
    month_of,
    parse_period,
    period_containing,
)
from models.rules.settings import holiday_months
from models.text.i18n import translate
from models.vocabulary import kind_label

# Kinds worded as meetings that are "held" (召开); the others "take place" (开展).
_CONVENED = ("branch_meeting", "committee_meeting", "group_meeting", "life_meeting", "appraisal")


@dataclass(frozen=True)
class RuleInfo:
    """A compliance rule as stored in the ledger, with its label."""

    code: str
    kind: str
    period: str  # month / quarter / year
    min_count: int
    enabled: bool
    per_group: bool
    needs_committee: bool
    warn_from_month: int | None
    label: str


@dataclass(frozen=True)
class RuleStatus:
    """One rule (and party group, for per-group rules) in one period."""

    code: str
    kind: str
    label: str
    period: str  # '2026-11', '2026-Q4' or '2026'
    period_kind: str  # month / quarter / year
    count: int
    min_count: int
    state: str  # done / due / overdue / not_due / not_applicable
    warning: bool = False  # a due yearly rule past its warn_from_month
    group: str | None = None  # party group name, for per-group rules
    group_uuid: str | None = None
    activity_uuids: tuple[str, ...] = ()


def rule_label(kind: str, period: str, min_count: int) -> str:
    """'支部党员大会 每季度至少1次' / 'Branch general meeting: at least 1 per quarter'."""
    text = {
        "month": translate("Compliance", "{kind}: at least {n} per month"),
        "quarter": translate("Compliance", "{kind}: at least {n} per quarter"),
        "year": translate("Compliance", "{kind}: at least {n} per year"),
    }.get(period, "{kind} {n}")
    return text.format(kind=kind_label(kind), n=min_count)


def _rule_info(rule: ComplianceRule) -> RuleInfo:
    return RuleInfo(
        rule.code,
        rule.kind,
        rule.period,
        rule.min_count,
        bool(rule.enabled),
        bool(rule.per_group),
        bool(rule.needs_committee),
        rule.warn_from_month,
        rule_label(rule.kind, rule.period, rule.min_count),
    )


def list_rules() -> list[RuleInfo]:
    """Every live rule, in the order they were seeded."""
    query = ComplianceRule.select().where(ComplianceRule.deleted_at.is_null())
    return [_rule_info(r) for r in query.order_by(ComplianceRule.id)]


def update_rule(
    code: str,
    enabled: bool | None = None,
    min_count: int | None = None,
    period: str | None = None,
    who: str = "",
) -> RuleInfo:
    """Change a rule (one transaction, with an audit entry); raise ValidationError if bad."""
    errors: dict[str, str] = {}
    if min_count is not None and (
        isinstance(min_count, bool) or not isinstance(min_count, int) or not 1 <= min_count <= 99
    ):
        errors["min_count"] = translate(
            "Compliance", "The minimum count must be a whole number from 1 to 99."
        )
    if period is not None and period not in PERIOD_KINDS:
        errors["period"] = translate(
            "Compliance", "The period must be a month, a quarter or a year."
        )
    with database.atomic():
        rule = ComplianceRule.get_or_none(
            (ComplianceRule.code == code) & ComplianceRule.deleted_at.is_null()
        )
        if rule is None:
            errors["code"] = translate("Compliance", "There is no rule {code}.").format(code=code)
        if errors:
            raise ValidationError(errors)
        changes = {}
        for name, value in (("enabled", enabled), ("min_count", min_count), ("period", period)):
            if value is not None and getattr(rule, name) != value:
                changes[name] = [getattr(rule, name), value]
                setattr(rule, name, value)
        if changes:
            rule.rev += 1
            rule.updated_at = utc_now()
            rule.save()
            AuditEntry.create(
                who=who,
                action="update",
                table_name="compliance_rule",
                row_uuid=rule.uuid,
                changes=json.dumps(changes, ensure_ascii=False),
            )
    return _rule_info(rule)


def vote_passed(entitled: int, present: int, in_favour: int) -> bool:
    """支部党员大会 vote: quorum (present > ½ entitled) and in favour > ½ of those entitled."""
    return present * 2 > entitled and in_favour * 2 > entitled


def _branch(branch_uuid: str | None) -> Branch | None:
    return find_branch(branch_uuid)


def _activities(
    branch: Branch, start: str, end: str
) -> list[tuple[str, str, str, str | None, int | None]]:
    """(uuid, date, kind, party group uuid, 所属年度) of the branch's live activities and kinds."""
    sql = (
        "SELECT a.uuid, a.date, k.kind, g.uuid, a.belongs_to_year FROM activity a"
        " JOIN activity_kind k ON k.activity_id = a.id AND k.deleted_at IS NULL"
        " LEFT JOIN party_group g ON g.id = a.party_group_id"
        " WHERE a.deleted_at IS NULL AND a.branch_id = ? AND a.date >= ? AND a.date < ?"
        " ORDER BY a.date, a.id"
    )
    return database.execute_sql(sql, (branch.id, start, end)).fetchall()


def _has_committee(branch: Branch, period: Period) -> bool:
    role = CommitteeRole.select().where(
        (CommitteeRole.branch == branch)
        & CommitteeRole.deleted_at.is_null()
        & (CommitteeRole.since.is_null() | (CommitteeRole.since <= period.last_day))
        & (CommitteeRole.until.is_null() | (CommitteeRole.until >= period.first_day))
    )
    return role.exists()


RULE_STATES = ("done", "due", "overdue", "not_due", "exempt", "not_applicable")


def rule_state(count: int, min_count: int, period: Period, today: dt.date) -> str:
    """The one state of a rule in a whole period as of `today` (see the module's docstring)."""
    if count >= min_count:
        return "done"
    if period.first_day > today:
        return "not_due"
    return "overdue" if period.ended_before(today) else "due"


def evaluate(
    month: str | Period | dt.date | None = None,
    *,
    today: dt.date | None = None,
    branch_uuid: str | None = None,
) -> list[RuleStatus]:
    """Every enabled rule, whole, in its period containing `month` (default: today's month).

    `branch_uuid` None means the ledger's (first) branch; a district passes each branch.
    """
    today = today or dt.date.today()
    if month is None:
        month = today
    anchor = month if isinstance(month, dt.date) else parse_period(month).first_day
    return _evaluate([anchor], today, branch_uuid)


def evaluate_range(
    first: dt.date,
    last: dt.date,
    *,
    today: dt.date | None = None,
    branch_uuid: str | None = None,
) -> list[RuleStatus]:
    """Every enabled rule in each of its periods overlapping [first, last], each one whole:
    for a year, 12 months, 4 quarters and the year. Ordered by rule, then period."""
    today = today or dt.date.today()
    anchors = []
    month = month_of(first)
    while month.first_day <= last:
        anchors.append(month.first_day)
        month = month.next()
    return _evaluate(anchors, today, branch_uuid)


def evaluate_period(
    period: str | Period, *, today: dt.date | None = None, branch_uuid: str | None = None
) -> list[RuleStatus]:
    """evaluate_range over a month, quarter or year."""
    p = parse_period(period)
    return evaluate_range(p.first_day, p.last_day, today=today, branch_uuid=branch_uuid)


def _evaluate(anchors: list[dt.date], today: dt.date, branch_uuid: str | None) -> list[RuleStatus]:
    branch = _branch(branch_uuid)
    if branch is None or not anchors:
        return []
    first = period_containing("year", anchors[0])
    last = period_containing("year", anchors[-1])
    # The year after too: a 组织生活会 held next spring may belong to the last year (所属年度).
    rows = _activities(branch, first.start, last.next().end)
    groups = list(
        PartyGroup.select()
        .where((PartyGroup.branch == branch) & PartyGroup.deleted_at.is_null())
        .order_by(PartyGroup.position, PartyGroup.id)
    )
    committee_cache: dict[str, bool] = {}
    holidays = holiday_months()
    result: list[RuleStatus] = []
    for info in list_rules():
        if not info.enabled or info.period not in PERIOD_KINDS:
            continue
        periods = list(dict.fromkeys(period_containing(info.period, a) for a in anchors))
        for period in periods:
            if str(period) not in committee_cache and info.needs_committee:
                committee_cache[str(period)] = _has_committee(branch, period)
            result.extend(_one_rule(info, period, rows, groups, today, committee_cache, holidays))
    return result


def _counts_in(row: tuple, period: Period) -> bool:
    """An activity counts in a period by its date; for a yearly rule, by its 所属年度 if named."""
    if period.kind == "year" and row[4] is not None:
        return row[4] == period.year
    return period.contains(row[1])


def _one_rule(
    info, period, rows, groups, today, committee_cache, holidays=frozenset()
) -> list[RuleStatus]:
    hits = [r for r in rows if r[2] == info.kind and _counts_in(r, period)]
    base = dict(
        code=info.code,
        kind=info.kind,
        label=info.label,
        period=str(period),
        period_kind=info.period,
        min_count=info.min_count,
    )
    not_applicable = (info.needs_committee and not committee_cache[str(period)]) or (
        info.per_group and not groups
    )
    if not_applicable:
        return [RuleStatus(count=len(hits), state="not_applicable", **base)]
    targets = [(g.name, g.uuid) for g in groups] if info.per_group else [(None, None)]
    result = []
    for name, group_uuid in targets:
        mine = [r for r in hits if group_uuid is None or r[3] == group_uuid]
        state = rule_state(len(mine), info.min_count, period, today)
        if state != "done" and period.kind == "month" and period.number in holidays:
            state = "exempt"
        warning = (
            state == "due"
            and info.period == "year"
            and info.warn_from_month is not None
            and today.year == period.year
            and today.month >= info.warn_from_month
        )
        result.append(
            RuleStatus(
                count=len(mine),
                state=state,
                warning=warning,
                group=name,
                group_uuid=group_uuid,
                activity_uuids=tuple(dict.fromkeys(r[0] for r in mine)),
                **base,
            )
        )
    return result


def reminders(today: dt.date | None = None, branch_uuid: str | None = None) -> list[str]:
    """Plain-word reminders: what is still due in the current periods, and what the previous
    month / quarter / year missed. Yearly rules with warn_from_month speak only from then on."""
    return [text for text, _status in reminder_items(today, branch_uuid)]


def reminder_items(
    today: dt.date | None = None, branch_uuid: str | None = None
) -> list[tuple[str, RuleStatus]]:
    """The reminders with the rule status behind each (so a screen can open its records)."""
    today = today or dt.date.today()
    warns_later = {r.code for r in list_rules() if r.warn_from_month is not None}
    items: list[tuple[str, RuleStatus]] = []
    for status in evaluate(today, today=today, branch_uuid=branch_uuid):
        if status.state != "due":
            continue
        if status.code in warns_later and not status.warning:
            continue
        items.append((_reminder_text(status, current=True), status))
    for status in _previous_period_statuses(today, branch_uuid):
        if status.state == "overdue":
            items.append((_reminder_text(status, current=False), status))
    return items


def _previous_period_statuses(today: dt.date, branch_uuid: str | None) -> list[RuleStatus]:
    """Each rule evaluated in the period just before today's (last month, quarter, year)."""
    found: list[RuleStatus] = []
    for kind in PERIOD_KINDS:
        previous = period_containing(kind, today).previous()
        found.extend(
            s
            for s in evaluate(previous.first_day, today=today, branch_uuid=branch_uuid)
            if s.period_kind == kind
        )
    return found


def _reminder_text(status: RuleStatus, *, current: bool) -> str:
    when = {
        ("month", True): translate("Compliance", "this month"),
        ("quarter", True): translate("Compliance", "this quarter"),
        ("year", True): translate("Compliance", "this year"),
        ("month", False): translate("Compliance", "last month"),
        ("quarter", False): translate("Compliance", "last quarter"),
        ("year", False): translate("Compliance", "last year"),
    }[(status.period_kind, current)]
    convened = status.kind in _CONVENED
    if status.count:
        if current:
            text = translate(
                "Compliance", "Only {count} of the required {min_count} {kind} held {when} so far"
            )
        else:
            text = translate(
                "Compliance", "Only {count} of the required {min_count} {kind} held {when}"
            )
    elif status.kind == "appraisal":
        # SPEC §8: 本月尚未开展民主评议党员工作 — appraisal is work carried out, not a meeting held.
        text = (
            translate("Compliance", "No {kind} work has been carried out {when} yet")
            if current
            else translate("Compliance", "No {kind} work was carried out {when}")
        )
    elif current:
        text = (
            translate("Compliance", "No {kind} has been held {when} yet")
            if convened
            else translate("Compliance", "No {kind} has taken place {when} yet")
        )
    else:
        text = (
            translate("Compliance", "No {kind} was held {when}")
            if convened
            else translate("Compliance", "No {kind} took place {when}")
        )
    text = text.format(
        count=status.count, min_count=status.min_count, kind=kind_label(status.kind), when=when
    )
    if not current:
        text = translate("Compliance", "{text} ({period})").format(text=text, period=status.period)
    if status.group:
        text = translate("Compliance", "{group}: {text}").format(group=status.group, text=text)
    return text
