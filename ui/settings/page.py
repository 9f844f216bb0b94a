"""The settings page: branch details, units and party groups, committee seats, the
compliance rules, campaign periods, and the language of the app."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import BRANCH_TYPES, branch_type_label
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.settings.campaigns import CampaignsEditor
from ui.settings.editors import CommitteeEditor, GroupsEditor, UnitsEditor
from ui.settings.rules import RulesEditor
from ui.settings.themes import DefinitionsEditor, ThemesEditor
from ui.shell.context import AppContext
from ui.shell.limits import limit_text
from ui.shell.widgets import DateField

translate = QCoreApplication.translate

LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))  # each named in its own language
SAME_BRANCH, NEW_BRANCH = "same", "new"


class SettingsPage(QWidget):
    """Edits the branch and the app's settings; emits `language_changed(code)`."""

    language_changed = Signal(str)
    branch_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self._branch_uuid: str | None = None
        self.setObjectName("settingsPage")
        self._build_ui()
        self._connect_signals()
        self.refresh()

    # --- layout --------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._build_branch(), translate("SettingsPage", "Branch"))
        self.tabs.addTab(self._build_committee(), translate("SettingsPage", "Committee"))
        self.rules = RulesEditor(self.services, self)
        self.tabs.addTab(self.rules, translate("SettingsPage", "Compliance rules"))
        self.tabs.addTab(self._build_themes(), translate("SettingsPage", "Themes and figures"))
        self.campaigns = CampaignsEditor(self.services, self)
        self.tabs.addTab(self.campaigns, translate("SettingsPage", "Campaigns"))
        self.tabs.addTab(self._build_language(), translate("SettingsPage", "Language"))

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        form.addRow(label, with_error(widget, message))

    def _build_branch(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        self.branch_summary = error_label(page)
        self.errors = FieldErrors(self.branch_summary)
        details = QGroupBox(translate("SettingsPage", "Branch details"), page)
        form = QFormLayout(details)
        self.name = QLineEdit(details)
        limit_text(self.name, "BranchInput", "name")
        self.name.setObjectName("branchName")
        self._row(form, "name", translate("SettingsPage", "Name"), self.name)
        self.branch_type = QComboBox(details)
        self.branch_type.setObjectName("branchType")
        for code in BRANCH_TYPES:
            self.branch_type.addItem(branch_type_label(code), code)
        self._row(form, "branch_type", translate("SettingsPage", "Type"), self.branch_type)
        self.superior = QLineEdit(details)
        limit_text(self.superior, "BranchInput", "superior")
        self.superior.setPlaceholderText(translate("SettingsPage", "e.g. 区教育局党委"))
        self._row(
            form, "superior", translate("SettingsPage", "Superior organisation"), self.superior
        )
        self.guidance_officer = QLineEdit(details)
        limit_text(self.guidance_officer, "BranchInput", "guidance_officer")
        self._row(
            form,
            "guidance_officer",
            translate("SettingsPage", "Guidance officer"),
            self.guidance_officer,
        )
        self.founded_on = DateField(details)
        self.founded_on.setObjectName("foundedOn")
        self.elected_on = DateField(details)
        self.elected_on.setObjectName("electedOn")
        self._row(form, "founded_on", translate("SettingsPage", "Founded on"), self.founded_on)
        self._row(form, "elected_on", translate("SettingsPage", "Last election"), self.elected_on)
        self.term_note = QLabel(details)
        self.term_note.setStyleSheet("color: palette(mid);")
        form.addRow("", self.term_note)
        self.theme_day_rule = QLineEdit(details)
        limit_text(self.theme_day_rule, "BranchInput", "theme_day_rule")
        self.theme_day_rule.setPlaceholderText(
            translate("SettingsPage", "e.g. the first Friday of every month")
        )
        self._row(
            form,
            "theme_day_rule",
            translate("SettingsPage", "Theme party day"),
            self.theme_day_rule,
        )
        outer.addWidget(details)
        self.units_box = QGroupBox(translate("SettingsPage", "Covered units (at most 5)"), page)
        units_layout = QVBoxLayout(self.units_box)
        self.units = UnitsEditor(self.units_box)
        units_layout.addWidget(self.units)
        outer.addWidget(self.units_box)
        groups_box = QGroupBox(translate("SettingsPage", "Party groups"), page)
        groups_layout = QVBoxLayout(groups_box)
        self.groups = GroupsEditor(groups_box)
        groups_layout.addWidget(self.groups)
        outer.addWidget(groups_box)
        self.errors.add_prefix("units", self.units)
        self.errors.add("groups", self.groups.list, self.groups.message)
        self.errors.watch(self._current_problems)
        outer.addWidget(self.branch_summary)
        row = QHBoxLayout()
        self.branch_status = QLabel(page)
        self.save_branch_button = QPushButton(
            translate("SettingsPage", "Save branch details"), page
        )
        self.save_branch_button.setObjectName("saveBranch")
        row.addWidget(self.branch_status, 1)
        row.addWidget(self.save_branch_button)
        outer.addLayout(row)
        outer.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _build_committee(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(
            translate(
                "SettingsPage",
                "Who holds which seat on the branch committee. Committee meetings are checked "
                "only while the branch has a committee.",
            ),
            page,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.committee = CommitteeEditor(page)
        layout.addWidget(self.committee, 1)
        row = QHBoxLayout()
        self.committee_status = QLabel(page)
        self.save_committee_button = QPushButton(translate("SettingsPage", "Save committee"), page)
        self.save_committee_button.setObjectName("saveCommittee")
        row.addWidget(self.committee_status, 1)
        row.addWidget(self.save_committee_button)
        layout.addLayout(row)
        return page

    def _build_themes(self) -> QWidget:
        """Themes (专题) and the bureau sentence's figure definitions (口径)."""
        page = QWidget(self)
        layout = QHBoxLayout(page)
        themes_box = QGroupBox(translate("SettingsPage", "Themes"), page)
        QVBoxLayout(themes_box).addWidget(themes := ThemesEditor(self.services, themes_box))
        figures_box = QGroupBox(
            translate("SettingsPage", "Figures of the bureau's sentence (口径)"), page
        )
        QVBoxLayout(figures_box).addWidget(
            definitions := DefinitionsEditor(self.services, figures_box)
        )
        layout.addWidget(themes_box, 2)
        layout.addWidget(figures_box, 3)
        self.themes, self.definitions = themes, definitions
        return page

    def _build_language(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        form.addRow(translate("SettingsPage", "Language of the app"), self.language)
        note = QLabel(
            translate("SettingsPage", "Reports and messages switch to the chosen language too."),
            page,
        )
        note.setStyleSheet("color: palette(mid);")
        form.addRow("", note)
        return page

    def _connect_signals(self) -> None:
        self.save_branch_button.clicked.connect(self._on_save_branch_clicked)
        self.save_committee_button.clicked.connect(self._on_save_committee_clicked)
        self.language.activated.connect(self._on_language_activated)
        self.branch_type.currentIndexChanged.connect(self._on_branch_type_changed)
        self.elected_on.date_changed.connect(lambda _day: self._refresh_term_note())

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        branch = self.services.current_branch()
        self._branch_uuid = branch.uuid if branch else None
        self.name.setText(branch.name if branch else "")
        self.branch_type.setCurrentIndex(
            max(self.branch_type.findData(branch.branch_type if branch else "single"), 0)
        )
        self.superior.setText(branch.superior if branch else "")
        self.guidance_officer.setText(branch.guidance_officer if branch else "")
        self.founded_on.setText((branch.founded_on or "") if branch else "")
        self.elected_on.setText((branch.elected_on or "") if branch else "")
        self.theme_day_rule.setText(branch.theme_day_rule if branch else "")
        self.units.set_units(branch.units if branch else [])
        self.groups.set_groups(list(branch.groups) if branch else [])
        self.errors.clear()
        self._on_branch_type_changed()
        self._refresh_term_note()
        today = dt.date.today().isoformat()
        self.committee.set_people([(p.uuid, p.name) for p in self.services.roster_on(today)])
        self.committee.set_seats(self.services.committee(today) if branch else [])
        self.save_committee_button.setEnabled(branch is not None)
        self.rules.refresh()
        self.themes.refresh()
        self.definitions.refresh()
        self.campaigns.refresh()
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.language), 0))

    def _refresh_term_note(self) -> None:
        elected = self.elected_on.iso()
        try:
            day = dt.date.fromisoformat(elected) if elected else None
        except ValueError:
            day = None
        if day is None:
            self.term_note.clear()
            return
        # The term is three years: name the date the next election is due.
        due = (
            day.replace(year=day.year + 3)
            if not (day.month == 2 and day.day == 29)
            else (dt.date(day.year + 3, 2, 28))
        )
        self.term_note.setText(
            translate("SettingsPage", "The next election is due by {date}.").format(
                date=due.isoformat()
            )
        )

    # --- saving --------------------------------------------------------------------------------

    def _current_problems(self) -> dict[str, str]:
        return self.services.validate_branch(self.collect_branch())

    def collect_branch(self) -> object:
        return self.services.BranchInput(
            name=self.name.text().strip(),
            branch_type=self.branch_type.currentData(),
            superior=self.superior.text().strip(),
            guidance_officer=self.guidance_officer.text().strip(),
            founded_on=self.founded_on.iso(),
            elected_on=self.elected_on.iso(),
            theme_day_rule=self.theme_day_rule.text().strip(),
            units=self.units.units(),
            groups=self.groups.groups(),
            uuid=self._branch_uuid,
        )

    def ask_rename(self, old: str, new: str) -> str | None:
        """A new name: the same branch renamed, or a new branch started from a copy of this
        ledger (every record then gets a new identity)? SAME_BRANCH, NEW_BRANCH or None."""
        box = QMessageBox(self)
        box.setObjectName("renameQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SettingsPage", "Rename the branch"))
        box.setText(
            translate(
                "SettingsPage", "Is {new} the same branch as {old}, under a new name?"
            ).format(old=old, new=new)
        )
        box.setInformativeText(
            translate(
                "SettingsPage",
                "If this ledger was copied from another branch to start a new one, choose “A "
                "new branch”: every record gets a new identity, so that the bureau never takes "
                "this ledger's records for {old}'s. If {old} itself has a new name, choose “The "
                "same branch”.",
            ).format(old=old)
        )
        same = box.addButton(
            translate("SettingsPage", "The same branch"), QMessageBox.ButtonRole.AcceptRole
        )
        new_branch = box.addButton(
            translate("SettingsPage", "A new branch"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(translate("SettingsPage", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(same)
        box.exec()
        clicked = box.clickedButton()
        return SAME_BRANCH if clicked is same else NEW_BRANCH if clicked is new_branch else None

    def save_branch(self) -> bool:
        data = self.collect_branch()
        current = self.services.current_branch() if self._branch_uuid else None
        answer = SAME_BRANCH
        if current is not None and data.name and data.name != current.name:
            answer = self.ask_rename(current.name, data.name)
            if answer is None:
                return False
        try:
            uuid = self.services.save_branch(data)
            if answer == NEW_BRANCH:
                uuid = self.services.start_new_branch()
        except ValidationError as exc:
            self.errors.show(
                exc.errors,
                translate("SettingsPage", "Not saved. Please correct the marked fields."),
            )
            self.branch_status.clear()
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.refresh()
        self.branch_status.setText(translate("SettingsPage", "Saved."))
        self.branch_saved.emit(uuid)
        return True

    def save_committee(self) -> bool:
        seats = self.committee.seats()
        if any(person is None for person, _, _ in seats):
            self.committee.show_message(
                translate("SettingsPage", "Choose a person for every seat, or remove the seat.")
            )
            return False
        try:
            self.services.set_committee(seats)
        except LedgerError as exc:
            self.committee.show_message(str(exc))
            return False
        self.committee.show_message("")
        self.committee_status.setText(translate("SettingsPage", "Saved."))
        return True

    # --- reactions -----------------------------------------------------------------------------

    def _on_save_branch_clicked(self) -> None:
        self.save_branch()

    def _on_save_committee_clicked(self) -> None:
        self.save_committee()

    def _on_branch_type_changed(self, *_args: object) -> None:
        self.units_box.setVisible(self.branch_type.currentData() == "joint")

    def _on_language_activated(self, index: int) -> None:
        code = self.language.itemData(index)
        if code != self.ctx.language:
            self.language_changed.emit(code)
