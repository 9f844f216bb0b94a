"""Keeping a ledger file small and free of what was deleted ("deleted means gone").

A deleted photo keeps its row — a tombstone the bureau merge needs, so a deletion travels like
any other change — but its picture bytes are dropped once the deletion can no longer be undone:
when the app closes the ledger (`tidy_on_close`) and when a month is closed
(`drop_deleted_photo_bytes` inside that transaction). The ledger's connections run with
`secure_delete`, so SQLite overwrites the freed pages with zeros: the bytes are gone from the
file, not only unreferenced.

Free pages are reclaimed by a `VACUUM` when the closed ledger's free list passes
`FREE_FRACTION` of the file (and at least `FREE_MIN_PAGES`): the file does not grow without bound,
and a ledger that only grows is never rewritten. (`auto_vacuum = INCREMENTAL` would need a
format change with a VACUUM of every existing file in its migration; VACUUM when it pays off
does the same without one.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FREE_FRACTION = 0.2
FREE_MIN_PAGES = 256  # 1 MiB of 4 KiB pages: below that a rewrite is not worth it
WAIT_SECONDS = 30

# A tombstoned attachment whose picture is still stored. An empty blob stays a blob (the column
# is NOT NULL, and the bureau's type check expects one); the thumbnail becomes NULL.
_HAS_BYTES = "deleted_at IS NOT NULL AND (length(data) > 0 OR thumbnail IS NOT NULL)"
DROP_BYTES_SQL = f"UPDATE attachment SET data = X'', thumbnail = NULL WHERE {_HAS_BYTES}"
# Format 5: the photos of 整改 items, the same way (when the file has the table).
EVIDENCE_TABLE = "rectification_photo"
DROP_EVIDENCE_SQL = f"UPDATE {EVIDENCE_TABLE} SET data = X'', thumbnail = NULL WHERE {_HAS_BYTES}"


@dataclass(frozen=True)
class TidyResult:
    """What tidying did: photos whose bytes were dropped, and whether the file was rewritten."""

    photos: int
    vacuumed: bool
    free_pages: int


def drop_deleted_photo_bytes(con: object, month: str | None = None) -> int:
    """Drop the stored pictures of deleted attachments (all, or of one month's activities);
    run inside the caller's transaction on a connection with secure_delete on (a sqlite3
    connection or a peewee database)."""
    run = getattr(con, "execute_sql", None) or con.execute  # type: ignore[attr-defined]
    if month is None:
        dropped = run(DROP_BYTES_SQL).rowcount
        has_evidence = run(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
            (EVIDENCE_TABLE,),
        ).fetchone()[0]
        if has_evidence:
            dropped += run(DROP_EVIDENCE_SQL).rowcount
        return dropped
    return run(
        DROP_BYTES_SQL + " AND activity_id IN (SELECT id FROM activity WHERE date >= ?"
        " AND date < ?)",
        (f"{month}-01", f"{month}-32"),
    ).rowcount


def _free_pages(con: sqlite3.Connection) -> tuple[int, int]:
    free = con.execute("PRAGMA freelist_count").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    return free, pages


def needs_vacuum(free: int, pages: int) -> bool:
    return free >= FREE_MIN_PAGES and free >= FREE_FRACTION * pages


def tidy_on_close(path: str | os.PathLike[str]) -> TidyResult:
    """Drop deleted photos' bytes and reclaim free pages when they pass the threshold.

    For a ledger this process has open for writing (it holds the ledger's lock) at the moment
    it is closed: nothing can undo a deletion any more. One transaction, then (maybe) VACUUM,
    which is a transaction of its own: a crash leaves the file as before either step."""
    con = sqlite3.connect(Path(path), timeout=WAIT_SECONDS, isolation_level=None)
    try:
        con.execute("PRAGMA secure_delete = ON")
        con.execute("PRAGMA trusted_schema = OFF")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("BEGIN IMMEDIATE")
        try:
            photos = drop_deleted_photo_bytes(con)
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                con.execute("ROLLBACK")
            raise
        free, pages = _free_pages(con)
        vacuumed = needs_vacuum(free, pages)
        if vacuumed:
            log.info("vacuuming %s: %d of %d pages free", path, free, pages)
            con.execute("VACUUM")
        return TidyResult(photos, vacuumed, free)
    finally:
        con.close()
