"""The ledger's tables as peewee models bound to one DatabaseProxy.

Every table carries a UUID that stays stable across files (the bureau merges by it), created and
updated timestamps, a revision counter (bumped on every change, used by the bureau merge) and a
tombstone (`deleted_at`): rows are never removed by the services, only marked deleted.

Dates are ISO text (YYYY-MM-DD), times HH:MM, timestamps ISO-8601 UTC, so every figure can be
reproduced with plain sqlite3 queries.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid as uuidlib
from typing import Any

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from models.file import in_use
from models.vocabulary import (  # the code lists, re-exported for the models' modules
    ATTENDANCE_STATUSES,
    BRANCH_TYPES,
    CATEGORIES,
    KIND_CODES,
    LEAVE_TYPES,
    MEETING_KINDS,
    MEMBER_CATEGORIES,
    PRESENT_STATUSES,
    STATUSES,
    STUDY_KINDS,
    VOLUNTEER_KINDS,
)

__all__ = [
    "ATTENDANCE_STATUSES",
    "BRANCH_TYPES",
    "CATEGORIES",
    "KIND_CODES",
    "LEAVE_TYPES",
    "MEETING_KINDS",
    "MEMBER_CATEGORIES",
    "PRESENT_STATUSES",
    "STATUSES",
    "STUDY_KINDS",
    "VOLUNTEER_KINDS",
    "database",
]


class NoLedgerInUse(RuntimeError):
    """A model was used with no open ledger in use (a bug, never a user's mistake)."""


class LedgerInUse(DatabaseProxy):
    """The models' database: the `db` of the ledger in use in the current context."""

    @property
    def obj(self) -> Any:
        ledger = in_use.current()
        return ledger.db if ledger is not None else None

    @obj.setter
    def obj(self, value: Any) -> None:
        # peewee's Proxy.__init__ sets obj to None; binding by assignment is what this replaces.
        if value is not None:
            raise TypeError("the models' database is chosen by Ledger.use(), not initialize()")

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        """A transaction on the ledger in use, once it may be written (Ledger.hold_writes: a
        ledger whose check after opening is still running or failed)."""
        in_use.hold_writes()
        return super().atomic(*args, **kwargs)

    def __getattr__(self, attr: str) -> Any:
        db = self.obj
        if db is None:
            raise NoLedgerInUse("no ledger is in use here: open one or wrap the call in use()")
        return getattr(db, attr)


database = LedgerInUse()


def new_uuid() -> str:
    """A new record's identity: a UUID version 7 (RFC 9562), the time it was made in
    milliseconds in its first 48 bits and 74 random bits after.

    Records made one after another get neighbouring identities, so the uuid indexes of a
    ledger — above all the district's, holding every school's ten years — grow at one end
    instead of splitting a page per new row, as version 4 uuids (random everywhere) did: an
    incremental import wrote some 4,300 changed index pages for a 1,700-row bundle. Older
    records keep their version 4 uuids; both are just unique text to everything else."""
    return uuid_v7(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10)))


def uuid_v7(milliseconds: int, random_bits: int) -> str:
    """The version 7 uuid of a moment (milliseconds since 1970) with the low 74 of
    `random_bits` (the demo passes its seeded generator's bits and its records' times)."""
    value = (milliseconds % (1 << 48)) << 80 | random_bits % (1 << 80)
    value = value & ~(0xF << 76) | 7 << 76  # the version (Python 3.11's UUID() takes 1-5 only)
    value = value & ~(0x3 << 62) | 0x2 << 62  # the RFC 9562 variant
    return str(uuidlib.UUID(int=value))


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class BaseModel(Model):
    """Columns every ledger row has."""

    id = AutoField()  # what peewee adds by itself, spelled out for the type checker
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    created_at = CharField(default=utc_now)
    updated_at = CharField(default=utc_now)
    rev = IntegerField(default=1)
    deleted_at = CharField(null=True)

    class Meta:
        database = database
        legacy_table_names = False


