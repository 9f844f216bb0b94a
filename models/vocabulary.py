"""Display names for the stable codes (SPEC §8), in the chosen language."""

from __future__ import annotations

from models.text.i18n import translate


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
        "overdue": translate("Compliance", "Overdue"),
        "not_applicable": translate("Compliance", "Not applicable"),
    }
    return labels.get(code, code)
