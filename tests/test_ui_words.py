"""Words a secretary uses (issue 12, SPEC §8): 归档本月 with a sentence saying what it does, and
"尚未开展民主评议党员工作", in the Chinese UI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models.rules import compliance
from tests.stats_helpers import make_branch
from ui.reports.close import CloseMonthBanner
from ui.shell.context import AppContext

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


@pytest.fixture
def chinese(qapp):
    from ui.shell.i18n import install_translator

    assert install_translator(qapp, "zh_CN") == "zh_CN"
    yield
    install_translator(qapp, "en")


def test_the_month_is_archived_not_closed_and_the_offer_says_what_that_does(chinese, ledger, qtbot):
    make_branch()
    banner = CloseMonthBanner(AppContext(ledger=ledger))
    qtbot.addWidget(banner)
    assert banner.offer("2026-10")
    assert banner.close_button.text() == "归档本月"
    assert "结账" not in banner.label.text() and "归档" in banner.label.text()
    assert "原因" in banner.close_button.toolTip()  # what archiving does, in one sentence
    assert banner.close_month()
    assert "已归档" in banner.label.text()


def test_no_translation_says_jiezhang():
    for ts in sorted(I18N.glob("*_zh_CN.ts")):
        text = ts.read_text(encoding="utf-8")
        assert "结账" not in text, ts.name


def test_appraisal_reminder_uses_the_secretarys_words(chinese, ledger):
    make_branch(committee=True)
    texts = compliance.reminders(dt.date(2026, 11, 20))
    appraisal = [t for t in texts if "民主评议党员" in t]
    assert appraisal, texts
    assert any("尚未开展民主评议党员工作" in t for t in appraisal), appraisal
    assert all("开展民主评议党员工作" in t for t in appraisal), appraisal
    assert not any("召开民主评议" in t for t in texts)
