"""A person's category is a dated history: figures, lists and sheets for a day use that day's.

Expected values come from the rows written here or read with raw sqlite3, never from the
function under test.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from exports.report_data import gather_signin
from models import services as s
from models.bureau.merge import import_bundles
from models.errors import ValidationError
from models.file.ledger import open_ledger
from tests.editing_helpers import make_branch

FIXTURE = Path(__file__).resolve().parent / "data" / "ledger-v1.ledger"


def raw(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def world(ledger):
    make_branch()
    promoted = s.save_person(
        s.PersonInput(
            name="周预备",
            category="probationary",
            joined_on="2025-06-01",
            on_roster_since="2020-09-01",
        )
    )
    activist = s.save_person(
        s.PersonInput(name="吴积极", category="activist", on_roster_since="2020-09-01")
    )
    return ledger, promoted, activist


def test_category_on_follows_the_dated_changes(world):
    _ledger, promoted, activist = world
    s.set_person_category(promoted, "full_member", "2026-06-01", note="支部大会决定转正")
    s.set_person_category(activist, "candidate", "2026-03-01")
    assert s.category_on(promoted, "2025-05-31") is None  # not yet admitted
    assert s.category_on(promoted, "2025-06-01") == "probationary"
    assert s.category_on(promoted, "2026-05-31") == "probationary"
    assert s.category_on(promoted, "2026-06-01") == "full_member"
    assert s.category_on(activist, "2026-02-28") == "activist"
    assert s.category_on(activist, "2026-03-01") == "candidate"
    assert s.category_history(promoted) == [
        ("2025-06-01", "probationary", ""),
        ("2026-06-01", "full_member", "支部大会决定转正"),
    ]
    # The person's current category follows the latest change.
    people = {p.uuid: p for p in s.list_people("2026-07-01")}
    assert people[promoted].category == "full_member"
    assert {p.uuid: p.category for p in s.list_people("2026-01-10")}[promoted] == "probationary"


def test_expected_people_and_signin_use_the_category_on_the_day(world):
    _ledger, promoted, activist = world
    s.set_person_category(activist, "probationary", "2026-04-01")

    def expected(day: str) -> set[str]:
        return {p.uuid for p in s.expected_people(day, ["branch_meeting"])}

    assert promoted not in expected("2025-05-20") and promoted in expected("2025-06-20")
    assert activist not in expected("2026-03-20") and activist in expected("2026-04-20")

    uuid = s.save_activity(
        s.ActivityInput(
            kinds=["branch_meeting"], date="2026-03-20", topic="支部党员大会", location="会议室"
        )
    )
    sheet = gather_signin(uuid)
    names = {name: category for name, category, _group in sheet.people}
    assert "吴积极" not in names  # still an activist that day: not expected at the meeting
    assert names["周预备"] == "probationary"


def test_bad_category_change_names_the_field(world):
    _ledger, promoted, _activist = world
    with pytest.raises(ValidationError) as info:
        s.set_person_category(promoted, "chairman", "2026-13-01")
    assert set(info.value.errors) == {"category", "effective_on"}
    assert len(s.category_history(promoted)) == 1


def test_v1_ledger_gets_a_history_from_its_categories(tmp_path):
    path = tmp_path / "old.ledger"
    shutil.copy(FIXTURE, path)
    people = raw(path, "SELECT id, category, joined_on, full_member_on FROM person")
    with open_ledger(path):
        pass
    rows = raw(path, "SELECT person_id, category, effective_on FROM person_category")
    expected = []
    for pid, category, joined, full in people:
        if category == "full_member" and joined and full and full > joined:
            expected += [(pid, "probationary", joined), (pid, "full_member", full)]
        elif category == "probationary" and joined:
            expected.append((pid, "probationary", joined))
        else:
            expected.append((pid, category, None))
    assert sorted(rows, key=str) == sorted(expected, key=str)


def test_the_history_travels_in_bundles(world, tmp_path):
    ledger, promoted, _activist = world
    s.set_person_category(promoted, "full_member", "2026-06-01")
    ledger.close()
    history = raw(
        ledger.path,
        "SELECT c.uuid, c.category, c.effective_on FROM person_category c ORDER BY c.uuid",
    )
    out = tmp_path / "b.bundle"
    make_bundle(ledger.path, out)
    assert raw(out, "SELECT uuid, category, effective_on FROM person_category ORDER BY uuid") == (
        history
    )
    district = tmp_path / "district.ledger"
    (result,) = import_bundles(district, [out])
    assert result.accepted, result
    merged = raw(district, "SELECT uuid, category, effective_on FROM person_category ORDER BY uuid")
    assert merged == history


def test_the_person_form_records_a_dated_change_or_corrects_a_typo(world):
    _ledger, promoted, activist = world
    # 转正 entered in the person form: category full member with its date → a dated change.
    s.save_person(
        s.PersonInput(
            name="周预备",
            category="full_member",
            joined_on="2025-06-01",
            full_member_on="2026-06-01",
            uuid=promoted,
        )
    )
    assert s.category_history(promoted) == [
        ("2025-06-01", "probationary", ""),
        ("2026-06-01", "full_member", ""),
    ]
    assert s.category_on(promoted, "2026-01-01") == "probationary"
    # A person whose only category row is undated had it mistyped: corrected in place.
    s.save_person(s.PersonInput(name="吴积极", category="candidate", uuid=activist))
    assert s.category_history(activist) == [(None, "candidate", "")]
