"""When a ledger is verified: once per change, not on every open.

SQLite's `quick_check` reads the whole file — about a second for a district's 500 MB, most of
what `stats --month` or an incremental import cost. A ledger that passed it and has not changed
since need not be read again. "Not changed" is the file's identity: its device and inode, size,
modification time and SQLite's file change counter (header offset 24, bumped by every
transaction that writes). The identities that passed are remembered in a small cache
(`verified.json` in the user's cache folder, or $BRANCH_LEDGER_CACHE):

- `open_ledger` skips `quick_check` when the file is exactly as it was when it last passed, and
  remembers the file after it passes;
- a ledger this process held open for writing (under its lock) is remembered as it is when
  closed: it was verified when opened, and every change since went through SQLite here;
- what comes from outside is never taken on trust: a file copied or restored in place has
  another inode or timestamp, and a bureau bundle is always checked in full, on a private copy
  (models.bureau.merge) — this cache is never consulted for it.

A change within the file system's timestamp granularity after an identity is recorded could
leave the timestamp as it was; so an identity is recorded only once its modification time is at
least RACY_SECONDS old (the close waits that long at most), and never on a file system with
whole-second timestamps (FAT), where a later write could keep the same time.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import struct
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_ENV = "BRANCH_LEDGER_CACHE"
MAX_ENTRIES = 64
RACY_SECONDS = 0.02  # a few timer ticks of the coarsest clock Linux stamps files with


def cache_file() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override) / "verified.json"
    import platformdirs

    return Path(platformdirs.user_cache_dir("BranchLedger", appauthor=False)) / "verified.json"


def identity(path: str | os.PathLike[str]) -> list[int] | None:
    """[device, inode, size, mtime in ns, change counter] of the file (None if unreadable)."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            head = fh.read(28)
    except OSError:
        return None
    if len(head) < 28:
        return None
    counter = struct.unpack(">I", head[24:28])[0]
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, counter]


def _key(path: str | os.PathLike[str]) -> str:
    return str(Path(path).resolve())


def _load() -> dict[str, list[int]]:
    try:
        data = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_verified(path: str | os.PathLike[str], ident: list[int] | None = None) -> bool:
    """Whether the file is exactly as it was when it last passed its check."""
    ident = ident if ident is not None else identity(path)
    return ident is not None and _load().get(_key(path)) == ident


def remember(path: str | os.PathLike[str], ident: list[int] | None = None) -> None:
    """Record that the file, as identified by `ident` (default: as it is now), passed.

    With `ident` given, only if the file still has it (it did not change during the check)."""
    current = identity(path)
    if current is None or (ident is not None and current != ident):
        return
    mtime_ns = current[3]
    if mtime_ns % 1_000_000_000 == 0:
        return  # whole-second timestamps: a later write may keep this one
    age = time.time() - mtime_ns / 1e9
    if 0 <= age < RACY_SECONDS:
        time.sleep(RACY_SECONDS - age)
    entries = _load()
    entries.pop(_key(path), None)
    entries[_key(path)] = current
    while len(entries) > MAX_ENTRIES:
        entries.pop(next(iter(entries)))
    _store(entries)


def forget(path: str | os.PathLike[str]) -> None:
    entries = _load()
    if entries.pop(_key(path), None) is not None:
        _store(entries)


def _store(entries: dict[str, list[int]]) -> None:
    """Write the cache atomically; a cache that cannot be written only costs a check later."""
    target = cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="verified-", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(entries, fh)
        os.replace(tmp, target)
    except OSError as exc:
        log.info("verification cache %s not written: %s", target, exc)
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
