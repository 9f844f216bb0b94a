"""One definition of present / expected: the register rows, the per-person totals and the editor's
live count add up to the period totals, over random ledgers (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import services as s
from models.file.schema import database
from models.rules import counting as stats
from tests.stats_helpers import random_ledger

MONTHS = ["2026-03", "2026-04"]
TABLES = ("attendance", "activity_kind", "activity", "person_status", "person", "branch")


def _wipe() -> None:
    with database.atomic():
        for table in TABLES:
            database.execute_sql(f'DELETE FROM "{table}"')


@pytest.mark.parametrize("period", ["2026-03", "2026-Q2"])
def test_rows_add_up_to_the_totals(ledger, period):
    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(seed=st.integers(0, 100_000))
    def check(seed: int) -> None:
        _wipe()
        records = random_ledger(seed, MONTHS, branches=2)
        p = stats.parse_period(period)
        total = stats.figures(p)
        # The register, one row per activity (what the registers and every PDF list print).
        rows = s.list_activities(
            s.RegisterFilter(date_from=p.start, date_to=p.last_day.isoformat())
        )
        assert sum(r.present for r in rows) == total.present == total.attendances
        assert sum(r.expected for r in rows) == total.expected
        assert sum(r.minutes for r in rows) == total.minutes
        # The per-person totals (statements, the annual per-person table).
        people = stats.per_person_totals(p)
        assert sum(t.attendances for t in people) == total.attendances
        assert sum(t.expected for t in people) == total.expected
        # The editor's live count over each activity's rows, by the same definition.
        expected = present = guests = 0
        for r in records:
            if r.deleted or not p.contains(r.date):
                continue
            statuses = [st_ for st_, deleted, _own in r.attendance.values() if not deleted]
            expected += sum(1 for x in statuses if stats.is_expected(x))
            present += sum(1 for x in statuses if stats.is_present(x))
            guests += statuses.count("guest")
        assert (expected, present, guests) == (total.expected, total.present, total.guests)
        # 列席 are outside 应到 and 实到 but were recorded.
        assert "guest" not in stats.PRESENT_STATUSES and not stats.is_expected("guest")

    check()


def test_a_guest_is_listed_but_not_expected_or_present(ledger):
    import sqlite3

    from tests.editing_helpers import make_branch

    _info, people = make_branch()
    guest = s.save_person(
        s.PersonInput(name="吴积极", category="activist", on_roster_since="2020-01-01")
    )
    members = [people[n] for n in ("张伟", "李娜", "王芳")]
    uuid = s.save_activity(
        s.ActivityInput(
            kinds=["branch_meeting"],
            date="2026-03-12",
            start_time="14:00",
            end_time="15:00",
            topic="支部党员大会",
            location="会议室",
            attendance=[s.AttendanceInput(m, "present") for m in members]
            + [s.AttendanceInput(guest, "guest", reason="列席旁听")],
        )
    )
    con = sqlite3.connect(ledger.path)
    try:
        rows = con.execute(
            "SELECT t.status FROM attendance t JOIN activity a ON a.id = t.activity_id"
            " WHERE a.uuid = ?",
            (uuid,),
        ).fetchall()
    finally:
        con.close()
    members_present = sum(1 for (x,) in rows if x in ("present", "late"))
    f = stats.figures("2026-03")
    assert (f.expected, f.present, f.attendances) == (members_present, members_present, 3)
    assert f.attendance_rate == 1.0 and f.guests == 1
    (row,) = s.list_activities(s.RegisterFilter(date_from="2026-03-01", date_to="2026-03-31"))
    assert (row.present, row.expected) == (3, 3)
    assert guest not in {t.person_uuid for t in stats.per_person_totals("2026-03")}
    saved = {a.person_uuid: a for a in s.get_activity(uuid).attendance}
    assert (saved[guest].status, saved[guest].reason) == ("guest", "列席旁听")


def test_mobile_members_are_expected_unless_the_setting_says_otherwise(ledger):
    from models.rules.settings import set_setting
    from tests.editing_helpers import make_branch

    _info, people = make_branch()
    s.set_person_status(people["李娜"], "mobile", "2026-02-01", note="外出支教")

    def expected(day: str) -> set[str]:
        return {p.uuid for p in s.expected_people(day, ["branch_meeting"])}

    assert people["李娜"] in expected("2026-03-01")  # default: still a member of the branch
    set_setting("mobile_expected", False)
    assert people["李娜"] not in expected("2026-03-01")
    assert people["张伟"] in expected("2026-03-01")


def test_the_monthly_register_lists_guests_apart(ledger, tmp_path):
    import sqlite3

    from pypdf import PdfReader

    from exports.pdf.monthly import build_monthly
    from exports.report_data import gather_monthly
    from models.text import i18n
    from tests.editing_helpers import make_branch

    _info, people = make_branch()
    guest = s.save_person(
        s.PersonInput(name="吴积极", category="activist", on_roster_since="2020-01-01")
    )
    s.save_activity(
        s.ActivityInput(
            kinds=["branch_meeting"],
            date="2026-03-12",
            topic="支部党员大会",
            location="会议室",
            attendance=[s.AttendanceInput(people[n], "present") for n in ("张伟", "李娜")]
            + [s.AttendanceInput(people["王芳"], "absent", reason="外出")]
            + [s.AttendanceInput(guest, "guest")],
        )
    )
    con = sqlite3.connect(ledger.path)
    statuses = [r[0] for r in con.execute("SELECT status FROM attendance").fetchall()]
    con.close()
    present = sum(x in ("present", "late") for x in statuses)
    expected = sum(x not in ("excluded", "guest") for x in statuses)
    guests = statuses.count("guest")
    i18n.install_cli("en")
    out = tmp_path / "m.pdf"
    build_monthly(gather_monthly("2026-03"), out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert f"{present}/{expected} guests {guests}" in text
