"""Build the program as one folder that runs on a PC without Python (PyInstaller).

    uv run python packaging/build.py            # → dist/BranchLedger/
    uv run python packaging/build.py --smoke    # … then check the built program (as CI does)

Build on the system the folder is for: on Windows it makes BranchLedger.exe (the desktop app, no
console window: what the secretary double-clicks) and branch-ledger-cli.exe (the same program
with a console, for the command line: `branch-ledger-cli report monthly …`), side by side with
the _internal folder they share (Python, Qt with its Chinese translations, the fonts, the app's
translations and icons). Copy the whole BranchLedger folder; neither program runs without
_internal. On Linux the two programs have the same names without .exe.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "BranchLedger"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on packaging/branch_ledger.spec; returns the built folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(HERE / "branch_ledger.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the built program")
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = build(args.dist.resolve(), args.work.resolve())
    print(
        f"built {folder} in {time.monotonic() - started:.0f} s, "
        f"{folder_size(folder) / 1024**2:.0f} MB"
    )
    if args.smoke:
        from smoke_test import smoke_test  # packaging/smoke_test.py, beside this file

        return smoke_test(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
