"""Domain errors. Each carries a plain-language message (already translated) for the user."""

from __future__ import annotations

import errno
import os

from models.text.i18n import translate

# The system's "no room": no space left, over the user's quota, or a file larger than the disk
# allows (FAT32 USB sticks stop at 4 GiB).
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class LedgerError(Exception):
    """Base class for every error a user may see; `str(error)` is the plain message."""


class NotALedgerError(LedgerError):
    """The file is not a Branch Ledger file (empty, text, zip, another program's database)."""


class NewerVersionError(LedgerError):
    """The ledger was written by a newer version of the app."""

    def __init__(self, message: str, needed: int) -> None:
        super().__init__(message)
        self.needed = needed


class DamagedLedgerError(LedgerError):
    """The file is a ledger but truncated or damaged."""


class ForeignObjectsError(LedgerError):
    """The ledger holds triggers, views, tables or indexes the app never makes (another program
    put them there); `objects` lists them. The file is refused unchanged; a repaired copy
    without them can be made (models.file.known_schema.repaired_copy)."""

    def __init__(self, message: str, objects: list | None = None) -> None:
        super().__init__(message)
        self.objects = list(objects or [])


class LedgerInUseError(LedgerError):
    """Another process has the ledger open for writing."""


class DiskFullError(LedgerError):
    """A write failed because the disk is full (or another I/O error); nothing was saved."""


class ValidationError(LedgerError):
    """Bad input: `errors` maps each bad field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        lines = [f"{field}: {message}" for field, message in self.errors.items()]
        super().__init__(
            translate("Validation", "Please correct these fields:") + "\n" + "\n".join(lines)
        )


class ClosedMonthError(LedgerError):
    """A record in a closed month was changed without giving a reason for the amendment."""


def disk_error_from(
    exc: BaseException, path: str | os.PathLike[str] | None = None, message: str | None = None
) -> DiskFullError | None:
    """Return a DiskFullError if `exc` or anything in its chain is a disk-full / I/O error
    (SQLite's, or the system's "no space left" on a file write).

    peewee can mask SQLITE_FULL as "cannot rollback - no transaction is active" when the failed
    write already rolled the transaction back, so the whole chain is walked. With `path`, the
    message names the file that was not written (an export, a new ledger) instead of the form;
    `message` replaces it altogether.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current).lower()
        if (
            "database or disk is full" in text
            or "disk i/o error" in text
            or getattr(current, "sqlite_errorname", "") in ("SQLITE_FULL", "SQLITE_IOERR")
            or (isinstance(current, OSError) and current.errno in _NO_ROOM)
        ):
            return DiskFullError(message) if message else _disk_full(path)
        current = current.__cause__ or current.__context__
    return None


def _disk_full(path: str | os.PathLike[str] | None) -> DiskFullError:
    if path is not None:
        return DiskFullError(
            translate(
                "Ledger",
                "The disk is full (or could not be written), so {path} was not written. "
                "Free some space and try again; nothing else was changed.",
            ).format(path=path)
        )
    return DiskFullError(
        translate(
            "Ledger",
            "The disk is full (or could not be written), so nothing was saved. "
            "Free some space and save again; your entries are still in the form.",
        )
    )


def garbled_text_error_from(exc: BaseException) -> DamagedLedgerError | None:
    """A DamagedLedgerError if `exc` (or its chain) is text in the file that is no longer UTF-8
    (a flipped bit: SQLite's 'Could not decode to UTF-8 column …', a UnicodeDecodeError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if (
            isinstance(current, UnicodeDecodeError)
            or "could not decode to utf-8" in str(current).lower()
        ):
            return DamagedLedgerError(
                translate(
                    "Ledger",
                    "Some text in the ledger can no longer be read: the file is damaged. Keep "
                    "it as it is (do not delete it) and restore the newest backup.",
                )
            )
        current = current.__cause__ or current.__context__
    return None
