"""The bureau import: check a branch bundle as a hostile file, then merge it by UUID.

`inspect_bundle()` trusts nothing. It copies the file to a private folder first (the original is
only ever read), checks the 100-byte header before any SQL, opens the copy read-only with
`trusted_schema=OFF`, runs `integrity_check` and `foreign_key_check`, compares every table,
index, trigger and view with the frozen DDL of the format the header names, checks each value's
storage type, validates every row by the form's rules while recomputing the content hash, and
compares hash and row counts with the manifest. Every picture is decoded in full, except one whose
bytes hash to a picture the district already holds (it came in through this same check) — and a
picture is decoded once per import however many records show it. Any failure — or any
exception at all — becomes a rejection with a reason (models/merge_apply.py then merges in one
transaction).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Collection, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from peewee import DatabaseError, SqliteDatabase

from models.bureau.bundle_format import (
    BUNDLE_FORMAT,
    KNOWN_SCHEMAS,
    content_hash,
    read_manifest,
    reference_schema,
    schema_differences,
)
from models.bureau.validate import (
    RowValidator,
    consistency_problems,
    length_problems,
    type_problems,
)
from models.errors import LedgerError, disk_error_from
from models.file.ledger import SCHEMA_VERSION, open_ledger, read_header
from models.file.scratch import claim_scratch
from models.text.i18n import translate

log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 4 * 1024**3  # far above a branch's ten years with photos
MAX_CONFLICTS_LISTED = 50


class BundleRejected(LedgerError):
    """A bundle failed a check; the message says which one, in plain words."""


@dataclass
class Conflict:
    """The same record changed differently on both sides (same revision, other content)."""

    table: str
    uuid: str
    detail: str
    kind: str = ""  # a change held for confirmation: one of ownership.ACCEPT_KINDS


@dataclass
class FileResult:
    """What importing one file did."""

    file: str
    branch: str = ""
    status: str = "accepted"  # accepted / held (nothing applied until confirmed) / rejected
    reason: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflict_count: int = 0
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return self.status == "accepted"

    @property
    def held(self) -> bool:
        return self.status == "held"

    @property
    def held_kinds(self) -> list[str]:
        """The kinds of change to confirm (`import --accept KIND`) before the file applies."""
        return sorted({c.kind for c in self.conflicts if c.kind})

    def as_dict(self) -> dict:
        data = asdict(self)
        data["conflicts"] = [asdict(c) for c in self.conflicts]
        data["held_kinds"] = self.held_kinds
        return data


@dataclass
class Inspected:
    """A bundle that passed every check: its private copy, manifest and branch names."""

    source: Path
    copy: Path
    manifest: dict
    branches: list[str]
    counts: dict[str, int]


def _reject(text: str, **values: object) -> BundleRejected:
    return BundleRejected(text.format(**values) if values else text)


def private_copy(source: Path, folder: Path) -> Path:
    """Copy `source` into `folder` reading it only; refuse folders, devices and huge files."""
    if not source.is_file():
        if source.exists():
            raise _reject(translate("Bureau", "This is not a file."))
        raise _reject(translate("Bureau", "The file does not exist."))
    size = source.stat().st_size
    if size > MAX_BUNDLE_BYTES:
        raise _reject(translate("Bureau", "The file is far too large to be a branch bundle."))
    copy = folder / "bundle.ledger"
    with open(source, "rb") as src, open(copy, "xb") as dst:
        _copy_contents(src, dst)
    return copy


def _copy_contents(src: BinaryIO, dst: BinaryIO) -> None:
    """Copy an open file into another: in the kernel where it can (os.copy_file_range: a
    bundle's photos are not carried through Python's buffers), else a chunk at a time."""
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is not None:
        try:
            while copy_range(src.fileno(), dst.fileno(), 16 * 1024 * 1024):
                pass
            return
        except OSError:  # not supported between these file systems: copied as below
            src.seek(0)
            dst.seek(0)
            dst.truncate()
    shutil.copyfileobj(src, dst, 1024 * 1024)


def _open_readonly(copy: Path) -> sqlite3.Connection:
    con = sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    # Before the schema is read: no function in the bundle's schema may run with side effects.
    con.execute("PRAGMA trusted_schema = OFF")
    con.execute("PRAGMA cell_size_check = ON")
    con.execute("PRAGMA mmap_size = 0")
    return con


def inspect_bundle(source: Path, folder: Path, known_pictures: Collection[str] = ()) -> Inspected:
    """Run every check on a private copy of `source` (made in `folder`); raise BundleRejected.
    `known_pictures`: hashes of the pictures the district already holds (never decoded twice;
    see models.bureau.validate.PictureCheck)."""
    copy = private_copy(source, folder)
    try:
        header = read_header(copy)
    except LedgerError as exc:
        # The messages name the private copy: show the file the user chose instead.
        raise _reject(str(exc).replace(str(copy), source.name)) from None
    if header.user_version not in KNOWN_SCHEMAS:
        raise _reject(
            translate(
                "Bureau", "The bundle has file format {found}; this program reads format {known}."
            ),
            found=header.user_version,
            known=SCHEMA_VERSION,
        )
    con = _open_readonly(copy)
    try:
        return _check_contents(con, source, copy, header.user_version, known_pictures)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        log.info("bundle %s: %s", source, exc)
        if isinstance(exc, UnicodeDecodeError) or "could not decode" in str(exc).lower():
            # Damaged text (even in SQLite's own report of the damage): say so, not the codec.
            raise _reject(_unreadable_text()) from None
        raise _reject(
            translate("Bureau", "The bundle is damaged and cannot be read ({error}).").format(
                error=exc
            )
        ) from None
    finally:
        con.close()


def _unreadable_text() -> str:
    return translate(
        "Bureau",
        "The bundle is damaged: some of its text can no longer be read (the file was changed or "
        "damaged after it was made). Ask the branch for a new bundle.",
    )


def _check_contents(
    con: sqlite3.Connection,
    source: Path,
    copy: Path,
    version: int,
    known_pictures: Collection[str] = (),
) -> Inspected:
    check_structure(con, version)
    manifest = read_manifest(con)
    if manifest is None or manifest.get("format") != BUNDLE_FORMAT:
        raise _reject(
            translate(
                "Bureau",
                "This ledger is not a bundle: it has no manifest. Ask the branch to make one "
                "with File ▸ Make bureau bundle….",
            )
        )
    digest, counts = check_rows(con, version, known_pictures)
    if manifest.get("schema_version") != version or manifest.get("counts") != counts:
        raise _reject(
            translate(
                "Bureau",
                "The bundle's manifest does not match its contents (record counts differ). "
                "It was changed after it was made; ask the branch for a new bundle.",
            )
        )
    if manifest.get("content_hash") != digest:
        raise _reject(
            translate(
                "Bureau",
                "The bundle's contents do not match its manifest (content hash differs). It "
                "was changed after it was made; ask the branch for a new bundle.",
            )
        )
    names = [r[0] for r in con.execute("SELECT name FROM branch WHERE deleted_at IS NULL")]
    _check_one_branch(con, manifest)
    return Inspected(source, copy, manifest, sorted(names), counts)


def check_structure(con: sqlite3.Connection, version: int) -> None:
    """SQLite's integrity check, the exact known schema, intact links and the storage type of
    every value; raise BundleRejected. (The branch runs these on its bundle before it is
    handed over: exports/bundle.py.)"""
    problems = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
    if problems != ["ok"]:
        raise _reject(
            translate("Bureau", "The bundle is damaged (SQLite integrity check: {problems})."),
            problems="; ".join(" ".join(str(p).split()) for p in problems[:3]),
        )
    extra = schema_differences(con, version)
    if extra:
        raise _reject(
            translate(
                "Bureau",
                "The bundle's structure is not that of a Branch Ledger file (unexpected or "
                "missing: {objects}). It may have been altered; it was not imported.",
            ),
            objects=", ".join(extra[:5]),
        )
    bad_links = con.execute("PRAGMA foreign_key_check").fetchmany(5)
    if bad_links:
        raise _reject(
            translate("Bureau", "The bundle has records pointing to missing records ({tables})."),
            tables=", ".join(sorted({str(r[0]) for r in bad_links})),
        )
    ref = reference_schema(version)
    wrong_types = (
        type_problems(con, ref)
        or length_problems(con, ref)
        or consistency_problems(con, tables=ref.tables)
    )
    if wrong_types:
        raise _reject(
            translate("Bureau", "The bundle has invalid values: {problems}"),
            problems="; ".join(wrong_types),
        )


def check_rows(
    con: sqlite3.Connection, version: int, known_pictures: Collection[str] = ()
) -> tuple[str, dict[str, int]]:
    """Every row validated as a form would, in the same pass that computes the content hash
    (rows and photos streamed); the hash and the row counts. Raise BundleRejected.
    `known_pictures`: hashes of pictures verified when the ledger at hand took them in."""
    with RowValidator(known_pictures, background=True) as validator:
        digest, counts = content_hash(con, visit=validator.visit, version=version)
        problems = validator.finish()
    if problems:
        raise _reject(
            translate("Bureau", "The bundle has records a form would refuse: {problems}"),
            problems="; ".join(problems),
        )
    return digest, counts


def _check_one_branch(con: sqlite3.Connection, manifest: dict) -> None:
    """A bundle holds exactly one branch, the one its manifest names (every other row hangs
    from it through the foreign keys already checked)."""
    rows = con.execute("SELECT uuid, name FROM branch").fetchall()
    if len(rows) != 1:
        raise _reject(
            translate(
                "Bureau",
                "A bundle holds the records of one branch; this one holds {count} branches.",
            ),
            count=len(rows),
        )
    named = manifest.get("branch")
    named = named if isinstance(named, dict) else {}
    listed = manifest.get("branches", [named])
    uuid, name = rows[0]
    if named.get("uuid") != uuid or named.get("name") != name or listed != [named]:
        raise _reject(
            translate(
                "Bureau",
                "The bundle's manifest names the branch {named}, but its records belong to "
                "the branch {name}. It was changed after it was made; it was not imported.",
            ),
            named=str(named.get("name", "—"))[:60],
            name=name,
        )


def known_pictures(db: SqliteDatabase) -> frozenset[str]:
    """The hashes of the pictures the district holds: each came in through this same check
    (or was made whole by the app itself), so a bundle's picture with the same bytes is one
    already verified (models.bureau.validate.PictureCheck)."""
    try:
        rows = db.execute_sql("SELECT DISTINCT sha256 FROM attachment WHERE length(data) > 0")
        return frozenset(str(sha) for (sha,) in rows)
    except (sqlite3.DatabaseError, DatabaseError):
        return frozenset()  # decode them all


def import_file(db: SqliteDatabase, source: Path, accept: Iterable[str] = ()) -> FileResult:
    """Check and merge one bundle; every failure becomes a rejection, never an exception.

    `accept` names the kinds of held change the bureau has confirmed (ownership.ACCEPT_KINDS):
    a file holding any other such change is held, nothing of it applied."""
    from models.bureau.merge_apply import merge_bundle

    result = FileResult(file=str(source))
    folder = Path(tempfile.mkdtemp(prefix="branch-ledger-import-"))
    owner = claim_scratch(folder)  # a killed process's private copy is removed at next start
    try:
        inspected = inspect_bundle(source, folder, known_pictures(db))
        result.branch = "、".join(inspected.branches)
        merge_bundle(db, inspected, result, frozenset(accept))
    except BundleRejected as exc:
        result.status, result.reason = "rejected", str(exc)
    except LedgerError as exc:
        result.status, result.reason = "rejected", str(exc)
    except Exception as exc:  # anything a crafted file can provoke: a rejection, not a crash
        result.status = "rejected"
        disk = disk_error_from(exc, message=_disk_full_text())
        if disk is None:
            log.exception("importing %s failed", source)
        else:  # no bug, and no traceback on the command line
            log.info("importing %s failed: the disk is full", source, exc_info=True)
        result.reason = (
            str(disk)
            if disk
            else translate("Bureau", "The bundle could not be imported: {error}").format(
                error=f"{type(exc).__name__}: {exc}"
            )
        )
    finally:
        owner.release()
        shutil.rmtree(folder, ignore_errors=True)
    if not result.accepted:
        result.added = result.updated = result.unchanged = 0
        if not result.held:
            result.conflict_count = 0
            result.conflicts = []
    return result


def _disk_full_text() -> str:
    return translate(
        "Bureau",
        "The disk is full (or could not be written), so the bundle was not imported; the "
        "district ledger is unchanged. Free some space and import it again.",
    )


Progress = Callable[[int, int, str], None]
MERGE_CACHE_KIB = 64 * 1024


def import_files(
    db: SqliteDatabase,
    sources: Iterable[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    accept: Iterable[str] = (),
) -> list[FileResult]:
    """Import bundles one after another into the open district ledger `db`."""
    accept = frozenset(accept)
    paths = [Path(s) for s in sources]
    results = []
    cache = None
    with contextlib.suppress(sqlite3.DatabaseError, DatabaseError):
        db.execute_sql("PRAGMA temp_store = MEMORY")
        # A bundle's rows land all over a district's indexes (random UUIDs): with SQLite's
        # default 2 MiB cache the pages changed spill to the file and are read back within the
        # one transaction; MERGE_CACHE_KIB holds them (only pages actually used take memory).
        cache = db.execute_sql("PRAGMA cache_size").fetchone()[0]
        db.execute_sql(f"PRAGMA cache_size = {-MERGE_CACHE_KIB}")
    try:
        for i, path in enumerate(paths):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(i, len(paths), path.name)
            results.append(import_file(db, path, accept))
    finally:
        if cache is not None:
            with contextlib.suppress(sqlite3.DatabaseError, DatabaseError):
                db.execute_sql(f"PRAGMA cache_size = {int(cache)}")
    if progress is not None:
        progress(len(results), len(paths), "")
    return results


def import_bundles(
    district: str | os.PathLike[str],
    sources: Iterable[Path],
    progress: Progress | None = None,
    accept: Iterable[str] = (),
) -> list[FileResult]:
    """Open (or create) the district ledger and import `sources` into it."""
    with open_ledger(district, create=True) as ledger:
        return import_files(ledger.db, sources, progress, accept=accept)
