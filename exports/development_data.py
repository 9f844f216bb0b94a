"""Plain data for the 发展党员工作台账 (PDF and Excel), gathered from the services; the writers
take these and never query the ledger.

The register of a year lists everyone in development at some time in it: a first stage on or
before the year's end, and not yet a full member (by this register) before the year began. Their
stage and what is due next are those of the year's last day, or of today while the year runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass
class DevelopmentReport:
    branch_name: str
    year: int
    as_of: str
    lines: list[Any]  # models.records.development.RegisterLine
    fingerprint: str
    made_at: str


def in_year(line: Any, year: int) -> bool:
    first = min(r.date for r in line.stages.values())
    full = line.stages.get("full_member")
    return first <= f"{year:04d}-12-31" and (full is None or full.date >= f"{year:04d}-01-01")


def gather_development(
    year_text: object, today: dt.date | None = None, branch: str | None = None
) -> DevelopmentReport:
    from exports.followup_data import _as_of, parse_year
    from exports.report_data import _branch, fingerprint, made_now
    from models.file.schema import database
    from models.records.development import development_register, tables_present

    year = parse_year(year_text)
    name, uuid = _branch(branch, choose=True)
    as_of = _as_of(year, today).isoformat()
    lines = [ln for ln in development_register(as_of, uuid, later=False) if in_year(ln, year)]
    used: list[tuple[str, str, int]] = []
    if tables_present():
        used = database.execute_sql(
            "SELECT 'development_stage', uuid, rev FROM development_stage"
        ).fetchall()
        used += database.execute_sql(
            "SELECT 'talk', uuid, rev FROM talk WHERE kind = 'applicant'"
        ).fetchall()
    return DevelopmentReport(name, year, as_of, lines, fingerprint(used), made_now())
