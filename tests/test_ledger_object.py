"""An open ledger is an object that owns its database: several can be open in one process, and
opening, writing or closing one never redirects work on another."""

from __future__ import annotations

import threading

import pytest

from models import services
from models.demo.generate import write_demo
from models.file import in_use
from models.file.ledger import open_ledger
from models.file.schema import NoLedgerInUse, Person


def _school(path, name):
    led = open_ledger(path, create=True)
    led.services.save_branch(services.BranchInput(name=name))
    return led


def test_writing_a_demo_in_process_leaves_the_open_ledger_in_use(tmp_path):
    mine = _school(tmp_path / "mine.ledger", "育才小学党支部")
    try:
        write_demo(tmp_path / "demo.ledger", seed=3, months=2, until="2026-10")
        assert in_use.current() is mine
        assert services.current_branch().name == "育才小学党支部"
        assert mine.services.current_branch().name == "育才小学党支部"
    finally:
        mine.close()


def test_bound_services_work_on_their_own_ledger_whatever_is_in_use(tmp_path):
    a = _school(tmp_path / "a.ledger", "甲校党支部")
    b = _school(tmp_path / "b.ledger", "乙校党支部")
    try:
        assert in_use.current() is b  # the last opened, for scripts
        assert a.services.current_branch().name == "甲校党支部"
        a.services.save_person(services.PersonInput(name="王芳", category="full_member"))
        assert [p.name for p in a.services.list_people()] == ["王芳"]
        assert b.services.list_people() == []
        with a.use():
            assert Person.select().count() == 1
        assert Person.select().count() == 0  # b again after the block
        b.close()
        assert in_use.current() is a  # closing b gives back the one used before
    finally:
        a.close()
        b.close()
    assert in_use.current() is None


def test_a_thread_uses_only_the_ledger_it_names(tmp_path):
    led = _school(tmp_path / "a.ledger", "甲校党支部")
    seen: dict[str, object] = {}

    def job() -> None:
        try:
            Person.select().count()
        except NoLedgerInUse as exc:
            seen["without"] = exc
        seen["bound"] = led.services.current_branch().name
        led.close_thread_connection()

    try:
        thread = threading.Thread(target=job)
        thread.start()
        thread.join()
    finally:
        led.close()
    assert isinstance(seen["without"], NoLedgerInUse)  # nothing leaks in from another thread
    assert seen["bound"] == "甲校党支部"


def test_a_closed_ledger_refuses_work_in_plain_words(tmp_path):
    from models.errors import LedgerError

    led = _school(tmp_path / "a.ledger", "甲校党支部")
    bound = led.services
    led.close()
    with pytest.raises(LedgerError, match="closed"):
        bound.current_branch()


def test_every_service_works_on_the_same_branch_of_a_file_with_several(ledger):
    """A file with several branches (a district's, or a copy being set up): saving a record,
    its compliance and the window title all choose the branch the same way."""
    import sqlite3

    names = ["甲校党支部", "乙校党支部"]  # 甲 gets the lower id, 乙 comes first by name
    for name in names:
        services.save_branch(services.BranchInput(name=name))
    chosen = services.current_branch()
    assert chosen.name == min(names) == ledger.branch_name()
    uuid = services.save_activity(
        services.ActivityInput(kinds=["collective_study"], date="2026-10-09", topic="学习")
    )
    con = sqlite3.connect(ledger.path)
    owner = con.execute(
        "SELECT b.name FROM activity a JOIN branch b ON b.id = a.branch_id WHERE a.uuid = ?",
        (uuid,),
    ).fetchone()[0]
    con.close()
    assert owner == chosen.name