class Branch(BaseModel):
    """A Party branch (党支部) or joint branch (联合党支部)."""

    name = CharField()
    branch_type = CharField(default="single")  # BRANCH_TYPES
    superior = CharField(default="")  # 上级党组织
    guidance_officer = CharField(default="")  # 党建工作指导员
    founded_on = DateField(null=True)
    elected_on = DateField(null=True)  # last election; the term is term_years long
    term_years = IntegerField(default=3)
    theme_day_rule = CharField(default="")  # e.g. "每月第一周周五"


class Unit(BaseModel):
    """A unit (单位) covered by a branch; a joint branch covers up to five."""

    branch = ForeignKeyField(Branch, backref="units", on_delete="CASCADE")
    name = CharField()
    unit_kind = CharField(default="")  # 幼儿园 / 小学 / ...
    has_members = BooleanField(default=True)
    position = IntegerField(default=0)


class PartyGroup(BaseModel):
    """A party group (党小组)."""

    branch = ForeignKeyField(Branch, backref="groups", on_delete="CASCADE")
    name = CharField()
    position = IntegerField(default=0)


class Person(BaseModel):
    """Someone on the roster: a member, candidate, activist or staff member."""

    branch = ForeignKeyField(Branch, backref="people", on_delete="CASCADE")
    name = CharField()
    sex = CharField(default="")  # "M" / "F" / ""
    birth_date = DateField(null=True)
    unit = ForeignKeyField(Unit, null=True, backref="people", on_delete="SET NULL")
    party_group = ForeignKeyField(PartyGroup, null=True, backref="people", on_delete="SET NULL")
    category = CharField(default="full_member")  # CATEGORIES
    joined_on = DateField(null=True)  # 入党日期
    full_member_on = DateField(null=True)  # 转正日期
    phone = CharField(default="")  # private; removed by `bundle --no-phone`
    note = TextField(default="")
    # Format 6: the 花名册 fields. id_number (身份证号) is private: masked on screen and in print,
    # left out of every bundle unless the branch chooses (exports/bundle.py).
    ethnicity = CharField(default="")  # 民族
    native_place = CharField(default="")  # 籍贯
    education = CharField(default="")  # 学历
    job_title = CharField(default="")  # 职称/职务
    id_number = CharField(default="")  # 身份证号


class PersonStatus(BaseModel):
    """A dated status change: the person's status is `status` from `effective_on` on."""

    person = ForeignKeyField(Person, backref="status_changes", on_delete="CASCADE")
    status = CharField()  # STATUSES
    effective_on = DateField()
    note = CharField(default="")


class PersonCategory(BaseModel):
    """A dated category change: the person is `category` from `effective_on` on (None: since
    before the records begin). Person.category mirrors the latest row."""

    person = ForeignKeyField(Person, backref="category_changes", on_delete="CASCADE")
    category = CharField()  # CATEGORIES
    effective_on = DateField(null=True)
    note = CharField(default="")


class CommitteeRole(BaseModel):
    """A seat on the branch committee (书记, 副书记, 组织委员, ...)."""

    branch = ForeignKeyField(Branch, backref="committee", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="roles", on_delete="CASCADE")
    role = CharField()  # secretary / deputy / member
    title = CharField(default="")  # 组织委员, 宣传委员, ... as written by the branch
    since = DateField(null=True)
    until = DateField(null=True)


