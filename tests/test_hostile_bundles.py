"""A corpus of hostile files: each is rejected with its reason and the district never changes."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models.bureau.bundle_format import MANIFEST_KEY, content_hash
from models.bureau.merge import import_bundles
from models.file.ledger import SCHEMA_VERSION
from tests.bureau_helpers import build_branch, sha256


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A district already holding one good bundle, and that bundle to spoil."""
    tmp = tmp_path_factory.mktemp("hostile")
    branch = build_branch(tmp / "branch.ledger", "实验小学党支部", seed=7, per_month=2)
    good = tmp / "good.bundle"
    make_bundle(branch.path, good)
    district = tmp / "district.ledger"
    (result,) = import_bundles(district, [good])
    assert result.accepted and result.added > 0
    return tmp, good, district


def _spoil(good: Path, target: Path, *sql: str, rehash: bool = False) -> Path:
    """A copy of the good bundle changed with SQL (optionally with a recomputed manifest, so
    that only the deeper checks can catch it)."""
    shutil.copy(good, target)
    con = sqlite3.connect(target)
    try:
        for statement in sql:
            con.execute(statement)
        if rehash:
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
    return target


def _fingerprint(path: Path) -> str | None:
    return sha256(path) if path.is_file() else None


def _assert_rejected(district: Path, hostile: Path, *words: str) -> str:
    before_district, before_file = sha256(district), _fingerprint(hostile)
    (result,) = import_bundles(district, [hostile])
    assert result.status == "rejected", (hostile.name, result)
    assert result.reason
    for word in words:
        assert word in result.reason, (hostile.name, result.reason)
    assert (result.added, result.updated, result.conflicts) == (0, 0, [])
    assert sha256(district) == before_district
    assert _fingerprint(hostile) == before_file
    return result.reason


def _xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "姓名"
    wb.save(path)
    return path


def test_simple_non_bundles(corpus) -> None:
    tmp, good, district = corpus
    empty = tmp / "empty.bundle"
    empty.write_bytes(b"")
    _assert_rejected(district, empty, "empty")
    text = tmp / "text.bundle"
    text.write_text("支部工作台账\n第一行\n", encoding="utf-8")
    _assert_rejected(district, text, "text file")
    _assert_rejected(district, _xlsx(tmp / "renamed.bundle"), "ZIP")
    other = tmp / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.commit()
    con.close()
    _assert_rejected(district, other, "another program")
    _assert_rejected(district, tmp / "does-not-exist.bundle", "does not exist")
    _assert_rejected(district, tmp, "not a file")


def test_newer_schema(corpus) -> None:
    tmp, good, district = corpus
    newer = _spoil(good, tmp / "newer.bundle", f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    _assert_rejected(district, newer, "newer")


def test_truncated(corpus) -> None:
    tmp, good, district = corpus
    data = good.read_bytes()
    for n, size in enumerate((50, 4096 + 100, len(data) // 2, len(data) - 4096)):
        cut = tmp / f"truncated{n}.bundle"
        cut.write_bytes(data[:size])
        _assert_rejected(district, cut)


def test_added_trigger_view_table_column(corpus) -> None:
    tmp, good, district = corpus
    trigger = _spoil(
        good,
        tmp / "trigger.bundle",
        "CREATE TRIGGER evil AFTER INSERT ON activity BEGIN DELETE FROM person; END",
    )
    assert "trigger evil" in _assert_rejected(district, trigger, "structure")
    view = _spoil(good, tmp / "view.bundle", "CREATE VIEW v AS SELECT * FROM person")
    assert "view v" in _assert_rejected(district, view, "structure")
    table = _spoil(good, tmp / "table.bundle", "CREATE TABLE extra (x)")
    _assert_rejected(district, table, "structure")
    column = _spoil(good, tmp / "column.bundle", "ALTER TABLE person ADD COLUMN id_card TEXT")
    _assert_rejected(district, column, "structure")
    index = _spoil(good, tmp / "index.bundle", "DROP INDEX activity_date")
    _assert_rejected(district, index, "structure")


def test_content_changed_after_bundling(corpus) -> None:
    tmp, good, district = corpus
    edited = _spoil(good, tmp / "edited.bundle", "UPDATE activity SET deeds_done = deeds_done + 9")
    _assert_rejected(district, edited, "content hash")
    added = _spoil(good, tmp / "added.bundle", "DELETE FROM attendance WHERE id = 1")
    _assert_rejected(district, added, "manifest")
    bare = _spoil(good, tmp / "bare.bundle", f"DELETE FROM setting WHERE key = '{MANIFEST_KEY}'")
    _assert_rejected(district, bare, "manifest")


def test_rows_a_form_would_refuse(corpus) -> None:
    """With the manifest recomputed, so that the row checks themselves must catch these."""
    tmp, good, district = corpus
    cases = {
        "reason": (
            "UPDATE attendance SET status = 'absent', reason = '' WHERE id = 1",
            "without a reason",
        ),
        "date": ("UPDATE activity SET date = '2026-02-30' WHERE id = 1", "not a date"),
        "kind": (
            (
                "UPDATE activity SET primary_kind = 'party_picnic' WHERE id = 1",
                "UPDATE activity_kind SET kind = 'party_picnic' WHERE activity_id = 1"
                " AND position = 0",
            ),
            "unknown value",
        ),
        "hours": ("UPDATE activity SET duration_min = 1800 WHERE id = 1", "out of range"),
        "status": ("UPDATE attendance SET status = 'asleep' WHERE id = 1", "unknown value"),
        "type": ("UPDATE activity SET date = x'00ff' WHERE id = 1", "wrong kind of value"),
        "link": ("UPDATE attendance SET person_id = 99999 WHERE id = 1", "missing records"),
        "primary": (
            "UPDATE activity SET primary_kind = 'other' WHERE id = (SELECT activity_id FROM"
            " activity_kind WHERE kind <> 'other' AND position = 0 LIMIT 1)",
            "primary kind",
        ),
    }
    for name, (sql, words) in cases.items():
        statements = (sql,) if isinstance(sql, str) else sql
        bad = _spoil(good, tmp / f"form-{name}.bundle", *statements, rehash=True)
        _assert_rejected(district, bad, words)


def test_two_hundred_bit_flips(corpus) -> None:
    """Each flip is rejected, or (a flip in unused space) imports as the very same content:
    in both cases the district stays byte-for-byte the same."""
    tmp, good, district = corpus
    data = good.read_bytes()
    rng = random.Random(20261127)
    rejected = 0
    before = sha256(district)
    for n in range(200):
        flipped = bytearray(data)
        position = rng.randrange(len(flipped))
        flipped[position] ^= 1 << rng.randrange(8)
        path = tmp / "flip.bundle"
        path.write_bytes(bytes(flipped))
        (result,) = import_bundles(district, [path])
        if result.status == "rejected":
            assert result.reason
            rejected += 1
        else:
            assert (result.added, result.updated, result.conflict_count) == (0, 0, 0), (n, position)
        assert sha256(district) == before, (n, position)
    assert rejected > 0
