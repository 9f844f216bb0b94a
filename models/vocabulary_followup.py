"""The code lists of the year's plan and the follow-up (file format 2) and their display names;
re-exported by models.vocabulary. No peewee, no Qt."""

from __future__ import annotations

from models.text.i18n import translate

PLAN_RECURRENCES = ("once", "monthly", "quarterly")
PLAN_STATUSES = ("held", "pending", "missed")  # derived, never stored
REVIEW_GRADES = ("excellent", "qualified", "basically_qualified", "unqualified")
RECTIFICATION_SOURCES = ("life_meeting", "appraisal", "inspection", "bureau", "other")
RECTIFICATION_STATUSES = ("in_progress", "done")  # 逾期 (overdue) is derived from the deadline
TALK_KINDS = ("committee_member", "member_member", "applicant")


def grade_label(code: str) -> str:
    labels = {
        "excellent": translate("Followup", "Excellent"),
        "qualified": translate("Followup", "Qualified"),
        "basically_qualified": translate("Followup", "Basically qualified"),
        "unqualified": translate("Followup", "Unqualified"),
    }
    return labels.get(code, code)


def source_label(code: str) -> str:
    labels = {
        "life_meeting": translate("Followup", "Organisational life meeting"),
        "appraisal": translate("Followup", "Democratic appraisal"),
        "inspection": translate("Followup", "Inspection"),
        "bureau": translate("Followup", "Bureau"),
        "other": translate("Followup", "Other"),
    }
    return labels.get(code, code)


def rectification_status_label(code: str) -> str:
    labels = {
        "in_progress": translate("Followup", "In progress"),
        "done": translate("Followup", "Completed"),
        "overdue": translate("Followup", "Overdue"),
    }
    return labels.get(code, code)


def talk_kind_label(code: str) -> str:
    labels = {
        "committee_member": translate("Followup", "Committee member with member"),
        "member_member": translate("Followup", "Between members"),
        "applicant": translate("Followup", "With an applicant"),
    }
    return labels.get(code, code)


def plan_status_label(code: str) -> str:
    labels = {
        "held": translate("Followup", "Held"),
        "pending": translate("Followup", "Planned"),
        "missed": translate("Followup", "Not held"),
    }
    return labels.get(code, code)


def recurrence_label(code: str) -> str:
    labels = {
        "once": translate("Followup", "Once"),
        "monthly": translate("Followup", "Every month"),
        "quarterly": translate("Followup", "Every quarter"),
    }
    return labels.get(code, code)
