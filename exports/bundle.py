"""The bureau bundle (报送包): a consistent, checked snapshot of a ledger with a manifest.

Steps, each for a reason:
1. SQLite's backup API copies the ledger into a private scratch file through a read-only
   connection — consistent even while the app is writing (a plain file copy could catch half a
   transaction).
2. On the scratch copy only: deleted content is removed (tombstones keep their identity only,
   the records of a deleted activity are left out, the audit log keeps which fields changed but
   not the values: `remove_deleted_content`); with --no-phone every phone number is blanked
   (deleted people included) and every phone number, whatever its format, is cut out of every
   other text (models/bureau/phones.py); then the manifest (models/bureau/bundle_format.py) is
   stored in the Setting table. Unless the branch chooses to share them (--dues-detail), the
   per-person 党费 rows (standards, payments, and their audit entries) are removed first: the
   bureau sees the branch's monthly totals (dues_month) only.
3. `VACUUM INTO` writes the bundle afresh: freed pages are not carried over, so nothing deleted
   survives in its bytes. The file is fsync'd.
4. The bundle is re-opened and put through exactly the bureau's import checks
   (models.bureau.merge.inspect_bundle); only then is it renamed to the chosen name. A bundle the
   bureau would refuse is never handed over.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from models.bureau.bundle_format import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    MANIFEST_KEY,
    TABLES,
    audit_field_names,
    content_hash,
    reference_schema,
    text_columns,
    tombstone_blanks,
)
from models.bureau.phones import known_pattern, strip_phones
from models.errors import LedgerError, disk_error_from
from models.file.ledger import SCHEMA_VERSION, fsync_dir, fsync_file, read_header, sqlite_copy
from models.file.schema import new_uuid, utc_now
from models.file.scratch import claim_scratch
from models.text.i18n import translate


@dataclass(frozen=True)
class BundleInfo:
    """What was written: the bundle's path, size and manifest."""

    path: Path
    size: int
    manifest: dict
    phones_in_texts: int = 0  # --no-phone: records whose texts had a number cut out


def snapshot(source: Path, target: Path) -> None:
    """Copy the ledger with the backup API through a read-only connection."""
    sqlite_copy(source, target)


def _phone_numbers(con: sqlite3.Connection) -> list[str]:
    """Every phone number the ledger stores or stored (people, and the audit log's history)."""
    found: set[str] = {p for (p,) in con.execute("SELECT phone FROM person") if p}
    for (changes,) in con.execute(
        "SELECT changes FROM audit_entry WHERE instr(changes, '\"phone\"') > 0"
    ):
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            value = json.loads(changes).get("phone")
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    found.add(item)
    return sorted(found)


# Text columns that hold identities, hashes or JSON, never a phone number (a UUID's digits could
# look like one); the audit log's values are emptied anyway (remove_deleted_content).
_NOT_TEXT = {
    *((t, c) for t in TABLES for c in ("uuid", "created_at", "updated_at", "deleted_at")),
    ("audit_entry", "row_uuid"),
    ("audit_entry", "changes"),
    ("audit_entry", "at"),
    ("attachment", "sha256"),
    ("setting", "value"),
}


def remove_phone_numbers(con: sqlite3.Connection) -> int:
    """Blank Person.phone and cut every phone number, whatever its format (models.bureau.phones),
    out of every other text; return how many rows besides the people's phones changed."""
    known = known_pattern(_phone_numbers(con))
    con.execute("UPDATE person SET phone = '' WHERE phone <> ''")
    changed = 0
    for table in TABLES:
        text_cols = [
            c for c in text_columns(reference_schema().tables[table]) if (table, c) not in _NOT_TEXT
        ]
        if not text_cols:
            continue
        col_sql = ", ".join(f'"{c}"' for c in text_cols)
        updates = []
        for rowid, *values in con.execute(f'SELECT id, {col_sql} FROM "{table}"'):
            new = [strip_phones(v, known) for v in values]
            if new != values:
                updates.append((*new, rowid))
        if updates:
            sets = ", ".join(f'"{c}" = ?' for c in text_cols)
            con.executemany(f'UPDATE "{table}" SET {sets} WHERE id = ?', updates)
            changed += len(updates)
    return changed


DUES_DETAIL_TABLES = ("dues_standard", "dues_payment")


def remove_dues_detail(con: sqlite3.Connection) -> int:
    """Delete the per-person 党费 rows and their audit entries; return the rows removed."""
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    removed = 0
    for table in DUES_DETAIL_TABLES:
        if table in present:
            removed += con.execute(f'DELETE FROM "{table}"').rowcount
            removed += con.execute(
                "DELETE FROM audit_entry WHERE table_name = ?", (table,)
            ).rowcount
    return removed


def remove_deleted_content(con: sqlite3.Connection) -> None:
    """A bundle carries no deleted content (issue 17):

    - a deleted record is sent as a tombstone with its identity only (uuid, revision, dates, its
      links and natural key); every other value is emptied (a deleted activity's minutes, a
      removed photo's bytes);
    - the records inside a deleted activity (kinds, units, attendance, votes, photos) and the
      status history of a deleted person are left out (a restored record brings them back);
    - the audit log says who changed which fields when, not the values: an edit's old text,
      and the first values of a record edited since, stay in the ledger.
    """
    ref = reference_schema()
    for table in ("activity_kind", "activity_unit", "attendance", "vote", "attachment"):
        con.execute(
            f'DELETE FROM "{table}" WHERE activity_id IN'
            " (SELECT id FROM activity WHERE deleted_at IS NOT NULL)"
        )
    con.execute(
        "DELETE FROM person_status WHERE person_id IN"
        " (SELECT id FROM person WHERE deleted_at IS NOT NULL)"
    )
    for table in TABLES:
        sets = tombstone_blanks(ref.tables[table])
        if sets:
            assignments = ", ".join(f'"{c}" = {v}' for c, v in sets.items())
            con.execute(f'UPDATE "{table}" SET {assignments} WHERE deleted_at IS NOT NULL')
    updates = []
    for rowid, changes in con.execute("SELECT id, changes FROM audit_entry"):
        names = audit_field_names(changes)
        if names != changes:
            updates.append((names, rowid))
    con.executemany("UPDATE audit_entry SET changes = ? WHERE id = ?", updates)


