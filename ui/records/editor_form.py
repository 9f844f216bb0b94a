"""Form helpers shared by the editing dialogs: problems shown at the field, forgiving parsing
of typed times, dates and numbers, and a person picker filled from the roster."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from models.services import parse_date_text

translate = QCoreApplication.translate

ERROR_COLOUR = "#c0392b"
# The red frame goes round the input boxes only: a frame set on a container would also box
# its labels and check boxes and draw over their text.
_INPUTS = "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QListView, QTableView"
_ERROR_STYLE = f"{_INPUTS} {{ border: 1px solid {ERROR_COLOUR}; border-radius: 2px; }}"


def error_style(flag: bool = True) -> str:
    """The style sheet that marks a field (or the input boxes inside it) as wrong."""
    return _ERROR_STYLE if flag else ""


def error_label(parent: QWidget | None = None) -> QLabel:
    """The small red message under a field (hidden while there is nothing to say)."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def with_error(widget: QWidget, message: QLabel) -> QWidget:
    """`widget` with its message label underneath, as one cell of a form layout."""
    box = QWidget(widget.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(message)
    return box


class FieldErrors:
    """Maps service error keys (ValidationError.errors) to the widgets that show them."""

    def __init__(self, summary: QLabel) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._prefixes: dict[str, object] = {}
        self._summary = summary
        self.shown: dict[str, str] = {}
        self._revalidate: weakref.WeakMethod | None = None
        self._reshow: weakref.WeakMethod | None = None
        self._first_line = ""

    def add(self, key: str, widget: QWidget, message: QLabel) -> None:
        self._fields[key] = (widget, message)
        _on_edit(widget, self._on_field_edited)

    def add_prefix(self, prefix: str, handler: object) -> None:
        """Keys starting with `prefix.` go to `handler.show_errors({rest: message})`."""
        self._prefixes[prefix] = handler
        changed = getattr(handler, "changed", None)
        if changed is not None:
            changed.connect(self._on_field_edited)
        elif isinstance(handler, QWidget):
            _on_edit(handler, self._on_field_edited)

    def watch(
        self,
        revalidate: Callable[[], dict[str, str]],
        reshow: Callable[[dict[str, str]], None] | None = None,
    ) -> None:
        """While problems are shown, re-check the form on every edit and take away the ones
        that are fixed (`reshow(remaining)` shows the rest, default `show`)."""
        # Held weakly: the callbacks are the form's own methods, and the form owns this object.
        self._revalidate = weakref.WeakMethod(revalidate)
        self._reshow = weakref.WeakMethod(reshow) if reshow is not None else None

    def _on_field_edited(self, *_args: object) -> None:
        revalidate = self._revalidate() if self._revalidate is not None else None
        if not self.shown or revalidate is None:
            return
        now = revalidate()
        remaining = {k: v for k, v in self.shown.items() if k in now}
        if remaining == self.shown:
            return
        if not remaining:
            self.clear()
        reshow = self._reshow() if self._reshow is not None else None
        if reshow is not None:
            reshow(remaining)
        elif remaining:
            self.show(remaining, self._first_line)

    def clear(self) -> None:
        for widget, message in self._fields.values():
            widget.setStyleSheet("")
            message.clear()
            message.hide()
        for handler in self._prefixes.values():
            handler.show_errors({})  # type: ignore[attr-defined]
        self._summary.clear()
        self._summary.hide()
        self.shown = {}

    def show(self, errors: dict[str, str], first_line: str = "") -> QWidget | None:
        """Show every problem at its field; return the first widget to focus."""
        self.clear()
        self.shown = dict(errors)
        self._first_line = first_line
        focus: QWidget | None = None
        routed: dict[str, dict[str, str]] = {p: {} for p in self._prefixes}
        loose: list[str] = []
        for key, text in errors.items():
            if key in self._fields:
                widget, message = self._fields[key]
                widget.setStyleSheet(_ERROR_STYLE)
                message.setText(text)
                message.show()
                focus = focus or widget
                continue
            prefix = key.split(".", 1)[0]
            if prefix in routed and "." in key:
                routed[prefix][key.split(".", 1)[1]] = text
            elif key in routed:  # the list as a whole ("units": too many)
                routed[key][key] = text
            else:
                loose.append(text)
        for prefix, found in routed.items():
            self._prefixes[prefix].show_errors(found)  # type: ignore[attr-defined]
        lines = [first_line] if first_line else []
        if len(errors) > 1 or loose:
            lines.append(
                translate("FormErrors", "{count} problems to correct.").format(count=len(errors))
                if len(errors) > 1
                else ""
            )
        lines.extend(loose)
        text = "\n".join(line for line in lines if line)
        if text:
            self._summary.setText(text)
            self._summary.show()
        return focus


def _on_edit(widget: QWidget, slot: Callable[..., None]) -> None:
    """Call `slot` whenever the user changes `widget` (or an input box inside it)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QPlainTextEdit

    signal = getattr(widget, "date_changed", None) or getattr(widget, "kinds_changed", None)
    if signal is not None:
        signal.connect(slot)
        edit = getattr(widget, "edit", None)
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(slot)
        return
    boxes = [widget, *widget.findChildren(QWidget)]
    for box in boxes:
        if isinstance(box, QComboBox):
            box.currentIndexChanged.connect(slot)
            box.editTextChanged.connect(slot)
        elif isinstance(box, QLineEdit) and not isinstance(box.parentWidget(), QComboBox):
            box.textEdited.connect(slot)
        elif isinstance(box, QPlainTextEdit):
            box.textChanged.connect(slot)
        elif isinstance(box, QAbstractSpinBox) and hasattr(box, "valueChanged"):
            box.valueChanged.connect(slot)
        elif isinstance(box, QAbstractButton) and box.isCheckable():
            box.toggled.connect(slot)


def normalise_time(text: str) -> str:
    """'9:00', '９：００', '0900' → '09:00'; anything else is returned stripped (the service
    then reports it at the field)."""
    value = (
        text.strip()
        .replace("：", ":")
        .translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    )
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})", value) or re.fullmatch(r"(\d{2})(\d{2})", value)
    if m:
        return f"{int(m[1]):02d}:{m[2]}"
    return value


def normalise_date(text: str) -> str | None:
    """'2020/1/5' → '2020-01-05'; '' → None; anything else stripped (reported by the service)."""
    value = text.strip()
    if not value:
        return None
    return parse_date_text(value) or value


def parse_number(text: str) -> float | None:
    """A typed number, or None when empty; ValueError when it is not a number."""
    value = text.strip().replace("，", ".").replace(",", ".")
    if not value:
        return None
    return float(value)


class PersonCombo(QComboBox):
    """Pick a person from a roster list; the first entry means "nobody"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)  # type a name to jump to it on a long roster
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(self.completer().CompletionMode.PopupCompletion)

    def set_people(self, people: list[tuple[str, str]], keep: str | None = None) -> None:
        """`people` as (uuid, label); keeps the current person selected when still listed."""
        current = keep if keep is not None else self.person_uuid()
        # What the field shows, kept when it names no one in the new list (a person typed or
        # chosen before the date moved): it is reported, never silently dropped.
        shown = "" if keep is not None else self._typed()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("PersonCombo", "— nobody —"), None)
        for uuid, label in people:
            self.addItem(label, uuid)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.UserRole + 1)
        index = self.findData(current) if current else 0
        self.setCurrentIndex(max(index, 0))
        if (index < 0 or current is None) and shown and shown != self.itemText(0):
            self.setEditText(shown)
            matches = self._matches()
            if len(matches) == 1:
                self.setCurrentIndex(matches[0])
        self.blockSignals(False)

    def _typed(self) -> str:
        return self.currentText().strip()

    def _matches(self) -> list[int]:
        """Entries whose label is the typed text, else whose name alone is (a label may say
        more, e.g. the category)."""
        typed = self._typed()
        exact = [i for i in range(1, self.count()) if self.itemText(i).strip() == typed]
        if exact:
            return exact
        return [
            i
            for i in range(1, self.count())
            if self.itemData(i, Qt.ItemDataRole.UserRole + 1) == typed
        ]

    def person_uuid(self) -> str | None:
        """The person chosen, or the one person whose name was typed; None for nobody (and
        for a typed name that matches nobody or more than one: see `problem()`)."""
        index = self.currentIndex()
        if index >= 0 and self.currentText() == self.itemText(index):
            return self.itemData(index)
        if not self._typed() or self._typed() == self.itemText(0):
            return None
        matches = self._matches()
        return self.itemData(matches[0]) if len(matches) == 1 else None

    def problem(self, day: str = "") -> str:
        """Why the typed text names no one ("" when it is a person or nobody was typed)."""
        typed = self._typed()
        index = self.currentIndex()
        if not typed or typed == self.itemText(0):
            return ""
        if index >= 0 and self.currentText() == self.itemText(index):
            return ""
        matches = self._matches()
        if len(matches) == 1:
            return ""
        if matches:
            return translate(
                "PersonCombo", "More than one person is called {name}: choose one from the list."
            ).format(name=typed)
        return translate(
            "PersonCombo",
            "{name} is not on the roster on {date}. Choose someone from the list, or add them "
            "in People (set since when they have been on the roster).",
        ).format(name=typed, date=day)

    def set_person(self, uuid: str | None) -> None:
        index = self.findData(uuid) if uuid else 0
        self.setCurrentIndex(max(index, 0))
