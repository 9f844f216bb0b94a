"""What a bureau bundle is, in one place both sides use: the known schema, the manifest, the hash.

A bundle is an ordinary ledger file (format 1) whose Setting table holds one extra row, key
`bundle_manifest`, with a JSON manifest: the branch, the period covered, the schema version, the
number of rows per table and a content hash. The hash is defined here once, by
`content_hash()`, and the branch side (exports/bundle.py) and the bureau side (models/merge.py)
both call it, so they can never disagree about what was hashed:

    sha256 over, for each table in TABLES order, the line "\\x1e<table>\\n", then one line per
    row ordered by uuid: the JSON array of the row's columns in declared order (UTF-8, no
    spaces, blobs as {"b": "<hex>"}). The manifest row itself is left out.

The reference schema is the frozen DDL of each known file format, loaded into an in-memory
database, so a bundle is compared with exactly what the app itself would have created.
"""

from __future__ import annotations

import binascii
import functools
import hashlib
import json
import queue
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.file import known_schema
from models.file.ledger import SCHEMA_VERSION

MANIFEST_KEY = "bundle_manifest"
BUNDLE_FORMAT = "branch-ledger-bundle"
BUNDLE_VERSION = 1
SQL_DIR = Path(__file__).resolve().parents[1] / "file" / "sql"
# Each known format: the frozen DDL files that, run in order, make its schema.
KNOWN_SCHEMAS = {
    version: tuple(f"schema_v{step}.sql" for step in range(1, version + 1))
    for version in range(1, SCHEMA_VERSION + 1)
}

# Parents before children, so a merge can insert in this order with foreign keys on.
TABLES = (
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
    "compliance_rule",
    "closed_month",
    "audit_entry",
    "setting",
    # Format 2: each row belongs to a branch through its branch_id.
    "plan_item",
    "review_result",
    "rectification_item",
    "talk",
    # Format 3: the 党费 ledger (per-person rows travel only when the branch chooses).
    "dues_standard",
    "dues_payment",
    "dues_month",
    "transfer",
    # Format 5: photos of a completed 整改 item (its branch: the item's).
    "rectification_photo",
    # Format 7: the 发展党员 register.
    "development_stage",
    # Format 8: themes (the branch's, through branch_id) and the themes of activities.
    "theme",
    "activity_theme",
    # Format 9: campaign periods (a school's own, through its branch_id; never NULL in a bundle).
    "campaign",
)
# How a row of each table reaches its branch (for ownership checks): the tables of format 2 all
# carry branch_id themselves; their person and activity links must be of the same branch.
BRANCH_PATHS = {
    "plan_item": "branch_id",
    "review_result": "branch_id",
    "rectification_item": "branch_id",
    "talk": "branch_id",
    "dues_standard": "branch_id",
    "dues_payment": "branch_id",
    "dues_month": "branch_id",
    "transfer": "branch_id",
    "development_stage": "branch_id",
    "theme": "branch_id",
    "campaign": "branch_id",
}

RowVisitor = Callable[[str, Sequence[str], list[tuple]], None]


@dataclass(frozen=True)
class TableInfo:
    """A table of the reference schema: its columns in order and its foreign keys."""

    name: str
    columns: tuple[str, ...]
    types: tuple[str, ...]
    notnull: tuple[bool, ...]
    foreign_keys: dict[str, str]  # column -> parent table
    unique_keys: tuple[tuple[str, ...], ...] = ()  # natural keys besides uuid


@dataclass(frozen=True)
class ReferenceSchema:
    """The sqlite_master entries and table layouts of one known file format."""

    version: int
    master: frozenset[tuple[str, str, str, str]]  # (type, name, tbl_name, sql)
    tables: dict[str, TableInfo]


@functools.cache
def reference_schema(version: int = SCHEMA_VERSION) -> ReferenceSchema:
    """Load the frozen DDL of `version` into memory and describe it (cached)."""
    con = sqlite3.connect(":memory:")
    try:
        for name in KNOWN_SCHEMAS[version]:
            con.executescript((SQL_DIR / name).read_text(encoding="utf-8"))
        master = frozenset(master_entries(con))
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        # An older format lacks the later tables: its bundles hold (and hash) only its own.
        tables = {name: _table_info(con, name) for name in TABLES if name in present}
    finally:
        con.close()
    return ReferenceSchema(version, master, tables)


