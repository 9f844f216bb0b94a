"""Opening, creating, migrating and locking a ledger file.

`open_ledger()` is the one way in. It reads the 100-byte SQLite header before any SQL runs, so a
file that is not ours, is from a newer version, or is truncated is refused without being touched;
then it takes the lock, migrates an older schema step by step (after a backup), runs
`quick_check`, and binds the models to a connection with the pragmas a ledger needs (see PRAGMAS).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import (
    DamagedLedgerError,
    ForeignObjectsError,
    LedgerError,
    LedgerInUseError,
    NewerVersionError,
    NotALedgerError,
    disk_error_from,
)
from models.file import in_use
from models.file.lock import LedgerLock, LockHeld
from models.text.i18n import translate

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from models.services import Services

APPLICATION_ID = 0x42524C47  # "BRLG" in the header at offset 68
SCHEMA_VERSION = 9
SQLITE_MAGIC = b"SQLite format 3\x00"

log = logging.getLogger(__name__)
LEDGER_SUFFIX = ".ledger"

PRAGMAS = {
    "journal_mode": "delete",  # the file is complete whenever the app is idle: people copy it
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
    "trusted_schema": 0,
    "busy_timeout": 5000,
}


@dataclass(frozen=True)
class Header:
    """What the SQLite header of a ledger says."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int
    size: int


