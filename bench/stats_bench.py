"""Speed of the counting rules on a district-sized ledger (issue 2), against raw sqlite3 SQL.

    uv run python bench/stats_bench.py                     # 100 branches × 10 years
    uv run python bench/stats_bench.py --branches 20 --years 3
    uv run python bench/stats_bench.py --small             # a quick run

Builds (once; cached in bench/data/ keyed by the parameters) a ledger of `branches` branches,
~30 people each, ~150 activities per branch and year and ~13 attendance rows per activity —
100 × 10 gives ≈150,000 activities and ≈2 million attendance rows. The file is created with
open_ledger(create=True), its indexes are dropped, rows are loaded with sqlite3 executemany, and
the same indexes (the file format's own, unchanged) are built again afterwards.

Then, in one run, best of several repetitions:
  (a) one branch's month figures: models.rules.counting.figures() vs a hand-written
      raw query (target ≤ 1.5×)
  (b) the per-branch year table of the district: models.rules.counting.figures_by_branch()
      vs the fastest
      of a few raw formulations (target ≤ 2×).
Both sides must give identical numbers (asserted). Prints times and ratios.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.file.ledger import open_ledger  # noqa: E402
from models.file.schema import KIND_CODES, VOLUNTEER_KINDS  # noqa: E402
from models.rules import counting as stats  # noqa: E402
from models.rules.settings import DEFAULT_STUDY_KINDS  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
FORMAT = 3  # bump when the generated data changes, so old cached files are not reused
STAMP = "2026-01-01T00:00:00.000000+00:00"
STATUSES = ("present",) * 15 + ("late",) + ("leave",) * 2 + ("absent",) + ("excluded",)
# Expected attendees by primary kind (whole-branch meetings: everyone); others 3..12.
SIZES = {
    k: 30 for k in ("branch_meeting", "party_lecture", "theme_day", "life_meeting", "appraisal")
}
SIZES |= {"committee_meeting": 5, "group_meeting": 10}


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build(path: Path, branches: int, years: int, people: int, seed: int) -> None:
    """Write the district ledger to `path` (a temporary name first, renamed when complete)."""
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, tmp.with_name(tmp.name + ".lock")):
        leftover.unlink(missing_ok=True)
    open_ledger(tmp, create=True, lock=False).close()
    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    con.execute("BEGIN")
    for name, _sql in indexes:
        con.execute(f'DROP INDEX "{name}"')
    rng = random.Random(seed)
    first_year = 2026 - years + 1
    person_id = activity_id = 0
    kind_rows: list[tuple] = []
    attendance_rows: list[tuple] = []
    activity_rows: list[tuple] = []
    for b in range(1, branches + 1):
        con.execute(
            "INSERT INTO branch (id, uuid, created_at, updated_at, rev, name, branch_type,"
            " superior, guidance_officer, term_years, theme_day_rule)"
            " VALUES (?, ?, ?, ?, 1, ?, 'single', '区教育局党委', '', 3, '')",
            (b, _uuid(rng), STAMP, STAMP, f"第{b:03d}学校党支部"),
        )
        ids = list(range(person_id + 1, person_id + people + 1))
        person_id += people
        con.executemany(
            "INSERT INTO person (id, uuid, created_at, updated_at, rev, branch_id, name, sex,"
            " category, phone, note) VALUES (?, ?, ?, ?, 1, ?, ?, '', 'full_member', '', '')",
            [(pid, _uuid(rng), STAMP, STAMP, b, f"党员{pid}") for pid in ids],
        )
        for year in range(first_year, 2027):
            for _ in range(rng.randint(140, 160)):
                activity_id += 1
                kinds = rng.sample(KIND_CODES, rng.choice((1,) * 16 + (2,) * 3 + (3,)))
                date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                minutes = rng.choice((60, 90, 120, 180))
                deleted = STAMP if rng.random() < 0.01 else None
                activity_rows.append(
                    (activity_id, _uuid(rng), STAMP, STAMP, deleted, b, kinds[0], date,
                     minutes, rng.randint(0, 2), rng.randint(0, 1))
                )  # fmt: skip
                for position, kind in enumerate(kinds):
                    kind_rows.append((_uuid(rng), STAMP, STAMP, activity_id, kind, position))
                size = SIZES.get(kinds[0]) or rng.randint(3, people // 2 - 3)
                size = min(size, people)
                for pid in sorted(rng.sample(ids, size)):
                    status = rng.choice(STATUSES)
                    gone = STAMP if rng.random() < 0.005 else None
                    attendance_rows.append(
                        (_uuid(rng), STAMP, STAMP, gone, activity_id, pid, status,
                         "sick" if status == "leave" else "",
                         "生病" if status in ("leave", "absent") else "")
                    )  # fmt: skip
        if len(attendance_rows) > 200_000 or b == branches:
            _flush(con, activity_rows, kind_rows, attendance_rows)
            print(f"  built {b}/{branches} branches", end="\r", flush=True)
    for _name, sql in indexes:
        con.execute(sql)
    con.execute("COMMIT")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    tmp.replace(path)
    print()


def _flush(con: sqlite3.Connection, activities: list, kinds: list, attendance: list) -> None:
    con.executemany(
        "INSERT INTO activity (id, uuid, created_at, updated_at, rev, deleted_at, branch_id,"
        " primary_kind, date, start_time, end_time, location, topic, agenda, minutes,"
        " resolutions, guests, materials, speakers, duration_min, hours_override, non_members,"
        " service_type, people_served, deeds_done, deeds_in_progress)"
        " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, '14:00', '15:30', '会议室', '学习', '', '', '', '',"
        " '', '', ?, 0, 0, '', 0, ?, ?)",
        activities,
    )
    con.executemany(
        "INSERT INTO activity_kind (uuid, created_at, updated_at, rev, activity_id, kind,"
        " position) VALUES (?, ?, ?, 1, ?, ?, ?)",
        kinds,
    )
    con.executemany(
        "INSERT INTO attendance (uuid, created_at, updated_at, rev, deleted_at, activity_id,"
        " person_id, status, leave_type, reason) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
        attendance,
    )
    for rows in (activities, kinds, attendance):
        rows.clear()


# --- hand-written raw SQL (the floor) ------------------------------------------------------------

RAW_MONTH = """
WITH acts AS MATERIALIZED (
  SELECT id, duration_min AS minutes, deeds_done + deeds_in_progress AS deeds,
    EXISTS (SELECT 1 FROM activity_kind k WHERE k.activity_id = activity.id
      AND k.deleted_at IS NULL AND k.kind IN ({study})) AS study,
    EXISTS (SELECT 1 FROM activity_kind k WHERE k.activity_id = activity.id
      AND k.deleted_at IS NULL AND k.kind IN ({service})) AS service
  FROM activity WHERE branch_id = ? AND date >= ? AND date < ? AND deleted_at IS NULL)
