"""Record identities are time-ordered (UUID version 7, issue 13): a district's uuid indexes
hold every school's ten years, and a version 4 uuid (random everywhere) made each new row of
an incremental import split a page of its own in every uuid index — 4,300 changed pages for a
1,700-row bundle. Made one after another, identities now sort in the order they were made,
so an import's new rows go to one end of the index (one block), whatever the district holds."""

from __future__ import annotations

import sqlite3
import time
import uuid
from itertools import pairwise
from pathlib import Path

from exports.bundle import make_bundle
from models.bureau.merge import import_bundles
from models.demo.generate import write_demo
from models.file.schema import new_uuid, uuid_v7
from tests.bureau_helpers import build_branch


def test_a_new_identity_is_a_version_7_uuid_of_the_moment_it_was_made():
    before = time.time_ns() // 1_000_000
    made = [new_uuid() for _ in range(2000)]
    after = time.time_ns() // 1_000_000
    assert len(set(made)) == len(made)
    for text in made[:50]:
        value = uuid.UUID(text)
        assert str(value) == text
        assert value.version == 7 and value.variant == uuid.RFC_4122
        assert before <= int(value.hex[:12], 16) <= after  # the first 48 bits: milliseconds


def test_identities_made_later_sort_after_earlier_ones():
    first = [new_uuid() for _ in range(20)]
    time.sleep(0.003)
    second = [new_uuid() for _ in range(20)]
    assert max(first) < min(second)


def test_the_demo_derives_its_identities_from_its_records_times_and_its_seed():
    # The same moment and bits give the same uuid (a seeded demo stays the same demo) ...
    assert uuid_v7(1_700_000_000_000, 12345) == uuid_v7(1_700_000_000_000, 12345)
    # ... and a later record a later one.
    assert uuid_v7(1_700_000_000_000, 2**79) < uuid_v7(1_700_000_000_001, 0)
    assert uuid.UUID(uuid_v7(0, 2**128 - 1)).version == 7


def _ranks(path: Path, table: str, branch_name: str) -> list[int]:
    """Where the branch's rows of `table` stand in the district's uuid order."""
    con = sqlite3.connect(path)
    try:
        owner = {
            "activity": "a.branch_id",
            "attendance": "(SELECT a.branch_id FROM activity a WHERE a.id = t.activity_id)",
        }[table]
        alias = "a" if table == "activity" else "t"
        rows = con.execute(
            f"SELECT {owner} = (SELECT id FROM branch WHERE name = ?) FROM {table} {alias}"
            f" ORDER BY {alias}.uuid",
            (branch_name,),
        ).fetchall()
    finally:
        con.close()
    return [i for i, (mine,) in enumerate(rows) if mine]


def test_an_imported_schools_new_rows_form_one_block_of_the_districts_uuid_index(tmp_path):
    """School A, then school B entered later: in the district, B's rows sit together at the
    end of each uuid order (with random uuids they were spread among A's)."""
    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=1, per_month=6)
    time.sleep(0.003)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=2, per_month=6)
    district = tmp_path / "district.ledger"
    for made, name in ((a, "a"), (b, "b")):
        bundle = tmp_path / f"{name}.bundle"
        make_bundle(made.path, bundle)
        [result] = import_bundles(district, [bundle])
        assert result.accepted, result.reason
    for table in ("activity", "attendance"):
        ranks = _ranks(district, table, "实验中学党支部")
        total = len(_ranks(district, table, "育才小学党支部")) + len(ranks)
        assert len(ranks) >= 10
        assert ranks == list(range(total - len(ranks), total)), table


def test_a_demo_ledgers_rows_sort_in_the_order_they_were_entered(tmp_path):
    path = tmp_path / "demo.ledger"
    write_demo(path, seed=3, months=3, until="2026-10")
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT uuid, created_at FROM activity ORDER BY created_at, id"
        ).fetchall()
    finally:
        con.close()
    assert len(rows) > 10
    assert all(uuid.UUID(u).version == 7 for u, _ in rows)
    stamps = [c for _, c in rows]
    # Rows made at a later moment have a later uuid.
    for (u1, c1), (u2, c2) in pairwise(rows):
        if c2[:23] > c1[:23]:
            assert u2 > u1, (c1, c2)
    assert stamps == sorted(stamps)
