"""The bureau bundle (报送包): a consistent, checked snapshot of a ledger with a manifest.

Steps, each for a reason:
1. The bundle is written afresh next to its final name (`NAME.part`): the frozen schema of the
   ledger's format, then every table copied in one read transaction on the ledger (ATTACHed
   read-only) — consistent even while the app is writing. Nothing deleted is copied: a deleted
   photo's picture is left behind (its tombstone travels), and a fresh file has no free pages
   that could still hold old bytes.
2. Deleted content is removed (tombstones keep their identity only, the records of a deleted
   activity are left out, the audit log keeps which fields changed but not the values:
   `remove_deleted_content`). With --no-phone every phone number is blanked (deleted people
   included) and every phone number, whatever its format, is cut out of every other text
   (models/bureau/phones.py); unless the branch chooses
   to share them (--dues-detail), the per-person 党费 rows (standards, payments, and their audit
   entries) are removed: the bureau sees the branch's monthly totals (dues_month) only. With
   secure_delete on, and the freed pages dropped by a VACUUM of the new file.
   身份证号 (ID numbers) are never copied into the bundle unless the branch chooses
   (--with-id-numbers): the copy takes an empty column, and every ID number the ledger stores,
   and any valid one standing in another text, is cut out of the other texts.
3. The bundle is put through the bureau's own checks (models.bureau.merge: integrity, known
   schema, links, storage types, then every row validated in the same pass that computes the
   content hash, photos streamed in chunks; a photo whose bytes still hash to the hash the
   ledger stored when the photo was added and made whole is not decoded again, its thumbnail
   is); only then is the manifest (the hash, the row counts) stored in the Setting table, the
   file fsync'd and renamed to the chosen name. A bundle the bureau would refuse is never
   handed over — but for a photo changed in the ledger by another tool that also rewrote its
   stored hash: the bureau's import, which decodes every picture new to it, refuses that one.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.bureau.bundle_format import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    KNOWN_SCHEMAS,
    MANIFEST_KEY,
    TABLES,
    audit_field_names,
    content_hash,
    read_manifest,
    reference_schema,
    schema_differences,
    text_columns,
    tombstone_blanks,
)
from models.bureau.phones import known_pattern, strip_phones
from models.errors import LedgerError, disk_error_from
from models.file.ledger import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    fsync_dir,
    fsync_file,
    read_header,
)
from models.file.schema import new_uuid, utc_now
from models.file.tidy import drop_deleted_photo_bytes
from models.records.id_number import strip_id_numbers
from models.text.i18n import translate


@dataclass(frozen=True)
class BundleInfo:
    """What was written: the bundle's path, size and manifest."""

    path: Path
    size: int
    manifest: dict
    phones_in_texts: int = 0  # --no-phone: records whose texts had a number cut out
    id_numbers_in_texts: int = 0  # records whose texts had an ID number cut out


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
    ("rectification_photo", "sha256"),
    ("setting", "value"),
}


def remove_phone_numbers(con: sqlite3.Connection) -> int:
    """Blank Person.phone and cut every phone number, whatever its format (models.bureau.phones),
    out of every other text; return how many rows besides the people's phones changed."""
    known = known_pattern(_phone_numbers(con))
    con.execute("UPDATE person SET phone = '' WHERE phone <> ''")
    return _rewrite_texts(con, lambda value: strip_phones(value, known))


def remove_id_numbers(con: sqlite3.Connection, known: list[str]) -> int:
    """Cut every stored ID number (`known`, read from the ledger) and every valid one that stands
    in a text out of every text of the bundle (Person.id_number itself was never copied);
    return how many rows changed."""
    return _rewrite_texts(con, lambda value: strip_id_numbers(value, known))


def _rewrite_texts(con: sqlite3.Connection, rewrite: Callable[[Any], Any]) -> int:
    """Apply `rewrite` to every text column of every bundled table (hashes and other non-texts
    left alone); write back only the rows it changed, and return how many they are."""
    changed = 0
    for table in TABLES:
        if table not in reference_schema().tables:
            continue
        text_cols = [
            c for c in text_columns(reference_schema().tables[table]) if (table, c) not in _NOT_TEXT
        ]
        if not text_cols:
            continue
        col_sql = ", ".join(f'"{c}"' for c in text_cols)
        updates = []
        for rowid, *values in con.execute(f'SELECT id, {col_sql} FROM "{table}"'):
            new = [rewrite(v) for v in values]
            if new != values:
                updates.append((*new, rowid))
        if updates:
            sets = ", ".join(f'"{c}" = ?' for c in text_cols)
            con.executemany(f'UPDATE "{table}" SET {sets} WHERE id = ?', updates)
            changed += len(updates)
    return changed


