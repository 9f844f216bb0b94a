"""Builders and independent oracles for the bureau tests (bundles, merge, district).

Branch ledgers are written through models.services, exactly as the app writes them. The oracles
read ledger files with plain sqlite3 and count in Python loops, never through models.rules.counting.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from models import services
from models.file.ledger import open_ledger
from models.file.schema import KIND_CODES, VOLUNTEER_KINDS

SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "伟芳娜敏静丽强磊军洋"


@dataclass
class Made:
    """What `build_branch` wrote."""

    path: Path
    branch_uuid: str
    people: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def build_branch(
    path: Path,
    name: str,
    *,
    seed: int = 0,
    people: int = 6,
    months: tuple[str, ...] = ("2026-09", "2026-10"),
    per_month: int = 4,
    activists: int = 0,
    themes: bool = False,
) -> Made:
    """A branch ledger with phones, a party group and random activities of every kind; with
    `activists`, that many 入党积极分子 on the roster too (they attend like everyone); with
    `themes`, some activities carry the built-in theme 革命传统教育 or one the branch added."""
    from models.records.themes import builtin_uuid

    rng = random.Random(seed)
    with open_ledger(path, create=True):
        branch_uuid = services.save_branch(services.BranchInput(name=name, groups=["第一党小组"]))
        made = Made(path, branch_uuid)
        for i in range(people):
            phone = f"1{seed % 10}{rng.randint(100000000, 999999999)}"
            made.phones.append(phone)
            made.people.append(
                services.save_person(
                    services.PersonInput(
                        name=f"{SURNAMES[i % 10]}{GIVEN[(i + seed) % 10]}{i}",
                        category="full_member",
                        joined_on="2010-07-01",
                        on_roster_since="2020-01-01",
                        phone=phone,
                    )
                )
            )
        for i in range(activists):
            made.people.append(
                services.save_person(
                    services.PersonInput(
                        name=f"积极{GIVEN[(i + seed) % 10]}{i}",
                        category="activist",
                        on_roster_since="2020-01-01",
                    )
                )
            )
        own_theme = services.add_theme("红色研学") if themes else None
        tradition = builtin_uuid(branch_uuid, "revolutionary_tradition")
        for month in months:
            for n in range(per_month):
                kinds = rng.sample(KIND_CODES, rng.choice((1, 1, 2)))
                if "group_meeting" in kinds:
                    kinds.remove("group_meeting")
                    kinds = kinds or ["collective_study"]
                attendance = []
                for p in made.people:
                    status = rng.choice(("present", "present", "late", "leave", "absent"))
                    attendance.append(
                        services.AttendanceInput(
                            p,
                            status,
                            leave_type="sick" if status == "leave" else "",
                            reason="生病" if status in ("leave", "absent") else "",
                        )
                    )
                made.activities.append(
                    services.save_activity(
                        services.ActivityInput(
                            kinds=kinds,
                            date=f"{month}-{rng.randint(1, 28):02d}",
                            start_time="14:00",
                            end_time=rng.choice(("15:00", "15:30", "16:00")),
                            location="会议室",
                            topic=f"{name}第{n + 1}次活动",
                            host_uuid=made.people[0],
                            recorder_uuid=made.people[1],
                            deeds_done=rng.randint(0, 3),
                            deeds_in_progress=rng.randint(0, 1),
                            attendance=attendance,
                            theme_uuids=[
                                u
                                for u in (tradition, own_theme)
                                if themes and u and rng.random() < 0.4
                            ],
                        )
                    )
                )
    return made


MERGED = (
    "branch",
    "unit",
    "party_group",
    "person",
    "person_status",
    "person_category",
    "committee_role",
    "activity",
    "activity_kind",
    "activity_unit",
    "attendance",
    "vote",
    "attachment",
    "closed_month",
    "audit_entry",
)


def canonical_dump(path: Path) -> dict[str, list[tuple]]:
    """Every merged row without local ids (foreign keys as the parent's uuid), sorted; the
    district's own import log entries left out."""
    con = sqlite3.connect(path)
    try:
        dump: dict[str, list[tuple]] = {}
        for table in MERGED:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            fks = {r[3]: r[2] for r in con.execute(f"PRAGMA foreign_key_list({table})")}
            select = []
            for c in cols:
                if c == "id":
                    continue
                if c in fks:
                    select.append(f"(SELECT uuid FROM {fks[c]} p WHERE p.id = t.{c})")
                else:
                    select.append(f"t.{c}")
            where = " WHERE action <> 'import'" if table == "audit_entry" else ""
            rows = con.execute(f"SELECT {', '.join(select)} FROM {table} t{where}").fetchall()
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        con.close()


def oracle(path: Path, start: str, end: str) -> dict[str, dict]:
    """Per branch name: the §3 figures and the sentence's five figures, by plain Python loops."""
    con = sqlite3.connect(path)
    try:
        branches = dict(con.execute("SELECT id, name FROM branch WHERE deleted_at IS NULL"))
        acts = con.execute(
            "SELECT id, branch_id, date, duration_min, deeds_done, deeds_in_progress, deleted_at"
            " FROM activity"
        ).fetchall()
        kinds: dict[int, set[str]] = {}
        for activity_id, kind, deleted in con.execute(
            "SELECT activity_id, kind, deleted_at FROM activity_kind"
        ):
            if deleted is None:
                kinds.setdefault(activity_id, set()).add(kind)
        history: dict[int, list[tuple[str, str]]] = {}
        for person_id, category, since, deleted in con.execute(
            "SELECT person_id, category, effective_on, deleted_at FROM person_category"
        ):
            if deleted is None:
                history.setdefault(person_id, []).append((since or "", category))
        themed: dict[int, set[str]] = {}
        for activity_id, code, name in con.execute(
            "SELECT x.activity_id, h.code, h.name FROM activity_theme x JOIN theme h"
            " ON h.id = x.theme_id WHERE x.deleted_at IS NULL AND h.deleted_at IS NULL"
        ):
            themed.setdefault(activity_id, set()).add(code or name)
        attendance: dict[int, list[tuple[int, str]]] = {}
        for activity_id, person_id, status, deleted in con.execute(
            "SELECT activity_id, person_id, status, deleted_at FROM attendance"
        ):
            if deleted is None:
                attendance.setdefault(activity_id, []).append((person_id, status))
    finally:
        con.close()
    result = {
        name: {
            "activities": 0,
            "attendances": 0,
            "expected": 0,
            "hours": 0,
            "deeds": 0,
            "people": set(),
            "collective_study": 0,
            "seminar": 0,
            "study_visit": 0,
            "volunteer": 0,
            "tradition": 0,
            "deeds_done": 0,
        }
        for name in branches.values()
    }
    for activity_id, branch_id, date, hours, done, doing, deleted in acts:
        if deleted is not None or not (start <= date < end) or branch_id not in branches:
            continue
        f = result[branches[branch_id]]
        rows = attendance.get(activity_id, [])
        present = sum(1 for _, s in rows if s in ("present", "late"))
        f["activities"] += 1
        f["attendances"] += present
        f["expected"] += sum(1 for _, s in rows if s not in ("excluded", "guest"))
        f["hours"] += hours  # whole minutes until the end
        f["deeds"] += done + doing
        f["people"] |= {p for p, s in rows if s in ("present", "late")}
        mine = kinds.get(activity_id, set())
        f["collective_study"] += "collective_study" in mine
        f["seminar"] += "seminar" in mine
        f["study_visit"] += present if "study_visit" in mine else 0
        f["volunteer"] += present if mine & set(VOLUNTEER_KINDS) else 0
        # The defined sentence (口径): 人次 at activities with the theme 革命传统教育; 人次 of
        # Party members (正式/预备 on the day) at kind volunteer; 件 done.
        if "revolutionary_tradition" in themed.get(activity_id, set()):
            f["tradition"] += present
        if "volunteer" in mine:
            f["party_volunteer"] = f.get("party_volunteer", 0) + sum(
                1
                for p, s in rows
                if s in ("present", "late") and category_on(history, p, date) in MEMBERS
            )
        f["deeds_done"] += done
    for f in result.values():
        f["people"] = len(f["people"])
        f["hours"] = float((Decimal(f["hours"]) / 60).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return result


MEMBERS = ("full_member", "probationary")


def category_on(history: dict[int, list[tuple[str, str]]], person_id: int, day: str) -> str:
    """The person's category on `day` from their dated rows (since '' = always), in Python."""
    held = [(since, cat) for since, cat in history.get(person_id, []) if since <= day]
    return max(held)[1] if held else ""


def seal_format1_bundle(con) -> dict[str, int]:
    """Give a copied format-1 ledger the manifest a format-1 bundle carries (its one branch,
    content hash and counts), as an older app would have written it; return the counts."""
    import json

    from models.bureau.bundle_format import MANIFEST_KEY, content_hash

    digest, counts = content_hash(con, version=1)
    name, uuid = con.execute("SELECT name, uuid FROM branch").fetchone()
    manifest = {
        "branch": {"name": name, "uuid": uuid},
        "branches": [{"name": name, "uuid": uuid}],
        "format": "branch-ledger-bundle",
        "bundle_version": 1,
        "schema_version": 1,
        "counts": counts,
        "content_hash": digest,
        "no_phone": False,
    }
    con.execute(
        "INSERT INTO setting (uuid, created_at, updated_at, rev, key, value) VALUES"
        " ('00000000-0000-4000-8000-0000000000c1', 'x', 'x', 1, ?, ?)",
        (MANIFEST_KEY, json.dumps(manifest)),
    )
    con.commit()
    return counts
