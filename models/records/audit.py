"""The append-only audit log: who changed what, when, old → new."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import Any

from models.file.schema import AuditEntry


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, odd Windows set-ups)
        return ""


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields whose values differ, as {field: [old, new]}."""
    changes = {}
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            changes[key] = [old.get(key), new.get(key)]
    return changes


def record(
    action: str,
    table_name: str,
    row_uuid: str,
    changes: dict[str, Any] | None = None,
    *,
    who: str = "",
    reason: str = "",
) -> None:
    """Append one entry; call inside the transaction that makes the change."""
    AuditEntry.create(
        who=who or current_user(),
        action=action,
        table_name=table_name,
        row_uuid=row_uuid,
        changes=json.dumps(changes or {}, ensure_ascii=False, default=str, sort_keys=True),
        reason=reason,
    )


@dataclass(frozen=True)
class AuditRow:
    at: str
    who: str
    action: str
    table_name: str
    row_uuid: str
    changes: dict[str, Any]
    reason: str


def list_audit(row_uuid: str | None = None, limit: int | None = None) -> list[AuditRow]:
    """Entries, newest first; only those of one record when `row_uuid` is given."""
    query = AuditEntry.select().order_by(AuditEntry.id.desc())
    if row_uuid:
        query = query.where(AuditEntry.row_uuid == row_uuid)
    if limit:
        query = query.limit(limit)
    return [
        AuditRow(e.at, e.who, e.action, e.table_name, e.row_uuid, json.loads(e.changes), e.reason)
        for e in query
    ]