def master_entries(con: sqlite3.Connection, schema: str = "main") -> list[tuple[str, ...]]:
    """(type, name, tbl_name, sql) of every schema object but SQLite's statistics tables, and
    those only exactly as SQLite makes them (a trigger named sqlite_stat1 is still compared)."""
    return known_schema.master_entries(con, schema)


def _table_info(con: sqlite3.Connection, table: str, schema: str = "main") -> TableInfo:
    cols = con.execute(f'PRAGMA "{schema}".table_xinfo("{table}")').fetchall()
    fks = con.execute(f'PRAGMA "{schema}".foreign_key_list("{table}")').fetchall()
    keys = []
    for _seq, index, unique, *_rest in con.execute(f'PRAGMA "{schema}".index_list("{table}")'):
        if unique:
            key = tuple(r[2] for r in con.execute(f'PRAGMA "{schema}".index_info("{index}")'))
            if key != ("uuid",):
                keys.append(key)
    return TableInfo(
        table,
        tuple(c[1] for c in cols),
        tuple(str(c[2]).upper() for c in cols),
        tuple(bool(c[3]) for c in cols),
        {fk[3]: fk[2] for fk in fks},
        tuple(sorted(keys)),
    )


def schema_differences(con: sqlite3.Connection, version: int, schema: str = "main") -> list[str]:
    """How the database's schema differs from the known format `version` (empty: identical).

    Every table, index, trigger and view must be exactly the reference's (same SQL text), and
    every table must have exactly the reference's columns (table_xinfo also shows hidden ones).
    """
    ref = reference_schema(version)
    found = master_entries(con, schema)
    problems = []
    for kind, name, _tbl, _sql in sorted(set(found) - ref.master):
        problems.append(f"{kind} {name}")
    for kind, name, _tbl, _sql in sorted(ref.master - set(found)):
        problems.append(f"-{kind} {name}")
    if not problems:
        for table, info in ref.tables.items():
            if _table_info(con, table, schema) != info:
                problems.append(f"table {table}")
    return problems


def text_columns(info: TableInfo) -> list[str]:
    """The columns holding text (where phone numbers and free text may stand)."""
    return [
        c
        for c, t in zip(info.columns, info.types, strict=True)
        if t == "TEXT" or t.startswith("VARCHAR")
    ]


IDENTITY_COLUMNS = ("id", "uuid", "created_at", "updated_at", "rev", "deleted_at")


# The labels by which live records still name a deleted one (an old activity's participating
# unit, a person's former party group): part of its identity, not deleted content.
TOMBSTONE_LABELS = {
    "unit": ("name", "unit_kind", "has_members"),
    "party_group": ("name",),
    "person": ("name",),
}


def tombstone_blanks(info: TableInfo) -> dict[str, str]:
    """What a deleted record's values become in a bundle and in the district: column -> SQL
    literal for every column but its identity (IDENTITY_COLUMNS, its links, its natural key,
    its label: TOMBSTONE_LABELS). A tombstone carries identities only."""
    keep = set(IDENTITY_COLUMNS) | set(info.foreign_keys) | set(TOMBSTONE_LABELS.get(info.name, ()))
    for key in info.unique_keys:
        keep |= set(key)
    blanks = {}
    for col, declared, notnull in zip(info.columns, info.types, info.notnull, strict=True):
        if col in keep:
            continue
        if not notnull:
            blanks[col] = "NULL"
        elif declared in ("INTEGER", "REAL"):
            blanks[col] = "0"
        elif declared == "BLOB":
            blanks[col] = "x''"
        else:
            blanks[col] = "''"
    return blanks


