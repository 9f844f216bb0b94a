"""Render every main screen of a demo ledger, in Chinese, to docs/screenshots/*.png.

    uv run python tests/ui_screenshots.py [--lang zh_CN|en] [--out docs/screenshots]

The README shows these pictures. Qt runs offscreen, so no display is needed; the bundled CJK font
is used so that the pictures look the same on every machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

MONTH = "2026-10"
TODAY = dt.date(2026, 10, 20)
SIZE = (1366, 768)  # the smallest screen the app is made for (README pictures)
DIALOG_ROOM = (1366, 696)  # what a dialog gets on it, below a Windows taskbar and a title bar


def settle(ms: int = 150) -> None:
    """Let queued signals, worker results and paints happen."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_idle(window) -> None:
    worker = window.ctx.worker
    for _ in range(200):
        settle(30)
        if worker is None or not worker.is_busy():
            break
    settle(100)


def save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from models.demo.generate import write_demo
    from ui.shell.app import AppController, setup_application
    from ui.shell.fonts import ensure_cjk_font

    app, language = setup_application(args.lang)
    ensure_cjk_font(app, force=True)
    with tempfile.TemporaryDirectory() as tmp:
        # Backups and the recent-files list of this throwaway ledger stay in tmp.
        os.environ["BRANCH_LEDGER_BACKUPS"] = str(Path(tmp) / "backups")
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        path = Path(tmp) / "示范台账.ledger"
        write_demo(path, seed=1, months=12, until=MONTH)
        controller = AppController(language)
        controller.first_start_if_needed = lambda: None  # type: ignore[method-assign]
        if not controller.open_path(path):
            print("could not open the demo ledger", file=sys.stderr)
            return 1
        window = controller.window
        from ui.overview.checklist import mark_done

        mark_done(window.ctx, "dismissed")  # the demo is past its first week (see first_run.png)
        window.resize(*SIZE)
        window.overview.today = lambda: TODAY
        window.month_selector.set_month(MONTH)
        window.show()
        wait_idle(window)
        for key, name in (
            ("overview", "overview"),
            ("meeting", "meetings"),
            ("study", "study"),
            ("volunteer", "volunteer"),
            ("people", "people"),
            ("followup", "followup"),
            ("reports", "reports"),
            ("settings", "settings"),
        ):
            page = window.show_page(key)
            wait_idle(window)
            if key == "followup" and hasattr(page, "show_section"):
                _followup(window, page, args.out)
            if key == "reports" and hasattr(page, "generate"):
                _generated(page)  # show the month's summary in the preview, not an empty page
            save(window, args.out, name)
        _editor(window, args.out)
        _dues(window, args.out)
        _person(window, args.out)
        _development(window, args.out)
        _transfers(window, args.out)
        window.close()
        controller.close()
        _first_run(language, Path(tmp), args.out)
    app.quit()
    return 0


def _followup(window, page, out: Path) -> None:
    """The follow-up page on the demo's year, each section in turn (the plan saved last)."""
    page.today = lambda: TODAY
    page.refresh()
    for section in ("review", "rectification", "talks"):
        # The demo's 民主评议 was held last December: show that year's results.
        page.set_month(f"{TODAY.year - 1}-12" if section == "review" else MONTH)
        page.show_section(section)
        settle(200)
        save(window, out, f"followup_{section}")
    page.set_month(MONTH)
    page.show_section("plan")
    settle(200)


def _person(window, out: Path) -> None:
    """People ▸ edit a member with the 花名册 fields (ID number masked), and People ▸ 花名册…"""
    page = window.show_page("people")
    if not hasattr(page, "open_roster"):
        return
    with_id = [p for p in window.ctx.services.list_people() if p.id_number_masked]
    if with_id:
        dialog = page.open_person(with_id[0].uuid)
        dialog.resize(*DIALOG_ROOM)
        settle(200)
        save(dialog, out, "people_person")
        dialog.close()
    roster = page.open_roster()
    settle(200)
    save(roster, out, "people_roster")
    roster.close()