def _stored_id_numbers(con: sqlite3.Connection) -> list[str]:
    """Every ID number the ledger (ATTACHed as `src`) stores."""
    columns = {r[1] for r in con.execute('PRAGMA src.table_info("person")')}
    if "id_number" not in columns:
        return []
    return sorted({n for (n,) in con.execute("SELECT id_number FROM src.person") if n})


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
    if "rectification_photo" in ref.tables:  # the photos of a deleted 整改 item (format 5)
        con.execute(
            "DELETE FROM rectification_photo WHERE item_id IN"
            " (SELECT id FROM rectification_item WHERE deleted_at IS NOT NULL)"
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


def build_manifest(
    con: sqlite3.Connection,
    *,
    no_phone: bool,
    hashed: tuple[str, dict[str, int]] | None = None,
    version: int = SCHEMA_VERSION,
    dues_detail: bool = False,
    id_numbers: bool = False,
) -> dict:
    """The manifest of the bundle as it now stands (the manifest row not yet in it);
    `hashed` is its content hash and counts when already computed; `version` its format."""
    digest, counts = hashed or content_hash(con, version=version)
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
        "schema_version": version,
        "branch": branches[0] if branches else {"name": "", "uuid": ""},
        "branches": branches,
        "period": {"first": first, "last": last},
        "counts": counts,
        "content_hash": digest,
        "no_phone": no_phone,
        "dues_detail": dues_detail,
        "id_numbers": id_numbers,
        "made_at": utc_now(),
    }


# What is not copied into a bundle: a deleted photo's picture (its tombstone travels).
LEFT_BEHIND = {
    ("attachment", "data"): "CASE WHEN deleted_at IS NULL THEN data ELSE X'' END",
    ("attachment", "thumbnail"): "CASE WHEN deleted_at IS NULL THEN thumbnail END",
    ("rectification_photo", "data"): "CASE WHEN deleted_at IS NULL THEN data ELSE X'' END",
    ("rectification_photo", "thumbnail"): "CASE WHEN deleted_at IS NULL THEN thumbnail END",
}


# What is not copied unless the branch chooses to send it: the ID numbers (身份证号).
PRIVATE_LEFT_BEHIND = {("person", "id_number"): "''"}


def _copy_tables(con: sqlite3.Connection, version: int, id_numbers: bool = False) -> None:
    """Create the frozen schema of `version` in the new file and copy every table from the
    ledger ATTACHed as `src` (SQLite copies a whole table at once when nothing is left out).
    An ID number never reaches the bundle's file unless `id_numbers`."""
    from models.file.ledger import _read_sql

    left_behind = dict(LEFT_BEHIND) if id_numbers else {**LEFT_BEHIND, **PRIVATE_LEFT_BEHIND}

    for name in KNOWN_SCHEMAS[version]:
        for statement in _read_sql(name):
            con.execute(statement)
    ref = reference_schema(version)
    for table in ref.tables:
        columns = ref.tables[table].columns
        if any((table, c) in left_behind for c in columns):
            select = ", ".join(left_behind.get((table, c), f'"{c}"') for c in columns)
        else:
            select = "*"
        con.execute(f'INSERT INTO main."{table}" SELECT {select} FROM src."{table}"')


def _prepare(
    con: sqlite3.Connection, no_phone: bool, dues_detail: bool = False, id_numbers: bool = False
) -> tuple[int, int]:
    """Changes made to the bundle only, never to the ledger (in the copy's transaction); the
    number of records whose texts had phone numbers, and ID numbers, cut out."""
    con.execute("DELETE FROM setting WHERE key = ?", (MANIFEST_KEY,))
    drop_deleted_photo_bytes(con)  # none left after the copy; kept for any other writer
    # ID numbers before phones: a phone pattern could take part of one and leave the rest.
    ids = 0 if id_numbers else remove_id_numbers(con, _stored_id_numbers(con))
    # Phones first: the audit log's history names numbers that are cut out of other texts.
    texts = remove_phone_numbers(con) if no_phone else 0
    if not dues_detail:
        remove_dues_detail(con)
    remove_deleted_content(con)
    return texts, ids


