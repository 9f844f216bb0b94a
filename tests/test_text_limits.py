"""Every free-text field of every form has a maximum length (models/records/limits.py): the
model refuses one character more with a message naming the field, and takes the limit itself.
(The widgets' side is in tests/test_ui_text_limits.py.)"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from models.errors import ValidationError
from models.records.activities import ActivityInput, AttendanceInput, VoteInput
from models.records.activity_checks import validate_activity
from models.records.branch import BranchInput, GroupInput, UnitInput, validate_branch
from models.records.dues import PaymentInput, StandardInput, validate_payment, validate_standard
from models.records.limits import LIMITS
from models.records.people import PersonInput, validate_person
from models.records.plan import PlanEntryInput, PlanItemInput, validate_entry, validate_item
from models.records.rectification import RectificationInput, validate_rectification
from models.records.review import ReviewInput, validate_review
from models.records.talks import TalkInput, validate_talk
from models.records.transfers import TransferInput, validate_transfer
from models.services import BranchInput as ServiceBranchInput
from models.services import PersonInput as ServicePersonInput
from models.services import save_branch, save_person

DAY = "2026-09-01"

# form -> (a minimal input, its validator)
FORMS: dict[str, tuple[Callable[[], object], Callable[[object], dict[str, str]]]] = {
    "ActivityInput": (lambda: ActivityInput(kinds=["theme_day"], date=DAY), validate_activity),
    "PersonInput": (lambda: PersonInput(name="张伟"), validate_person),
    "BranchInput": (lambda: BranchInput(name="实验小学党支部"), validate_branch),
    "StandardInput": (
        lambda: StandardInput(person_uuid="x", effective_from="2026-01", amount="10.00"),
        validate_standard,
    ),
    "PaymentInput": (lambda: PaymentInput(person_uuid="x", month="2026-01"), validate_payment),
    "TransferInput": (
        lambda: TransferInput(
            person_uuid="x", direction="in", date=DAY, organisation="区教育局党委"
        ),
        validate_transfer,
    ),
    "PlanEntryInput": (lambda: PlanEntryInput(kind="theme_day", date=DAY), validate_entry),
    "PlanItemInput": (lambda: PlanItemInput(planned_on=DAY, kind="theme_day"), validate_item),
    "ReviewInput": (
        lambda: ReviewInput(person_uuid="x", year=2026, grade="qualified"),
        validate_review,
    ),
    "RectificationInput": (
        lambda: RectificationInput(description="问题", found_on=DAY),
        validate_rectification,
    ),
    "TalkInput": (
        lambda: TalkInput(date=DAY, person_uuid="x", kind="member_member"),
        validate_talk,
    ),
}
# Inputs that are parts of another form: (the outer form, its list field, a part with `text`)
PARTS: dict[str, tuple[str, str, Callable[[str, str], object]]] = {
    "AttendanceInput": (
        "ActivityInput",
        "attendance",
        lambda f, t: AttendanceInput("x", "leave", "sick", **{f: t}),
    ),
    "VoteInput": (
        "ActivityInput",
        "votes",
        lambda f, t: VoteInput(**{f: t}, entitled=3, present=3, in_favour=3),
    ),
    "UnitInput": ("BranchInput", "units", lambda f, t: UnitInput(**({"name": "一校区"} | {f: t}))),
    "GroupInput": ("BranchInput", "groups", lambda f, t: GroupInput(**{f: t})),
}

CASES = [(form, field) for form, fields in LIMITS.items() for field in fields]


def test_every_form_in_the_table_is_tested():
    assert set(LIMITS) == set(FORMS) | set(PARTS)


def _errors(form: str, field: str, text: str) -> tuple[dict[str, str], str]:
    """The validator's errors for `form` with `field` set to `text`, and the key to look at."""
    if form in PARTS:
        outer, list_field, make = PARTS[form]
        data = FORMS[outer][0]()
        setattr(data, list_field, [make(field, text)])
        return FORMS[outer][1](data), list_field
    data = FORMS[form][0]()
    if field == "phone":
        text = "1" * len(text)  # a phone number holds digits
    value: object = [text] if field == "groups" else text
    setattr(data, field, value)
    assert field in {f.name for f in dataclasses.fields(data)}
    return FORMS[form][1](data), field


@pytest.mark.parametrize(("form", "field"), CASES, ids=[f"{a}.{b}" for a, b in CASES])
def test_one_character_over_the_limit_is_refused_naming_the_field(ledger, form, field):
    limit = LIMITS[form][field]
    errors, key = _errors(form, field, "字" * (limit + 1))
    assert key in errors, errors
    assert f"at most {limit:,}" in errors[key] and f"{limit + 1:,} characters" in errors[key]
    assert errors[key].split(" is too long")[0]  # the field's name comes first
    at_limit, key = _errors(form, field, "字" * limit)
    assert "too long" not in at_limit.get(key, "")


def test_the_message_names_the_field_in_chinese(ledger, zh):
    errors, key = _errors("ActivityInput", "topic", "字" * 201)
    assert errors[key].startswith("主题")
    assert "201" in errors[key] and "200" in errors[key]


def test_saving_refuses_the_text_and_writes_nothing(ledger):
    save_branch(ServiceBranchInput(name="实验小学党支部"))
    with pytest.raises(ValidationError) as caught:
        save_person(ServicePersonInput(name="张" * 51))
    assert "name" in caught.value.errors
    uuid = save_person(ServicePersonInput(name="张" * 50))
    assert uuid