def build_manifest(con: sqlite3.Connection, *, no_phone: bool, dues_detail: bool = False) -> dict:
    """The manifest of the scratch copy as it now stands (the manifest row not yet in it)."""
    digest, counts = content_hash(con)
    branches = [
        {"name": name, "uuid": uuid}
        for name, uuid in con.execute(
            "SELECT name, uuid FROM branch WHERE deleted_at IS NULL ORDER BY name, uuid"
        )
    ]
    first, last = con.execute(
        "SELECT MIN(date), MAX(date) FROM activity WHERE deleted_at IS NULL"
    ).fetchone()
    return {
        "format": BUNDLE_FORMAT,
        "bundle_version": BUNDLE_VERSION,
        "schema_version": SCHEMA_VERSION,
        "branch": branches[0] if branches else {"name": "", "uuid": ""},
        "branches": branches,
        "period": {"first": first, "last": last},
        "counts": counts,
        "content_hash": digest,
        "no_phone": no_phone,
        "dues_detail": dues_detail,
        "made_at": utc_now(),
    }


def _prepare(scratch: Path, no_phone: bool, dues_detail: bool = False) -> tuple[dict, int]:
    con = sqlite3.connect(scratch, isolation_level=None)
    try:
        con.execute("PRAGMA trusted_schema = OFF")
        con.execute("PRAGMA secure_delete = ON")
        con.execute("BEGIN IMMEDIATE")
        con.execute("DELETE FROM setting WHERE key = ?", (MANIFEST_KEY,))
        # Phones first: the audit log's history names numbers that are cut out of other texts.
        texts = remove_phone_numbers(con) if no_phone else 0
        if not dues_detail:
            remove_dues_detail(con)
        remove_deleted_content(con)
        manifest = build_manifest(con, no_phone=no_phone, dues_detail=dues_detail)
        now = utc_now()
        con.execute(
            "INSERT INTO setting (uuid, created_at, updated_at, rev, deleted_at, key, value)"
            " VALUES (?, ?, ?, 1, NULL, ?, ?)",
            (new_uuid(), now, now, MANIFEST_KEY, json.dumps(manifest, ensure_ascii=False)),
        )
        con.execute("COMMIT")
    finally:
        con.close()
    return manifest, texts


def make_bundle(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    no_phone: bool = False,
    dues_detail: bool = False,
) -> BundleInfo:
    """Write a bundle of the ledger `source` to `output`; raise LedgerError in plain words.
    `dues_detail`: keep the per-person 党费 rows (by default only the monthly totals go)."""
    from models.bureau.merge import BundleRejected, inspect_bundle

    src, out = Path(source), Path(output)
    read_header(src)  # not a ledger, newer, truncated: refused before anything else
    if out.resolve() == src.resolve():
        raise LedgerError(
            translate("Bureau", "Choose another file name: the bundle would replace the ledger.")
        )
    if out.is_dir():
        raise LedgerError(
            translate("Bureau", "{path} is a folder; give a file name to write.").format(path=out)
        )
    if not out.parent.is_dir():
        raise LedgerError(
            translate("Bureau", "The folder {path} does not exist.").format(path=out.parent)
        )
    work = Path(tempfile.mkdtemp(prefix="branch-ledger-bundle-"))
    part = out.with_name(out.name + ".part")
    owner = claim_scratch(work)  # a killed process's folder is removed at the next start
    try:
        scratch = work / "scratch.ledger"
        snapshot(src, scratch)
        manifest, texts = _prepare(scratch, no_phone, dues_detail)
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        # As URIs: a file name that is not valid UTF-8 (a GBK name unpacked on Linux) cannot be
        # passed to SQLite as text, its percent-encoded bytes can.
        con = sqlite3.connect(scratch.resolve().as_uri(), uri=True)
        try:
            con.execute("VACUUM INTO ?", (part.resolve().as_uri(),))
        finally:
            con.close()
        fsync_file(part)
        check_dir = work / "check"
        check_dir.mkdir()
        try:
            inspect_bundle(part, check_dir)
        except BundleRejected as exc:
            raise LedgerError(
                translate(
                    "Bureau",
                    "The bundle was made but failed its own check, so it was not saved: {reason}",
                ).format(reason=exc)
            ) from None
        os.replace(part, out)
        fsync_dir(out.parent)
    except sqlite3.Error as exc:
        disk = disk_error_from(exc, out)
        raise (disk or LedgerError(str(exc))) from exc
    except OSError as exc:
        if disk := disk_error_from(exc, out):
            raise disk from exc
        raise LedgerError(
            translate("Bureau", "The bundle could not be written to {path}: {error}").format(
                path=out, error=exc.strerror or exc
            )
        ) from exc
    finally:
        owner.release()
        shutil.rmtree(work, ignore_errors=True)
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
    return BundleInfo(out, out.stat().st_size, manifest, texts)
