"""Themes (专题) and the bureau sentence's figure definitions (口径).

Expected values are counted here with raw sqlite3 and Python loops, never with
models.rules.counting.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from exports.xlsx.district import write_district_workbook
from models import services as s
from models.bureau.district import district_data
from models.bureau.merge import import_bundles
from models.errors import ValidationError
from models.file.ledger import open_ledger
from models.records.themes import builtin_uuid
from tests.bureau_helpers import MEMBERS, build_branch, canonical_dump, category_on
from tests.editing_helpers import make_branch

ROOT = Path(__file__).resolve().parent.parent


def raw(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def att(people: dict[str, str], statuses: dict[str, str]) -> list[s.AttendanceInput]:
    return [
        s.AttendanceInput(
            people[name],
            status,
            leave_type="sick" if status == "leave" else "",
            reason="病假" if status == "leave" else "",
        )
        for name, status in statuses.items()
    ]


@pytest.fixture
def volunteers(ledger):
    """Members, a member admitted in March, an activist; volunteer work of several kinds."""
    _info, people = make_branch()
    people["周新"] = s.save_person(
        s.PersonInput(
            name="周新",
            category="probationary",
            joined_on="2026-03-01",
            on_roster_since="2020-01-01",
        )
    )
    people["吴积极"] = s.save_person(
        s.PersonInput(name="吴积极", category="activist", on_roster_since="2020-01-01")
    )
    everyone = {n: "present" for n in people}
    for day, kinds in (
        ("2026-02-10", ["volunteer"]),  # 周新 not yet a member that day
        ("2026-04-11", ["volunteer", "practical_deed"]),
        ("2026-04-18", ["paired_assistance"]),  # another volunteer kind: not 党员志愿服务
        ("2026-05-16", ["teaching_visit"]),
    ):
        s.save_activity(
            s.ActivityInput(
                kinds=kinds,
                date=day,
                start_time="08:30",
                end_time="11:30",
                location="社区",
                topic="志愿服务",
                deeds_done=2,
                deeds_in_progress=1,
                attendance=att(people, everyone),
            )
        )
    return ledger, people


def party_volunteer_oracle(path: Path, start: str, end: str) -> int:
    """人次 of Party members (正式/预备 on the day) at activities of kind volunteer, by loops."""
    history: dict[int, list[tuple[str, str]]] = {}
    for pid, cat, since in raw(
        path,
        "SELECT person_id, category, effective_on FROM person_category WHERE deleted_at IS NULL",
    ):
        history.setdefault(pid, []).append((since or "", cat))
    volunteer = {
        a
        for (a,) in raw(
            path,
            "SELECT activity_id FROM activity_kind WHERE kind = 'volunteer' AND deleted_at IS NULL",
        )
    }
    count = 0
    for aid, day in raw(path, "SELECT id, date FROM activity WHERE deleted_at IS NULL"):
        if aid not in volunteer or not (start <= day < end):
            continue
        for pid, status in raw(
            path,
            "SELECT person_id, status FROM attendance WHERE activity_id = ? AND deleted_at IS NULL",
            (aid,),
        ):
            if status in ("present", "late") and category_on(history, pid, day) in MEMBERS:
                count += 1
    return count


def test_party_volunteer_figure_counts_members_at_kind_volunteer_only(volunteers, tmp_path):
    """The district workbook's 党员志愿服务 column says 人次 of Party members at kind volunteer
    and counts exactly that (it used to add four volunteer kinds and non-members)."""
    ledger, _people = volunteers
    ledger.close()
    expected = party_volunteer_oracle(ledger.path, "2026-01-01", "2027-01-01")
    everybody_any_kind = raw(
        ledger.path,
        "SELECT COUNT(*) FROM attendance WHERE status IN ('present', 'late')",
    )[0][0]
    assert 0 < expected < everybody_any_kind  # the two readings differ on this ledger
    with open_ledger(ledger.path, readonly=True):
        data = district_data("2026")
    out = write_district_workbook(data, tmp_path / "d.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(out)["Study and service"]
    rows = [r for r in sheet.iter_rows(values_only=True) if any(c is not None for c in r)]
    header = next(r for r in rows if r[0] == "Branch")
    column = next(i for i, h in enumerate(header) if h and "olunteer service" in str(h))
    total = next(r for r in rows if r[0] == "Total")
    assert total[column] == expected


def test_stats_json_sentence_and_by_theme(ledger, tmp_path):
    _info, people = make_branch()
    branch = s.current_branch()
    tradition = builtin_uuid(branch.uuid, "revolutionary_tradition")
    own = s.add_theme("红色研学")
    for i, (kinds, themes, statuses) in enumerate(
        (
            (["theme_day"], [tradition], {"张伟": "present", "李娜": "late", "赵强": "present"}),
            (["study_visit"], [tradition, own], {"张伟": "present", "王芳": "leave"}),
            (["collective_study"], [own], {"李娜": "present", "赵强": "guest"}),
            (["seminar"], [], {"张伟": "present"}),
        )
    ):
        s.save_activity(
            s.ActivityInput(
                kinds=kinds,
                date=f"2026-10-{10 + i}",
                topic="活动",
                location="会议室",
                theme_uuids=themes,
                attendance=att(people, statuses),
            )
        )
    ledger.close()
    result = subprocess.run(
        [sys.executable, "main.py", "stats", str(ledger.path), "--month", "2026-10", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    payload = json.loads(result.stdout)
    assert {"period", "total", "by_kind", "by_branch", "by_theme", "sentence"} <= set(payload)
    # Independently: each theme's activities and 人次, by raw queries and loops.
    carried: dict[str, set[int]] = {}
    for aid, code, name in raw(
        ledger.path,
        "SELECT x.activity_id, h.code, h.name FROM activity_theme x JOIN theme h"
        " ON h.id = x.theme_id WHERE x.deleted_at IS NULL",
    ):
        carried.setdefault(code or name, set()).add(aid)
    present = {}
    for aid, status in raw(ledger.path, "SELECT activity_id, status FROM attendance"):
        present[aid] = present.get(aid, 0) + (status in ("present", "late"))
    assert set(payload["by_theme"]) == {"revolutionary_tradition", "红色研学"}
    for key, ids in carried.items():
        assert payload["by_theme"][key]["activities"] == len(ids)
        assert payload["by_theme"][key]["attendances"] == sum(present.get(a, 0) for a in ids)
    sentence = {f["label"]: f for f in payload["sentence"]}
    assert sentence["revolutionary tradition education"]["value"] == sum(
        present.get(a, 0) for a in carried["revolutionary_tradition"]
    )
    kinds = dict(raw(ledger.path, "SELECT activity_id, kind FROM activity_kind"))
    assert sentence["collective study"]["value"] == list(kinds.values()).count("collective_study")
    assert sentence["exchange of study experiences"]["value"] == list(kinds.values()).count(
        "seminar"
    )
    for figure in payload["sentence"]:
        assert figure["definition"] and set(figure) >= {"label", "definition", "value"}


def test_definitions_are_editable_and_checked(ledger):
    _info, people = make_branch()
    s.save_activity(
        s.ActivityInput(
            kinds=["paired_assistance"],
            date="2026-10-10",
            topic="结对帮扶",
            location="村小",
            attendance=att(people, {"张伟": "present", "赵强": "present"}),
        )
    )
    mine = [
        s.FigureDefinition("结对帮扶", "attendances", ("paired_assistance",), whose="everyone"),
        s.FigureDefinition(
            "结对帮扶（党员）", "attendances", ("paired_assistance",), whose="members"
        ),
    ]
    s.save_definitions(mine)
    assert s.definitions() == mine
    values = [f.value for f in s.sentence_figures("2026-10")]
    assert values == [2, 1]  # 赵强 is staff
    with pytest.raises(ValidationError) as info:
        s.save_definitions([s.FigureDefinition("=cmd()", "souls", ("nonsense",))])
    assert "sentence_figures" in info.value.errors
    assert s.definitions() == mine  # unchanged
    s.reset_definitions()
    assert [d.label for d in s.definitions()] == [d.label for d in s.default_definitions()]


def test_a_theme_in_use_is_never_silently_lost(ledger):
    _info, people = make_branch()
    own = s.add_theme("廉政教育月")
    uuid = s.save_activity(
        s.ActivityInput(
            kinds=["theme_day"],
            date="2026-10-10",
            topic="主题党日",
            location="会议室",
            theme_uuids=[own],
        )
    )
    s.rename_theme(own, "廉洁教育月")
    assert s.get_activity(uuid).theme_uuids == [own]
    with pytest.raises(ValidationError) as info:
        s.delete_theme(own)
    assert "themes" in info.value.errors
    s.retire_theme(own)
    offered = {t.uuid for t in s.list_themes(include_retired=False)}
    assert own not in offered
    assert s.get_activity(uuid).theme_uuids == [own]  # retired, still on its activity
    with pytest.raises(ValidationError) as info:
        s.add_theme("廉洁教育月")
    assert "name" in info.value.errors
    rows = raw(ledger.path, "SELECT name, retired, deleted_at FROM theme WHERE uuid = ?", (own,))
    assert rows == [("廉洁教育月", 1, None)]


def test_themes_travel_in_bundles_and_merge_idempotently(tmp_path):
    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=1, themes=True)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=2, themes=True)
    for made in (a, b):
        make_bundle(made.path, made.path.with_suffix(".bundle"))
    district = tmp_path / "district.ledger"
    results = import_bundles(
        district, [a.path.with_suffix(".bundle"), b.path.with_suffix(".bundle")]
    )
    assert all(r.accepted for r in results), results
    for made in (a, b):
        mine = raw(
            made.path,
            "SELECT h.uuid, h.code, h.name, a.uuid FROM activity_theme x JOIN theme h"
            " ON h.id = x.theme_id JOIN activity a ON a.id = x.activity_id ORDER BY 1, 4",
        )
        merged = raw(
            district,
            "SELECT h.uuid, h.code, h.name, a.uuid FROM activity_theme x JOIN theme h"
            " ON h.id = x.theme_id JOIN activity a ON a.id = x.activity_id"
            " JOIN branch b ON b.id = a.branch_id WHERE b.uuid = ? ORDER BY 1, 4",
            (made.branch_uuid,),
        )
        assert mine and merged == mine
    # The two schools' 革命传统教育 are two rows (never one shared row).
    codes = raw(district, "SELECT COUNT(*) FROM theme WHERE code = 'revolutionary_tradition'")
    assert codes == [(2,)]
    before = canonical_dump(district)
    again = import_bundles(district, [a.path.with_suffix(".bundle")])
    assert again[0].added == 0 and again[0].updated == 0
    assert canonical_dump(district) == before
    assert raw(district, "SELECT COUNT(*) FROM theme") == raw(
        district, "SELECT COUNT(DISTINCT uuid) FROM theme"
    )


def test_a_bundle_cannot_change_another_schools_theme(tmp_path):
    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=1, themes=True)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=2, themes=True)
    make_bundle(a.path, tmp_path / "a.bundle")
    district = tmp_path / "district.ledger"
    assert import_bundles(district, [tmp_path / "a.bundle"])[0].accepted
    # School B's file is made to carry school A's theme row (renamed): refused, nothing changed.
    (uuid, name) = raw(a.path, "SELECT uuid, name FROM theme WHERE code = ''")[0]
    con = sqlite3.connect(b.path)
    con.execute("UPDATE theme SET uuid = ?, name = '改掉', rev = rev + 1 WHERE code = ''", (uuid,))
    con.commit()
    con.close()
    make_bundle(b.path, tmp_path / "b.bundle")
    before = canonical_dump(district)
    (result,) = import_bundles(district, [tmp_path / "b.bundle"])
    assert not result.accepted
    assert canonical_dump(district) == before
    assert raw(district, "SELECT name FROM theme WHERE uuid = ?", (uuid,)) == [(name,)]


def test_an_older_ledger_is_upgraded_with_empty_theme_tables(tmp_path):
    import shutil

    path = tmp_path / "old.ledger"
    shutil.copy(ROOT / "tests" / "data" / "ledger-v1.ledger", path)
    activities = raw(path, "SELECT COUNT(*) FROM activity")
    with open_ledger(path):
        assert s.list_themes()  # the built-in themes are offered
    assert raw(path, "SELECT COUNT(*) FROM theme") == [(0,)]
    assert raw(path, "SELECT COUNT(*) FROM activity_theme") == [(0,)]
    assert raw(path, "SELECT COUNT(*) FROM activity") == activities


def test_the_district_counts_by_its_own_definitions(tmp_path):
    """A school's own definitions stay in its file; the district counts every school's rows
    by the district ledger's definitions (here: 人次 with guests and non-members at activities
    carrying the schools' own theme 红色研学), checked against raw loops."""
    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=5, themes=True, activists=1)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=6, themes=True)
    with open_ledger(a.path):
        s.save_definitions([s.FigureDefinition("只在学校", "activities")])
    for made in (a, b):
        make_bundle(made.path, made.path.with_suffix(".bundle"))
    district = tmp_path / "district.ledger"
    assert all(
        r.accepted
        for r in import_bundles(
            district, [a.path.with_suffix(".bundle"), b.path.with_suffix(".bundle")]
        )
    )
    mine = s.FigureDefinition("红色研学", "attendances", themes=("红色研学",), whose="everyone")
    with open_ledger(district):
        assert [d.label for d in s.definitions()] == [d.label for d in s.default_definitions()]
        s.save_definitions([mine])
        data = district_data("2026")
    carried = {
        aid
        for (aid,) in raw(
            district,
            "SELECT x.activity_id FROM activity_theme x JOIN theme h ON h.id = x.theme_id"
            " WHERE x.deleted_at IS NULL AND h.code = '' AND h.name = '红色研学'",
        )
    }
    expected = 0
    for aid, non_members in raw(district, "SELECT id, non_members FROM activity"):
        if aid in carried:
            expected += non_members
            expected += sum(
                1
                for (status,) in raw(
                    district, "SELECT status FROM attendance WHERE activity_id = ?", (aid,)
                )
                if status in ("present", "late", "guest")
            )
    assert carried and data.highlights == [expected]
    assert data.definitions == [mine]
    assert f"红色研学 {expected} " in data.sentence


