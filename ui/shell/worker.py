"""One serial database worker: a QThread running queued jobs one after another.

Work that can take more than ~100 ms (register counts on a large ledger, the overview's figures)
runs here so the window never freezes. Jobs run in order, each with the window's ledger in use
(Ledger.use()) on the worker's own SQLite connection (peewee keeps one per thread); their results
come back to the GUI thread by signal, where the caller's callback runs. `busy_changed` drives a
progress indicator.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from models.errors import LedgerError, disk_error_from, garbled_text_error_from

if TYPE_CHECKING:
    from models.file.ledger import Ledger

log = logging.getLogger(__name__)

_STOP = object()
R = TypeVar("R")  # what a job returns and its on_done receives

# Workers told to stop whose thread is still finishing a job (see DbWorker.stop).
_stopping: set[DbWorker] = set()


class _Thread(QThread):
    """Runs jobs from the queue; emits (job id, result, error message or None)."""

    job_done = Signal(int, object, object)

    def __init__(self, ledger: Ledger, jobs: queue.Queue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._jobs = jobs

    def run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is _STOP:
                break
            job_id, fn, args, kwargs = item
            try:
                with self._ledger.use():
                    result, error = fn(*args, **kwargs), None
            except LedgerError as exc:
                result, error = None, str(exc)
            except Exception as exc:  # a bug: logged, shown in plain words, never a traceback
                result, error = None, _disk_full_text(exc)  # a full disk is no bug: say so
                if error is None:
                    log.exception("background job %s failed", getattr(fn, "__name__", fn))
                    error = QCoreApplication.translate(
                        "Worker",
                        "Something went wrong while reading the ledger. Press F5 to retry.",
                    )
            self.job_done.emit(job_id, result, error)
        self.close_connection()

    def close_connection(self) -> None:
        """Close this thread's connection to the ledger (called on the worker's thread)."""
        self._ledger.close_thread_connection()


def _disk_full_text(exc: BaseException) -> str | None:
    """The plain message when `exc` (anywhere in its chain) is a full disk or text damaged in
    the file, else None (a bug)."""
    disk = disk_error_from(
        exc,
        message=QCoreApplication.translate(
            "Worker",
            "The disk is full (or could not be written), so this could not be done. Free some "
            "space and try again.",
        ),
    )
    if disk is not None:
        return str(disk)
    garbled = garbled_text_error_from(exc)  # a flipped bit in the ledger's text
    return str(garbled) if garbled is not None else None


class DbWorker(QObject):
    """Submit callables; each result is handed to its callback in the GUI thread."""

    busy_changed = Signal(int)  # 1 busy, 0 idle

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._thread = _Thread(ledger, self._jobs, self)
        self._thread.job_done.connect(self._on_thread_job_done)
        self._thread.start()

    def submit(
        self,
        fn: Callable[..., R],
        *args: Any,
        on_done: Callable[[R], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> int:
        """Queue `fn(*args, **kwargs)`; return the job id."""
        job_id = next(self._ids)
        was_idle = not self._callbacks
        self._callbacks[job_id] = (on_done, on_error)
        self._jobs.put((job_id, fn, args, kwargs))
        if was_idle:
            self.busy_changed.emit(1)
        return job_id

    def is_busy(self) -> bool:
        return bool(self._callbacks)

    def cancel_callbacks(self) -> None:
        """Forget the callbacks of queued jobs (their page is going away)."""
        for job_id in self._callbacks:
            self._callbacks[job_id] = (None, None)

    def release_connection(self, timeout: float = 5.0) -> None:
        """Close the worker's connection before the ledger is closed or switched."""
        done = threading.Event()

        def close() -> None:
            self._thread.close_connection()
            done.set()

        self._jobs.put((0, close, (), {}))
        done.wait(timeout)

    def stop(self, timeout_ms: int = 5000) -> None:
        """Finish the running job, drop the rest, close the connection, end the thread."""
        if not self._thread.isRunning():
            return
        self._callbacks.clear()
        self._jobs.put(_STOP)
        if not self._thread.wait(timeout_ms):
            # Still in a long job (a slow disk, a busy machine): this object and its thread stay
            # alive until the job ends. Destroying a running QThread would abort the process.
            _stopping.add(self)
            self._thread.finished.connect(lambda: _stopping.discard(self))

    def _on_thread_job_done(self, job_id: int, result: object, error: object) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if error is not None:
            if on_error is not None:
                on_error(str(error))
            else:
                log.warning("background job failed: %s", error)
        elif on_done is not None:
            on_done(result)
        if not self._callbacks:
            self.busy_changed.emit(0)


def run_now(
    worker: DbWorker | None,
    fn: Callable[..., R],
    *args: Any,
    on_done: Callable[[R], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> None:
    """Run on the worker if there is one, else right here (tools and tests without a worker)."""
    if worker is not None:
        worker.submit(fn, *args, on_done=on_done, on_error=on_error)
        return
    try:
        result = fn(*args)
    except LedgerError as exc:
        if on_error:
            on_error(str(exc))
        return
    if on_done:
        on_done(result)
