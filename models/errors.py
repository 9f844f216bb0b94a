"""Domain errors. Each carries a plain-language message (already translated) for the user."""

from __future__ import annotations

from models.text.i18n import translate


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


def disk_error_from(exc: BaseException) -> DiskFullError | None:
    """Return a DiskFullError if `exc` or anything in its chain is a disk-full / I/O error.

    peewee can mask SQLITE_FULL as "cannot rollback - no transaction is active" when the failed
    write already rolled the transaction back, so the whole chain is walked.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current).lower()
        if "database or disk is full" in text or "disk i/o error" in text:
            return DiskFullError(
                translate(
                    "Ledger",
                    "The disk is full (or could not be written), so nothing was saved. "
                    "Free some space and save again; your entries are still in the form.",
                )
            )
        if getattr(current, "sqlite_errorname", "") in ("SQLITE_FULL", "SQLITE_IOERR"):
            return disk_error_from(Exception("database or disk is full"))
        current = current.__cause__ or current.__context__
    return None
