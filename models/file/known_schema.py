"""The known schema of each file format, and the objects of a ledger that are not in it.

A ledger holds the tables, indexes, triggers and views the app's own migrations create, nothing
else. Anything more — a trigger that turns a recorded absence into "present" whenever the app
saves, a view, a table — was put there by another program and would run with the app's
authority, so `open_ledger()` refuses such a file in plain words (the original left unchanged)
and `repaired_copy()` writes a copy without them. The reference is made by running the app's own
migrations' frozen SQL up to the file's format on an empty in-memory database, so it is exactly
what the app would have created.

SQLite's own statistics tables (ANALYZE: `sqlite_stat1`, `sqlite_stat4`) are allowed only as
the very tables SQLite makes; any other object whose name starts with `sqlite_` is compared
like the rest (a trigger named `sqlite_stat1` is still a trigger).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from pathlib import Path

from models.file.ledger import SCHEMA_VERSION

SQL_DIR = Path(__file__).resolve().parent / "sql"

# The statistics tables exactly as SQLite creates them (type, name, tbl_name, sql).
SQLITE_INTERNAL = frozenset(
    {
        ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
        (
            "table",
            "sqlite_stat4",
            "sqlite_stat4",
            "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
        ),
    }
)
FOREIGN_KINDS = ("table", "view", "trigger", "index")

Entry = tuple[str, str, str, str]


def master_entries(con: sqlite3.Connection, schema: str = "main") -> list[Entry]:
    """(type, name, tbl_name, sql) of every schema object but SQLite's statistics tables."""
    rows = con.execute(
        f'SELECT type, name, tbl_name, COALESCE(sql, "") FROM "{schema}".sqlite_master'
    ).fetchall()
    return [tuple(r) for r in rows if tuple(r) not in SQLITE_INTERNAL]


@functools.cache
def known_entries(version: int) -> frozenset[Entry]:
    """The sqlite_master entries of an empty ledger of format `version` (cached): the frozen
    SQL of every step up to it (models/file/sql/schema_vN.sql) run on an empty in-memory
    database. Without peewee or the models, so that checking costs the app's start nothing;
    tests/test_check.py compares it with what the migrations really create."""
    if not 1 <= version <= SCHEMA_VERSION:
        raise KeyError(version)
    con = sqlite3.connect(":memory:")
    try:
        for step in range(1, version + 1):
            sql = SQL_DIR / f"schema_v{step}.sql"
            if sql.exists():
                con.executescript(sql.read_text(encoding="utf-8"))
        return frozenset(master_entries(con))
    finally:
        con.close()


def foreign_objects(con: sqlite3.Connection, version: int, schema: str = "main") -> list[Entry]:
    """Tables, views, triggers and indexes the app's format `version` does not have (or has
    under another kind or table), by name; an unknown version makes every object foreign."""
    try:
        known = {(t, n, tb) for t, n, tb, _sql in known_entries(version)}
    except KeyError:
        known = set()
    found = master_entries(con, schema)
    return sorted(e for e in found if (e[0], e[1], e[2]) not in known)


def describe(objects: list[Entry], limit: int = 6) -> str:
    """`trigger keep_present (on attendance), view v` for a message."""
    parts = []
    for kind, name, table, _sql in objects[:limit]:
        parts.append(f"{kind} {name}" + (f" ({table})" if kind in ("trigger", "index") else ""))
    if len(objects) > limit:
        parts.append("…")
    return ", ".join(parts)


def file_foreign_objects(path: Path, version: int) -> list[Entry]:
    """foreign_objects() of a ledger file, read through a read-only connection."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=30)) as con:
        con.execute("PRAGMA trusted_schema = OFF")
        return foreign_objects(con, version)


def repaired_copy(path: Path, target: Path | None = None) -> Path:
    """A copy of the ledger without its foreign objects (the original is only read).

    Written next to the original as `NAME.repaired.ledger` (`NAME.repaired-2.ledger` … when
    that exists already: an earlier copy is never replaced), or to `target`, atomically."""
    from models.file.ledger import fsync_file, read_header, sqlite_copy

    source = Path(path)
    version = read_header(source).user_version
    out = target
    n = 1
    while out is None or (target is None and out.exists()):
        tail = "" if n == 1 else f"-{n}"
        out = source.with_name(f"{source.stem}.repaired{tail}{source.suffix}")
        n += 1
    tmp = out.with_name(out.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    sqlite_copy(source, tmp)
    try:
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            con.execute("PRAGMA trusted_schema = OFF")
            foreign = foreign_objects(con, version)
            con.execute("BEGIN IMMEDIATE")
            # Triggers and views first: dropping a table drops its own triggers and indexes.
            order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
            dropped = set()
            for kind, name, _table, _sql in sorted(foreign, key=lambda e: order[e[0]]):
                if (kind, name) in dropped or not _exists(con, kind, name):
                    continue
                try:
                    con.execute(f'DROP {kind.upper()} "{name.replace(chr(34), chr(34) * 2)}"')
                except sqlite3.DatabaseError:
                    # A name SQLite reserves (sqlite_…) cannot be dropped: edit the schema.
                    con.execute("PRAGMA writable_schema = ON")
                    con.execute(
                        "DELETE FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)
                    )
                    con.execute("PRAGMA writable_schema = OFF")
                dropped.add((kind, name))
            con.execute("COMMIT")
            con.execute("VACUUM")
            problems = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if problems != ["ok"] or foreign_objects(con, version):
                raise sqlite3.DatabaseError("; ".join(map(str, problems[:3])))
        finally:
            con.close()
        fsync_file(tmp)
        tmp.replace(out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return out


def _exists(con: sqlite3.Connection, kind: str, name: str) -> bool:
    return (
        con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)
        ).fetchone()
        is not None
    )
