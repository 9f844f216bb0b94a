"""A ledger of two branches (a district's): the plan, 评议, 整改 and 谈话 are one branch's at a
time, and a record written for a member of the second branch is filed under that branch.

The second branch ("B…") is made first, while it is the only one, with its records; then the
branch that sorts first by name ("A…", find_branch's choice) is added with records of its own.
Every expectation is read from the file with sqlite3."""

from __future__ import annotations

import datetime as dt

import pytest

from models import services
from models.errors import ValidationError
from tests.followup_helpers import make_branch, raw

TODAY = dt.date(2026, 10, 15)
YEAR = 2026


def _records(made, tag: str) -> None:
    """One planned item, one 评议 result, one 整改 item and one talk of the default branch."""
    services.add_plan_entry(
        services.PlanEntryInput(kind="party_lecture", topic=f"党课{tag}", date="2026-03-10")
    )
    services.save_review(services.ReviewInput(made.people["陈静"], YEAR, "excellent"))
    services.save_rectification(
        services.RectificationInput(f"问题{tag}", "2026-02-01", deadline="2026-03-01")
    )
    services.save_talk(
        services.TalkInput("2026-04-01", made.people["李明"], "committee_member",
                           made.people["王芳"], points=f"谈话{tag}")
    )  # fmt: skip


@pytest.fixture
def two(ledger, ledger_path):
    second = make_branch(name="B小学党支部")
    _records(second, "B")
    first = make_branch(name="A小学党支部")
    _records(first, "A")
    return ledger_path, first, second


def _uuids(path, table: str, branch_uuid: str) -> set[str]:
    return {
        u
        for (u,) in raw(
            path,
            f"SELECT t.uuid FROM {table} t JOIN branch b ON b.id = t.branch_id"
            " WHERE t.deleted_at IS NULL AND b.uuid = ?",
            (branch_uuid,),
        )
    }


def test_lists_show_one_branch_at_a_time(two):
    path, first, second = two
    a, b = first.branch_uuid, second.branch_uuid
    assert services.current_branch().uuid == a  # find_branch: the first by name
    for choice, mine in ((None, a), (a, a), (b, b)):
        args = () if choice is None else (choice,)
        plan = {r.uuid for r in services.list_plan(YEAR, TODAY, *args)}
        assert plan == _uuids(path, "plan_item", mine)
        reviews = {r.uuid for r in services.list_reviews(YEAR, *args)}
        assert reviews == _uuids(path, "review_result", mine)
        items = {r.uuid for r in services.list_rectifications(YEAR, TODAY, *args)}
        assert items == _uuids(path, "rectification_item", mine)
        talks = {r.uuid for r in services.list_talks(YEAR, *args)}
        assert talks == _uuids(path, "talk", mine)
    # The second branch's records never show under the first.
    assert not {r.uuid for r in services.list_plan(YEAR, TODAY)} & _uuids(path, "plan_item", b)
    assert all(r.description == "问题A" for r in services.list_rectifications(YEAR, TODAY))
    # The overview's reminders: the overdue item of the branch, not the other's.
    for choice, mine, other in ((None, "问题A", "问题B"), (b, "问题B", "问题A")):
        texts = " ".join(r.text for r in services.followup_reminders(TODAY, choice))
        assert mine in texts and other not in texts


def test_summaries_count_the_branchs_own_members(two):
    path, first, second = two
    day = TODAY.isoformat()
    for made in (first, second):
        # The branch's party members on the roster today, by plain SQL.
        members = raw(
            path,
            "SELECT p.uuid FROM person p JOIN branch b ON b.id = p.branch_id WHERE b.uuid = ?"
            " AND p.deleted_at IS NULL AND p.category IN ('full_member', 'probationary')"
            " AND (SELECT s.status FROM person_status s WHERE s.person_id = p.id"
            " AND s.deleted_at IS NULL AND s.effective_on <= ? ORDER BY s.effective_on DESC,"
            " s.id DESC LIMIT 1) IN ('active', 'mobile')",
            (made.branch_uuid, day),
        )
        summary = services.review_summary(YEAR, TODAY, made.branch_uuid)
        assert summary.expected == len(members)
        assert summary.assessed == len(_uuids(path, "review_result", made.branch_uuid))
        coverage = services.talk_coverage(YEAR, TODAY, made.branch_uuid)
        assert len(coverage.committee) == len(made.committee)
        assert coverage.members == len(members)
        assert coverage.covered == 1  # the one talk of the branch
        plan = services.plan_summary(str(YEAR), TODAY, made.branch_uuid)
        assert plan.planned == len(_uuids(path, "plan_item", made.branch_uuid))


