"""The document preview: Qt's PDF viewer with Save as…, Print… and Open folder.

Imported only when the first document is shown (QtPdf loads the PDF engine, which start-up does
not need). An Excel workbook cannot be previewed; the same widget then says it is ready and offers
Save as… and Open folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTemporaryDir,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPageSize,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import disk_error_from
from ui.reports.jobs import SIGNIN, WORKBOOK, ReportResult
from ui.reports.texts import document_title
from ui.shell.widgets import SPACING, EmptyState

translate = QCoreApplication.translate

PRINT_DPI = 300  # enough for text on paper; a 1200-dpi page image would take half a gigabyte

_last_folder: str = ""  # where the user saved last, for the next Save as…


def default_file_name(result: ReportResult) -> str:
    """月度工作小结-2026-10.pdf, 个人参与情况证明-王伟-2026.pdf, 签到表-2026-10-12-….pdf …"""
    doc = result.request.document
    if doc == WORKBOOK:
        parts = [translate("ReportsPage", "Ledger export"), result.request.period]
    else:
        parts = [document_title(doc)]
        if result.subject:
            parts.append(result.subject)
        if doc != SIGNIN:
            parts.append(result.request.period)
    stem = "-".join(p for p in parts if p)
    # Characters Windows refuses in file names become a dash; runs of spaces one space.
    stem = re.sub(r'[\\/:*?"<>|]+', "-", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" -.")[:80]
    return f"{stem}.{result.suffix}"


def default_folder() -> str:
    if _last_folder and os.path.isdir(_last_folder):
        return _last_folder
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and os.path.isdir(docs) else QDir.homePath()


class ReportPreview(QWidget):
    """Shows one ReportResult; `saved(path)` and `printed()` tell the page what happened."""

    saved = Signal(str)
    printed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ReportResult | None = None
        self.saved_path: str = ""
        self._temp = QTemporaryDir()  # the previewed file lives here until the page goes away
        self._count = 0
        self.document = QPdfDocument(self)
        self._build_ui()
        self._connect_signals()
        self.retranslate()
        self._update_actions()

    # -- layout --------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        style = self.style()
        sp = QStyle.StandardPixmap
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.pages_label = QLabel(self)
        self.pages_label.setStyleSheet("color: palette(mid);")
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.fit_button = QToolButton(self)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)

        def icon(theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
            return QIcon.fromTheme(theme, style.standardIcon(fallback))

        self.save_button = QPushButton(icon("document-save-as", sp.SP_DialogSaveButton), "", self)
        self.print_button = QPushButton(
            icon("document-print", sp.SP_FileDialogDetailedView), "", self
        )
        self.folder_button = QPushButton(icon("folder-open", sp.SP_DirOpenIcon), "", self)
        bar.addWidget(self.title_label)
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addSpacing(SPACING)
        for w in (self.save_button, self.print_button, self.folder_button):
            bar.addWidget(w)
        layout.addLayout(bar)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        self.stack = QStackedWidget(self)
        self.view = QPdfView(self)
        self.view.setObjectName("reportView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(self.view.documentMargins())
        self.workbook_note = EmptyState("", self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.workbook_note)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.zoom_in_button.clicked.connect(lambda: self._zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self._zoom_by(0.8))
        self.fit_button.toggled.connect(self._on_fit_button_toggled)
        # Shortcuts work only while the preview is visible (a hidden page's buttons are inert).
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.folder_button.clicked.connect(self.open_folder)

    def retranslate(self) -> None:
        self.zoom_out_button.setToolTip(translate("ReportsPage", "Zoom out"))
        self.zoom_in_button.setToolTip(translate("ReportsPage", "Zoom in"))
        self.fit_button.setText(translate("ReportsPage", "Fit width"))
        self.fit_button.setToolTip(translate("ReportsPage", "Fit the page to the window's width"))
        self.save_button.setText(translate("ReportsPage", "Save as…"))
        self.print_button.setText(translate("ReportsPage", "Print…"))
        self.folder_button.setText(translate("ReportsPage", "Open folder"))
        self.folder_button.setToolTip(
            translate("ReportsPage", "Show the folder where the document was saved")
        )
        self.workbook_note.setText(
            translate(
                "ReportsPage",
                "The Excel workbook is ready ({sheets} sheets). Save it, then open it in Excel "
                "or WPS.",
            ).format(sheets=self.result.pages if self.result else 0)
        )
        if self.result is not None:
            self.title_label.setText(document_title(self.result.request.document))
            self._update_pages_label()

    # -- showing a document --------------------------------------------------------------------
    def show_result(self, result: ReportResult) -> None:
        """Preview `result` (a PDF in the viewer; a workbook as a note)."""
        self.result = result
        self.saved_path = ""
        self.message_label.hide()
        self.document.close()
        for old in Path(self._temp.path()).glob("preview-*.pdf"):
            try:
                old.unlink()  # a long session of previews should not fill the temp folder
            except OSError:
                pass  # still held open (Windows); the temporary folder goes with the page
        if result.is_pdf:
            # A new file name each time: the engine may keep the previous file open.
            self._count += 1
            path = Path(self._temp.path()) / f"preview-{self._count}.pdf"
            path.write_bytes(result.data)
            error = self.document.load(str(path))
            if error != QPdfDocument.Error.None_:
                self.show_message(
                    translate("ReportsPage", "The document was made but cannot be shown here."),
                    error=True,
                )
            self.stack.setCurrentWidget(self.view)
            if result.warnings:
                self.show_message("\n".join(result.warnings), error=True)
        else:
            self.stack.setCurrentWidget(self.workbook_note)
        self.retranslate()
        self._update_actions()

    def page_count(self) -> int:
        return self.document.pageCount() if self.result and self.result.is_pdf else 0

    def _update_pages_label(self) -> None:
        if self.result is None:
            self.pages_label.clear()
        elif self.result.is_pdf:
            self.pages_label.setText(
                translate("ReportsPage", "{count} pages").format(count=self.page_count())
            )
        else:
            self.pages_label.setText(
                translate("ReportsPage", "{count} sheets").format(count=self.result.pages)
            )

    def _update_actions(self) -> None:
        has = self.result is not None
        pdf = has and self.result.is_pdf
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(bool(pdf) and self.page_count() > 0)
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            w.setEnabled(bool(pdf))
        self.folder_button.setEnabled(bool(self.saved_path))

    def show_message(self, text: str, error: bool = False) -> None:
        """A line above the preview: what happened, or what went wrong, in plain words."""
        colour = "#b3261e" if error else "palette(text)"
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)
        self.message_label.show()

    # -- zoom ----------------------------------------------------------------------------------
    def _zoom_by(self, factor: float) -> None:
        zoom = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Start from what fit-width shows, so the first step is a small one.
            page = self.document.pagePointSize(0)
            if page.width() > 0:
                zoom = self.view.viewport().width() / (page.width() * self.logicalDpiX() / 72)
        self.fit_button.setChecked(False)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, zoom * factor)))

    def _on_fit_button_toggled(self, checked: bool) -> None:
        if checked:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- save ----------------------------------------------------------------------------------
    def save_as(self) -> bool:
        """Ask where to save (QFileDialog), then save there."""
        if self.result is None:
            return False
        name = default_file_name(self.result)
        if self.result.is_pdf:
            pattern = translate("ReportsPage", "PDF documents (*.pdf)")
        else:
            pattern = translate("ReportsPage", "Excel workbooks (*.xlsx)")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReportsPage", "Save the document"),
            os.path.join(default_folder(), name),
            pattern,
        )
        if not path:
            return False
        return self.save_to(path)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the document to `path`; on failure say why in plain words and return False."""
        global _last_folder
        if self.result is None:
            return False
        target = Path(path)
        if target.suffix.lower() != f".{self.result.suffix}":
            target = target.with_name(f"{target.name}.{self.result.suffix}")
        partial = target.with_name(target.name + ".part")
        try:
            # Written beside the target then renamed, so a full disk never leaves half a PDF
            # under the name the secretary will look for.
            partial.write_bytes(self.result.data)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True) if partial.parent.is_dir() else None
            disk = disk_error_from(exc, target)  # a full disk: the plain message
            self.show_message(
                str(disk)
                if disk is not None
                else translate(
                    "ReportsPage", "The document could not be saved to {path}: {reason}"
                ).format(path=target, reason=exc.strerror or exc),
                error=True,
            )
            return False
        self.saved_path = str(target)
        _last_folder = str(target.parent)
        self.show_message(translate("ReportsPage", "Saved to {path}.").format(path=target))
        self._update_actions()
        self.saved.emit(str(target))
        return True

    def open_folder(self) -> bool:
        """Show the folder of the saved file in the system's file manager."""
        if not self.saved_path:
            return False
        folder = str(Path(self.saved_path).parent)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            self.show_message(
                translate("ReportsPage", "The folder {path} could not be opened.").format(
                    path=folder
                ),
                error=True,
            )
            return False
        return True

    # -- print ---------------------------------------------------------------------------------
    def print_document(self) -> bool:
        """The print dialog, then the pages to the chosen printer."""
        if self.page_count() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(default_file_name(self.result))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        dialog.setWindowTitle(translate("ReportsPage", "Print the document"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render each page (or the chosen range) of the previewed PDF onto `printer`."""
        count = self.page_count()
        if count == 0:
            return False
        first = max(1, printer.fromPage() or 1) - 1
        last = min(count, printer.toPage() or count) - 1
        # The PDF has its own margins: draw each page onto the whole sheet at its real size.
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            self.show_message(
                translate(
                    "ReportsPage",
                    "The printer could not be started. Check that it is "
                    "switched on and connected, then try again.",
                ),
                error=True,
            )
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            sheet = QRectF(painter.viewport())
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, size)
                scale = min(sheet.width() / size.width(), sheet.height() / size.height())
                target = QRectF(QPointF(0, 0), size.toSizeF() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()
            QGuiApplication.restoreOverrideCursor()
        self.show_message(
            translate("ReportsPage", "Sent {count} pages to {printer}.").format(
                count=last - first + 1, printer=printer.printerName() or printer.outputFileName()
            )
        )
        self.printed.emit()
        return True
