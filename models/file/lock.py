"""An exclusive, non-blocking operating-system lock on a small file beside the ledger (and one
named by the ledger's file identity, so that a symlink or a hard link to an open ledger is
refused too: see LedgerLock).

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
import sys
import tempfile
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


def identity_lock_dir() -> Path:
    """The folder of the locks kept by file identity (one per user of this computer; not named
    like the scratch folders, which are removed when no process owns them)."""
    user = getattr(os, "getuid", lambda: "")()
    return Path(tempfile.gettempdir()) / f"BranchLedger-locks{'-' if user != '' else ''}{user}"


def identity_lock_path(ledger: str | os.PathLike[str]) -> Path | None:
    """The lock named after the file itself (device and inode), whatever name it is opened by:
    a hard link is another name for the same file. None when the file does not exist yet."""
    try:
        st = os.stat(ledger)
    except OSError:
        return None
    return identity_lock_dir() / f"{st.st_dev:x}-{st.st_ino:x}.lock"


class LedgerLock:
    """The lock of one ledger file, keyed by the file rather than by the name it was opened by.

    Two locks are taken: the one beside the file's real path (symlinks resolved, so a link in
    another folder finds the same lock file; it also works between computers sharing a folder),
    and one named by the file's identity (st_dev, st_ino) in a folder of this computer, which a
    hard link, having another path but the same identity, also finds.
    """

    def __init__(self, ledger: str | os.PathLike[str]) -> None:
        real = Path(ledger).resolve()
        self.ledger = real
        self._path_lock = FileLock(real.with_name(real.name + ".lock"))
        self._identity_lock: FileLock | None = None

    @property
    def is_locked(self) -> bool:
        return self._path_lock.is_locked

    def acquire(self) -> None:
        if self._path_lock.is_locked:
            return
        self._path_lock.acquire()
        identity = identity_lock_path(self.ledger)
        if identity is None:
            return
        lock = FileLock(identity)
        try:
            identity.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            lock.acquire()
        except LockHeld:
            self._path_lock.release()
            raise
        except OSError:
            # No temporary folder to write to: the lock beside the file still holds.
            return
        self._identity_lock = lock

    def release(self) -> None:
        identity, self._identity_lock = self._identity_lock, None
        if identity is not None:
            identity.release()
        self._path_lock.release()

    def __enter__(self) -> LedgerLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
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
