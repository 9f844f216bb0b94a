"""The stable codes (kinds, categories, statuses) and their display names in the chosen language.

No peewee, no Qt: every layer may use it. The codes are what files, JSON and bundles store.
"""

from __future__ import annotations

from models.text.i18n import translate

# Stable codes (files, JSON and bundles store them; never renamed). The first group are
# meetings, then study, then volunteer work.
MEETING_KINDS = (
    "branch_meeting",
    "committee_meeting",
    "group_meeting",
    "party_lecture",
    "theme_day",
    "life_meeting",
    "appraisal",
)
STUDY_KINDS = ("collective_study", "seminar", "staff_study", "guided_lecture", "study_visit")
VOLUNTEER_KINDS = ("volunteer", "paired_assistance", "teaching_visit", "practical_deed")
KIND_CODES = MEETING_KINDS + STUDY_KINDS + VOLUNTEER_KINDS + ("other",)
# Kinds that may name the year they belong to (所属年度): often held in spring for the last year.
YEAR_OF_RECORD_KINDS = ("life_meeting", "appraisal")

# Person categories; the first two are party members (they vote, they are expected at meetings).
CATEGORIES = ("full_member", "probationary", "candidate", "activist", "staff")
MEMBER_CATEGORIES = ("full_member", "probationary")

# Roster status; a dated PersonStatus row records each change.
STATUSES = ("active", "transferred", "mobile")

# Attendance status: present (出席), late (迟到), leave (请假), absent (缺席), excluded (不计),
# guest (列席: attending, not expected; outside 应到 / 实到 / 人次 / 参会率, listed separately).
ATTENDANCE_STATUSES = ("present", "late", "leave", "absent", "excluded", "guest")
PRESENT_STATUSES = ("present", "late")
LEAVE_TYPES = ("official", "sick", "personal")

BRANCH_TYPES = ("single", "joint")

# Kinds by register (the three registers of the app: meetings, study, volunteer work).
CATEGORY_KINDS = {
    "meeting": MEETING_KINDS,
    "study": STUDY_KINDS,
    "volunteer": VOLUNTEER_KINDS,
}


def kind_label(code: str) -> str:
    """支部党员大会 / Branch general meeting, ... for a kind code."""
    labels = {
        "branch_meeting": translate("Kinds", "Branch general meeting"),
        "committee_meeting": translate("Kinds", "Committee meeting"),
        "group_meeting": translate("Kinds", "Party group meeting"),
        "party_lecture": translate("Kinds", "Party lecture"),
        "theme_day": translate("Kinds", "Theme party day"),
        "life_meeting": translate("Kinds", "Organisational life meeting"),
        "appraisal": translate("Kinds", "Democratic appraisal"),
        "collective_study": translate("Kinds", "Collective study"),
        "seminar": translate("Kinds", "Exchange seminar"),
        "staff_study": translate("Kinds", "Staff political study"),
        "guided_lecture": translate("Kinds", "Guided lecture"),
        "study_visit": translate("Kinds", "Study visit"),
        "volunteer": translate("Kinds", "Volunteer service"),
        "paired_assistance": translate("Kinds", "Paired assistance"),
        "teaching_visit": translate("Kinds", "Teaching in the countryside"),
        "practical_deed": translate("Kinds", "Practical deed"),
        "other": translate("Kinds", "Other"),
    }
    return labels.get(code, code)


def category_label(code: str) -> str:
    labels = {
        "full_member": translate("Categories", "Full member"),
        "probationary": translate("Categories", "Probationary member"),
        "candidate": translate("Categories", "Candidate"),
        "activist": translate("Categories", "Activist"),
        "staff": translate("Categories", "Staff (non-member)"),
    }
    return labels.get(code, code)


def status_label(code: str) -> str:
    labels = {
        "active": translate("Statuses", "On the roster"),
        "transferred": translate("Statuses", "Transferred out"),
        "mobile": translate("Statuses", "Mobile"),
    }
    return labels.get(code, code)


def attendance_label(code: str) -> str:
    labels = {
        "present": translate("Attendance", "Present"),
        "late": translate("Attendance", "Late"),
        "leave": translate("Attendance", "On leave"),
        "absent": translate("Attendance", "Absent"),
        "excluded": translate("Attendance", "Not counted"),
        "guest": translate("Attendance", "Guest"),
    }
    return labels.get(code, code)


def leave_type_label(code: str) -> str:
    labels = {
        "official": translate("Attendance", "Official leave"),
        "sick": translate("Attendance", "Sick leave"),
        "personal": translate("Attendance", "Personal leave"),
    }
    return labels.get(code, code)


def branch_type_label(code: str) -> str:
    labels = {
        "single": translate("Branch", "Branch"),
        "joint": translate("Branch", "Joint branch"),
    }
    return labels.get(code, code)


def period_label(code: str) -> str:
    labels = {
        "month": translate("Periods", "Month"),
        "quarter": translate("Periods", "Quarter"),
        "year": translate("Periods", "Year"),
    }
    return labels.get(code, code)


def rule_state_label(code: str) -> str:
    labels = {
        "done": translate("Compliance", "Done"),
        "due": translate("Compliance", "Due"),
        "overdue": translate("Compliance", "Not met"),
        "not_due": translate("Compliance", "Not yet due"),
        "exempt": translate("Compliance", "Holiday (exempt)"),
        "not_applicable": translate("Compliance", "Not applicable"),
    }
    return labels.get(code, code)


# The year's plan and the follow-up: their own module (their own translation area).
# The 发展党员 register (format 7): its own module and translation area.
from models.vocabulary_development import (  # noqa: E402, F401 - re-exported
    DEVELOPMENT_STAGES,
    STAGE_CATEGORY,
    STAGES_BY_MEETING,
    STAGES_WITH_TWO,
    helpers_label,
    stage_date_label,
    stage_label,
)
from models.vocabulary_followup import (  # noqa: E402, F401 - re-exported
    PLAN_RECURRENCES,
    PLAN_STATUSES,
    RECTIFICATION_SOURCES,
    RECTIFICATION_STATUSES,
    REVIEW_GRADES,
    TALK_KINDS,
    grade_label,
    plan_status_label,
    rectification_status_label,
    recurrence_label,
    source_label,
    talk_kind_label,
)

# The member records beyond meetings (党费, 组织关系转接): their own module and translation area.
from models.vocabulary_members import (  # noqa: E402, F401 - re-exported
    DUES_KINDS,
    TRANSFER_DIRECTIONS,
    dues_kind_label,
    transfer_direction_label,
    yuan,
)

# The 花名册 fields (file format 6): suggestion lists and the ID number's mask.
from models.vocabulary_roster import (  # noqa: E402, F401 - re-exported
    EDUCATION_LEVELS,
    ETHNICITIES,
    ROSTER_TEXT_MAX,
    mask_id_number,
)

# Themes (专题) and the figure definitions' measures (file format 8): their own module.
from models.vocabulary_themes import (  # noqa: E402, F401 - re-exported
    MEASURES,
    THEME_CODES,
    WHOSE,
    measure_label,
    measure_unit,
    theme_label,
    whose_label,
)
