"""Record completeness: which activities miss what a register must show.

Every record needs its time, place, host, recorder, an attendance list (expected / present), a
reason for every absence and a topic. One query finds the live activities of a period that miss
any of these; the overview and the monthly PDF list them so the secretary can fix them.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.file.schema import database
from models.rules.periods import Period, parse_period
from models.text.i18n import translate

MISSING_CODES = ("time", "location", "host", "recorder", "attendance", "reason", "topic")


@dataclass(frozen=True)
class IncompleteRecord:
    """A live activity and the codes of what it lacks (in MISSING_CODES order)."""

    activity_uuid: str
    date: str
    kind: str  # primary kind
    topic: str
    missing: tuple[str, ...]


def missing_label(code: str) -> str:
    """What a missing code means, in words."""
    labels = {
        "time": translate("Completeness", "start and end time"),
        "location": translate("Completeness", "place"),
        "host": translate("Completeness", "host"),
        "recorder": translate("Completeness", "recorder"),
        "attendance": translate("Completeness", "attendance list (expected / present)"),
        "reason": translate("Completeness", "a reason for every absence"),
        "topic": translate("Completeness", "topic"),
    }
    return labels.get(code, code)


def incomplete_records(
    period: str | Period, branch_uuid: str | None = None
) -> list[IncompleteRecord]:
    """The period's live activities that miss something, by date."""
    p = parse_period(period)
    live_rows = "FROM attendance t WHERE t.activity_id = a.id AND t.deleted_at IS NULL"
    sql = (
        "SELECT a.uuid, a.date, a.primary_kind, a.topic,"
        " trim(a.start_time) = '' OR trim(a.end_time) = '',"
        " trim(a.location) = '', a.host_id IS NULL, a.recorder_id IS NULL,"
        f" NOT EXISTS (SELECT 1 {live_rows}),"
        f" EXISTS (SELECT 1 {live_rows} AND t.status IN ('leave', 'absent')"
        " AND trim(t.reason) = ''),"
        " trim(a.topic) = ''"
        " FROM activity a WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date < ?"
    )
    params: list[object] = [p.start, p.end]
    if branch_uuid is not None:
        sql += " AND a.branch_id = (SELECT id FROM branch WHERE uuid = ?)"
        params.append(branch_uuid)
    sql += " ORDER BY a.date, a.start_time, a.id"
    result = []
    for uuid, date, kind, topic, *flags in database.execute_sql(sql, params).fetchall():
        missing = tuple(code for code, flag in zip(MISSING_CODES, flags, strict=True) if flag)
        if missing:
            result.append(IncompleteRecord(uuid, date, kind, topic, missing))
    return result
