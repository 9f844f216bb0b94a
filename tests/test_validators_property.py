"""Property tests over the form validators (Hypothesis): whatever a form hands over is either
stored and read back exactly (as normalised by the service), or refused with a ValidationError
whose keys name the bad fields. Never any other exception, and a refusal writes nothing."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import os
import uuid as uuidlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.errors import ValidationError
from models.file.ledger import open_ledger
from models.file.schema import (
    ATTENDANCE_STATUSES,
    BRANCH_TYPES,
    CATEGORIES,
    KIND_CODES,
    LEAVE_TYPES,
    Branch,
)
from models.records.branch import branch_info
from models.records.validation import parse_date
from models.services import (
    ActivityInput,
    AttendanceInput,
    BranchInput,
    PersonInput,
    UnitInput,
    VoteInput,
    get_activity,
    save_activity,
    save_branch,
    save_person,
    set_person_status,
)

# PROP_SCALE multiplies each test's examples (10 for a long hunt; 1 keeps CI short).
SCALE = float(os.environ.get("PROP_SCALE", "1"))
SETTINGS = settings(
    max_examples=int(100 * SCALE),
    deadline=None,
    derandomize=True,  # the same examples on every run and in CI
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MISSING = str(uuidlib.UUID(int=1))  # a uuid no record has (e.g. deleted in another window)
TRIED: dict[str, int] = {}  # "<record> stored" / "<record> refused" -> count


@dataclasses.dataclass
class World:
    """The records every example can refer to."""

    path: Path
    people: list[str]  # on the roster since 2000
    transferred: str  # off the roster since 2020
    units: list[str]
    groups: list[str]


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "prop.ledger"
    led = open_ledger(path, create=True)
    # Durability is not what these tests are about; fsync per example would be most of the time.
    led.db.execute_sql("PRAGMA synchronous = OFF")
    branch = save_branch(
        BranchInput(
            name="实验小学党支部",
            units=[UnitInput("实验小学"), UnitInput("附属幼儿园")],
            groups=["第一党小组", "第二党小组"],
        )
    )
    info = branch_info(Branch.get(Branch.uuid == branch))
    people = [
        save_person(PersonInput(name=n, joined_on="1999-07-01", on_roster_since="2000-01-01"))
        for n in ("王芳", "李强", "张伟", "Ａｌｉｃｅ", "𠀋𠀌")
    ]
    moved = save_person(
        PersonInput(name="赵敏", joined_on="1999-07-01", on_roster_since="2000-01-01")
    )
    set_person_status(moved, "transferred", "2020-01-01")
    yield World(path, people, moved, [u[0] for u in info.units], [g[0] for g in info.groups])
    led.close()


# --- strategies ----------------------------------------------------------------------------------

any_text = st.text(max_size=40)  # every category of character but lone surrogates
real_dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
impossible_dates = st.builds(
    "{:04d}-{:02d}-{:02d}".format,
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
)
date_like = st.one_of(
    real_dates,
    impossible_dates,
    st.sampled_from(
        ["", " ", "2026-02-29", "2024-02-29", "2026-6-1", "2026/06/01", "２０２６-０６-０１"]
    ),
    real_dates.map(lambda d: f" {d} "),
    any_text,
)
optional_date = st.one_of(st.none(), date_like)
times = st.one_of(
    st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
    st.sampled_from(["", "24:00", "9:00", "12:60", "-1:00", "12:00:00"]),
    any_text,
)
hours = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(0, 24),
    st.integers(-100, 100),
)
# Edge sizes named outright: random draws from a huge range almost never hit them.
BIG = st.sampled_from([2**31 - 1, 2**31, 2**53 + 1, 2**63 - 1, 2**63, 10**30, -(2**63) - 1])
counts = st.one_of(st.integers(-10, 1000), BIG, st.integers(-(2**70), 2**70))


def with_wild_fields(draw, valid: dict, wild: dict) -> dict:
    """A valid value for every field, then up to three fields replaced by anything at all:
    purely random inputs would almost never get past the first check."""
    values = {name: draw(strategy) for name, strategy in valid.items()}
    n = draw(st.integers(0, 3))  # about three examples in four have a wild field
    for name in draw(st.lists(st.sampled_from(sorted(wild)), min_size=n, max_size=n, unique=True)):
        values[name] = draw(wild[name])
    return values


def activity_inputs(w: World) -> st.SearchStrategy[ActivityInput]:
    roster = st.sampled_from(w.people)
    anyone = st.sampled_from([*w.people, w.transferred, MISSING])
    good_row = st.one_of(
        st.builds(
            AttendanceInput,
            roster,
            st.sampled_from(["present", "late", "excluded"]),
            reason=st.one_of(st.just(""), any_text),
            hours=st.one_of(st.none(), st.floats(0, 24)),
        ),
        st.builds(
            AttendanceInput,
            roster,
            st.just("leave"),
            st.sampled_from(LEAVE_TYPES),
            reason=st.text(min_size=1).filter(str.strip),
        ),
        st.builds(
            AttendanceInput, roster, st.just("absent"), reason=st.text(min_size=1).filter(str.strip)
        ),
    )
    wild_row = st.builds(
        AttendanceInput,
        person_uuid=anyone,
        status=st.sampled_from([*ATTENDANCE_STATUSES, "", "present ", "出席"]),
        leave_type=st.sampled_from([*LEAVE_TYPES, "", "vacation"]),
        reason=st.one_of(st.just(""), st.just("   "), any_text),
        hours=hours,
    )
    good_vote = st.integers(0, 60).flatmap(
        lambda n: st.integers(0, n).flatmap(
            lambda p: st.builds(
                VoteInput,
                st.text(min_size=1).filter(str.strip),
                st.just(n),
                st.just(p),
                st.integers(0, p),
                st.just(0),
                st.just(0),
            )
        )
    )
    wild_vote = st.builds(
        VoteInput,
        item=any_text,
        entitled=st.one_of(st.integers(-2, 60), BIG),
        present=st.one_of(st.integers(-2, 60), BIG),
        in_favour=st.integers(-2, 60),
        against=st.integers(-2, 10),
        abstain=st.integers(-2, 10),
    )
    small = st.integers(0, 1000)
    valid = {
        "kinds": st.lists(st.sampled_from(KIND_CODES), min_size=1, max_size=3, unique=True).filter(
            lambda ks: "group_meeting" not in ks
        ),
        "date": real_dates,
        "start_time": st.sampled_from(["", "08:00", "14:00"]),
        "end_time": st.sampled_from(["", "16:30", "23:59"]),
        "location": any_text,
        "topic": st.text(min_size=1).filter(str.strip),
        "host_uuid": st.one_of(st.none(), roster),
        "recorder_uuid": st.one_of(st.none(), roster),
        "party_group_uuid": st.one_of(st.none(), st.sampled_from(w.groups)),
        "agenda": any_text,
        "minutes": st.text(max_size=2000),
        "resolutions": any_text,
        "guests": any_text,
        "materials": any_text,
        "speakers": any_text,
        "hours": st.one_of(st.none(), st.floats(0, 24)),
        "non_members": small,
        "service_type": any_text,
        "people_served": small,
        "deeds_done": small,
        "deeds_in_progress": small,
        "sequence": st.one_of(st.none(), st.integers(1, 10**6)),
        "attendance": st.lists(good_row, max_size=5, unique_by=lambda r: r.person_uuid),
        "votes": st.lists(good_vote, max_size=3),
        "unit_uuids": st.lists(st.sampled_from(w.units), max_size=2, unique=True),
    }
    wild = {
        "kinds": st.lists(st.sampled_from([*KIND_CODES, "", "meeting"]), max_size=4),
        "date": date_like,
        "start_time": times,
        "end_time": times,
        "topic": st.one_of(st.sampled_from(["", "  "]), any_text),
        "host_uuid": anyone,
        "recorder_uuid": anyone,
        "party_group_uuid": st.just(MISSING),
        "hours": hours,
        "non_members": counts,
        "people_served": counts,
        "deeds_done": counts,
        "deeds_in_progress": counts,
        "sequence": st.one_of(st.integers(-3, 0), BIG, st.integers(-(2**70), 2**70)),
        "attendance": st.lists(st.one_of(good_row, wild_row), min_size=1, max_size=6),
        "votes": st.lists(st.one_of(good_vote, wild_vote), min_size=1, max_size=3),
        "unit_uuids": st.lists(st.sampled_from([*w.units, MISSING]), min_size=1, max_size=3),
    }

    @st.composite
    def build(draw) -> ActivityInput:
        return ActivityInput(**with_wild_fields(draw, valid, wild))

    return build()


# --- helpers -------------------------------------------------------------------------------------

ACTIVITY_FIELDS = {f.name for f in dataclasses.fields(ActivityInput)} | {
    "host",
    "recorder",
    "party_group",
    "units",
}


def assert_names_fields(error: ValidationError, allowed: set[str]) -> None:
    assert error.errors, "a refusal must say what is wrong"
    for key, message in error.errors.items():
        assert key.split(".")[0] in allowed, key
        assert isinstance(message, str) and message.strip()


def rows(w: World, table: str) -> int:
    from models.file.schema import database

    return database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def expected_activity(data: ActivityInput, uuid: str) -> ActivityInput:
    """The input as the service promises to store it (written out here, not taken from it)."""
    out = copy.deepcopy(data)
    out.uuid = uuid
    out.date = parse_date(data.date).isoformat()
    for row in out.attendance:
        row.leave_type = row.leave_type if row.status == "leave" else ""
        row.reason = "" if row.status == "present" else row.reason.strip()
    out.attendance.sort(key=lambda a: a.person_uuid)
    for vote in out.votes:
        vote.item = vote.item.strip()
    out.unit_uuids = sorted(set(out.unit_uuids))
    # Durations are kept in whole minutes and read back as hours to 2 decimals (halves up).
    out.hours = to_the_minute(out.hours)
    for row in out.attendance:
        row.hours = to_the_minute(row.hours)
    return out


def to_the_minute(hours: float | None) -> float | None:
    if hours is None:
        return None
    minutes = (Decimal(repr(float(hours))) * 60).quantize(Decimal(1), ROUND_HALF_UP)
    return float((minutes / 60).quantize(Decimal("0.01"), ROUND_HALF_UP))


# --- the properties ------------------------------------------------------------------------------


def test_any_activity_is_stored_exactly_or_refused_by_field(world):
    @settings(SETTINGS, max_examples=int(300 * SCALE))  # the widest input: most examples
    @given(data=activity_inputs(world))
    def check(data: ActivityInput) -> None:
        form = copy.deepcopy(data)
        before = rows(world, "activity"), rows(world, "attendance"), rows(world, "audit_entry")
        try:
            uuid = save_activity(data)
        except ValidationError as exc:
            TRIED["activity refused"] = TRIED.get("activity refused", 0) + 1
            assert_names_fields(exc, ACTIVITY_FIELDS)
            assert (rows(world, "activity"), rows(world, "attendance")) == before[:2]
            assert rows(world, "audit_entry") == before[2]
            return
        assert data == form  # the service does not change the form's data
        TRIED["activity stored"] = TRIED.get("activity stored", 0) + 1
        stored = get_activity(uuid)
        stored.attendance.sort(key=lambda a: a.person_uuid)
        stored.unit_uuids = sorted(stored.unit_uuids)
        assert stored == expected_activity(form, uuid)

    check()


def person_inputs(w: World) -> st.SearchStrategy[PersonInput]:
    old_date = st.dates(dt.date(1930, 1, 1), dt.date(2020, 12, 31)).map(dt.date.isoformat)
    valid = {
        "name": st.text(min_size=1).filter(str.strip),
        "sex": st.sampled_from(["", "M", "F"]),
        "birth_date": st.one_of(st.none(), st.just(""), old_date),
        "unit_uuid": st.one_of(st.none(), st.sampled_from(w.units)),
        "party_group_uuid": st.one_of(st.none(), st.sampled_from(w.groups)),
        "category": st.sampled_from(CATEGORIES),
        "joined_on": st.one_of(st.none(), old_date),
        "full_member_on": st.none(),
        "phone": st.sampled_from(["", "138 0000 0000", "+86-10-1234"]),
        "note": any_text,
        "on_roster_since": st.one_of(st.none(), old_date),
    }
    wild = {
        "name": st.one_of(st.sampled_from(["", "  ", " 王芳 "]), any_text),
        "sex": st.sampled_from(["X", "男", "m"]),
        "birth_date": date_like,
        "unit_uuid": st.just(MISSING),
        "party_group_uuid": st.just(MISSING),
        "category": st.sampled_from(["", "member", "Full_member"]),
        "joined_on": date_like,
        "full_member_on": date_like,
        "phone": any_text,
        "on_roster_since": date_like,
    }

    @st.composite
    def build(draw) -> PersonInput:
        return PersonInput(**with_wild_fields(draw, valid, wild))

    return build()


PERSON_FIELDS = {f.name for f in dataclasses.fields(PersonInput)} | {"unit", "party_group"}


def test_any_person_is_stored_exactly_or_refused_by_field(world):
    from models.file.schema import database

    uuid_of_unit = {None: None}
    uuid_of_group = {None: None}
    for table, target in (("unit", uuid_of_unit), ("party_group", uuid_of_group)):
        for row_id, row_uuid in database.execute_sql(f"SELECT id, uuid FROM {table}"):
            target[row_id] = row_uuid

    @SETTINGS
    @given(data=person_inputs(world))
    def check(data: PersonInput) -> None:
        form = copy.deepcopy(data)
        before = rows(world, "person"), rows(world, "person_status")
        try:
            uuid = save_person(data)
        except ValidationError as exc:
            TRIED["person refused"] = TRIED.get("person refused", 0) + 1
            assert_names_fields(exc, PERSON_FIELDS)
            assert (rows(world, "person"), rows(world, "person_status")) == before
            return
        assert data == form
        TRIED["person stored"] = TRIED.get("person stored", 0) + 1
        (stored,) = database.execute_sql(
            "SELECT name, sex, birth_date, unit_id, party_group_id, category, joined_on,"
            " full_member_on, phone, note FROM person WHERE uuid = ?",
            (uuid,),
        ).fetchall()
        iso = lambda v: parse_date(v).isoformat() if v else None  # noqa: E731
        assert stored == (
            form.name.strip(),
            form.sex,
            iso(form.birth_date),
            stored[3] if uuid_of_unit.get(stored[3]) == form.unit_uuid else "unit mismatch",
            stored[4] if uuid_of_group.get(stored[4]) == form.party_group_uuid else "group?",
            form.category,
            iso(form.joined_on),
            iso(form.full_member_on),
            form.phone.strip(),
            form.note,
        )
        (since,) = database.execute_sql(
            "SELECT s.effective_on FROM person_status s JOIN person p ON p.id = s.person_id"
            " WHERE p.uuid = ?",
            (uuid,),
        ).fetchone()
        # Without a roster date: joining the Party, else full membership, else 1 January.
        assert since == (
            iso(form.on_roster_since)
            or iso(form.joined_on)
            or iso(form.full_member_on)
            or dt.date(dt.date.today().year, 1, 1).isoformat()
        )

    check()


def branch_inputs() -> st.SearchStrategy[BranchInput]:
    good_unit = st.builds(UnitInput, st.text(min_size=1).filter(str.strip), any_text, st.booleans())
    wild_unit = st.builds(
        UnitInput, st.one_of(st.sampled_from(["", " ", "中心小学"]), any_text), any_text
    )
    group_name = st.text(min_size=1).filter(str.strip)
    valid = {
        "name": st.text(min_size=1).filter(str.strip),
        "branch_type": st.sampled_from(BRANCH_TYPES),
        "superior": any_text,
        "guidance_officer": any_text,
        "founded_on": st.one_of(st.none(), st.just(""), real_dates),
        "elected_on": st.one_of(st.none(), real_dates),
        "theme_day_rule": any_text,
        "units": st.lists(good_unit, max_size=5),
        "groups": st.lists(group_name, max_size=4, unique_by=str.strip),
    }
    wild = {
        "name": st.one_of(st.sampled_from(["", "  "]), any_text),
        "branch_type": st.sampled_from(["", "mixed", "Joint"]),
        "founded_on": date_like,
        "elected_on": date_like,
        "units": st.lists(st.one_of(good_unit, wild_unit), min_size=1, max_size=7),
        "groups": st.lists(
            st.one_of(st.sampled_from(["", "第一党小组", " 第一党小组"]), any_text), max_size=4
        ),
    }

    @st.composite
    def build(draw) -> BranchInput:
        return BranchInput(**with_wild_fields(draw, valid, wild))

    return build()


BRANCH_FIELDS = {f.name for f in dataclasses.fields(BranchInput)}


def test_any_branch_is_stored_exactly_or_refused_by_field(world):
    @SETTINGS
    @given(data=branch_inputs())
    def check(data: BranchInput) -> None:
        form = copy.deepcopy(data)
        before = rows(world, "branch"), rows(world, "unit"), rows(world, "party_group")
        try:
            uuid = save_branch(data)
        except ValidationError as exc:
            TRIED["branch refused"] = TRIED.get("branch refused", 0) + 1
            assert_names_fields(exc, BRANCH_FIELDS)
            assert (
                rows(world, "branch"),
                rows(world, "unit"),
                rows(world, "party_group"),
            ) == before
            return
        assert data == form
        TRIED["branch stored"] = TRIED.get("branch stored", 0) + 1
        info = branch_info(Branch.get(Branch.uuid == uuid))
        iso = lambda v: parse_date(v).isoformat() if v else None  # noqa: E731
        assert (
            info.name,
            info.branch_type,
            info.superior,
            info.guidance_officer,
            info.founded_on,
            info.elected_on,
            info.theme_day_rule,
        ) == (
            form.name.strip(),
            form.branch_type,
            form.superior.strip(),
            form.guidance_officer.strip(),
            iso(form.founded_on),
            iso(form.elected_on),
            form.theme_day_rule.strip(),
        )
        assert [u[1:] for u in info.units] == [
            (u.name.strip(), u.unit_kind, u.has_members) for u in form.units
        ]
        assert [g[1] for g in info.groups] == [g.strip() for g in form.groups]

    check()


def test_report_inputs_tried():
    """Runs last in this module: the figure for the closing note."""
    print(f"property tests: inputs tried {TRIED} (total {sum(TRIED.values())})")
