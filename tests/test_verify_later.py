"""Verification after opening (open_ledger(verify_later=True), Ledger.verify): the header and
schema checks at once, quick_check later; writes wait for it and are refused if it failed, and
a file that failed is never written."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from models.errors import LedgerError
from models.file import ledger as ledger_module
from models.file import verified
from models.file.ledger import open_ledger
from tests.sample_ledger import fill_ledger
from tests.test_damaged import damage_middle, sha


@pytest.fixture
def filled(tmp_path) -> Path:
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True) as led:
        fill_ledger(led, people=30, activities=40)
    verified.forget(path)  # never verified on this computer
    return path


def _stored(path: Path) -> str | None:
    """The stored value of the setting the tests write (raw sqlite3)."""
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = 'mobile_expected'").fetchone()
    finally:
        con.close()
    return row[0] if row else None


def test_a_damaged_file_opens_but_is_never_written(filled, monkeypatch):
    damage_middle(filled)
    before = sha(filled)
    led = open_ledger(filled, verify_later=True)  # the full open refuses it (test_damaged)
    try:
        assert not led.verified
        error = led.verify()
        assert error is not None and "damaged" in str(error)
        assert led.readonly and not led.verified
        with pytest.raises(LedgerError) as info:
            led.services.set_setting("mobile_expected", True)
        assert "read-only" in str(info.value)
    finally:
        led.close()
    assert sha(filled) == before
    assert not verified.is_verified(filled)


def test_the_query_only_backstop_refuses_a_write_that_skips_the_hold(filled):
    damage_middle(filled)
    before = sha(filled)
    led = open_ledger(filled, verify_later=True)
    try:
        with pytest.raises(Exception, match="readonly"):
            led.db.execute_sql("UPDATE branch SET name = 'x'")
    finally:
        led.close()
    assert sha(filled) == before


def test_a_healthy_file_is_verified_then_written_and_remembered(filled):
    led = open_ledger(filled, verify_later=True)
    try:
        assert not led.verified and not verified.is_verified(filled)
        led.verify_in_background().join()
        assert led.verified and led.verification_error is None
        assert verified.is_verified(filled)
        led.services.set_setting("mobile_expected", True)
    finally:
        led.close()
    assert _stored(filled) == "true"
    assert verified.is_verified(filled)  # remembered as closed


def test_a_write_during_the_check_waits_for_it_then_succeeds(filled, monkeypatch):
    release = threading.Event()
    started = threading.Event()
    real = ledger_module.quick_check

    def slow_check(path):
        started.set()
        release.wait()
        return real(path)

    monkeypatch.setattr(ledger_module, "quick_check", slow_check)
    led = open_ledger(filled, verify_later=True)
    outcome: dict[str, object] = {}

    def write() -> None:
        try:
            led.services.set_setting("mobile_expected", True)
            outcome["ok"] = True
        except Exception as exc:  # reported below
            outcome["error"] = exc

    try:
        checker = led.verify_in_background()
        started.wait()
        writer = threading.Thread(target=write)
        writer.start()
        writer.join(0.3)
        assert writer.is_alive(), "the write did not wait for the check"
        assert _stored(filled) != "true"
        release.set()
        checker.join()
        writer.join()
        assert outcome == {"ok": True}
    finally:
        release.set()
        led.close()
    assert _stored(filled) == "true"


def test_only_a_current_file_without_a_leftover_journal_is_verified_later(filled):
    assert ledger_module.can_verify_later(filled)
    journal = filled.with_name(filled.name + "-journal")
    journal.write_bytes(b"")
    assert not ledger_module.can_verify_later(filled)
    journal.unlink()
    # A file already verified and unchanged has nothing pending.
    with open_ledger(filled):
        pass
    led = open_ledger(filled, verify_later=True)
    try:
        assert led.verified
    finally:
        led.close()
