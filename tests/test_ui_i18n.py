"""Chinese first: the window speaks Simplified Chinese with zh_CN and English with en."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ui_support import QT_MARKS, make_branch
from ui.records.register_model import COL_ATTENDANCE, COL_DATE
from ui.shell.i18n import install_translator
from ui.shell.main_window import MainWindow

pytestmark = QT_MARKS

ROOT = Path(__file__).resolve().parent.parent
NAV_ZH = ["总览", "会议", "学习", "志愿服务", "人员", "计划与整改", "报表", "设置"]
NAV_EN = [
    "Overview",
    "Meetings",
    "Study",
    "Volunteer work",
    "People",
    "Plan and follow-up",
    "Reports",
    "Settings",
]


@pytest.fixture
def language(qapp):
    """Switch the app's language for one test; back to English afterwards."""

    def switch(lang: str) -> str:
        return install_translator(qapp, lang)

    yield switch
    install_translator(qapp, "en")


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_chinese_labels_with_zh_cn(ctx, qtbot, language):
    assert language("zh_CN") == "zh_CN"
    make_branch(2)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert nav_texts(window) == NAV_ZH
    page = window.registers["meeting"]
    model = page.model
    from PySide6.QtCore import Qt

    assert model.headerData(COL_DATE, Qt.Orientation.Horizontal) == "日期"
    assert model.headerData(COL_ATTENDANCE, Qt.Orientation.Horizontal) == "实到 / 应到"
    window.month_selector.set_month("2001-01")
    assert page.empty.text() == "本月还没有记录 — 按 Ctrl+N 新建"
    assert window.file_menu.title() == "文件(&F)"
    assert "支部工作台账" in window.windowTitle()
    assert window.overview.cards["attendance_rate"].caption_label.text() == "参会率"


def test_english_labels_with_en(ctx, qtbot, language):
    assert language("en") == "en"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert nav_texts(window) == NAV_EN
    window.month_selector.set_month("2001-01")
    page = window.registers["study"]
    assert page.empty.text() == "No records this month yet — press Ctrl+N to add one"


def test_switching_language_relabels_the_window(ctx, qtbot, language):
    language("en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert nav_texts(window)[0] == "Overview"
    language("zh_CN")  # Qt sends LanguageChange to every widget
    qtbot.waitUntil(lambda: nav_texts(window) == NAV_ZH)
    language("en")
    qtbot.waitUntil(lambda: nav_texts(window) == NAV_EN)


def test_every_app_string_has_a_chinese_translation():
    ts = (ROOT / "resources" / "i18n" / "app_zh_CN.ts").read_text(encoding="utf-8")
    messages = re.findall(r"<message.*?</message>", ts, flags=re.S)
    assert len(messages) > 100
    untranslated = [
        re.search(r"<source>(.*?)</source>", m, flags=re.S).group(1)
        for m in messages
        if 'type="unfinished"' in m or "<translation></translation>" in m
    ]
    assert untranslated == []
    assert (ROOT / "resources" / "i18n" / "app_zh_CN.qm").exists()


def test_bundled_font_is_used_when_the_system_has_no_chinese_font(qapp, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    from ui.shell import fonts

    monkeypatch.setattr(fonts, "system_has_cjk_font", lambda: False)
    before = qapp.font()
    try:
        family = fonts.ensure_cjk_font(qapp)
        assert family  # the bundled Droid Sans Fallback was registered
        assert qapp.font().families()[-1] == family
        assert qapp.font().families()[0] == before.family()  # Latin keeps the system look
        assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    finally:
        qapp.setFont(before)
    monkeypatch.setattr(fonts, "system_has_cjk_font", lambda: True)
    assert fonts.ensure_cjk_font(qapp) is None  # a Chinese system font: nothing to add
