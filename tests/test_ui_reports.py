"""The Reports page on a demo ledger: generate in the background, preview, save, print, close
the month; the sign-in sheet and participation statement windows; Excel; errors in plain words.

Every figure checked here is counted independently with raw SQL on the ledger file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from models import services
from models.demo.generate import write_demo
from models.errors import ClosedMonthError
from models.file.ledger import open_ledger
from tests.ui_support import QT_MARKS, raw
from ui.reports.dialog import ReportDialog
from ui.reports.jobs import MONTHLY, PERSON, SIGNIN, WORKBOOK
from ui.reports.page import (
    ReportsPage,
    show_participation_statement,
    show_signin_sheet,
    signin_action,
    statement_action,
)
from ui.shell.context import AppContext
from ui.shell.worker import DbWorker

pytestmark = QT_MARKS

MONTH = "2026-10"
WAIT = 30000  # ms; generous for a slow CI machine (a wait, not a speed assertion)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """One demo ledger per module (a year up to October 2026), copied fresh for each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.ledger"
    write_demo(str(path), seed=1, until=MONTH)
    return path


@pytest.fixture
def demo(demo_file, tmp_path, qapp, english):
    """(path, AppContext) on a private copy of the demo ledger, with a database worker."""
    path = tmp_path / "demo.ledger"
    shutil.copy(demo_file, path)
    ledger = open_ledger(path)
    worker = DbWorker(ledger)
    ctx = AppContext(ledger=ledger, language="en", worker=worker)
    yield path, ctx
    worker.stop()
    ledger.close()


def make_page(ctx, qtbot, month: str = MONTH) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.set_month(month)
    page.resize(1000, 700)
    page.show()
    return page


def generate(page: ReportsPage, qtbot, document: str) -> None:
    """Choose `document`, click Generate and wait until the result is shown."""
    page.set_document(document)
    qtbot.waitUntil(page.generate_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.busy_bar.isVisibleTo(page) or page.preview is not None
    qtbot.waitUntil(lambda: page.result is not None and not page.runner.is_busy(), timeout=WAIT)
    assert not page.error_label.isVisibleTo(page), page.error_label.text()
    if page.result.is_pdf:
        qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=WAIT)
    assert not page.busy_bar.isVisibleTo(page)


def save_through_dialog(page, monkeypatch, target: Path) -> list[str]:
    """Click Save as… with the file dialog answered by `target`; return the proposed path."""
    proposed: list[str] = []

    def fake(_parent, _caption, directory, _filter):
        proposed.append(directory)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    page.preview.save_button.click()
    return proposed


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def month_counts(path: Path, month: str) -> tuple[int, int]:
    """次 (live activities in the month) and 人次 (present or late), by raw SQL."""
    acts = raw(
        path,
        "SELECT COUNT(*) FROM activity WHERE deleted_at IS NULL AND substr(date, 1, 7) = ?",
        (month,),
    )[0][0]
    present = raw(
        path,
        "SELECT COUNT(*) FROM attendance t JOIN activity a ON a.id = t.activity_id"
        " WHERE t.deleted_at IS NULL AND a.deleted_at IS NULL AND substr(a.date, 1, 7) = ?"
        " AND t.status IN ('present', 'late')",
        (month,),
    )[0][0]
    return acts, present


