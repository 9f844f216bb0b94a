"""Themes (专题): a branch's list of content tags for activities, independent of their kinds.

The list is the built-in themes (models.vocabulary_themes.THEME_CODES: 革命传统教育,
警示教育, 师德师风, 主题教育, …) and the themes the branch adds. A built-in theme gets its row
when it is first used, renamed or retired, with a uuid derived from the branch's uuid and its
code (`builtin_uuid`), so the branch's file and every bundle of it name it alike and two
schools never share one.

- `activity_themes(activity_uuid)`: those offered for an activity (its own branch's).
- `list_themes(include_retired=True, branch=None) -> [ThemeRow]` — in the order offered
- `add_theme(name)`, `rename_theme(uuid, name)`, `retire_theme(uuid, retired=True)`,
  `delete_theme(uuid)` — each one transaction with an audit entry. A theme in use is never lost:
  renaming keeps it on its activities, retiring only stops offering it, and deleting is refused
  while any live activity carries it (the message says how many).
- `theme_key(code, name)`: how a figure definition names a theme across schools — the code of a
  built-in theme (whatever the branch calls it), the name of an added one.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass

from models.errors import ValidationError
from models.file.schema import Activity, ActivityTheme, Branch, Theme, database, utc_now
from models.records import audit
from models.records.branch import find_branch
from models.records.validation import atomic_write
from models.text.i18n import translate
from models.vocabulary_themes import THEME_CODES, theme_label

NAMESPACE = uuidlib.UUID("0b7f7e8e-3d1c-4c55-9a51-5c3b8f1e2a77")
MAX_NAME = 40


@dataclass(frozen=True)
class ThemeRow:
    uuid: str
    code: str  # "" for a theme the branch added
    name: str  # what the branch calls it (a built-in theme's label unless renamed)
    retired: bool
    in_use: int  # live activities carrying it

    @property
    def key(self) -> str:
        return theme_key(self.code, self.name)


def builtin_uuid(branch_uuid: str, code: str) -> str:
    """The uuid of a branch's built-in theme: the same in its file and every bundle of it."""
    return str(uuidlib.uuid5(NAMESPACE, f"{branch_uuid}:{code}"))


def theme_key(code: str, name: str) -> str:
    """A built-in theme's code, else the theme's name (how definitions name a theme)."""
    return code or name.strip()


def theme_name(code: str, name: str) -> str:
    """What a theme is called: its own name, or the built-in's label."""
    return name.strip() or (theme_label(code) if code else "")


def _branch(branch: Branch | None = None) -> Branch:
    branch = branch or find_branch()
    if branch is None:
        raise ValidationError({"branch": translate("Validation", "Set up the branch first.")})
    return branch


def _usage(branch: Branch) -> dict[int, int]:
    """theme id → live activities carrying it."""
    rows = database.execute_sql(
        "SELECT x.theme_id, COUNT(*) FROM activity_theme x JOIN activity a ON a.id = x.activity_id"
        " WHERE x.deleted_at IS NULL AND a.deleted_at IS NULL AND a.branch_id = ?"
        " GROUP BY x.theme_id",
        (branch.id,),
    ).fetchall()
    return {int(t): int(n) for t, n in rows}


def list_themes(include_retired: bool = True, branch: Branch | None = None) -> list[ThemeRow]:
    """The branch's themes: the built-in ones (in their order), then those it added (by their
    position); retired ones only when asked for."""
    branch = branch or find_branch()
    if branch is None:
        return []
    usage = _usage(branch)
    stored = {
        t.uuid: t
        for t in Theme.select()
        .where((Theme.branch == branch) & Theme.deleted_at.is_null())
        .order_by(Theme.position, Theme.id)
    }
    rows: list[ThemeRow] = []
    for code in THEME_CODES:
        uuid = builtin_uuid(branch.uuid, code)
        t = stored.pop(uuid, None)
        if t is None:
            rows.append(ThemeRow(uuid, code, theme_label(code), False, 0))
        else:
            rows.append(
                ThemeRow(uuid, code, theme_name(code, t.name), t.retired, usage.get(t.id, 0))
            )
    for t in stored.values():
        rows.append(
            ThemeRow(t.uuid, t.code, theme_name(t.code, t.name), t.retired, usage.get(t.id, 0))
        )
    return [r for r in rows if include_retired or not r.retired]


def activity_themes(activity_uuid: str | None, include_retired: bool = True) -> list[ThemeRow]:
    """The themes the record editor offers for an activity: its own branch's (on a ledger of
    several branches not always the first one's); a new activity's: the ledger's branch's
    (find_branch), where save_activity files it."""
    activity = (
        Activity.get_or_none((Activity.uuid == activity_uuid) & Activity.deleted_at.is_null())
        if activity_uuid
        else None
    )
    return list_themes(include_retired, activity.branch if activity is not None else None)


