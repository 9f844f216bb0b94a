"""`check` on the plan, 评议, 整改, talks, 党费 and 转接: a clean ledger written by the services
passes; each fault planted by hand (as another tool or a damaged file would leave it) is
reported once, naming the record."""

from __future__ import annotations

import pytest

from models import services
from models.check import check_ledger
from tests.followup_helpers import make_branch


@pytest.fixture
def made(ledger):
    made = make_branch()
    p = made.people
    services.add_plan_entry(
        services.PlanEntryInput(kind="party_lecture", topic="党课", date="2026-03-10")
    )
    services.save_review(services.ReviewInput(p["陈静"], 2026, "excellent"))
    services.save_rectification(
        services.RectificationInput("理论学习不深", "2026-02-01", owner_uuid=p["张伟"],
                                    deadline="2026-03-01", status="done",
                                    completed_on="2026-02-20")
    )  # fmt: skip
    services.save_talk(
        services.TalkInput("2026-04-01", p["李明"], "committee_member", p["王芳"], points="谈")
    )
    services.save_standard(services.StandardInput(p["赵敏"], "2026-01", "10.00"))
    services.save_payment(services.PaymentInput(p["赵敏"], "2026-01", "10.00", "2026-01-20"))
    services.save_transfer(
        services.TransferInput(p["黄强"], "out", "2026-08-01", "某中学党支部",
                               receipt_on="2026-08-10")
    )  # fmt: skip
    return made


def sql(ledger, statement: str, *params: object) -> None:
    ledger.db.execute_sql(statement, params)


def only_problem(ledger) -> str:
    problems = check_ledger(ledger)
    assert len(problems) == 1, problems
    return problems[0]


def test_a_ledger_written_by_the_services_is_clean(ledger, made):
    assert check_ledger(ledger) == []


@pytest.mark.parametrize(
    ("statement", "parent"),
    [
        ("UPDATE rectification_item SET owner_id = 9999", "person"),
        ("UPDATE talk SET person_id = 9999", "person"),
        ("UPDATE review_result SET branch_id = 9999", "branch"),
    ],
)
def test_a_row_pointing_to_a_missing_person_or_branch(ledger, made, statement, parent):
    sql(ledger, "PRAGMA foreign_keys = OFF")
    sql(ledger, statement)
    sql(ledger, "PRAGMA foreign_keys = ON")
    problem = only_problem(ledger)
    table = statement.split()[1]
    label = {"rectification_item": "rectification item", "talk": "heart-to-heart talk",
             "review_result": "appraisal result"}[table]  # fmt: skip
    assert f"The {label} number" in problem and f"points to a missing {parent}" in problem


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("UPDATE plan_item SET planned_on = '2026-02-30'", ("党课", "is not a date that exists")),
        ("UPDATE plan_item SET planned_on = ''", ("planned date is missing",)),
        ("UPDATE talk SET date = '0999-04-01'", ("0999-04-01", "is out of range")),
        ("UPDATE review_result SET year = 20260", ("陈静", "year is out of range")),
        (
            "UPDATE rectification_item SET deadline = '2026-01-15'",
            ("理论学习不深", "deadline 2026-01-15 is before its date found 2026-02-01"),
        ),
        (
            "UPDATE transfer SET receipt_on = '2026-07-01'",
            ("黄强", "date of the receipt 2026-07-01 is before"),
        ),
        ("UPDATE dues_payment SET month = '2026-13'", ("赵敏", "is not a month")),
        ("UPDATE dues_standard SET effective_from = '2026/01'", ("赵敏", "is not a month")),
    ],
)
def test_dates_that_do_not_exist_or_are_out_of_range(ledger, made, statement, words):
    sql(ledger, "PRAGMA foreign_keys = OFF")
    sql(ledger, statement)
    problem = only_problem(ledger)
    assert all(w in problem for w in words), problem


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        ("UPDATE rectification_item SET status = 'finished'", "finished"),
        ("UPDATE rectification_item SET source = 'rumour'", "rumour"),
        ("UPDATE review_result SET grade = 'great'", "great"),
        ("UPDATE plan_item SET kind = 'picnic'", "picnic"),
        ("UPDATE talk SET kind = 'gossip'", "gossip"),
        ("UPDATE dues_payment SET kind = 'waived'", "waived"),
        ("UPDATE transfer SET direction = 'sideways'", "sideways"),
    ],
)
def test_a_status_or_kind_that_does_not_exist(ledger, made, statement, code):
    sql(ledger, statement)
    problem = only_problem(ledger)
    assert f"“{code}” does not exist" in problem


