"""The tables and columns a ledger of each file format must have, and those a file lacks.

A ledger with a table or a column missing (dropped by another program, or a file cut short in a
way SQLite's own check does not see) cannot be used: every screen and document that reads the
missing part would fail with SQLite's "no such table". `open_ledger()` refuses such a file in
plain words (it is damaged: restore a backup), and `check` lists what is missing.

The reference is the frozen SQL of the format's migration steps (models/file/sql/schema_vN.sql)
run on an empty in-memory database: exactly what the app itself creates. Building it costs
~10 ms, so the common case is decided without it: when every table of the file is stored with
exactly the CREATE TABLE text of the frozen SQL, no column can be missing (under a millisecond).
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent / "sql"


@functools.cache
def expected_columns(version: int) -> dict[str, tuple[str, ...]]:
    """Table → its columns, in a ledger of file format `version` (empty for an unknown one)."""
    con = sqlite3.connect(":memory:")
    try:
        for step in range(1, version + 1):
            sql = SQL_DIR / f"schema_v{step}.sql"
            if sql.exists():
                con.executescript(sql.read_text(encoding="utf-8"))
        return _columns(con)
    finally:
        con.close()


def _columns(con: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: tuple(r[1] for r in con.execute(f'PRAGMA table_info("{t}")')) for t in tables}


@functools.cache
def _frozen_tables(version: int) -> frozenset[str] | None:
    """The CREATE TABLE statements of format `version` as SQLite stores them, when every step up
    to it only creates tables and indexes (else None: only the full comparison can tell)."""
    tables = set()
    for step in range(1, version + 1):
        sql = SQL_DIR / f"schema_v{step}.sql"
        if not sql.exists():
            return None
        text = re.sub(r"--[^\n]*", "", sql.read_text(encoding="utf-8"))
        for statement in (s.strip() for s in text.split(";")):
            if statement.upper().startswith("CREATE TABLE"):
                tables.add(statement)
            elif statement and not statement.upper().startswith(("CREATE INDEX", "CREATE UNIQUE")):
                return None
    return frozenset(tables)


def missing_parts(con: sqlite3.Connection, version: int) -> list[tuple[str, str | None]]:
    """(table, None) for each missing table, (table, column) for each missing column."""
    frozen = _frozen_tables(version)
    if frozen is not None:
        stored = {r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'table'")}
        if frozen <= stored:
            return []  # every table exactly as the app creates it
    expected = expected_columns(version)
    present = _columns(con)
    missing: list[tuple[str, str | None]] = []
    for table, columns in expected.items():
        if table not in present:
            missing.append((table, None))
            continue
        missing += [(table, c) for c in columns if c not in present[table]]
    return missing


def file_missing_parts(path: Path, version: int) -> list[tuple[str, str | None]]:
    """missing_parts() of a ledger file, read through a read-only connection."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=30)) as con:
        return missing_parts(con, version)


def describe(missing: list[tuple[str, str | None]], limit: int = 6) -> str:
    """`table vote, column activity.location` for a message (names as SQLite has them)."""
    parts = [t if c is None else f"{t}.{c}" for t, c in missing[:limit]]
    if len(missing) > limit:
        parts.append("…")
    return ", ".join(parts)