SELECT s.n, s.h, s.d, s.study, s.service, x.p, x.e, x.people, x.guests
FROM (SELECT COUNT(*) AS n, TOTAL(minutes) AS h, TOTAL(deeds) AS d,
    TOTAL(CASE WHEN study THEN minutes END) AS study,
    TOTAL(CASE WHEN service THEN minutes END) AS service FROM acts) s,
  (SELECT SUM(t.status IN ('present', 'late')) AS p,
     SUM(t.status NOT IN ('excluded', 'guest')) AS e,
     COUNT(DISTINCT CASE WHEN t.status IN ('present', 'late') THEN t.person_id END) AS people,
     SUM(t.status = 'guest') AS guests
   FROM acts JOIN attendance t ON t.activity_id = acts.id WHERE t.deleted_at IS NULL) x
""".format(
    study=", ".join(f"'{k}'" for k in DEFAULT_STUDY_KINDS),
    service=", ".join(f"'{k}'" for k in VOLUNTEER_KINDS),
)

RAW_BRANCH_ACTS = """
SELECT branch_id, COUNT(*), TOTAL(duration_min), TOTAL(deeds_done + deeds_in_progress)
FROM activity WHERE date >= ? AND date < ? AND deleted_at IS NULL GROUP BY branch_id
"""
# Three ways to get the attendance sums per branch; the fastest one is the floor.
RAW_BRANCH_ATT = {
    "date-driven join": """
