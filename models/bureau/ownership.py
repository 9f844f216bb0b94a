"""Who a row belongs to, and what a bundle may do to the district (issue 17).

Every row of a bundle belongs to the one branch its manifest names: directly (its `branch_id`),
through its person (a status change) or through its activity (kinds, units, attendance, votes,
photos); an audit entry belongs to the branch of the record it is about. A bundle may insert,
update or delete rows of that branch only:

- a row whose UUID the district already knows under another branch refuses the whole file,
  with the rows named (`foreign_rows`);
- a revision number far beyond the district's copy (or absurdly high for a new row) refuses the
  file too: a rev of 2^63-1 would pin the row so that the school's later edits were ignored
  (`rev_jumps`);
- a change of the branch's identity (its name or type, or deleting the branch) and a mass
  deletion (more than a fifth of the branch's live activities or people) are held: nothing of
  the file is applied until the bureau confirms that kind of change (`held_changes`).

All of it is read-only SQL over the district (`main`) and the attached bundle (`bundle`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from models.bureau.bundle_format import BRANCH_PATHS
from models.text.i18n import translate
from models.vocabulary import branch_type_label

ALIAS = "bundle"
MAX_REV = 1_000_000  # a record saved a million times: far beyond any real ledger
MAX_REV_JUMP = 10_000  # edits of one record between two bundles (each save adds one)
MASS_DELETION_SHARE = 5  # more than 1/5 of the branch's live records deleted at once is held
MASS_DELETION_MIN = 5  # ... when at least this many are deleted
MAX_LISTED = 5

# How a table reaches its branch: its own branch_id, or through its person or its activity.
# Later formats name theirs in bundle_format.BRANCH_PATHS (all through their own branch_id).
_DIRECT = (
    "unit",
    "party_group",
    "person",
    "committee_role",
    "activity",
    "closed_month",
    *(t for t, path in BRANCH_PATHS.items() if path == "branch_id"),
)
_VIA_PERSON = ("person_status", "person_category")
_VIA_ACTIVITY = (
    "activity_kind",
    "activity_unit",
    "attendance",
    "vote",
    "attachment",
    "activity_theme",  # format 8
)
_VIA_ITEM = ("rectification_photo",)  # format 5: through its 整改 item
OWNED_TABLES = ("branch", *_DIRECT, *_VIA_PERSON, *_VIA_ACTIVITY, *_VIA_ITEM)

# What the bureau may confirm (`import --accept KIND`, the import dialog's confirm button).
ACCEPT_KINDS = ("name", "type", "deletions")


@dataclass(frozen=True)
class Held:
    """A change held for the bureau to confirm: its kind (one of ACCEPT_KINDS) and what it is."""

    kind: str
    table: str
    uuid: str
    detail: str


def owner_sql(table: str, schema: str, alias: str) -> str:
    """SQL for the uuid of the branch that row `alias` of `schema`.`table` belongs to."""
    s = f'"{schema}"'
    if table == "branch":
        return f"{alias}.uuid"
    if table in _DIRECT:
        return f"(SELECT ob.uuid FROM {s}.branch ob WHERE ob.id = {alias}.branch_id)"
    if table in _VIA_PERSON:
        return (
            f"(SELECT ob.uuid FROM {s}.person op JOIN {s}.branch ob ON ob.id = op.branch_id"
            f" WHERE op.id = {alias}.person_id)"
        )
    if table in _VIA_ITEM:
        return (
            f"(SELECT ob.uuid FROM {s}.rectification_item oi JOIN {s}.branch ob"
            f" ON ob.id = oi.branch_id WHERE oi.id = {alias}.item_id)"
        )
    if table in _VIA_ACTIVITY:
        return (
            f"(SELECT ob.uuid FROM {s}.activity oa JOIN {s}.branch ob ON ob.id = oa.branch_id"
            f" WHERE oa.id = {alias}.activity_id)"
        )
    raise KeyError(table)


def _branch_name(con, uuid: str) -> str:
    row = con.execute("SELECT name FROM main.branch WHERE uuid = ?", (uuid,)).fetchone()
    return row[0] if row else uuid[:8]


def foreign_rows(con, branch_uuid: str, tables: Collection[str] = OWNED_TABLES) -> list[str]:
    """Rows of the bundle the district holds under another branch (a few, in plain words);
    `tables`: those the bundle's format has."""
    owned = [t for t in OWNED_TABLES if t in tables]
    found: list[str] = []
    text = translate(
        "Bureau", "{table} {uuid}: the district holds this record under the branch {owner}"
    )
    for table in owned:
        owner = owner_sql(table, "main", "d")
        # CROSS JOIN: through the bundle's rows (SQLite would otherwise scan the district's).
        sql = (
            f'SELECT s.uuid, {owner} FROM {ALIAS}."{table}" s CROSS JOIN main."{table}" d'
            f" ON d.uuid = s.uuid WHERE {owner} IS NOT ? ORDER BY s.uuid LIMIT {MAX_LISTED}"
        )
        for uuid, other in con.execute(sql, (branch_uuid,)):
            found.append(
                text.format(table=table, uuid=str(uuid)[:36], owner=_branch_name(con, str(other)))
            )
        if len(found) >= MAX_LISTED:
            return found[:MAX_LISTED]
    # Audit entries: about a record of another branch, or rewriting one the district holds
    # about a record of another branch.
    for table in owned:
        owner = owner_sql(table, "main", "x")
        for side in ("s", "d"):
            join = (
                f" CROSS JOIN main.audit_entry d ON d.uuid = s.uuid AND d.table_name = '{table}'"
                if side == "d"
                else ""
            )
            cond = "" if side == "d" else f" AND s.table_name = '{table}'"
            sql = (
                f"SELECT s.uuid, {owner}, x.uuid FROM {ALIAS}.audit_entry s{join}"
                f' CROSS JOIN main."{table}" x ON x.uuid = {side}.row_uuid'
                f" WHERE {owner} IS NOT ?{cond} ORDER BY s.uuid LIMIT {MAX_LISTED}"
            )
            for uuid, other, about in con.execute(sql, (branch_uuid,)):
                found.append(
                    text.format(
                        table="audit_entry",
                        uuid=f"{str(uuid)[:36]} ({table} {about})",
                        owner=_branch_name(con, str(other)),
                    )
                )
        if len(found) >= MAX_LISTED:
            break
    return found[:MAX_LISTED]


