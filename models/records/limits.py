"""How long a typed text may be, for every free-text field of every form — the one place the
limits are written down. The services refuse a longer text with a message naming the field
(`check_lengths`, called by each form's validator); the form's widget stops typing at the same
length (ui/shell/limits.py reads `LIMITS` through the services).

The limits are what a real form needs, with room to spare: a person's name 50 characters (the
longest Uyghur and Kazakh names in Chinese transcription are under 30), a branch's name 100 (the
official "中共……委员会……党支部" names reach 40–50), a topic 200, the minutes of a meeting 20,000
(a long 支部党员大会 is 5,000–8,000), an absence reason or a note a few hundred.

| form (input)        | field → characters |
| ------------------- | ------------------ |
| ActivityInput       | topic 200, location 100, agenda 5,000, minutes 20,000, resolutions 5,000,
|                     | guests 500, materials 2,000, speakers 200, service_type 100 |
| AttendanceInput     | reason 500 (an absence explained, as long as a note) |
| VoteInput           | item 200 |
| PersonInput         | name 50, phone 30, note 1,000, ethnicity 20, native_place 50,
|                     | education 20, job_title 50 (the 花名册 fields) |
| BranchInput         | name 100, superior 100, guidance_officer 50, theme_day_rule 100,
|                     | each group 50 |
| UnitInput           | name 100, unit_kind 50 |
| GroupInput          | name 50 |
| StandardInput       | note 500 (党费 standard) |
| PaymentInput        | note 500 (党费 payment, the 免交 reason) |
| TransferInput       | organisation 100, letter_no 50, note 500 |
| PlanEntryInput      | topic 200, theme 200, note 1,000 (and PlanItemInput the same) |
| ReviewInput         | self_assessment 2,000, peer_summary 2,000, note 1,000 |
| RectificationInput  | description 1,000, category 50, measures 2,000, evidence 1,000 |
| TalkInput           | other_name 50, points 5,000 |

Lengths are counted in characters (code points: 𠮷 is one character).
"""

from __future__ import annotations

import dataclasses

from models.text.i18n import translate

_PLAN = {"topic": 200, "theme": 200, "note": 1000}

LIMITS: dict[str, dict[str, int]] = {
    "ActivityInput": {
        "topic": 200,
        "location": 100,
        "agenda": 5000,
        "minutes": 20000,
        "resolutions": 5000,
        "guests": 500,
        "materials": 2000,
        "speakers": 200,
        "service_type": 100,
    },
    "AttendanceInput": {"reason": 500},
    "VoteInput": {"item": 200},
    "PersonInput": {
        "name": 50,
        "phone": 30,
        "note": 1000,
        "ethnicity": 20,
        "native_place": 50,
        "education": 20,
        "job_title": 50,
    },
    "BranchInput": {
        "name": 100,
        "superior": 100,
        "guidance_officer": 50,
        "theme_day_rule": 100,
        "groups": 50,  # each group given by its name
    },
    "UnitInput": {"name": 100, "unit_kind": 50},
    "GroupInput": {"name": 50},
    "StandardInput": {"note": 500},
    "PaymentInput": {"note": 500},
    "TransferInput": {"organisation": 100, "letter_no": 50, "note": 500},
    "PlanEntryInput": _PLAN,
    "PlanItemInput": _PLAN,
    "ReviewInput": {"self_assessment": 2000, "peer_summary": 2000, "note": 1000},
    "RectificationInput": {"description": 1000, "category": 50, "measures": 2000, "evidence": 1000},
    "TalkInput": {"other_name": 50, "points": 5000},
}


# The stored columns each form writes (table → form), for the bureau's check of a bundle: a
# bundle's text may be no longer than the form that writes it allows, and a text no form writes
# no longer than STORED_TEXT_CEILING (models/bureau/validate.py: length_problems).
TABLE_FORMS = {
    "activity": "ActivityInput",
    "attendance": "AttendanceInput",
    "vote": "VoteInput",
    "person": "PersonInput",
    "branch": "BranchInput",
    "unit": "UnitInput",
    "party_group": "GroupInput",
    "dues_standard": "StandardInput",
    "dues_payment": "PaymentInput",
    "transfer": "TransferInput",
    "plan_item": "PlanItemInput",
    "review_result": "ReviewInput",
    "rectification_item": "RectificationInput",
    "talk": "TalkInput",
}
STORED_TEXT_CEILING = 100_000


def stored_limit(table: str, column: str) -> int:
    """The most characters a bundle may carry in `column` of `table`."""
    form = TABLE_FORMS.get(table)
    return LIMITS[form].get(column, STORED_TEXT_CEILING) if form else STORED_TEXT_CEILING


def text_limit(form: str, field: str) -> int:
    """The most characters `field` of `form` (an input's class name) may hold."""
    return LIMITS[form][field]


def _labels() -> dict[str, str]:
    """The fields as the forms name them (in the user's language)."""
    return {
        "topic": translate("Limits", "Topic"),
        "location": translate("Limits", "Location"),
        "agenda": translate("Limits", "Agenda"),
        "minutes": translate("Limits", "Minutes"),
        "resolutions": translate("Limits", "Resolutions"),
        "guests": translate("Limits", "Guests"),
        "materials": translate("Limits", "Study materials"),
        "speakers": translate("Limits", "Speakers"),
        "service_type": translate("Limits", "Type of service"),
        "reason": translate("Limits", "Reason"),
        "item": translate("Limits", "Vote item"),
        "name": translate("Limits", "Name"),
        "phone": translate("Limits", "Phone"),
        "note": translate("Limits", "Note"),
        "ethnicity": translate("Limits", "Ethnicity"),
        "native_place": translate("Limits", "Native place"),
        "education": translate("Limits", "Education"),
        "job_title": translate("Limits", "Title / post"),
        "superior": translate("Limits", "Superior organisation"),
        "guidance_officer": translate("Limits", "Guidance officer"),
        "theme_day_rule": translate("Limits", "Theme party day rule"),
        "groups": translate("Limits", "Party group"),
        "unit_kind": translate("Limits", "Kind of unit"),
        "organisation": translate("Limits", "Organisation"),
        "letter_no": translate("Limits", "Letter number"),
        "theme": translate("Limits", "Theme"),
        "self_assessment": translate("Limits", "Self-assessment"),
        "peer_summary": translate("Limits", "Peer assessment"),
        "description": translate("Limits", "Problem"),
        "category": translate("Limits", "Category"),
        "measures": translate("Limits", "Measures"),
        "evidence": translate("Limits", "Completion"),
        "other_name": translate("Limits", "Talked with"),
        "points": translate("Limits", "Key points"),
    }


def too_long(field: str, length: int, limit: int) -> str:
    return translate("Limits", "{field} is too long: {length} characters, at most {limit}.").format(
        field=_labels().get(field, field), length=f"{length:,}", limit=f"{limit:,}"
    )


def check_lengths(errors: dict[str, str], data: object, key: str = "") -> None:
    """Note in `errors` every text of the input `data` longer than its limit (under the field's
    name, or `key` for the items of a list such as the attendance rows)."""
    limits = LIMITS.get(type(data).__name__, {})
    for item in dataclasses.fields(data) if dataclasses.is_dataclass(data) else ():
        value = getattr(data, item.name)
        values = value if isinstance(value, list) else [value]
        for one in values:
            if dataclasses.is_dataclass(one):
                check_lengths(errors, one, key or item.name)
            elif isinstance(one, str) and item.name in limits and len(one) > limits[item.name]:
                message = too_long(item.name, len(one), limits[item.name])
                errors.setdefault(key or item.name, message)
