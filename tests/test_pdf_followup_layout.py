"""The follow-up documents (年度工作计划, 民主评议党员结果, 问题整改台账) and the 党费 notice as a
bureau official and a typographer read them, in Chinese and English, from the demo ledger: no
heading alone at the foot of a page, a table's header once per page, Chinese dates in Chinese
text, titles never broken inside the branch's name, signature labels on one line with the
colon of their language, amounts with thousands separators, months as months."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from exports.dues_data import gather_dues
from exports.followup_data import gather_plan, gather_rectification, gather_review
from exports.pdf.common import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PageInfo,
    build_pdf,
    data_table,
    figures_table,
    heading,
    keep_last_with,
    signature_block,
)
from exports.pdf.dues import build_dues
from exports.pdf.followup import build_plan, build_rectification, build_review
from models.demo.generate import write_demo
from models.file.ledger import open_ledger

INFO = PageInfo("Branch", "Test", "0" * 12, "2026-12-01 10:00")
# The frame's height less its padding (6 pt at the top and the bottom).
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 12


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout.split("\f")[:-1] if out.stdout.endswith("\f") else out.stdout.split("\f")


def _table(rows: int):
    return data_table(
        ["HeadA", "HeadB"], [[f"row-{i}", str(i)] for i in range(1, rows + 1)], [0.5, 0.5]
    )


def _height(flowable) -> float:
    return flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1]


def test_a_heading_above_the_last_table_stays_with_some_of_its_rows(tmp_path: Path):
    """The table fits below its heading, the signature block does not: the heading keeps some
    rows on its page, the last row goes over with the signature (never the heading alone)."""
    table = _table(5)
    head = heading("Heading H", level=3)
    needed = _height(head) + head.style.spaceBefore + head.style.spaceAfter + _height(table)
    tail_height = sum(_height(f) for f in signature_block())
    assert needed + tail_height > 60 * mm  # the signature cannot join them
    story = [Spacer(1, FRAME_HEIGHT - needed - 20 * mm), head, table]
    pdf = tmp_path / "h.pdf"
    build_pdf(pdf, keep_last_with(story, signature_block()), INFO, title="t")
    pages = _pages(pdf)
    assert len(pages) == 2
    assert "Heading H" in pages[0]
    assert "row-1" in pages[0]  # the heading is followed by rows on its page
    assert "row-5" in pages[1] and "signature" in pages[1]  # a row goes with the signature


def test_the_rest_of_a_split_table_goes_to_the_next_page_with_one_header(tmp_path: Path):
    table = _table(40)
    story = [Spacer(1, FRAME_HEIGHT / 2), table]
    pdf = tmp_path / "t.pdf"
    build_pdf(pdf, keep_last_with(story, signature_block()), INFO, title="t")
    pages = _pages(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.count("HeadA") <= 1, f"the header row twice on page {number}"
    text = "\n".join(pages)
    assert all(f"row-{i} " in text or f"row-{i}\n" in text for i in range(1, 41))
    assert "signature" in pages[-1] and "row-40" in pages[-1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "school.ledger"
    write_demo(path, seed=3, until="2026-12")
    return path


def _branch_name(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT name FROM branch").fetchone()[0]
    finally:
        con.close()


def _documents(path: Path, out: Path) -> dict[str, Path]:
    docs = {}
    with open_ledger(path, readonly=True):
        jobs = {
            "plan": lambda p: build_plan(gather_plan("2026"), p),
            "review": lambda p: build_review(gather_review("2026"), p),
            "rectification": lambda p: build_rectification(gather_rectification("2026"), p),
            "dues": lambda p: build_dues(gather_dues("2026"), p),
        }
        for name, job in jobs.items():
            target = out / f"{name}.pdf"
            assert job(target) >= 1
            docs[name] = target
    return docs


def test_chinese_follow_up_documents_read_as_chinese(demo, zh, tmp_path):
    docs = _documents(demo, tmp_path)
    for name in ("plan", "rectification"):
        text = "".join("".join(_pages(docs[name])).split())
        # "截至2026年12月3日。", never "截至2026-12-03"
        assert re.search(r"截至\d{4}年\d{1,2}月\d{1,2}日", text), name
        assert not re.search(r"截至\d{4}-", text), name
    rect = [line.strip() for line in "".join(_pages(docs["rectification"])).splitlines()]
    assert any(line.startswith("序号") for line in rect)  # the header never "序 / 号"
    assert "问题清单" in "".join(rect)  # the list has its own heading, not the figure's label
    dues = "".join("".join(_pages(docs["dues"])).split())
    for month in range(1, 13):
        assert f"{month}月" in dues
    assert not re.search(r"(?<![\d-])\d{4}-\d{2}(?![\d-])", dues)  # a month reads 2026年7月


def test_amounts_of_a_thousand_and_more_have_separators(demo, zh, tmp_path):
    pdf = _documents(demo, tmp_path)["dues"]
    text = "\n".join(_pages(pdf))
    amounts = re.findall(r"(?<![\d,.])[\d,]+\.\d\d(?!\d)", text)
    large = [a for a in amounts if int(a.split(".")[0].replace(",", "")) >= 1000]
    assert large  # the year's totals are in the thousands
    for amount in large:
        assert re.fullmatch(r"\d{1,3}(,\d{3})+\.\d\d", amount), amount


def test_english_titles_and_signatures(demo, english, tmp_path):
    branch = _branch_name(demo)
    docs = _documents(demo, tmp_path)
    for name, pdf in docs.items():
        pages = _pages(pdf)
        lines = [line.strip() for page in pages for line in page.splitlines()]
        title = next(line for line in lines if branch in line and line != lines[0])
        assert title.endswith(branch), (name, title)  # the name whole, on the title's line
        assert any(line.startswith("Branch secretary's signature:") for line in lines), name
        assert "：" not in "\n".join(pages), name  # no Chinese colon after English labels
    dues = "\n".join(_pages(docs["dues"]))
    assert all(month in dues for month in ("Jan", "Jun", "Jul", "Dec"))


def test_a_key_figure_label_never_breaks_inside_a_word(tmp_path: Path):
    labels = ["Activities", "Attendances", "People", "Expected", "Present", "Attendance rate"]
    labels += ["Study hours (h)", "Service hours (h)", "Good deeds incl. in progress"]
    pdf = tmp_path / "f.pdf"
    build_pdf(pdf, [figures_table([(label, "296") for label in labels])], INFO, title="t")
    words = set("\n".join(_pages(pdf)).split())
    for label in labels:
        for word in label.split():
            assert word in words, word  # not "Attendance" + "s" on two lines
