"""Automatic rotating backups of a ledger, and restoring one (nothing lost).

Backups are taken with SQLite's backup API (`models.file.ledger.backup_file`), so they are
consistent
even while the ledger is open. Each goes into a folder of its own under the user data folder
(`<user data>/backups/<ledger stem>-<hash of its absolute path>/`), so two ledgers with the same
name never share backups. Before a backup is taken the ledger itself is checked: a damaged ledger
is never copied over good backups. Each new backup is re-opened and fully checked
(`integrity_check`) before older ones are rotated away, and checked in full again before it is
offered for restoring.

Retention: every backup of the last 7 days (so a mistake made this morning can be undone this
afternoon), at least the last 10 whatever their age, and beyond that the newest of each of the
last 7 days, 4 weeks and 12 months that have backups.

A backup's time is in its file name (UTC), not taken from the file system, so copying the folder
keeps the history and the tests can drive everything with a fake clock. A backup dated after
the present moment was made while the clock was wrong: it is kept, but ranked after every other
backup, and it never stops the daily backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from models.errors import DamagedLedgerError, LedgerError, LedgerInUseError
from models.file import verified
from models.file.closing import (  # noqa: F401 - the app's way to them (closing = last backup)
    close_in_background,
    is_closing,
    wait_until_closed,
)
from models.file.ledger import backup_file, fsync_dir, fsync_file, read_header
from models.file.lock import LedgerLock, LockHeld
from models.file.tidy import tidy_on_close
from models.text.i18n import translate

log = logging.getLogger(__name__)

KEEP_RECENT = dt.timedelta(days=7)  # every backup (each session's) this close to now
KEEP_AT_LEAST = 10  # the newest backups kept whatever their age
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
BACKUP_ROOT_ENV = "BRANCH_LEDGER_BACKUPS"
BACKUP_EVERY = dt.timedelta(days=1)  # on opening: only when the newest backup is older than this
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.ledger$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made (UTC), its size, and what it holds."""

    path: Path
    time: dt.datetime
    size: int
    activities: int | None  # live records; None when the file cannot be read
    people: int | None
    future: bool = False  # dated after the moment it was listed: made under a wrong clock

    @property
    def readable(self) -> bool:
        return self.activities is not None


def default_root() -> Path:
    """`<user data folder>/backups` (e.g. %LOCALAPPDATA%\\BranchLedger\\backups on Windows), or
    the folder named by $BRANCH_LEDGER_BACKUPS (a portable install; the test suite)."""
    override = os.environ.get(BACKUP_ROOT_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("BranchLedger", appauthor=False)) / "backups"


def backup_dir(ledger_path: str | os.PathLike[str], root: Path | None = None) -> Path:
    """The folder holding the backups of this ledger (one folder per ledger file)."""
    p = Path(ledger_path).resolve()
    # fsencode: the same bytes as UTF-8 for any valid name, and no error for a GBK one.
    digest = hashlib.sha256(os.fsencode(p)).hexdigest()[:10]
    return (root or default_root()) / f"{p.stem}-{digest}"


def _utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC) if now.tzinfo else now.replace(tzinfo=dt.UTC)


def _parse(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)


def _backup_files(folder: Path, now: dt.datetime | None = None) -> list[tuple[Path, dt.datetime]]:
    """(path, time) of every backup in `folder`, newest first; those dated after `now` (a
    clock that was wrong when they were made) come after all the others, so they never
    outrank a backup that is really newer."""
    if not folder.is_dir():
        return []
    found = [(p, t) for p in folder.iterdir() if p.is_file() and (t := _parse(p)) is not None]
    # Several backups in one second: the suffix -2, -3 ... orders them.
    found.sort(key=lambda pt: (pt[1], _suffix(pt[0])), reverse=True)
    moment = _utc(now)
    return [pt for pt in found if pt[1] <= moment] + [pt for pt in found if pt[1] > moment]


def _suffix(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match["n"]) if match and match["n"] else 1


# --- retention -----------------------------------------------------------------------------------


