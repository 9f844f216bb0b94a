"""Files written in one piece, and private scratch folders that never outlive their process.

`written_atomically(target)` gives a `<name>.part` path beside the target and moves it into
place only when it was written completely; on any failure the `.part` file is removed and a full
disk becomes the plain DiskFullError. `scratch_folder(kind)` makes a private folder in the
system's temporary folder and holds an OS lock on a file inside it while it is in use;
`clean_leftovers()` (run when the app starts) removes the folders whose lock nobody holds any
more, i.e. those of a process that was killed or lost its power before it could tidy up.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from models.errors import disk_error_from
from models.file.lock import FileLock, LockHeld

log = logging.getLogger(__name__)

PREFIX = "branch-ledger-"
OWNER = ".owner.lock"
YOUNG_SECONDS = 60  # a scratch folder changed more recently than this is never removed


@contextlib.contextmanager
def written_atomically(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield the `.part` path to write; then move it over `target` (or remove it on failure)."""
    final = Path(target)
    part = final.with_name(final.name + ".part")
    try:
        yield part
        os.replace(part, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        disk = disk_error_from(exc, final)
        if disk is not None:
            raise disk from exc
        raise


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `target` in one piece (see written_atomically)."""
    with written_atomically(target) as part, open(part, "wb") as fh:
        fh.write(data)


def _root(root: Path | None) -> Path:
    return Path(root) if root is not None else Path(tempfile.gettempdir())


def claim_scratch(folder: Path) -> FileLock:
    """Mark a folder made with tempfile.mkdtemp(prefix="branch-ledger-…") as in use by this
    process until the returned lock is released (for code that makes its own folder)."""
    owner = FileLock(Path(folder) / OWNER)
    try:
        owner.acquire()
    except OSError as exc:
        raise (disk_error_from(exc, folder) or exc) from exc
    return owner


@contextlib.contextmanager
def scratch_folder(kind: str, root: Path | None = None) -> Iterator[Path]:
    """A private folder for one job, removed afterwards; a full temporary folder is reported
    as DiskFullError."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{kind}-", dir=_root(root)))
    except OSError as exc:
        raise (disk_error_from(exc, _root(root)) or exc) from exc
    try:
        owner = claim_scratch(folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        yield folder
    finally:
        owner.release()
        shutil.rmtree(folder, ignore_errors=True)


def clean_leftovers(root: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove the scratch folders of processes that no longer run; return what was removed.

    Only folders this app made with an owner's lock are considered (nothing else in the
    temporary folder is touched, whatever its name), and only once the lock is free: the
    process that held it has ended. A folder changed in the last minute is left alone, so the
    instant between making the lock file and locking it is never mistaken for a dead owner."""
    removed: list[Path] = []
    moment = time.time() if now is None else now
    try:
        candidates = [p for p in _root(root).glob(f"{PREFIX}*") if p.is_dir()]
    except OSError as exc:
        log.info("temporary folder not read: %s", exc)
        return removed
    for folder in candidates:
        lock_file = folder / OWNER
        try:
            if not lock_file.is_file() or moment - folder.stat().st_mtime < YOUNG_SECONDS:
                continue
            owner = FileLock(lock_file)
            owner.acquire()
        except LockHeld:
            continue  # in use by a running process
        except OSError as exc:
            log.info("scratch folder %s not checked: %s", folder, exc)
            continue
        owner.release()
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    if removed:
        log.info("removed %d scratch folder(s) left by a stopped process", len(removed))
    return removed
