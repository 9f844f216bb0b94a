"""发展党员: each stage is the person's dated category change (the history reads right for any
date), the details are validated naming the field, the vote of the 支部大会 is shown next to the
stage, and the overview reminds of the talk, 培养满一年 and the end of the 预备期. Expectations are
computed from the raw rows with sqlite3 or from the dates the test itself entered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import services
from models.errors import ValidationError
from models.file.ledger import open_ledger
from tests.followup_helpers import make_branch, raw

STAGES = [  # (stage, date) the test enters for 周新
    ("applicant", "2024-03-01"),
    ("activist", "2024-04-10"),
    ("candidate", "2025-05-20"),
    ("probationary", "2025-07-01"),
    ("full_member", "2026-07-02"),
]


def branch_meeting(day: str, item: str, entitled: int, present: int, yes: int) -> tuple[str, str]:
    """A 支部党员大会 on `day` with one vote; (activity uuid, vote uuid)."""
    uuid = services.save_activity(
        services.ActivityInput(
            kinds=["branch_meeting"],
            date=day,
            start_time="15:00",
            end_time="16:30",
            topic="支部党员大会",
            votes=[services.VoteInput(item, entitled, present, yes, entitled - yes, 0)],
        )
    )
    (vote,) = raw_votes(uuid)
    return uuid, vote


def raw_votes(activity_uuid: str) -> list[str]:
    from models.file.schema import Activity, Vote

    activity = Activity.get(Activity.uuid == activity_uuid)
    return [v.uuid for v in activity.votes.where(Vote.deleted_at.is_null())]


def stage_input(made, stage: str, day: str, **extra) -> services.StageInput:
    p = made.people
    details: dict = {}
    if stage == "activist":
        details = {"first_person_uuid": p["李明"], "second_person_uuid": p["王芳"]}
    elif stage == "candidate":
        details = {"vetted_on": day, "training_hours": 24}
    elif stage == "probationary":
        details = {
            "first_person_uuid": p["张伟"],
            "second_person_uuid": p["陈静"],
            "approved_on": day,
        }
    details.update(extra)
    return services.StageInput(made.new, stage, day, **details)


def build_pipeline(path: Path, branch_name: str = "育才小学党支部"):
    """A branch (tests.followup_helpers) with 周新 taken through every stage (STAGES)."""
    with open_ledger(path, create=True):
        made = make_branch(name=branch_name)
        made.new = services.save_person(
            services.PersonInput(name="周新", category="staff", on_roster_since="2023-09-01")
        )
        made.stages = {}
        for stage, day in STAGES:
            extra = {}
            if stage in ("probationary", "full_member"):
                _a, vote = branch_meeting(day, f"{stage} 周新", 6, 6, 5)
                extra["vote_uuid"] = vote
            made.stages[stage] = services.save_stage(stage_input(made, stage, day, **extra))
    return path, made


@pytest.fixture
def pipeline(tmp_path: Path):
    return build_pipeline(tmp_path / "branch.ledger")


def raw_category(path: Path, name: str, day: str) -> str | None:
    """The category on `day` from the raw rows: the latest live row dated on or before it, an
    undated one counting as the earliest."""
    rows = raw(
        path,
        "SELECT c.category, c.effective_on FROM person_category c JOIN person p"
        " ON p.id = c.person_id WHERE p.name = ? AND c.deleted_at IS NULL",
        (name,),
    )
    found = None
    for category, since in sorted(rows, key=lambda r: (r[1] is not None, r[1] or "")):
        if since is None or since <= day:
            found = category
    return found


def expected_stage(day: str) -> str | None:
    found = None
    for stage, since in STAGES:
        if since <= day:
            found = stage
    return found


def test_each_stage_is_the_dated_category_change(pipeline):
    path, made = pipeline
    # Four of the five stages are category changes, each linked to its row.
    linked = raw(
        path,
        "SELECT d.stage, c.category, c.effective_on = d.date FROM development_stage d"
        " JOIN person_category c ON c.id = d.category_id WHERE c.deleted_at IS NULL",
    )
    assert sorted(linked) == sorted((s, s, 1) for s, _ in STAGES if s != "applicant")
    assert raw(path, "SELECT category FROM person WHERE name = '周新'") == [("full_member",)]
    with open_ledger(path, readonly=True):
        day = dt.date(2024, 1, 1)
        while day <= dt.date(2027, 1, 31):
            iso = day.isoformat()
            stage = expected_stage(iso)
            category = stage if stage not in (None, "applicant") else "staff"
            assert (
                services.category_on(made.new, iso) == category == raw_category(path, "周新", iso)
            )
            assert services.stage_on(made.new, iso) == stage, iso
            day += dt.timedelta(days=1)
        history = services.category_history(made.new)
    assert [c for _d, c, _n in history] == ["staff", "activist", "candidate", "probationary",
                                            "full_member"]  # fmt: skip


def test_the_vote_is_shown_next_to_the_stage(pipeline):
    path, made = pipeline
    with open_ledger(path, readonly=True):
        rows = {r.stage: r for r in services.list_stages(made.new)}
    ((entitled, present, yes, against),) = raw(
        path,
        "SELECT v.entitled, v.present, v.in_favour, v.against FROM development_stage d"
        " JOIN vote v ON v.id = d.vote_id WHERE d.stage = 'probationary'",
    )
    vote = rows["probationary"].vote
    assert vote is not None
    assert (vote.entitled, vote.present, vote.in_favour, vote.against) == (
        entitled, present, yes, against
    )  # fmt: skip
    assert vote.passed == (present * 2 > entitled and yes * 2 > entitled)
    assert rows["probationary"].meeting.startswith("2025-07-01")
    assert rows["applicant"].vote is None and rows["candidate"].training_hours == 24


def test_editing_moves_the_category_and_deleting_removes_it(pipeline):
    path, made = pipeline
    with open_ledger(path):
        services.save_stage(stage_input(made, "candidate", "2025-06-10",
                                        uuid=made.stages["candidate"]))  # fmt: skip
        assert services.category_on(made.new, "2025-06-09") == "activist"
        assert services.category_on(made.new, "2025-06-10") == "candidate"
        services.delete_stage(made.stages["full_member"])
    assert raw_category(path, "周新", "2026-12-31") == "probationary"
    assert raw(path, "SELECT category FROM person WHERE name = '周新'") == [("probationary",)]
    assert raw(
        path,
        "SELECT COUNT(*) FROM person_category c JOIN person p ON p.id = c.person_id"
        " WHERE p.name = '周新' AND c.deleted_at IS NULL AND c.effective_on = '2025-05-20'",
    ) == [(0,)]


@pytest.mark.parametrize(
    ("stage", "day", "extra", "field"),
    [
        ("activist", "2024-04-10", {"first_person_uuid": "赵敏"}, "first_person"),  # probationary
        ("activist", "2024-04-10", {"first_person_uuid": "黄强"}, "first_person"),  # an activist
        ("activist", "2024-04-10", {"second_person_uuid": "李明"}, "second_person"),  # same twice
        ("activist", "2024-04-10", {"second_person_uuid": None}, "second_person"),
        ("activist", "2024-04-10", {"first_person_uuid": "周新"}, "first_person"),  # themself
        ("candidate", "2024-01-10", {}, "date"),  # before the activist stage
        ("candidate", "2024-05-01", {"training_hours": -3}, "training_hours"),
        ("probationary", "2025-07-01", {"approved_on": "2025-06-30"}, "approved_on"),
        (
            "probationary",
            "2025-07-01",
            {"first_person_uuid": "刘洋", "second_person_uuid": "李明"},
            None,
        ),  # 刘洋 is a full member until he leaves: fine
        ("full_member", "2026-06-30", {}, "date"),  # the 预备期 is a year
        ("activist", "2024-05-01", {}, "stage"),  # a second activist stage
        ("candidate", "2024-13-01", {}, "date"),
    ],
)
def test_bad_stages_are_refused_naming_the_field(tmp_path, stage, day, extra, field):
    path = tmp_path / "b.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        made.new = services.save_person(
            services.PersonInput(name="周新", category="staff", on_roster_since="2023-09-01")
        )
        services.save_stage(stage_input(made, "applicant", "2024-03-01"))
        services.save_stage(stage_input(made, "activist", "2024-04-10"))
        if stage in ("probationary", "full_member"):
            services.save_stage(stage_input(made, "candidate", "2025-05-20"))
        if stage == "full_member":
            services.save_stage(stage_input(made, "probationary", "2025-07-01"))
        extra = {k: made.people.get(v, made.new if v == "周新" else v) for k, v in extra.items()}
        before = raw(path, "SELECT COUNT(*) FROM person_category")
        data = stage_input(made, stage, day, **extra)
        if stage == "activist" and field != "stage":
            data.uuid = services.list_stages(made.new)[1].uuid  # edit the one there is
        if field is None:
            services.save_stage(data)
            return
        with pytest.raises(ValidationError) as caught:
            services.save_stage(data)
    assert field in caught.value.errors, caught.value.errors
    assert caught.value.errors[field]
    assert raw(path, "SELECT COUNT(*) FROM person_category") == before


def test_a_meeting_that_is_not_the_branch_meeting_is_refused(tmp_path):
    path = tmp_path / "b.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        made.new = services.save_person(
            services.PersonInput(name="周新", category="staff", on_roster_since="2023-09-01")
        )
        lecture = services.save_activity(
            services.ActivityInput(kinds=["party_lecture"], date="2025-07-01", topic="党课")
        )
        other_day, _v = branch_meeting("2025-07-03", "接收预备党员", 6, 6, 6)
        for meeting, field in ((lecture, "meeting"), (other_day, "meeting")):
            with pytest.raises(ValidationError) as caught:
                services.save_stage(stage_input(made, "probationary", "2025-07-01",
                                                activity_uuid=meeting))  # fmt: skip
            assert field in caught.value.errors


def reminders(today: str) -> list[str]:
    return [r.text for r in services.development_reminders(dt.date.fromisoformat(today))]


def test_reminders_with_fixed_dates(tmp_path):
    path = tmp_path / "b.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        p = made.people

        def person(name: str) -> str:
            return services.save_person(
                services.PersonInput(name=name, category="staff", on_roster_since="2023-09-01")
            )

        applicant, activist, probationer = (
            person("申请人甲"),
            person("积极分子乙"),
            person("预备丙"),
        )
        services.save_stage(services.StageInput(applicant, "applicant", "2026-03-01"))
        services.save_stage(services.StageInput(activist, "applicant", "2024-11-01"))
        services.save_stage(services.StageInput(activist, "activist", "2025-01-10",
                                                p["李明"], p["王芳"]))  # fmt: skip
        services.save_stage(services.StageInput(probationer, "candidate", "2025-03-01"))
        services.save_stage(services.StageInput(probationer, "probationary", "2025-07-01",
                                                p["李明"], p["王芳"]))  # fmt: skip

        def about(name: str, today: str) -> list[str]:
            return [t for t in reminders(today) if name in t]

        # Applicant: a talk is due within a month of the application.
        assert about("申请人甲", "2026-03-15") and not any(
            r.urgent
            for r in services.development_reminders(dt.date(2026, 3, 15))
            if "申请人甲" in r.text
        )
        late = [r for r in services.development_reminders(dt.date(2026, 4, 2))
                if "申请人甲" in r.text]  # fmt: skip
        assert late and late[0].urgent
        # The activist of 2024 had no recorded talk either: but is no longer an applicant.
        assert not about("积极分子乙", "2025-06-01")
        # 培养满一年: from the first anniversary on.
        assert not about("积极分子乙", "2026-01-09") and about("积极分子乙", "2026-01-10")
        # 预备期 ends 2026-07-01: within 30 days from 2026-06-01; over (urgent) after it.
        assert not about("预备丙", "2026-05-31") and about("预备丙", "2026-06-01")
        over = [r for r in services.development_reminders(dt.date(2026, 7, 2))
                if "预备丙" in r.text]  # fmt: skip
        assert over and over[0].urgent
        # A talk of kind 与申请人 with the applicant ends the applicant's reminder.
        services.save_talk(services.TalkInput("2026-03-20", p["李明"], "applicant",
                                              other_uuid=applicant))  # fmt: skip
        assert not about("申请人甲", "2026-04-02")
        assert about("申请人甲", "2026-03-19")  # the talk of the 20th had not happened yet
        (line,) = [ln for ln in services.development_register("2026-04-02")
                   if ln.name == "申请人甲"]  # fmt: skip
        assert line.talked_on == "2026-03-20"


def test_the_demo_has_a_realistic_pipeline(tmp_path):
    from models.demo.generate import write_demo

    path = tmp_path / "demo.ledger"
    write_demo(path, seed=3, until="2026-12")
    stages = raw(
        path,
        "SELECT p.uuid, d.stage, d.date, c.category, c.effective_on FROM development_stage d"
        " JOIN person p ON p.id = d.person_id LEFT JOIN person_category c ON c.id = d.category_id"
        " WHERE d.deleted_at IS NULL",
    )
    for _p, stage, day, category, since in stages:
        assert (category, since) == ((None, None) if stage == "applicant" else (stage, day))
    (last_day,) = raw(path, "SELECT MAX(date) FROM activity WHERE deleted_at IS NULL")[0]
    with open_ledger(path, readonly=True):
        now = {ln.name: ln.stage for ln in services.development_register(last_day)}
        reminders = services.development_reminders(dt.date.fromisoformat(last_day))
    in_development = {n: s for n, s in now.items() if s != "full_member"}
    assert 2 <= len(in_development) <= 4 and len(set(in_development.values())) >= 3
    (made_full,) = raw(
        path,
        "SELECT p.name, v.item, a.date = d.date FROM development_stage d"
        " JOIN person p ON p.id = d.person_id JOIN vote v ON v.id = d.vote_id"
        " JOIN activity a ON a.id = d.activity_id AND a.id = v.activity_id"
        " WHERE d.stage = 'full_member' AND d.date >= ?",
        (last_day[:4] + "-01-01",),
    )
    assert made_full[0] in made_full[1] and made_full[2] == 1
    talked = raw(
        path,
        "SELECT COUNT(*) FROM development_stage d JOIN talk t ON t.other_id = d.person_id"
        " AND t.kind = 'applicant' AND t.date >= d.date WHERE d.stage = 'applicant'"
        " AND d.date >= ?",
        (last_day[:4] + "-01-01",),
    )
    assert talked[0][0] >= 1
    assert any("积极分子" in r.text or "activist" in r.text for r in reminders)


def _format_before_development() -> int:
    """The file format just before the one that added the register (its frozen SQL names it)."""
    from models.file import ledger as ledger_module

    sql = Path(ledger_module.__file__).parent / "sql"
    for version in sorted(ledger_module.MIGRATIONS):
        text = (sql / f"schema_v{version}.sql").read_text(encoding="utf-8")
        if 'CREATE TABLE "development_stage"' in text:
            return version - 1
    raise AssertionError("no format creates development_stage")


def test_the_format_before_the_register_upgrades_in_one_step(tmp_path, monkeypatch):
    from exports.bundle import make_bundle
    from models.bureau.merge import import_bundles
    from models.file import ledger as ledger_module

    previous = _format_before_development()
    old = tmp_path / "old.ledger"
    with monkeypatch.context() as m:
        m.setattr(ledger_module, "SCHEMA_VERSION", previous)
        with open_ledger(old, create=True):
            made = make_branch()
    assert raw(old, "PRAGMA user_version") == [(previous,)]
    assert not raw(old, "SELECT name FROM sqlite_master WHERE name = 'development_stage'")
    before = raw(old, "SELECT uuid, category, effective_on FROM person_category ORDER BY uuid")
    with open_ledger(old):
        services.save_stage(services.StageInput(made.people["黄强"], "candidate", "2026-05-01"))
    assert raw(old, "PRAGMA user_version") == [(ledger_module.SCHEMA_VERSION,)]
    after = raw(
        old,
        "SELECT uuid, category, effective_on FROM person_category WHERE uuid NOT IN"
        " (SELECT c.uuid FROM person_category c JOIN development_stage d ON d.category_id = c.id)"
        " ORDER BY uuid",
    )
    assert after == before
    make_bundle(old, tmp_path / "new.bundle")
    (result,) = import_bundles(tmp_path / "district.ledger", [tmp_path / "new.bundle"])
    stages = raw(tmp_path / "district.ledger", "SELECT stage FROM development_stage")
    assert result.accepted and stages == [("candidate",)]


def test_a_stages_category_change_goes_only_with_its_stage(pipeline):
    path, made = pipeline
    (change,) = raw(
        path,
        "SELECT c.uuid FROM person_category c JOIN development_stage d ON d.category_id = c.id"
        " WHERE d.stage = 'candidate'",
    )
    with open_ledger(path):
        with pytest.raises(ValidationError) as caught:
            services.delete_category_change(change[0])
    assert "uuid" in caught.value.errors
    assert raw_category(path, "周新", "2025-06-01") == "candidate"
