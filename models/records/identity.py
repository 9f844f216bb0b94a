"""Start a new branch from a copy of another branch's ledger: every record gets a new identity.

Every record carries a UUID that stays the same in every copy of the file, and the bureau merges
by UUID (SPEC §2, §5). A school that starts from a copy of another school's ledger (a template,
last year's file of the school next door) would otherwise send the other school's identities
and, at the bureau, rename, rewrite or delete the other school's records. `start_new_branch`
gives every record of the ledger a new UUID (revision 1), in one transaction, and keeps the
ledger's own links (the audit log follows its records); the bureau then sees a new branch.
"""

from __future__ import annotations

import re

from models.errors import ValidationError
from models.file.schema import ALL_MODELS, Branch, database, new_uuid, utc_now
from models.records import audit
from models.records.validation import atomic_write
from models.text.i18n import translate

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def start_new_branch(name: str | None = None, who: str = "") -> str:
    """Give every record a new identity (and the branch `name`, if given); return the branch's
    new uuid. Only for a ledger holding one branch (a district ledger holds the schools')."""
    branches = list(Branch.select().where(Branch.deleted_at.is_null()))
    if len(branches) != 1:
        raise ValidationError(
            {
                "branch": translate(
                    "Validation",
                    "Only a ledger holding one branch can start a new branch; this one holds "
                    "{count}.",
                ).format(count=len(branches))
            }
        )
    if name is not None and not name.strip():
        raise ValidationError(
            {"name": translate("Validation", "{field} is required.").format(field="name")}
        )
    with atomic_write():
        mapping: dict[str, str] = {}
        for model in ALL_MODELS:
            table = model._meta.table_name
            rows = database.execute_sql(f'SELECT id, uuid FROM "{table}"').fetchall()
            updates = []
            for row_id, old in rows:
                new = new_uuid()
                mapping[str(old)] = new
                updates.append((new, row_id))
            database.connection().executemany(
                f'UPDATE "{table}" SET uuid = ?, rev = 1 WHERE id = ?', updates
            )

        def renamed(match: re.Match[str]) -> str:
            return mapping.get(match.group(0), match.group(0))

        entries = database.execute_sql("SELECT id, row_uuid, changes FROM audit_entry").fetchall()
        database.connection().executemany(
            "UPDATE audit_entry SET row_uuid = ?, changes = ? WHERE id = ?",
            [
                (_UUID.sub(renamed, row_uuid or ""), _UUID.sub(renamed, changes or ""), row_id)
                for row_id, row_uuid, changes in entries
            ],
        )
        branch = Branch.get_by_id(branches[0].id)
        changes: dict[str, object] = {"identity": "new"}
        if name is not None and name.strip() != branch.name:
            changes["name"] = [branch.name, name.strip()]
            Branch.update(name=name.strip(), updated_at=utc_now()).where(
                Branch.id == branch.id
            ).execute()
        audit.record("new_branch", "branch", branch.uuid, changes, who=who)
        return branch.uuid
