"""Child process of tests/test_crash_safety.py: save activities with attendance until killed.

    python tests/crash_child.py LEDGER ROUND

Prints "ready" once the ledger is open, then one line per saved activity, written only after
`save_activity` has returned (the transaction is committed):  UUID ATTENDANCE_COUNT KIND_COUNT.
The topic of each activity also carries its counts, so the parent can tell a complete activity
from a half-saved one even when the process died before it could report it.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models import services  # noqa: E402
from models.file.ledger import open_ledger  # noqa: E402
from models.file.schema import KIND_CODES  # noqa: E402


def topic_for(round_no: int, n: int, attendance: int, kinds: int) -> str:
    return f"crash r{round_no} n{n} a{attendance} k{kinds}"


def main(path: str, round_no: int) -> None:
    rng = random.Random(round_no)
    ledger = open_ledger(path)
    # A tiny page cache makes SQLite spill changed pages into the ledger file in the middle of
    # each save (after the journal is synced), so most kills land while the file itself is
    # half-written: the harshest case for the rollback journal.
    ledger.db.execute_sql("PRAGMA cache_size = 4")
    people = [p.uuid for p in services.roster_on("2026-01-01")]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        kinds = rng.sample(KIND_CODES, rng.randint(1, 3))
        chosen = rng.sample(people, rng.randint(1, len(people)))
        attendance = []
        for uuid in chosen:
            roll = rng.random()
            if roll < 0.15:
                attendance.append(services.AttendanceInput(uuid, "leave", "sick", "病假"))
            elif roll < 0.2:
                attendance.append(services.AttendanceInput(uuid, "absent", reason="未请假"))
            else:
                attendance.append(
                    services.AttendanceInput(uuid, "late" if roll < 0.3 else "present")
                )
        uuid = services.save_activity(
            services.ActivityInput(
                kinds=kinds,
                date=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                start_time="14:00",
                end_time="16:00",
                topic=topic_for(round_no, n, len(attendance), len(kinds)),
                minutes="会议记录" * rng.randint(10, 400),
                attendance=attendance,
            )
        )
        print(uuid, len(attendance), len(kinds), flush=True)
    ledger.close()  # never reached: the parent kills this process


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
