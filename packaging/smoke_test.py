"""Check a built folder (packaging/build.py) the way a user would use it, without a display:

1. its command-line program writes a demo ledger;
2. its desktop program starts offscreen on that ledger, shows the main window in Chinese, finds
   the bundled translations, font and icons, and quits (`--smoke-test`, ui/shell/smoke.py);
3. its command-line program writes the monthly PDF, with every font embedded.

    uv run python packaging/smoke_test.py [dist/BranchLedger]

Exit 0 when every step passed. Needs poppler-utils (pdffonts) for the last check.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""


def run(step: str, command: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    print(f"smoke test: {step}", flush=True)
    # The program's settings (recent ledgers) and backups go to the scratch folder, not the
    # user's own.
    private = {"XDG_CONFIG_HOME": str(home / "config"), "BRANCH_LEDGER_BACKUPS": str(home / "bk")}
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **private, **env},
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"smoke test failed at '{step}' (exit {done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done


def fonts_not_embedded(pdf: Path) -> list[str]:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    # columns: name type [type] encoding emb sub uni object ID — "emb" is the 5th from the end
    return [row for row in rows if row.split()[-5] != "yes"]


def smoke_test(folder: Path) -> int:
    gui = folder / f"BranchLedger{EXE}"
    cli = folder / f"branch-ledger-cli{EXE}"
    for program in (gui, cli):
        if not program.is_file():
            raise SystemExit(f"smoke test: {program} was not built")
    with tempfile.TemporaryDirectory(prefix="branch-ledger-smoke-") as tmp:
        ledger = Path(tmp) / "demo.ledger"
        month = dt.date.today().strftime("%Y-%m")
        home = Path(tmp)
        run("demo ledger (CLI)", [str(cli), "demo", str(ledger), "--months", "2"], home)
        shown = run(
            "desktop app, offscreen",
            [str(gui), "--smoke-test", "--ledger", str(ledger), "--lang", "zh_CN"],
            home,
            QT_QPA_PLATFORM="offscreen",
        )
        print("  " + shown.stdout.strip())
        pdf = Path(tmp) / "monthly.pdf"
        run(
            "monthly PDF (CLI)",
            [
                str(cli),
                "--lang",
                "zh_CN",
                "report",
                "monthly",
                str(ledger),
                "--month",
                month,
                "-o",
                str(pdf),
            ],
            home,
        )
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise SystemExit(f"smoke test: no PDF written at {pdf}")
        missing = fonts_not_embedded(pdf)
        if missing:
            raise SystemExit("smoke test: fonts not embedded in the PDF:\n" + "\n".join(missing))
        print(f"  monthly PDF for {month}: {pdf.stat().st_size} bytes, every font embedded")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(smoke_test(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "BranchLedger"))
