"""A ledger is verified once per change, not on every open (issue 13); never weaker for a
file that changed or a bundle."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from models.errors import DamagedLedgerError
from models.file import ledger as ledger_module
from models.file import verified
from models.file.ledger import open_ledger
from tests.test_damaged import damage_middle


@pytest.fixture
def checks(monkeypatch):
    """The quick_checks run (the path of each)."""
    calls = []
    real = ledger_module.quick_check

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(ledger_module, "quick_check", counting)
    return calls


@pytest.fixture
def demo_ledger(tmp_path):
    from models.demo.generate import write_demo

    made = tmp_path / "made.ledger"
    write_demo(made, seed=3, months=2, until="2026-03")
    assert verified.is_verified(made)  # closed by the writer that made it
    path = tmp_path / "demo.ledger"
    shutil.copyfile(made, path)  # a file from elsewhere: never seen, so not trusted
    return path


def test_an_unchanged_ledger_is_checked_once(demo_ledger, checks):
    open_ledger(demo_ledger, readonly=True).close()
    open_ledger(demo_ledger, readonly=True).close()
    open_ledger(demo_ledger).close()
    assert len(checks) == 1


def test_a_ledger_closed_after_writing_here_is_not_read_again(demo_ledger, checks):
    from models import services as s

    with open_ledger(demo_ledger):
        s.close_month("2026-01")  # a write: the change counter moves
    assert len(checks) == 1
    with open_ledger(demo_ledger, readonly=True):
        assert s.month_closed("2026-01-01")
    assert len(checks) == 1


def test_a_change_made_elsewhere_is_checked_again(demo_ledger, checks):
    open_ledger(demo_ledger).close()
    con = sqlite3.connect(demo_ledger)
    con.execute("UPDATE branch SET superior = '区教育局'")  # another program, not under our lock
    con.commit()
    con.close()
    open_ledger(demo_ledger).close()
    assert len(checks) == 2


def test_damage_after_the_last_check_is_found(demo_ledger):
    open_ledger(demo_ledger).close()
    assert verified.is_verified(demo_ledger)
    size = demo_ledger.stat().st_size
    damage_middle(demo_ledger)
    assert demo_ledger.stat().st_size == size  # same size, same inode: only the bytes changed
    with pytest.raises(DamagedLedgerError):
        open_ledger(demo_ledger, readonly=True)
    assert not verified.is_verified(demo_ledger)


def test_a_large_ledger_unchanged_since_its_check_opens_without_a_wait(demo_ledger, checks):
    from models.file.ledger import checked_and_unchanged

    assert not checked_and_unchanged(demo_ledger)  # the app checks it behind a progress dialog
    open_ledger(demo_ledger).close()
    assert checked_and_unchanged(demo_ledger)  # the app opens it at once
