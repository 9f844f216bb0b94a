"""组织关系转接: dated transfers write the person's roster status (countable through the day they
leave), move and vanish with the event, remind of a missing 回执 after 30 days, and travel in the
bundle like every record. Checked on the raw rows with sqlite3."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models import services
from models.bureau.merge import import_bundles
from models.errors import ValidationError
from models.file.ledger import open_ledger
from tests.bureau_helpers import sha256
from tests.followup_helpers import make_branch, raw

HOSTILE = '=HYPERLINK("x")\x07\x1b 二中党支部'


def on_roster(path: Path, name: str, day: str) -> bool:
    """The person's status on `day` from the raw rows (latest effective_on not after it)."""
    rows = raw(
        path,
        "SELECT s.status FROM person_status s JOIN person p ON p.id = s.person_id"
        " WHERE p.name = ? AND s.deleted_at IS NULL AND s.effective_on <= ?"
        " ORDER BY s.effective_on, s.id",
        (name, day),
    )
    return bool(rows) and rows[-1][0] in ("active", "mobile")


@pytest.fixture
def branch_file(tmp_path: Path):
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        made.out = services.save_transfer(
            services.TransferInput(made.people["王芳"], "out", "2026-05-20", HOSTILE,
                                   letter_no="组转〔2026〕12号")
        )  # fmt: skip
    return path, made


def test_countable_through_the_day_they_leave(branch_file):
    path, made = branch_file
    assert on_roster(path, "王芳", "2026-05-20") and not on_roster(path, "王芳", "2026-05-21")
    with open_ledger(path, readonly=True):
        assert "王芳" in {p.name for p in services.roster_on("2026-05-20")}
        assert "王芳" not in {p.name for p in services.roster_on("2026-05-21")}
        (row,) = services.list_transfers(made.people["王芳"])
    assert "\x07" not in row.organisation and row.organisation.startswith("=HYPERLINK")


def test_editing_moves_the_status_and_deleting_removes_it(branch_file):
    path, made = branch_file
    with open_ledger(path):
        services.save_transfer(
            services.TransferInput(made.people["王芳"], "out", "2026-08-31", "二中党支部",
                                   receipt_on="2026-09-10", uuid=made.out)
        )  # fmt: skip
    assert on_roster(path, "王芳", "2026-08-31") and not on_roster(path, "王芳", "2026-09-01")
    assert raw(path, "SELECT COUNT(*) FROM person_status s JOIN person p ON p.id = s.person_id"
                     " WHERE p.name = '王芳' AND s.status = 'transferred'"
                     " AND s.deleted_at IS NULL") == [(1,)]  # fmt: skip
    with open_ledger(path):
        services.delete_transfer(made.out)
    assert on_roster(path, "王芳", "2026-12-31")
    assert raw(path, "SELECT deleted_at IS NOT NULL FROM transfer") == [(1,)]


def test_transfer_in_puts_someone_on_the_roster(branch_file):
    path, _made = branch_file
    with open_ledger(path):
        uuid = services.save_person(services.PersonInput(name="新来", on_roster_since="2026-01-01"))
        services.set_person_status(uuid, "transferred", "2026-01-02")
        services.save_transfer(services.TransferInput(uuid, "in", "2026-03-01", "三中党支部"))
    assert not on_roster(path, "新来", "2026-02-28") and on_roster(path, "新来", "2026-03-01")


def test_a_missing_receipt_is_a_reminder_after_30_days(branch_file):
    path, made = branch_file
    day = dt.date(2026, 5, 20)
    with open_ledger(path):
        assert services.transfer_reminders(day + dt.timedelta(days=29)) == []
        (reminder,) = services.transfer_reminders(day + dt.timedelta(days=30))
        assert reminder.section == "transfers" and "王芳" in reminder.text
        services.save_transfer(
            services.TransferInput(made.people["王芳"], "out", "2026-05-20", "二中党支部",
                                   receipt_on="2026-07-01", uuid=made.out)
        )  # fmt: skip
        assert services.transfer_reminders(day + dt.timedelta(days=90)) == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        (dict(direction="out", date="2026-05-20", organisation=""), "organisation"),
        (dict(direction="sideways", date="2026-05-20", organisation="x"), "direction"),
        (dict(direction="out", date="2026-02-30", organisation="x"), "date"),
        (dict(direction="out", date="2026-05-20", organisation="x", receipt_on="2026-05-01"),
         "receipt_on"),
    ],
)  # fmt: skip
def test_bad_transfers_are_refused_naming_the_field(branch_file, kwargs, field):
    path, made = branch_file
    before = sha256(path)
    with open_ledger(path):
        with pytest.raises(ValidationError) as info:
            services.save_transfer(services.TransferInput(made.people["张伟"], **kwargs))
    assert field in info.value.errors
    assert sha256(path) == before


def _rows(path: Path) -> list[tuple]:
    sql = (
        "SELECT t.uuid, t.direction, t.date, t.organisation, t.receipt_on, t.deleted_at IS NULL,"
        " s.uuid, s.effective_on, s.deleted_at IS NULL"
        " FROM transfer t LEFT JOIN person_status s ON s.id = t.status_id"
    )
    return sorted(raw(path, sql))


def test_bundles_carry_transfers_and_the_merge_is_idempotent(branch_file, tmp_path):
    path, made = branch_file
    district = tmp_path / "district.ledger"
    make_bundle(path, tmp_path / "b1.bundle")
    (first,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert first.accepted, first.reason
    assert _rows(district) == _rows(path)
    before = sha256(district)
    (again,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (again.added, again.updated, again.conflict_count) == (0, 0, 0)
    assert sha256(district) == before
    with open_ledger(path):
        services.delete_transfer(made.out)
    make_bundle(path, tmp_path / "b2.bundle")
    (second,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert second.accepted and second.updated >= 2 and not second.conflict_count
    # The deleted transfer arrives as a tombstone: identities only (issue 17).
    here, there = _rows(district), _rows(path)
    assert [r[0] for r in here] == [r[0] for r in there]
    assert [r for r in here if r[5]] == [r for r in there if r[5]]  # the live ones, whole
    (older,) = import_bundles(district, [tmp_path / "b1.bundle"])
    assert (older.added, older.updated) == (0, 0)
    assert raw(district, "SELECT deleted_at IS NOT NULL FROM transfer") == [(1,)]


def test_the_demo_has_a_transfer_linked_to_its_status(tmp_path):
    from models.demo.generate import write_demo

    path = tmp_path / "demo.ledger"
    write_demo(path, seed=3, until="2026-12")
    rows = raw(
        path,
        "SELECT t.direction, t.date, s.status, s.effective_on, t.organisation, t.letter_no"
        " FROM transfer t JOIN person_status s ON s.id = t.status_id AND s.person_id = t.person_id",
    )
    assert rows and len(rows) == raw(path, "SELECT COUNT(*) FROM transfer")[0][0]
    for direction, day, status, effective, organisation, letter in rows:
        assert (direction, status) == ("out", "transferred")
        assert dt.date.fromisoformat(effective) - dt.date.fromisoformat(day) == dt.timedelta(1)
        assert organisation and letter