def select_kept(
    backups_with_times: Iterable[tuple[Hashable, dt.datetime]],
    now: dt.datetime,
    *,
    recent: dt.timedelta = KEEP_RECENT,
    at_least: int = KEEP_AT_LEAST,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set:
    """Which backups to keep: every backup made in the `recent` span before `now` and the
    newest `at_least` whatever their age; then the newest of each of the last `daily` days
    that have a backup, of the last `weekly` ISO weeks and of the last `monthly` months (each
    rule on its own).

    Periods are counted among those that have backups, not back from `now`, so a ledger left
    untouched for a year still keeps its last backups. Backups dated after `now` (a clock that
    was set back) are always kept and do not count: nothing is deleted on a clock's word.
    Times are bucketed as given (the caller passes local times).
    """
    items = sorted(backups_with_times, key=lambda kt: kt[1], reverse=True)
    kept = {key for key, when in items if when > now}
    past = [(key, when) for key, when in items if when <= now]
    kept.update(key for key, when in past[:at_least])
    kept.update(key for key, when in past if now - when <= recent)
    rules = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: tuple(t.isocalendar())[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, bucket in rules:
        seen: set = set()
        for key, when in past:  # newest first: the first of each bucket is its newest
            b = bucket(when)
            if b in seen:
                continue
            if len(seen) == count:
                break
            seen.add(b)
            kept.add(key)
    return kept


# --- checking ------------------------------------------------------------------------------------


def _check(path: Path, *, full: bool = False) -> list[str]:
    """Our header, then SQLite's quick_check (with `full`, its integrity_check, which also
    compares every index with its table); the problems found (empty when the file is good).

    A ledger busy with another writer is waited for, not taken for damaged."""
    try:
        read_header(path)
    except LedgerError as exc:
        return [str(exc)]
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=10)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LedgerInUseError(
                translate("Backups", "The ledger is busy; the backup will be made next time.")
            ) from exc
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _counts(path: Path) -> tuple[int | None, int | None]:
    """Live activities and people in a backup (None, None when it cannot be read)."""
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            acts = con.execute("SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()
            ppl = con.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None, None
    return acts[0], ppl[0]


def list_backups(
    ledger_path: str | os.PathLike[str],
    root: Path | None = None,
    now: dt.datetime | None = None,
) -> list[BackupInfo]:
    """The backups of this ledger, newest first (those dated after `now` last), with their
    size and record counts."""
    result = []
    moment = _utc(now)
    for path, when in _backup_files(backup_dir(ledger_path, root), moment):
        activities, people = _counts(path)
        result.append(
            BackupInfo(path, when, path.stat().st_size, activities, people, when > moment)
        )
    return result


def verify_backup(backup: BackupInfo | str | os.PathLike[str]) -> list[str]:
    """The full check of a backup before it is offered (empty when it can be restored)."""
    return _check(Path(backup.path if isinstance(backup, BackupInfo) else backup), full=True)


def newest_good_backup(
    ledger_path: str | os.PathLike[str],
    root: Path | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo | None:
    """The newest backup that passes the full check (the one to offer when the ledger is
    damaged); a backup dated in the future is offered only when no other one is good."""
    for info in list_backups(ledger_path, root, now):
        if info.readable and not verify_backup(info):
            return info
    return None


# --- making backups ------------------------------------------------------------------------------


_ONE_AT_A_TIME = threading.Lock()


def backup_now(
    ledger_path: str | os.PathLike[str],
    now: dt.datetime | None = None,
    root: Path | None = None,
) -> BackupInfo:
    """Back the ledger up now, check the copy, then rotate older backups away.

    Raises DamagedLedgerError (and changes nothing) when the ledger itself fails its check, and
    LedgerError when the copy could not be written or does not check out. Backups in one
    process run one at a time (closing the app right after opening it would otherwise race
    the background backup made on opening: each could rotate the other's file away).
    """
    with _ONE_AT_A_TIME:
        return _backup_now(ledger_path, now, root)


def _backup_now(
    ledger_path: str | os.PathLike[str], now: dt.datetime | None, root: Path | None
) -> BackupInfo:
    source = Path(ledger_path)
    when = _utc(now).replace(microsecond=0)
    # A ledger exactly as it was when it last passed its check need not be read twice.
    problems = _check(source) if not verified.is_verified(source) else []
    if problems:
        log.warning("not backing up damaged ledger %s: %s", source, "; ".join(problems[:5]))
        raise DamagedLedgerError(
            translate(
                "Backups",
                "The ledger {path} is damaged, so no backup was made: the existing backups are "
                "kept as they are. Restore the newest good backup from the Backups window.",
            ).format(path=source)
        )
    folder = backup_dir(source, root)
    target = _free_name(folder, source.stem, when)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        backup_file(source, target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("backup of %s to %s failed: %s", source, target, exc)
        with contextlib.suppress(OSError):
            target.with_name(target.name + ".part").unlink()
        raise LedgerError(
            translate(
                "Backups",
                "The backup could not be written to {folder} (the disk may be full). "
                "The ledger itself is unchanged.",
            ).format(folder=folder)
        ) from exc
    bad = _check(target, full=True)
    if bad:
        # The source checked out, so the copy went wrong on the way to disk: drop it and keep
        # every older backup, since we now trust those more than this one.
        log.warning("backup %s failed its check: %s", target, "; ".join(bad[:5]))
        with contextlib.suppress(OSError):
            target.unlink()
        raise LedgerError(
            translate(
                "Backups",
                "The new backup in {folder} did not check out and was removed; the older "
                "backups are kept.",
            ).format(folder=folder)
        )
    rotate(folder, when)
    activities, people = _counts(target)
    return BackupInfo(target, when, target.stat().st_size, activities, people)


def _free_name(folder: Path, stem: str, when: dt.datetime) -> Path:
    """A new name for a backup made at `when`: later in the same second means a higher
    suffix, so the new backup always counts as the newest (rotation keeps the newest)."""
    base = f"{stem}-{when.strftime(_STAMP)}"
    taken = [_suffix(p) for p in folder.glob(f"{base}*.ledger")] if folder.is_dir() else []
    if not taken:
        return folder / f"{base}.ledger"
    return folder / f"{base}-{max(taken) + 1}.ledger"


def rotate(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the retention rules no longer keep; return what was deleted."""
    files = _backup_files(folder)
    local_now = _utc(now).astimezone()
    kept = select_kept([(p, t.astimezone()) for p, t in files], local_now)
    removed = []
    for path, _when in files:
        if path not in kept:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    for stale in folder.glob("*.part"):  # left by a backup that was interrupted
        with contextlib.suppress(OSError):
            stale.unlink()
    return removed


def backup_on_open(
    ledger_path: str | os.PathLike[str],
    now: dt.datetime | None = None,
    root: Path | None = None,
) -> BackupInfo | None:
    """After opening: back up if the newest backup is older than a day (or there is none).
    Backups dated in the future do not count: a clock that was once wrong must not stop the
    daily backups until it catches up."""
    moment = _utc(now)
    files = [(p, t) for p, t in _backup_files(backup_dir(ledger_path, root)) if t <= moment]
    if files and moment - files[0][1] < BACKUP_EVERY:
        return None
    return backup_now(ledger_path, now, root)


def backup_on_close(
    ledger_path: str | os.PathLike[str],
    now: dt.datetime | None = None,
    root: Path | None = None,
) -> BackupInfo:
    """On closing: first drop what deletions left behind (nothing can undo them any more:
    models.file.tidy), then always back up (the day's newest backup replaces older ones in
    rotation), so the new backup carries no deleted photo either."""
    try:
        tidy_on_close(ledger_path)
    except sqlite3.Error as exc:  # a damaged or busy file: the backup's own check says more
        log.warning("tidying %s on closing failed: %s", ledger_path, exc)
    return backup_now(ledger_path, now, root)


# --- restoring -----------------------------------------------------------------------------------


def restore_backup(
    backup: BackupInfo | str | os.PathLike[str],
    ledger_path: str | os.PathLike[str],
    now: dt.datetime | None = None,
    *,
    aside_label: str = "replaced",
) -> Path | None:
    """Put `backup` in place of the ledger; return where the replaced file was kept (or None).

    The backup is checked first (in full); the current file (with an interrupted save's journal,
    if any) is copied aside as `<name>.<aside_label>-<time>.ledger`; the backup is written to a
    temporary file, synced and renamed over the ledger, so a crash leaves the old or the new file.
    The ledger must be closed (this takes its lock).
    """
    source = Path(backup.path if isinstance(backup, BackupInfo) else backup)
    target = Path(ledger_path)
    problems = _check(source, full=True)
    if problems:
        log.info("backup %s failed its check: %s", source, "; ".join(problems[:5]))
        raise DamagedLedgerError(
            translate("Backups", "The backup {path} is damaged and cannot be restored.").format(
                path=source
            )
        )
    lock = LedgerLock(target)
    try:
        lock.acquire()
    except LockHeld:
        raise LedgerInUseError(
            translate(
                "Backups",
                "The ledger {path} is open in another Branch Ledger window or program. "
                "Close it there first, then restore the backup.",
            ).format(path=target)
        ) from None
    try:
        return _replace(source, target, _utc(now), aside_label)
    except OSError as exc:
        log.warning("restoring %s over %s failed: %s", source, target, exc)
        raise LedgerError(
            translate(
                "Backups",
                "The backup could not be restored ({error}). The ledger was left as it was.",
            ).format(error=exc.strerror or exc)
        ) from exc
    finally:
        lock.release()


def _replace(source: Path, target: Path, when: dt.datetime, label: str) -> Path | None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".restoring")
    try:
        shutil.copyfile(source, tmp)
        fsync_file(tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a full disk leaves no half-written copy behind
        raise
    aside = None
    if target.exists():
        stamp = when.astimezone().strftime("%Y%m%d-%H%M%S")
        aside = target.with_name(f"{target.stem}.{label}-{stamp}{target.suffix}")
        n = 1
        while aside.exists():
            n += 1
            aside = target.with_name(f"{target.stem}.{label}-{stamp}-{n}{target.suffix}")
        shutil.copyfile(target, aside)
        fsync_file(aside)
    journal = target.with_name(target.name + "-journal")
    if journal.exists():
        # A hot journal belongs to the file it was written for: left in place, SQLite would
        # "roll back" the restored backup with pages of the old file.
        if aside is not None:
            os.replace(journal, aside.with_name(aside.name + "-journal"))
        else:
            journal.unlink()
    os.replace(tmp, target)
    fsync_dir(target.parent)
    return aside
