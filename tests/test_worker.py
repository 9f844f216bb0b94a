"""The database worker: jobs run with its window's ledger in use; stopping never destroys a
thread that is still in a job."""

from __future__ import annotations

import gc
import threading

from models import services
from ui.shell import worker as worker_module
from ui.shell.worker import DbWorker


def test_a_job_runs_with_the_workers_ledger_in_use(ledger, qtbot):
    services.save_branch(services.BranchInput(name="甲校党支部"))
    worker = DbWorker(ledger)
    seen = []
    try:
        with qtbot.waitSignal(worker.busy_changed, timeout=10000, check_params_cb=lambda b: b == 0):
            # A module-level service: only the worker's own ledger can answer it on its thread.
            worker.submit(services.current_branch, on_done=seen.append)
    finally:
        worker.stop()
    assert [b.name for b in seen] == ["甲校党支部"]


def test_stopping_during_a_long_job_keeps_the_thread_alive_until_it_ends(ledger, qtbot):
    release = threading.Event()
    started = threading.Event()

    def long_job() -> None:
        started.set()
        release.wait(10)

    worker = DbWorker(ledger)
    worker.submit(long_job)
    assert started.wait(10)
    worker.stop(timeout_ms=50)  # gives up waiting: the job is still running
    thread = worker._thread
    del worker
    gc.collect()  # the window let go of its worker; a running QThread must not be destroyed
    assert thread.isRunning() and len(worker_module._stopping) == 1
    release.set()
    qtbot.waitUntil(lambda: not worker_module._stopping, timeout=10000)
