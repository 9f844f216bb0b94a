"""Bundle and import of a 10-year branch ledger with 500 photos (issue 13), against SQLite floors.

    uv run python bench/photo_bench.py [--runs 5] [--photos 500]

Builds (once; cached in bench/data/) a 10-year branch — 30 people, ~1,500 activities, ~20,000
attendance rows (stats_bench's builder) — and 500 photos of ordinary stored size (~350 KB
each, real JPEGs, 1 in 2 deleted, as in the issue's ledger), all with executemany. Then,
alternating ours and the floor run by run, each a whole process (what a user waits for; peak
RSS per process):

  bundle: `main.py bundle LEDGER -o OUT`  vs  VACUUM INTO + fsync          (target ≤ 3×, ≤ 200 MiB)
  import: `main.py import DISTRICT OUT`   vs  ATTACH + INSERT … SELECT     (target ≤ 3×, ≤ 200 MiB)
          (both into a copy of the same empty district ledger)

and the same two operations in-process (make_bundle / import_bundles) for the README.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure  # noqa: E402
import stats_bench  # noqa: E402

from models.file.ledger import open_ledger  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
FORMAT = 3
DISTINCT = 25  # distinct pictures, each used by several records
STAMP = stats_bench.STAMP

FLOOR_BUNDLE = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("VACUUM INTO ?", (sys.argv[2],))
con.close()
with open(sys.argv[2], "rb+") as fh:
    os.fsync(fh.fileno())
"""

FLOOR_IMPORT = """
import sqlite3, sys
sys.path.insert(0, {root!r})
from models.bureau.bundle_format import reference_schema
from models.bureau.merge_apply import MERGED_TABLES
ref = reference_schema()
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA synchronous = FULL")
con.execute("PRAGMA foreign_keys = ON")
con.execute("ATTACH DATABASE ? AS b", (sys.argv[2],))
con.execute("BEGIN")
for table in MERGED_TABLES:
    cols = ", ".join(f'"{{c}}"' for c in ref.tables[table].columns)
    con.execute(f'INSERT INTO main."{{table}}" ({{cols}}) SELECT {{cols}} FROM b."{{table}}"')
con.execute("COMMIT")
con.close()
"""


def _picture(rng: random.Random) -> tuple[bytes, bytes]:
    """A real JPEG of a stored photo's size (1600 × 1200, ~350 KB) and its 256 px thumbnail:
    the bureau's check decodes every live photo."""
    from PIL import Image

    side = (1600, 1200)
    base = Image.linear_gradient("L").resize(side).convert("RGB")
    noise = Image.frombytes("L", side, bytes(rng.randrange(40) for _ in range(side[0] * side[1])))
    image = Image.blend(base, noise.convert("RGB"), 0.5)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    image.thumbnail((256, 256))
    thumb = io.BytesIO()
    image.save(thumb, "JPEG", quality=85)
    return out.getvalue(), thumb.getvalue()


def build(path: Path, photos: int, seed: int = 7) -> None:
    """The branch (stats_bench's builder, one branch × 10 years) plus `photos` photos."""
    tmp = path.with_name(path.name + ".photos")
    tmp.unlink(missing_ok=True)
    stats_bench.build(tmp, 1, 10, 30, seed)
    rng = random.Random(seed)
    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    activity_ids = [r[0] for r in con.execute("SELECT id FROM activity ORDER BY id")]
    con.execute("BEGIN")
    rows = []
    pictures = [_picture(rng) for _ in range(DISTINCT)]
    for n in range(photos):
        data, thumb = pictures[n % DISTINCT]
        deleted = STAMP if n % 2 else None
        rows.append(
            (stats_bench._uuid(rng), STAMP, STAMP, deleted, rng.choice(activity_ids),
             f"照片{n}", hashlib.sha256(data).hexdigest(), data, thumb, n % 9)
        )  # fmt: skip
        if len(rows) == 50 or n == photos - 1:
            con.executemany(
                "INSERT INTO attachment (uuid, created_at, updated_at, rev, deleted_at,"
                " activity_id, caption, mime, sha256, width, height, data, thumbnail, position)"
                " VALUES (?, ?, ?, 1, ?, ?, ?, 'image/jpeg', ?, 1600, 1200, ?, ?, ?)",
                rows,
            )
            rows.clear()
    con.execute("COMMIT")
    con.close()
    tmp.replace(path)


