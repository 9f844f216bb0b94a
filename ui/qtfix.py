"""Work around a reference-counting bug of PySide6 6.12 on Python 3.11.

`SignalInstance.emit()` returns `True` without taking a reference to it, so every signal
emitted from Python takes one reference away from `True`. After a few thousand emits `True`'s
count reaches zero and the interpreter aborts ("Fatal Python error: bool_dealloc") — in a
running app, not only at exit. Python 3.12 made `True` immortal, so the bug is harmless there.

`apply()` measures the leak with ten emits and, only if there is one, gives `True` a very large
number of spare references so that it can never reach zero. It is imported by the modules
that emit signals (ui.worker, ui.app, ...) and is idempotent.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_SPARE = 1 << 40  # ~10^12 emits
_applied = False


class _Probe(QObject):
    fired = Signal()


def leak_per_emit() -> int:
    """References `True` loses per emit (0 on a fixed PySide6 or an immortal `True`)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    return (before - sys.getrefcount(True)) // 10


def apply() -> bool:
    """Protect `True` if this PySide6 leaks; True when the workaround was needed."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if leak_per_emit() <= 0:
        return False
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(True)).value += _SPARE
    _applied = True
    return True


apply()