def read_header(path: str | os.PathLike[str]) -> Header:
    """Check the file's header without running any SQL; raise a LedgerError if it is not ours."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with open(p, "rb") as fh:
            head = fh.read(512)
    except FileNotFoundError:
        raise NotALedgerError(
            translate("Ledger", "The file {path} does not exist.").format(path=p)
        ) from None
    except IsADirectoryError:
        raise NotALedgerError(
            translate("Ledger", "{path} is a folder, not a ledger file.").format(path=p)
        ) from None
    except OSError as exc:
        raise NotALedgerError(
            translate("Ledger", "The file {path} cannot be read: {error}").format(
                path=p, error=exc.strerror
            )
        ) from None
    if size == 0:
        raise NotALedgerError(
            translate("Ledger", "The file {path} is empty: it is not a ledger.").format(path=p)
        )
    if not head.startswith(SQLITE_MAGIC):
        if head.startswith(b"PK\x03\x04"):
            text = translate(
                "Ledger",
                "The file {path} is a ZIP archive (for example an Excel workbook), not a ledger.",
            )
        elif head.startswith(b"%PDF"):
            text = translate("Ledger", "The file {path} is a PDF document, not a ledger.")
        elif _looks_like_text(head):
            text = translate("Ledger", "The file {path} is a text file, not a ledger.")
        else:
            text = translate("Ledger", "The file {path} is not a Branch Ledger file.")
        raise NotALedgerError(text.format(path=p))
    if size < 100 or len(head) < 100:
        raise DamagedLedgerError(
            translate(
                "Ledger", "The ledger {path} is truncated: only {size} bytes are left."
            ).format(path=p, size=size)
        )
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", head[28:32])[0]
    user_version = struct.unpack(">I", head[60:64])[0]
    application_id = struct.unpack(">I", head[68:72])[0]
    if application_id != APPLICATION_ID:
        raise NotALedgerError(
            translate(
                "Ledger",
                "The file {path} is a database of another program, not a Branch Ledger file.",
            ).format(path=p)
        )
    text_encoding = struct.unpack(">I", head[56:60])[0]
    if text_encoding not in (0, 1):  # 0: nothing stored yet; 1: UTF-8; 2 and 3: UTF-16
        raise NotALedgerError(
            translate(
                "Ledger",
                "The file {path} stores its text as UTF-16, which Branch Ledger never does: it "
                "was made or converted by another program, and is not opened. Use the ledger "
                "file itself, or a backup of it.",
            ).format(path=p)
        )
    if user_version > SCHEMA_VERSION:
        raise NewerVersionError(
            translate(
                "Ledger",
                "The ledger {path} was saved by a newer Branch Ledger (file format {found}). "
                "This copy reads formats up to {known}: please install a Branch Ledger that "
                "supports format {found} or later.",
            ).format(path=p, found=user_version, known=SCHEMA_VERSION),
            needed=user_version,
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedLedgerError(
            translate("Ledger", "The ledger {path} is damaged.").format(path=p)
        )
    if _short(size, head, page_size) and not _save_under_way(p) and _still_short(p, page_size):
        raise DamagedLedgerError(
            translate(
                "Ledger",
                "The ledger {path} is truncated (it is shorter than its own header says); "
                "it may have been copied incompletely.",
            ).format(path=p)
        )
    return Header(page_size, page_count, user_version, application_id, size)


def _short(size: int, head: bytes, page_size: int) -> bool:
    """The file is shorter than its header says (or not a whole number of pages)."""
    change_counter, page_count = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    return bool(size % page_size) or (valid_for == change_counter and size < page_count * page_size)


def _still_short(path: Path, page_size: int) -> bool:
    """Short again a moment later, with no save under way: a save that just ended is not a
    truncated copy."""
    time.sleep(0.05)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return True
    return len(head) == 100 and _short(size, head, page_size) and not _save_under_way(path)


def _save_under_way(path: Path) -> bool:
    """A rollback journal beside the file: another program is in the middle of a save (its pages
    are written in no fixed order, so the size may disagree with the header for a moment), or
    a save was interrupted and SQLite will roll it back on opening. Not a truncated copy."""
    return path.with_name(path.name + "-journal").exists()


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


READ_WAIT_SECONDS = 30  # how long a reader waits for another process's save to finish


def quick_check(path: str | os.PathLike[str]) -> list[str]:
    """Run SQLite's quick_check read-only; return its problems (empty when fine).

    A file that stays locked by another process's saves is in use, not damaged: that raises
    LedgerInUseError instead of being reported as a problem."""
    try:
        with contextlib.closing(_read_only(path)) as con:
            rows = [r[0] for r in con.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError as exc:
        if _is_locked(exc):
            raise _busy(Path(path)) from None
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _read_only(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A plain read-only connection that waits for another process's save to finish."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=READ_WAIT_SECONDS)


def _is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


class Ledger:
    """An open ledger: the file, the lock that guards it and its own peewee database.

    The models work on the ledger *in use* (models.file.in_use): `use()` puts this one in use
    for a block, `services` are the service functions bound to it (each call runs inside
    `use()`, whatever thread makes it). Opening a ledger also puts it in use in the opening
    context until `close()` — convenient for scripts and the command line; the app's windows
    and worker never rely on that. The connection is made on first use of `db`, so a ledger
    can be checked before the app's first frame and connected after it.
    """

    def __init__(
        self, path: Path, db: SqliteDatabase | None, lock: LedgerLock | None, readonly: bool
    ) -> None:
        self.path = path
        self._db = db
        self.readonly = readonly
        self._lock = lock
        self.closed = False
        self._services: Services | None = None
        self._trusted = False  # passed its check when opened (open_ledger sets it)
        # open_ledger(verify_later=True): the check still to come (None once nothing is pending)
        self._verification: _Verification | None = None

    @property
    def db(self) -> SqliteDatabase:
        """The peewee database (connected on first use)."""
        if self.closed:
            raise LedgerError(
                translate("Ledger", "The ledger {path} is closed.").format(path=self.path)
            )
        if self._db is None:
            db = _connect_or_explain(self.path, self.readonly, interrupted=False)
            if self._verification is not None and not self.verified:
                db.pragma("query_only", 1, permanent=True)  # backstop: see hold_writes
            self._db = db
        return self._db

    @property
    def connected(self) -> bool:
        return self._db is not None

    def connect(self) -> None:
        """Connect now, if not done yet (the checks have passed)."""
        if not self.closed:
            self.db  # noqa: B018 (the property connects)

    def use(self) -> contextlib.AbstractContextManager[None]:
        """A block in which the models work on this ledger."""
        return in_use.using(self)

    @property
    def services(self) -> Services:
        """The service functions, each call running with this ledger in use."""
        if self._services is None:
            from models.services import Services

            self._services = Services(self)
        return self._services

    def close_thread_connection(self) -> None:
        """Close the calling thread's connection (peewee keeps one per thread)."""
        if self._db is not None and not self._db.is_closed():
            self._db.close()

    def hand_over(self) -> None:
        """Before another thread closes the ledger (models.file.closing): close this thread's
        connection and take the ledger out of use in this context."""
        self.close_thread_connection()
        in_use.remove(self)

    def branch_name(self) -> str | None:
        """The branch's name, as `current_branch()` would give it, in one query (None when
        there is none or it cannot be read: a window title is not worth an error). The title
        needs it before the first frame, before the models are loaded."""
        sql = "SELECT name FROM branch WHERE deleted_at IS NULL ORDER BY name, id LIMIT 1"
        try:
            if self._db is not None:
                row = self._db.execute_sql(sql).fetchone()
            else:
                with contextlib.closing(_read_only(self.path)) as con:
                    row = con.execute(sql).fetchone()
        except Exception as exc:  # peewee's or sqlite3's DatabaseError
            log.info("branch name of %s not read: %s", self.path, exc)
            return None
        return row[0] if row else None

    # -- verification after opening (open_ledger(verify_later=True)) -------------------------
    @property
    def verified(self) -> bool:
        """Whether the ledger passed its check (False while it is pending or after it failed)."""
        v = self._verification
        return v is None or (v.done.is_set() and v.error is None)

    @property
    def verification_error(self) -> LedgerError | None:
        """Why the check after opening failed (None when it passed or is still pending)."""
        v = self._verification
        return v.error if v is not None and v.done.is_set() else None

    def verify(self) -> LedgerError | None:
        """Run the check that open_ledger(verify_later=True) left for later: `quick_check` on a
        read-only connection of its own. Passed: the file is remembered as verified
        (models.file.verified). Failed: the ledger becomes read-only and every write is refused.
        Returns the failure (None when passed); when another thread runs it, waits for it."""
        v = self._verification
        if v is None:
            return None
        with v.lock:  # one thread checks; the others wait here for its outcome
            if not v.done.is_set():
                v.error = self._check_now(v.ident)
                if v.error is None:
                    self._trusted = True
                else:
                    self.readonly = True
                v.done.set()
        return v.error

    def verify_in_background(
        self, on_done: Callable[[LedgerError | None], None] | None = None
    ) -> threading.Thread:
        """`verify()` on a thread of its own; `on_done(error)` runs on that thread."""

        def run() -> None:
            error = self.verify()
            if on_done is not None:
                on_done(error)

        thread = threading.Thread(target=run, name="verify-ledger", daemon=True)
        thread.start()
        return thread

    def _check_now(self, ident: list[int] | None) -> LedgerError | None:
        from models.file import verified

        try:
            problems = quick_check(self.path)
        except LedgerError as exc:
            return exc
        except Exception as exc:  # unreadable (an I/O error): not trusted, so never written
            return _damaged(self.path, [str(exc)])
        if problems:
            verified.forget(self.path)
            return _damaged(self.path, problems)
        verified.remember(self.path, ident)
        return None

    def hold_writes(self) -> None:
        """Called before every write (models.file.schema's `atomic`): while the check after
        opening runs, wait for it; if it failed, refuse the write — the file stays as it is."""
        if self._verification is None:
            return
        error = self.verify()
        if error is not None:
            raise LedgerError(
                translate(
                    "Ledger",
                    "Nothing can be saved in the ledger {path}: it failed its check after "
                    "opening (parts of it can no longer be read), so it stays read-only. Keep "
                    "the file as it is and open a backup (File ▸ Backups…).",
                ).format(path=self.path)
            )
        if self._db is not None:
            # Passed: lift the backstop on this thread's connection and on later ones.
            self._db.pragma("query_only", 0, permanent=True)

    def close(self) -> None:
        """Close the connection, take the ledger out of use here, release the lock."""
        self.closed = True
        in_use.remove(self)
        if self._db is not None:
            if not self._db.is_closed():
                self._db.close()
        if self._lock is not None:
            if self._trusted:
                # Verified when opened, and every change since went through SQLite here,
                # under the lock: the next open need not read the whole file again.
                from models.file import verified

                verified.remember(self.path)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Verification:
    """The check open_ledger(verify_later=True) left for later (see Ledger.verify)."""

    def __init__(self, ident: list[int] | None) -> None:
        self.ident = ident  # the file as it was opened: remembered only if still so
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.error: LedgerError | None = None


