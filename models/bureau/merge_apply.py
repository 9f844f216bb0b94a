"""Merging a checked bundle into the district ledger, by UUID, in one transaction.

For every table (parents first) each bundle row is classified against the district's row with
the same uuid, entirely in SQL (the bundle copy is ATTACHed read-only; its foreign keys are
translated to district ids through the parents' uuids):

- new      → inserted;
- newer    (higher rev) → the district row is updated, a tombstone included;
- older    (lower rev)  → unchanged: an older bundle never revives a deleted record;
- same rev, same content → unchanged (re-importing changes nothing);
- same rev, other content, or a new row whose natural key (activity + kind, activity + person,
  ...) the district already holds under another uuid → a conflict, listed and not applied.

Before anything is written, ownership (models/bureau/ownership.py): a row the district holds
under another branch, or a revision far beyond the district's, refuses the file; a new name or
type of the branch, its deletion, or a mass deletion holds the whole file until the bureau
accepts that kind of change.

A tombstone carries identities only: whatever content a bundle's deleted record carries, the
district stores it emptied (bundle_format.tombstone_blanks), and two tombstones of the same
revision are the same. The audit log's values are never compared nor overwritten (a bundle
carries the changed fields' names only). A --no-phone bundle's removed phone numbers are not
differences: the same revision with and without phone numbers is no conflict; a bundle without
them leaves the district's numbers, a full one brings them back.

Compliance rules and settings belong to each ledger (the bureau keeps its own) and are not
merged. A change is logged as one audit entry per file; a file that changes nothing writes
nothing, so importing it again leaves the district file byte-for-byte as it was.
"""

from __future__ import annotations

import json

from peewee import SqliteDatabase

from models.bureau import ownership
from models.bureau.bundle_format import (
    TABLES,
    TableInfo,
    reference_schema,
    text_columns,
    tombstone_blanks,
)
from models.bureau.merge import (
    MAX_CONFLICTS_LISTED,
    BundleRejected,
    Conflict,
    FileResult,
    Inspected,
)
from models.bureau.phones import strip_phones
from models.file.in_use import hold_writes
from models.file.ledger import SCHEMA_VERSION
from models.file.schema import new_uuid, utc_now
from models.records.id_number import strip_id_numbers
from models.text.i18n import translate

LOCAL_TABLES = ("compliance_rule", "setting")
MERGED_TABLES = tuple(t for t in TABLES if t not in LOCAL_TABLES)
ALIAS = "bundle"
# What `bundle --no-phone` empties: the phone numbers.
NO_PHONE_COLUMNS = {"person": ("phone",)}
# What a bundle leaves out unless the branch chose to send it: the 身份证号. A bundle without
# them leaves the district's as they are (never a conflict); the district never prints them.
PRIVATE_COLUMNS = {"person": ("id_number",)}
# What every bundle empties: the audit log's values (it says which fields changed, not how).
ALWAYS_BLANKED = {"audit_entry": ("changes",)}
PICTURE_COLUMNS = {
    ("attachment", "data"),
    ("attachment", "thumbnail"),
    ("rectification_photo", "data"),  # format 5: the 整改 items' photos
    ("rectification_photo", "thumbnail"),
}


def _strip_private(value: object) -> object:
    """A text without phone numbers and ID numbers: what a bundle that left them out holds."""
    return strip_phones(strip_id_numbers(value))


def _q(name: str) -> str:
    return f'"{name}"'


def _mapped(info: TableInfo, column: str) -> str:
    """The bundle column as the district will store it (foreign keys through the uuids; a
    tombstone's content emptied, whatever the bundle carries: bundle_format.tombstone_blanks)."""
    parent = info.foreign_keys.get(column)
    if parent is None:
        blank = tombstone_blanks(info).get(column)
        if blank is not None:
            return f"CASE WHEN s.deleted_at IS NULL THEN s.{_q(column)} ELSE {blank} END"
        return f"s.{_q(column)}"
    return (
        f"(SELECT d.id FROM main.{_q(parent)} d WHERE d.uuid ="
        f" (SELECT p.uuid FROM {ALIAS}.{_q(parent)} p WHERE p.id = s.{_q(column)}))"
    )


def _in_temp(info: TableInfo, column: str) -> bool:
    """Whether the merge's working table holds `column`: a photo stays in the bundle file
    (read from there by `_m`), so memory does not grow with the pictures."""
    return (info.name, column) not in PICTURE_COLUMNS


def _m(info: TableInfo, column: str) -> str:
    """SQL: the bundle row `m`'s value of `column` (its working-table row, or the picture)."""
    if _in_temp(info, column):
        return f"m.{_q(column)}"
    return f"(SELECT x.{_q(column)} FROM {ALIAS}.{_q(info.name)} x WHERE x.id = m._sid)"


def _same(info: TableInfo, column: str) -> str:
    """SQL: the district row `d` holds the same `column` as the bundle row `m`. A deleted
    photo's picture is not part of it: it is dropped once the deletion is final, on either
    side, at its own time."""
    same = f"d.{_q(column)} IS {_m(info, column)}"
    if (info.name, column) in PICTURE_COLUMNS:
        return f"(m.deleted_at IS NOT NULL OR {same})"
    return same


