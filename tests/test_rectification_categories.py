"""The 整改 categories are an editable list: add, rename (carried to the items that use the
old name, each a logged change), retire (the items keep theirs and it is offered when they are
edited): a category in use is never silently lost. Checked in the file with sqlite3."""

from __future__ import annotations

import pytest

from models import services
from models.errors import ValidationError
from tests.followup_helpers import make_branch, raw


def _item(description: str, category: str) -> str:
    return services.save_rectification(
        services.RectificationInput(description, "2026-02-01", category=category)
    )


def _categories(path) -> dict[str, str]:
    return dict(raw(path, "SELECT description, category FROM rectification_item"))


def test_rename_carries_to_the_items_and_keeps_the_place(ledger, ledger_path):
    make_branch()
    services.set_rectification_categories(["学习", "作风", "纪律"])
    _item("问题一", "学习")
    _item("问题二", "学习")
    _item("问题三", "作风")
    revs = dict(raw(ledger_path, "SELECT description, rev FROM rectification_item"))
    assert services.rename_rectification_category("学习", "理论学习") == 2
    assert services.rectification_categories() == ["理论学习", "作风", "纪律"]
    assert _categories(ledger_path) == {
        "问题一": "理论学习",
        "问题二": "理论学习",
        "问题三": "作风",
    }
    after = dict(raw(ledger_path, "SELECT description, rev FROM rectification_item"))
    # Each renamed item is a new revision (the bureau merge takes it), the other is untouched.
    assert after == {
        "问题一": revs["问题一"] + 1,
        "问题二": revs["问题二"] + 1,
        "问题三": revs["问题三"],
    }
    logged = raw(
        ledger_path,
        "SELECT COUNT(*) FROM audit_entry WHERE table_name = 'rectification_item'"
        " AND action = 'update' AND changes LIKE '%理论学习%'",
    )
    assert logged == [(2,)]
    assert services.category_usage() == {"作风": 1, "理论学习": 2}
    with pytest.raises(ValidationError) as info:
        services.rename_rectification_category("作风", " ")
    assert set(info.value.errors) == {"new"}


def test_a_retired_category_stays_on_its_items_and_can_come_back(ledger, ledger_path):
    make_branch()
    services.set_rectification_categories(["学习", "作风"])
    _item("问题一", "作风")
    services.set_rectification_categories(["学习"])  # retired while in use
    assert _categories(ledger_path) == {"问题一": "作风"}
    assert [r.category for r in services.list_rectifications(2026)] == ["作风"]
    assert services.category_usage() == {"作风": 1}
    # Renamed back into the list from its items.
    services.rename_rectification_category("作风", "工作作风")
    assert services.rectification_categories() == ["学习", "工作作风"]
    assert _categories(ledger_path) == {"问题一": "工作作风"}


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_dialog_lists_use_and_renames(ctx, ledger_path, qtbot, english):
    from ui.followup.dialogs import CategoriesDialog, RectificationDialog
    from ui.followup.page import FollowupPage

    make_branch()
    services.set_rectification_categories(["学习", "作风"])
    item = _item("问题一", "作风")
    page = FollowupPage(ctx)
    qtbot.addWidget(page)
    page.set_month("2026-10")
    seen = []

    def retire(dialog: CategoriesDialog):
        seen.append(dialog)
        dialog.lines.setPlainText("学习\n纪律")
        assert "作风: 1 (not in the list; kept on its items)" in dialog.usage.text()
        return dialog.save()

    page.run_dialog = retire
    page.edit_categories()
    assert services.rectification_categories() == ["学习", "纪律"]
    # Editing the item offers its retired category and keeps it when saved.
    (row,) = services.list_rectifications(2026)
    dialog = RectificationDialog(ctx, row, page)
    qtbot.addWidget(dialog)
    assert dialog.category.currentData() == "作风"
    assert dialog.save()
    assert _categories(ledger_path) == {"问题一": "作风"}

    def rename(dialog: CategoriesDialog):
        dialog.rename_from.setCurrentIndex(dialog.rename_from.findData("作风"))
        dialog.rename_to.setText("工作作风")
        assert dialog.rename()
        assert "工作作风" in dialog.lines.toPlainText().splitlines()
        return False  # closed with Cancel: the rename is stored all the same

    page.run_dialog = rename
    page.edit_categories()
    assert _categories(ledger_path) == {"问题一": "工作作风"}
    assert raw(ledger_path, "SELECT uuid FROM rectification_item") == [(item,)]
    assert "工作作风" in [page.rectification.table.item(0, 1).text()]
