"""The sample ledger's campaign periods (专项活动): the national learning campaigns that overlap
the demo's period, and the school's own 师德师风建设月 each September, defined by the branch.

Drawn from a generator of their own (seeded from the data), after every other row, so that the
rest of the file stays what it was without them.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from collections.abc import Callable
from typing import Any

# (name, first day, last day) of the campaigns a school branch took part in.
NATIONAL = (
    ("学习贯彻习近平新时代中国特色社会主义思想主题教育（第一批）", "2023-04-01", "2023-08-31"),
    ("学习贯彻习近平新时代中国特色社会主义思想主题教育（第二批）", "2023-09-01", "2024-01-31"),
    ("党纪学习教育", "2024-04-01", "2024-07-31"),
    ("深入贯彻中央八项规定精神学习教育", "2025-03-01", "2025-07-31"),
    ("学习贯彻党的二十届四中全会精神专题学习", "2025-11-01", "2026-01-31"),
)


def campaign_rows(
    branch_name: str,
    tables: dict[str, list[dict[str, Any]]],
    first_day: str,
    last_day: str,
    stamp: Callable[..., str],
) -> None:
    """Add the campaigns overlapping [first_day, last_day] (ISO dates) to `tables["campaign"]`,
    each entered on its first day (a school's own: branch 1)."""
    # Seeded by the branch's uuid (itself from the demo's seed), not only its name: two demos
    # may draw the same school name, and their campaigns must still be two schools' rows.
    branch_uuid = tables["branch"][0]["uuid"]
    rng = random.Random(f"campaign|{branch_uuid}|{branch_name}|{first_day}|{last_day}")
    found = [(n, s, e) for n, s, e in NATIONAL if s <= last_day and e >= first_day]
    for year in range(int(first_day[:4]), int(last_day[:4]) + 1):
        start, end = f"{year}-09-01", f"{year}-09-30"
        if start <= last_day and end >= first_day:
            found.append((f"{year}年师德师风建设月", start, end))
    rows = tables.setdefault("campaign", [])
    for name, start, end in sorted(found, key=lambda c: c[1]):
        at = stamp(start, "10:00")
        rows.append(
            {
                "id": len(rows) + 1,
                "uuid": str(uuidlib.UUID(int=rng.getrandbits(128), version=4)),
                "created_at": at,
                "updated_at": at,
                "rev": 1,
                "deleted_at": None,
                "branch_id": 1,
                "name": name,
                "start_on": start,
                "end_on": end,
                "note": "",
            }
        )
