"""Opening a ledger: pragmas, header identity, the lock."""

from __future__ import annotations

import subprocess
import sys

import pytest

from models.errors import LedgerInUseError
from models.file.ledger import APPLICATION_ID, SCHEMA_VERSION, open_ledger, read_header
from tests.conftest import ROOT


def test_new_ledger_has_identity_and_pragmas(ledger, ledger_path):
    db = ledger.db
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA trusted_schema").fetchone()[0] == 0
    header = read_header(ledger_path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION


def test_second_process_is_told_the_ledger_is_in_use(ledger, ledger_path):
    code = (
        "import sys\n"
        "from models.file.ledger import open_ledger\n"
        "from models.errors import LedgerInUseError\n"
        f"try:\n    open_ledger({str(ledger_path)!r})\n"
        "except LedgerInUseError:\n    sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert result.returncode == 3, result.stderr
    # Read-only is still possible while the other process holds the lock.
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from models.file.ledger import open_ledger\n"
            f"open_ledger({str(ledger_path)!r}, readonly=True)",
        ],
        cwd=ROOT,
        check=True,
    )


def test_lock_of_a_killed_process_does_not_block(ledger_path):
    open_ledger(ledger_path, create=True).close()
    code = (
        "import os, time\nfrom models.file.ledger import open_ledger\n"
        f"led = open_ledger({str(ledger_path)!r})\nprint('locked', flush=True)\ntime.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "locked"
    with pytest.raises(LedgerInUseError):
        open_ledger(ledger_path)
    child.kill()
    child.wait()
    open_ledger(ledger_path).close()


def test_a_ledger_locked_by_a_long_save_is_in_use_not_damaged(ledger_path, monkeypatch):
    """A reader that cannot get in while another process holds the write lock is told the
    ledger is busy; it is never reported as damaged."""
    import sqlite3

    import models.file.ledger as ledger_module

    open_ledger(ledger_path, create=True).close()
    writer = sqlite3.connect(ledger_path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")  # like another process in the middle of committing
    monkeypatch.setattr(ledger_module, "READ_WAIT_SECONDS", 0.2)
    try:
        with pytest.raises(LedgerInUseError) as caught:
            open_ledger(ledger_path, readonly=True)
        assert "being saved" in str(caught.value)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    open_ledger(ledger_path, readonly=True).close()  # fine once the save is over


def test_branch_name_for_the_title_is_the_current_branch(ledger):
    from models import services
    from models.file.schema import Branch, utc_now

    assert ledger.branch_name() is None and services.current_branch() is None
    services.save_branch(services.BranchInput(name="乙校党支部"))
    services.save_branch(services.BranchInput(name="甲校党支部"))  # a district ledger holds many
    assert ledger.branch_name() == services.current_branch().name
    first = services.current_branch()
    Branch.update(deleted_at=utc_now()).where(Branch.uuid == first.uuid).execute()
    assert services.current_branch().name != first.name
    assert ledger.branch_name() == services.current_branch().name


def test_a_ledger_opened_without_connecting_connects_on_first_use(ledger_path):
    from models import services
    from models.errors import LedgerInUseError
    from models.file import in_use

    with open_ledger(ledger_path, create=True):
        services.save_branch(services.BranchInput(name="实验小学党支部"))
    led = open_ledger(ledger_path, connect=False)
    try:
        assert not led.connected and in_use.current() is led  # checked, not yet connected
        assert led.branch_name() == "实验小学党支部"  # the window title, without the models
        assert not led.connected
        with pytest.raises(LedgerInUseError):
            open_ledger(ledger_path)  # the lock is held all the same
        assert led.services.current_branch().name == "实验小学党支部"
        assert led.connected  # first use connects
    finally:
        led.close()
    assert in_use.current() is None
    never_used = open_ledger(ledger_path, connect=False)
    never_used.close()  # closing without a connection releases the lock
    assert never_used.closed and not never_used.connected
    with open_ledger(ledger_path):
        pass
