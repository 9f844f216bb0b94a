"""发展党员 stages travel in the bundle: the merge is idempotent, keeps tombstones, lists a stage
changed on both sides as a conflict, and a school's bundle never changes another school's stages.
Checked on the raw rows with sqlite3."""

from __future__ import annotations

import sqlite3

from exports.bundle import make_bundle
from models import services
from models.bureau.merge import import_bundles
from models.file.ledger import open_ledger
from tests.bureau_helpers import sha256
from tests.followup_helpers import raw
from tests.test_development import build_pipeline
from tests.test_hostile_bundles import _assert_rejected, _spoil

ROWS = (
    "SELECT d.uuid, d.stage, d.date, p.uuid, c.uuid, c.category, c.effective_on, v.uuid,"
    " a.uuid, d.approved_on, d.training_min, d.deleted_at IS NULL"
    " FROM development_stage d JOIN person p ON p.id = d.person_id"
    " LEFT JOIN person_category c ON c.id = d.category_id"
    " LEFT JOIN vote v ON v.id = d.vote_id LEFT JOIN activity a ON a.id = d.activity_id"
    " ORDER BY d.uuid"
)


def test_bundles_carry_the_stages_and_the_merge_is_idempotent(tmp_path):
    path, made = build_pipeline(tmp_path / "branch.ledger")
    district = tmp_path / "district.ledger"
    make_bundle(path, tmp_path / "b1.bundle")
    (first,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert first.accepted, first.reason
    assert raw(district, ROWS) == raw(path, ROWS) and len(raw(path, ROWS)) == 5
    before = sha256(district)
    (again,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (again.added, again.updated, again.conflict_count) == (0, 0, 0)
    assert sha256(district) == before
    with open_ledger(path):
        services.delete_stage(made.stages["full_member"])
    make_bundle(path, tmp_path / "b2.bundle")
    (second,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert second.accepted and second.updated >= 2 and not second.conflict_count
    gone = "SELECT d.deleted_at IS NOT NULL, c.deleted_at IS NOT NULL FROM development_stage d"
    gone += " JOIN person_category c ON c.id = d.category_id WHERE d.uuid = ?"
    assert raw(district, gone, (made.stages["full_member"],)) == [(1, 1)]
    (older,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (older.added, older.updated) == (0, 0)
    assert raw(district, gone, (made.stages["full_member"],)) == [(1, 1)]


def test_a_stage_changed_on_both_sides_is_a_conflict(tmp_path):
    path, made = build_pipeline(tmp_path / "branch.ledger")
    district = tmp_path / "district.ledger"
    make_bundle(path, tmp_path / "b1.bundle")
    import_bundles(district, [tmp_path / "b1.bundle"])
    con = sqlite3.connect(district)
    con.execute(
        "UPDATE development_stage SET note = '区里改的', rev = rev + 1 WHERE uuid = ?",
        (made.stages["candidate"],),
    )
    con.commit()
    con.close()
    with open_ledger(path):
        (row,) = [r for r in services.list_stages(made.new) if r.stage == "candidate"]
        services.save_stage(
            services.StageInput(made.new, "candidate", row.date, vetted_on=row.vetted_on,
                                training_hours=32, note="学校改的", uuid=row.uuid)
        )  # fmt: skip
    make_bundle(path, tmp_path / "b2.bundle")
    (result,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert result.accepted and result.conflict_count == 1
    assert result.conflicts[0].table == "development_stage"
    assert raw(
        district, "SELECT note FROM development_stage WHERE uuid = ?", (made.stages["candidate"],)
    ) == [("区里改的",)]


def test_another_schools_bundle_never_changes_these_stages(tmp_path):
    a_path, a_made = build_pipeline(tmp_path / "a.ledger", "育才小学党支部")
    b_path, _b = build_pipeline(tmp_path / "b.ledger", "实验中学党支部")
    district = tmp_path / "district.ledger"
    make_bundle(a_path, tmp_path / "a.bundle")
    make_bundle(b_path, tmp_path / "b.bundle")
    (a,) = import_bundles(district, [tmp_path / "a.bundle"])
    assert a.accepted
    target = a_made.stages["candidate"]
    hostile = _spoil(
        tmp_path / "b.bundle",
        tmp_path / "b-hostile.bundle",
        "UPDATE development_stage SET uuid = '" + target + "', rev = rev + 5,"
        " note = '别校改的' WHERE stage = 'candidate'",
        rehash=True,
    )
    _assert_rejected(district, hostile, "development_stage")
    assert raw(district, "SELECT note FROM development_stage WHERE uuid = ?", (target,)) == [("",)]
    (b,) = import_bundles(district, [tmp_path / "b.bundle"])
    assert b.accepted and raw(district, "SELECT COUNT(*) FROM development_stage") == [(10,)]


def test_a_stage_linked_to_another_persons_category_is_refused(tmp_path):
    path, _made = build_pipeline(tmp_path / "branch.ledger")
    make_bundle(path, tmp_path / "b.bundle")
    district = tmp_path / "district.ledger"
    hostile = _spoil(
        tmp_path / "b.bundle",
        tmp_path / "b-hostile.bundle",
        "UPDATE development_stage SET category_id = (SELECT c.id FROM person_category c"
        " JOIN person p ON p.id = c.person_id WHERE p.name = '李明' LIMIT 1)"
        " WHERE stage = 'activist'",
        rehash=True,
    )
    (result,) = import_bundles(district, [hostile])
    assert result.status == "rejected" and "development_stage" in result.reason
