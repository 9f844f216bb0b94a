"""The default compliance rules, seeded into every new ledger and editable there."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import SqliteDatabase

from models.file.schema import new_uuid, utc_now


@dataclass(frozen=True)
class RuleDefault:
    code: str
    kind: str
    period: str  # month / quarter / year
    min_count: int = 1
    per_group: bool = False
    needs_committee: bool = False
    warn_from_month: int | None = None


DEFAULT_RULES = (
    RuleDefault("branch_meeting_quarterly", "branch_meeting", "quarter"),
    RuleDefault("committee_meeting_monthly", "committee_meeting", "month", needs_committee=True),
    RuleDefault("group_meeting_monthly", "group_meeting", "month", per_group=True),
    RuleDefault("party_lecture_quarterly", "party_lecture", "quarter"),
    RuleDefault("theme_day_monthly", "theme_day", "month"),
    RuleDefault("staff_study_monthly", "staff_study", "month"),
    RuleDefault("life_meeting_yearly", "life_meeting", "year", warn_from_month=10),
    RuleDefault("appraisal_yearly", "appraisal", "year", warn_from_month=10),
)


def seed_default_rules(db: SqliteDatabase) -> None:
    """Insert the default rules (plain SQL: used by the frozen format-1 migration)."""
    now = utc_now()
    for rule in DEFAULT_RULES:
        db.execute_sql(
            "INSERT INTO compliance_rule (uuid, created_at, updated_at, rev, deleted_at, code,"
            " kind, period, min_count, enabled, per_group, needs_committee, warn_from_month)"
            " VALUES (?, ?, ?, 1, NULL, ?, ?, ?, ?, 1, ?, ?, ?)",
            (
                new_uuid(),
                now,
                now,
                rule.code,
                rule.kind,
                rule.period,
                rule.min_count,
                int(rule.per_group),
                int(rule.needs_committee),
                rule.warn_from_month,
            ),
        )
