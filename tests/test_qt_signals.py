"""Guard against a PySide6 whose Signal.emit() leaks away references to True (6.12 on 3.11).

A long session emits far more signals than a test does, so the check emits many in a child
process: with the bug, CPython aborts ("bool_dealloc") long before the loop ends.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    changed = Signal()
    valued = Signal(str)

app = QCoreApplication([])
e = Emitter()
before = sys.getrefcount(True)
for _ in range(100_000):
    e.changed.emit()
    e.valued.emit("x")
print(before, sys.getrefcount(True))
"""


def test_emitting_signals_does_not_eat_references_to_true():
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-500:]
    before, after = map(int, result.stdout.split())
    assert after >= before - 100  # a few references may come and go; 200,000 may not
