"""党员花名册 as of a chosen day: the Party members (正式/预备 on that day by the dated category
history) on the branch's roster that day (在册 or 流动 by the dated status history, which the
组织关系转接 write: someone transferred out before the day is not on it, someone transferred in
after it not yet), with the 花名册 fields.

The ID number is carried whole (`id_number`); every output masks it unless the caller chose
otherwise (exports/pdf/roster.py, exports/xlsx/roster.py), and the bureau's never show it.

Service API (re-exported by models.services):
- `member_roster(day, branch_uuid=None) -> MemberRoster`
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.file.schema import database
from models.records.categories import category_sql
from models.records.validation import parse_date, text_or_none
from models.text.collation import name_key
from models.vocabulary import MEMBER_CATEGORIES

ON_ROSTER = ("active", "mobile")

# The status of person `p` on day ?1 (the latest dated row on or before it).
_STATUS_ON_SQL = (
    "(SELECT s.status FROM person_status s WHERE s.person_id = p.id AND s.deleted_at IS NULL"
    " AND s.effective_on <= ?1 ORDER BY s.effective_on DESC, s.id DESC LIMIT 1)"
)


@dataclass(frozen=True)
class RosterRow:
    uuid: str
    name: str
    sex: str  # M / F / ""
    birth_date: str | None
    ethnicity: str
    native_place: str
    education: str
    job_title: str
    category: str  # full_member / probationary, as on the day
    joined_on: str | None
    full_member_on: str | None  # only when full on the day
    unit: str
    party_group: str
    status: str  # active / mobile, as on the day
    id_number: str  # whole: outputs mask it


@dataclass
class MemberRoster:
    day: str
    branch_uuid: str | None
    rows: list[RosterRow] = field(default_factory=list)

    @property
    def full_members(self) -> int:
        return sum(r.category == "full_member" for r in self.rows)

    @property
    def probationary(self) -> int:
        return sum(r.category == "probationary" for r in self.rows)


def member_roster(day: str, branch_uuid: str | None = None) -> MemberRoster:
    """The Party members on the roster on `day` (ISO), by name (pinyin order); of one branch
    when `branch_uuid` is given (a district ledger), else of every branch in the file."""
    parsed = parse_date(day)
    if parsed is None:
        from models.errors import ValidationError
        from models.text.i18n import translate

        raise ValidationError({"on": translate("Reports", "Give the roster's date as YYYY-MM-DD.")})
    iso = parsed.isoformat()
    where = "p.deleted_at IS NULL"
    args: list[object] = [iso]
    if branch_uuid:
        where += " AND p.branch_id = (SELECT id FROM branch WHERE uuid = ?2)"
        args.append(branch_uuid)
    sql = (
        "SELECT p.uuid, p.name, p.sex, p.birth_date, p.ethnicity, p.native_place, p.education,"
        " p.job_title, " + category_sql("p.id", "?1") + ", p.joined_on, p.full_member_on,"
        " COALESCE(u.name, ''), COALESCE(g.name, ''), " + _STATUS_ON_SQL + ", p.id_number"
        " FROM person p LEFT JOIN unit u ON u.id = p.unit_id"
        " LEFT JOIN party_group g ON g.id = p.party_group_id WHERE " + where
    )
    rows = []
    for (
        uuid,
        name,
        sex,
        birth,
        ethnicity,
        native,
        education,
        job,
        category,
        joined,
        full_on,
        unit,
        group,
        status,
        id_number,
    ) in database.execute_sql(sql, tuple(args)).fetchall():
        if category not in MEMBER_CATEGORIES or status not in ON_ROSTER:
            continue
        full_text = text_or_none(full_on)
        if category != "full_member" or (full_text and full_text > iso):
            full_text = None  # 转正 after the day: not yet on this roster
        joined_text = text_or_none(joined)
        rows.append(
            RosterRow(
                uuid,
                name,
                sex or "",
                text_or_none(birth),
                ethnicity or "",
                native or "",
                education or "",
                job or "",
                category,
                joined_text if not joined_text or joined_text <= iso else None,
                full_text,
                unit,
                group,
                status,
                id_number or "",
            )
        )
    rows.sort(key=lambda r: (name_key(r.name), r.uuid))
    return MemberRoster(iso, branch_uuid, rows)
