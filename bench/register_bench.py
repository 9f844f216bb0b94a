"""A register of 100,000 activities: open, sort by a column, filter by text.

Each operation through the app's register (RegisterModel on a QTableView, which calls
models.records.registers in SQL and builds the rows the view paints) is timed against
the bare SQL query
that returns the same page of the same register, run on a plain sqlite3 connection in the same
run. The total count, which the page gets on the database worker, is timed against a bare COUNT.

    uv run python bench/register_bench.py [--activities 100000] [--repeat 5]

Target: every ratio ≤ 2×.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MEETINGS = ("branch_meeting", "committee_meeting", "group_meeting", "party_lecture", "theme_day")
ALL_KINDS = MEETINGS + ("collective_study", "seminar", "volunteer")
TOPICS = "学习 贯彻 精神 党章 党史 主题 教育 安排 工作 讨论 发展 志愿 服务 社区 家长 会议".split()
STAMP = "2026-01-01T00:00:00Z"
PAGE = 200


def build(path: Path, n: int, people: int = 30, per_activity: int = 6) -> None:
    """A ledger with `n` activities over 30 years, each with attendance rows (plain SQL)."""
    from models.file.ledger import open_ledger

    open_ledger(path, create=True).close()
    rng = random.Random(7)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    u = lambda: str(uuid.UUID(int=rng.getrandbits(128)))  # noqa: E731
    con.execute(
        "INSERT INTO branch (id, uuid, created_at, updated_at, rev, name, branch_type, superior,"
        " guidance_officer, term_years, theme_day_rule)"
        " VALUES (1, ?, ?, ?, 1, '基准党支部', 'single', '', '', 3, '')",
        (u(), STAMP, STAMP),
    )
    person_cols = [r[1] for r in con.execute("PRAGMA table_info(person)")]
    for i in range(1, people + 1):
        values = {
            "id": i,
            "uuid": u(),
            "created_at": STAMP,
            "updated_at": STAMP,
            "rev": 1,
            "branch_id": 1,
            "name": f"成员{i:02d}",
            "sex": "",
            "category": "full_member",
            "phone": "",
            "note": "",
        }
        cols = [c for c in person_cols if c in values]
        con.execute(
            f"INSERT INTO person ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
            [values[c] for c in cols],
        )
    acts, kinds, att = [], [], []
    for i in range(1, n + 1):
        kind = rng.choice(ALL_KINDS)
        day = f"{1997 + i * 30 // n:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        topic = "".join(rng.sample(TOPICS, 3)) + str(i)
        acts.append(
            (
                i,
                u(),
                STAMP,
                STAMP,
                1,
                None,
                1,
                kind,
                None,
                day,
                "14:00",
                "16:00",
                f"会议室{i % 17}",
                topic,
                rng.randint(1, people),
                None,
                None,
                "",
                "记录" + topic,
                "",
                "",
                "",
                "",
                2.0,
                0,
                0,
                "",
                0,
                0,
                0,
            )
        )
        kinds.append((u(), STAMP, STAMP, 1, None, i, kind, 0))
        for p in rng.sample(range(1, people + 1), per_activity):
            status = rng.choice(("present", "present", "present", "late", "leave", "absent"))
            att.append((u(), STAMP, STAMP, 1, None, i, p, status, "", "", None))
    con.executemany(f"INSERT INTO activity VALUES ({','.join('?' * 30)})", acts)
    con.executemany(
        "INSERT INTO activity_kind (uuid, created_at, updated_at, rev, deleted_at, activity_id,"
        " kind, position) VALUES (?,?,?,?,?,?,?,?)",
        kinds,
    )
    con.executemany(
        "INSERT INTO attendance (uuid, created_at, updated_at, rev, deleted_at, activity_id,"
        " person_id, status, leave_type, reason, hours) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        att,
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def bare_page(con: sqlite3.Connection, order: str, text: str = "") -> list[tuple]:
    """The same page of the meetings register, hand-written."""
    marks = ",".join("?" * len(MEETINGS))
    where = (
        "a.deleted_at IS NULL AND EXISTS (SELECT 1 FROM activity_kind k WHERE k.activity_id = a.id"
        f" AND k.deleted_at IS NULL AND k.kind IN ({marks}))"
    )
    params: list[object] = list(MEETINGS)
    if text:
        where += (
            " AND (a.topic LIKE ? OR a.location LIKE ? OR a.minutes LIKE ? OR a.agenda LIKE ?"
            " OR h.name LIKE ?)"
        )
        params += [f"%{text}%"] * 5
    sql = (
        "SELECT a.uuid, a.date, a.start_time, a.topic, a.location, h.name,"
        " (SELECT group_concat(kind, ',') FROM (SELECT kind FROM activity_kind k"
        "  WHERE k.activity_id = a.id AND k.deleted_at IS NULL ORDER BY k.position)),"
        " (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.deleted_at IS NULL"
        "  AND t.status != 'excluded') AS expected,"
        " (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.deleted_at IS NULL"
        "  AND t.status IN ('present', 'late')) AS present, a.hours"
        " FROM activity a LEFT JOIN person h ON h.id = a.host_id"
        f" WHERE {where} ORDER BY {order} LIMIT {PAGE}"
    )
    return con.execute(sql, params).fetchall()


def bare_count(con: sqlite3.Connection) -> int:
    marks = ",".join("?" * len(MEETINGS))
    return con.execute(
        "SELECT COUNT(*) FROM activity a WHERE a.deleted_at IS NULL AND EXISTS (SELECT 1 FROM"
        f" activity_kind k WHERE k.activity_id = a.id AND k.deleted_at IS NULL AND k.kind IN"
        f" ({marks}))",
        MEETINGS,
    ).fetchone()[0]


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from models import services
    from models.file.ledger import open_ledger
    from models.records.registers import RegisterFilter
    from ui.records.register_model import COL_ATTENDANCE, COL_TOPIC, RegisterModel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.ledger"
        t0 = time.perf_counter()
        build(path, args.activities)
        print(f"built {args.activities:,} activities in {time.perf_counter() - t0:.1f} s")
        ledger = open_ledger(path)
        con = sqlite3.connect(path)
        view = QTableView()
        view.resize(1200, 700)
        model = RegisterModel(services)
        view.setModel(model)
        view.show()
        meetings = RegisterFilter(kinds=MEETINGS)

        def shown() -> None:
            # What the view asks for the visible rows (about 30 rows x 7 columns). Painting is
            # left out of the timing (the bare query paints nothing); it is reported below.
            for r in range(min(40, model.rowCount())):
                for c in range(model.columnCount()):
                    model.index(r, c).data()

        def app_open() -> None:
            model._filter = None  # force a new query, as opening the page does
            model.set_filter(meetings)
            shown()

        def app_sort(column: int, order: Qt.SortOrder) -> None:
            model.sort(column, order)
            shown()

        def app_filter(text: str) -> None:
            model._filter = None  # a new query every repetition
            model.set_filter(RegisterFilter(kinds=MEETINGS, text=text))
            shown()

        cases = [
            (
                "open (by date)",
                app_open,
                lambda: bare_page(con, "a.date DESC, a.start_time DESC, a.id DESC"),
            ),
            (
                "sort by topic",
                lambda: app_sort(COL_TOPIC, Qt.SortOrder.AscendingOrder),
                lambda: bare_page(con, "a.topic ASC, a.date DESC"),
            ),
            (
                "sort by present",
                lambda: app_sort(COL_ATTENDANCE, Qt.SortOrder.DescendingOrder),
                lambda: bare_page(con, "present DESC, a.date DESC"),
            ),
            (
                "filter text '精神党章'",
                lambda: app_filter("精神党章"),
                lambda: bare_page(con, "a.topic ASC, a.date DESC", "精神党章"),
            ),
            (
                "filter text '会议室3'",
                lambda: app_filter("会议室3"),
                lambda: bare_page(con, "a.topic ASC, a.date DESC", "会议室3"),
            ),
            (
                "count (worker)",
                lambda: services.count_activities(meetings),
                lambda: bare_count(con),
            ),
        ]
        print(f"{'operation':26} {'app ms':>9} {'bare ms':>9} {'ratio':>7}")
        worst = 0.0
        for name, app_fn, bare_fn in cases:
            app_fn(), bare_fn()  # warm the caches on both sides
            a = timed(app_fn, args.repeat)
            b = timed(bare_fn, args.repeat)
            worst = max(worst, a / b)
            print(f"{name:26} {a * 1000:9.1f} {b * 1000:9.1f} {a / b:6.2f}x")
        print(f"worst ratio {worst:.2f}x (target <= 2x)")
        app_open()
        app.processEvents()
        paint = timed(lambda: view.viewport().repaint(), args.repeat)
        print(f"(for reference: one repaint of the 1200x700 table takes {paint * 1000:.1f} ms)")
        view.close()
        con.close()
        ledger.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