def rev_jumps(con, tables: tuple[str, ...]) -> list[str]:
    """Rows whose revision jumps far beyond the district's copy (or a new row's first)."""
    found: list[str] = []
    text = translate(
        "Bureau",
        "{table} {uuid}: revision {rev} is far beyond the district's copy ({known}); "
        "it would stop the branch's later changes from ever being imported",
    )
    for table in tables:
        sql = (
            f'SELECT s.uuid, s.rev, COALESCE(d.rev, 0) FROM {ALIAS}."{table}" s'
            f' LEFT JOIN main."{table}" d ON d.uuid = s.uuid'
            f" WHERE s.rev > COALESCE(d.rev, 0) + {MAX_REV_JUMP} ORDER BY s.uuid"
            f" LIMIT {MAX_LISTED}"
        )
        for uuid, rev, known in con.execute(sql):
            found.append(text.format(table=table, uuid=str(uuid)[:36], rev=rev, known=known))
        if len(found) >= MAX_LISTED:
            break
    return found[:MAX_LISTED]


def held_changes(con, branch_uuid: str) -> list[Held]:
    """The changes of this bundle the bureau must confirm before any of it is applied."""
    held: list[Held] = []
    row = con.execute(
        f"SELECT s.name, s.branch_type, s.deleted_at, d.name, d.branch_type, d.deleted_at"
        f" FROM {ALIAS}.branch s JOIN main.branch d ON d.uuid = s.uuid"
        " WHERE s.uuid = ? AND s.rev > d.rev",
        (branch_uuid,),
    ).fetchone()
    if row is not None:
        new_name, new_type, gone, old_name, old_type, was_gone = row
        if new_name != old_name:
            held.append(
                Held(
                    "name",
                    "branch",
                    branch_uuid,
                    translate(
                        "Bureau",
                        "the branch {old} is renamed {new}. If this is another school that "
                        "started from a copy of {old}'s ledger, it must use File ▸ Start a new "
                        "branch from this ledger and send a new bundle; if it is the same "
                        "branch, confirm the new name",
                    ).format(old=old_name, new=new_name),
                )
            )
        if new_type != old_type:
            held.append(
                Held(
                    "type",
                    "branch",
                    branch_uuid,
                    translate(
                        "Bureau", "the branch {name} changes its type from {old} to {new}"
                    ).format(
                        name=old_name,
                        old=branch_type_label(old_type),
                        new=branch_type_label(new_type),
                    ),
                )
            )
        if gone is not None and was_gone is None:
            held.append(
                Held(
                    "deletions",
                    "branch",
                    branch_uuid,
                    translate("Bureau", "the branch {name} is deleted").format(name=old_name),
                )
            )
    for table, label in (
        ("activity", translate("Bureau", "activities")),
        ("person", translate("Bureau", "people")),
    ):
        (live,) = con.execute(
            f'SELECT COUNT(*) FROM main."{table}" d WHERE d.deleted_at IS NULL'
            " AND d.branch_id = (SELECT b.id FROM main.branch b WHERE b.uuid = ?)",
            (branch_uuid,),
        ).fetchone()
        (deleted,) = con.execute(
            f'SELECT COUNT(*) FROM {ALIAS}."{table}" s CROSS JOIN main."{table}" d'
            " ON d.uuid = s.uuid WHERE s.deleted_at IS NOT NULL AND d.deleted_at IS NULL"
            " AND s.rev > d.rev",
        ).fetchone()
        if deleted >= MASS_DELETION_MIN and deleted * MASS_DELETION_SHARE > live:
            held.append(
                Held(
                    "deletions",
                    table,
                    branch_uuid,
                    translate(
                        "Bureau",
                        "{count} of the branch's {live} {what} are deleted at once",
                    ).format(count=deleted, live=live, what=label),
                )
            )
    return held
