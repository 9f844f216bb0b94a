"""Refresh the translation sources and compile them (a developer tool).

    uv run python resources/i18n/update.py            # lupdate every area, then lrelease
    uv run python resources/i18n/update.py --area app  # only one area's .ts
    uv run python resources/i18n/update.py --check    # exit 1 if a .ts misses strings of the code

Each area of the code has its own .ts file so that people working on different parts never edit
the same file. The app loads every `*_<lang>.qm` in this folder.
"""

from __future__ import annotations

import argparse
import glob
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN",)

# area -> source globs (relative to the project root). A file belongs to the first area matching.
AREAS: dict[str, list[str]] = {
    "followup": [  # the year's plan, 民主评议, 整改台账, 谈心谈话 (before the areas they sit in)
        "models/vocabulary_followup.py",
        "models/records/followup_base.py",
        "models/records/plan.py",
        "models/records/review.py",
        "models/records/rectification.py",
        "models/records/talks.py",
        "models/rules/followup.py",
        "exports/followup_data.py",
        "exports/pdf/followup.py",
        "exports/xlsx/followup.py",
        "ui/followup/*.py",
    ],
    "roster": [  # the 花名册: roster fields, private ID numbers, the 党员花名册 (before the others)
        "models/vocabulary_roster.py",
        "models/records/id_number.py",
        "models/records/roster.py",
        "exports/roster_data.py",
        "exports/pdf/roster.py",
        "exports/xlsx/roster.py",
    ],
    "members": [  # the member records beyond meetings: 党费 (before the areas they sit in)
        "models/vocabulary_members.py",
        "models/records/dues.py",
        "models/records/transfers.py",
        "exports/dues_data.py",
        "exports/pdf/dues.py",
        "exports/xlsx/dues.py",
        "ui/people/dues_dialog.py",
        "ui/people/transfers_dialog.py",
    ],
    "development": [  # the 发展党员 register (before the areas it sits in)
        "models/vocabulary_development.py",
        "models/records/development.py",
        "exports/development_data.py",
        "exports/pdf/development.py",
        "exports/xlsx/development.py",
        "ui/people/development_dialog.py",
    ],
    "ledger": [
        "models/file/ledger.py",
        "models/errors.py",
        "models/vocabulary.py",
        "models/services.py",
        "models/records/*.py",
    ],
    "stats": [
        "models/vocabulary_themes.py",
        "models/rules/definitions.py",
        "models/rules/counting.py",
        "models/rules/periods.py",
        "models/rules/compliance*.py",
        "models/rules/settings.py",
    ],
    "check": ["models/check*.py"],
    "demo": ["models/demo/*.py"],
    "reports": [
        "exports/pdf/*.py",
        "exports/xlsx/*.py",
        "exports/report*.py",
        "exports/cli.py",
        "ui/reports/*.py",
    ],
    "bureau": [
        "exports/bundle*.py",
        "models/bureau/*.py",
        "ui/bureau/*.py",
    ],
    "backups": ["models/file/backup.py", "ui/backups/actions.py", "ui/backups/dialog.py",
                "ui/backups/recovery.py"],
    "app": ["ui/**/*.py", "main.py"],
}


def area_files() -> dict[str, list[str]]:
    taken: set[str] = set()
    result: dict[str, list[str]] = {}
    for area, patterns in AREAS.items():
        files = []
        for pattern in patterns:
            for name in sorted(glob.glob(str(ROOT / pattern), recursive=True)):
                rel = str(Path(name).relative_to(ROOT))
                if rel not in taken and not rel.endswith("__init__.py"):
                    taken.add(rel)
                    files.append(rel)
        result[area] = files
    return result


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def lupdate(files: list[str], ts: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def _messages(ts: Path) -> list[str]:
    """The file without its <location> lines (they hold paths relative to the .ts file)."""
    lines = ts.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if "<location " not in line]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--area", action="append", help="only these areas (default: all)")
    args = parser.parse_args()
    stale = []
    for area, files in area_files().items():
        if not files or (args.area and area not in args.area):
            continue
        for lang in LANGUAGES:
            ts = HERE / f"{area}_{lang}.ts"
            if args.check:
                with tempfile.TemporaryDirectory() as tmp:
                    copy = Path(tmp) / ts.name
                    if ts.exists():
                        shutil.copy(ts, copy)
                    lupdate(files, copy)
                    if not ts.exists() or _messages(copy) != _messages(ts):
                        stale.append(ts.name)
            else:
                lupdate(files, ts)
                lrelease(ts)
                print(f"{ts.name}: {len(files)} files")
    if stale:
        print("out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