def _write(
    src: Path, part: Path, no_phone: bool, dues_detail: bool = False, id_numbers: bool = False
) -> tuple[dict, tuple[int, int]]:
    """Write and check the bundle at `part`; return its manifest and the numbers of records
    whose texts had phone numbers and ID numbers cut out (raise LedgerError)."""
    from models.bureau.merge import BundleRejected, check_rows, check_structure

    # As URIs: a file name that is not valid UTF-8 (a GBK name unpacked on Linux) cannot be
    # passed to SQLite as text, its percent-encoded bytes can.
    con = sqlite3.connect(part.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        # A new file that is renamed into place only when complete: no journal needed; the
        # fsync before the rename makes it durable.
        # Incremental: the pages the removals below free are dropped without rewriting the
        # whole file (a VACUUM of a bundle with photos cost more than copying it).
        con.execute("PRAGMA auto_vacuum = INCREMENTAL")
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA secure_delete = ON")
        con.execute("PRAGMA trusted_schema = OFF")
        con.execute("ATTACH DATABASE ? AS src", (src.resolve().as_uri() + "?mode=ro",))
        con.execute("BEGIN")
        version = con.execute("PRAGMA src.user_version").fetchone()[0]
        if version not in KNOWN_SCHEMAS or schema_differences(con, version, "src"):
            raise LedgerError(
                translate(
                    "Bureau",
                    "The ledger's structure is not that of a Branch Ledger file, so no bundle "
                    "was made. Run File ▸ Check ledger… to see what is wrong.",
                )
            )
        con.execute(f"PRAGMA main.application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA main.user_version = {version}")
        _copy_tables(con, version, id_numbers)
        texts = _prepare(con, no_phone, dues_detail, id_numbers)
        # The ledger's own photos were made whole when they were added (prepare_image) and
        # hashed then: one whose bytes still hash to its stored hash is not decoded again.
        known = frozenset(
            sha
            for (sha,) in con.execute(
                "SELECT DISTINCT sha256 FROM src.attachment WHERE deleted_at IS NULL"
            )
        )
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
        if con.execute("PRAGMA freelist_count").fetchone()[0]:
            # Pages freed above are not carried (zeroed anyway): dropped, the file truncated
            # (run to its end by executescript: one step frees one page).
            con.executescript("PRAGMA incremental_vacuum")
            if con.execute("PRAGMA freelist_count").fetchone()[0]:
                con.execute("VACUUM")
        try:
            check_structure(con, version)
            hashed = check_rows(con, version, known)
        except BundleRejected as exc:
            raise LedgerError(
                translate(
                    "Bureau",
                    "The bundle was made but failed its own check, so it was not saved: {reason}",
                ).format(reason=exc)
            ) from None
        manifest = build_manifest(
            con,
            no_phone=no_phone,
            hashed=hashed,
            version=version,
            dues_detail=dues_detail,
            id_numbers=id_numbers,
        )
        now = utc_now()
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO setting (uuid, created_at, updated_at, rev, deleted_at, key, value)"
            " VALUES (?, ?, ?, 1, NULL, ?, ?)",
            (new_uuid(), now, now, MANIFEST_KEY, json.dumps(manifest, ensure_ascii=False)),
        )
        con.execute("COMMIT")
        if read_manifest(con) != manifest:
            raise LedgerError(
                translate(
                    "Bureau",
                    "The bundle was made but failed its own check, so it was not saved: {reason}",
                ).format(reason="manifest")
            )
    finally:
        con.close()
    return manifest, texts


def make_bundle(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    no_phone: bool = False,
    dues_detail: bool = False,
    id_numbers: bool = False,
) -> BundleInfo:
    """Write a bundle of the ledger `source` to `output`; raise LedgerError in plain words.
    `dues_detail`: keep the per-person 党费 rows (by default only the monthly totals go);
    `id_numbers`: send the 身份证号 (by default never in a bundle)."""

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
    part = out.with_name(out.name + ".part")
    try:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        manifest, (texts, ids) = _write(src, part, no_phone, dues_detail, id_numbers)
        fsync_file(part)
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
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
    return BundleInfo(out, out.stat().st_size, manifest, texts, ids)
