"""Start to first paint: the app on a one-year demo ledger vs a bare PySide6 window with a table.

Each run is a fresh Python process (as a user starting the app), timed from just before the
process is launched to the end of its main window's first frame (every widget painted); the two
kinds alternate so that both see the same machine load. The app's child also reports whether
reportlab or openpyxl were imported (they must load only when a report or an export is first
made).

    uv run python bench/startup_bench.py [--repeat 7] [--ledger PATH]

Target: ratio ≤ 1.5× (≤ 2× with --ledger on the district ledger of bench/stats_bench.py, which
the app opens without reading it whole when it is unchanged since it last passed its check).
With --uncached every app run starts with an empty verification cache: the ledger was never
verified here, so the app opens it at once and checks it after the first frame (target ≤ 2×).
Runs alternate app/bare; each child reports its own peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both children print {"paint": wall-clock time of the end of the first frame, ...} and quit.
# The probe filters the events of the window object only: an application-wide Python event
# filter would distort the app it measures (PySide then wraps every internal Qt object that gets
# an event; for one of QListWidget's it builds every lazily loaded type, ~15 ms).
PAINT_HOOK = textwrap.dedent(
    """
    import json, sys, time

    def install_first_paint_probe(window):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        class FirstPaint(QObject):
            def __init__(self):
                super().__init__()
                self.done = False
            def eventFilter(self, obj, event):
                if not self.done and event.type() == QEvent.Type.Paint:
                    # The window's paint event starts the first frame; the zero timer runs once
                    # every widget of that frame has painted and it was flushed to the screen.
                    self.done = True
                    QTimer.singleShot(0, self.report)
                return False
            def report(self):
                now = time.time()
                heavy = sorted(m for m in ("reportlab", "openpyxl") if m in sys.modules)
                try:  # this process's own peak RSS (Linux: VmHWM, fresh since exec)
                    with open("/proc/self/status") as fh:
                        peak = [int(l.split()[1]) for l in fh if l.startswith("VmHWM")][0]
                except (OSError, IndexError, ValueError):
                    peak = 0
                print(json.dumps({"paint": now, "heavy": heavy, "rss_kib": peak}), flush=True)
                QApplication.quit()

        window._first_paint_probe = FirstPaint()
        window.installEventFilter(window._first_paint_probe)
    """
)

# The app runs exactly as `python main.py --ledger L --lang zh_CN` does, in main.py's own import
# order (the probe must not import Qt before main.py would): the probe is attached to the main
# window at the end of its __init__, before it is shown.
APP_CHILD = PAINT_HOOK + textwrap.dedent(
    """
    import importlib.machinery
    sys.path.insert(0, @ROOT@)

    class AttachProbe:
        def find_spec(self, name, path, target=None):
            if name != "ui.shell.main_window":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            exec_module = spec.loader.exec_module

            def exec_and_patch(module):
                exec_module(module)
                init = module.MainWindow.__init__

                def init_with_probe(self, *args, **kwargs):
                    init(self, *args, **kwargs)
                    install_first_paint_probe(self)

                module.MainWindow.__init__ = init_with_probe

            spec.loader.exec_module = exec_and_patch
            return spec

    sys.meta_path.insert(0, AttachProbe())
    import main
    main.main(["--ledger", @LEDGER@, "--lang", "zh_CN"])
    """
)

BARE_CHILD = PAINT_HOOK + textwrap.dedent(
    """
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    qt = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("bare")
    model = QStandardItemModel(30, 7)
    for r in range(30):
        for c in range(7):
            model.setItem(r, c, QStandardItem(f"{r},{c}"))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1180, 760)
    install_first_paint_probe(window)
    window.show()
    qt.exec()
    """
)


def run_child(code: str, env: dict[str, str]) -> tuple[float, list[str]]:
    t, heavy, _rss = run_child_rss(code, env)
    return t, heavy


def run_child_rss(code: str, env: dict[str, str]) -> tuple[float, list[str], float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        cwd=ROOT,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    result = json.loads(lines[0])
    return result["paint"] - start, result["heavy"], result.get("rss_kib", 0) / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--ledger",
        type=Path,
        help="start on this ledger instead of a one-year demo (e.g. bench/data/district-….ledger,"
        " built by bench/stats_bench.py; target ≤ 2×)",
    )
    parser.add_argument(
        "--uncached",
        action="store_true",
        help="every app run with an empty verification cache (models.file.verified): the"
        " ledger was never verified on this computer, so its check runs after the first frame",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    target = 2.0 if args.ledger else 1.5

    with tempfile.TemporaryDirectory() as tmp:
        if args.ledger:
            ledger = args.ledger.resolve()
            print(f"{ledger.name}: {ledger.stat().st_size / 2**20:.0f} MiB")
        else:
            from models.demo.generate import write_demo

            ledger = Path(tmp) / "demo.ledger"
            print(write_demo(ledger, seed=1, months=12, until="2026-10"))
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "cfg"),  # recent-files list stays in tmp
            "BRANCH_LEDGER_BACKUPS": str(Path(tmp) / "backups"),
            # An installed app has its bytecode cached; the warm-up run writes it (into tmp).
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_code = APP_CHILD.replace("@ROOT@", repr(str(ROOT))).replace(
            "@LEDGER@", repr(str(ledger))
        )
        run_child(BARE_CHILD, env), run_child(app_code, env)  # warm the file cache
        app_times, bare_times, heavy, app_rss, bare_rss = [], [], set(), [], []
        for run in range(args.repeat):
            for side in ("app", "bare") if run % 2 == 0 else ("bare", "app"):
                if side == "app":
                    run_env = env
                    if args.uncached:  # a new, empty cache folder for this run
                        cache = Path(tmp) / f"cache-{run}"
                        run_env = {**env, "BRANCH_LEDGER_CACHE": str(cache)}
                    t, h, rss = run_child_rss(app_code, run_env)
                    app_times.append(t)
                    app_rss.append(rss)
                    heavy.update(h)
                else:
                    t, _h, rss = run_child_rss(BARE_CHILD, env)
                    bare_times.append(t)
                    bare_rss.append(rss)
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    for name, ms, times, rss in (
        ("app ", app_ms, app_times, app_rss),
        ("bare", bare_ms, bare_times, bare_rss),
    ):
        runs = ", ".join(f"{t * 1000:.0f}" for t in times)
        print(
            f"{name} start to first paint: median {ms:6.0f} ms  ({runs});"
            f" peak RSS {max(rss):.0f} MiB"
        )
    print(f"ratio {app_ms / bare_ms:.2f}x (target <= {target:g}x)")
    # Each app run is paired with the bare run right after it (same moment, same load).
    paired = statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True))
    print(f"median of the paired ratios {paired:.2f}x")
    print("reportlab/openpyxl imported at start-up:", ", ".join(sorted(heavy)) or "no")
    return 1 if heavy else 0


if __name__ == "__main__":
    sys.exit(main())
