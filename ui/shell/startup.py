"""The app's start: what may load before the first frame, and what waits for it.

A school PC should show the window in about a second. The first frame needs the ledger checked
(header, lock, quick_check: models.file.ledger without peewee), the window, its navigation and
the overview's empty cards. Everything else waits for the first frame and runs from the queue
below, in order: the ledger's connection and models, the File-menu features (reports, bureau,
backups), the overview's figures on the database worker, the backup after opening, the first
start's setup.

`WAITS_FOR_FIRST_FRAME` names the modules that must not be imported before the first frame;
tests/test_ui_app.py starts the app in a process of its own and checks it. Every other module of
the app loads on import without side effects; this module and exports/cli.py (the command line's
start) are the only places where start-up order is a concern.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

WAITS_FOR_FIRST_FRAME = (
    "peewee",
    "models.file.schema",
    "models.services",
    "models.records.activities",
    "models.records.people",
    "models.records.registers",
    "models.rules.counting",
    "models.rules.compliance",
    "ui.records.register_page",
    "ui.bureau.actions",
    "ui.backups.actions",
    "reportlab",
    "openpyxl",
)

# In case a platform never sends the window itself a paint event.
FIRST_PAINT_FALLBACK_MS = 1000


class FirstFrameQueue:
    """Jobs that run once `owner`'s first frame is painted (soon, if it already is).

    Run earlier, even from a zero timer, a job would come before the paint and, on the worker
    thread, compete with it for the interpreter. The owner calls `painted()` from its first
    paintEvent and `shown()` from its showEvent."""

    def __init__(self, owner: QObject, first: Callable[[], None]) -> None:
        self._owner = owner
        self._jobs: list[Callable[[], None]] = [first]
        self._done = False
        self._queued = False

    @property
    def done(self) -> bool:
        return self._done

    def add(self, fn: Callable[[], None]) -> None:
        if self._done:
            QTimer.singleShot(0, self._owner, fn)
        else:
            self._jobs.append(fn)

    def painted(self) -> None:
        """The first paint: queued, so the children are painted in this same pass first."""
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self._owner, self._run)

    def shown(self) -> None:
        if not self._queued:
            QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._owner, self._run)

    def _run(self) -> None:
        if self._done:
            return
        self._done = self._queued = True
        jobs, self._jobs = self._jobs, []
        for fn in jobs:
            fn()