def lock_path(path: Path) -> Path:
    """The lock file beside the ledger's real path (a symlink leads to the same one)."""
    real = Path(path).resolve()
    return real.with_name(real.name + ".lock")


def _in_use(path: Path) -> LedgerInUseError:
    return LedgerInUseError(
        translate(
            "Ledger",
            "The ledger {path} is open in another Branch Ledger window or program. "
            "Close it there first, or open this ledger read-only.",
        ).format(path=path)
    )


def _busy(path: Path) -> LedgerInUseError:
    return LedgerInUseError(
        translate(
            "Ledger",
            "The ledger {path} is being saved by another Branch Ledger window and stayed locked "
            "for {seconds} seconds. Try again in a moment.",
        ).format(path=path, seconds=READ_WAIT_SECONDS)
    )


def _acquire_lock(path: Path) -> LedgerLock:
    lock = LedgerLock(path)
    try:
        lock.acquire()
    except LockHeld:
        raise _in_use(path) from None
    return lock


def _connect(path: Path, readonly: bool) -> SqliteDatabase:
    from peewee import SqliteDatabase

    if readonly and read_header(path).user_version < SCHEMA_VERSION:
        return _upgraded_copy_in_memory(path)
    if readonly:
        db = SqliteDatabase(
            path.resolve().as_uri() + "?mode=ro",
            uri=True,
            timeout=READ_WAIT_SECONDS,
            pragmas={k: v for k, v in PRAGMAS.items() if k != "journal_mode"},
        )
    else:
        db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    from models.text import collation

    collation.register(db)  # ORDER BY name COLLATE pinyin, on every connection of this ledger
    db.connect()
    return db


