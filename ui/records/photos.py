"""The photos tab: thumbnails with captions; add by file dialog or drag-and-drop; remove.

Changes are kept in memory until the record is saved, then written in one transaction
(models.records.photos.apply_changes) — for a new record right after the record itself, in the same
save. Downscaling a phone photo takes about a second, so it runs on a pool thread; the dialog
waits for it (`busy()`) before saving.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.services import MAX_PER_ACTIVITY, AttachmentRow, PreparedImage, Services, prepare_image
from ui.records.editor_form import error_label

translate = QCoreApplication.translate

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp")
THUMB = 128


@dataclass
class _Photo:
    uuid: str | None  # None: not stored yet
    caption: str
    saved_caption: str
    thumbnail: bytes
    sha256: str
    prepared: PreparedImage | None = None


class _Signals(QObject):
    done = Signal(int, object, str)  # ticket, PreparedImage or None, error message


def _prepare(ticket: int, path: str, signals: _Signals) -> None:
    """Downscale one picture on a pool thread; the result comes back by signal."""
    try:
        signals.done.emit(ticket, prepare_image(path), "")
    except LedgerError as exc:
        signals.done.emit(ticket, None, str(exc).split("\n")[-1].split(": ", 1)[-1])
    except Exception as exc:  # never let a worker thread die silently
        signals.done.emit(ticket, None, str(exc))


# A plain Python pool: a QRunnable subclass deleted by Qt's pool confuses PySide's ownership.
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="photos")


class _PhotoList(QListWidget):
    """Thumbnails that accept image files dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _paths(self, event) -> list[str]:  # noqa: ANN001 - a drag or drop event
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class PhotoWidget(QWidget):
    """Edits an activity's photos in memory; `apply(activity_uuid)` stores the changes."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._photos: list[_Photo] = []
        self._removed: list[str] = []
        self._pending: dict[int, str] = {}  # ticket -> file name, while being downscaled
        self._tickets = 0
        self._signals = _Signals()  # parentless: outlives the widget if a job is still running
        self._signals.done.connect(self._on_prepared)
        self._build_ui()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.list.files_dropped.connect(self.add_files)
        self.list.itemChanged.connect(self._on_item_changed)
        self._refresh()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.list = _PhotoList(self)
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 44))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        # setViewMode/setMovement reset drag-and-drop; accept dropped files again afterwards.
        self.list.setAcceptDrops(True)
        self.list.viewport().setAcceptDrops(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        layout.addWidget(self.list, 1)
        self.hint = QLabel(
            translate(
                "PhotoWidget",
                "Drag photos here or press “Add photos…”. Double-click a photo to write its "
                "caption. At most {cap} photos; they are made smaller before they are stored.",
            ).format(cap=MAX_PER_ACTIVITY),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.hint)
        self.message = error_label(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("PhotoWidget", "Add photos…"), self)
        self.remove_button = QPushButton(translate("PhotoWidget", "Remove photo"), self)
        self.status = QLabel(self)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.status)
        layout.addLayout(row)

    # --- state ---------------------------------------------------------------------------------

    def load(self, rows: list[AttachmentRow]) -> None:
        self._photos = [_Photo(r.uuid, r.caption, r.caption, r.thumbnail, r.sha256) for r in rows]
        self._removed = []
        self._refresh()

    def busy(self) -> bool:
        return bool(self._pending)

    def dirty(self) -> bool:
        return (
            bool(self._removed)
            or bool(self._pending)
            or any(p.uuid is None or p.caption != p.saved_caption for p in self._photos)
        )

    def count(self) -> int:
        return len(self._photos) + len(self._pending)

    def captions(self) -> list[str]:
        return [p.caption for p in self._photos]

    def set_caption(self, index: int, caption: str) -> None:
        self.list.item(index).setText(caption)  # the same path as editing it in the list

    def apply(self, activity_uuid: str, who: str = "", reason: str = "") -> None:
        """Store the changes (raises LedgerError; nothing is stored then)."""
        new = [p for p in self._photos if p.uuid is None and p.prepared is not None]
        uuids = self.services.apply_changes(
            activity_uuid,
            add=[(p.prepared, p.caption) for p in new],
            remove=list(self._removed),
            captions={
                p.uuid: p.caption for p in self._photos if p.uuid and p.caption != p.saved_caption
            },
            who=who,
            reason=reason,
        )
        for photo, uuid in zip(new, uuids, strict=True):
            photo.uuid, photo.prepared = uuid, None
        for photo in self._photos:
            photo.saved_caption = photo.caption
        self._removed = []

    def show_errors(self, errors: dict[str, str]) -> None:
        text = "\n".join(errors.values())
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- adding --------------------------------------------------------------------------------

    def add_files(self, paths: list[str]) -> None:
        """Downscale and add pictures (in the background); refuses past the cap."""
        images = [p for p in paths if Path(p).suffix.lower() in IMAGE_SUFFIXES]
        problems = [
            translate("PhotoWidget", "{name} is not a picture.").format(name=Path(p).name)
            for p in paths
            if p not in images
        ]
        room = MAX_PER_ACTIVITY - self.count()
        if len(images) > room:
            problems.append(
                translate(
                    "PhotoWidget", "A record can hold at most {cap} photos; {n} were not added."
                ).format(cap=MAX_PER_ACTIVITY, n=len(images) - max(room, 0))
            )
            images = images[: max(room, 0)]
        self.show_errors({"files": "\n".join(problems)} if problems else {})
        for path in images:
            self._tickets += 1
            self._pending[self._tickets] = Path(path).name
            _POOL.submit(_prepare, self._tickets, path, self._signals)
        self._refresh()

    def _on_prepared(self, ticket: int, image: object, error: str) -> None:
        name = self._pending.pop(ticket, None)
        if name is None:
            return
        if image is None:
            old = self.message.text()
            self.show_errors({"file": "\n".join(t for t in (old, error) if t)})
        elif any(p.sha256 == image.sha256 for p in self._photos):
            self.show_errors(
                {"file": translate("PhotoWidget", "{name} is already here.").format(name=name)}
            )
        else:
            self._photos.append(_Photo(None, "", "", image.thumbnail, image.sha256, image))
        self._refresh()
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("PhotoWidget", "Add photos"),
            "",
            translate(
                "PhotoWidget", "Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)"
            ),
        )
        if paths:
            self.add_files(paths)

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._photos):
            photo = self._photos.pop(row)
            if photo.uuid:
                self._removed.append(photo.uuid)
            self._refresh()
            self.changed.emit()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._photos):
            self._photos[row].caption = item.text().strip()
            self.changed.emit()

    def _refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for photo in self._photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail)
            item = QListWidgetItem(QIcon(pixmap), photo.caption)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(
                translate("PhotoWidget", "Double-click to write the caption.")
                if not photo.caption
                else photo.caption
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(bool(self._photos))
        self.add_button.setEnabled(self.count() < MAX_PER_ACTIVITY)
        self.status.setText(
            translate("PhotoWidget", "Preparing {n} photo(s)…").format(n=len(self._pending))
            if self._pending
            else translate("PhotoWidget", "{n} of {cap} photos").format(
                n=len(self._photos), cap=MAX_PER_ACTIVITY
            )
        )