class Activity(BaseModel):
    """A meeting, study session or volunteer activity; its kinds are in ActivityKind."""

    branch = ForeignKeyField(Branch, backref="activities", on_delete="CASCADE")
    primary_kind = CharField()  # copy of the first ActivityKind, for sorting registers
    sequence = IntegerField(null=True)  # 第N次
    date = DateField(index=True)
    start_time = CharField(default="")  # HH:MM
    end_time = CharField(default="")
    location = CharField(default="")
    topic = CharField(default="")
    host = ForeignKeyField(Person, null=True, backref="hosted", on_delete="SET NULL")
    recorder = ForeignKeyField(Person, null=True, backref="recorded", on_delete="SET NULL")
    party_group = ForeignKeyField(PartyGroup, null=True, on_delete="SET NULL")  # 党小组会
    agenda = TextField(default="")  # one item per line
    minutes = TextField(default="")  # written by people, never generated
    resolutions = TextField(default="")
    guests = TextField(default="")  # 列席人员
    materials = TextField(default="")  # study materials
    speakers = TextField(default="")  # 交流发言
    hours_override = BooleanField(default=False)  # duration_min typed in, not from the times
    non_members = IntegerField(default=0)  # people present who are not on the roster
    service_type = CharField(default="")
    people_served = IntegerField(default=0)
    deeds_done = IntegerField(default=0)  # 件, completed
    deeds_in_progress = IntegerField(default=0)  # 件, in progress
    duration_min = IntegerField(default=0)  # 时长 in whole minutes: from the times unless typed
    belongs_to_year = IntegerField(null=True)  # 所属年度 (组织生活会, 民主评议); None: its date's


class ActivityKind(BaseModel):
    """One kind of an activity; position 0 is the primary kind."""

    activity = ForeignKeyField(Activity, backref="kinds", on_delete="CASCADE")
    kind = CharField(index=True)  # KIND_CODES
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("activity", "kind"), True),)


class ActivityUnit(BaseModel):
    """A covered unit that took part in an activity of a joint branch."""

    activity = ForeignKeyField(Activity, backref="units", on_delete="CASCADE")
    unit = ForeignKeyField(Unit, on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "unit"), True),)


class Attendance(BaseModel):
    """One person's attendance at one activity."""

    activity = ForeignKeyField(Activity, backref="attendance", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="attendance", on_delete="CASCADE", index=True)
    status = CharField()  # ATTENDANCE_STATUSES
    leave_type = CharField(default="")  # LEAVE_TYPES, for status "leave"
    reason = CharField(default="")
    duration_min = IntegerField(null=True)  # the person's own minutes; None: the activity's

    class Meta:
        indexes = ((("activity", "person"), True),)


class Vote(BaseModel):
    """A vote taken at a meeting."""

    activity = ForeignKeyField(Activity, backref="votes", on_delete="CASCADE")
    item = CharField()
    entitled = IntegerField()  # members with a vote (应到有表决权)
    present = IntegerField()  # of them present
    in_favour = IntegerField()
    against = IntegerField(default=0)
    abstain = IntegerField(default=0)
    position = IntegerField(default=0)


class Attachment(BaseModel):
    """A photo or scan stored inside the ledger (downscaled, hashed)."""

    activity = ForeignKeyField(Activity, backref="attachments", on_delete="CASCADE")
    caption = CharField(default="")
    mime = CharField(default="image/jpeg")
    sha256 = CharField()
    width = IntegerField(default=0)
    height = IntegerField(default=0)
    data = BlobField()
    thumbnail = BlobField(null=True)
    position = IntegerField(default=0)


class ComplianceRule(BaseModel):
    """A compliance rule: at least `min_count` activities of `kind` per `period`."""

    code = CharField(unique=True)
    kind = CharField()  # KIND_CODES
    period = CharField()  # month / quarter / year
    min_count = IntegerField(default=1)
    enabled = BooleanField(default=True)
    per_group = BooleanField(default=False)  # 党小组会: each group
    needs_committee = BooleanField(default=False)  # 支委会: only if a committee exists
    warn_from_month = IntegerField(null=True)  # yearly rules: warn from this month on (10)


