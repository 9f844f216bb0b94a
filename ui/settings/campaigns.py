"""Campaign periods (专项活动, e.g. 第二批主题教育 2019-09-01 to 2020-01-31) on the settings page: a
list of the ledger's campaigns and a small form to add, change or delete one. Saved at once
through the campaign services (models.records.campaigns: one transaction, logged); a campaign is
then a period like a month or a year (`--campaign NAME`, the bureau's district report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.services import CampaignRow, Services
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.shell.widgets import DateField

translate = QCoreApplication.translate

NAME, START, END, OWNER = range(4)


class CampaignsEditor(QWidget):
    """Lists the ledger's campaigns; the form below adds one or changes the selected one.
    Emits `campaigns_changed()` after each saved change."""

    campaigns_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._rows: list[CampaignRow] = []
        self._uuid: str | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "SettingsPage",
                "A campaign (such as a 主题教育) is a named period of its own, from one day to "
                "another. Reports and the bureau's district summary can be made for it, as for "
                "a month or a year. Campaigns travel to the bureau in the bundle.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("campaignsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("SettingsPage", "Campaign"),
                translate("SettingsPage", "From"),
                translate("SettingsPage", "To"),
                translate("SettingsPage", "Defined by"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)

        box = QGroupBox(translate("SettingsPage", "Campaign"), self)
        form = QFormLayout(box)
        self.summary = error_label(box)
        self.errors = FieldErrors(self.summary)
        self.name = QLineEdit(box)
        self.name.setObjectName("campaignName")
        self.name.setPlaceholderText(translate("SettingsPage", "e.g. 第二批主题教育"))
        self._row(form, "name", translate("SettingsPage", "Name"), self.name)
        self.start = DateField(box, optional=False)
        self.start.setObjectName("campaignStart")
        self._row(form, "start_on", translate("SettingsPage", "From"), self.start)
        self.end = DateField(box, optional=False)
        self.end.setObjectName("campaignEnd")
        self._row(form, "end_on", translate("SettingsPage", "To"), self.end)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("SettingsPage", "Save campaign"), box)
        self.save_button.setObjectName("saveCampaign")
        self.new_button = QPushButton(translate("SettingsPage", "New campaign"), box)
        self.delete_button = QPushButton(translate("SettingsPage", "Delete campaign"), box)
        for button in (self.save_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(box)
        buttons.addWidget(self.status)
        form.addRow(self.summary)
        form.addRow(buttons)
        layout.addWidget(box)

        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.delete_button.setEnabled(False)

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        form.addRow(label, with_error(widget, message))

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._rows = self.services.list_campaigns()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            owner = row.branch or translate("SettingsPage", "the bureau (whole district)")
            for c, text in enumerate((row.name, row.start_on, row.end_on, owner)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        self._select(self._uuid)

    def _select(self, uuid: str | None) -> None:
        found = next((r for r, row in enumerate(self._rows) if row.uuid == uuid), None)
        if found is None:
            self.table.clearSelection()
            self._show(None)
        else:
            self.table.selectRow(found)

    def _show(self, row: CampaignRow | None) -> None:
        self._uuid = row.uuid if row else None
        self.name.setText(row.name if row else "")
        self.start.set_date(row.start_on if row else None)
        self.end.set_date(row.end_on if row else None)
        self.delete_button.setEnabled(row is not None)
        self.errors.clear()

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the form (a new campaign, or the selected one); problems at their fields."""
        try:
            self._uuid = self.services.save_campaign(
                self.name.text(), self.start.iso() or "", self.end.iso() or "", uuid=self._uuid
            )
        except ValidationError as exc:
            self.errors.show(
                exc.errors,
                translate("SettingsPage", "Not saved. Please correct the marked fields."),
            )
            self.status.clear()
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.refresh()
        self.status.setText(translate("SettingsPage", "Saved."))
        self.campaigns_changed.emit()
        return True

    def delete(self) -> bool:
        if self._uuid is None:
            return False
        try:
            self.services.delete_campaign(self._uuid)
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self._uuid = None
        self.refresh()
        self.status.setText(translate("SettingsPage", "Deleted."))
        self.campaigns_changed.emit()
        return True

    # --- reactions -----------------------------------------------------------------------------

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show(self._rows[rows[0].row()] if rows else None)
        self.status.clear()

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_new_clicked(self) -> None:
        self.table.clearSelection()
        self._show(None)
        self.status.clear()
        self.name.setFocus()

    def _on_delete_clicked(self) -> None:
        if self._uuid is None:
            return
        answer = QMessageBox.question(
            self,
            translate("SettingsPage", "Delete campaign"),
            translate(
                "SettingsPage",
                "Delete the campaign {name}? Its activities stay; only the named period goes.",
            ).format(name=self.name.text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()
