"""Speed of the monthly summary PDF (issue 4) against what a secretary does today.

    uv run python bench/report_bench.py                 # demo ledger, its last month
    uv run python bench/report_bench.py --runs 7 --minutes --photos

Today the secretary keeps the month in Excel and turns it into a PDF with LibreOffice. In one run
this script measures, best of `--runs`:
  (a) the whole process of ours: a fresh `python main.py report monthly` (start Python, import,
      open the ledger read-only, gather the figures, lay out and write the PDF), as installed:
      bytecode compiled and font metrics cached by one warm-up run;
  (b) the same month as an .xlsx (our own export) converted with
      `libreoffice --headless --convert-to pdf` (after one warm-up conversion, so LibreOffice's
      first-start profile setup is not held against it);
  (c) inside one running process (the app): the first build, and the warm rebuild (second build
      of the same month, as when the secretary regenerates after an edit).
(a) and (b) alternate run by run, so both see the same moments of the machine's load.
Target: (a) ≤ 0.25 × (b). Prints times and ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 0.25


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _soffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--minutes", action="store_true", help="include the full minutes")
    parser.add_argument("--photos", action="store_true", help="include the photos")
    args = parser.parse_args()

    soffice = _soffice()
    if soffice is None:
        print("LibreOffice is not installed; the comparison needs it:")
        print("    apt-get install -y libreoffice-calc      (Debian/Ubuntu)")
        return 1

    from models.demo.generate import write_demo

    with tempfile.TemporaryDirectory(prefix="report-bench-") as tmp_name:
        tmp = Path(tmp_name)
        ledger = tmp / "demo.ledger"
        print(write_demo(ledger, seed=1, months=12, until=args.month))
        options = (["--minutes"] if args.minutes else []) + (["--photos"] if args.photos else [])
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        # As installed: bytecode compiled, font metrics cached (the warm-up run below does both;
        # a development shell may forbid writing bytecode).
        env.pop("PYTHONDONTWRITEBYTECODE", None)

        # (a) the whole process, as the command line (or a double-click) runs it
        pdf = tmp / "ours.pdf"
        command = [sys.executable, str(ROOT / "main.py"), "--lang", "zh_CN", "report"]
        command += ["monthly", str(ledger), "--month", args.month, "-o", str(pdf), *options]

        def ours() -> None:
            subprocess.run(command, check=True, env=env, capture_output=True)

        ours()  # warm-up, as LibreOffice gets one
        pages = _page_count(pdf)

        # (b) the same month as .xlsx, converted by LibreOffice
        xlsx = tmp / "month.xlsx"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--lang", "zh_CN", "export-xlsx",
             str(ledger), "--month", args.month, "-o", str(xlsx)],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        profile = (tmp / "lo-profile").as_uri()
        out_dir = tmp / "lo"

        def libreoffice() -> None:
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless",
                 "--convert-to", "pdf", "--outdir", str(out_dir), str(xlsx)],
                check=True, capture_output=True,
            )  # fmt: skip

        libreoffice()  # warm-up: creates LibreOffice's profile
        # Alternated, so that both see the same moments of the machine's load; best of each.
        ours_times, lo_times = [], []
        for _ in range(args.runs):
            ours_times.append(_best(ours, 1))
            lo_times.append(_best(libreoffice, 1))
        ours_time, lo_time = min(ours_times), min(lo_times)
        phases = _phases(ledger, args.month, tmp / "phases.pdf", options, env, args.runs)

        # (c) inside a running app: first build and warm rebuild
        first, warm = _in_process(ledger, args.month, tmp, args.minutes, args.photos, args.runs)

    ratio = ours_time / lo_time
    print(f"month {args.month}: {pages} pages{' with minutes' if args.minutes else ''}"
          f"{' and photos' if args.photos else ''}")  # fmt: skip
    print(f"(a) ours, whole process (python main.py report monthly): {ours_time * 1000:8.0f} ms")
    print("    where (a) goes, best of each step in a fresh process: " + ", ".join(
        f"{name} {ms:.0f}" for name, ms in phases) + " ms")  # fmt: skip
    print(f"(b) LibreOffice --convert-to pdf of the month's .xlsx:   {lo_time * 1000:8.0f} ms")
    print(f"    ratio (a)/(b) = {ratio:.3f}  (target ≤ {TARGET})  "
          f"{'OK' if ratio <= TARGET else 'SLOWER THAN TARGET'}")  # fmt: skip
    print(f"(c) in a running app: first build {first * 1000:.0f} ms, "
          f"warm rebuild {warm * 1000:.0f} ms ({warm / lo_time:.3f} × LibreOffice)")  # fmt: skip
    return 0


# The steps of `main.py report monthly` in its own order, timed inside a fresh process (the
# interpreter's start-up is what (a) has on top of their sum).
_PHASES_CODE = """
import sys, time
t = [time.perf_counter()]
import argparse, json, logging
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from models.text.i18n import install_cli
install_cli("zh_CN"); t.append(time.perf_counter())
from exports import cli
from exports import report_data
from exports.pdf.monthly import build_monthly
from models.file.ledger import open_ledger
t.append(time.perf_counter())
from exports.pdf.fonts import fonts
fonts(); t.append(time.perf_counter())
with open_ledger(Path(sys.argv[2]), readonly=True):
    data = report_data.gather_monthly(sys.argv[3], minutes="--minutes" in sys.argv,
                                      photos="--photos" in sys.argv)
t.append(time.perf_counter())
build_monthly(data, Path(sys.argv[4])); t.append(time.perf_counter())
print(" ".join(f"{(b - a) * 1000:.1f}" for a, b in zip(t, t[1:])))
"""
_PHASE_NAMES = ("translations", "imports", "fonts", "gather", "layout+write")


def _phases(
    ledger: Path, month: str, out: Path, options: list[str], env: dict, runs: int
) -> list[tuple[str, float]]:
    """Best time of each step of our run, each over `runs` fresh processes."""
    best = [float("inf")] * len(_PHASE_NAMES)
    command = [sys.executable, "-c", _PHASES_CODE, str(ROOT), str(ledger), month, str(out)]
    for _ in range(runs):
        result = subprocess.run(
            command + options, check=True, env=env, capture_output=True, text=True
        )
        times = [float(x) for x in result.stdout.split()]
        best = [min(a, b) for a, b in zip(best, times, strict=True)]
    return list(zip(_PHASE_NAMES, best, strict=True))


def _page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def _in_process(
    ledger: Path, month: str, tmp: Path, minutes: bool, photos: bool, runs: int
) -> tuple[float, float]:
    """First build in this process (imports, font registration) and the best warm rebuild,
    translated as in the app (QTranslator)."""
    from PySide6.QtCore import QCoreApplication

    from ui.shell.i18n import install_translator

    install_translator(QCoreApplication.instance() or QCoreApplication([]), "zh_CN")

    def build() -> None:
        from exports.pdf.monthly import build_monthly
        from exports.report_data import gather_monthly
        from models.file.ledger import open_ledger

        with open_ledger(ledger, readonly=True):
            data = gather_monthly(month, minutes=minutes, photos=photos)
        build_monthly(data, tmp / "warm.pdf")

    start = time.perf_counter()
    build()
    first = time.perf_counter() - start
    return first, _best(build, runs)


if __name__ == "__main__":
    sys.exit(main())
