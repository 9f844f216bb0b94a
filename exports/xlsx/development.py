"""发展党员工作台账 as an Excel workbook: one row per person with every date of every stage as a
real date, the people named, the 支部大会's vote and the stage as of the year's end. Every value
goes through exports.xlsx.cells (via the registers' `add_sheet`): text is never a formula."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from exports.development_data import DevelopmentReport
from exports.xlsx.followup import _footer, _save, _sheet
from models.text.i18n import translate
from models.vocabulary_development import stage_label


def _date(value: str | None) -> dt.date | str:
    return dt.date.fromisoformat(value) if value else ""


def row_values(line: Any) -> list[Any]:
    s = line.stages

    def get(stage: str, attr: str) -> Any:
        row = s.get(stage)
        return getattr(row, attr) if row is not None else None

    def two(stage: str) -> str:
        row = s.get(stage)
        if row is None:
            return ""
        return translate("Development", ", ").join(
            n for n in (row.first_person, row.second_person) if n
        )

    def vote(stage: str) -> str:
        row = s.get(stage)
        return row.vote.text() if row is not None and row.vote is not None else ""

    hours = get("candidate", "training_hours")
    return [
        line.name,
        _date(get("applicant", "date")),
        _date(line.talked_on),
        _date(get("activist", "date")),
        two("activist"),
        _date(get("candidate", "date")),
        _date(get("candidate", "vetted_on")),
        "" if hours is None else hours,
        _date(get("probationary", "date")),
        vote("probationary"),
        two("probationary"),
        _date(get("probationary", "approved_on")),
        _date(get("full_member", "date")),
        vote("full_member"),
        _date(get("full_member", "approved_on")),
        stage_label(line.stage) if line.stage else "",
        line.next_label,
        _date(line.next_due),
    ]


def header() -> list[str]:
    return [
        translate("Development", "Name"),
        translate("Development", "Application"),
        translate("Development", "Talk"),
        translate("Development", "Activist from"),
        translate("Development", "Contacts"),
        translate("Development", "Candidate from"),
        translate("Development", "Political check"),
        translate("Development", "Training hours"),
        translate("Development", "Admitted (branch meeting)"),
        translate("Development", "Vote on admission"),
        translate("Development", "Introducers"),
        translate("Development", "Admission approved"),
        translate("Development", "Full member (branch meeting)"),
        translate("Development", "Vote on full membership"),
        translate("Development", "Full membership approved"),
        translate("Development", "Stage now"),
        translate("Development", "Next"),
        translate("Development", "Due"),
    ]


def write_development_workbook(data: DevelopmentReport, out: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    caption = translate("Development", "{branch} · {year}, as of {date}").format(
        branch=data.branch_name, year=data.year, date=data.as_of
    )
    ws = _sheet(
        wb,
        translate("Development", "Member development"),
        header(),
        [row_values(line) for line in data.lines],
        caption,
    )
    _footer(ws, data.branch_name, data.fingerprint, data.made_at)
    title = translate("Development", "Member development register {year}").format(year=data.year)
    return _save(wb, out, title)
