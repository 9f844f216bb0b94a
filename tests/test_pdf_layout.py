"""Documents as a bureau official and a typographer read them, on an edge-case ledger: a 46-
character branch name, rare characters, 65 activities in a month, 5,000-character minutes,
control characters and absurdly long texts. Nothing crashes, nothing overprints, Chinese lines
follow the line-breaking rules (禁则), words and numbers stay whole."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from edge_ledger import LONG_BRANCH, MONTH, RARE_NAMES, build_edge
from reports_fixture import pdf_pages, pdffonts_unembedded, unembedded_fonts

from exports.pdf.annual import build_annual
from exports.pdf.monthly import build_monthly
from exports.pdf.person import build_person
from exports.pdf.signin import build_signin
from exports.report_data import gather_annual, gather_monthly, gather_person, gather_signin
from models.file.ledger import open_ledger

# What may not start a line, and what may not end one (checked in the printed text).
NO_START = "，。、；：？！）》」』”’"
NO_END = "（《「『“‘"


@pytest.fixture(scope="module")
def edge(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("edge") / "edge.ledger"
    people = build_edge(path)
    return path, people


def _layout(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout.splitlines()


def _activity_uuids(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    rows = [r[0] for r in con.execute("SELECT uuid FROM activity ORDER BY date, id")]
    con.close()
    return rows


def _all_documents(path: Path, people: dict[str, str], out: Path) -> dict[str, Path]:
    docs = {}
    with open_ledger(path, readonly=True):
        acts = _activity_uuids(path)
        jobs = {
            "monthly": lambda p: build_monthly(gather_monthly(MONTH, minutes=True), p),
            "annual": lambda p: build_annual(gather_annual(MONTH[:4]), p),
            "person": lambda p: build_person(gather_person(people[RARE_NAMES[0]], "2026"), p),
            "signin": lambda p: build_signin(gather_signin(acts[0]), p),
        }
        for name, job in jobs.items():
            target = out / f"{name}.pdf"
            assert job(target) >= 1
            docs[name] = target
    return docs


def test_kinsoku_every_line_of_long_minutes(edge, zh, tmp_path):
    path, _people = edge
    pdf = tmp_path / "m.pdf"
    with open_ledger(path, readonly=True):
        build_monthly(gather_monthly(MONTH, minutes=True), pdf)
    lines = _layout(pdf)
    checked = 0
    for line in lines:
        # -layout puts table columns side by side: check each column's piece of the line.
        for piece in re.split(r"\s{2,}", line.strip()):
            if not piece:
                continue
            checked += 1
            assert piece[0] not in NO_START, line
            assert piece[-1] not in NO_END, line
    assert checked > 1000


def test_control_characters_and_huge_texts_never_crash_a_pdf(edge, zh, tmp_path):
    path, people = edge
    hostile = tmp_path / "hostile.ledger"
    shutil.copy(path, hostile)
    con = sqlite3.connect(hostile)
    with con:
        con.execute(
            "UPDATE activity SET topic = ? WHERE id = 1",
            ("主题" * 3000 + "\x00\x1b[31m\x0b\x0c\x7f\x9b",),
        )
        con.execute("UPDATE activity SET location = ? WHERE id = 2", ("ABCDEF0123" * 1500,))
        con.execute("UPDATE activity SET minutes = ? WHERE id = 3", ("x" * 60000,))
        con.execute("UPDATE attendance SET reason = ? WHERE status = 'leave'", ("理由" * 4000,))
        con.execute("UPDATE person SET name = name || ? WHERE id = 2", ("\x1b" + "长" * 300,))
        con.execute("UPDATE branch SET name = ?", (LONG_BRANCH * 4 + "\x00\x0b",))
    con.close()
    docs = _all_documents(hostile, people, tmp_path)
    for name, pdf in docs.items():
        text = "\n".join(pdf_pages(pdf))
        bad = [text[max(0, i - 30) : i + 5] for i, c in enumerate(text) if c in "\x00\x1b\x0b"]
        assert not bad, (name, bad[:3])
    monthly = "".join("\n".join(pdf_pages(docs["monthly"])).split())
    assert "（以下从略）" in monthly  # the cut is marked


def test_sign_in_sheet_thirty_names_on_one_page(edge, zh, tmp_path):
    path, _people = edge
    con = sqlite3.connect(path)
    (staff_study,) = con.execute(
        "SELECT uuid FROM activity WHERE primary_kind = 'staff_study' ORDER BY date LIMIT 1"
    ).fetchone()
    listed = [
        r[0]
        for r in con.execute(
            "SELECT p.name FROM attendance t JOIN person p ON p.id = t.person_id"
            " JOIN activity a ON a.id = t.activity_id WHERE a.uuid = ? AND t.status <> 'excluded'",
            (staff_study,),  # 教职工政治学习: everyone, staff included
        )
    ]
    host, recorder = con.execute(
        "SELECT h.name, r.name FROM activity a JOIN person h ON h.id = a.host_id"
        " JOIN person r ON r.id = a.recorder_id WHERE a.uuid = ?",
        (staff_study,),
    ).fetchone()
    con.close()
    assert len(listed) == 30
    pdf = tmp_path / "signin.pdf"
    with open_ledger(path, readonly=True):
        pages = build_signin(gather_signin(staff_study), pdf)
    assert pages == 1
    text = "".join(pdf_pages(pdf)[0].split())
    for name in listed:
        if name != RARE_NAMES[0]:  # checked below with pdftotext (pypdf and Extension B)
            assert name in text, name
    for label in ("主持人", "记录人", "应到", "实到", "主持人签字", "本人签名"):
        assert label in text, label
    assert host in text and recorder in text
    assert f"应到：{len(listed)}" in text or f"应到{len(listed)}" in text


def test_titles_and_headers_of_a_long_branch_name(edge, zh, tmp_path):
    path, people = edge
    docs = _all_documents(path, people, tmp_path)
    for name, pdf in docs.items():
        lines = [line.strip() for line in _layout(pdf)]
        # The document's own name is never broken: 月度工作小结 / 年度工作总结 on one line.
        if name == "monthly":
            assert "月度工作小结" in lines
        if name == "annual":
            assert "年度工作总结" in lines
    for pdf in docs.values():
        assert unembedded_fonts(pdf) == [] and pdffonts_unembedded(pdf) == []


class _Recorder:
    """A canvas stand-in that keeps where each string was drawn."""

    def __init__(self) -> None:
        self.font = ("", 0.0)
        self.drawn: list[tuple[float, float, float, str]] = []  # x0, x1, y, text

    def setFont(self, name, size):  # noqa: N802 - reportlab's name
        self.font = (name, size)

    def drawString(self, x, y, text):  # noqa: N802
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.drawn.append((x, x + stringWidth(text, *self.font), y, text))


@pytest.mark.parametrize("branch", [LONG_BRANCH, LONG_BRANCH * 2, "实验小学党支部"])
def test_running_header_never_overprints(zh, branch):
    from exports.pdf.common import MARGIN_LEFT, PAGE_WIDTH
    from exports.pdf.page import MARGIN_RIGHT, _running_header

    canvas = _Recorder()
    right = "月度工作小结 2026年9月"
    _running_header(canvas, branch, right, 800)
    printed = "".join(t for *_, t in canvas.drawn)
    assert all(ch in printed for ch in branch + right.replace(" ", ""))
    boxes = [(x0, x1, y) for x0, x1, y, _ in canvas.drawn]
    for x0, x1, _y in boxes:
        assert x0 >= MARGIN_LEFT - 0.01 and x1 <= PAGE_WIDTH - MARGIN_RIGHT + 0.01
    for i, (a0, a1, ay) in enumerate(boxes):
        for b0, b1, by in boxes[i + 1 :]:
            if abs(ay - by) < 1:  # same line: the two runs must not overlap
                assert a1 <= b0 + 0.01 or b1 <= a0 + 0.01


def test_every_name_prints_rare_characters_included(edge, zh, tmp_path):
    """𠮷 (CJK Extension B) is drawn from the shipped extension font and copies back out."""
    path, people = edge
    docs = _all_documents(path, people, tmp_path)
    con = sqlite3.connect(path)
    (staff_study,) = con.execute(
        "SELECT uuid FROM activity WHERE primary_kind = 'staff_study' ORDER BY date LIMIT 1"
    ).fetchone()
    con.close()
    signin = tmp_path / "all.pdf"
    with open_ledger(path, readonly=True):
        build_signin(gather_signin(staff_study), signin)
    text = "".join(pdftotext(signin).split())
    for name in people:
        assert name in text, name
    person = "".join(pdftotext(docs["person"]).split())
    assert RARE_NAMES[0] in person
    monthly = "".join(pdftotext(docs["monthly"]).split())
    for name in RARE_NAMES:
        assert name in monthly or name in text
    assert "\x00" not in text + person + monthly  # no glyph printed as "nothing"


def pdftotext(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def test_a_character_no_font_has_is_reported_with_its_text(edge, zh, tmp_path):
    """U+10FFFD (private use, in no font): generation names the text and the character."""
    from exports.pdf.page import unprintable

    path, people = edge
    odd = tmp_path / "odd.ledger"
    shutil.copy(path, odd)
    con = sqlite3.connect(odd)
    with con:
        con.execute("UPDATE person SET name = ? WHERE name = ?", ("王\U0010fffd祥", RARE_NAMES[0]))
    con.close()
    with open_ledger(odd, readonly=True):
        build_person(gather_person(people[RARE_NAMES[0]], "2026"), tmp_path / "p.pdf")
    warnings = unprintable()
    assert len(warnings) == 1
    assert "王\U0010fffd祥" in warnings[0] and "U+10FFFD" in warnings[0]
    with open_ledger(path, readonly=True):  # the shipped fonts print every name
        build_person(gather_person(people[RARE_NAMES[0]], "2026"), tmp_path / "q.pdf")
    assert unprintable() == []


def test_periods_read_as_chinese(edge, zh, tmp_path):
    path, people = edge
    docs = _all_documents(path, people, tmp_path)
    texts = {name: "".join(pdftotext(pdf).split()) for name, pdf in docs.items()}
    assert "2026年9月" in texts["monthly"]
    assert "2026年第三季度" in texts["monthly"]  # the quarter's compliance rules
    assert "2026年度" in texts["annual"] and "2026年度" in texts["person"]
    assert "2026年9月1日" in texts["signin"]
    for name, text in texts.items():
        assert not re.search(r"\d{4}-Q\d", text), name
        assert not re.search(r"\d{4}年0\d月", text), name


def _pages_text(pdf: Path) -> list[str]:
    return ["".join(page.split()) for page in pdftotext(pdf).split("\f") if page.strip()]


def test_monthly_minutes_print_agenda_materials_and_service(edge, zh, tmp_path):
    path, people = edge
    docs = _all_documents(path, people, tmp_path)
    text = "".join(_pages_text(docs["monthly"]))
    con = sqlite3.connect(path)
    agenda, materials = con.execute(
        "SELECT agenda, materials FROM activity WHERE agenda <> '' LIMIT 1"
    ).fetchone()
    service_type, served = con.execute(
        "SELECT service_type, people_served FROM activity WHERE primary_kind = 'volunteer' LIMIT 1"
    ).fetchone()
    con.close()
    assert "议程" in text and "".join(agenda.split()) in text
    assert "学习材料" in text and "".join(materials.split()) in text
    assert f"服务类型{service_type}" in text
    assert f"服务群众（人）{served}" in text


def test_statement_title_by_category_ends_with_certification(edge, zh, tmp_path):
    path, people = edge
    con = sqlite3.connect(path)
    categories = dict(con.execute("SELECT name, category FROM person"))
    con.close()
    staff = next(n for n, c in categories.items() if c == "staff")
    member = next(n for n, c in categories.items() if c == "full_member")
    for name, title in ((member, "党员参加组织生活情况证明"), (staff, "参加党组织活动情况证明")):
        pdf = tmp_path / f"{name}.pdf"
        with open_ledger(path, readonly=True):
            build_person(gather_person(people[name], "2026"), pdf)
        pages = _pages_text(pdf)
        text = "".join(pages)
        assert title in pages[0]
        if categories[name] == "staff":
            assert "党员参加组织生活情况证明" not in text
        assert "特此证明" in text and text.index("特此证明") < text.index("支部书记签字")
        assert "（盖章）" in text


def test_signature_block_with_seal_never_alone_on_a_page(edge, zh, tmp_path):
    path, people = edge
    docs = _all_documents(path, people, tmp_path)
    for name in ("monthly", "annual", "person"):
        pages = _pages_text(docs[name])
        last = pages[-1]
        assert "支部书记签字" in last and "日期" in last and "（盖章）" in last, name
        # Something of the document itself is on the page with the signature: more than the
        # running header, the signature lines and the footer.
        body = last
        for part in (LONG_BRANCH, "支部书记签字", "日期", "（盖章）", "数据指纹"):
            body = body.replace(part, "")
        body = re.sub(r"第\d+页共\d+页|生成于[\d:\-]+|[0-9a-f]{12}|·|：", "", body)
        assert len(body) > 20, (name, last)


def test_signature_never_alone_whatever_the_length(zh, tmp_path):
    """However much comes before it, the signature block shares its page with some of it."""
    from exports.pdf.common import (
        PageInfo,
        build_pdf,
        data_table,
        keep_last_with,
        para,
        signature_block,
    )

    info = PageInfo("实验小学党支部", "月度工作小结", "0" * 12, "2026-09-30 12:00")
    for rows in range(24, 60, 3):
        for tail_para in (False, True):
            story = [
                data_table(
                    ["日期", "主题"], [[f"9月{i}日", "主题" * 5] for i in range(rows)], [0.3, 0.7]
                )
            ]
            if tail_para:
                story.append(para("以上情况属实。" * 3))
            story = keep_last_with(story, signature_block())
            pdf = tmp_path / f"s{rows}{tail_para}.pdf"
            build_pdf(pdf, story, info, title="t")
            last = _pages_text(pdf)[-1]
            assert "支部书记签字" in last
            assert "主题" in last or "以上情况属实" in last, (rows, tail_para, last)


def test_numbers_never_wrap_inside_a_cell(zh, tmp_path):
    from exports.pdf.common import PageInfo, build_pdf, data_table, fmt_number

    values = [1264.12, 12480, 987654.5, 1313]
    printed = [fmt_number(v) for v in values]
    assert printed == ["1,264.12", "12,480", "987,654.5", "1,313"]
    rows = [["实验小学党支部", *printed, "22/24"]]
    table = data_table(
        ["支部", "学时", "人次", "时长", "次数", "实到/应到"],
        rows,
        [0.5, 0.1, 0.1, 0.1, 0.1, 0.1],
        "LRRRRC",
    )
    pdf = tmp_path / "n.pdf"
    build_pdf(pdf, [table], PageInfo("支部", "表", "0" * 12, "2026-09-30 12:00"), title="t")
    layout = "\n".join(_layout(pdf))
    for number in [*printed, "22/24"]:
        assert re.search(rf"(^|\s){re.escape(number)}(\s|$)", layout, re.M), (number, layout)


def test_english_words_never_break(tmp_path):
    from exports.pdf.common import PageInfo, build_pdf, data_table, para, title_paragraph

    words = [
        "responsibilities",
        "organisational",
        "accountability",
        "representatives",
        "implementation",
        "Comprehensive",
        "1,264.25",
        "2026-09-30",
    ]
    text = " ".join(words[i % len(words)] for i in range(160))
    story = [
        title_paragraph("Monthly summary of " + "Experimental Primary School " * 3, "Experimental"),
        para(text),
        data_table(["Topic", "Hours"], [[" ".join(words * 4), "1,264.25"]], [0.3, 0.7]),
    ]
    pdf = tmp_path / "en.pdf"
    build_pdf(pdf, story, PageInfo("Branch", "Summary", "0" * 12, "2026-09-30"), title="t")
    body = pdftotext(pdf)
    tokens = [t for t in body.split() if t not in ("Topic", "Hours", "Branch", "Summary")]
    known = set(words) | {"Monthly", "summary", "of", "Experimental", "Primary", "School"}
    strays = [
        t
        for t in tokens
        if t not in known
        and not re.fullmatch(
            r"[\d:\-·]+|Data|"
            r"fingerprint|made|Page|\d+|0+",
            t,
        )
    ]
    assert not strays, strays[:10]
