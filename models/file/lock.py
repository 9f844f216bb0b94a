"""An exclusive, non-blocking operating-system lock on a small file beside the ledger.

The operating system drops the lock when the process ends, however it ends, so an app that was
killed or lost its power never blocks the next start. POSIX: `flock()` on the lock file (per open
file, so a second lock in the same process conflicts too, as a second window would); Windows:
`msvcrt.locking()` on the file's first byte.

Written here rather than taken from `filelock`, which does the same with far more machinery:
importing filelock 4.x costs ~15 ms, a twentieth of the app's whole start-up budget (issue 3),
for two system calls.
"""

from __future__ import annotations

import os
from pathlib import Path


class LockHeld(Exception):
    """Another process (or another open ledger in this one) holds the lock."""


class FileLock:
    """`acquire()` takes the lock or raises LockHeld at once; `release()` gives it back."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise LockHeld(str(self.path)) from None
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file below releases it all the same
        finally:
            os.close(fd)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
