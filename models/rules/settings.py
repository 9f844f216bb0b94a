"""The ledger's counting settings, stored in the Setting table as JSON.

- `study_kinds`: the kinds whose duration counts as 学时 (study/education hours). Default: the
  study kinds, 党课 and 主题党日. Volunteer kinds count as 服务时长 (service hours) and are not a
  setting.
- `mobile_expected`: whether 流动党员 (members on the roster with status "mobile") are expected at
  meetings (default True: they remain members of the branch).
- `sentence_figures`: the figure definitions (口径) of the bureau's sentence
  (models.rules.definitions); unset: the defaults.
- `holiday_months`: the school calendar's 寒假 / 暑假 months (numbers 1–12) in which monthly rules
  are exempt (假期免); default none.

Each write is one transaction with an audit entry; a bad value raises ValidationError naming the
setting. The Setting table is the ledger's own (a district ledger keeps its own settings: the
bureau counts every school's rows by one rule).
"""

from __future__ import annotations

import json
from typing import Any

from models.errors import ValidationError
from models.file.schema import (
    KIND_CODES,
    STUDY_KINDS,
    VOLUNTEER_KINDS,
    AuditEntry,
    Setting,
    utc_now,
)
from models.file.schema import database as db
from models.text.i18n import translate

DEFAULT_STUDY_KINDS = (*STUDY_KINDS, "party_lecture", "theme_day")
DEFAULTS: dict[str, Any] = {
    "study_kinds": list(DEFAULT_STUDY_KINDS),
    "mobile_expected": True,
    "holiday_months": [],
}


def get_setting(key: str) -> Any:
    """The stored value of `key`, or its default when unset or unreadable.

    Read with plain SQL: every figure asks for the study kinds, and building the ORM's query
    cost four times the figure's own query (one branch's month: 0.4 ms, 0.3 of it here)."""
    row = db.execute_sql(
        "SELECT value FROM setting WHERE key = ? AND deleted_at IS NULL LIMIT 1", (key,)
    ).fetchone()
    if row is None:
        return DEFAULTS.get(key)
    try:
        return json.loads(row[0])
    except ValueError:
        return DEFAULTS.get(key)


def _check(key: str, value: Any) -> str | None:
    if key == "study_kinds":
        if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
            return translate("Settings", "Choose the kinds that count as study hours.")
        unknown = [k for k in value if k not in KIND_CODES]
        if unknown:
            return translate("Settings", "Unknown kind: {kinds}.").format(kinds=", ".join(unknown))
        if any(k in VOLUNTEER_KINDS for k in value):
            return translate(
                "Settings", "Volunteer kinds count as service hours, not as study hours."
            )
        return None
    if key == "holiday_months":
        if not isinstance(value, list) or not all(
            isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12 for m in value
        ):
            return translate("Settings", "Choose months from 1 to 12.")
        return None
    if key == "sentence_figures":  # the bureau sentence's figure definitions (口径)
        from models.rules.definitions import check_definitions

        return check_definitions(value)
    if key == "mobile_expected":
        if not isinstance(value, bool):
            return translate("Settings", "Choose yes or no.")
        return None
    return translate("Settings", "There is no setting {key}.").format(key=key)


def set_setting(key: str, value: Any, who: str = "") -> None:
    """Store a setting (validated, one transaction, audited)."""
    problem = _check(key, value)
    if problem:
        raise ValidationError({key: problem})
    text = json.dumps(value, ensure_ascii=False)
    with db.atomic():
        row = Setting.get_or_none(Setting.key == key)
        old = None
        if row is None:
            row = Setting.create(key=key, value=text)
        else:
            old = row.value
            row.value = text
            row.deleted_at = None
            row.rev += 1
            row.updated_at = utc_now()
            row.save()
        AuditEntry.create(
            action="update",
            table_name="setting",
            row_uuid=row.uuid,
            changes=json.dumps({key: [old, text]}, ensure_ascii=False),
            who=who,
        )


def study_kinds() -> tuple[str, ...]:
    """The kinds counted as 学时, in the order of the kind codes."""
    chosen = get_setting("study_kinds")
    if not isinstance(chosen, list):
        chosen = DEFAULTS["study_kinds"]
    return tuple(k for k in KIND_CODES if k in chosen and k not in VOLUNTEER_KINDS)


def holiday_months() -> frozenset[int]:
    """The months (1–12) exempt from monthly rules (寒暑假), empty by default."""
    value = get_setting("holiday_months")
    if not isinstance(value, list):
        return frozenset()
    return frozenset(m for m in value if isinstance(m, int) and 1 <= m <= 12)


def mobile_expected() -> bool:
    value = get_setting("mobile_expected")
    return value if isinstance(value, bool) else True