def _merge_table(
    con,
    info: TableInfo,
    result: FileResult,
    blanked: tuple[str, ...] = (),
    no_phone: bool = False,
) -> None:
    """Merge one table; `blanked` columns were emptied on purpose (a --no-phone bundle's phones,
    the audit log's values): they never make a conflict and never overwrite what the district
    holds."""
    cols = [c for c in info.columns if c != "id"]
    temp = f"temp.{_q('merge_' + info.name)}"
    con.execute(f"DROP TABLE IF EXISTS {temp}")
    selected = ", ".join(f"{_mapped(info, c)} AS {_q(c)}" for c in cols if _in_temp(info, c))
    con.execute(
        f"CREATE TABLE {temp} AS SELECT {selected}, s.id AS _sid, d.id AS _did, CASE"
        " WHEN d.id IS NULL THEN 'new' WHEN s.rev > d.rev THEN 'newer'"
        " WHEN s.rev < d.rev THEN 'older' ELSE 'same' END AS _state"
        f" FROM {ALIAS}.{_q(info.name)} s LEFT JOIN main.{_q(info.name)} d ON d.uuid = s.uuid"
    )
    same = " AND ".join(_same(info, c) for c in cols if c not in blanked)
    # Two tombstones of the same revision are the same deletion, whatever content they keep.
    con.execute(
        f"UPDATE {temp} AS m SET _state = 'equal' WHERE _state = 'same' AND EXISTS"
        f" (SELECT 1 FROM main.{_q(info.name)} d WHERE d.id = m._did AND ({same}"
        " OR (d.deleted_at IS NOT NULL AND m.deleted_at IS NOT NULL)))"
    )
    texts = set(text_columns(info)) - {"uuid", "created_at", "updated_at", "deleted_at"}
    if texts - set(blanked):
        # The same revision with and without phone numbers (a --no-phone bundle and a full
        # one): not a conflict. A bundle without them leaves the district's numbers; a full
        # one brings them back.
        alike = " AND ".join(
            (
                f"(d.{_q(c)} = '' OR m.{_q(c)} = '' OR d.{_q(c)} IS m.{_q(c)})"
                if (info.name, c) in (("person", "phone"), ("person", "id_number"))
                else f"strip_phones(d.{_q(c)}) IS strip_phones(m.{_q(c)})"
                if c in texts
                else _same(info, c)
            )
            for c in cols
            if c not in blanked
        )
        con.execute(
            f"UPDATE {temp} AS m SET _state = ? WHERE _state = 'same' AND EXISTS"
            f" (SELECT 1 FROM main.{_q(info.name)} d WHERE d.id = m._did AND {alike})",
            ("equal" if no_phone else "newer",),
        )
    con.execute(f"UPDATE {temp} SET _state = 'conflict' WHERE _state = 'same'")
    for key in info.unique_keys:
        match = " AND ".join(f"x.{_q(c)} IS m.{_q(c)}" for c in key)
        con.execute(
            f"UPDATE {temp} AS m SET _state = 'key_conflict' WHERE _state IN ('new', 'newer')"
            f" AND EXISTS (SELECT 1 FROM main.{_q(info.name)} x WHERE {match}"
            " AND x.id IS NOT m._did)"
        )
    col_sql = ", ".join(_q(c) for c in cols)
    values = ", ".join(_m(info, c) for c in cols)
    con.execute(
        f"INSERT INTO main.{_q(info.name)} ({col_sql}) SELECT {values} FROM {temp} AS m"
        " WHERE _state = 'new' ORDER BY rowid"
    )
    assignments = ", ".join(
        f"{_q(c)} = {_m(info, c)}" for c in cols if c != "uuid" and c not in blanked
    )
    con.execute(
        f"UPDATE main.{_q(info.name)} AS d SET {assignments} FROM {temp} AS m"
        " WHERE m._did = d.id AND m._state = 'newer'"
    )
    counts = dict(con.execute(f"SELECT _state, COUNT(*) FROM {temp} GROUP BY _state"))
    result.added += counts.get("new", 0)
    result.updated += counts.get("newer", 0)
    result.unchanged += counts.get("older", 0) + counts.get("equal", 0)
    conflicts = counts.get("conflict", 0) + counts.get("key_conflict", 0)
    result.conflict_count += conflicts
    if conflicts:
        _describe_conflicts(con, info, cols, temp, result)
    con.execute(f"DROP TABLE {temp}")


