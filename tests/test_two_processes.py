"""Two app processes on one ledger: the second is told it is in use and may read it; after the
first is killed (SIGKILL, mid-save) the next start is not blocked and nothing committed is lost.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.file.ledger import open_ledger
from models.services import BranchInput, PersonInput, save_branch, save_person
from tests.conftest import ROOT

ROUNDS = 3

# What an app process does with the ledger: open it for writing (or, when it is in use, say so
# and open it read-only as the app offers), then save activities with attendance until stopped.
APP = r"""
import sys
from models.errors import LedgerInUseError
from models.file.ledger import open_ledger
from models.services import ActivityInput, AttendanceInput, list_people, save_activity

path, tag = sys.argv[1], sys.argv[2]
try:
    led = open_ledger(path)
except LedgerInUseError as exc:
    print("in-use:", exc, flush=True)
    with open_ledger(path, readonly=True) as led:
        n = led.db.execute_sql("SELECT count(*) FROM activity").fetchone()[0]
    print("read-only:", n, flush=True)
    sys.exit(0)
print("open", flush=True)
people = [p.uuid for p in list_people("2026-06-01")]
n = 0
while True:
    n += 1
    topic = f"{tag}-{n}"
    save_activity(ActivityInput(
        kinds=["collective_study"], date="2026-06-01", start_time="14:00", end_time="15:00",
        topic=topic, attendance=[AttendanceInput(u, "present") for u in people],
    ))
    print("saved", topic, flush=True)
    if len(sys.argv) > 3 and n >= int(sys.argv[3]):
        break
led.close()
"""

PEOPLE = 12


def start(path: Path, tag: str, stop_after: int | None = None) -> subprocess.Popen:
    args = [sys.executable, "-c", APP, str(path), tag]
    if stop_after is not None:
        args.append(str(stop_after))
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True)


def read_until(proc: subprocess.Popen, prefix: str, count: int = 1) -> list[str]:
    lines = []
    seen = 0
    while seen < count:
        line = proc.stdout.readline()
        assert line, f"process ended early: {lines}"
        lines.append(line.strip())
        seen += line.startswith(prefix)
    return lines


@pytest.fixture
def shared_ledger(tmp_path) -> Path:
    path = tmp_path / "shared.ledger"
    with open_ledger(path, create=True):
        save_branch(BranchInput(name="实验小学党支部"))
        for i in range(PEOPLE):
            save_person(PersonInput(name=f"党员{i:02d}", joined_on="2015-06-01"))
    return path


def test_second_process_told_in_use_and_killed_lock_does_not_block(shared_ledger):
    path = shared_ledger
    committed: set[str] = set()
    for round_ in range(ROUNDS):
        first = start(path, f"r{round_}")
        try:
            assert read_until(first, "open")[-1] == "open"
            committed |= {
                line.split()[1]
                for line in read_until(first, "saved", 3)
                if line.startswith("saved")
            }
            second = subprocess.run(
                [sys.executable, "-c", APP, str(path), "second"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert second.returncode == 0, second.stderr
            out = second.stdout.splitlines()
            assert out[0].startswith("in-use:") and "read-only" in out[0]
            assert int(out[1].split()[1]) >= 3  # it could read what the first had saved
        finally:
            time.sleep(0.01 * round_)  # land the kill at a different moment of a save
            first.send_signal(signal.SIGKILL)
            rest, _ = first.communicate(timeout=30)
        committed |= {line.split()[1] for line in rest.splitlines() if line.startswith("saved")}
        assert first.returncode == -signal.SIGKILL
        # The next start is not blocked by the stale lock of the killed process.
        after = start(path, f"after{round_}", stop_after=1)
        out, _ = after.communicate(timeout=60)
        assert after.returncode == 0 and out.splitlines()[0] == "open", out
        committed |= {line.split()[1] for line in out.splitlines() if line.startswith("saved")}

    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        topics = {r[0] for r in con.execute("SELECT topic FROM activity")}
        # Nothing committed is lost (an activity the killed process was writing may or may not
        # be there, but then it is whole).
        assert committed <= topics
        half = con.execute(
            "SELECT a.topic, count(t.id) FROM activity a LEFT JOIN attendance t "
            "ON t.activity_id = a.id GROUP BY a.id HAVING count(t.id) != ?",
            (PEOPLE,),
        ).fetchall()
        assert half == []
        no_kind = con.execute(
            "SELECT count(*) FROM activity a WHERE NOT EXISTS "
            "(SELECT 1 FROM activity_kind k WHERE k.activity_id = a.id)"
        ).fetchone()[0]
        assert no_kind == 0
    finally:
        con.close()
    print(f"two processes: {ROUNDS} rounds, {len(committed)} committed saves, 0 lost")
