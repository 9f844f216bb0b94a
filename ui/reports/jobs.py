"""Building documents off the GUI thread: the request, the result, and the runner that queues
the work on the serial database worker.

`build_report` runs in the worker thread. It reads through the models' database proxy, which
gives that thread its own SQLite connection to the same file (peewee keeps one per thread), and
it imports exports.* only when called: reportlab and openpyxl are never loaded at start-up.
The document is built in memory and handed back as bytes; the GUI thread previews and saves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from ui.shell.worker import run_now

MONTHLY, ANNUAL, PERSON, SIGNIN, WORKBOOK = "monthly", "annual", "person", "signin", "workbook"
DOCUMENTS = (MONTHLY, ANNUAL, PERSON, SIGNIN, WORKBOOK)


@dataclass(frozen=True)
class ReportRequest:
    """What to build: a document code and what it needs (a period, a person, an activity)."""

    document: str
    period: str = ""  # 'YYYY-MM', 'YYYY-Qn' or 'YYYY'
    person_uuid: str | None = None
    activity_uuid: str | None = None
    minutes: bool = False
    photos: bool = False


@dataclass(frozen=True)
class ReportResult:
    """A finished document in memory."""

    request: ReportRequest
    data: bytes
    suffix: str  # "pdf" or "xlsx"
    pages: int  # PDF pages; sheets for a workbook
    subject: str = ""  # the person's name, or the activity's date and topic (for file names)
    empty: bool = False  # nothing recorded in the period
    warnings: tuple[str, ...] = ()  # characters no font could print, with the text they are in

    @property
    def is_pdf(self) -> bool:
        return self.suffix == "pdf"


def build_report(request: ReportRequest) -> ReportResult:
    """Gather the data and write the document; raises LedgerError with a plain message."""
    result = _build_report(request)
    if result.is_pdf:
        from dataclasses import replace

        from exports.pdf.page import unprintable

        result = replace(result, warnings=tuple(unprintable()))
    return result


def _build_report(request: ReportRequest) -> ReportResult:
    from io import BytesIO

    from exports import report_data

    out = BytesIO()
    doc = request.document
    if doc == MONTHLY:
        from exports.pdf.monthly import build_monthly

        data = report_data.gather_monthly(
            request.period, minutes=request.minutes, photos=request.photos
        )
        pages = build_monthly(data, out)
        return ReportResult(request, out.getvalue(), "pdf", pages, empty=not data.activities)
    if doc == ANNUAL:
        from exports.pdf.annual import build_annual

        data = report_data.gather_annual(request.period)
        pages = build_annual(data, out)
        return ReportResult(request, out.getvalue(), "pdf", pages, empty=not data.total.activities)
    if doc == PERSON:
        from exports.pdf.person import build_person

        data = report_data.gather_person(request.person_uuid or "", request.period)
        pages = build_person(data, out)
        return ReportResult(
            request, out.getvalue(), "pdf", pages, data.person_name, empty=not data.lines
        )
    if doc == SIGNIN:
        from exports.pdf.signin import build_signin

        data = report_data.gather_signin(request.activity_uuid or "")
        pages = build_signin(data, out)
        subject = f"{data.activity.date} {data.activity.topic}".strip()
        return ReportResult(request, out.getvalue(), "pdf", pages, subject)
    if doc == WORKBOOK:
        from exports.xlsx.registers import write_workbook
        from models.file.scratch import scratch_folder

        data = report_data.gather_workbook(request.period)
        # openpyxl writes to a path; a private temporary folder keeps the half-written file
        # away from the user's own folders.
        with scratch_folder("report") as folder:
            path = folder / "export.xlsx"
            write_workbook(data, path)
            blob = path.read_bytes()
        sheets = _sheet_count(blob)
        return ReportResult(request, blob, "xlsx", sheets, empty=not data.activities)
    raise ValueError(f"unknown document {doc!r}")


def _sheet_count(blob: bytes) -> int:
    """Worksheets in an .xlsx, read from its zip directory (no need to load openpyxl again)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return sum(1 for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml"))


# --- choices for the pickers (also run on the worker) ------------------------------------------


def people_choices(services: Any, on: str) -> list[tuple[str, str]]:
    """(uuid, display) of everyone in the ledger as of `on`, sorted by name."""
    result = []
    for p in services.list_people(on):
        where = p.party_group or p.unit
        result.append((p.uuid, f"{p.name}（{where}）" if where else p.name))
    return result


def activity_choices(services: Any, first_day: str, last_day: str) -> list[tuple[str, str]]:
    """(uuid, display) of the live activities between two dates, in date order."""
    from models.vocabulary import kind_label

    rows = services.list_activities(
        services.RegisterFilter(date_from=first_day, date_to=last_day), sort="date"
    )
    rows = sorted(rows, key=lambda r: (r.date, r.start_time))
    result = []
    for r in rows:
        kinds = "、".join(kind_label(k) for k in r.kinds)
        result.append((r.uuid, f"{r.date}  {kinds}  {r.topic}".strip()))
    return result


class ReportRunner(QObject):
    """Queues builds on the context's worker; emits the result or a plain error message.

    Only the newest request counts: if the user presses Generate again before the first finishes,
    the older result is dropped when it arrives.
    """

    started = Signal()
    finished = Signal(object)  # ReportResult
    failed = Signal(str)

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._seq = 0
        self._pending = 0

    def is_busy(self) -> bool:
        return self._pending > 0

    def run(self, request: ReportRequest) -> None:
        self._seq += 1
        seq = self._seq
        self._pending += 1
        self.started.emit()
        run_now(
            self.ctx.worker,
            build_report,
            request,
            on_done=lambda result: self._on_done(seq, result),
            on_error=lambda message: self._on_error(seq, message),
        )

    def _on_done(self, seq: int, result: ReportResult) -> None:
        if not shiboken6.isValid(self):  # the page went away while the job ran
            return
        self._pending -= 1
        if seq == self._seq:
            self.finished.emit(result)

    def _on_error(self, seq: int, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending -= 1
        if seq == self._seq:
            self.failed.emit(message)
