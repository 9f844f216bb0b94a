"""Closing a ledger in the background: the window goes at once, the file's last work does not.

When the app closes a writable ledger, the deletions become final (models.file.tidy) and a backup
is taken (models.file.backup) — seconds for a district's 500 MB. `close_in_background()` does
that on a thread of its own, still holding the ledger's lock, and only then closes the ledger and
releases the lock; the process ends when the thread has finished (it is not a daemon). A marker
file `NAME.closing` beside the ledger says so meanwhile, so that a new start finds "still being
closed" rather than "open in another window" and can wait for it (`wait_until_closed`) with a
message instead of refusing the file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from models.file.ledger import Ledger
from models.file.lock import LedgerLock, LockHeld

log = logging.getLogger(__name__)

WAIT_SECONDS = 15 * 60  # a backup of a very large ledger on a slow disk, with room to spare


def closing_marker(path: Path) -> Path:
    return path.with_name(path.name + ".closing")


def close_in_background(ledger: Ledger, last_work: Callable[[Path], object]) -> threading.Thread:
    """Run `last_work(path)` (tidy and back up), then close `ledger`, on a thread; return it.

    The calling thread must already have closed its own connection to the ledger (the work
    opens its own); the lock is held until the work is done."""
    marker = closing_marker(ledger.path)
    with contextlib.suppress(OSError):
        marker.write_text(str(os.getpid()), encoding="ascii")

    def run() -> None:
        try:
            last_work(ledger.path)
        except Exception:  # a backup problem must not keep the lock or the marker
            log.exception("closing %s: the last backup failed", ledger.path)
        finally:
            try:
                ledger.close()
            finally:
                with contextlib.suppress(OSError):
                    marker.unlink()

    thread = threading.Thread(target=run, name="close-ledger", daemon=False)
    thread.start()
    return thread


def is_closing(path: str | os.PathLike[str]) -> bool:
    """Whether another Branch Ledger (or this one) is still closing the ledger at `path`."""
    p = Path(path)
    marker = closing_marker(p)
    if not marker.exists():
        return False
    lock = LedgerLock(p)
    try:
        lock.acquire()
    except LockHeld:
        return True
    lock.release()
    # Nobody holds the lock: the marker of a process that ended before removing it.
    with contextlib.suppress(OSError):
        marker.unlink()
    return False


def wait_until_closed(
    path: str | os.PathLike[str], timeout: float = WAIT_SECONDS, poll: float = 0.1
) -> bool:
    """Wait until the ledger is no longer being closed; False if it still is after `timeout`."""
    deadline = time.monotonic() + timeout
    while is_closing(path):
        if time.monotonic() > deadline:
            return False
        time.sleep(poll)
    return True