def test_new_records_are_filed_under_the_chosen_branch(two):
    path, first, second = two
    b = second.branch_uuid
    services.save_rectification(
        services.RectificationInput("B的新问题", "2026-05-01", branch_uuid=b,
                                    owner_uuid=second.people["张伟"])
    )  # fmt: skip
    services.add_plan_entry(
        services.PlanEntryInput(
            kind="party_lecture", topic="B党课", date="2026-05-02", branch_uuid=b
        )
    )
    # A member's result goes with the member's branch; one of another branch is refused.
    services.save_review(
        services.ReviewInput(second.people["赵敏"], YEAR, "qualified", branch_uuid=b)
    )
    with pytest.raises(ValidationError) as info:
        services.save_review(services.ReviewInput(second.people["王芳"], YEAR, "qualified"))
    assert set(info.value.errors) == {"person"}
    rows = raw(
        path,
        "SELECT b.uuid FROM rectification_item r JOIN branch b ON b.id = r.branch_id"
        " WHERE r.description = 'B的新问题' UNION ALL SELECT b.uuid FROM review_result r"
        " JOIN branch b ON b.id = r.branch_id JOIN person p ON p.id = r.person_id"
        " WHERE p.uuid = ? UNION ALL SELECT b.uuid FROM plan_item r"
        " JOIN branch b ON b.id = r.branch_id WHERE r.topic = 'B党课'",
        (second.people["赵敏"],),
    )
    assert rows == [(b,), (b,), (b,)]
    # Someone of the other branch cannot be the owner, nor talk across branches.
    with pytest.raises(ValidationError) as info:
        services.save_rectification(
            services.RectificationInput("跨支部", "2026-05-01", branch_uuid=b,
                                        owner_uuid=first.people["张伟"])
        )  # fmt: skip
    assert set(info.value.errors) == {"owner"}
    with pytest.raises(ValidationError) as info:
        services.save_talk(
            services.TalkInput("2026-05-03", second.people["李明"], "committee_member",
                               first.people["王芳"], branch_uuid=b)
        )  # fmt: skip
    assert "other" in info.value.errors


def test_dues_and_transfers_of_the_second_branch_stay_in_it(two):
    path, first, second = two
    person = second.people["赵敏"]
    services.save_standard(services.StandardInput(person, "2026-01", "10.00"))
    services.save_payment(services.PaymentInput(person, "2026-01", "10.00", "2026-01-20"))
    services.save_transfer(
        services.TransferInput(second.people["陈静"], "out", "2026-08-01", "某中学党支部")
    )
    owner = "(SELECT b.uuid FROM branch b WHERE b.id = t.branch_id)"
    for table in ("dues_standard", "dues_payment", "dues_month", "transfer"):
        assert raw(path, f"SELECT DISTINCT {owner} FROM {table} t") == [(second.branch_uuid,)]
    (total,) = raw(path, "SELECT paid_cents FROM dues_month")
    assert total == (1000,)


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_page_shows_the_chosen_branch_and_writes_to_it(two, ctx, qtbot, english):
    from ui.followup.page import FollowupPage

    path, first, second = two
    page = FollowupPage(ctx)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_month("2026-10")
    page.refresh()
    chooser = page.branch_chooser
    assert not chooser.isHidden()
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["A小学党支部", "B小学党支部"]

    def shown(section, column: int) -> list[str]:
        table = section.table
        return [table.item(r, column).text() for r in range(table.rowCount())]

    assert shown(page.rectification, 2) == ["问题A"]
    assert shown(page.talks, 4) == ["谈话A"]
    page.choose_branch(second.branch_uuid)
    assert page.branch_uuid == second.branch_uuid
    assert shown(page.rectification, 2) == ["问题B"]
    assert shown(page.talks, 4) == ["谈话B"]
    assert shown(page.plan, 3) == ["党课B"]
    assert not page.record_button.isEnabled()  # records are written to the ledger's branch

    def item(dialog):
        # Only the chosen branch's people are offered.
        offered = {dialog.owner.itemData(i) for i in range(dialog.owner.count())}
        assert second.people["张伟"] in offered and first.people["张伟"] not in offered
        dialog.description.setPlainText("B的问题二")
        dialog.found_on.setText("2026-09-01")
        dialog.owner.set_person(second.people["张伟"])
        return dialog.save()

    page.run_dialog = item
    page.add_item()
    assert raw(
        path,
        "SELECT b.uuid FROM rectification_item r JOIN branch b ON b.id = r.branch_id"
        " WHERE r.description = 'B的问题二'",
    ) == [(second.branch_uuid,)]
    assert "B的问题二" in shown(page.rectification, 2)
