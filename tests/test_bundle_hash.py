"""The bundle's content hash streams rows and photos (issue 13) and gives exactly the values the
first implementation gave: that implementation is kept here, verbatim, as the reference."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models import services as s
from models.bureau import bundle_format
from models.bureau.bundle_format import MANIFEST_KEY, TABLES, content_hash, reference_schema
from models.bureau.validate import RowValidator
from models.file.ledger import open_ledger
from models.records import photos
from tests.bureau_helpers import build_branch
from tests.test_deleted_gone import noise_jpeg


def _old_blob(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b": bytes(value).hex()}
    raise TypeError(type(value).__name__)


_old_dumps = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), default=_old_blob, allow_nan=True
).encode


def old_content_hash(con: sqlite3.Connection, batch: int = 2000) -> tuple[str, dict[str, int]]:
    """content_hash() as first released (every row of a batch built in memory)."""
    ref = reference_schema()
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in TABLES:
        columns = ref.tables[table].columns
        col_sql = ", ".join(f'"{c}"' for c in columns)
        where = f" WHERE key IS NOT '{MANIFEST_KEY}'" if table == "setting" else ""
        cursor = con.execute(f'SELECT {col_sql} FROM "main"."{table}"{where} ORDER BY uuid')
        digest.update(f"\x1e{table}\n".encode())
        n = 0
        while rows := cursor.fetchmany(batch):
            n += len(rows)
            digest.update(("\n".join(map(_old_dumps, rows)) + "\n").encode("utf-8"))
        counts[table] = n
    return digest.hexdigest(), counts


@pytest.fixture
def fixture_ledger(tmp_path: Path) -> Path:
    """A branch with phones and activities of every kind, photos (one deleted), odd text."""
    path = tmp_path / "branch.ledger"
    made = build_branch(path, "育才小学党支部", seed=3)
    with open_ledger(path):
        activity = s.list_activities(s.RegisterFilter())[0].uuid
        photos.add_attachment(activity, noise_jpeg(5, 700), '引号"、换行\n和\\反斜杠')
        photos.add_attachment(activity, noise_jpeg(6, 300), "")
        gone = photos.add_attachment(activity, noise_jpeg(7, 200), "删掉")
        photos.remove_attachment(gone)
    con = sqlite3.connect(path)
    # Values the forms never write, which the hash must still treat as before: control
    # characters, an empty blob, no thumbnail (durations are whole minutes since format 4).
    con.execute("UPDATE activity SET duration_min = 421, topic = topic || '\x01\t' WHERE id = 1")
    con.execute("UPDATE attachment SET thumbnail = NULL WHERE uuid = ?", (gone,))
    con.commit()
    con.close()
    assert made.people
    return path


@pytest.mark.parametrize("chunk", [bundle_format.BLOB_CHUNK, 1000])
def test_the_streamed_hash_is_the_first_implementations(fixture_ledger, monkeypatch, chunk):
    monkeypatch.setattr(bundle_format, "BLOB_CHUNK", chunk)  # many chunks per photo, or one
    con = sqlite3.connect(fixture_ledger)
    try:
        assert content_hash(con) == old_content_hash(con)
        assert content_hash(con, batch=3) == old_content_hash(con)
    finally:
        con.close()


def test_a_bundle_hashes_as_before_and_its_manifest_says_so(fixture_ledger, tmp_path):
    out = tmp_path / "bundle.ledger"
    info = make_bundle(fixture_ledger, out, no_phone=True)
    con = sqlite3.connect(out)
    try:
        assert (info.manifest["content_hash"], info.manifest["counts"]) == old_content_hash(con)
        assert info.manifest["counts"]["attachment"] == 3
    finally:
        con.close()


def test_a_blob_where_text_belongs_and_text_where_a_blob_belongs_hash_as_before(
    fixture_ledger,
):
    con = sqlite3.connect(fixture_ledger)
    try:
        con.execute("UPDATE attachment SET data = 'not a picture' WHERE id = 1")
        con.execute("UPDATE attachment SET thumbnail = 42 WHERE id = 2")
        con.execute("UPDATE activity SET location = X'00ff10' WHERE id = 2")
        con.commit()
        assert content_hash(con) == old_content_hash(con)
    finally:
        con.close()


def test_the_row_check_sees_each_photos_hash_in_the_same_pass(fixture_ledger):
    con = sqlite3.connect(fixture_ledger)
    try:
        validator = RowValidator()
        content_hash(con, visit=validator.visit)
        assert validator.problems == []
        # A picture that does not match its recorded hash is still found.
        con.execute("UPDATE attachment SET data = X'ffd8ffe000' WHERE id = 1")
        validator = RowValidator()
        content_hash(con, visit=validator.visit)
        assert len(validator.problems) == 1 and "attachment" in validator.problems[0]
    finally:
        con.close()
