"""The record editor on a ledger of two branches (a district's) offers the record's own
branch's themes: an activity of the second branch shows that branch's themes (its own added
one ticked), none of the first branch's, and saving keeps its theme. Expectations are read from
the file with sqlite3."""

from __future__ import annotations

from models import services as s
from models.records.themes import builtin_uuid
from models.vocabulary_themes import THEME_CODES
from tests.followup_helpers import make_branch, raw
from ui.records.editor import ActivityDialog


def _added(path, branch_uuid: str) -> set[str]:
    """The themes a branch added itself (code ''), by plain SQL."""
    return {
        u
        for (u,) in raw(
            path,
            "SELECT t.uuid FROM theme t JOIN branch b ON b.id = t.branch_id"
            " WHERE t.deleted_at IS NULL AND t.code = '' AND b.uuid = ?",
            (branch_uuid,),
        )
    }


def _carried(path, activity_uuid: str) -> set[str]:
    return {
        u
        for (u,) in raw(
            path,
            "SELECT t.uuid FROM activity_theme x JOIN theme t ON t.id = x.theme_id"
            " JOIN activity a ON a.id = x.activity_id"
            " WHERE x.deleted_at IS NULL AND a.uuid = ?",
            (activity_uuid,),
        )
    }


def test_editor_offers_the_records_own_branchs_themes(ledger, ledger_path, ctx, qtbot):
    second = make_branch(name="B小学党支部")  # made first, while it is the only branch
    own = s.add_theme("红色研学")
    activity = s.save_activity(
        s.ActivityInput(
            kinds=["branch_meeting"],
            date="2026-10-10",
            start_time="14:00",
            end_time="15:00",
            location="会议室",
            topic="B的支部党员大会",
            host_uuid=second.people["李明"],
            recorder_uuid=second.people["王芳"],
            theme_uuids=[own],
        )
    )
    first = make_branch(name="A小学党支部")  # sorts first: find_branch's choice
    s.add_theme("师德讲堂")
    b, a = second.branch_uuid, first.branch_uuid
    assert _added(ledger_path, b) == {own} and _added(ledger_path, a)
    assert _carried(ledger_path, activity) == {own}

    dialog = ActivityDialog(ctx, activity_uuid=activity)
    qtbot.addWidget(dialog)
    offered = set(dialog.fields.themes.boxes)
    mine = {builtin_uuid(b, code) for code in THEME_CODES} | _added(ledger_path, b)
    theirs = {builtin_uuid(a, code) for code in THEME_CODES} | _added(ledger_path, a)
    assert offered == mine
    assert not offered & theirs
    assert dialog.fields.themes.themes() == [own]  # its theme ticked
    assert dialog.save()
    assert _carried(ledger_path, activity) == {own}

    # A new record is filed under the ledger's branch (find_branch): that branch's themes.
    new = ActivityDialog(ctx, initial=s.ActivityInput(kinds=["branch_meeting"], date="2026-10-12"))
    qtbot.addWidget(new)
    assert set(new.fields.themes.boxes) == theirs