def test_a_completed_item_without_its_completion_date(ledger, made):
    sql(ledger, "UPDATE rectification_item SET completed_on = NULL")
    problem = only_problem(ledger)
    assert "理论学习不深" in problem and "no completion date" in problem


def test_negative_amounts(ledger, made):
    sql(ledger, "UPDATE dues_payment SET paid_cents = -100")
    problem = only_problem(ledger)
    assert "赵敏" in problem and "amount paid -100" in problem


def test_a_person_of_another_branch(ledger, made):
    sql(
        ledger,
        "INSERT INTO branch (uuid, created_at, updated_at, rev, name, branch_type, superior,"
        " guidance_officer, theme_day_rule, term_years) VALUES"
        " ('b2', '', '', 1, '另一支部', 'single', '', '', '', 3)",
    )
    sql(ledger, "UPDATE person SET branch_id = (SELECT id FROM branch WHERE uuid = 'b2')"
                " WHERE name = '张伟'")  # fmt: skip
    problems = check_ledger(ledger)
    assert len(problems) == 1, problems
    assert "理论学习不深" in problems[0] and "张伟 belongs to another branch" in problems[0]


def test_duplicate_identifiers_and_keys(ledger, made):
    # Only possible once the unique indexes are gone (reported as missing parts as well).
    sql(ledger, "DROP INDEX rectification_item_uuid")
    sql(ledger, "DROP INDEX review_result_person_id_year")
    sql(
        ledger,
        "INSERT INTO rectification_item (uuid, created_at, updated_at, rev, deleted_at,"
        " branch_id, found_on, source, description, category, owner_id, measures, deadline,"
        " status, completed_on, evidence) SELECT uuid, created_at, updated_at, rev, deleted_at,"
        " branch_id, found_on, source, description, category, owner_id, measures, deadline,"
        " status, completed_on, evidence FROM rectification_item",
    )
    sql(
        ledger,
        "INSERT INTO review_result (uuid, created_at, updated_at, rev, branch_id, person_id,"
        " year, self_assessment, peer_summary, grade, decided_on, note) SELECT 'copy',"
        " created_at, updated_at, rev, branch_id, person_id, year, self_assessment,"
        " peer_summary, grade, decided_on, note FROM review_result",
    )
    problems = check_ledger(ledger)
    shared = [p for p in problems if "share the identifier" in p]
    assert len(shared) == 1 and "理论学习不深" in shared[0] and "2 records" in shared[0]
    twice = [p for p in problems if "recorded 2 times" in p]
    assert len(twice) == 1 and "陈静" in twice[0]


def test_the_report_limit_applies(ledger, made):
    for day in range(1, 13):
        services.add_plan_entry(
            services.PlanEntryInput(kind="party_lecture", topic=f"党课{day}",
                                    date=f"2026-05-{day:02d}")
        )  # fmt: skip
    sql(ledger, "UPDATE plan_item SET kind = 'picnic'")
    (rows,) = ledger.db.execute_sql("SELECT COUNT(*) FROM plan_item").fetchone()
    everything = check_ledger(ledger, limit=None)
    assert len(everything) == rows
    cut = check_ledger(ledger, limit=5)
    assert cut[:5] == everything[:5] and f"{rows - 5} more" in cut[5]