@pytest.mark.parametrize("whose", ["members", "attendees", "everyone"])
@pytest.mark.parametrize("pick", ["kinds", "themes", "all"])
def test_a_definition_reads_the_periods_activities_not_every_attendance_row(ledger, whose, pick):
    """A 人次 figure with a kind or theme test made SQLite scan the whole attendance table —
    2 M rows and 0.6 s per figure for one month of a district's ten years. Each query now goes
    from the period's activities (by date) to their attendance (only ever searched)."""
    from models.file.schema import database
    from models.rules.counting import definition_by_branch_sql
    from models.rules.definitions import FigureDefinition

    make_branch()
    d = FigureDefinition(
        "x",
        "attendances",
        kinds=("volunteer",) if pick in ("kinds", "all") else (),
        themes=("revolutionary_tradition",) if pick in ("themes", "all") else (),
        whose=whose,
    )
    for sql in definition_by_branch_sql(d):
        plan = [
            r[3]
            for r in database.execute_sql(
                "EXPLAIN QUERY PLAN " + sql, {"start": "2026-01", "end": "2026-02"}
            )
        ]
        # Neither every attendance row nor every activity: the period's, by the date index.
        assert not [step for step in plan if step.startswith(("SCAN t", "SCAN a"))], plan
        assert "SEARCH a USING INDEX activity_date (date>? AND date<?)" in plan, plan
