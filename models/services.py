"""The service layer: the one door through which the app reads and writes an open ledger.

Plain functions taking and returning plain values (dataclasses, codes, ISO dates); each write
validates first, runs in one transaction and is logged. They are implemented in the modules of
models/records, models/rules and models/bureau and gathered here.

`Services` (reached as `ledger.services`, or `ctx.services` in the app) holds the same functions
bound to one open ledger: every call runs with that ledger in use (models.file.in_use), on
whichever thread makes it, so a window, its database worker and a demo being written in the same
process never work on each other's file. The module-level names work on the ledger in use in
the calling context (scripts, tests, the command line).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

from models.bureau import merge
from models.bureau.district import DistrictData, branch_sentence, district_data, live_branches
from models.bureau.district_followup import BranchRectification, rectification_by_branch
from models.bureau.merge import FileResult, Progress, import_files
from models.check import check_ledger
from models.records.activities import (
    ActivityInput,
    AttendanceInput,
    VoteInput,
    audience,
    close_month,
    delete_activity,
    derived_hours,
    duplicate_activity,
    expected_people,
    get_activity,
    month_closed,
    next_sequence,
    restore_activity,
    save_activity,
    validate_activity,
)
from models.records.audit import AuditRow, list_audit
from models.records.branch import (
    BranchInfo,
    BranchInput,
    GroupInput,
    UnitInput,
    committee,
    current_branch,
    list_branches,
    save_branch,
    set_committee,
    validate_branch,
)
from models.records.campaigns import (
    CampaignRow,
    delete_campaign,
    find_campaign,
    known_names,
    list_campaigns,
    save_campaign,
    validate_campaign,
)
from models.records.categories import (
    categories_on,
    category_history,
    category_on,
    delete_category_change,
    set_person_category,
)
from models.records.development import (
    MeetingVote,
    RegisterLine,
    StageInput,
    StageRow,
    branch_meeting_votes,
    delete_stage,
    development_register,
    development_reminders,
    list_stages,
    save_stage,
    stage_on,
)
from models.records.dues import (
    PaymentInput,
    StandardInput,
    arrears,
    delete_payment,
    delete_standard,
    dues_by_branch,
    dues_reminders,
    dues_year,
    save_payment,
    save_standard,
    standard_history,
)
from models.records.editing import get_person, record_counts, set_up_branch
from models.records.identity import start_new_branch
from models.records.limits import LIMITS as TEXT_LIMITS
from models.records.limits import text_limit
from models.records.people import (
    PersonInput,
    PersonRow,
    default_roster_start,
    list_people,
    roster_on,
    save_person,
    set_person_status,
    status_history,
    validate_person,
)
from models.records.photos import (
    MAX_PER_ACTIVITY,
    AttachmentRow,
    PreparedImage,
    apply_changes,
    list_attachments,
    prepare_image,
)
from models.records.plan import (
    PlanEntryInput,
    PlanItemInput,
    activity_from_plan,
    add_plan_entry,
    delete_plan_item,
    link_plan_item,
    list_plan,
    plan_summary,
    save_plan_item,
)
from models.records.rectification import (
    RectificationInput,
    category_usage,
    delete_rectification,
    list_rectifications,
    rectification_categories,
    rename_rectification_category,
    save_rectification,
    set_rectification_categories,
)
from models.records.rectification_photos import (
    add_evidence_photos,
    apply_evidence_changes,
    evidence_photo_data,
    list_evidence_photos,
    remove_evidence_photo,
)
from models.records.registers import ActivityRow, RegisterFilter, count_activities, list_activities
from models.records.review import (
    ReviewInput,
    delete_review,
    list_reviews,
    review_summary,
    save_review,
)
from models.records.roster import MemberRoster, RosterRow, member_roster
from models.records.roster_import import (
    FIELDS as ROSTER_FIELDS,
)
from models.records.roster_import import (
    RowResult,
    Table,
    check_rows,
    guess_mapping,
    import_people,
    parse_birth_text,
    parse_date_text,
    read_table,
)
from models.records.talks import TalkInput, delete_talk, list_talks, save_talk, talk_coverage

# Themes (专题) and the bureau sentence's figure definitions (口径): format 8.
from models.records.themes import (  # noqa: E402
    ThemeRow,
    activity_themes,
    add_theme,
    delete_theme,
    list_themes,
    rename_theme,
    retire_theme,
)
from models.records.transfers import (
    TransferInput,
    awaiting_receipt,
    delete_transfer,
    list_transfers,
    save_transfer,
    transfer_reminders,
)
from models.rules.compliance import (
    RuleStatus,
    evaluate,
    list_rules,
    reminder_items,
    update_rule,
    vote_passed,
)
from models.rules.counting import (  # noqa: E402
    Figures,
    StudyLine,
    figures,
    format_hours,
    hours_number,
    is_expected,
    is_present,
    monthly_series,
    sentence_figures,
    theme_keys_in_use,
    yearly_study,
)
from models.rules.definitions import (  # noqa: E402
    FigureDefinition,
    default_definitions,
    definitions,
    describe,
    parse_definitions,
    reset_definitions,
    save_definitions,
    theme_text,
)
from models.rules.followup import election_due, followup_reminders
from models.rules.periods import PERIOD_KINDS, Period, date_text, parse_period, period_text
from models.rules.settings import (
    get_setting,
    holiday_months,
    mobile_expected,
    set_setting,
    study_kinds,
)
from models.text.collation import sort_text

if TYPE_CHECKING:
    from models.file.ledger import Ledger

P = ParamSpec("P")
R = TypeVar("R")


class _Bound(Generic[P, R]):
    """A service function as an attribute of `Services`: the call runs with its ledger in use.

    The function is looked up by name in this module when called, so that replacing a service
    here (a test simulating a full disk) replaces it for every window too."""

    def __init__(self, fn: Callable[P, R]) -> None:
        self.name = fn.__name__

    @overload
    def __get__(self, services: None, owner: type) -> _Bound[P, R]: ...
    @overload
    def __get__(self, services: Services, owner: type) -> Callable[P, R]: ...
    def __get__(self, services: Services | None, owner: type) -> Any:
        if services is None:
            return self
        name, ledger = self.name, services.ledger
        fn: Callable[P, R] = globals()[name]

        @functools.wraps(fn)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            with ledger.use():
                return globals()[name](*args, **kwargs)

        return call


class Services:
    """The service functions bound to one open ledger (and the types they take and return)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    # Types and constants: used as they are.
    ActivityInput = ActivityInput
    ActivityRow = ActivityRow
    AttachmentRow = AttachmentRow
    AttendanceInput = AttendanceInput
    AuditRow = AuditRow
    BranchRectification = BranchRectification
    BranchInfo = BranchInfo
    BranchInput = BranchInput
    DistrictData = DistrictData
    Figures = Figures
    StudyLine = StudyLine
    FileResult = FileResult
    GroupInput = GroupInput
    Period = Period
    PersonInput = PersonInput
    PersonRow = PersonRow
    PreparedImage = PreparedImage
    RegisterFilter = RegisterFilter
    RowResult = RowResult
    RuleStatus = RuleStatus
    Table = Table
    UnitInput = UnitInput
    VoteInput = VoteInput
    PlanEntryInput = PlanEntryInput
    PlanItemInput = PlanItemInput
    ReviewInput = ReviewInput
    PaymentInput = PaymentInput
    StandardInput = StandardInput
    TransferInput = TransferInput
    StageInput = StageInput
    RectificationInput = RectificationInput
    TalkInput = TalkInput
    MAX_PER_ACTIVITY = MAX_PER_ACTIVITY
    PERIOD_KINDS = PERIOD_KINDS
    ROSTER_FIELDS = ROSTER_FIELDS

    # Records: branch, people, activities, photos, audit.
    current_branch = _Bound(current_branch)
    list_branches = _Bound(list_branches)
    save_branch = _Bound(save_branch)
    validate_branch = _Bound(validate_branch)
    committee = _Bound(committee)
    set_committee = _Bound(set_committee)
    set_up_branch = _Bound(set_up_branch)
    start_new_branch = _Bound(start_new_branch)
    list_people = _Bound(list_people)
    get_person = _Bound(get_person)
    record_counts = _Bound(record_counts)
    default_roster_start = staticmethod(default_roster_start)  # plain dates: no ledger needed
    sort_text = staticmethod(sort_text)  # names in pinyin order, for the screen's sort roles
    # Periods and dates as running text reads them (2026年10月, 2026年第四季度): plain values.
    period_text = staticmethod(period_text)
    date_text = staticmethod(date_text)
    roster_on = _Bound(roster_on)
    save_person = _Bound(save_person)
    set_person_status = _Bound(set_person_status)
    status_history = _Bound(status_history)
    validate_person = _Bound(validate_person)
    # A person's dated category history (转正, 积极分子→发展对象→预备 …).
    category_on = _Bound(category_on)
    categories_on = _Bound(categories_on)
    category_history = _Bound(category_history)
    set_person_category = _Bound(set_person_category)
    delete_category_change = _Bound(delete_category_change)
    audience = _Bound(audience)
    expected_people = _Bound(expected_people)
    get_activity = _Bound(get_activity)
    next_sequence = _Bound(next_sequence)
    save_activity = _Bound(save_activity)
    validate_activity = _Bound(validate_activity)
    delete_activity = _Bound(delete_activity)
    restore_activity = _Bound(restore_activity)
    duplicate_activity = _Bound(duplicate_activity)
    derived_hours = _Bound(derived_hours)
    close_month = _Bound(close_month)
    month_closed = _Bound(month_closed)
    list_activities = _Bound(list_activities)
    count_activities = _Bound(count_activities)
    list_attachments = _Bound(list_attachments)
    apply_changes = _Bound(apply_changes)
    prepare_image = _Bound(prepare_image)
    list_audit = _Bound(list_audit)
    # The year's plan and the follow-up (format 2).
    add_plan_entry = _Bound(add_plan_entry)
    save_plan_item = _Bound(save_plan_item)
    delete_plan_item = _Bound(delete_plan_item)
    link_plan_item = _Bound(link_plan_item)
    activity_from_plan = _Bound(activity_from_plan)
    list_plan = _Bound(list_plan)
    plan_summary = _Bound(plan_summary)
    save_review = _Bound(save_review)
    delete_review = _Bound(delete_review)
    list_reviews = _Bound(list_reviews)
    review_summary = _Bound(review_summary)
    save_rectification = _Bound(save_rectification)
    delete_rectification = _Bound(delete_rectification)
    list_rectifications = _Bound(list_rectifications)
    rectification_categories = _Bound(rectification_categories)
    set_rectification_categories = _Bound(set_rectification_categories)
    category_usage = _Bound(category_usage)
    rename_rectification_category = _Bound(rename_rectification_category)
    save_talk = _Bound(save_talk)
    delete_talk = _Bound(delete_talk)
    list_talks = _Bound(list_talks)
    talk_coverage = _Bound(talk_coverage)
    # Photos as evidence of a completed 整改 item (format 5).
    add_evidence_photos = _Bound(add_evidence_photos)
    apply_evidence_changes = _Bound(apply_evidence_changes)
    evidence_photo_data = _Bound(evidence_photo_data)
    list_evidence_photos = _Bound(list_evidence_photos)
    remove_evidence_photo = _Bound(remove_evidence_photo)
    election_due = _Bound(election_due)
    followup_reminders = _Bound(followup_reminders)
    # Campaign periods (named date ranges).
    list_campaigns = _Bound(list_campaigns)
    find_campaign = _Bound(find_campaign)
    known_names = _Bound(known_names)
    save_campaign = _Bound(save_campaign)
    delete_campaign = _Bound(delete_campaign)
    validate_campaign = _Bound(validate_campaign)
    # 党费 and 组织关系转接 (format 3).
    save_transfer = _Bound(save_transfer)
    delete_transfer = _Bound(delete_transfer)
    list_transfers = _Bound(list_transfers)
    transfer_reminders = _Bound(transfer_reminders)
    # 党员花名册 as of a day (file format 6's fields).
    member_roster = _Bound(member_roster)
    MemberRoster = MemberRoster
    RosterRow = RosterRow
    # 发展党员 (format 7).
    save_stage = _Bound(save_stage)
    delete_stage = _Bound(delete_stage)
    list_stages = _Bound(list_stages)
    stage_on = _Bound(stage_on)
    development_register = _Bound(development_register)
    development_reminders = _Bound(development_reminders)
    branch_meeting_votes = _Bound(branch_meeting_votes)
    awaiting_receipt = _Bound(awaiting_receipt)
    arrears = _Bound(arrears)
    delete_payment = _Bound(delete_payment)
    delete_standard = _Bound(delete_standard)
    dues_by_branch = _Bound(dues_by_branch)
    dues_reminders = _Bound(dues_reminders)
    dues_year = _Bound(dues_year)
    save_payment = _Bound(save_payment)
    save_standard = _Bound(save_standard)
    standard_history = _Bound(standard_history)
    # Roster import.
    read_table = _Bound(read_table)
    guess_mapping = _Bound(guess_mapping)
    check_rows = _Bound(check_rows)
    import_people = _Bound(import_people)
    parse_date_text = _Bound(parse_date_text)
    parse_birth_text = _Bound(parse_birth_text)
    # Rules: figures, periods, compliance.
    figures = _Bound(figures)
    yearly_study = _Bound(yearly_study)
    # The counting settings (学时 kinds, 流动党员 expected, school holidays).
    get_setting = _Bound(get_setting)
    set_setting = _Bound(set_setting)
    study_kinds = _Bound(study_kinds)
    mobile_expected = _Bound(mobile_expected)
    holiday_months = _Bound(holiday_months)
    # Display and the one definition of present / expected: pure, used as they are.
    format_hours = staticmethod(format_hours)
    hours_number = staticmethod(hours_number)
    is_present = staticmethod(is_present)
    is_expected = staticmethod(is_expected)
    monthly_series = _Bound(monthly_series)
    parse_period = _Bound(parse_period)
    evaluate = _Bound(evaluate)
    list_rules = _Bound(list_rules)
    update_rule = _Bound(update_rule)
    reminder_items = _Bound(reminder_items)
    vote_passed = _Bound(vote_passed)
    # The file and the bureau.
    check_ledger = _Bound(check_ledger)
    district_data = _Bound(district_data)
    branch_sentence = _Bound(branch_sentence)
    live_branches = _Bound(live_branches)
    rectification_by_branch = _Bound(rectification_by_branch)
    # Themes (专题) and the figure definitions (口径) of the bureau's sentence.
    ThemeRow = ThemeRow
    FigureDefinition = FigureDefinition
    list_themes = _Bound(list_themes)
    activity_themes = _Bound(activity_themes)
    add_theme = _Bound(add_theme)
    rename_theme = _Bound(rename_theme)
    retire_theme = _Bound(retire_theme)
    delete_theme = _Bound(delete_theme)
    theme_keys_in_use = _Bound(theme_keys_in_use)
    definitions = _Bound(definitions)
    save_definitions = _Bound(save_definitions)
    reset_definitions = _Bound(reset_definitions)
    sentence_figures = _Bound(sentence_figures)
    default_definitions = staticmethod(default_definitions)
    describe_definition = staticmethod(describe)
    parse_definitions = staticmethod(parse_definitions)
    theme_text = staticmethod(theme_text)

    def import_files(
        self,
        sources: Iterable[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        accept: Iterable[str] = (),
    ) -> list[merge.FileResult]:
        """Merge bureau bundles into this (district) ledger, one file after another; `accept`
        names the kinds of held change the bureau confirmed (models.bureau.ownership)."""
        with self.ledger.use():
            return import_files(self.ledger.db, sources, progress, cancelled, accept)


__all__ = [
    "CampaignRow",
    "delete_campaign",
    "find_campaign",
    "known_names",
    "list_campaigns",
    "save_campaign",
    "validate_campaign",
    "MAX_PER_ACTIVITY",
    "TEXT_LIMITS",
    "text_limit",
    "PERIOD_KINDS",
    "ROSTER_FIELDS",
    "ActivityInput",
    "ActivityRow",
    "AttachmentRow",
    "AttendanceInput",
    "AuditRow",
    "BranchInfo",
    "BranchInput",
    "BranchRectification",
    "DistrictData",
    "Figures",
    "FileResult",
    "GroupInput",
    "Period",
    "PaymentInput",
    "PersonInput",
    "PersonRow",
    "PlanEntryInput",
    "PlanItemInput",
    "PreparedImage",
    "RectificationInput",
    "RegisterFilter",
    "ReviewInput",
    "RowResult",
    "RuleStatus",
    "Services",
    "StandardInput",
    "TransferInput",
    "StudyLine",
    "Table",
    "TalkInput",
    "UnitInput",
    "VoteInput",
    "arrears",
    "delete_payment",
    "delete_standard",
    "dues_by_branch",
    "dues_reminders",
    "dues_year",
    "save_payment",
    "save_standard",
    "standard_history",
    "save_transfer",
    "delete_transfer",
    "list_transfers",
    "transfer_reminders",
    "member_roster",
    "MemberRoster",
    "RosterRow",
    "MeetingVote",
    "RegisterLine",
    "StageInput",
    "StageRow",
    "branch_meeting_votes",
    "delete_stage",
    "development_register",
    "development_reminders",
    "list_stages",
    "save_stage",
    "stage_on",
    "awaiting_receipt",
    "activity_from_plan",
    "add_evidence_photos",
    "apply_evidence_changes",
    "evidence_photo_data",
    "list_evidence_photos",
    "remove_evidence_photo",
    "add_plan_entry",
    "apply_changes",
    "audience",
    "branch_sentence",
    "categories_on",
    "category_history",
    "category_on",
    "check_ledger",
    "check_rows",
    "close_month",
    "committee",
    "count_activities",
    "current_branch",
    "default_roster_start",
    "delete_activity",
    "delete_category_change",
    "delete_plan_item",
    "delete_rectification",
    "delete_review",
    "delete_talk",
    "derived_hours",
    "district_data",
    "duplicate_activity",
    "election_due",
    "evaluate",
    "expected_people",
    "figures",
    "followup_reminders",
    "format_hours",
    "hours_number",
    "is_expected",
    "is_present",
    "get_activity",
    "get_person",
    "get_setting",
    "holiday_months",
    "guess_mapping",
    "import_files",
    "import_people",
    "link_plan_item",
    "list_activities",
    "list_attachments",
    "list_audit",
    "list_branches",
    "list_people",
    "list_plan",
    "list_rectifications",
    "list_reviews",
    "list_rules",
    "list_talks",
    "live_branches",
    "month_closed",
    "mobile_expected",
    "monthly_series",
    "next_sequence",
    "parse_birth_text",
    "parse_date_text",
    "parse_period",
    "plan_summary",
    "prepare_image",
    "read_table",
    "rectification_by_branch",
    "rectification_categories",
    "record_counts",
    "reminder_items",
    "restore_activity",
    "review_summary",
    "roster_on",
    "save_activity",
    "save_branch",
    "save_person",
    "save_plan_item",
    "save_rectification",
    "save_review",
    "save_talk",
    "sort_text",
    "period_text",
    "date_text",
    "set_committee",
    "set_setting",
    "set_person_category",
    "set_person_status",
    "set_rectification_categories",
    "category_usage",
    "rename_rectification_category",
    "set_up_branch",
    "start_new_branch",
    "status_history",
    "study_kinds",
    "talk_coverage",
    "update_rule",
    "validate_activity",
    "validate_branch",
    "validate_person",
    "vote_passed",
    "yearly_study",
    "ThemeRow",
    "FigureDefinition",
    "list_themes",
    "activity_themes",
    "add_theme",
    "rename_theme",
    "retire_theme",
    "delete_theme",
    "theme_keys_in_use",
    "definitions",
    "save_definitions",
    "reset_definitions",
    "sentence_figures",
    "default_definitions",
    "describe",
    "parse_definitions",
    "theme_text",
]
