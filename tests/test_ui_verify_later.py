"""The app opens a large ledger that was never verified at once and checks it after the first
frame (ui.shell.app.AppController._verify_after_open): saving waits for the check; a damaged
file gets a clear message, stays read-only and is never written."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from models.errors import LedgerError
from models.file import verified
from models.file.backup import list_backups
from models.file.ledger import open_ledger
from tests.sample_ledger import fill_ledger
from tests.test_damaged import damage_middle, sha
from ui.shell import app as app_module
from ui.shell.app import AppController


@pytest.fixture
def filled(tmp_path) -> Path:
    path = tmp_path / "district.ledger"
    with open_ledger(path, create=True) as led:
        fill_ledger(led, people=30, activities=40)
    verified.forget(path)  # never verified on this computer
    return path


@pytest.fixture
def controller(qapp, isolated_settings, english, monkeypatch):
    monkeypatch.setattr(app_module, "VERIFY_LATER_BYTES", 0)  # the test ledgers are small
    c = AppController("en")
    yield c
    if c.window is not None:
        c.window.close()
    c.close()


@pytest.fixture
def held_check(monkeypatch):
    """quick_check waits until the returned event is set."""
    from models.file import ledger as ledger_module

    release = threading.Event()
    real = ledger_module.quick_check

    def held(path):
        release.wait()
        return real(path)

    monkeypatch.setattr(ledger_module, "quick_check", held)
    yield release
    release.set()


def _stored(path: Path) -> str | None:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = 'mobile_expected'").fetchone()
    finally:
        con.close()
    return row[0] if row else None


def test_a_damaged_uncached_ledger_shows_the_window_then_the_message(
    controller, qtbot, filled, isolated_settings, held_check
):
    damage_middle(filled)
    before = sha(filled)
    assert controller.open_path(filled)  # the full check would refuse it before any window
    window = controller.window
    qtbot.waitExposed(window)
    assert window.findChild(QWidget, "damagedBanner") is None  # the check has not finished
    held_check.set()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "damagedBanner") is not None)
    message = window.findChild(QLabel, "damagedMessage").text()
    assert "damaged" in message and "backup" in message
    assert "read-only" in window.status_label.text()
    ledger = controller.ledger
    with pytest.raises(LedgerError, match="read-only"):
        ledger.services.set_setting("mobile_expected", True)
    controller.close()
    assert sha(filled) == before
    assert not verified.is_verified(filled)
    # A damaged file is never taken as a backup.
    assert list_backups(filled, isolated_settings.parent / "backups") == []


def test_a_healthy_uncached_ledger_is_verified_in_the_background(
    controller, qtbot, filled, held_check
):
    assert controller.open_path(filled)
    window = controller.window
    qtbot.waitExposed(window)
    ledger = controller.ledger
    assert not ledger.verified and not verified.is_verified(filled)
    held_check.set()
    qtbot.waitUntil(lambda: ledger.verified)
    assert verified.is_verified(filled)
    ledger.services.set_setting("mobile_expected", True)
    assert window.findChild(QWidget, "damagedBanner") is None
    controller.close()
    assert _stored(filled) == "true"
    assert verified.is_verified(filled)  # remembered as closed


def test_quitting_during_the_check_of_a_damaged_ledger_leaves_it_unwritten(
    controller, qtbot, filled, isolated_settings, held_check
):
    damage_middle(filled)
    before = sha(filled)
    assert controller.open_path(filled)
    qtbot.waitExposed(controller.window)
    ledger = controller.ledger
    controller.close(wait=False)  # the window goes; the last work waits for the check
    held_check.set()
    controller.wait_closed()
    assert ledger.verification_error is not None
    assert sha(filled) == before
    assert list_backups(filled, isolated_settings.parent / "backups") == []


def test_a_save_during_the_check_waits_for_it_then_succeeds(controller, qtbot, filled, held_check):
    assert controller.open_path(filled)
    qtbot.waitExposed(controller.window)
    ledger = controller.ledger
    outcome: dict[str, object] = {}
    # As the UI saves: a service on the database worker.
    controller.ctx.worker.submit(
        ledger.services.set_setting,
        "mobile_expected",
        True,
        on_done=lambda _r: outcome.setdefault("done", True),
        on_error=lambda text: outcome.setdefault("error", text),
    )
    qtbot.wait(300)  # the GUI stays live meanwhile; the save has not happened
    assert outcome == {} and _stored(filled) is None and not ledger.verified
    held_check.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == {"done": True}
    assert ledger.verified and _stored(filled) == "true"


def test_a_save_on_the_worker_is_refused_after_a_failed_check(
    controller, qtbot, filled, held_check
):
    damage_middle(filled)
    before = sha(filled)
    held_check.set()
    assert controller.open_path(filled)
    window = controller.window
    qtbot.waitUntil(lambda: window.findChild(QWidget, "damagedBanner") is not None)
    outcome: dict[str, object] = {}
    controller.ctx.worker.submit(
        controller.ledger.services.set_setting,
        "mobile_expected",
        True,
        on_done=lambda _r: outcome.setdefault("done", True),
        on_error=lambda text: outcome.setdefault("error", text),
    )
    qtbot.waitUntil(lambda: bool(outcome))
    assert "read-only" in str(outcome.get("error")) and "Traceback" not in str(outcome)
    controller.close()
    assert sha(filled) == before
