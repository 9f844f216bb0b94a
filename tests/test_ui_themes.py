"""Themes in the record editor and Settings ▸ Themes and figures, driven through the widgets and
checked in the ledger with raw sqlite3."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from models import services as s
from tests.editing_helpers import make_branch
from tests.test_ui_editor import keep, type_into
from ui.records.editor import ActivityDialog
from ui.settings.page import SettingsPage
from ui.shell.context import AppContext


def rows(path, sql: str, args: tuple = ()) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(sql, args).fetchall()


@pytest.fixture
def setup(ledger, ledger_path):
    _info, people = make_branch()
    return AppContext(ledger=ledger), people, ledger_path


def test_a_theme_ticked_in_the_editor_is_saved_and_shown_again(setup, qtbot):
    ctx, _people, path = setup
    dialog = ActivityDialog(ctx, initial=s.ActivityInput(kinds=["theme_day"], date="2026-04-03"))
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.fields.topic, "清明祭英烈")
    type_into(qtbot, dialog.fields.location, "烈士陵园")
    dialog.attendance.all_present_button.click()
    tradition = next(r for r in s.list_themes() if r.code == "revolutionary_tradition")
    dialog.fields.themes.boxes[tradition.uuid].setChecked(True)
    assert dialog.save()
    saved = rows(
        path,
        "SELECT h.uuid, h.code, a.topic FROM activity_theme x JOIN theme h ON h.id = x.theme_id"
        " JOIN activity a ON a.id = x.activity_id WHERE x.deleted_at IS NULL",
    )
    assert saved == [(tradition.uuid, "revolutionary_tradition", "清明祭英烈")]
    uuid = rows(path, "SELECT uuid FROM activity")[0][0]
    # Retired afterwards: the record still shows (and keeps) it when opened and saved again.
    s.retire_theme(tradition.uuid)
    again = ActivityDialog(ctx, activity_uuid=uuid)
    keep(qtbot, again)
    again.show()
    qtbot.waitExposed(again)
    assert again.fields.themes.themes() == [tradition.uuid]
    type_into(qtbot, again.fields.topic, "清明祭英烈（补记）")
    assert again.save()
    assert rows(path, "SELECT COUNT(*) FROM activity_theme WHERE deleted_at IS NULL") == [(1,)]


def test_settings_add_rename_retire_and_refuse_deleting_a_theme_in_use(setup, qtbot, monkeypatch):
    ctx, _people, path = setup
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    editor = page.themes
    assert editor.add("红色研学")
    own = next(r for r in editor.rows if r.name == "红色研学")
    s.save_activity(
        s.ActivityInput(
            kinds=["study_visit"],
            date="2026-05-09",
            topic="参观",
            location="纪念馆",
            theme_uuids=[own.uuid],
        )
    )
    editor.refresh()
    editor.select(own.uuid)
    assert editor.rename("红色研学实践")
    editor.select(own.uuid)
    assert not editor.delete()  # in use: refused, with the reason shown
    assert editor.message.text()
    editor.select(own.uuid)
    assert editor.toggle_retired()
    assert rows(
        path, "SELECT name, retired, deleted_at FROM theme WHERE uuid = ?", (own.uuid,)
    ) == [("红色研学实践", 1, None)]
    assert rows(path, "SELECT COUNT(*) FROM activity_theme WHERE deleted_at IS NULL") == [(1,)]


def test_settings_edit_a_figure_definition_and_save(setup, qtbot, monkeypatch):
    ctx, _people, path = setup
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    editor = page.definitions
    editor.table.selectRow(3)  # 党员志愿服务

    def edit(dialog):
        dialog.kind_boxes["paired_assistance"].setChecked(True)
        dialog.label.setText("党员志愿服务和结对帮扶")
        return 1

    monkeypatch.setattr("ui.settings.themes.DefinitionDialog.exec", edit)
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    import json

    stored = json.loads(
        rows(path, "SELECT value FROM setting WHERE key = 'sentence_figures'")[0][0]
    )
    assert stored[3]["label"] == "党员志愿服务和结对帮扶"
    assert stored[3]["kinds"] == ["volunteer", "paired_assistance"]
    assert stored[3]["whose"] == "members"
    assert (
        "结对帮扶" in editor.table.item(3, 1).text() or "Paired" in editor.table.item(3, 1).text()
    )


def test_the_register_shows_an_activitys_themes(setup, qtbot):
    ctx, _people, path = setup
    from ui.records.register_model import COL_THEMES, RegisterModel

    branch = s.current_branch()
    from models.records.themes import builtin_uuid

    s.save_activity(
        s.ActivityInput(
            kinds=["study_visit"],
            date="2026-05-09",
            topic="参观",
            location="纪念馆",
            theme_uuids=[builtin_uuid(branch.uuid, "revolutionary_tradition")],
        )
    )
    s.rename_theme(builtin_uuid(branch.uuid, "revolutionary_tradition"), "红色教育")
    model = RegisterModel(s)
    model.reload()
    model.fetch_all()
    (name,) = rows(path, "SELECT name FROM theme")[0]
    assert model.data(model.index(0, COL_THEMES)) == name == "红色教育"


def test_the_plan_editor_offers_the_theme_list(setup, qtbot):
    ctx, _people, path = setup
    from ui.followup.dialogs import PlanEntryDialog

    s.add_theme("红色研学")
    dialog = PlanEntryDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    model = dialog.theme.completer().model()
    offered = [model.index(i, 0).data() for i in range(model.rowCount())]
    names = [r.name for r in s.list_themes(include_retired=False)]
    assert offered == names and "红色研学" in offered
