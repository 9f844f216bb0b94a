"""The district ledger's file handling (issue 13): stats, check and an incremental import.

    uv run python bench/district_bench.py [--runs 5] [--branches 100] [--years 10]

Data (built once, cached in bench/data/, rows loaded with executemany by stats_bench's builder):
the district of `branches` × `years` (100 × 10: ~150,000 activities, ~2.1 M attendance rows,
~530 MB), a one-year ledger of one branch, and `runs` one-year branch bundles (demo ledgers).
Each figure is a whole process (what a user waits for), ours and the comparison alternating
run by run; peak RSS per process (resource.getrusage of the launcher's children):

  stats --month  on the district        vs  the same command on the 1-year ledger  (≤ 1.5×)
  check          on the district        vs  PRAGMA integrity_check in a bare process (≤ 1.2×,
                                            ≤ 200 MiB)
  import of one bundle into the district vs the same import into an empty district (≤ 1.5×)

The district was closed by the app before (it is remembered as verified, models.file.verified);
the first `stats` on a file never seen before (a full quick_check) is printed as well.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure  # noqa: E402
import stats_bench  # noqa: E402

from models.file.ledger import open_ledger  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"

INTEGRITY = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = con.execute("PRAGMA integrity_check(100)").fetchall()
print(rows[:1])
"""


def district_path(branches: int, years: int) -> Path:
    name = f"district-b{branches}-y{years}-p30-s1-f{stats_bench.FORMAT}.ledger"
    path = DATA / name
    if not path.exists():
        print(f"building {name} ...", flush=True)
        stats_bench.build(path, branches, years, 30, 1)
    return path


def one_year_path() -> Path:
    path = DATA / f"branch-y1-p30-s1-f{stats_bench.FORMAT}.ledger"
    if not path.exists():
        stats_bench.build(path, 1, 1, 30, 1)
    return path


def bundles(count: int) -> list[Path]:
    from exports.bundle import make_bundle
    from models.demo.generate import write_demo

    made = []
    for seed in range(1, count + 1):
        bundle = DATA / f"demo-bundle-s{seed}-v7.ledger"  # v7: time-ordered uuids
        if not bundle.exists():
            with tempfile.TemporaryDirectory() as tmp:
                ledger = Path(tmp) / "branch.ledger"
                write_demo(ledger, seed=100 + seed, months=12, until="2026-10")
                make_bundle(ledger, bundle)
        made.append(bundle)
    return made


def closed_by_the_app(path: Path) -> None:
    """Open and close the ledger as the app does (checked once; remembered as verified)."""
    open_ledger(path).close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--branches", type=int, default=100)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    district = district_path(args.branches, args.years)
    small = one_year_path()
    made = bundles(args.runs)
    con = sqlite3.connect(district)
    acts, att = con.execute(
        "SELECT (SELECT COUNT(*) FROM activity), (SELECT COUNT(*) FROM attendance)"
    ).fetchone()
    con.close()
    print(
        f"{district.name}: {acts:,} activities, {att:,} attendance rows,"
        f" {district.stat().st_size / 2**20:.0f} MiB; 1-year ledger {small.name}"
    )
    month = f"{2026 - args.years // 2}-06"
    results: dict[str, list[float]] = {}
    peaks: dict[str, list[float]] = {}

    def record(key: str, cmd: list[str]) -> None:
        # `check` exits 1 when it finds problems (this generated district has no roster
        # history: every attendance row is "not on the roster that day").
        t, m = measure.run(cmd, ok_codes=(0, 1) if key == "check" else (0,))
        results.setdefault(key, []).append(t)
        peaks.setdefault(key, []).append(m)

    measure.warm_up()
    work = Path(tempfile.mkdtemp(prefix="district-bench-"))
    try:
        # A district never seen before: its first command checks the whole file.
        fresh = work / "fresh.ledger"
        shutil.copyfile(district, fresh)
        record("stats_first", measure.main_py("stats", str(fresh), "--month", month))
        fresh.unlink()
        closed_by_the_app(district)
        closed_by_the_app(small)
        for run in range(args.runs):
            pairs = [
                ("stats", measure.main_py("stats", str(district), "--month", month)),
                ("stats_small", measure.main_py("stats", str(small), "--month", "2026-06")),
            ]
            for key, cmd in pairs if run % 2 == 0 else reversed(pairs):
                record(key, cmd)
            pairs = [
                ("check", measure.main_py("check", str(district))),
                ("integrity", measure.python_code(INTEGRITY, str(district))),
            ]
            for key, cmd in pairs if run % 2 == 0 else reversed(pairs):
                record(key, cmd)
        # Incremental import: a copy of the district (closed by the app) and an empty one.
        target = work / "district.ledger"
        shutil.copyfile(district, target)
        closed_by_the_app(target)
        for run, bundle in enumerate(made):
            empty = work / f"empty{run}.ledger"
            open_ledger(empty, create=True).close()
            pairs = [
                ("import", measure.main_py("import", str(target), str(bundle))),
                ("import_empty", measure.main_py("import", str(empty), str(bundle))),
            ]
            for key, cmd in pairs if run % 2 == 0 else reversed(pairs):
                record(key, cmd)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def line(name: str, key: str) -> str:
        return measure.summary(name, results[key], peaks.get(key))

    print(line("stats --month, district, first time (check)", "stats_first"))
    print(line("stats --month, district", "stats"))
    print(line("stats --month, 1-year ledger", "stats_small"))
    print(
        measure.ratio_line("stats district / 1-year", results["stats"], results["stats_small"], 1.5)
    )
    print(line("check, district", "check"))
    print(line("integrity_check, bare process", "integrity"))
    print(
        measure.ratio_line("check / integrity_check", results["check"], results["integrity"], 1.2)
    )
    print(line("import one bundle into the district", "import"))
    print(line("import one bundle into an empty district", "import_empty"))
    print(
        measure.ratio_line(
            "import district / empty", results["import"], results["import_empty"], 1.5
        )
    )
    ok = max(peaks["check"]) <= 200
    print(f"check peak RSS ≤ 200 MiB: {'met' if ok else 'NOT met'}")
    for key, target in (("stats", 1.5), ("check", 1.2), ("import", 1.5)):
        base = {"stats": "stats_small", "check": "integrity", "import": "import_empty"}[key]
        ok = ok and statistics.median(results[key]) <= target * statistics.median(results[base])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
