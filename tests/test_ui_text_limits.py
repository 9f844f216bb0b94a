"""The forms' text fields stop at the length the services accept (models/records/limits.py):
a text one character over the limit, set or pasted into the real widget, is held at the limit,
and one more key typed at the limit changes nothing. (The model's side: test_text_limits.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from models import services as s
from models.records.limits import LIMITS
from tests.editing_helpers import make_branch
from ui.followup.dialogs import PlanEntryDialog, RectificationDialog, ReviewDialog, TalkDialog
from ui.people.person_dialog import PersonDialog
from ui.people.transfers_dialog import TransferForm
from ui.records.editor import ActivityDialog
from ui.settings.page import SettingsPage
from ui.shell.context import AppContext


@pytest.fixture
def ctx_made(ledger):
    make_branch()
    return AppContext(ledger=ledger)


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _over(widget: QWidget, field: str, limit: int) -> None:
    """Put one character more than the limit into the field, as typing or pasting would."""
    text = ("1" if field == "phone" else "字") * (limit + 1)
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setFocus()
        widget.insertPlainText(text)  # a paste


def _check(qtbot, form: str, widgets: dict[str, QWidget]) -> None:
    assert set(widgets) <= set(LIMITS[form])
    for field, widget in widgets.items():
        limit = LIMITS[form][field]
        assert isinstance(widget, QLineEdit | QPlainTextEdit), field
        _over(widget, field, limit)
        assert len(_text(widget)) == limit, (form, field, len(_text(widget)))
        widget.setFocus()
        qtbot.keyClicks(widget, "x")
        assert len(_text(widget)) == limit, (form, field, "typed past the limit")


def _keep(qtbot, dialog) -> None:
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))


def test_record_editor(ctx_made, qtbot):
    dialog = ActivityDialog(
        ctx_made, initial=s.ActivityInput(kinds=["volunteer"], date="2026-03-20")
    )
    _keep(qtbot, dialog)
    f = dialog.fields
    _check(
        qtbot,
        "ActivityInput",
        {
            "topic": f.topic,
            "location": f.location,
            "guests": f.guests,
            "materials": f.materials,
            "speakers": f.speakers,
            "service_type": f.service_type,
            "agenda": dialog.agenda,
            "minutes": dialog.minutes,
            "resolutions": dialog.resolutions,
        },
    )


def test_person_dialog(ctx_made, qtbot):
    dialog = PersonDialog(ctx_made)
    _keep(qtbot, dialog)
    fields = {"name": dialog.name, "phone": dialog.phone, "note": dialog.note}
    fields |= {"native_place": dialog.native_place, "job_title": dialog.job_title}
    fields |= {"ethnicity": dialog.ethnicity.lineEdit(), "education": dialog.education.lineEdit()}
    _check(qtbot, "PersonInput", fields)


def test_follow_up_dialogs(ctx_made, qtbot):
    plan = PlanEntryDialog(ctx_made, 2026)
    _keep(qtbot, plan)
    _check(qtbot, "PlanEntryInput", {"topic": plan.topic, "theme": plan.theme, "note": plan.note})
    review = ReviewDialog(ctx_made, 2026)
    _keep(qtbot, review)
    _check(
        qtbot,
        "ReviewInput",
        {"self_assessment": review.self_assessment, "peer_summary": review.peer_summary},
    )
    rect = RectificationDialog(ctx_made)
    _keep(qtbot, rect)
    _check(
        qtbot,
        "RectificationInput",
        {"description": rect.description, "measures": rect.measures, "evidence": rect.evidence},
    )
    talk = TalkDialog(ctx_made)
    _keep(qtbot, talk)
    _check(qtbot, "TalkInput", {"other_name": talk.other_name, "points": talk.points})


def test_transfer_form(ctx_made, qtbot):
    form = TransferForm(ctx_made)
    _keep(qtbot, form)
    _check(
        qtbot,
        "TransferInput",
        {"organisation": form.organisation, "letter_no": form.letter_no, "note": form.note},
    )


def test_settings_page(ctx_made, qtbot):
    page = SettingsPage(ctx_made)
    qtbot.addWidget(page)
    _check(
        qtbot,
        "BranchInput",
        {
            "name": page.name,
            "superior": page.superior,
            "guidance_officer": page.guidance_officer,
            "theme_day_rule": page.theme_day_rule,
        },
    )


def test_a_pasted_text_beyond_the_limit_keeps_what_came_before(ctx_made, qtbot):
    dialog = PersonDialog(ctx_made)
    _keep(qtbot, dialog)
    limit = LIMITS["PersonInput"]["note"]
    dialog.note.setPlainText("甲" * (limit - 3))
    cursor = dialog.note.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.note.setTextCursor(cursor)
    dialog.note.insertPlainText("乙" * 10)
    assert dialog.note.toPlainText() == "甲" * (limit - 3) + "乙" * 3