class ClosedMonth(BaseModel):
    """A month closed after its report was printed; later edits are amendments."""

    branch = ForeignKeyField(Branch, backref="closed_months", on_delete="CASCADE")
    month = CharField()  # YYYY-MM
    closed_by = CharField(default="")

    class Meta:
        indexes = ((("branch", "month"), True),)


class AuditEntry(BaseModel):
    """Append-only audit log: who changed what, when, old → new (JSON)."""

    at = CharField(default=utc_now, index=True)
    who = CharField(default="")
    action = CharField()  # create / update / delete / restore / close / amend
    table_name = CharField()
    row_uuid = CharField(index=True)
    changes = TextField(default="{}")  # {"field": [old, new], ...}
    reason = TextField(default="")


class Setting(BaseModel):
    """A ledger-wide setting (key → JSON value)."""

    key = CharField(unique=True)
    value = TextField(default="null")


# --- format 2: the year's plan and the follow-up (DOMAIN §7) -----------------------------------
# Every row belongs to a branch directly (branch_id), so the bureau can tell whose it is.


class PlanItem(BaseModel):
    """One dated item of the year's plan (年度工作计划); a recurring entry is expanded into one
    item per occurrence, sharing `series`."""

    branch = ForeignKeyField(Branch, backref="plan_items", on_delete="CASCADE")
    planned_on = DateField(index=True)
    kind = CharField()  # KIND_CODES
    theme = CharField(default="")  # 专题, as text (themes as records may come later)
    topic = CharField(default="")
    responsible = ForeignKeyField(Person, null=True, backref="plan_items", on_delete="SET NULL")
    recurrence = CharField(default="once")  # PLAN_RECURRENCES
    series = CharField(default="")  # shared by the items of one recurring entry
    activity = ForeignKeyField(Activity, null=True, backref="plan_items", on_delete="SET NULL")
    note = TextField(default="")


class ReviewResult(BaseModel):
    """民主评议党员: one member's result for one year."""

    branch = ForeignKeyField(Branch, backref="review_results", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="review_results", on_delete="CASCADE")
    year = IntegerField()
    self_assessment = TextField(default="")  # 自评
    peer_summary = TextField(default="")  # 互评 summary
    grade = CharField()  # REVIEW_GRADES (支部评定)
    decided_on = DateField(null=True)  # the 支部党员大会 that decided it
    note = TextField(default="")

    class Meta:
        indexes = ((("person", "year"), True),)


class RectificationItem(BaseModel):
    """问题整改台账: a problem found, what is done about it, by when, and the proof."""

    branch = ForeignKeyField(Branch, backref="rectification_items", on_delete="CASCADE")
    found_on = DateField()
    source = CharField(default="life_meeting")  # RECTIFICATION_SOURCES
    description = TextField()  # the problem
    category = CharField(default="")  # from the editable list (setting rectification_categories)
    owner = ForeignKeyField(Person, null=True, backref="rectifications", on_delete="SET NULL")
    measures = TextField(default="")
    deadline = DateField(null=True)
    status = CharField(default="in_progress")  # RECTIFICATION_STATUSES
    completed_on = DateField(null=True)
    evidence = TextField(default="")


class Talk(BaseModel):
    """谈心谈话: who talked with whom, when, and the key points (written by people)."""

    branch = ForeignKeyField(Branch, backref="talks", on_delete="CASCADE")
    date = DateField(index=True)
    person = ForeignKeyField(Person, backref="talks_held", on_delete="CASCADE")
    other = ForeignKeyField(Person, null=True, backref="talks_with", on_delete="SET NULL")
    other_name = CharField(default="")  # an applicant not on the roster
    kind = CharField()  # TALK_KINDS
    points = TextField(default="")


FOLLOWUP_MODELS = (PlanItem, ReviewResult, RectificationItem, Talk)


# --- 党费 (format 3) ------------------------------------------------------------------------------
# Money is kept in 分 (integer cents), so every total is exact and reproducible with sqlite3.


