"""Form helpers shared by the editing dialogs: problems shown at the field, forgiving parsing
of typed times, dates and numbers, and a person picker filled from the roster."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from models.services import parse_date_text

translate = QCoreApplication.translate

ERROR_COLOUR = "#c0392b"
_ERROR_STYLE = f"border: 1px solid {ERROR_COLOUR};"


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

    def add(self, key: str, widget: QWidget, message: QLabel) -> None:
        self._fields[key] = (widget, message)

    def add_prefix(self, prefix: str, handler: object) -> None:
        """Keys starting with `prefix.` go to `handler.show_errors({rest: message})`."""
        self._prefixes[prefix] = handler

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
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("PersonCombo", "— nobody —"), None)
        for uuid, label in people:
            self.addItem(label, uuid)
        index = self.findData(current) if current else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def person_uuid(self) -> str | None:
        # A typed name that matches no entry counts as nobody (the text is not a person).
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            match = self.findText(self.currentText())
            return self.itemData(match) if match >= 0 else None
        return self.itemData(self.currentIndex())

    def set_person(self, uuid: str | None) -> None:
        index = self.findData(uuid) if uuid else 0
        self.setCurrentIndex(max(index, 0))