def new_district(path: Path) -> None:
    path.unlink(missing_ok=True)
    with open_ledger(path, create=True):
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--photos", type=int, default=500)
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    ledger = DATA / f"branch-10y-photos{args.photos}-f{FORMAT}.ledger"
    if not ledger.exists():
        print(f"building {ledger.name} ...", flush=True)
        build(ledger, args.photos)
    size = ledger.stat().st_size / 2**20
    print(f"{ledger.name}: {size:.0f} MiB, {args.photos} photos (1 in 2 deleted)")

    measure.warm_up()
    work = Path(tempfile.mkdtemp(prefix="photo-bench-"))
    try:
        empty = work / "empty-district.ledger"
        new_district(empty)
        bundle = work / "ours.bundle"
        floor_copy = work / "floor.ledger"
        times: dict[str, list[float]] = {k: [] for k in ("b", "bf", "i", "if", "bi", "ii")}
        rss: dict[str, list[float]] = {k: [] for k in ("b", "bf", "i", "if")}
        floor_import = measure.python_code(FLOOR_IMPORT.format(root=str(ROOT)))
        for run in range(args.runs):
            order = ("ours", "floor") if run % 2 == 0 else ("floor", "ours")
            for side in order:
                if side == "ours":
                    bundle.unlink(missing_ok=True)
                    t, m = measure.run(measure.main_py("bundle", str(ledger), "-o", str(bundle)))
                    times["b"].append(t)
                    rss["b"].append(m)
                else:
                    floor_copy.unlink(missing_ok=True)
                    t, m = measure.run(
                        measure.python_code(FLOOR_BUNDLE, str(ledger), str(floor_copy))
                    )
                    times["bf"].append(t)
                    rss["bf"].append(m)
            for side in order:
                district = work / f"{side}-district.ledger"
                shutil.copyfile(empty, district)
                if side == "ours":
                    t, m = measure.run(measure.main_py("import", str(district), str(bundle)))
                    times["i"].append(t)
                    rss["i"].append(m)
                else:
                    t, m = measure.run(floor_import + [str(district), str(bundle)])
                    times["if"].append(t)
                    rss["if"].append(m)
        # In-process (the app's own calls, without the interpreter's start-up).
        from exports.bundle import make_bundle
        from models.bureau.merge import import_bundles

        for _ in range(args.runs):
            bundle.unlink(missing_ok=True)
            start = time.perf_counter()
            make_bundle(ledger, bundle)
            times["bi"].append(time.perf_counter() - start)
            district = work / "inproc-district.ledger"
            shutil.copyfile(empty, district)
            start = time.perf_counter()
            [result] = import_bundles(district, [bundle])
            times["ii"].append(time.perf_counter() - start)
            assert result.accepted, result.reason
        bsize = bundle.stat().st_size / 2**20
        print(f"bundle: {bsize:.0f} MiB (floor copy {floor_copy.stat().st_size / 2**20:.0f} MiB)")
        print(measure.summary("bundle, whole process (ours)", times["b"], rss["b"]))
        print(measure.summary("VACUUM INTO + fsync, whole process (floor)", times["bf"], rss["bf"]))
        print(measure.summary("make_bundle in-process", times["bi"]))
        print(measure.ratio_line("bundle / floor", times["b"], times["bf"], 3.0))
        print(measure.summary("import, whole process (ours)", times["i"], rss["i"]))
        print(measure.summary("ATTACH + INSERT…SELECT, whole process", times["if"], rss["if"]))
        print(measure.summary("import_bundles in-process", times["ii"]))
        print(measure.ratio_line("import / floor", times["i"], times["if"], 3.0))
        memory_ok = max(rss["b"]) <= 200 and max(rss["i"]) <= 200
        print(f"peak RSS ≤ 200 MiB: {'met' if memory_ok else 'NOT met'}")
        ok = memory_ok and statistics.median(times["b"]) <= 3 * statistics.median(times["bf"])
        ok = ok and statistics.median(times["i"]) <= 3 * statistics.median(times["if"])
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