class DuesStandard(BaseModel):
    """A member's monthly 党费 standard from a month on (a dated history: the latest whose
    `effective_from` is not after a month applies to it). The basis is optional."""

    branch = ForeignKeyField(Branch, backref="dues_standards", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="dues_standards", on_delete="CASCADE")
    effective_from = CharField()  # YYYY-MM
    amount_cents = IntegerField()  # 每月应交, in 分
    base_cents = IntegerField(null=True)  # 工资基数 (optional)
    rate_permille = IntegerField(null=True)  # 比例 in ‰ (5 = 0.5%, 10 = 1% ...; optional)
    note = TextField(default="")

    class Meta:
        indexes = ((("person", "effective_from"), True),)


class DuesPayment(BaseModel):
    """One member's 党费 for one month: 应交, 实交, the day paid and how (交纳 / 补交 / 免交)."""

    branch = ForeignKeyField(Branch, backref="dues_payments", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="dues_payments", on_delete="CASCADE")
    month = CharField(index=True)  # YYYY-MM the dues are for
    due_cents = IntegerField()
    paid_cents = IntegerField(default=0)
    paid_on = DateField(null=True)
    kind = CharField(default="paid")  # DUES_KINDS: paid / late (补交) / exempt (免交)
    note = TextField(default="")  # the reason for 免交, or anything else

    class Meta:
        indexes = ((("person", "month"), True),)


class DuesMonth(BaseModel):
    """A branch's 党费 totals of one month (what the bureau sees; no per-person amounts).
    Kept up to date by the services whenever a payment of the month changes."""

    branch = ForeignKeyField(Branch, backref="dues_months", on_delete="CASCADE")
    month = CharField()  # YYYY-MM
    due_cents = IntegerField(default=0)
    paid_cents = IntegerField(default=0)
    members = IntegerField(default=0)  # payment rows of the month
    exempt = IntegerField(default=0)

    class Meta:
        indexes = ((("branch", "month"), True),)


class Transfer(BaseModel):
    """组织关系转接: a dated transfer in (转入) or out (转出) with the 介绍信编号, the organisation
    it came from or went to, and the day the 回执 came back. It writes the person's dated roster
    status (`status`): a 转出 dated D leaves them on the roster through D, transferred from D + 1;
    a 转入 puts them on the roster from its date."""

    branch = ForeignKeyField(Branch, backref="transfers", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="transfers", on_delete="CASCADE")
    direction = CharField()  # TRANSFER_DIRECTIONS: in / out
    date = DateField(index=True)
    organisation = CharField(default="")  # 转出至 / 转入自
    letter_no = CharField(default="")  # 介绍信编号
    receipt_on = DateField(null=True)  # 回执 received
    status = ForeignKeyField(PersonStatus, null=True, backref="transfers", on_delete="SET NULL")
    note = TextField(default="")


DUES_MODELS = (DuesStandard, DuesPayment, DuesMonth, Transfer)


# --- format 5: photos as evidence of a completed 整改 item -------------------------------------


class RectificationPhoto(BaseModel):
    """A photo proving a 整改 item was completed, stored like an activity's (Attachment)."""

    item = ForeignKeyField(RectificationItem, backref="photos", on_delete="CASCADE")
    caption = CharField(default="")
    mime = CharField(default="image/jpeg")
    sha256 = CharField()
    width = IntegerField(default=0)
    height = IntegerField(default=0)
    data = BlobField()
    thumbnail = BlobField(null=True)
    position = IntegerField(default=0)


# --- 发展党员 (format 7) ------------------------------------------------------------------------


