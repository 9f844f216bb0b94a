"""First start: a new, empty ledger asks for the branch (name, type, covered units, secretary,
party groups) — or offers a demo ledger to look around first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError, ValidationError
from models.vocabulary import BRANCH_TYPES, branch_type_label
from ui.records.editor_form import FieldErrors, error_label, with_error
from ui.settings.editors import GroupsEditor, UnitsEditor
from ui.shell.context import AppContext
from ui.shell.limits import limit_text
from ui.shell.widgets import DateField, fit_to_screen

translate = QCoreApplication.translate


class SetupDialog(QDialog):
    """Writes the branch through the services; `wants_demo` is True when the user asked for
    the demo ledger instead. Emits `branch_created(uuid)` after saving."""

    branch_created = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.wants_demo = False
        self._since_touched = False
        self.setObjectName("setupDialog")
        self._build_ui()
        self._connect_signals()
        self._on_branch_type_changed()

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        message = error_label(self)
        self.errors.add(key, widget, message)
        form.addRow(label, with_error(widget, message))

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("SetupDialog", "Welcome to Branch Ledger"))
        fit_to_screen(self, 620, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "SetupDialog",
                "This ledger is new. Tell it about your branch — everything can be changed later "
                "in Settings. People can be added one by one or imported from Excel afterwards.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # The form scrolls on a small screen (a joint branch lists up to five units).
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        form = QFormLayout(body)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.summary = error_label(self)
        self.errors = FieldErrors(self.summary)
        self.name = QLineEdit(self)
        limit_text(self.name, "BranchInput", "name")
        self.name.setObjectName("branchName")
        self.name.setPlaceholderText(translate("SetupDialog", "e.g. 第一实验小学党支部"))
        self._row(form, "name", translate("SetupDialog", "Branch name"), self.name)
        self.branch_type = QComboBox(self)
        self.branch_type.setObjectName("branchType")
        for code in BRANCH_TYPES:
            self.branch_type.addItem(branch_type_label(code), code)
        self._row(form, "branch_type", translate("SetupDialog", "Type"), self.branch_type)
        self.units_label = QLabel(translate("SetupDialog", "Covered units"), self)
        self.units = UnitsEditor(self)
        form.addRow(self.units_label, self.units)
        self.errors.add_prefix("units", self.units)
        self.secretary = QLineEdit(self)
        limit_text(self.secretary, "PersonInput", "name")
        self.secretary.setObjectName("secretary")
        self.secretary.setPlaceholderText(
            translate("SetupDialog", "Name of the branch secretary (put on the roster)")
        )
        self._row(form, "secretary", translate("SetupDialog", "Secretary"), self.secretary)
        self.secretary_joined = DateField(self)
        self.secretary_joined.setObjectName("secretaryJoined")
        self._row(
            form,
            "joined_on",
            translate("SetupDialog", "Secretary joined the Party on"),
            self.secretary_joined,
        )
        self.secretary_since = DateField(self)
        self.secretary_since.setObjectName("secretarySince")
        self.secretary_since.set_date(self.services.default_roster_start())
        self.secretary_since.edit.setToolTip(
            translate(
                "SetupDialog",
                "Since when the secretary has been a member of this branch: meetings from "
                "this date on can name them as host, recorder or attendee. Set to the date "
                "of joining the Party when that is given.",
            )
        )
        self._row(
            form,
            "on_roster_since",
            translate("SetupDialog", "Member of this branch since"),
            self.secretary_since,
        )
        self.groups = GroupsEditor(self)
        form.addRow(translate("SetupDialog", "Party groups"), self.groups)
        self.errors.add("groups", self.groups.list, self.groups.message)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.demo_button = QPushButton(
            translate("SetupDialog", "Open a demo ledger to look around"), self
        )
        self.demo_button.setObjectName("openDemo")
        self.start_button = QPushButton(translate("SetupDialog", "Start"), self)
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.errors.watch(self._current_problems)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self.branch_type.currentIndexChanged.connect(self._on_branch_type_changed)
        self.secretary_since.date_changed.connect(self._on_since_date_changed)
        self.secretary_joined.date_changed.connect(self._on_joined_date_changed)

    def _current_problems(self) -> dict[str, str]:
        return self.services.validate_branch(self.collect())

    def collect(self) -> object:
        joint = self.branch_type.currentData() == "joint"
        return self.services.BranchInput(
            name=self.name.text().strip(),
            branch_type=self.branch_type.currentData(),
            units=self.units.units() if joint else [],
            groups=self.groups.groups(),
        )

    def save(self) -> bool:
        try:
            uuid = self.services.set_up_branch(
                self.collect(),
                self.secretary.text(),
                since=(
                    self.secretary_since.iso()
                    if self._since_touched or not self.secretary_joined.date()
                    else self.secretary_joined.iso()
                ),
                joined_on=self.secretary_joined.iso(),
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except LedgerError as exc:
            self.errors.show({}, str(exc))
            return False
        self.branch_created.emit(uuid)
        self.accept()
        return True

    def _on_start_clicked(self) -> None:
        self.save()

    def _on_since_date_changed(self, _day: str) -> None:
        self._since_touched = True

    def _on_joined_date_changed(self, day: str) -> None:
        # The default follows the join date until the user sets the roster date themselves.
        if not self._since_touched:
            self.secretary_since.set_date(day or self.services.default_roster_start())

    def _on_demo_clicked(self) -> None:
        self.wants_demo = True
        self.accept()

    def _on_branch_type_changed(self, *_args: object) -> None:
        joint = self.branch_type.currentData() == "joint"
        self.units_label.setVisible(joint)
        self.units.setVisible(joint)