def _transfers(window, out: Path) -> None:
    """People ▸ 组织关系转接…: the list of transfers in and out (1366×768)."""
    page = window.show_page("people")
    dialog = page.open_transfers()
    dialog.resize(*DIALOG_ROOM)
    settle(300)
    save(dialog, out, "people_transfers")
    dialog.close()


def _development(window, out: Path) -> None:
    """People ▸ 发展党员…: the register and the form recording a stage (1366×768)."""
    page = window.show_page("people")
    if not hasattr(page, "open_development"):
        return
    dialog = page.open_development()
    dialog.today = lambda: TODAY
    dialog.refresh()
    dialog.resize(*DIALOG_ROOM)
    settle(300)
    save(dialog, out, "people_development")
    form = dialog.open_form()
    settle(300)
    save(form, out, "people_development_stage")
    form.close()
    dialog.close()


def _dues(window, out: Path) -> None:
    """People ▸ 党费…: the demo year's month grid (1366×768)."""
    page = window.show_page("people")
    if not hasattr(page, "open_dues"):
        return
    dialog = page.open_dues(TODAY.year)
    dialog.today = lambda: TODAY
    dialog.refresh()
    dialog.resize(1366, 768)
    settle(300)
    save(dialog, out, "people_dues")
    dialog.close()


def _generated(page, seconds: float = 60) -> None:
    """Generate the default document (the monthly summary) and wait for its preview."""
    import time

    page.generate()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        settle(100)
        preview = page.preview
        if preview is not None and preview.page_count() > 0:
            settle(500)  # let the viewer paint its pages
            return
    print("the report preview did not appear in time", file=sys.stderr)


def _editor(window, out: Path) -> None:
    """The record editor on the month's first meeting, on its main and attendance tabs."""
    page = window.registers["meeting"]
    window.show_page("meeting")
    # a meeting of the month that has photos, so that every tab shows something
    con = sqlite3.connect(window.ctx.ledger.path)
    found = con.execute(
        "SELECT a.uuid FROM activity a JOIN activity_kind k ON k.activity_id = a.id"
        " WHERE a.deleted_at IS NULL AND a.date LIKE ? AND k.kind IN"
        " ('branch_meeting', 'theme_day', 'party_lecture') ORDER BY"
        " (SELECT COUNT(*) FROM attachment t WHERE t.activity_id = a.id) DESC, a.date LIMIT 1",
        (MONTH + "-%",),
    ).fetchone()
    con.close()
    page._open_editor(activity_uuid=found[0]) if found else page.new_record()
    dialog = page.active_dialog
    if dialog is None:
        print("record editor not available: no screenshot", file=sys.stderr)
        return
    dialog.resize(min(900, DIALOG_ROOM[0]), min(760, DIALOG_ROOM[1]))
    dialog.show()
    settle(300)
    save(dialog, out, "editor")
    tabs = getattr(dialog, "tabs", None)
    if tabs is not None:
        for index, name in ((2, "editor_attendance"), (3, "editor_photos")):
            if index < tabs.count():
                tabs.setCurrentIndex(index)
                settle(300)
                save(dialog, out, name)
    dialog.done(0)
    settle()


def _first_run(language: str, tmp: Path, out: Path) -> None:
    """A new ledger: the setup dialog, then the overview with its first-run checklist."""
    from ui.settings.setup_dialog import SetupDialog
    from ui.shell.app import AppController

    controller = AppController(language)
    controller.first_start_if_needed = lambda: None  # type: ignore[method-assign]
    if not controller.open_path(tmp / "新台账.ledger", create=True):
        print("could not create a new ledger", file=sys.stderr)
        return
    window = controller.window
    setup = SetupDialog(window.ctx)
    setup.name.setText("育才小学党支部")
    setup.secretary.setText("陈静")
    setup.show()
    settle(300)
    save(setup, out, "setup")
    setup.save()
    window.resize(*SIZE)
    window.show()
    window.overview.refresh()
    wait_idle(window)
    save(window, out, "first_run")
    window.close()
    controller.close()


if __name__ == "__main__":
    sys.exit(main())