def _describe_conflicts(con, info: TableInfo, cols: list[str], temp: str, result) -> None:
    room = MAX_CONFLICTS_LISTED - len(result.conflicts)
    if room <= 0:
        return
    col_sql = ", ".join(_m(info, c) for c in cols)
    d_sql = ", ".join(f"d.{_q(c)}" for c in cols)
    rows = con.execute(
        f"SELECT m._state, {col_sql}, {d_sql} FROM {temp} m"
        f" LEFT JOIN main.{_q(info.name)} d ON d.id = m._did"
        f" WHERE m._state IN ('conflict', 'key_conflict') ORDER BY m.uuid LIMIT {room}"
    ).fetchall()
    n = len(cols)
    for state, *values in rows:
        theirs, ours = values[:n], values[n:]
        uuid = theirs[cols.index("uuid")]
        if state == "key_conflict":
            detail = translate(
                "Bureau", "the district already holds another record with the same {key}"
            ).format(key=" + ".join(next(iter(info.unique_keys), ())))
        else:
            differ = [
                c for c, a, b in zip(cols, theirs, ours, strict=True) if a != b and c != "uuid"
            ]
            detail = translate(
                "Bureau", "changed differently here and in the bundle (revision {rev}): {fields}"
            ).format(rev=theirs[cols.index("rev")], fields=", ".join(differ))
        result.conflicts.append(Conflict(info.name, str(uuid), detail))


def upgrade_private_copy(copy) -> None:
    """Run the migration steps on a bundle's private copy (never on the file the user chose)."""
    from models.file.ledger import migrate

    db = SqliteDatabase(str(copy), pragmas={"foreign_keys": 1})
    db.connect()
    try:
        migrate(db)
    finally:
        db.close()


def merge_bundle(
    db: SqliteDatabase,
    inspected: Inspected,
    result: FileResult,
    accept: frozenset[str] = frozenset(),
) -> None:
    """Merge the checked bundle into `db` in one transaction (rolled back on any error).

    First, reading only: a row the district holds under another branch, or a revision far
    beyond the district's, refuses the file; a change the bureau must confirm (ownership.py)
    and has not accepted holds it. Either way nothing is written."""
    # The bundle's own format (checked against its header): an older one has fewer tables.
    version = inspected.manifest.get("schema_version", SCHEMA_VERSION)
    if version < SCHEMA_VERSION:
        # Format 4 changed columns (exact minutes, dated categories): the checked private copy is
        # brought to this format by the ledger's own steps, then merged as one of this format.
        upgrade_private_copy(inspected.copy)
        version = SCHEMA_VERSION
    ref = reference_schema(version)
    con = db.connection()
    uri = inspected.copy.resolve().as_uri() + "?mode=ro"
    con.execute(f"ATTACH DATABASE ? AS {ALIAS}", (uri,))
    try:
        branch_uuid = str(inspected.manifest["branch"]["uuid"])
        present = [t for t in MERGED_TABLES if t in ref.tables]  # the bundle's format's
        foreign = ownership.foreign_rows(con, branch_uuid, present)
        if foreign:
            raise BundleRejected(
                translate(
                    "Bureau",
                    "The bundle changes records of another branch, which only that branch may "
                    "change: {rows}",
                ).format(rows="; ".join(foreign))
            )
        jumps = ownership.rev_jumps(con, tuple(present))
        if jumps:
            raise BundleRejected(
                translate("Bureau", "The bundle has impossible revision numbers: {rows}").format(
                    rows="; ".join(jumps)
                )
            )
        held = [h for h in ownership.held_changes(con, branch_uuid) if h.kind not in accept]
        if held:
            result.status = "held"
            result.conflicts = [Conflict(h.table, h.uuid, h.detail, h.kind) for h in held]
            result.conflict_count = len(held)
            return
        hold_writes()  # the district ledger may still be under its check after opening
        with db.atomic():
            no_phone = inspected.manifest.get("no_phone") is True
            # Texts compared without phone and ID numbers (a bundle may have left them out).
            con.create_function("strip_phones", 1, _strip_private, deterministic=True)
            for table in MERGED_TABLES:
                if table not in ref.tables:
                    continue
                blanked = ALWAYS_BLANKED.get(table, ())
                if no_phone:
                    blanked += NO_PHONE_COLUMNS.get(table, ())
                if inspected.manifest.get("id_numbers") is not True:
                    blanked += PRIVATE_COLUMNS.get(table, ())
                _merge_table(con, ref.tables[table], result, blanked, no_phone)
            if result.added or result.updated:
                _log_import(con, inspected, result)
    finally:
        con.execute(f"DETACH DATABASE {ALIAS}")


def _log_import(con, inspected: Inspected, result: FileResult) -> None:
    """One audit entry per file that changed the district (who imported what, and its counts)."""
    from models.file.paths import readable_name
    from models.records.audit import current_user

    now = utc_now()
    manifest = inspected.manifest
    changes = {
        "file": readable_name(inspected.source),  # a GBK name must not break the entry
        "branch": result.branch,
        "content_hash": manifest.get("content_hash"),
        "added": result.added,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "conflicts": result.conflict_count,
    }
    branch = manifest.get("branch") if isinstance(manifest.get("branch"), dict) else {}
    con.execute(
        "INSERT INTO main.audit_entry (uuid, created_at, updated_at, rev, deleted_at, at, who,"
        " action, table_name, row_uuid, changes, reason) VALUES (?, ?, ?, 1, NULL, ?, ?,"
        " 'import', 'bundle', ?, ?, '')",
        (
            new_uuid(),
            now,
            now,
            now,
            current_user(),
            str(branch.get("uuid", ""))[:36],
            json.dumps(changes, ensure_ascii=False, sort_keys=True),
        ),
    )
