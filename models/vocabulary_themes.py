"""Themes (专题) and the measures of the bureau's figure definitions (口径): codes and labels.

Re-exported by models.vocabulary. No peewee, no Qt.
"""

from __future__ import annotations

from models.text.i18n import translate

# The built-in themes, in the order they are offered (a branch may rename or retire each, and add
# its own).
THEME_CODES = (
    "revolutionary_tradition",  # 革命传统教育
    "warning_education",  # 警示教育
    "teacher_ethics",  # 师德师风
    "theme_education",  # 主题教育
    "party_history",  # 党史学习教育
    "clean_governance",  # 廉洁教育
)

# What a figure counts (次 / 人次 / 件) and whose attendance a 人次 figure counts.
MEASURES = ("activities", "attendances", "deeds_done", "deeds")
WHOSE = ("members", "attendees", "everyone")


def theme_label(code: str) -> str:
    labels = {
        "revolutionary_tradition": translate("Themes", "Revolutionary tradition education"),
        "warning_education": translate("Themes", "Warning education"),
        "teacher_ethics": translate("Themes", "Teachers' ethics"),
        "theme_education": translate("Themes", "Theme education"),
        "party_history": translate("Themes", "Party history education"),
        "clean_governance": translate("Themes", "Clean governance education"),
    }
    return labels.get(code, code)


def measure_unit(measure: str) -> str:
    """The unit a figure's value is read in: 次, 人次, 件."""
    units = {
        "activities": translate("Themes", "times"),
        "attendances": translate("Themes", "attendances"),
        "deeds_done": translate("Themes", "items"),
        "deeds": translate("Themes", "items"),
    }
    return units.get(measure, measure)


def measure_label(measure: str) -> str:
    labels = {
        "activities": translate("Themes", "Activities (times)"),
        "attendances": translate("Themes", "Attendances (person-times)"),
        "deeds_done": translate("Themes", "Good deeds done (items)"),
        "deeds": translate("Themes", "Good deeds done or in progress (items)"),
    }
    return labels.get(measure, measure)


def whose_label(whose: str) -> str:
    labels = {
        "members": translate("Themes", "Party members (full and probationary on the day)"),
        "attendees": translate("Themes", "Everyone present (guests not counted)"),
        "everyone": translate("Themes", "Everyone present, guests and non-members included"),
    }
    return labels.get(whose, whose)
