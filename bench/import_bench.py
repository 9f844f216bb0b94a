"""Benchmark: import 100 one-year branch bundles into an empty district ledger.

    uv run python bench/import_bench.py [--count 100] [--months 12] [--work DIR]

The floor, measured in the same run on the same files: raw sqlite3, one transaction per bundle,
`ATTACH` + `INSERT … SELECT` of the same rows into an empty district ledger (ids shifted per
bundle so they do not collide) — no private copy, no checks, no hash, no validation, no uuid
matching. The import does all of those. Target: import ≤ 5 × floor. Prints the figures.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exports.bundle import make_bundle  # noqa: E402
from models.bureau.bundle_format import reference_schema  # noqa: E402
from models.bureau.merge import import_bundles  # noqa: E402
from models.bureau.merge_apply import MERGED_TABLES  # noqa: E402
from models.demo.generate import write_demo  # noqa: E402
from models.file.ledger import open_ledger  # noqa: E402

TARGET = 5.0


def make_bundles(work: Path, count: int, months: int) -> list[Path]:
    bundles = []
    for seed in range(1, count + 1):
        bundle = work / f"branch{seed:03d}.bundle"
        if not bundle.exists():
            ledger = work / f"branch{seed:03d}.ledger"
            ledger.unlink(missing_ok=True)
            write_demo(ledger, seed=seed, months=months, until="2026-10")
            make_bundle(ledger, bundle)
        bundles.append(bundle)
    return bundles


def new_district(path: Path) -> None:
    path.unlink(missing_ok=True)
    with open_ledger(path, create=True):
        pass


def floor(district: Path, bundles: list[Path]) -> tuple[float, int]:
    """Raw ATTACH + INSERT … SELECT of the same rows (ids shifted per bundle)."""
    ref = reference_schema()
    con = sqlite3.connect(district, isolation_level=None)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    rows = 0
    start = time.perf_counter()
    for n, bundle in enumerate(bundles, start=1):
        shift = n * 10_000_000
        con.execute("ATTACH DATABASE ? AS b", (str(bundle),))
        con.execute("BEGIN")
        for table in MERGED_TABLES:
            info = ref.tables[table]
            cols = ", ".join(f'"{c}"' for c in info.columns)
            values = ", ".join(
                f'"{c}" + {shift}' if c == "id" or c in info.foreign_keys else f'"{c}"'
                for c in info.columns
            )
            rows += con.execute(
                f'INSERT INTO main."{table}" ({cols}) SELECT {values} FROM b."{table}"'
            ).rowcount
        con.execute("COMMIT")
        con.execute("DETACH DATABASE b")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--work", type=Path, help="keep the bundles here between runs")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    bundles = make_bundles(work, args.count, args.months)
    size = sum(b.stat().st_size for b in bundles)
    print(
        f"{len(bundles)} bundles of {args.months} months, {size / 1e6:.1f} MB"
        f" (made in {time.perf_counter() - t0:.1f} s)"
    )

    floor_path = work / "floor.ledger"
    new_district(floor_path)
    floor_s, floor_rows = floor(floor_path, bundles)

    district = work / "district.ledger"
    new_district(district)
    start = time.perf_counter()
    results = import_bundles(district, bundles)
    import_s = time.perf_counter() - start
    rejected = [r for r in results if not r.accepted]
    added = sum(r.added for r in results)

    start = time.perf_counter()
    again = import_bundles(district, bundles)
    again_s = time.perf_counter() - start

    ratio = import_s / floor_s
    print(f"floor  (ATTACH + INSERT … SELECT): {floor_s:7.2f} s  {floor_rows} rows")
    print(
        f"import (checked, validated, merged): {import_s:7.2f} s  {added} rows added,"
        f" {len(rejected)} rejected, {import_s / len(bundles) * 1000:.0f} ms per bundle"
    )
    print(
        f"re-import (all unchanged):           {again_s:7.2f} s  "
        f"{sum(r.unchanged for r in again)} rows unchanged"
    )
    print(
        f"ratio import / floor: {ratio:.2f}  (target ≤ {TARGET:g}: "
        f"{'met' if ratio <= TARGET else 'NOT met'})"
    )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if not rejected and added == floor_rows else 1


if __name__ == "__main__":
    sys.exit(main())
