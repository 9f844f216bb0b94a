"""The register table model: a window onto `list_activities`, sorted and filtered in SQL.

Rows come in pages (`canFetchMore`/`fetchMore`), so a register of 100,000 activities shows its
first screen at once. Sorting re-runs the query with another ORDER BY and filtering with another
WHERE; nothing is sorted or filtered in Python (no QSortFilterProxyModel).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from models.services import ActivityRow, RegisterFilter
from models.vocabulary import kind_label

log = logging.getLogger(__name__)

PAGE_SIZE = 200

COL_DATE, COL_KINDS, COL_TOPIC, COL_LOCATION, COL_HOST, COL_ATTENDANCE, COL_HOURS = range(7)
COL_THEMES = 7  # 专题 (not sortable)
# column -> the sort key list_activities understands
SORT_KEYS = {
    COL_DATE: "date",
    COL_KINDS: "kind",
    COL_TOPIC: "topic",
    COL_LOCATION: "location",
    COL_HOST: "host",
    COL_ATTENDANCE: "present",
    COL_HOURS: "hours",
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ActivityRow
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw value the column sorts by

_Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def headers() -> list[str]:
    return [
        translate("Register", "Date"),
        translate("Register", "Kinds"),
        translate("Register", "Topic"),
        translate("Register", "Location"),
        translate("Register", "Host"),
        translate("Register", "Present / expected"),
        translate("Register", "Hours"),
        translate("Register", "Themes"),
    ]


class RegisterModel(QAbstractTableModel):
    """Activities of one register; `services` is models.services (list/count in SQL).

    With a `worker` (ui.shell.worker.DbWorker) the queries run off the GUI thread — sorting 100,000
    rows by attendance takes about a second — and `loading_changed` tells the page; without
    one (tools, model tests) they run at once."""

    loading_changed = Signal()  # read is_loading() for the state

    def __init__(self, services, parent=None, worker=None) -> None:
        super().__init__(parent)
        self._services = services
        self._worker = worker
        self._filter = RegisterFilter()
        self._sort_key = "date"
        self._descending = True
        self._rows: list[ActivityRow] = []
        self._exhausted = True
        self._loaded = False
        self._fetching = False
        self._generation = 0  # answers to older queries are dropped
        self._pending = 0  # queries running on the worker
        self._headers = headers()

    # -- what the register shows -------------------------------------------------------------
    def filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, f: RegisterFilter) -> None:
        if f != self._filter:
            self._filter = f
            self.reload()

    def sort_key(self) -> tuple[str, bool]:
        return self._sort_key, self._descending

    def is_loading(self) -> bool:
        return self._pending > 0

    def reload(self) -> None:
        """Drop the loaded rows and fetch the first page again."""
        self._generation += 1
        if self._worker is None:
            self._apply_first_page(self._generation, self._page(0))
            return
        self._submit(0, self._apply_first_page)

    def _submit(self, offset: int, apply) -> None:
        generation = self._generation
        self._set_pending(+1)

        def done(rows: list[ActivityRow]) -> None:
            self._set_pending(-1)
            apply(generation, rows)

        def failed(message: str) -> None:
            self._set_pending(-1)
            log.warning("register query failed: %s", message)

        self._worker.submit(
            self._services.list_activities,
            self._filter,
            sort=self._sort_key,
            descending=self._descending,
            limit=PAGE_SIZE,
            offset=offset,
            on_done=done,
            on_error=failed,
        )

    def _set_pending(self, step: int) -> None:
        was = self.is_loading()
        self._pending += step
        if was != self.is_loading():
            self.loading_changed.emit()

    def _apply_first_page(self, generation: int, rows: list[ActivityRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._headers = headers()
        self._rows = list(rows)
        self._exhausted = len(rows) < PAGE_SIZE
        self._loaded = True
        self.endResetModel()

    def _apply_next_page(self, generation: int, rows: list[ActivityRow]) -> None:
        self._fetching = False
        if generation != self._generation:
            return
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _page(self, offset: int) -> list[ActivityRow]:
        return self._services.list_activities(
            self._filter,
            sort=self._sort_key,
            descending=self._descending,
            limit=PAGE_SIZE,
            offset=offset,
        )

    def row_at(self, row: int) -> ActivityRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded_rows(self) -> list[ActivityRow]:
        return list(self._rows)

    def row_of(self, uuid: str) -> int:
        for i, r in enumerate(self._rows):
            if r.uuid == uuid:
                return i
        return -1

    # -- Qt's model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if self._worker is None:
            self._apply_next_page(self._generation, self._page(len(self._rows)))
            return
        self._fetching = True  # one page at a time, however fast the view scrolls
        self._submit(len(self._rows), self._apply_next_page)

    def fetch_all(self) -> None:
        """Every row (without a worker; tools and tests)."""
        while self.canFetchMore():
            self.fetchMore()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TOPIC, COL_KINDS, COL_THEMES):
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ATTENDANCE, COL_HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == UUID_ROLE:
            return row.uuid
        if role == SORT_ROLE:
            return self._sort_value(row, col)
        return None

    @staticmethod
    def _display(row: ActivityRow, col: int) -> str:
        if col == COL_DATE:
            return f"{row.date} {row.start_time}".strip()
        if col == COL_KINDS:
            return "、".join(kind_label(k) for k in row.kinds)
        if col == COL_TOPIC:
            return row.topic
        if col == COL_LOCATION:
            return row.location
        if col == COL_HOST:
            return row.host
        if col == COL_ATTENDANCE:
            return f"{row.present} / {row.expected}" if row.expected else str(row.present or "")
        if col == COL_HOURS:
            from models.services import format_hours

            return format_hours(row.minutes) if row.minutes else ""
        if col == COL_THEMES:
            return "、".join(row.themes)
        return ""

    @staticmethod
    def _sort_value(row: ActivityRow, col: int):
        return {
            COL_DATE: row.date,
            COL_KINDS: row.kinds[0] if row.kinds else "",
            COL_TOPIC: row.topic,
            COL_LOCATION: row.location,
            COL_HOST: row.host,
            COL_ATTENDANCE: row.present,
            COL_HOURS: row.minutes,
        }.get(col)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is another ORDER BY in SQL; the loaded pages are dropped."""
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            return  # QTableView.setSortingEnabled() sorts at once: the first load will do it
        # A reset, not a layout change: the new query may return a different number of rows
        # than were loaded before.
        self.reload()
