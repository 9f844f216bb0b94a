"""The code lists of the 发展党员 register (file format 7) and their display names; re-exported
by models.vocabulary. No peewee, no Qt.

The stages follow 《中国共产党发展党员工作细则》 (2014): 入党申请人 → 入党积极分子 → 发展对象 →
预备党员 → 正式党员. Every stage but the first is a category of the person (models.vocabulary
CATEGORIES) from the stage's date; an applicant stays in their category (群众) and the stage only
records the day of the application.
"""

from __future__ import annotations

from models.text.i18n import translate

DEVELOPMENT_STAGES = ("applicant", "activist", "candidate", "probationary", "full_member")
# The person's category from a stage's date on (the applicant's is left as it is).
STAGE_CATEGORY = {
    "activist": "activist",
    "candidate": "candidate",
    "probationary": "probationary",
    "full_member": "full_member",
}
# Stages that name two full members: 培养联系人 (activist) and 入党介绍人 (probationary).
STAGES_WITH_TWO = ("activist", "probationary")
# Stages decided by the 支部党员大会 (the meeting and its vote may be linked) and approved above.
STAGES_BY_MEETING = ("probationary", "full_member")
TALK_WITHIN_MONTHS = 1  # the organisation talks with an applicant within a month
ACTIVIST_MONTHS = 12  # 培养考察 more than a year before 发展对象
PROBATION_MONTHS = 12  # 预备期 one year
PROBATION_WARN_DAYS = 30  # the 预备期 ends within this many days: prepare the 转正


def stage_label(code: str) -> str:
    labels = {
        "applicant": translate("Development", "Applicant"),
        "activist": translate("Development", "Activist"),
        "candidate": translate("Development", "Candidate for admission"),
        "probationary": translate("Development", "Probationary member"),
        "full_member": translate("Development", "Full member"),
    }
    return labels.get(code, code)


def stage_date_label(code: str) -> str:
    """What the stage's date is: the application, the committee's decision, the meeting."""
    labels = {
        "applicant": translate("Development", "Application dated"),
        "activist": translate("Development", "Chosen as activist on"),
        "candidate": translate("Development", "Chosen as candidate on"),
        "probationary": translate("Development", "Admitted by the branch meeting on"),
        "full_member": translate("Development", "Made full member by the branch meeting on"),
    }
    return labels.get(code, code)


def helpers_label(code: str) -> str:
    """The two full members a stage names."""
    if code == "activist":
        return translate("Development", "Contacts")
    if code == "probationary":
        return translate("Development", "Introducers")
    return ""