def _upgraded_copy_in_memory(path: Path) -> SqliteDatabase:
    """A read-only open of an older format: the file is copied into memory (SQLite's backup
    API, through a read-only connection) and the copy migrated there, so this version's queries
    work while the file itself is never written."""
    import uuid

    from peewee import SqliteDatabase

    from models.text import collation

    # A named in-memory database with a shared cache: each thread's connection (the window's
    # worker has its own) sees the same copy while this first connection stays open.
    name = f"file:older-ledger-{uuid.uuid4().hex}?mode=memory&cache=shared"
    db = SqliteDatabase(name, uri=True, pragmas={"foreign_keys": 1})
    collation.register(db)
    db.connect()
    src = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        src.backup(db.connection())
    finally:
        src.close()
    migrate(db)
    return db


def _connect_or_explain(path: Path, readonly: bool, interrupted: bool) -> SqliteDatabase:
    """_connect, with SQLite's refusal turned into a plain LedgerError (busy or unreadable)."""
    from peewee import DatabaseError

    try:
        return _connect(path, readonly)
    except DatabaseError as exc:
        if _is_locked(exc):
            raise _busy(path) from None
        raise _unreadable(path, exc, interrupted) from None


def open_ledger(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    readonly: bool = False,
    lock: bool = True,
    on_backup: Callable[[Path], None] | None = None,
    connect: bool = True,
    allow_incomplete: bool = False,
    allow_foreign: bool = False,
    verify_later: bool = False,
) -> Ledger:
    """Open (or with `create`, make) a ledger; raise a LedgerError in plain words if it can't.

    A refused file is left byte-for-byte unchanged: nothing but reading happens before the
    header, the version and (read-only) `quick_check` have passed. With `connect=False` a
    ledger that needs no recovery or migration is checked but its ORM connection waits for
    first use (see Ledger); the models are not bound until then. A ledger missing a table or a
    column of its format (models.file.parts) is refused as damaged; only `check` opens one, with
    `allow_incomplete`, to say what is missing. A ledger holding objects the app never makes (a
    planted trigger, view or table: models.file.known_schema) is refused with
    ForeignObjectsError; only `check` opens one, read-only, with `allow_foreign`.

    With `verify_later`, a ledger of the current format with no interrupted save (see
    `can_verify_later`) gets its header and schema checks now but its `quick_check` later, from
    `Ledger.verify()` (e.g. on a thread after the app's first frame): until it has passed, every
    write waits for it (`Ledger.hold_writes`), and after a failure none is made. Any other file
    is checked in full now.
    """
    p = Path(path)
    if create and not p.exists():
        _create(p)
    header = read_header(p)
    file_lock = _acquire_lock(p) if (lock and not readonly) else None
    if file_lock is not None:
        # Left by a restore that was killed midway (a restore holds this lock while it runs).
        with contextlib.suppress(OSError):
            p.with_name(p.name + ".restoring").unlink()
    try:
        hot_journal = p.with_name(p.name + "-journal").exists()
        pending: _Verification | None = None
        if not hot_journal:
            # With a hot journal, SQLite must first roll back the interrupted write (opening
            # read-write does that); checking before would report the half-written pages.
            if verify_later and can_verify_later(p) and not checked_and_unchanged(p):
                from models.file import verified

                pending = _Verification(verified.identity(p))
            else:
                _verify(p)
            if not allow_incomplete:
                _refuse_incomplete(p, header.user_version)
            if not allow_foreign:
                _refuse_foreign(p, header.user_version)
            if not connect and (readonly or header.user_version == SCHEMA_VERSION):
                return _opened(Ledger(p, None, file_lock, readonly), pending)
        from peewee import DatabaseError

        db = _connect_or_explain(p, readonly, interrupted=readonly and hot_journal)
        try:
            if hot_journal:
                try:
                    rows = [r[0] for r in db.execute_sql("PRAGMA quick_check").fetchall()]
                except DatabaseError as exc:
                    # A read-only connection cannot roll the interrupted write back.
                    raise _unreadable(p, exc, readonly) from None
                if rows != ["ok"]:
                    raise _damaged(p, rows)
                if not allow_incomplete:
                    _refuse_incomplete(p, header.user_version, db.connection())
                if not allow_foreign:
                    _refuse_foreign(p, header.user_version, db.connection())
            if header.user_version < SCHEMA_VERSION and not readonly:
                # After the hot journal (if any) was rolled back: the backup is consistent.
                backup = p.with_name(f"{p.stem}.format{header.user_version}-backup{p.suffix}")
                backup_file(p, backup)
                if on_backup:
                    on_backup(backup)
                _migrate_or_explain(db, p, backup)
        except BaseException:
            db.close()
            raise
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    return _opened(Ledger(p, db, file_lock, readonly), pending)