def audit_field_names(changes: object) -> object:
    """An audit entry's changes as a bundle carries them: which fields, not their values
    ({"topic": null}); anything that is not a JSON object is left as it is."""
    if not isinstance(changes, str):
        return changes
    try:
        value = json.loads(changes)
    except ValueError:
        return changes
    if not isinstance(value, dict):
        return changes
    return json.dumps(dict.fromkeys(value), ensure_ascii=False, sort_keys=True)


def _blob(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b": bytes(value).hex()}
    raise TypeError(type(value).__name__)


# One encoder for every row (json.dumps with options would build a new one per call).
_dumps = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), default=_blob, allow_nan=True
).encode


@dataclass(frozen=True)
class StreamedBlob:
    """A blob the hash read in chunks instead of whole: what a row visitor sees in its place
    (its size, the sha256 of its bytes, and the bytes themselves when they are no larger than
    KEPT_BLOB_BYTES — a stored photo always is — for checks that must decode them)."""

    size: int
    sha256: str
    data: bytes | None = None


KEPT_BLOB_BYTES = 16 * 1024 * 1024  # a stored photo (≤ 1600 px JPEG) is far smaller


BLOB_CHUNK = 1024 * 1024  # bytes of a blob read (and hex-encoded) at a time


def content_hash(
    con: sqlite3.Connection,
    *,
    schema: str = "main",
    visit: RowVisitor | None = None,
    batch: int = 2000,
    version: int = SCHEMA_VERSION,
) -> tuple[str, dict[str, int]]:
    """The bundle's content hash and its row count per table (the manifest row left out).

    `visit(table, columns, rows)` sees every batch of rows as it is hashed, so the bureau can
    validate the rows in the same pass that hashes them. `version` is the bundle's file format:
    the tables of that format are hashed (an older format has fewer). Rows are read a batch at
    a time and the blobs of BLOB columns (photos) in chunks of BLOB_CHUNK, so memory stays flat
    whatever the file holds; a visitor sees a StreamedBlob in place of such a blob.
    """
    ref = reference_schema(version)
    counts: dict[str, int] = {}
    with _Digest() as digest:
        _hash_tables(con, schema, ref, digest, counts, visit, batch)
    return digest.hexdigest(), counts


def _hash_tables(
    con: sqlite3.Connection,
    schema: str,
    ref: ReferenceSchema,
    digest: _Digest,
    counts: dict[str, int],
    visit: RowVisitor | None,
    batch: int,
) -> None:
    """Feed every table of `ref` to `digest`, in order, and count its rows into `counts`."""
    for table in ref.tables:
        info = ref.tables[table]
        where = f" WHERE key IS NOT '{MANIFEST_KEY}'" if table == "setting" else ""
        digest.update(f"\x1e{table}\n".encode())
        if "BLOB" in info.types:
            counts[table] = _hash_streamed(con, schema, info, where, digest, visit)
            continue
        col_sql = ", ".join(f'"{c}"' for c in info.columns)
        cursor = con.execute(f'SELECT {col_sql} FROM "{schema}"."{table}"{where} ORDER BY uuid')
        n = 0
        while rows := cursor.fetchmany(batch):
            n += len(rows)
            digest.update(("\n".join(map(_dumps, rows)) + "\n").encode("utf-8"))
            if visit is not None:
                visit(table, info.columns, rows)
        counts[table] = n


class _Digest:
    """The content hash's sha256, fed on a worker thread.

    A photo is hashed as its hex text (twice its bytes) besides its own sha256: hex-encoding
    and hashing it on a second thread lets that run alongside the reading, hashing and checking
    of the rows on the calling one (hashlib lets go of the GIL for long inputs). Pieces are
    hashed in the order they are given; at most QUEUED pieces wait, so memory stays flat. Used
    as a context manager: leaving it, normally or by an exception, ends the worker."""

    QUEUED = 32

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._pieces: queue.Queue[tuple[bool, bytes] | None] = queue.Queue(self.QUEUED)
        self._failure: BaseException | None = None
        self._worker = threading.Thread(target=self._run, name="content-hash", daemon=True)

    def __enter__(self) -> _Digest:
        self._worker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._pieces.put(None)
        self._worker.join()
        if self._failure is not None and exc[0] is None:
            raise self._failure

    def _run(self) -> None:
        while (piece := self._pieces.get()) is not None:
            if self._failure is None:
                try:
                    as_hex, data = piece
                    self._sha.update(binascii.hexlify(data) if as_hex else data)
                except BaseException as error:  # handed to the caller in __exit__
                    self._failure = error

    def update(self, data: bytes) -> None:
        self._pieces.put((False, data))

    def update_hex(self, data: bytes) -> None:
        """Hash `data` as its lower-case hex text."""
        self._pieces.put((True, data))

    def hexdigest(self) -> str:
        """The digest (only once the context is left and the worker has hashed every piece)."""
        assert not self._worker.is_alive()
        return self._sha.hexdigest()


