"""Backups in the running app: File ▸ Backups…, the backup after opening, the one on closing.

`BackupActions(ctx, main_window, controller)` plugs the Backups window into the File menu (like
the bureau actions). `start_backup_after_open(ledger)` backs a writable ledger up in the
background if its newest backup is more than a day old (copying a large ledger must not delay
the window); `backup_before_close(ledger)` backs it up while closing. Backup problems never stop
the app: they are logged and, where a window exists, shown in its status line.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from models.errors import LedgerError
from models.file.backup import backup_on_close, backup_on_open
from models.file.ledger import Ledger
from ui.backups.dialog import BackupDialog

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


class BackupActions(QObject):
    """Owns File ▸ Backups… of one main window."""

    def __init__(
        self,
        ctx,
        main_window: QWidget,
        controller=None,
        *,
        backups_root: Path | None = None,
    ) -> None:
        super().__init__(main_window)
        self.ctx = ctx
        self.window = main_window
        self.controller = controller
        self.backups_root = backups_root
        self.dialog: BackupDialog | None = None
        self.action = QAction(translate("Backups", "Backups…"), main_window)
        self.action.setObjectName("backupsAction")
        self.action.triggered.connect(self.show_backups)
        if hasattr(main_window, "add_file_action"):
            main_window.add_file_action(self.action)

    def show_backups(self) -> BackupDialog:
        path = self.ctx.ledger.path
        controller = self.controller
        dialog = BackupDialog(
            path,
            self.window,
            backups_root=self.backups_root,
            # A read-only window does not own the file: restoring is left to the one that does
            # (restore_backup would refuse anyway, since the other window holds the lock).
            close_ledger=controller.close if controller is not None else None,
            reopen_ledger=(lambda: controller.open_path(path)) if controller is not None else None,
        )
        dialog.backup_restored.connect(self._on_dialog_backup_restored)
        dialog.restore_failed.connect(self._on_dialog_restore_failed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _status(self, text: str) -> None:
        window = getattr(self.controller, "window", None) or self.window
        label = getattr(window, "status_label", None)
        if label is not None:
            label.setText(text)

    def _on_dialog_backup_restored(self, _ledger: str, _aside: str) -> None:
        if self.dialog is not None:
            self._status(self.dialog.restored_text)
            self.dialog.accept()

    def _on_dialog_restore_failed(self, message: str) -> None:
        self._status(message)


class _Relay(QObject):
    """Carries a background backup's problem to the GUI thread (the relay lives there, so the
    signal from the backup thread is queued to it)."""

    failed = Signal(str)
    finished = Signal()

    def __init__(self, on_error) -> None:
        # Owned by the application until the backup has finished, however long it takes.
        super().__init__(QCoreApplication.instance())
        self._on_error = on_error
        self.failed.connect(self._deliver)
        self.finished.connect(self.deleteLater)

    @Slot(str)
    def _deliver(self, message: str) -> None:
        if self._on_error is not None:
            self._on_error(message)


def start_backup_after_open(
    ledger: Ledger,
    on_error=None,
    *,
    backups_root: Path | None = None,
) -> threading.Thread | None:
    """Back a writable ledger up in the background if its newest backup is a day old.

    The backup reads the file through its own SQLite connections, so it needs neither the
    database worker nor the GUI thread. `on_error(message)` runs in the GUI thread."""
    if ledger.readonly:
        return None
    relay = _Relay(on_error)
    path = ledger.path

    def run() -> None:
        try:
            backup_on_open(path, root=backups_root)
        except LedgerError as exc:
            log.warning("backup after opening %s failed: %s", path, exc)
            relay.failed.emit(str(exc))
        except Exception:  # a bug must not take the app down from a background thread
            log.exception("backup after opening %s failed", path)
        finally:
            relay.finished.emit()

    thread = threading.Thread(target=run, name="backup-on-open", daemon=True)
    thread.start()
    return thread


def backup_before_close(ledger: Ledger | None, *, backups_root: Path | None = None) -> str | None:
    """Back a writable ledger up while it is being closed; the problem in plain words, or None."""
    if ledger is None or ledger.readonly:
        return None
    return backup_on_close_path(ledger.path, backups_root=backups_root)


def backup_on_close_path(path: Path, *, backups_root: Path | None = None) -> str | None:
    """backup_before_close by the path of a writable ledger whose lock this process holds (on
    any thread: the backup opens its own connections)."""
    try:
        backup_on_close(path, root=backups_root)
    except LedgerError as exc:
        log.warning("backup on closing %s failed: %s", path, exc)
        return str(exc)
    except OSError as exc:
        log.warning("backup on closing %s failed: %s", path, exc)
        return str(exc)
    return None
