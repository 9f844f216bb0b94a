"""The registers: what they show, sorting and filtering in SQL, paging, delete and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from models import services
from models.records.registers import RegisterFilter
from tests.ui_support import QT_MARKS, make_branch, raw, save_meeting, wait_loaded
from ui.records.register_model import COL_TOPIC, PAGE_SIZE, UUID_ROLE, RegisterModel
from ui.records.register_page import RegisterPage

pytestmark = QT_MARKS

MEETING_KINDS_SQL = (
    "SELECT DISTINCT a.uuid FROM activity a JOIN activity_kind k ON k.activity_id = a.id"
    " WHERE a.deleted_at IS NULL AND k.deleted_at IS NULL AND k.kind IN"
    " ('branch_meeting','committee_meeting','group_meeting','party_lecture','theme_day',"
    "'life_meeting','appraisal')"
)


def shown_uuids(page: RegisterPage) -> list[str]:
    model = page.model
    return [model.index(r, 0).data(UUID_ROLE) for r in range(model.rowCount())]


@pytest.fixture
def filled(ctx):
    people = make_branch(6)
    uuids = {
        "b": save_meeting(people, "2026-10-09", "学习贯彻全会精神", statuses={1: "leave"}),
        "a": save_meeting(people, "2026-10-21", "安排年终工作", kinds=("theme_day",)),
        "c": save_meeting(people, "2026-10-02", "讨论发展对象", location="图书馆"),
        "study": save_meeting(people, "2026-10-15", "集中学习党章", kinds=("collective_study",)),
        "old": save_meeting(people, "2026-09-30", "九月支委会", kinds=("committee_meeting",)),
    }
    return people, uuids


def make_page(ctx, qtbot, category: str = "meeting", month: str = "2026-10") -> RegisterPage:
    page = RegisterPage(ctx, category)
    qtbot.addWidget(page)
    page.set_month(month)
    wait_loaded(qtbot, page)
    return page


def test_register_shows_the_months_saved_records(ctx, qtbot, filled, english):
    _people, uuids = filled
    page = make_page(ctx, qtbot)
    expected = [
        r[0]
        for r in raw(
            ctx.ledger.path,
            MEETING_KINDS_SQL + " AND a.date BETWEEN '2026-10-01' AND '2026-10-31'"
            " ORDER BY a.date DESC",
        )
    ]
    assert shown_uuids(page) == expected == [uuids["a"], uuids["b"], uuids["c"]]
    row = page.model.row_at(1)
    assert (row.present, row.expected) == (5, 6)  # one on leave: still expected
    assert page.model.index(1, 5).data() == "5 / 6"
    qtbot.waitUntil(lambda: page.count_label.text() == "3 record(s)")
    study = make_page(ctx, qtbot, "study")
    assert shown_uuids(study) == [uuids["study"]]


def test_sorting_is_the_sql_order(ctx, qtbot, filled, english):
    page = make_page(ctx, qtbot)
    page.table.sortByColumn(COL_TOPIC, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, page)
    f = page.current_filter()
    assert shown_uuids(page) == [
        r.uuid for r in services.list_activities(f, sort="topic", descending=False)
    ]
    topics = [page.model.row_at(i).topic for i in range(page.model.rowCount())]
    by_sqlite = [
        r[0]
        for r in raw(
            ctx.ledger.path,
            "SELECT topic FROM activity WHERE uuid IN ({}) ORDER BY topic".format(
                ",".join("?" * len(topics))
            ),
            tuple(page.model.row_at(i).uuid for i in range(page.model.rowCount())),
        )
    ]
    assert topics == by_sqlite
    page.table.sortByColumn(COL_TOPIC, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, page)
    assert [page.model.row_at(i).topic for i in range(page.model.rowCount())] == by_sqlite[::-1]


def test_text_kind_and_date_filters(ctx, qtbot, filled, english):
    _people, uuids = filled
    page = make_page(ctx, qtbot)
    page.set_search("图书馆")
    wait_loaded(qtbot, page)
    assert shown_uuids(page) == [uuids["c"]]
    page.set_search("")
    wait_loaded(qtbot, page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("theme_day"))
    wait_loaded(qtbot, page)
    assert shown_uuids(page) == [uuids["a"]]
    assert page.current_filter().kinds == ("theme_day",)
    page.kind_combo.setCurrentIndex(0)
    wait_loaded(qtbot, page)
    page.period_combo.setCurrentIndex(page.period_combo.findData("year"))
    wait_loaded(qtbot, page)
    year = [
        r[0]
        for r in raw(
            ctx.ledger.path,
            MEETING_KINDS_SQL + " AND a.date LIKE '2026-%' ORDER BY a.date DESC",
        )
    ]
    assert shown_uuids(page) == year
    assert uuids["old"] in year


def test_empty_register_says_what_to_do(ctx, qtbot, filled, english):
    page = make_page(ctx, qtbot, month="2026-03")
    page.show()
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "No records this month yet — press Ctrl+N to add one"


def test_a_large_register_loads_in_pages(ctx, qtbot, english):
    people = make_branch(2)
    with ctx.ledger.db.atomic():
        for i in range(PAGE_SIZE * 2 + 50):
            save_meeting(people, f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}", f"会议{i:04d}")
    page = make_page(ctx, qtbot)
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    wait_loaded(qtbot, page)
    model = page.model
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    wait_loaded(qtbot, page)
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    wait_loaded(qtbot, page)
    assert model.rowCount() == 2 * PAGE_SIZE + 50 and not model.canFetchMore(QModelIndex())
    assert shown_uuids(page) == [r.uuid for r in services.list_activities(page.current_filter())]
    qtbot.waitUntil(lambda: page.count_label.text() == f"{2 * PAGE_SIZE + 50} record(s)")


def test_register_model_passes_qtmodeltester(ctx, qtmodeltester, filled):
    model = RegisterModel(services)
    model.reload()
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_TOPIC, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_worker_backed_register_model_passes_qtmodeltester(ctx, qtbot, qtmodeltester, filled):
    model = RegisterModel(services, worker=ctx.worker)
    with qtbot.waitSignal(model.modelReset, timeout=10000):
        model.reload()  # answered by the database worker
    assert [r.uuid for r in model.loaded_rows()] == [
        r.uuid for r in services.list_activities(RegisterFilter())
    ]
    qtmodeltester.check(model, force_py=True)


def test_delete_then_undo(ctx, qtbot, filled, english):
    from ui.shell.main_window import MainWindow

    _people, uuids = filled
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.month_selector.set_month("2026-10")
    page = window.show_page("meeting")
    window.show()
    wait_loaded(qtbot, page)
    assert page.select_uuid(uuids["b"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the Delete key
    wait_loaded(qtbot, page)
    live = {r.uuid for r in services.list_activities(RegisterFilter())}
    assert uuids["b"] not in live
    assert raw(
        ctx.ledger.path, "SELECT deleted_at IS NOT NULL FROM activity WHERE uuid=?", (uuids["b"],)
    ) == [(1,)]
    assert uuids["b"] not in shown_uuids(page)
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert uuids["b"] in {r.uuid for r in services.list_activities(RegisterFilter())}
    assert uuids["b"] in shown_uuids(page)
    assert not window.undo_button.isVisible()
    actions = [a.action for a in services.list_audit(uuids["b"])]
    assert actions[-2:] == ["delete", "restore"] or actions[:2] == ["restore", "delete"]


def test_double_click_edits_and_duplicate_saves_a_new_record(ctx, qtbot, filled, english):
    from ui.records.editor import ActivityDialog

    _people, uuids = filled
    page = make_page(ctx, qtbot)
    page.show()
    row = page.model.row_of(uuids["b"])
    rect = page.table.visualRect(page.model.index(row, COL_TOPIC))
    # Qt 6 item views take a double-click as a press-release followed by a double-click
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.active_dialog
    assert isinstance(dialog, ActivityDialog)
    assert dialog.fields.topic.text() == "学习贯彻全会精神"
    dialog.done(0)
    qtbot.waitUntil(lambda: page.active_dialog is None)

    assert page.select_uuid(uuids["b"])
    page.duplicate_action.trigger()  # context menu: duplicate as a new record
    copy = page.active_dialog
    assert copy.fields.topic.text() == "学习贯彻全会精神"
    before = len(services.list_activities(RegisterFilter()))
    with qtbot.waitSignal(copy.record_saved) as saved:
        copy.save_button.click()
    new_uuid = saved.args[0]
    assert new_uuid != uuids["b"]
    assert len(services.list_activities(RegisterFilter())) == before + 1
    original, duplicate = services.get_activity(uuids["b"]), services.get_activity(new_uuid)
    assert (duplicate.topic, duplicate.kinds) == (original.topic, original.kinds)
    assert {(a.person_uuid, a.status) for a in duplicate.attendance} == {
        (a.person_uuid, a.status) for a in original.attendance
    }