SELECT a.branch_id, SUM(t.status IN ('present', 'late')), SUM(t.status <> 'excluded'),
  COUNT(DISTINCT CASE WHEN t.status IN ('present', 'late') THEN t.person_id END)
FROM activity a INDEXED BY activity_date JOIN attendance t ON t.activity_id = a.id
WHERE a.date >= ? AND a.date < ? AND a.deleted_at IS NULL AND t.deleted_at IS NULL
GROUP BY a.branch_id
""",
    "pre-grouped people": """
SELECT branch_id, SUM(p), SUM(e), SUM(p > 0) FROM (
  SELECT a.branch_id AS branch_id, t.person_id, SUM(t.status IN ('present', 'late')) AS p,
    SUM(t.status <> 'excluded') AS e
  FROM activity a JOIN attendance t ON t.activity_id = a.id
  WHERE a.date >= ? AND a.date < ? AND a.deleted_at IS NULL AND t.deleted_at IS NULL
  GROUP BY a.branch_id, t.person_id)
GROUP BY branch_id
""",
    "branch-driven": """
SELECT b.id, SUM(t.status IN ('present', 'late')), SUM(t.status <> 'excluded'),
  COUNT(DISTINCT CASE WHEN t.status IN ('present', 'late') THEN t.person_id END)
FROM branch b CROSS JOIN activity a
  ON a.branch_id = b.id AND a.date >= ? AND a.date < ? AND a.deleted_at IS NULL
CROSS JOIN attendance t ON t.activity_id = a.id AND t.deleted_at IS NULL
GROUP BY b.id
""",
}


# The figures the per-branch raw queries compute (the study and service hours and guests are
# left out: that floor does less than the app, never more; RAW_MONTH computes them all).
COMPARED = ("activities", "attendances", "people", "expected", "present", "attendance_rate")
COMPARED += ("hours", "deeds")


def compared(figures: dict) -> dict:
    return {key: figures[key] for key in COMPARED}


def as_figures(n, minutes, deeds, present, expected, people) -> dict:
    """Raw numbers in the §3 form (outside the timed part: only for comparing)."""
    return compared(stats._make(n, minutes, deeds, 0, 0, present, expected, people, 0).as_dict())


def raw_month(con: sqlite3.Connection, branch_id: int, start: str, end: str) -> tuple:
    return con.execute(RAW_MONTH, (branch_id, start, end)).fetchone()


def raw_by_branch(con: sqlite3.Connection, start: str, end: str, att_sql: str) -> list:
    """[(name, activities, minutes, deeds, present, expected, people)] by name: plain tuples."""
    names = con.execute("SELECT id, name FROM branch WHERE deleted_at IS NULL").fetchall()
    acts = {r[0]: r[1:] for r in con.execute(RAW_BRANCH_ACTS, (start, end))}
    att = {r[0]: r[1:] for r in con.execute(att_sql, (start, end))}
    names.sort(key=lambda item: (item[1], item[0]))
    return [(name, *acts.get(bid, (0, 0.0, 0)), *att.get(bid, (0, 0, 0))) for bid, name in names]


def best_of(fn, repeat: int, number: int) -> float:
    """Best average seconds per call over `repeat` rounds of `number` calls."""
    return best_of_each([fn], repeat, number)[0]


def best_of_each(fns: list, repeat: int, number: int) -> list[float]:
    """Like best_of for several functions, taking turns round by round, so that a busy
    machine slows every contender alike instead of whichever happened to run then."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            for _ in range(number):
                fn()
            best[i] = min(best[i], (time.perf_counter() - start) / number)
    return best