def test_monthly_summary_generated_previewed_and_saved(demo, qtbot, tmp_path, monkeypatch):
    path, ctx = demo
    page = make_page(ctx, qtbot)
    generate(page, qtbot, MONTHLY)
    shown_pages = page.preview.document.pageCount()
    assert shown_pages > 0
    assert page.preview.stack.currentWidget() is page.preview.view

    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    proposed = save_through_dialog(page, monkeypatch, target)
    assert Path(proposed[0]).name == f"Monthly summary-{MONTH}.pdf"
    assert target.exists()
    assert len(PdfReader(str(target)).pages) == shown_pages
    activities, attendances = month_counts(path, MONTH)
    assert activities > 0
    # The key-figure band: 次 then 人次, side by side.
    assert contains_run(pdf_text(target).split(), [str(activities), str(attendances)])
    assert page.preview.folder_button.isEnabled()

    opened = []
    monkeypatch.setattr(
        "ui.reports.preview.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    page.preview.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [target.parent]


def test_options_add_minutes_and_photos(demo, qtbot, tmp_path):
    path, ctx = demo
    page = make_page(ctx, qtbot)
    generate(page, qtbot, MONTHLY)
    plain = page.preview.page_count()
    page.minutes_check.setChecked(True)
    page.photos_check.setChecked(True)
    generate(page, qtbot, MONTHLY)
    assert page.result.request.minutes and page.result.request.photos
    assert page.preview.page_count() > plain
    page.preview.save_to(tmp_path / "full.pdf")
    text = pdf_text(tmp_path / "full.pdf")
    topic = raw(
        path,
        "SELECT minutes FROM activity WHERE deleted_at IS NULL AND substr(date, 1, 7) = ?"
        " AND length(minutes) > 20 ORDER BY date LIMIT 1",
        (MONTH,),
    )[0][0]
    first_words = topic.split()[0][:8]
    assert first_words in text.replace("\n", "")
    assert "Photos" in text


def test_empty_month_gives_a_valid_report(demo, qtbot, tmp_path):
    path, ctx = demo
    empty = "2024-03"
    assert month_counts(path, empty) == (0, 0)
    page = make_page(ctx, qtbot, empty)
    generate(page, qtbot, MONTHLY)
    assert page.result.empty
    page.preview.save_to(tmp_path / "empty.pdf")
    assert "No activities were recorded in this month." in pdf_text(tmp_path / "empty.pdf")


def test_close_month_offered_after_saving_then_edits_need_a_reason(demo, qtbot, tmp_path):
    path, ctx = demo
    page = make_page(ctx, qtbot)
    generate(page, qtbot, MONTHLY)
    assert not page.close_banner.isVisibleTo(page)
    assert page.preview.save_to(tmp_path / "m.pdf")
    assert page.close_banner.isVisibleTo(page)
    assert MONTH in page.close_banner.label.text()
    assert "reason" in page.close_banner.label.text()
    with qtbot.waitSignal(page.month_closed):
        qtbot.mouseClick(page.close_banner.close_button, Qt.MouseButton.LeftButton)
    rows = raw(path, "SELECT month FROM closed_month WHERE deleted_at IS NULL")
    assert rows == [(MONTH,)]
    assert not page.close_banner.close_button.isVisibleTo(page)
    assert "is archived" in page.close_banner.label.text()

    uuid = raw(
        path,
        "SELECT uuid FROM activity WHERE deleted_at IS NULL AND substr(date, 1, 7) = ? LIMIT 1",
        (MONTH,),
    )[0][0]
    data = services.get_activity(uuid)
    data.topic = data.topic + "（补充）"
    with pytest.raises(ClosedMonthError):
        services.save_activity(data)
    services.save_activity(data, reason="补记会议内容")
    assert raw(path, "SELECT topic FROM activity WHERE uuid = ?", (uuid,))[0][0] == data.topic

    # Saving the summary again does not offer to close a month that is already closed.
    page.close_banner.hide()
    page.preview.save_to(tmp_path / "again.pdf")
    assert not page.close_banner.isVisibleTo(page)


def test_print_sends_every_page_and_offers_to_close(demo, qtbot, tmp_path):
    _path, ctx = demo
    page = make_page(ctx, qtbot)
    generate(page, qtbot, MONTHLY)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.preview.print_to(printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == page.preview.page_count()
    assert page.close_banner.isVisibleTo(page)


def test_signin_sheet_lists_everyone_expected(demo, qtbot, tmp_path):
    path, ctx = demo
    uuid, activity_id = raw(
        path,
        "SELECT a.uuid, a.id FROM activity a WHERE a.deleted_at IS NULL AND a.date LIKE ?"
        " AND a.primary_kind = 'branch_meeting' ORDER BY a.date LIMIT 1",
        (f"{MONTH}-%",),
    )[0]
    names = [
        r[0]
        for r in raw(
            path,
            "SELECT p.name FROM attendance t JOIN person p ON p.id = t.person_id"
            " WHERE t.activity_id = ? AND t.deleted_at IS NULL AND t.status != 'excluded'",
            (activity_id,),
        )
    ]
    assert len(names) > 3
    dialog = show_signin_sheet(ctx, None, uuid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=WAIT)
    assert dialog.preview.save_to(tmp_path / "signin.pdf")
    text = pdf_text(tmp_path / "signin.pdf")
    missing = [n for n in names if n not in text]
    assert missing == []
    assert dialog.preview.result.request.document == SIGNIN


def test_signin_sheet_from_the_page_picks_a_meeting_of_the_month(demo, qtbot, tmp_path):
    path, ctx = demo
    page = make_page(ctx, qtbot)
    page.set_document(SIGNIN)
    expected = raw(
        path,
        "SELECT COUNT(*) FROM activity WHERE deleted_at IS NULL AND substr(date, 1, 7) = ?",
        (MONTH,),
    )[0][0]
    qtbot.waitUntil(lambda: page.activity_combo.count() == expected, timeout=WAIT)
    generate(page, qtbot, SIGNIN)
    assert page.result.request.activity_uuid == page.activity_combo.currentData()
    assert page.preview.page_count() > 0


def test_statement_from_the_page_for_a_chosen_person(demo, qtbot, tmp_path):
    path, ctx = demo
    people = raw(path, "SELECT uuid, name FROM person WHERE deleted_at IS NULL ORDER BY id")
    page = make_page(ctx, qtbot)
    page.set_document(PERSON)
    qtbot.waitUntil(lambda: page.person_combo.count() == len(people), timeout=WAIT)
    uuid, name = people[-1]
    assert page.select_person(uuid)
    page.period.set_kind("quarter")
    generate(page, qtbot, PERSON)
    assert page.result.request.period == "2026-Q4"
    page.preview.save_to(tmp_path / "p.pdf")
    assert name in pdf_text(tmp_path / "p.pdf")


def test_context_menu_actions_open_the_document_windows(demo, qtbot):
    path, ctx = demo
    activity = raw(path, "SELECT uuid FROM activity WHERE deleted_at IS NULL LIMIT 1")[0][0]
    person = raw(path, "SELECT uuid FROM person WHERE deleted_at IS NULL LIMIT 1")[0][0]
    host = QWidget()
    qtbot.addWidget(host)
    assert not signin_action(ctx, host, lambda: None).isEnabled()
    for action, document in (
        (signin_action(ctx, host, lambda: activity), SIGNIN),
        (statement_action(ctx, host, lambda: person), PERSON),
    ):
        assert action.isEnabled()
        before = set(host.findChildren(ReportDialog))
        action.trigger()
        (dialog,) = set(host.findChildren(ReportDialog)) - before
        qtbot.waitUntil(lambda d=dialog: d.preview.page_count() > 0, timeout=WAIT)
        assert dialog.preview.result.request.document == document
        dialog.close()


def test_participation_statement_window(demo, qtbot, tmp_path):
    path, ctx = demo
    person_uuid, person_id, name = raw(
        path, "SELECT uuid, id, name FROM person WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
    )[0]
    attended = raw(
        path,
        "SELECT COUNT(*) FROM attendance t JOIN activity a ON a.id = t.activity_id"
        " WHERE t.person_id = ? AND t.deleted_at IS NULL AND a.deleted_at IS NULL"
        " AND a.date LIKE '2026-%' AND t.status IN ('present', 'late')",
        (person_id,),
    )[0][0]
    assert attended > 0
    dialog = show_participation_statement(ctx, None, person_uuid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=WAIT)
    assert dialog.preview.result.request.period == "2026"
    dialog.preview.save_to(tmp_path / "person.pdf")
    text = pdf_text(tmp_path / "person.pdf")
    assert name in text
    assert contains_run(text.split(), ["Times", "attended"])
    assert str(attended) in text.split()


def test_excel_export_saved_with_every_activity(demo, qtbot, tmp_path, monkeypatch):
    path, ctx = demo
    page = make_page(ctx, qtbot)
    generate(page, qtbot, WORKBOOK)
    assert not page.result.is_pdf
    assert page.preview.stack.currentWidget() is page.preview.workbook_note
    assert not page.preview.print_button.isEnabled()
    target = tmp_path / "export.xlsx"
    proposed = save_through_dialog(page, monkeypatch, target)
    assert Path(proposed[0]).name == f"Ledger export-{MONTH}.xlsx"
    from openpyxl import load_workbook

    wb = load_workbook(target)
    registers = sum(wb[t].max_row - 2 for t in ("Meetings", "Study", "Volunteer service"))
    assert registers == month_counts(path, MONTH)[0]


def test_errors_are_shown_in_plain_words(demo, qtbot, tmp_path):
    _path, ctx = demo
    dialog = show_participation_statement(ctx, None, "no-such-person")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT)
    assert "not in the ledger" in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()

    page = make_page(ctx, qtbot)
    generate(page, qtbot, MONTHLY)
    assert not page.preview.save_to(tmp_path / "no" / "such" / "folder.pdf")
    message = page.preview.message_label.text()
    assert "could not be saved" in message and "Traceback" not in message
    assert not page.close_banner.isVisibleTo(page)


def test_the_page_does_not_load_reportlab_or_openpyxl(tmp_path):
    """The documents' libraries load only when a document is built (start-up stays light)."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from models.file.ledger import open_ledger\n"
        "from ui.shell.context import AppContext\n"
        "from ui.reports.page import ReportsPage\n"
        f"led = open_ledger({str(tmp_path / 'x.ledger')!r}, create=True)\n"
        "page = ReportsPage(AppContext(ledger=led))\n"
        "print(sorted(m for m in ('reportlab', 'openpyxl', 'PySide6.QtPdf') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_meeting_and_person_context_menus_offer_their_documents(demo, qtbot):
    """Right-click a meeting → 签到表; right-click a person → participation statement."""
    from ui.people.page import PeoplePage
    from ui.records.register_page import RegisterPage

    path, ctx = demo
    register = RegisterPage(ctx, "meeting")
    qtbot.addWidget(register)
    register.resize(900, 500)
    register.show()
    register.set_month(MONTH)
    qtbot.waitUntil(lambda: register.model.rowCount() > 0, timeout=WAIT)
    people = PeoplePage(ctx)
    qtbot.addWidget(people)
    people.resize(900, 500)
    people.show()
    people.refresh()
    for page, document, words in ((register, SIGNIN, "sign-in"), (people, PERSON, "statement")):
        before = set(page.findChildren(ReportDialog))
        menu = page.context_menu(page.table.visualRect(page.table.model().index(0, 0)).center())
        (action,) = [a for a in menu.actions() if words in a.text().lower()]
        action.trigger()
        (dialog,) = set(page.findChildren(ReportDialog)) - before
        qtbot.waitUntil(lambda d=dialog: d.preview.page_count() > 0, timeout=WAIT)
        assert dialog.preview.result.request.document == document
        dialog.close()


def test_saving_on_a_full_disk_gives_the_plain_message_and_no_part_file(demo, qtbot, tmp_path):
    """The disk is "full" for this process while it saves: no file may grow past 4 KB (the
    kernel refuses with EFBIG, as a full USB stick refuses with ENOSPC)."""
    import resource
    import signal

    _path, ctx = demo
    page = make_page(ctx, qtbot)
    generate(page, qtbot, MONTHLY)
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        saved = page.preview.save_to(target)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert not saved
    message = page.preview.message_label.text()
    assert "disk is full" in message and "summary.pdf" in message and "Errno" not in message
    assert list(target.parent.iterdir()) == []  # no .part left, no half a PDF
    assert page.preview.save_to(target)  # room again: saved
