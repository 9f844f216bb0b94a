"""Names sort in pinyin order everywhere: the roster, the people page, the attendance list, the
register sorted by host (in SQL, on the database worker) and the per-person figures of the
monthly report (issue 12). The expected order comes from Qt's own ICU collator for zh_CN, not
from the code under test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt

from models import services
from models.rules.counting import per_person_totals
from tests.ui_support import QT_MARKS, save_meeting, wait_loaded
from ui.people.page import NAME, PeoplePage
from ui.records.editor import ActivityDialog
from ui.records.register_model import COL_HOST
from ui.records.register_page import RegisterPage

pytestmark = QT_MARKS

# In code-point order these are 刘 吴 周 张 李 杨 王 赵 阿 陈 黄: nothing like pinyin.
NAMES = ["张三", "李四", "阿明", "赵六", "陈静", "刘强", "吴洋", "周杰", "黄丽", "杨磊", "王芳"]


def pinyin_sorted(names: list[str]) -> list[str]:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return sorted(names, key=collator.sortKey)


@pytest.fixture
def people(ctx):
    services.save_branch(services.BranchInput(name="实验小学党支部"))
    uuids = [
        services.save_person(
            services.PersonInput(name=n, joined_on="2010-07-01", on_roster_since="2020-01-01")
        )
        for n in NAMES
    ]
    return dict(zip(NAMES, uuids, strict=True))


def test_the_oracle_is_not_code_point_order():
    assert pinyin_sorted(NAMES) != sorted(NAMES)
    assert pinyin_sorted(NAMES)[:3] == ["阿明", "陈静", "黄丽"]


def test_roster_and_people_page_are_in_pinyin_order(ctx, people, qtbot):
    assert [p.name for p in services.list_people()] == pinyin_sorted(NAMES)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    shown = [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]
    assert shown == pinyin_sorted(NAMES)
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    shown = [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]
    assert shown == pinyin_sorted(NAMES)[::-1]


def test_the_attendance_list_is_in_pinyin_order(ctx, people, qtbot):
    dialog = ActivityDialog(
        ctx, initial=services.ActivityInput(kinds=["branch_meeting"], date="2026-03-05")
    )
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    table = dialog.attendance.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == pinyin_sorted(NAMES)
    hosts = [dialog.fields.host.itemText(i) for i in range(1, dialog.fields.host.count())]
    assert hosts == pinyin_sorted(NAMES)


def test_the_register_sorted_by_host_and_the_monthly_figures_are_in_pinyin_order(
    ctx, people, qtbot
):
    uuids = list(people.values())
    for i, name in enumerate(NAMES):
        host_first = [people[name], *[u for u in uuids if u != people[name]]]
        save_meeting(host_first, f"2026-03-{i + 2:02d}", f"会议{i}")
    page = RegisterPage(ctx, "meeting")
    qtbot.addWidget(page)
    page.set_month("2026-03")
    wait_loaded(qtbot, page)
    page.model.sort(COL_HOST, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, page)
    hosts = [page.model.row_at(r).host for r in range(page.model.rowCount())]
    assert hosts == pinyin_sorted(NAMES)
    totals = [t.name for t in per_person_totals("2026-03")]
    assert totals == pinyin_sorted(NAMES)


def test_the_district_lists_branches_in_pinyin_order(ledger):
    from models.bureau.district import live_branches
    from models.file.schema import Branch

    names = ["张村小学党支部", "阿坝中学党支部", "陈家幼儿园党支部", "王庄小学党支部"]
    for name in names:
        Branch.create(name=name)
    assert [name for _uuid, name in live_branches()] == pinyin_sorted(names)