def bench_month(raw: sqlite3.Connection, branch_id: int, branch_uuid: str, month: str, repeat: int):
    """(a) one branch's month figures: models.rules.counting vs the raw query; returns the ratio."""
    period = stats.parse_period(month)
    ours = stats.figures(month, branch_uuid=branch_uuid).as_dict()
    # RAW_MONTH gives every figure, in _make's order.
    floor = stats._make(*raw_month(raw, branch_id, period.start, period.end)).as_dict()
    assert ours == floor, (ours, floor)
    assert ours["activities"] > 0
    t_ours, t_raw = best_of_each(
        [
            lambda: stats.figures(month, branch_uuid=branch_uuid),
            lambda: raw_month(raw, branch_id, period.start, period.end),
        ],
        repeat,
        300,
    )
    ratio = t_ours / t_raw
    print(
        f"(a) one branch, month {month} ({ours['activities']} activities):"
        f" models.rules.counting {t_ours * 1e6:.0f} µs, raw sqlite3 {t_raw * 1e6:.0f} µs,"
        f" ratio {ratio:.2f} (target ≤ 1.5)"
    )
    return ratio


def bench_district(raw: sqlite3.Connection, year: str, branches: int, repeat: int) -> float:
    """(b) the per-branch table of a year: counting vs the fastest raw SQL; the ratio."""
    period = stats.parse_period(year)
    ours = {name: compared(f.as_dict()) for name, f in stats.figures_by_branch(year).items()}
    assert len(ours) == branches
    contenders = [lambda: stats.figures_by_branch(year)]
    for label, sql in RAW_BRANCH_ATT.items():
        rows = raw_by_branch(raw, period.start, period.end, sql)
        assert {row[0]: as_figures(*row[1:]) for row in rows} == ours, label
        contenders.append(lambda sql=sql: raw_by_branch(raw, period.start, period.end, sql))
    t_ours, *t_raw = best_of_each(contenders, repeat, 1)
    floors = dict(zip(RAW_BRANCH_ATT, t_raw, strict=True))
    best = min(floors.values())
    ratio = t_ours / best
    floor_text = ", ".join(f"{label} {t * 1e3:.0f} ms" for label, t in floors.items())
    print(
        f"(b) district, per-branch table of {year}: models.rules.counting {t_ours * 1e3:.0f} ms;"
        f" raw sqlite3 {floor_text}; ratio to the fastest {ratio:.2f} (target ≤ 2)"
    )
    t_kind = best_of(lambda: stats.figures_by_kind(year), repeat, 1)
    t_total = best_of(lambda: stats.figures(year), repeat, 1)
    print(
        f"    for information: per-kind table {t_kind * 1e3:.0f} ms,"
        f" district total {t_total * 1e3:.0f} ms"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--branches", type=int, default=100)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--people", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--small", action="store_true", help="5 branches × 2 years")
    args = parser.parse_args()
    if args.small:
        args.branches, args.years = 5, 2
    DATA.mkdir(exist_ok=True)
    name = f"district-b{args.branches}-y{args.years}-p{args.people}-s{args.seed}-f{FORMAT}"
    path = DATA / f"{name}.ledger"
    if not path.exists():
        print(f"building {path.name} ...")
        t0 = time.perf_counter()
        build(path, args.branches, args.years, args.people, args.seed)
        print(f"built in {time.perf_counter() - t0:.1f} s")

    t0 = time.perf_counter()
    ledger = open_ledger(path, readonly=True)
    opened = time.perf_counter() - t0
    raw = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        n_act, n_att = raw.execute(
            "SELECT (SELECT COUNT(*) FROM activity), (SELECT COUNT(*) FROM attendance)"
        ).fetchone()
        size = path.stat().st_size / 2**20
        print(
            f"{path.name}: {n_act:,} activities, {n_att:,} attendance rows, {size:.0f} MiB;"
            f" open_ledger (with quick_check) {opened:.2f} s"
        )
        year = str(2026 - args.years // 2)
        branch_id, branch_uuid = raw.execute(
            "SELECT id, uuid FROM branch ORDER BY id LIMIT 1 OFFSET ?", (args.branches // 2,)
        ).fetchone()
        ratio_a = bench_month(raw, branch_id, branch_uuid, f"{year}-06", args.repeat)
        ratio_b = bench_district(raw, year, args.branches, args.repeat)
        print("identical numbers: yes")
        ok = ratio_a <= 1.5 and ratio_b <= 2.0
        print("targets met" if ok else "TARGET MISSED")
        return 0 if ok else 1
    finally:
        raw.close()
        ledger.close()


if __name__ == "__main__":
    sys.exit(main())
