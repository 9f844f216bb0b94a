"""A small branch ledger for the report tests, written through the services, plus independent
counting in plain sqlite3 (never models.rules.counting)
so that a test can check what a report prints."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from pypdf import PdfReader

from models.services import (
    ActivityInput,
    AttendanceInput,
    BranchInput,
    PersonInput,
    save_activity,
    save_branch,
    save_person,
)

MONTH = "2026-10"
RARE_NAME = "王龑𠮷"


@dataclass
class Fixture:
    people: dict[str, str]  # name -> uuid
    activities: list[str]  # uuids


def build(minutes: str = "", rare: bool = True) -> Fixture:
    """A branch with nine people and five activities in October 2026 (one in September)."""
    save_branch(BranchInput(name="实验小学党支部", groups=["第一党小组", "第二党小组"]))
    names = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "孙丽"]
    if rare:
        names.append(RARE_NAME)
    people = {}
    for i, name in enumerate(names):
        people[name] = save_person(
            PersonInput(
                name=name,
                category="full_member" if i < 7 else "staff",
                joined_on="2010-07-01" if i < 7 else None,
                on_roster_since="2020-01-01",
            )
        )
    uuids = list(people.values())
    members = uuids[:7]

    def att(statuses: dict[int, tuple[str, str, str]], who: list[str]) -> list[AttendanceInput]:
        rows = []
        for i, uuid in enumerate(who):
            status, leave_type, reason = statuses.get(i, ("present", "", ""))
            rows.append(AttendanceInput(uuid, status, leave_type, reason))
        return rows

    acts = [
        ActivityInput(
            kinds=["theme_day", "volunteer"],
            date="2026-10-09",
            start_time="14:00",
            end_time="16:30",
            location="社区服务中心",
            topic="主题党日：走进社区 为民办实事 & <清扫>",
            host_uuid=members[0],
            recorder_uuid=members[1],
            minutes=minutes or "张伟同志主持会议。\n全体党员到社区开展志愿服务。",
            deeds_done=3,
            deeds_in_progress=1,
            attendance=att({2: ("leave", "sick", "住院治疗"), 3: ("late", "", "")}, members),
        ),
        ActivityInput(
            kinds=["staff_study"],
            date="2026-10-15",
            start_time="15:30",
            end_time="17:00",
            location="三楼会议室",
            topic="教职工政治学习：师德师风建设" + ("（龑𠮷）" if rare else ""),
            host_uuid=members[0],
            recorder_uuid=members[1],
            attendance=att({4: ("absent", "", "未请假"), 8: ("excluded", "", "")}, uuids),
        ),
        ActivityInput(
            kinds=["committee_meeting"],
            date="2026-10-20",
            start_time="12:30",
            end_time="13:15",
            location="党员活动室",
            topic="支委会：研究发展党员工作",
            host_uuid=members[0],
            recorder_uuid=members[1],
            attendance=att({}, members[:3]),
        ),
        ActivityInput(
            kinds=["volunteer"],
            date="2026-10-25",
            start_time="08:00",
            end_time="11:00",
            location="敬老院",
            topic="重阳节敬老志愿服务",
            host_uuid=members[1],
            deeds_done=2,
            attendance=[
                AttendanceInput(members[0], "present", hours=2.5),
                AttendanceInput(members[5], "present"),
                AttendanceInput(members[6], "present"),
            ],
        ),
        ActivityInput(
            kinds=["collective_study"],
            date="2026-09-28",
            start_time="14:00",
            end_time="15:00",
            location="三楼会议室",
            topic="九月集中学习",
            host_uuid=members[0],
            attendance=att({}, members),
        ),
    ]
    return Fixture(people, [save_activity(a) for a in acts])


def sql_figures(path: Path, start: str, end: str, kind: str | None = None) -> dict[str, float]:
    """The §3 figures of [start, end) counted with raw SQL, independently of the counting module."""
    con = sqlite3.connect(path)
    try:
        kind_filter = ""
        params: list[object] = [start, end]
        if kind:
            kind_filter = (
                " AND a.id IN (SELECT activity_id FROM activity_kind"
                " WHERE kind = ? AND deleted_at IS NULL)"
            )
            params.append(kind)
        acts = con.execute(
            "SELECT id, duration_min, deeds_done + deeds_in_progress FROM activity a"
            f" WHERE deleted_at IS NULL AND date >= ? AND date < ?{kind_filter}",
            params,
        ).fetchall()
        kinds: dict[int, set[str]] = {}
        for activity_id, code in con.execute(
            "SELECT activity_id, kind FROM activity_kind WHERE deleted_at IS NULL"
        ):
            kinds.setdefault(activity_id, set()).add(code)
        ids = [a[0] for a in acts]
        rows = []
        if ids:
            marks = ",".join("?" * len(ids))
            rows = con.execute(
                "SELECT person_id, status FROM attendance WHERE deleted_at IS NULL"
                f" AND activity_id IN ({marks})",
                ids,
            ).fetchall()
    finally:
        con.close()
    present = [r for r in rows if r[1] in ("present", "late")]
    expected = [r for r in rows if r[1] not in ("excluded", "guest")]
    minutes = sum(a[1] for a in acts)
    return {
        "activities": len(acts),
        "attendances": len(present),
        "people": len({r[0] for r in present}),
        "expected": len(expected),
        "present": len(present),
        "hours": float((Decimal(minutes) / 60).quantize(Decimal("0.01"), ROUND_HALF_UP)),
        "minutes": minutes,
        "study_minutes": sum(a[1] for a in acts if kinds.get(a[0], set()) & STUDY),
        "service_minutes": sum(a[1] for a in acts if kinds.get(a[0], set()) & SERVICE),
        "deeds": sum(a[2] for a in acts),
    }


# The default 学时 kinds and the volunteer kinds, written out here (not imported).
STUDY = {
    "collective_study",
    "seminar",
    "staff_study",
    "guided_lecture",
    "study_visit",
    "party_lecture",
    "theme_day",
}
SERVICE = {"volunteer", "paired_assistance", "teaching_visit", "practical_deed"}


def fmt(value: float) -> str:
    """How the PDF prints a number (integers plain, else up to two decimals)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def fmt_h(minutes: int, unit: str = "小时") -> str:
    """How every page prints a duration in Chinese: hours to one decimal, halves up, with 小时
    (without it where the heading gives the unit: unit="")."""
    value = (Decimal(minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP)
    text = str(value)
    return (text[:-2] if text.endswith(".0") else text) + unit


def person_totals(path: Path, start: str, end: str) -> dict[str, dict[str, float]]:
    """Per person name: attended, expected, minutes, study and volunteer minutes (a loop)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT p.name, t.status, t.duration_min, a.duration_min, a.id FROM attendance t"
            " JOIN activity a ON a.id = t.activity_id JOIN person p ON p.id = t.person_id"
            " WHERE t.deleted_at IS NULL AND a.deleted_at IS NULL AND a.date >= ? AND a.date < ?",
            (start, end),
        ).fetchall()
        kinds: dict[int, set[str]] = {}
        for activity_id, code in con.execute(
            "SELECT activity_id, kind FROM activity_kind WHERE deleted_at IS NULL"
        ):
            kinds.setdefault(activity_id, set()).add(code)
    finally:
        con.close()
    result: dict[str, dict[str, float]] = {}
    for name, status, own, act_minutes, act_id in rows:
        if status == "guest":
            continue
        t = result.setdefault(
            name, {"attended": 0, "expected": 0, "minutes": 0, "study": 0, "vol": 0}
        )
        if status != "excluded":
            t["expected"] += 1
        if status in ("present", "late"):
            t["attended"] += 1
            minutes = own if own is not None else act_minutes
            t["minutes"] += minutes
            if kinds.get(act_id, set()) & STUDY:
                t["study"] += minutes
            if kinds.get(act_id, set()) & SERVICE:
                t["vol"] += minutes
    return result


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pypdf)."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def tokens(text: str) -> list[str]:
    return text.split()


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """True if `needle` appears as consecutive tokens of `haystack`."""
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def unembedded_fonts(path: Path) -> list[str]:
    """Names of fonts in the PDF without an embedded font program (pypdf walk)."""
    missing: list[str] = []
    seen: set[str] = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            if name in seen:
                continue
            seen.add(name)
            target = font
            if font.get("/Subtype") == "/Type0":
                target = font["/DescendantFonts"][0].get_object()
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(name)
    return missing


def pdffonts_unembedded(path: Path) -> list[str]:
    """Fonts `pdffonts` reports with emb no (poppler-utils; .ci/run installs it)."""
    if shutil.which("pdffonts") is None:
        return []
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()[2:]
    return [line.split()[0] for line in lines if line.split()[-5] != "yes"]
