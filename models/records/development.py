"""发展党员: the dated stages of member development (《发展党员工作细则》, 2014), their details, the
reminders they give and the register (台账) they make.

A stage is one row of `development_stage`: 入党申请人 (the application's date), 入党积极分子
(确定 date, two 培养联系人), 发展对象 (确定 date, 政审, 集中培训 hours), 预备党员 (支部大会
date, two 入党介绍人, 上级批准) and 正式党员 (转正 支部大会 date, 批准). Every stage but the
application IS the person's dated category change: saving it writes (or moves) the linked
`person_category` row, deleting it tombstones that row, so `category_on()` — and with it every
figure of any date — follows the stages and there is no second record of the category. An
applicant stays in their category (群众) and is "in development" from the application's date.

The service API (re-exported by models.services):

- `save_stage(StageInput, who="") -> uuid`, `delete_stage(uuid, who="")`
- `list_stages(person_uuid=None) -> [StageRow]`, oldest first
- `stage_on(person_uuid, day) -> str | None` (the development stage on a day)
- `development_register(day=None, branch_uuid=None) -> [RegisterLine]` (one line per person with
  any stage: every date, the stage on `day` and the next date due)
- `development_reminders(today=None) -> [Reminder]`
- `branch_meeting_votes() -> [MeetingVote]` (what a stage can be linked to)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.errors import ValidationError
from models.file.schema import (
    Activity,
    ActivityKind,
    DevelopmentStage,
    Person,
    PersonCategory,
    Talk,
    Vote,
    database,
    utc_now,
)
from models.records import audit
from models.records.branch import find_branch, the_branch
from models.records.categories import _sync_current, category_on
from models.records.dues import clean_text
from models.records.followup_base import update_row
from models.records.validation import atomic_write, check_date, day_or_none, parse_date
from models.rules.compliance import vote_passed
from models.rules.periods import date_text
from models.text.i18n import translate
from models.vocabulary_development import (
    ACTIVIST_MONTHS,
    DEVELOPMENT_STAGES,
    PROBATION_MONTHS,
    PROBATION_WARN_DAYS,
    STAGE_CATEGORY,
    STAGES_BY_MEETING,
    STAGES_WITH_TWO,
    TALK_WITHIN_MONTHS,
    stage_label,
)

MAX_TRAINING_HOURS = 500


@dataclass
class StageInput:
    person_uuid: str
    stage: str  # DEVELOPMENT_STAGES
    date: str
    first_person_uuid: str | None = None  # 培养联系人 / 入党介绍人
    second_person_uuid: str | None = None
    vetted_on: str | None = None  # 政审 (发展对象)
    training_hours: float | None = None  # 集中培训 (发展对象)
    approved_on: str | None = None  # 上级批准 (预备党员, 正式党员)
    vote_uuid: str | None = None  # the 支部党员大会's vote (预备党员, 正式党员)
    activity_uuid: str | None = None  # the meeting, when no vote is chosen
    note: str = ""
    uuid: str | None = None


@dataclass(frozen=True)
class VoteResult:
    item: str
    entitled: int
    present: int
    in_favour: int
    against: int
    abstain: int
    passed: bool

    def text(self) -> str:
        verdict = (
            translate("Development", "passed")
            if self.passed
            else translate("Development", "not passed")
        )
        return translate(
            "Development",
            "{in_favour} for, {against} against, {abstain} abstaining of {entitled}: {verdict}",
        ).format(
            in_favour=self.in_favour,
            against=self.against,
            abstain=self.abstain,
            entitled=self.entitled,
            verdict=verdict,
        )


@dataclass(frozen=True)
class StageRow:
    uuid: str
    person_uuid: str
    person: str
    stage: str
    date: str
    first_person_uuid: str | None
    first_person: str
    second_person_uuid: str | None
    second_person: str
    vetted_on: str | None
    training_hours: float | None
    approved_on: str | None
    activity_uuid: str | None
    meeting: str  # the meeting's date and topic
    vote_uuid: str | None
    vote: VoteResult | None
    note: str


@dataclass(frozen=True)
class MeetingVote:
    """A 支部党员大会 (and one of its votes, if any) a stage can be linked to."""

    activity_uuid: str
    date: str
    topic: str
    vote_uuid: str | None
    vote: VoteResult | None

    def text(self) -> str:
        head = f"{self.date} {self.topic}"
        if self.vote is None:
            return head
        return f"{head} — {self.vote.item} ({self.vote.text()})"


@dataclass
class RegisterLine:
    """One person of the register: the stages by code, the stage on the day, what is due next."""

    person_uuid: str
    name: str
    stages: dict[str, StageRow] = field(default_factory=dict)
    stage: str | None = None  # on the register's day (None: not yet in development)
    next_label: str = ""
    next_due: str | None = None
    talked_on: str | None = None  # the first talk with the applicant (kind 与申请人)


def tables_present() -> bool:
    row = database.execute_sql(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'development_stage'"
    ).fetchone()
    return row[0] == 1


def add_months(day: dt.date, months: int) -> dt.date:
    from models.rules.followup import add_months as _add

    return _add(day, months)


def _live_person(uuid: str | None) -> Person | None:
    if not uuid:
        return None
    return Person.get_or_none((Person.uuid == uuid) & Person.deleted_at.is_null())


def _vote_result(vote: Vote | None) -> VoteResult | None:
    if vote is None or vote.deleted_at is not None:
        return None
    return VoteResult(
        vote.item,
        vote.entitled,
        vote.present,
        vote.in_favour,
        vote.against,
        vote.abstain,
        vote_passed(vote.entitled, vote.present, vote.in_favour),
    )


def _stages_of(person: Person, exclude: str | None = None) -> list[DevelopmentStage]:
    query = DevelopmentStage.select().where(
        (DevelopmentStage.person == person) & DevelopmentStage.deleted_at.is_null()
    )
    return [s for s in query if s.uuid != exclude]


def _full_member_check(
    errors: dict[str, str], key: str, uuid: str | None, day: str, person: Person | None, label: str
) -> None:
    if not uuid:
        errors[key] = translate("Validation", "{field} is required.").format(field=label)
        return
    other = _live_person(uuid)
    if other is None:
        errors[key] = translate("Validation", "This person is no longer in the ledger.")
        return
    if person is not None and other.id == person.id:
        errors[key] = translate("Development", "{field}: not the person themself.").format(
            field=label
        )
        return
    if category_on(other.uuid, day) != "full_member":
        errors[key] = translate(
            "Development", "{field}: {name} was not a full member on {date}."
        ).format(field=label, name=other.name, date=day)


def _helper_labels(stage: str) -> tuple[str, str]:
    if stage == "activist":
        return translate("Development", "First contact"), translate("Development", "Second contact")
    return translate("Development", "First introducer"), translate(
        "Development", "Second introducer"
    )


def validate_stage(data: StageInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    person = _live_person(data.person_uuid)
    if person is None:
        errors["person"] = translate("Validation", "This person is no longer in the ledger.")
    if data.stage not in DEVELOPMENT_STAGES:
        errors["stage"] = translate("Development", "Choose a stage.")
    date_label = translate("Development", "Date")
    if not data.date:
        errors["date"] = translate("Validation", "{field} is required.").format(field=date_label)
    check_date(errors, "date", data.date, date_label)
    check_date(errors, "vetted_on", data.vetted_on, translate("Development", "Political check"))
    check_date(errors, "approved_on", data.approved_on, translate("Development", "Approved on"))
    if (
        data.uuid
        and not DevelopmentStage.select()
        .where((DevelopmentStage.uuid == data.uuid) & DevelopmentStage.deleted_at.is_null())
        .exists()
    ):
        errors["uuid"] = translate("Validation", "This record no longer exists.")
    day = parse_date(data.date)
    if errors or person is None or day is None:
        return errors
    iso = day.isoformat()
    order = DEVELOPMENT_STAGES.index(data.stage)
    for other in _stages_of(person, exclude=data.uuid):
        other_day = str(other.date)
        other_order = DEVELOPMENT_STAGES.index(other.stage)
        if other.stage == data.stage:
            errors["stage"] = translate(
                "Development", "{name} already has this stage ({date}); edit that entry."
            ).format(name=person.name, date=other_day)
        elif other_order < order and other_day > iso:
            errors["date"] = translate(
                "Development", "The date cannot be before the earlier stage {stage} ({date})."
            ).format(stage=stage_label(other.stage), date=other_day)
        elif other_order > order and other_day < iso:
            errors["date"] = translate(
                "Development", "The date cannot be after the later stage {stage} ({date})."
            ).format(stage=stage_label(other.stage), date=other_day)
    if data.stage == "full_member" and "date" not in errors:
        start = _probation_start(person, exclude=data.uuid)
        if start is not None:
            earliest = add_months(dt.date.fromisoformat(start), PROBATION_MONTHS)
            if day < earliest:
                errors["date"] = translate(
                    "Development",
                    "The probation lasts one year from {start}: full membership no earlier"
                    " than {date}.",
                ).format(start=start, date=earliest.isoformat())
    if data.stage in STAGES_WITH_TWO:
        first, second = _helper_labels(data.stage)
        _full_member_check(errors, "first_person", data.first_person_uuid, iso, person, first)
        _full_member_check(errors, "second_person", data.second_person_uuid, iso, person, second)
        if (
            data.first_person_uuid
            and data.first_person_uuid == data.second_person_uuid
            and "second_person" not in errors
        ):
            errors["second_person"] = translate(
                "Development", "{field}: choose two different people."
            ).format(field=second)
    if data.stage == "candidate":
        hours = data.training_hours
        if hours is not None and not (0 <= hours <= MAX_TRAINING_HOURS):
            errors["training_hours"] = translate(
                "Development", "Training hours: a number from 0 to {n}."
            ).format(n=MAX_TRAINING_HOURS)
    approved = parse_date(data.approved_on)
    if approved is not None and approved < day and "approved_on" not in errors:
        errors["approved_on"] = translate(
            "Development", "The approval cannot come before the branch meeting ({date})."
        ).format(date=iso)
    if data.stage in STAGES_BY_MEETING:
        _check_meeting(errors, data, iso)
    return errors


def _check_meeting(errors: dict[str, str], data: StageInput, iso: str) -> None:
    activity = _meeting(data)
    if data.vote_uuid and activity is None:
        errors["meeting"] = translate("Validation", "This record no longer exists.")
        return
    if data.activity_uuid and activity is None:
        errors["meeting"] = translate("Validation", "This record no longer exists.")
        return
    if activity is None:
        return
    kinds = {
        k.kind
        for k in ActivityKind.select().where(
            (ActivityKind.activity == activity.id) & ActivityKind.deleted_at.is_null()
        )
    }
    if "branch_meeting" not in kinds:
        errors["meeting"] = translate(
            "Development", "The meeting must be a branch general meeting."
        )
    elif str(activity.date) != iso:
        errors["meeting"] = translate(
            "Development", "The meeting was held on {meeting}; the stage's date must be that day."
        ).format(meeting=str(activity.date))


def _meeting(data: StageInput) -> Activity | None:
    if data.vote_uuid:
        vote = Vote.get_or_none((Vote.uuid == data.vote_uuid) & Vote.deleted_at.is_null())
        if vote is None or vote.activity.deleted_at is not None:
            return None
        return vote.activity
    if data.activity_uuid:
        return Activity.get_or_none(
            (Activity.uuid == data.activity_uuid) & Activity.deleted_at.is_null()
        )
    return None


def _probation_start(person: Person, exclude: str | None = None) -> str | None:
    """The day the person became probationary: the stage, else the category history."""
    for s in _stages_of(person, exclude=exclude):
        if s.stage == "probationary":
            return str(s.date)
    row = database.execute_sql(
        "SELECT effective_on FROM person_category WHERE person_id = ? AND deleted_at IS NULL"
        " AND category = 'probationary' AND effective_on IS NOT NULL"
        " ORDER BY effective_on DESC LIMIT 1",
        (person.id,),
    ).fetchone()
    return str(row[0]) if row else None


def save_stage(data: StageInput, who: str = "") -> str:
    """Record (or correct) a stage; its category change is written in the same transaction."""
    errors = validate_stage(data)
    if errors:
        raise ValidationError(errors)
    person = Person.get(Person.uuid == data.person_uuid)
    day = str(day_or_none(data.date))
    with_two = data.stage in STAGES_WITH_TWO
    by_meeting = data.stage in STAGES_BY_MEETING
    vote = Vote.get(Vote.uuid == data.vote_uuid) if by_meeting and data.vote_uuid else None
    activity = _meeting(data) if by_meeting else None
    hours = data.training_hours if data.stage == "candidate" else None
    values = {
        "person": person,
        "stage": data.stage,
        "date": day,
        "first_person": _live_person(data.first_person_uuid) if with_two else None,
        "second_person": _live_person(data.second_person_uuid) if with_two else None,
        "vetted_on": day_or_none(data.vetted_on) if data.stage == "candidate" else None,
        "training_min": None if hours is None else round(hours * 60),
        "approved_on": day_or_none(data.approved_on) if by_meeting else None,
        "activity": activity,
        "vote": vote,
        "note": clean_text(data.note),
    }
    with atomic_write():
        row = DevelopmentStage.get(DevelopmentStage.uuid == data.uuid) if data.uuid else None
        values["category"] = _write_category(person, row, data.stage, day, who)
        if row is not None:
            update_row(DevelopmentStage, row, values, "development_stage", who)
            uuid = row.uuid
        else:
            row = DevelopmentStage.create(branch=the_branch(), **values)
            audit.record(
                "create",
                "development_stage",
                row.uuid,
                {"person": person.name, "stage": data.stage, "date": day},
                who=who,
            )
            uuid = row.uuid
        _sync_current(Person.get_by_id(person.id))
        return uuid


def _linked_category(row: DevelopmentStage | None) -> PersonCategory | None:
    if row is None or not row.__data__.get("category"):
        return None
    return PersonCategory.get_or_none(PersonCategory.id == row.__data__["category"])


def _tombstone_category(linked: PersonCategory, who: str) -> None:
    if linked.deleted_at is not None:
        return
    now = utc_now()
    PersonCategory.update(deleted_at=now, updated_at=now, rev=PersonCategory.rev + 1).where(
        PersonCategory.id == linked.id
    ).execute()
    audit.record("delete", "person_category", linked.uuid, {"deleted": [False, True]}, who=who)


def _write_category(
    person: Person, row: DevelopmentStage | None, stage: str, day: str, who: str
) -> PersonCategory | None:
    """The dated category change the stage is (None for an application)."""
    linked = _linked_category(row)
    category = STAGE_CATEGORY.get(stage)
    if category is None:
        if linked is not None:
            _tombstone_category(linked, who)
        return None
    # Another change on the same day is replaced (as set_person_category does).
    same_day = PersonCategory.select().where(
        (PersonCategory.person == person)
        & PersonCategory.deleted_at.is_null()
        & (PersonCategory.effective_on == day)
    )
    for old in same_day:
        if linked is None or old.id != linked.id:
            _tombstone_category(old, who)
    note = stage_label(stage)
    if linked is None:
        linked = PersonCategory.create(
            person=person, category=category, effective_on=day, note=note
        )
        audit.record(
            "update",
            "person_category",
            linked.uuid,
            {"person": person.name, "category": category, "effective_on": day},
            who=who,
        )
        return linked
    update_row(
        PersonCategory,
        linked,
        {"person": person, "category": category, "effective_on": day, "note": note},
        "person_category",
        who,
    )
    return PersonCategory.get_by_id(linked.id)


def delete_stage(uuid: str, who: str = "") -> None:
    """Delete a wrongly entered stage and the category change it wrote (tombstones)."""
    with atomic_write():
        row = DevelopmentStage.get_or_none(
            (DevelopmentStage.uuid == uuid) & DevelopmentStage.deleted_at.is_null()
        )
        if row is None:
            gone = translate("Validation", "This record no longer exists.")
            raise ValidationError({"uuid": gone})
        now = utc_now()
        DevelopmentStage.update(deleted_at=now, updated_at=now, rev=DevelopmentStage.rev + 1).where(
            DevelopmentStage.id == row.id
        ).execute()
        audit.record("delete", "development_stage", row.uuid, {"stage": row.stage}, who=who)
        linked = _linked_category(row)
        if linked is not None:
            _tombstone_category(linked, who)
        _sync_current(Person.get_by_id(row.__data__["person"]))


def _row(s: DevelopmentStage, names: dict[int, tuple[str, str]]) -> StageRow:
    def who(key: str) -> tuple[str | None, str]:
        pid = s.__data__.get(key)
        if pid is None or pid not in names:
            return None, ""
        return names[pid]

    first_uuid, first = who("first_person")
    second_uuid, second = who("second_person")
    person_uuid, person = names[s.__data__["person"]]
    activity = None
    if s.__data__.get("activity"):
        activity = Activity.get_or_none(
            (Activity.id == s.__data__["activity"]) & Activity.deleted_at.is_null()
        )
    vote = Vote.get_or_none(Vote.id == s.__data__["vote"]) if s.__data__.get("vote") else None
    return StageRow(
        s.uuid,
        person_uuid,
        person,
        s.stage,
        str(s.date),
        first_uuid,
        first,
        second_uuid,
        second,
        day_or_none(s.vetted_on),
        None if s.training_min is None else s.training_min / 60,
        day_or_none(s.approved_on),
        activity.uuid if activity is not None else None,
        f"{activity.date} {activity.topic}" if activity is not None else "",
        vote.uuid if vote is not None and vote.deleted_at is None else None,
        _vote_result(vote) if activity is not None else None,
        s.note,
    )


def _names() -> dict[int, tuple[str, str]]:
    return {p.id: (p.uuid, p.name) for p in Person.select(Person.id, Person.uuid, Person.name)}


def list_stages(person_uuid: str | None = None, branch_uuid: str | None = None) -> list[StageRow]:
    """The live stages (of one person, or of a branch, or all), by person then date."""
    if not tables_present():
        return []
    query = (
        DevelopmentStage.select()
        .join(Person, on=(DevelopmentStage.person == Person.id))
        .where(DevelopmentStage.deleted_at.is_null() & Person.deleted_at.is_null())
    )
    if person_uuid:
        query = query.where(Person.uuid == person_uuid)
    if branch_uuid:
        branch = find_branch(branch_uuid)
        query = query.where(DevelopmentStage.branch == (branch.id if branch else -1))
    names = _names()
    rows = [_row(s, names) for s in query]
    rows.sort(key=lambda r: (r.person, r.date, DEVELOPMENT_STAGES.index(r.stage)))
    return rows


def stage_on(person_uuid: str, day: str) -> str | None:
    """The person's development stage on `day`: their category when it is one of the stages
    (from the category history: the one source), 入党申请人 when they are 群众 (or had no
    category) and had applied by then; None otherwise."""
    category = category_on(person_uuid, day)
    if category in STAGE_CATEGORY.values():
        stages = list_stages(person_uuid)
        if category == "full_member" and not stages:
            return None  # a member who never went through this register
        return str(category)
    applied = [r for r in list_stages(person_uuid) if r.stage == "applicant" and r.date <= day]
    return "applicant" if applied else None


def _applicant_talk(person_id: int, since: str, until: str) -> str | None:
    """The first talk of kind 与申请人 with the person, from `since` to `until`."""
    row = (
        Talk.select(Talk.date)
        .where(
            Talk.deleted_at.is_null()
            & (Talk.kind == "applicant")
            & ((Talk.other == person_id) | (Talk.person == person_id))
            & (Talk.date >= since)
            & (Talk.date <= until)
        )
        .order_by(Talk.date)
        .first()
    )
    return str(row.date) if row is not None else None


def development_register(
    day: str | None = None, branch_uuid: str | None = None, *, later: bool = True
) -> list[RegisterLine]:
    """One line per person with any stage: every stage, the stage on `day` (today) and the next
    date due (the talk, 培养满一年, the end of the 预备期). `later=False`: only the stages dated
    on or before `day` (a register as of a past day)."""
    day = day or dt.date.today().isoformat()
    lines: dict[str, RegisterLine] = {}
    for row in list_stages(branch_uuid=branch_uuid):
        if not later and row.date > day:
            continue
        line = lines.setdefault(row.person_uuid, RegisterLine(row.person_uuid, row.person))
        line.stages[row.stage] = row
    ids = {p.uuid: p.id for p in Person.select(Person.id, Person.uuid)}
    for line in lines.values():
        line.stage = stage_on(line.person_uuid, day)
        applied = line.stages.get("applicant")
        if applied is not None:
            line.talked_on = _applicant_talk(ids[line.person_uuid], applied.date, day)
        _next_due(line)
    return sorted(
        lines.values(),
        key=lambda ln: (min(r.date for r in ln.stages.values()), ln.name),
    )


def _next_due(line: RegisterLine) -> None:
    stage = line.stage
    if stage == "applicant" and not line.talked_on:
        start = dt.date.fromisoformat(line.stages["applicant"].date)
        line.next_label = translate("Development", "Talk with the applicant")
        line.next_due = add_months(start, TALK_WITHIN_MONTHS).isoformat()
    elif stage == "activist" and "activist" in line.stages:
        start = dt.date.fromisoformat(line.stages["activist"].date)
        line.next_label = translate("Development", "One year of training: may become candidate")
        line.next_due = add_months(start, ACTIVIST_MONTHS).isoformat()
    elif stage == "probationary" and "probationary" in line.stages:
        start = dt.date.fromisoformat(line.stages["probationary"].date)
        line.next_label = translate("Development", "Probation ends")
        line.next_due = add_months(start, PROBATION_MONTHS).isoformat()


def development_reminders(today: dt.date | None = None) -> list:
    """积极分子 trained a year (may become 发展对象); a 预备期 ending within 30 days (or over);
    an applicant not talked with within a month of the application."""
    from models.rules.followup import Reminder

    if not tables_present():
        return []
    today = today or dt.date.today()
    iso = today.isoformat()
    items: list[Reminder] = []
    for line in development_register(iso):
        if line.next_due is None:
            continue
        due = dt.date.fromisoformat(line.next_due)
        if line.stage == "applicant":
            start = date_text(line.stages["applicant"].date)
            if due < today:
                items.append(
                    Reminder(
                        translate(
                            "Development",
                            "{name} applied on {date} and has not been talked with; the talk"
                            " was due by {due}.",
                        ).format(name=line.name, date=start, due=date_text(due)),
                        "development",
                        True,
                    )
                )
            else:
                items.append(
                    Reminder(
                        translate(
                            "Development",
                            "{name} applied on {date}: talk with them by {due}.",
                        ).format(name=line.name, date=start, due=date_text(due)),
                        "development",
                    )
                )
        elif line.stage == "activist" and due <= today:
            items.append(
                Reminder(
                    translate(
                        "Development",
                        "{name} has been an activist since {date} (over a year): the committee may"
                        " consider them as a candidate for admission.",
                    ).format(name=line.name, date=date_text(line.stages["activist"].date)),
                    "development",
                )
            )
        elif line.stage == "probationary":
            if due < today:
                text = translate(
                    "Development",
                    "{name}'s probation ended on {due}: the branch meeting should decide on full"
                    " membership.",
                )
                items.append(
                    Reminder(text.format(name=line.name, due=date_text(due)), "development", True)
                )
            elif (due - today).days <= PROBATION_WARN_DAYS:
                text = translate(
                    "Development",
                    "{name}'s probation ends on {due}: prepare the branch meeting on full"
                    " membership.",
                )
                text = text.format(name=line.name, due=date_text(due))
                items.append(Reminder(text, "development"))
    return items


def branch_meeting_votes() -> list[MeetingVote]:
    """Every live 支部党员大会 with each of its votes (a meeting without votes once), newest
    first: what a 预备党员 or 正式党员 stage can be linked to."""
    query = (
        Activity.select(Activity)
        .join(ActivityKind, on=(ActivityKind.activity == Activity.id))
        .where(
            Activity.deleted_at.is_null()
            & ActivityKind.deleted_at.is_null()
            & (ActivityKind.kind == "branch_meeting")
        )
        .order_by(Activity.date.desc(), Activity.id.desc())
        .distinct()
    )
    result: list[MeetingVote] = []
    for a in query:
        votes = list(
            Vote.select()
            .where((Vote.activity == a.id) & Vote.deleted_at.is_null())
            .order_by(Vote.position)
        )
        if not votes:
            result.append(MeetingVote(a.uuid, str(a.date), a.topic, None, None))
        for v in votes:
            result.append(MeetingVote(a.uuid, str(a.date), a.topic, v.uuid, _vote_result(v)))
    return result