def _opened(ledger: Ledger, pending: _Verification | None = None) -> Ledger:
    """A ledger that passed its check: put in use here (and trusted, see Ledger.close). With
    its quick_check `pending`, trusted only once that passes (Ledger.verify)."""
    if pending is None:
        ledger._trusted = True
    else:
        ledger._verification = pending
        if ledger._db is not None:
            ledger._db.pragma("query_only", 1, permanent=True)  # backstop: see hold_writes
    in_use.push(ledger)
    return ledger


def can_verify_later(path: str | os.PathLike[str]) -> bool:
    """Whether open_ledger(verify_later=True) may leave the file's quick_check for later: it
    is of the current format (nothing to migrate) and holds no interrupted save."""
    p = Path(path)
    try:
        version = read_header(p).user_version
    except LedgerError:
        return False
    return version == SCHEMA_VERSION and not p.with_name(p.name + "-journal").exists()


def _refuse_incomplete(path: Path, version: int, con: sqlite3.Connection | None = None) -> None:
    """Raise DamagedLedgerError if a table or a column of the file's format is missing."""
    from models.file import parts

    try:
        missing = (
            parts.missing_parts(con, version)
            if con is not None
            else parts.file_missing_parts(path, version)
        )
    except sqlite3.OperationalError as exc:
        if _is_locked(exc):
            raise _busy(path) from None
        raise _damaged(path, [str(exc)]) from None
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, [str(exc)]) from None
    if missing:
        log.info("ledger %s lacks %s", path, missing)
        error = DamagedLedgerError(
            translate(
                "Ledger",
                "The ledger {path} is incomplete: it lacks {parts}. Another program changed it, "
                "or the file was damaged, so the ledger cannot be used. Keep the file as it is "
                "(do not delete it) and restore the newest backup.",
            ).format(path=path, parts=_describe_missing(missing))
        )
        error.details = [parts.describe(missing, limit=len(missing))]  # type: ignore[attr-defined]
        raise error


def _describe_missing(missing: list[tuple[str, str | None]], limit: int = 4) -> str:
    names = [
        translate("Ledger", "the table “{name}”").format(name=table)
        if column is None
        else translate("Ledger", "the column “{name}”").format(name=f"{table}.{column}")
        for table, column in missing[:limit]
    ]
    if len(missing) > limit:
        names.append("…")
    return translate("Ledger", ", ").join(names)


def checked_and_unchanged(path: str | os.PathLike[str]) -> bool:
    """Whether the file is exactly as it was when it last passed its check (models.file.verified):
    opening it reads nothing whole."""
    from models.file import verified

    return verified.is_verified(path)


def _verify(path: Path) -> None:
    """quick_check, unless the file is exactly as it was when it last passed (see
    models.file.verified); remember it when it passes."""
    from models.file import verified

    ident = verified.identity(path)
    if verified.is_verified(path, ident):
        return
    problems = quick_check(path)
    if problems:
        verified.forget(path)
        raise _damaged(path, problems)
    verified.remember(path, ident)


