"""The participation statement: its totals match an independent count; rare names."""

from __future__ import annotations

import sqlite3

from reports_fixture import (
    RARE_NAME,
    contains_run,
    fmt,
    fmt_h,
    pdf_pages,
    pdffonts_unembedded,
    person_totals,
    tokens,
    unembedded_fonts,
)

from exports.pdf.person import build_person
from exports.report_data import gather_person
from models.file.ledger import open_ledger


def test_statement_totals_match_an_independent_count(built, zh, tmp_path):
    path, fx = built
    out = tmp_path / "person.pdf"
    with open_ledger(path, readonly=True):
        build_person(gather_person(fx.people["张伟"], "2026"), out)
    text = "\n".join(pdf_pages(out))
    t = person_totals(path, "2026-01-01", "2027-01-01")["张伟"]
    assert contains_run(
        tokens(text), [fmt(t["attended"]), fmt(t["expected"]), fmt_h(t["study"]), fmt_h(t["vol"])]
    )
    con = sqlite3.connect(path)
    topics = [
        r[0]
        for r in con.execute(
            "SELECT a.topic FROM activity a JOIN attendance t ON t.activity_id = a.id"
            " JOIN person p ON p.id = t.person_id WHERE p.name = '张伟'"
        )
    ]
    con.close()
    flat = text.replace("\n", "")
    assert topics and all(topic.split("：")[-1][:8] in flat for topic in topics)
    assert "张伟" in text and "党员参加组织生活情况证明" in text
    assert unembedded_fonts(out) == [] and pdffonts_unembedded(out) == []


def test_statement_for_a_rare_name_does_not_crash(built, zh, tmp_path):
    path, fx = built
    out = tmp_path / "rare.pdf"
    with open_ledger(path, readonly=True):
        build_person(gather_person(fx.people[RARE_NAME], "2026-10"), out)
    assert "龑" in "\n".join(pdf_pages(out))
