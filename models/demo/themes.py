"""Themes (专题) on the demo's activities: what each was about, read from its topic and place.

A 清明祭英烈 theme party day and a visit to a 纪念馆 are 革命传统教育 whatever their kinds; a
警示教育 film or a 廉政教育基地 visit is 警示教育; and so on. Run after every other row is made
(models/demo/generate.py), with uuids derived from the activity's and the theme's, so the rows
made before stay exactly as they were.
"""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from models.records.themes import builtin_uuid

Row = dict[str, Any]

# theme code → words in an activity's topic or place that mean it
THEME_WORDS: dict[str, tuple[str, ...]] = {
    "revolutionary_tradition": ("清明", "英烈", "烈士", "纪念馆", "长征", "红色", "革命传统"),
    "warning_education": ("警示", "廉政"),
    "teacher_ethics": ("师德",),
    "theme_education": ("主题教育",),
    "party_history": ("党史",),
    "clean_governance": ("廉洁", "廉政教育基地"),
}
NAMESPACE = uuidlib.UUID("3c8a0f0e-5b7d-4e43-8d8a-2f6f1b0c9e51")


def themes_of(topic: str, location: str) -> list[str]:
    text = f"{topic} {location}"
    return [code for code, words in THEME_WORDS.items() if any(w in text for w in words)]


def theme_rows(tables: dict[str, list[Row]]) -> None:
    """Add the `theme` and `activity_theme` rows of the demo's activities to `tables`."""
    tables.setdefault("theme", [])
    tables.setdefault("activity_theme", [])
    branch = tables["branch"][0]
    ids: dict[str, int] = {}
    for activity in tables["activity"]:
        for code in themes_of(activity["topic"], activity["location"]):
            if code not in ids:
                row = {
                    "id": len(tables["theme"]) + 1,
                    "uuid": builtin_uuid(branch["uuid"], code),
                    "created_at": branch["created_at"],
                    "updated_at": branch["created_at"],
                    "rev": 1,
                    "deleted_at": None,
                    "branch_id": branch["id"],
                    "code": code,
                    "name": "",
                    "position": list(THEME_WORDS).index(code),
                    "retired": 0,
                }
                tables["theme"].append(row)
                ids[code] = row["id"]
            tables["activity_theme"].append(
                {
                    "id": len(tables["activity_theme"]) + 1,
                    "uuid": str(uuidlib.uuid5(NAMESPACE, f"{activity['uuid']}:{code}")),
                    "created_at": activity["created_at"],
                    "updated_at": activity["created_at"],
                    "rev": 1,
                    "deleted_at": None,
                    "activity_id": activity["id"],
                    "theme_id": ids[code],
                }
            )