def theme_row(theme_uuid: str, branch: Branch | None = None) -> Theme:
    """The stored row of a theme of the branch, made if it is a built-in one not yet stored
    (inside the caller's transaction)."""
    branch = _branch(branch)
    row = Theme.get_or_none((Theme.uuid == theme_uuid) & (Theme.branch == branch))
    if row is not None:
        return row
    for position, code in enumerate(THEME_CODES):
        if builtin_uuid(branch.uuid, code) == theme_uuid:
            return Theme.create(uuid=theme_uuid, branch=branch, code=code, position=position)
    raise ValidationError({"themes": translate("Validation", "That theme is not on the list.")})


def _check_name(name: str, branch: Branch, own_uuid: str | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": translate("Validation", "Give the theme a name.")})
    if len(name) > MAX_NAME:
        raise ValidationError(
            {"name": translate("Validation", "At most {n} characters.").format(n=MAX_NAME)}
        )
    if name[0] in "=+-@":
        raise ValidationError(
            {"name": translate("Validation", "A name may not start with = + - or @.")}
        )
    for other in list_themes(branch=branch):
        if other.uuid != own_uuid and other.name == name:
            raise ValidationError(
                {
                    "name": translate("Validation", "There is already a theme {name}.").format(
                        name=name
                    )
                }
            )
    return name


def add_theme(name: str, who: str = "") -> str:
    """Add a theme of the branch's own; return its uuid."""
    with atomic_write():
        branch = _branch()
        name = _check_name(name, branch)
        last = Theme.select().where(Theme.branch == branch).count()
        row = Theme.create(branch=branch, name=name, position=len(THEME_CODES) + last)
        audit.record("create", "theme", row.uuid, {"name": [None, name]}, who=who)
        return row.uuid


def _change(row: Theme, changes: dict[str, list[object]], who: str) -> None:
    row.rev += 1
    row.updated_at = utc_now()
    row.save()
    audit.record("update", "theme", row.uuid, changes, who=who)


def rename_theme(theme_uuid: str, name: str, who: str = "") -> None:
    """Rename a theme (its activities keep it: they carry the theme, not its name)."""
    with atomic_write():
        branch = _branch()
        row = theme_row(theme_uuid, branch)
        old = theme_name(row.code, row.name)
        name = _check_name(name, branch, theme_uuid)
        if name == old:
            return
        # A built-in theme renamed back to its label stores no name of its own.
        row.name = "" if row.code and name == theme_label(row.code) else name
        _change(row, {"name": [old, name]}, who)


def retire_theme(theme_uuid: str, retired: bool = True, who: str = "") -> None:
    """Stop (or start again) offering a theme for new activities; those carrying it keep it."""
    with atomic_write():
        row = theme_row(theme_uuid)
        if bool(row.retired) == retired:
            return
        row.retired = retired
        _change(row, {"retired": [not retired, retired]}, who)


def delete_theme(theme_uuid: str, who: str = "") -> None:
    """Delete a theme the branch added and no live activity carries (else a clear refusal)."""
    with atomic_write():
        branch = _branch()
        row = theme_row(theme_uuid, branch)
        if row.code:
            raise ValidationError(
                {"themes": translate("Validation", "A built-in theme can be retired, not deleted.")}
            )
        used = _usage(branch).get(row.id, 0)
        if used:
            raise ValidationError(
                {
                    "themes": translate(
                        "Validation",
                        "{count} activities carry this theme: retire it instead, so that they "
                        "keep it.",
                    ).format(count=used)
                }
            )
        now = utc_now()
        row.deleted_at = now
        _change(row, {"deleted": [False, True]}, who)


def activity_theme_names(activity: Activity) -> list[str]:
    """The names of the live themes an activity carries, in the list's order."""
    rows = (
        Theme.select(Theme.code, Theme.name, Theme.position)
        .join(ActivityTheme)
        .where(
            (ActivityTheme.activity == activity)
            & ActivityTheme.deleted_at.is_null()
            & Theme.deleted_at.is_null()
        )
        .order_by(Theme.position, Theme.id)
    )
    return [theme_name(t.code, t.name) for t in rows]


def activity_theme_uuids(activity: Activity) -> list[str]:
    rows = (
        Theme.select(Theme.uuid)
        .join(ActivityTheme)
        .where(
            (ActivityTheme.activity == activity)
            & ActivityTheme.deleted_at.is_null()
            & Theme.deleted_at.is_null()
        )
        .order_by(Theme.position, Theme.id)
    )
    return [t.uuid for t in rows]


def themes_of_activities(activity_ids: list[int]) -> dict[int, list[str]]:
    """activity id → names of its live themes (for the register)."""
    result: dict[int, list[str]] = {}
    if not activity_ids:
        return result
    marks = ", ".join("?" for _ in activity_ids)
    rows = database.execute_sql(
        "SELECT x.activity_id, h.code, h.name FROM activity_theme x JOIN theme h"
        f" ON h.id = x.theme_id WHERE x.activity_id IN ({marks}) AND x.deleted_at IS NULL"
        " AND h.deleted_at IS NULL ORDER BY h.position, h.id",
        list(activity_ids),
    ).fetchall()
    for activity_id, code, name in rows:
        result.setdefault(activity_id, []).append(theme_name(code, name))
    return result
