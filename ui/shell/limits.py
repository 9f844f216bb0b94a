"""The forms' text fields stop at the length the services accept (models/records/limits.py, read
through the services): a line edit by its maxLength, a multi-line field by dropping what is
typed or pasted beyond the limit. The services check again and name the field."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from models.services import TEXT_LIMITS


def _units(text: str) -> int:
    """Qt counts text in UTF-16 code units (𠮷 is two); the services count characters, so a
    limit in Qt's units never lets through more characters than the services take."""
    return len(text.encode("utf-16-le")) // 2


class _PlainTextLimit(QObject):
    """Keeps a QPlainTextEdit at most `limit` long: what was just typed or pasted past the
    limit (before the cursor) is removed."""

    def __init__(self, edit: QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
        edit.textChanged.connect(self._trim)

    def _trim(self) -> None:
        excess = _units(self.edit.toPlainText()) - self.limit
        if excess <= 0:
            return
        cursor = self.edit.textCursor()
        end = cursor.position()
        start = max(0, end - excess)
        if end - start < excess:  # the cursor is not after the new text: cut the end
            end = self.edit.document().characterCount() - 1
            start = max(0, end - excess)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.edit.setTextCursor(cursor)


def text_limit(form: str, field: str) -> int | None:
    """The limit of `field` in `form` (an input's class name), None when it has none."""
    return TEXT_LIMITS.get(form, {}).get(field)


def limit_text(widget: QWidget, form: str, field: str) -> None:
    """Let `widget` hold no more than `field` of `form` may (nothing when it has no limit)."""
    limit = text_limit(form, field)
    if limit is None:
        return
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(limit)
    elif isinstance(widget, QPlainTextEdit):
        widget.setProperty("maxLength", limit)
        _PlainTextLimit(widget, limit)


def limit_fields(form: str, widgets: dict[str, QWidget]) -> None:
    """limit_text for several fields of one form: {field: widget}."""
    for field, widget in widgets.items():
        limit_text(widget, form, field)