class DevelopmentStage(BaseModel):
    """One dated stage of 发展党员: 入党申请人 (the application's date), 入党积极分子 (确定 date,
    two 培养联系人), 发展对象 (确定 date, 政审, 集中培训 minutes), 预备党员 (支部大会 date, two
    介绍人, 上级批准) or 正式党员 (转正 支部大会 date, 批准). Every stage but the application
    writes the person's dated category (`category`), so that the category on any day follows
    from it."""

    branch = ForeignKeyField(Branch, backref="development_stages", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="development_stages", on_delete="CASCADE")
    stage = CharField()  # DEVELOPMENT_STAGES
    date = DateField(index=True)
    category = ForeignKeyField(
        PersonCategory, null=True, backref="development_stages", on_delete="SET NULL"
    )
    first_person = ForeignKeyField(Person, null=True, backref="+", on_delete="SET NULL")
    second_person = ForeignKeyField(Person, null=True, backref="+", on_delete="SET NULL")
    vetted_on = DateField(null=True)  # 政审 done (发展对象)
    training_min = IntegerField(null=True)  # 集中培训, in minutes (发展对象)
    approved_on = DateField(null=True)  # 上级党委 approval (预备党员, 正式党员)
    activity = ForeignKeyField(Activity, null=True, backref="development_stages",
                               on_delete="SET NULL")  # fmt: skip
    vote = ForeignKeyField(Vote, null=True, backref="development_stages", on_delete="SET NULL")
    note = TextField(default="")


DEVELOPMENT_MODELS = (DevelopmentStage,)


# --- themes (专题), format 8 ----------------------------------------------------------------------


class Theme(BaseModel):
    """A theme (专题) of a branch: a content tag on activities, independent of their kinds.

    A built-in theme has a stable `code` (革命传统教育 = "revolutionary_tradition", ...) and an
    empty `name` until the branch renames it; its uuid is derived from the branch's and the code
    (models.records.themes.builtin_uuid), so it is the same in the branch's file and all its
    bundles. A theme the branch adds has no code and its own name. A retired theme is no longer
    offered for new activities but stays on the activities that carry it."""

    branch = ForeignKeyField(Branch, backref="themes", on_delete="CASCADE")
    code = CharField(default="")  # THEME_CODES, or "" for a theme the branch added
    name = CharField(default="")  # "" for a built-in theme not renamed: its label
    position = IntegerField(default=0)
    retired = BooleanField(default=False)


class ActivityTheme(BaseModel):
    """A theme an activity carries."""

    activity = ForeignKeyField(Activity, backref="themes", on_delete="CASCADE")
    theme = ForeignKeyField(Theme, backref="activities", on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "theme"), True),)


THEME_MODELS = (Theme, ActivityTheme)


# --- campaign periods, format 9 ----------------------------------------------------------------


class Campaign(BaseModel):
    """A campaign period (专项活动, e.g. 第二批主题教育): a named date range, both days included.
    `branch` is the branch that defined it; None: the bureau's own, in the district ledger."""

    branch = ForeignKeyField(Branch, null=True, backref="campaigns", on_delete="CASCADE")
    name = CharField()
    start_on = DateField()
    end_on = DateField()
    note = CharField(default="")


ALL_MODELS = (
    Branch,
    Unit,
    PartyGroup,
    Person,
    PersonStatus,
    PersonCategory,
    CommitteeRole,
    Activity,
    ActivityKind,
    ActivityUnit,
    Attendance,
    Vote,
    Attachment,
    ComplianceRule,
    ClosedMonth,
    AuditEntry,
    Setting,
    *FOLLOWUP_MODELS,
    *DUES_MODELS,
    RectificationPhoto,
    *DEVELOPMENT_MODELS,
    *THEME_MODELS,
    Campaign,
)

# Indexes that make the counting queries fast on a district-sized ledger.
EXTRA_INDEXES = (
    "CREATE INDEX IF NOT EXISTS activity_branch_date ON activity (branch_id, date)",
    "CREATE INDEX IF NOT EXISTS person_status_person_date"
    " ON person_status (person_id, effective_on)",
    "CREATE INDEX IF NOT EXISTS person_category_person_date"
    " ON person_category (person_id, effective_on)",
)
