"""The bureau import: idempotent, order-independent, conflicts listed, tombstones respected."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from main import main
from models import services
from models.bureau.merge import import_bundles, import_files
from models.file.ledger import open_ledger
from tests.bureau_helpers import build_branch, canonical_dump, sha256


@pytest.fixture
def two_versions(tmp_path: Path):
    """Branch A bundled twice (v2: one activity edited, one deleted, one added), and branch B."""
    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=1)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=2)
    make_bundle(a.path, tmp_path / "a1.bundle")
    make_bundle(b.path, tmp_path / "b1.bundle")
    with open_ledger(a.path):
        edited = services.get_activity(a.activities[0])
        edited.topic = "修改后的主题"
        services.save_activity(edited)
        services.delete_activity(a.activities[1])
        new = services.get_activity(a.activities[2])
        new.uuid = None
        new.date = "2026-10-30"
        new.topic = "新增活动"
        for row in new.attendance:
            row.person_uuid = row.person_uuid  # the same people
        a.activities.append(services.save_activity(new))
    make_bundle(a.path, tmp_path / "a2.bundle")
    return tmp_path, a, b


def _topic(district: Path, uuid: str) -> tuple[str, str | None]:
    con = sqlite3.connect(district)
    try:
        return con.execute(
            "SELECT topic, deleted_at FROM activity WHERE uuid = ?", (uuid,)
        ).fetchone()
    finally:
        con.close()


def test_reimport_changes_nothing(two_versions) -> None:
    tmp, a, _b = two_versions
    district = tmp / "district.ledger"
    first = import_bundles(district, [tmp / "a1.bundle"])[0]
    assert first.accepted and first.added > 0 and first.updated == 0
    before = sha256(district)
    again = import_bundles(district, [tmp / "a1.bundle"])[0]
    assert again.accepted
    assert (again.added, again.updated, again.conflict_count) == (0, 0, 0)
    assert again.unchanged == first.added
    assert sha256(district) == before  # not a byte changed


def test_order_does_not_matter(two_versions) -> None:
    tmp, a, _b = two_versions
    files = [tmp / "a1.bundle", tmp / "b1.bundle", tmp / "a2.bundle"]
    dumps = []
    for n, order in enumerate(itertools.permutations(files)):
        district = tmp / f"district{n}.ledger"
        results = import_bundles(district, list(order))
        assert all(r.accepted and not r.conflict_count for r in results), results
        dumps.append(canonical_dump(district))
    assert all(d == dumps[0] for d in dumps[1:])
    # The merged state is the newest version: the edit and the deletion of v2 are in.
    assert _topic(tmp / "district0.ledger", a.activities[0])[0] == "修改后的主题"
    assert _topic(tmp / "district0.ledger", a.activities[1])[1] is not None
    assert _topic(tmp / "district0.ledger", a.activities[-1])[0] == "新增活动"


def test_newer_bundle_updates(two_versions) -> None:
    tmp, a, _b = two_versions
    district = tmp / "district.ledger"
    import_bundles(district, [tmp / "a1.bundle"])
    result = import_bundles(district, [tmp / "a2.bundle"])[0]
    assert result.updated >= 2 and result.added >= 1
    assert _topic(district, a.activities[0])[0] == "修改后的主题"
    assert _topic(district, a.activities[1])[1] is not None  # the newer tombstone deletes


def _rows_inside(bundle: Path, activity_uuid: str) -> int:
    con = sqlite3.connect(bundle)
    try:
        return sum(
            con.execute(
                f"SELECT COUNT(*) FROM {t} WHERE activity_id ="
                " (SELECT id FROM activity WHERE uuid = ?)",
                (activity_uuid,),
            ).fetchone()[0]
            for t in ("activity_kind", "activity_unit", "attendance", "vote", "attachment")
        )
    finally:
        con.close()


def test_tombstone_is_not_revived_by_an_older_bundle(two_versions) -> None:
    tmp, a, _b = two_versions
    district = tmp / "district.ledger"
    import_bundles(district, [tmp / "a2.bundle"])
    assert _topic(district, a.activities[1])[1] is not None
    older = import_bundles(district, [tmp / "a1.bundle"])[0]
    # The only rows it adds are those inside the deleted activity, which the newer bundle
    # leaves out (a bundle carries no deleted content): they stay under the tombstone.
    assert older.accepted and older.updated == 0
    assert older.added == _rows_inside(tmp / "a1.bundle", a.activities[1])
    assert _topic(district, a.activities[1])[1] is not None  # still deleted
    assert _topic(district, a.activities[0])[0] == "修改后的主题"  # not put back either


def test_conflict_is_listed_and_not_applied(two_versions) -> None:
    tmp, a, _b = two_versions
    district = tmp / "district.ledger"
    import_bundles(district, [tmp / "a1.bundle"])
    # The bureau corrected the same activity on its side (revision 2, like the branch's edit).
    con = sqlite3.connect(district)
    con.execute(
        "UPDATE activity SET topic = '局里改的主题', rev = rev + 1 WHERE uuid = ?",
        (a.activities[0],),
    )
    con.commit()
    con.close()
    result = import_bundles(district, [tmp / "a2.bundle"])[0]
    assert result.accepted
    assert result.conflict_count == 1
    conflict = result.conflicts[0]
    assert (conflict.table, conflict.uuid) == ("activity", a.activities[0])
    assert "topic" in conflict.detail
    assert _topic(district, a.activities[0])[0] == "局里改的主题"
    # The rest of the newer bundle still went in.
    assert _topic(district, a.activities[1])[1] is not None


def test_natural_key_clash_is_a_conflict(tmp_path: Path) -> None:
    a = build_branch(tmp_path / "a.ledger", "甲支部", seed=3, months=("2026-10",), per_month=1)
    make_bundle(a.path, tmp_path / "a.bundle")
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "a.bundle"])
    # The same activity + kind under another uuid in a tampered-with copy of the branch.
    con = sqlite3.connect(a.path)
    con.execute("UPDATE activity_kind SET uuid = '00000000-0000-4000-8000-000000000001'")
    con.commit()
    con.close()
    make_bundle(a.path, tmp_path / "a2.bundle")
    before = canonical_dump(district)["activity_kind"]
    result = import_bundles(district, [tmp_path / "a2.bundle"])[0]
    assert result.accepted and result.conflict_count == 1
    assert result.conflicts[0].table == "activity_kind"
    assert canonical_dump(district)["activity_kind"] == before


def test_the_original_file_is_not_touched(two_versions) -> None:
    tmp, _a, _b = two_versions
    bundle = tmp / "a1.bundle"
    before = sha256(bundle)
    stamp = bundle.stat().st_mtime_ns
    import_bundles(tmp / "district.ledger", [bundle])
    assert sha256(bundle) == before
    assert bundle.stat().st_mtime_ns == stamp


def test_cli_json(two_versions, capsys, qapp) -> None:
    # qapp: main() installs its translator on the running Qt application (a QApplication, so
    # that later GUI tests in this process still work).
    tmp, _a, _b = two_versions
    district = tmp / "district.ledger"
    junk = tmp / "junk.txt"
    junk.write_text("不是台账", encoding="utf-8")
    code = main(
        ["--lang", "en", "import", str(district), str(tmp / "a1.bundle"), str(junk), "--json"]
    )
    payload = json.loads(capsys.readouterr().out)
    assert code == 1  # one file was rejected
    files = {Path(f["file"]).name: f for f in payload["files"]}
    assert files["a1.bundle"]["status"] == "accepted" and files["a1.bundle"]["added"] > 0
    assert files["a1.bundle"]["branch"] == "育才小学党支部"
    assert files["junk.txt"]["status"] == "rejected" and files["junk.txt"]["reason"]
    assert payload["accepted"] == 1 and payload["rejected"] == 1


def test_cli_text_in_chinese(two_versions, capsys, qapp) -> None:
    tmp, _a, _b = two_versions
    junk = tmp / "junk.txt"
    junk.write_text("不是台账", encoding="utf-8")
    try:
        code = main(
            ["--lang", "zh_CN", "import", str(tmp / "d.ledger"), str(tmp / "a1.bundle"), str(junk)]
        )
        out = capsys.readouterr().out
    finally:
        main(["--lang", "en", "import", str(tmp / "d.ledger"), str(tmp / "a1.bundle")])
    assert code == 1
    assert "a1.bundle：已接收（育才小学党支部）" in out
    assert "junk.txt：已拒收" in out


def test_no_phone_bundle_after_a_full_one(tmp_path: Path) -> None:
    """The same branch state, first with phones then without: no conflicts, phones kept."""
    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=4, months=("2026-10",))
    make_bundle(a.path, tmp_path / "full.bundle")
    make_bundle(a.path, tmp_path / "private.bundle", no_phone=True)
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "full.bundle"])
    before = sha256(district)
    (result,) = import_bundles(district, [tmp_path / "private.bundle"])
    assert result.accepted and (result.added, result.updated, result.conflict_count) == (0, 0, 0)
    assert sha256(district) == before
    con = sqlite3.connect(district)
    phones = {p for (p,) in con.execute("SELECT phone FROM person")}
    con.close()
    assert phones == set(a.phones)


def test_progress_and_stop_between_files(two_versions) -> None:
    tmp, _a, _b = two_versions
    files = [tmp / "a1.bundle", tmp / "b1.bundle", tmp / "a2.bundle"]
    seen: list[tuple[int, int, str]] = []
    with open_ledger(tmp / "district.ledger", create=True) as ledger:
        results = import_files(
            ledger.db, files, progress=lambda *p: seen.append(p), cancelled=lambda: len(seen) >= 2
        )
    assert [r.file for r in results] == [str(files[0]), str(files[1])]  # stopped before a2
    assert seen[:2] == [(0, 3, "a1.bundle"), (1, 3, "b1.bundle")]
    assert seen[-1] == (2, 3, "")
