"""Shared by the benches of issue 13: run a whole process and measure it.

`run(cmd)` runs `cmd` under a small launcher and returns its wall time and its peak resident
memory (resource.getrusage of the launcher's child processes). `summary()` prints the median
and the range of several runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


# A small launcher runs the measured command and reports resource.getrusage(RUSAGE_CHILDREN)
# of it: measured from this (large) bench process directly, a child's peak RSS would start at
# the bench's own size (Linux carries the parent's high-water mark into the child over fork
# and exec).
LAUNCHER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


# An installed app has its bytecode cached; a shell with PYTHONDONTWRITEBYTECODE set (as some
# development set-ups have) would make every measured process compile every module it imports
# (peewee alone: ~0.4 s). The children write and reuse their bytecode in a folder of their own.
PYCACHE = Path(tempfile.gettempdir()) / "branch-ledger-bench-pycache"


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_up() -> None:
    """Import what the measured commands import once, so their bytecode is cached."""
    modules = "exports.cli, exports.bundle, models.bureau.merge, models.check, models.services"
    subprocess.run(
        [PYTHON, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); import {modules}"],
        env=child_env(),
        cwd=ROOT,
        check=True,
    )


def run(
    cmd: list[str], env: dict[str, str] | None = None, ok_codes: tuple[int, ...] = (0,)
) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of the process `cmd`; raise if it exits with another code."""
    with tempfile.TemporaryFile() as err:
        done = subprocess.run(
            [PYTHON, "-c", LAUNCHER, *cmd],
            stdout=subprocess.PIPE,
            stderr=err,
            env=env or child_env(),
            cwd=ROOT,
            text=True,
            check=False,
        )
        try:
            elapsed, maxrss, code = done.stdout.split()
        except ValueError:
            code = "?"
        if done.returncode or code == "?" or int(code) not in ok_codes:
            err.seek(0)
            raise RuntimeError(f"{cmd[:4]} failed ({code}): {err.read()[-2000:]!r}")
    return float(elapsed), int(maxrss) / 1024  # Linux reports KiB


def main_py(*args: str) -> list[str]:
    """The app's own command line, as a user runs it (without uv's start-up)."""
    return [PYTHON, str(ROOT / "main.py"), *args]


def python_code(code: str, *args: str) -> list[str]:
    return [PYTHON, "-c", code, *args]


def summary(name: str, times: list[float], rss: list[float] | None = None) -> str:
    med = statistics.median(times)
    text = f"{name:<44} median {med:7.3f} s  range {min(times):.3f}–{max(times):.3f} s"
    if rss:
        text += f"  peak RSS {max(rss):6.1f} MiB"
    return text


def ratio_line(name: str, ours: list[float], floor: list[float], target: float) -> str:
    """Median ratio, and the range of the ratios of the paired runs."""
    pairs = [a / b for a, b in zip(ours, floor, strict=False)]
    med = statistics.median(ours) / statistics.median(floor)
    verdict = "met" if med <= target else "NOT met"
    return (
        f"{name:<44} ratio {med:5.2f}× (paired runs {min(pairs):.2f}–{max(pairs):.2f}×)"
        f"  target ≤ {target:g}×: {verdict}"
    )
