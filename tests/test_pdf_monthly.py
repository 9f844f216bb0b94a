"""The monthly summary PDF: its figures match an independent count, fonts are embedded, empty
months, long minutes, rare characters and photos."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from reports_fixture import (
    MONTH,
    build,
    contains_run,
    fmt,
    fmt_h,
    pdf_pages,
    pdffonts_unembedded,
    person_totals,
    sql_figures,
    tokens,
    unembedded_fonts,
)

from exports.pdf.monthly import build_monthly
from exports.report_data import gather_monthly
from models.file.ledger import open_ledger
from models.file.schema import Activity, Attachment


def _make(path: Path, out: Path, month: str = MONTH, **options: bool) -> list[str]:
    with open_ledger(path, readonly=True):
        data = gather_monthly(month, **options)
    pages = build_monthly(data, out)
    text = pdf_pages(out)
    assert len(text) == pages
    return text


def test_key_figures_match_an_independent_count(built, zh, tmp_path):
    path, _fx = built
    text = "\n".join(_make(path, tmp_path / "m.pdf"))
    f = sql_figures(path, "2026-10-01", "2026-11-01")
    rate = f"{f['present'] / f['expected'] * 100:.1f}%"
    expected = [
        fmt(f["activities"]),
        fmt(f["attendances"]),
        fmt(f["people"]),
        fmt(f["expected"]),
        fmt(f["present"]),
        rate,
        fmt_h(f["study_minutes"], ""),
        fmt_h(f["service_minutes"], ""),
        fmt(f["deeds"]),
    ]
    assert f["activities"] == 4  # the September activity stays out
    assert contains_run(tokens(text), expected)
    assert contains_run(tokens(text), ["次数", "人次", "人数", "应到", "实到", "参会率"])
    assert "实验小学党支部月度工作小结" in text
    assert "2026年10月" in text
    assert "第 1 页 共" in text


def test_register_absences_and_volunteer_hours(built, zh, tmp_path):
    path, _fx = built
    text = "\n".join(_make(path, tmp_path / "m.pdf"))
    toks = tokens(text)
    import sqlite3

    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT a.topic, SUM(t.status IN ('present','late')), SUM(t.status <> 'excluded')"
        " FROM activity a JOIN attendance t ON t.activity_id = a.id"
        " WHERE a.date LIKE '2026-10-%' GROUP BY a.id"
    ).fetchall()
    absent = con.execute(
        "SELECT p.name, t.reason FROM attendance t JOIN person p ON p.id = t.person_id"
        " JOIN activity a ON a.id = t.activity_id"
        " WHERE a.date LIKE '2026-10-%' AND t.status IN ('leave', 'absent')"
    ).fetchall()
    con.close()
    for _topic, present, expected in rows:
        assert f"{present}/{expected}" in toks
    assert absent and all(name in text and reason in text for name, reason in absent)
    volunteers = {
        n: t["vol"] for n, t in person_totals(path, "2026-10-01", "2026-11-01").items() if t["vol"]
    }
    assert volunteers
    for name, minutes in volunteers.items():
        assert contains_run(toks, [name, fmt_h(minutes)])
    # Markup characters in a topic are printed, not interpreted.
    assert "& <清扫>" in text


def test_every_font_is_embedded(built, zh, tmp_path):
    path, _fx = built
    out = tmp_path / "m.pdf"
    _make(path, out, minutes=True)
    assert unembedded_fonts(out) == []
    assert pdffonts_unembedded(out) == []


def test_empty_month_gives_a_valid_report_that_says_so(built, zh, tmp_path):
    path, _fx = built
    text = "\n".join(_make(path, tmp_path / "empty.pdf", month="2026-12"))
    assert "本月没有活动记录" in text
    assert contains_run(tokens(text), ["0", "0", "0", "0", "0", "—", "0", "0", "0"])
    assert "支部书记签字" in text


def test_empty_ledger_without_branch(tmp_path, zh):
    path = tmp_path / "new.ledger"
    with open_ledger(path, create=True):
        pass
    text = "\n".join(_make(path, tmp_path / "none.pdf", month="2026-01"))
    assert "本月没有活动记录" in text


def test_long_minutes_paginate(tmp_path, zh):
    path = tmp_path / "long.ledger"
    body = "".join(f"第{i}段会议内容，大家认真讨论并形成一致意见。" for i in range(400))
    minutes = "会议记录开始。" + body[:5000] + "记录到此结束"
    assert len(minutes) >= 5000
    with open_ledger(path, create=True):
        build(minutes=minutes)
    pages = _make(path, tmp_path / "long.pdf", minutes=True)
    assert len(pages) > 1
    start = next(i for i, p in enumerate(pages) if "会议记录开始" in p)
    end = next(i for i, p in enumerate(pages) if "记录到此结束" in "".join(p.split()))
    assert end > start


def test_rare_characters_do_not_crash(built, zh, tmp_path):
    path, _fx = built
    text = "\n".join(_make(path, tmp_path / "rare.pdf", minutes=True))
    assert "龑" in text
    from exports.pdf.fonts import fonts

    if fonts().fallback:  # an extension font is installed: 𠮷 is drawn and can be copied
        assert "𠮷" in text


def test_photos_and_minutes_included_on_request(tmp_path, zh):
    path = tmp_path / "photos.ledger"
    with open_ledger(path, create=True):
        fx = build()
        buffer = io.BytesIO()
        Image.new("RGB", (320, 240), (200, 30, 30)).save(buffer, "JPEG")
        activity = Activity.get(Activity.uuid == fx.activities[0])
        Attachment.create(
            activity=activity,
            caption="清扫社区照片",
            sha256="0" * 64,
            width=320,
            height=240,
            data=buffer.getvalue(),
        )
    plain = "\n".join(_make(path, tmp_path / "plain.pdf"))
    full = "\n".join(_make(path, tmp_path / "full.pdf", minutes=True, photos=True))
    assert "清扫社区照片" not in plain and "全体党员到社区开展志愿服务" not in plain
    assert "清扫社区照片" in full and "全体党员到社区开展志愿服务" in full
    assert b"/Subtype /Image" in (tmp_path / "full.pdf").read_bytes()


def test_fingerprint_changes_when_the_data_changes(built, tmp_path):
    path, fx = built
    with open_ledger(path, readonly=True):
        first = gather_monthly(MONTH).fingerprint
        again = gather_monthly(MONTH).fingerprint
    with open_ledger(path):
        from models.services import get_activity, save_activity

        data = get_activity(fx.activities[1])
        data.topic = "改过的主题"
        save_activity(data)
    with open_ledger(path, readonly=True):
        changed = gather_monthly(MONTH).fingerprint
    assert first == again and len(first) == 12
    assert changed != first


def test_english_output(built, tmp_path):
    path, _fx = built
    text = "\n".join(_make(path, tmp_path / "en.pdf"))
    assert "Monthly summary of" in text and "Key figures" in text


def test_long_register_splits_with_repeated_header(tmp_path, zh):
    from models.services import ActivityInput, save_activity

    path = tmp_path / "busy.ledger"
    with open_ledger(path, create=True):
        fx = build()
        for day in range(1, 31):
            for hour, end in (("08:00", "09:00"), ("10:00", "11:00")):
                save_activity(
                    ActivityInput(
                        kinds=["collective_study"],
                        date=f"2026-10-{day:02d}",
                        start_time=hour,
                        end_time=end,
                        topic=f"第{day}日集中学习 {hour}",
                        host_uuid=fx.people["张伟"],
                    )
                )
    pages = _make(path, tmp_path / "busy.pdf")
    with_rows = [p for p in pages if "日集中学习" in p]
    assert len(with_rows) >= 2
    assert all("实到/应到" in p and "主持人" in p for p in with_rows)
    assert "第30日集中学习" in "".join(pages)