def _hash_streamed(
    con: sqlite3.Connection,
    schema: str,
    info: TableInfo,
    where: str,
    digest: _Digest,
    visit: RowVisitor | None,
) -> int:
    """Hash a table with BLOB columns row by row, each blob in chunks (the same text as
    `_dumps(row)`: a JSON array is its items' JSON joined by commas)."""
    blob_cols = {i for i, t in enumerate(info.types) if t == "BLOB"}
    parts = []
    for i, c in enumerate(info.columns):
        if i in blob_cols:
            # The blob itself is read through blobopen; a value of another type (a hostile
            # file's) is hashed as the plain value it is.
            parts.append(f'CASE WHEN typeof("{c}") = \'blob\' THEN NULL ELSE "{c}" END')
            parts.append(f"typeof(\"{c}\") = 'blob'")
        else:
            parts.append(f'"{c}"')
    rowid = info.columns.index("id")
    cursor = con.execute(
        f'SELECT {", ".join(parts)} FROM "{schema}"."{info.name}"{where} ORDER BY uuid'
    )
    n = 0
    text: list[str] = []
    while fetched := cursor.fetchmany(64):
        for raw in fetched:
            values: list[object] = []
            blobs: dict[int, bool] = {}
            k = 0
            for i in range(len(info.columns)):
                values.append(raw[k])
                if i in blob_cols:
                    blobs[i] = bool(raw[k + 1])
                    k += 2
                else:
                    k += 1
            row_id = values[rowid]
            text.append("[")
            for i, value in enumerate(values):
                if i:
                    text.append(",")
                if not blobs.get(i):
                    text.append(_dumps(value))
                    continue
                text.append('{"b":"')
                digest.update("".join(text).encode("utf-8"))
                text = []
                values[i] = _stream_blob(con, schema, info.name, info.columns[i], row_id, digest)
                text.append('"}')
            text.append("]\n")
            n += 1
            if visit is not None:
                # Row by row: a row's photos are in memory only while it is looked at.
                visit(info.name, info.columns, [tuple(values)])
        digest.update("".join(text).encode("utf-8"))
        text = []
    digest.update("".join(text).encode("utf-8"))
    return n


def _stream_blob(
    con: sqlite3.Connection, schema: str, table: str, column: str, row_id: Any, digest: _Digest
) -> StreamedBlob:
    """Feed one blob's hex to `digest` a chunk at a time; its size and own sha256."""
    own = hashlib.sha256()
    size = 0
    with con.blobopen(table, column, row_id, readonly=True, name=schema) as blob:
        kept: list[bytes] | None = [] if len(blob) <= KEPT_BLOB_BYTES else None
        while chunk := blob.read(BLOB_CHUNK):
            size += len(chunk)
            own.update(chunk)
            digest.update_hex(chunk)
            if kept is not None:
                kept.append(chunk)
    return StreamedBlob(size, own.hexdigest(), b"".join(kept) if kept is not None else None)


def read_manifest(con: sqlite3.Connection, schema: str = "main") -> dict | None:
    """The manifest stored in the bundle (None when there is none or it is not a JSON object)."""
    row = con.execute(
        f'SELECT value FROM "{schema}".setting WHERE key = ? AND deleted_at IS NULL',
        (MANIFEST_KEY,),
    ).fetchone()
    if row is None or not isinstance(row[0], str) or len(row[0]) > 1_000_000:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