def repaired_copy(path: str | os.PathLike[str]) -> Path:
    """A copy of a ledger refused with ForeignObjectsError, without the foreign objects, next
    to it (models.file.known_schema.repaired_copy); the original is only read."""
    from models.file.known_schema import repaired_copy as make

    return make(Path(path))


def _refuse_foreign(path: Path, version: int, con: sqlite3.Connection | None = None) -> None:
    """Raise ForeignObjectsError if the file holds objects its format does not have."""
    from models.file import known_schema

    if con is not None:
        found = known_schema.foreign_objects(con, version)
    else:
        found = known_schema.file_foreign_objects(path, version)
    if found:
        log.info("ledger %s holds foreign objects: %s", path, found)
        raise ForeignObjectsError(
            translate(
                "Ledger",
                "The ledger {path} contains things Branch Ledger never puts in a ledger "
                "({objects}). Another program added them, and they could change your records "
                "without you knowing, so the ledger was not opened; the file was left as it "
                "is. You can make a repaired copy without them and open that (in the app, or with "
                "`check PATH --repair`).",
            ).format(path=path, objects=known_schema.describe(found)),
            found,
        )


def _damaged(path: Path, problems: list[str]) -> DamagedLedgerError:
    """A plain message for the user; SQLite's own report goes to the log and `.details`."""
    # INFO, not WARNING: the command line prints warnings, and this text is not for users.
    log.info("ledger %s failed its check: %s", path, "; ".join(problems[:5]))
    error = DamagedLedgerError(
        translate(
            "Ledger",
            "The ledger {path} is damaged: parts of it can no longer be read. Keep the file as "
            "it is (do not delete it) and restore the newest backup.",
        ).format(path=path)
    )
    error.details = list(problems)  # type: ignore[attr-defined]
    return error


def _unreadable(path: Path, exc: Exception, interrupted: bool) -> LedgerError:
    log.info("ledger %s cannot be opened: %s", path, exc)
    if interrupted:
        return LedgerError(
            translate(
                "Ledger",
                "The ledger {path} still holds a save that was interrupted (the program or the "
                "computer stopped). Open it normally, not read-only, so that the unfinished save "
                "is undone.",
            ).format(path=path)
        )
    return _damaged(path, [str(exc)])


