"""Bundles carry the plan and the follow-up; the bureau merges them like every other record:
idempotent, newest revision wins, tombstones stay, conflicts listed, other branches' people
refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models import services
from models.bureau.bundle_format import MANIFEST_KEY, content_hash
from models.bureau.merge import import_bundles
from models.file.ledger import open_ledger
from tests.bureau_helpers import seal_format1_bundle, sha256
from tests.followup_helpers import make_branch, raw

TABLES = ("plan_item", "review_result", "rectification_item", "talk")
FIXTURE_V1 = Path(__file__).resolve().parent / "data" / "ledger-v1.ledger"


def _content(path: Path, as_sent: bool = False) -> dict[str, list[tuple]]:
    """Each new table's rows with their links as uuids (ids differ between files), sorted;
    `as_sent`: deleted records as a bundle sends them (identities only, the rest emptied)."""
    from models.bureau.bundle_format import reference_schema, tombstone_blanks

    dump = {}
    con = sqlite3.connect(path)
    try:
        for table in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
            fks = {r[3]: r[2] for r in con.execute(f"PRAGMA foreign_key_list({table})")}
            blanks = tombstone_blanks(reference_schema().tables[table]) if as_sent else {}
            select = [
                f"(SELECT uuid FROM {fks[c]} x WHERE x.id = t.{c})"
                if c in fks
                else f"CASE WHEN t.deleted_at IS NULL THEN t.{c} ELSE {blanks[c]} END"
                if c in blanks
                else f"t.{c}"
                for c in cols
            ]
            dump[table] = sorted(con.execute(f"SELECT {', '.join(select)} FROM {table} t"))
    finally:
        con.close()
    return dump


@pytest.fixture
def branch_file(tmp_path: Path):
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        p = made.people
        made.plan = services.add_plan_entry(
            services.PlanEntryInput(kind="theme_day", topic="主题党日", recurrence="quarterly",
                                    year=2026, responsible_uuid=p["王芳"])
        )  # fmt: skip
        made.review = services.save_review(services.ReviewInput(p["李明"], 2026, "excellent"))
        made.item = services.save_rectification(
            services.RectificationInput("学习不深入", "2026-01-10", owner_uuid=p["张伟"],
                                        deadline="2026-06-30")
        )  # fmt: skip
        made.talk = services.save_talk(
            services.TalkInput("2026-09-01", p["李明"], "committee_member", other_uuid=p["陈静"],
                               points="谈工作")
        )  # fmt: skip
    return path, made


def test_bundle_carries_and_bureau_merges_the_new_records(branch_file, tmp_path):
    path, made = branch_file
    make_bundle(path, tmp_path / "b1.bundle")
    bundled = _content(tmp_path / "b1.bundle")
    assert {t: len(rows) for t, rows in bundled.items()} == {
        t: raw(path, f"SELECT COUNT(*) FROM {t}")[0][0] for t in TABLES
    }
    district = tmp_path / "district.ledger"
    (first,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert first.accepted, first.reason
    assert _content(district) == _content(path)
    before = sha256(district)
    (again,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (again.added, again.updated, again.conflict_count) == (0, 0, 0)
    assert sha256(district) == before


def test_newer_versions_and_tombstones(branch_file, tmp_path):
    path, made = branch_file
    make_bundle(path, tmp_path / "b1.bundle")
    with open_ledger(path):
        services.save_rectification(
            services.RectificationInput("学习不深入", "2026-01-10", deadline="2026-06-30",
                                        status="done", completed_on="2026-05-01",
                                        evidence="学习笔记", uuid=made.item)
        )  # fmt: skip
        services.delete_talk(made.talk)
        services.delete_plan_item(made.plan[0])
    make_bundle(path, tmp_path / "b2.bundle")
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "b1.bundle"])
    (result,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert result.accepted and result.updated >= 3 and not result.conflict_count
    assert _content(district) == _content(path, as_sent=True)  # tombstones: identities only
    # An older bundle afterwards revives nothing and undoes nothing.
    (older,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (older.added, older.updated) == (0, 0)
    assert raw(district, "SELECT deleted_at IS NOT NULL FROM talk WHERE uuid = ?",
               (made.talk,)) == [(1,)]  # fmt: skip
    assert raw(district, "SELECT status FROM rectification_item WHERE uuid = ?",
               (made.item,)) == [("done",)]  # fmt: skip


def test_a_result_changed_on_both_sides_is_a_conflict(branch_file, tmp_path):
    path, made = branch_file
    make_bundle(path, tmp_path / "b1.bundle")
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "b1.bundle"])
    con = sqlite3.connect(district)
    con.execute(
        "UPDATE review_result SET grade = 'qualified', rev = rev + 1 WHERE uuid = ?", (made.review,)
    )
    con.commit()
    con.close()
    with open_ledger(path):
        services.save_review(
            services.ReviewInput(made.people["李明"], 2026, "basically_qualified", uuid=made.review)
        )
    make_bundle(path, tmp_path / "b2.bundle")
    (result,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert result.accepted and result.conflict_count == 1
    assert (result.conflicts[0].table, result.conflicts[0].uuid) == ("review_result", made.review)
    assert "grade" in result.conflicts[0].detail
    assert raw(district, "SELECT grade FROM review_result") == [("qualified",)]


def test_same_member_and_year_under_another_uuid_is_a_conflict(branch_file, tmp_path):
    path, made = branch_file
    make_bundle(path, tmp_path / "b1.bundle")
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "b1.bundle"])
    con = sqlite3.connect(path)
    con.execute("UPDATE review_result SET uuid = '00000000-0000-4000-8000-00000000000a'")
    con.commit()
    con.close()
    make_bundle(path, tmp_path / "b2.bundle")
    (result,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert result.accepted and result.conflict_count == 1
    assert result.conflicts[0].table == "review_result"
    assert raw(district, "SELECT uuid FROM review_result") == [(made.review,)]


def _reseal(bundle: Path, *sql: str) -> None:
    con = sqlite3.connect(bundle)
    try:
        for statement in sql:
            con.execute(statement)
        (value,) = con.execute(
            "SELECT value FROM setting WHERE key = ?", (MANIFEST_KEY,)
        ).fetchone()
        manifest = json.loads(value)
        manifest["content_hash"], manifest["counts"] = content_hash(con)
        con.execute(
            "UPDATE setting SET value = ? WHERE key = ?", (json.dumps(manifest), MANIFEST_KEY)
        )
        con.commit()
    finally:
        con.close()


def test_a_talk_with_someone_of_another_branch_is_refused(branch_file, tmp_path):
    path, _made = branch_file
    bundle = tmp_path / "bad.bundle"
    make_bundle(path, bundle)
    _reseal(
        bundle,
        "INSERT INTO branch (uuid, created_at, updated_at, rev, name, branch_type, superior,"
        " guidance_officer, term_years, theme_day_rule) VALUES"
        " ('00000000-0000-4000-8000-0000000000b1', 'x', 'x', 1, '别的支部', 'single', '', '', 3,"
        " '')",
        "INSERT INTO person (uuid, created_at, updated_at, rev, branch_id, name, sex, category,"
        " phone, note) SELECT '00000000-0000-4000-8000-0000000000b2', 'x', 'x', 1, id, '外人',"
        " '', 'full_member', '', '' FROM branch WHERE name = '别的支部'",
        "UPDATE talk SET other_id = (SELECT id FROM person WHERE name = '外人')",
    )
    (result,) = import_bundles(tmp_path / "district.ledger", [bundle])
    assert result.status == "rejected"
    assert "talk" in result.reason


def test_a_bad_grade_is_refused(branch_file, tmp_path):
    path, _made = branch_file
    bundle = tmp_path / "bad.bundle"
    make_bundle(path, bundle)
    _reseal(bundle, "UPDATE review_result SET grade = '=HYPERLINK(1)'")
    (result,) = import_bundles(tmp_path / "district.ledger", [bundle])
    assert result.status == "rejected" and "grade" in result.reason


def test_a_format_1_bundle_is_still_merged(tmp_path):
    """A branch still on format 1 (the tables of format 2 absent) sends a bundle: it is hashed
    and merged on the tables its format has."""
    old = tmp_path / "old.ledger"
    shutil.copy(FIXTURE_V1, old)
    bundle = tmp_path / "old.bundle"
    shutil.copy(old, bundle)
    con = sqlite3.connect(bundle)
    counts = seal_format1_bundle(con)
    con.close()
    assert "talk" not in counts
    (result,) = import_bundles(tmp_path / "district.ledger", [bundle])
    assert result.accepted, result.reason
    assert raw(tmp_path / "district.ledger", "SELECT COUNT(*) FROM activity") == raw(
        old, "SELECT COUNT(*) FROM activity"
    )


def test_a_planned_item_without_topic_or_theme_is_refused(branch_file, tmp_path):
    path, _made = branch_file
    bundle = tmp_path / "bad.bundle"
    make_bundle(path, bundle)
    _reseal(bundle, "UPDATE plan_item SET topic = ' ', theme = ''")
    (result,) = import_bundles(tmp_path / "district.ledger", [bundle])
    assert result.status == "rejected" and "plan_item" in result.reason