def _migrate_or_explain(db: SqliteDatabase, path: Path, backup: Path) -> None:
    """Migrate; a failed step was rolled back: say where the file stands and where the copy is."""
    try:
        migrate(db)
    except Exception as exc:
        log.info("migrating %s failed", path, exc_info=True)
        raise LedgerError(
            translate(
                "Ledger",
                "The ledger {path} could not be upgraded to file format {new}. It was left at "
                "format {now}; a copy made before the upgrade is {backup}.",
            ).format(path=path, new=SCHEMA_VERSION, now=user_version(db), backup=backup)
        ) from exc


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy a ledger with SQLite's backup API through a read-only connection: a consistent
    snapshot even while the app has it open (never a plain file copy)."""
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def fsync_file(path: Path) -> None:
    """Make sure a file's bytes are on the disk, not only in the system's cache."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable (Windows cannot open a folder; NTFS logs renames)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy of a ledger (sqlite_copy), synced to disk, then moved into place."""
    tmp = target.with_name(target.name + ".part")
    try:
        sqlite_copy(source, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a full disk leaves no half-written copy behind
        raise


def _create(path: Path) -> None:
    """Write a new, empty ledger atomically (a crash leaves no half-made file behind; a full
    disk leaves no `.creating` file and gives the plain disk-full message)."""
    tmp = path.with_name(path.name + ".creating")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        from peewee import SqliteDatabase

        db = SqliteDatabase(str(tmp), pragmas=PRAGMAS)
        db.connect()
        try:
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(db)
        finally:
            db.close()
        fsync_file(tmp)
        os.replace(tmp, path)
    except Exception as exc:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        disk = disk_error_from(exc, path)
        if disk is not None:
            raise disk from exc
        if isinstance(exc, OSError):
            raise LedgerError(
                translate("Ledger", "The ledger {path} could not be created: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            ) from exc
        raise


def create_ledger(path: str | os.PathLike[str], **kwargs: object) -> Ledger:
    """Make a new ledger at `path` (refusing to overwrite an existing file) and open it."""
    p = Path(path)
    if p.exists():
        raise FileExistsError(str(p))
    return open_ledger(p, create=True, **kwargs)  # type: ignore[arg-type]


# --- migrations ---------------------------------------------------------------------------------


def _to_v1(db: SqliteDatabase) -> None:
    """Format 1: the tables as first released (frozen SQL, never edited afterwards)."""
    from models.rules.defaults import seed_default_rules

    for statement in _read_sql("schema_v1.sql"):
        db.execute_sql(statement)
    seed_default_rules(db)


def _to_v4(db: SqliteDatabase) -> None:
    """Format 4: dated category history (person_category), seeded from each person's category
    and Party dates: a full member with both dates was probationary from joined_on and full from
    full_member_on; otherwise the category holds since before the records begin (NULL)."""
    import uuid

    for statement in _read_sql("schema_v4.sql"):
        db.execute_sql(statement)
    people = db.execute_sql(
        "SELECT id, uuid, category, joined_on, full_member_on, created_at, deleted_at FROM person"
    ).fetchall()
    insert = (
        "INSERT INTO person_category (uuid, created_at, updated_at, rev, deleted_at, person_id,"
        " category, effective_on, note) VALUES (?, ?, ?, 1, ?, ?, ?, ?, '')"
    )
    # The same person always gets the same rows' uuids (a branch's file and its old bundles,
    # upgraded separately, merge as one history).
    namespace = uuid.UUID("5d0c7c1e-7a51-4f0a-9e43-6a1f3b2c9d10")
    for pid, person_uuid, category, joined, full, created, deleted in people:
        joined = str(joined) if joined else None
        full = str(full) if full else None
        history: list[tuple[str, str | None]]
        if category == "full_member" and joined and full and full > joined:
            history = [("probationary", joined), ("full_member", full)]
        elif category == "probationary" and joined:
            history = [("probationary", joined)]
        else:
            history = [(category, None)]
        for cat, since in history:
            row_uuid = str(uuid.uuid5(namespace, f"{person_uuid}:{cat}:{since}"))
            db.execute_sql(insert, (row_uuid, created, created, deleted, pid, cat, since))


def _read_sql(name: str) -> list[str]:
    text = (Path(__file__).parent / "sql" / name).read_text(encoding="utf-8")
    return [s.strip() for s in text.split(";") if s.strip()]


def _to_v2(db: SqliteDatabase) -> None:
    """Format 2: the year's plan, 民主评议 results, 问题整改台账 and 谈心谈话 (new tables only)."""
    for statement in _read_sql("schema_v2.sql"):
        db.execute_sql(statement)


def _to_v3(db: SqliteDatabase) -> None:
    """Format 3: the 党费 ledger (monthly standards, payments, the branch's monthly totals)."""
    for statement in _read_sql("schema_v3.sql"):
        db.execute_sql(statement)


def _to_v5(db: SqliteDatabase) -> None:
    """Format 5: photos as evidence of a completed 整改 item (a new table only)."""
    for statement in _read_sql("schema_v5.sql"):
        db.execute_sql(statement)


def _to_v6(db: SqliteDatabase) -> None:
    """Format 6: the 花名册 fields on the person (民族, 籍贯, 学历, 职称/职务, 身份证号)."""
    for statement in _read_sql("schema_v6.sql"):
        db.execute_sql(statement)


def _to_v7(db: SqliteDatabase) -> None:
    """Format 7: the 发展党员 register (development_stage, a new table only)."""
    for statement in _read_sql("schema_v7.sql"):
        db.execute_sql(statement)


def _to_v8(db: SqliteDatabase) -> None:
    """Format 8: themes (专题) and the themes an activity carries (new tables only; built-in
    themes get their rows when first used, renamed or retired)."""
    for statement in _read_sql("schema_v8.sql"):
        db.execute_sql(statement)


def _to_v9(db: SqliteDatabase) -> None:
    """Format 9: campaign periods (named date ranges: a new table only)."""
    for statement in _read_sql("schema_v9.sql"):
        db.execute_sql(statement)


MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _to_v1,
    2: _to_v2,
    3: _to_v3,
    4: _to_v4,
    5: _to_v5,
    6: _to_v6,
    7: _to_v7,
    8: _to_v8,
    9: _to_v9,
}


def user_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase) -> None:
    """Bring the schema up to SCHEMA_VERSION, one step per transaction (calibre-style loop)."""
    version = user_version(db)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS[version + 1]
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
        version += 1
