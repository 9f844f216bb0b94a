"""Start the desktop app: language, fonts, the ledger (with plain-words errors), the window.

`AppController` owns the open ledger, its database worker and its window, and switches them as a
whole when another ledger is opened, so nothing ever points at a closed file.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from models.errors import DamagedLedgerError, LedgerError, LedgerInUseError
from models.file.ledger import Ledger, open_ledger
from ui.shell.context import AppContext
from ui.shell.fonts import ensure_cjk_font
from ui.shell.i18n import install_translator, resolve_language
from ui.shell.worker import DbWorker

if TYPE_CHECKING:
    from ui.shell.errors import LedgerErrorDialog

log = logging.getLogger(__name__)

LEDGER_SUFFIX = ".ledger"
RECENT_KEY = "recent_ledgers"
LANGUAGE_KEY = "language"
MAX_RECENT = 8
# Larger ledgers are opened on a thread with a progress dialog (quick_check reads the whole file:
# ~0.1 s per 30 MB on a school PC); smaller ones open at once, as before the first frame.
BACKGROUND_OPEN_BYTES = 32 * 1024 * 1024
# A ledger of this size or more that was never verified here (models.file.verified) opens at
# once and is checked on a thread after the first frame, saving held until it passes
# (open_ledger(verify_later=True)); a smaller one is checked before, in a few milliseconds.
VERIFY_LATER_BYTES = 8 * 1024 * 1024


translate = QCoreApplication.translate


def data_dir() -> Path:
    """The per-user data folder (%LOCALAPPDATA%\\BranchLedger, ~/.local/share/BranchLedger)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("BranchLedger", appauthor=False))


def default_ledger_path() -> Path:
    return data_dir() / ("branch" + LEDGER_SUFFIX)


def file_filter() -> str:
    return translate("App", "Ledgers (*.ledger);;All files (*)")


class AppController:
    """The open ledger and its window; opens, creates and switches ledgers."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.ledger: Ledger | None = None
        self.ctx: AppContext | None = None
        self.window = None
        self.last_error_dialog: LedgerErrorDialog | None = None
        self._closing: list[threading.Thread] = []  # ledgers closing in the background
        self._verifying: list[_VerifyRelay] = []  # checks after opening still running

    # -- opening -----------------------------------------------------------------------------
    def open_path(
        self,
        path: Path,
        *,
        create: bool = False,
        readonly: bool = False,
        parent: QWidget | None = None,
    ) -> bool:
        """Open `path` (asking what to do if it cannot be opened); True once a ledger is shown."""
        path = Path(path)
        if self.ledger is not None and _same_file(path, self.ledger.path) and not create:
            return True
        while True:
            if self.ctx is not None and self.ctx.worker is not None:
                self.ctx.worker.release_connection()
            try:
                ledger = self._open(path, create, readonly, parent)
            except LedgerError as exc:
                log.info("cannot open %s: %s", path, exc)
                if isinstance(exc, LedgerInUseError) and self._wait_for_closing(path, parent):
                    continue
                from ui.shell.errors import (  # dialogs: not at start-up
                    CHOOSE_ANOTHER,
                    READ_ONLY,
                    REPAIR,
                )

                if isinstance(exc, DamagedLedgerError) and not readonly:
                    from ui.backups.recovery import offer_recovery

                    # Names the newest good backup and restores it on request; the damaged file
                    # is kept aside. Without a good backup the plain explanation below follows.
                    if offer_recovery(parent, path, exc, only_if_backup=True) is not None:
                        continue
                choice = self._explain(exc, path, parent)
                if choice == READ_ONLY:
                    readonly = True
                    continue
                if choice == REPAIR:
                    repaired = self._repair(path, parent)
                    if repaired is None:
                        return False
                    path, create = repaired, False
                    continue
                if choice == CHOOSE_ANOTHER:
                    chosen = self._ask_open_file(parent, path.parent)
                    if chosen is None:
                        return False
                    path, create, readonly = chosen, False, False
                    continue
                return False
            except OSError as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(
                    parent,
                    translate("App", "Branch Ledger"),
                    translate("App", "The file {path} cannot be opened: {reason}").format(
                        path=path, reason=exc.strerror or exc
                    ),
                )
                return False
            self._switch_to(ledger)
            return True

    def _open(self, path: Path, create: bool, readonly: bool, parent: QWidget | None) -> Ledger:
        """open_ledger() (its ORM connection waits for first use, see models.file.ledger.Ledger).
        A large file (a district's years) is checked on a thread behind a progress dialog:
        its quick_check reads the whole file, seconds for hundreds of megabytes."""
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        from models.file.ledger import can_verify_later, checked_and_unchanged

        later = size >= VERIFY_LATER_BYTES and can_verify_later(path)
        if later or size < BACKGROUND_OPEN_BYTES or checked_and_unchanged(path):
            # Small, unchanged since it last passed its check, or checked after the first
            # frame (_verify_after_open): nothing to read first.
            return open_ledger(
                path, create=create, readonly=readonly, connect=False, verify_later=later
            )

        def open_and_release() -> Ledger:
            ledger = open_ledger(path, create=create, readonly=readonly, connect=False)
            ledger.close_thread_connection()  # migrated here: this thread's connection
            return ledger

        label = translate("App", "Checking the ledger {name}…").format(name=path.name)
        return self._in_background(label, parent, open_and_release)

    def _wait_for_closing(self, path: Path, parent: QWidget | None) -> bool:
        """The ledger is still being closed (its last backup) by a Branch Ledger that has
        just quit: wait for it with a message. False when it is not being closed."""
        from models.file.backup import is_closing, wait_until_closed

        if not is_closing(path):
            return False
        label = translate(
            "App",
            "Branch Ledger is still backing up {name} after it was last closed. It opens as "
            "soon as the backup is done…",
        ).format(name=path.name)
        return bool(self._in_background(label, parent, lambda: wait_until_closed(path)))

    def _in_background(
        self, label: str, parent: QWidget | None, fn, *, show_after_ms: int = 0
    ) -> object:
        """fn() on a plain thread while a busy dialog (shown after `show_after_ms`) keeps the
        app painted and responsive; fn's result is returned and its exception raised here."""
        from PySide6.QtCore import QEventLoop, Qt
        from PySide6.QtWidgets import QProgressDialog

        outcome: dict[str, object] = {}

        def target() -> None:
            try:
                outcome["result"] = fn()
            except BaseException as exc:  # re-raised on the GUI thread below
                outcome["error"] = exc

        progress = QProgressDialog(label, "", 0, 0, parent)
        progress.setObjectName("backgroundProgress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(show_after_ms)
        if show_after_ms == 0:
            progress.show()
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if not thread.is_alive() else None)
        timer.start(30)
        loop.exec()
        timer.stop()
        thread.join()
        progress.close()
        progress.deleteLater()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]

    def _explain(self, exc: LedgerError, path: Path, parent: QWidget | None) -> str:
        from ui.shell.errors import LedgerErrorDialog

        dialog = LedgerErrorDialog(exc, path, parent)
        self.last_error_dialog = dialog
        dialog.exec()
        return dialog.choice()

    def _repair(self, path: Path, parent: QWidget | None) -> Path | None:
        """A copy of `path` without its foreign objects (models.file.known_schema)."""
        from models.file.ledger import repaired_copy

        try:
            return repaired_copy(path)
        except (LedgerError, OSError, sqlite3.Error) as exc:
            log.info("repairing %s failed: %s", path, exc)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                parent,
                translate("App", "Branch Ledger"),
                translate("App", "No repaired copy of {path} could be made: {reason}").format(
                    path=path, reason=exc
                ),
            )
            return None

    def _ask_open_file(self, parent: QWidget | None, folder: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            parent, translate("App", "Open ledger"), str(folder), file_filter()
        )
        return Path(name) if name else None

    def _switch_to(self, ledger: Ledger) -> None:
        from ui.shell.main_window import MainWindow

        old_ledger, old_ctx, old_window = self.ledger, self.ctx, self.window
        if old_ctx is not None and old_ctx.worker is not None:
            old_ctx.worker.stop()
        worker = DbWorker(ledger)
        self.ledger = ledger
        self.ctx = AppContext(ledger=ledger, language=self.language, worker=worker)
        self.window = MainWindow(self.ctx, controller=self)
        if old_window is not None:
            old_window.hide()
            old_window.deleteLater()
        if old_ledger is not None:
            _backup_before_close(old_ledger)
            old_ledger.close()
        self._remember(ledger.path)
        self.window.show()
        # Once the window is on screen: none is needed to paint it.
        self.window.after_first_paint(self._verify_after_open)
        self.window.after_first_paint(self._backup_after_open)
        if ledger.readonly:
            self.window.status_label.setText(
                translate("App", "Opened read-only: changes cannot be saved in this window.")
            )
        self.window.after_first_paint(self.first_start_if_needed)

    def close(self, *, wait: bool = True) -> None:
        """Stop the worker, back the ledger up and close it.

        With `wait=False` (quitting) the window goes at once and the last backup runs on a
        thread of its own that still holds the ledger's lock (models.file.closing); a new
        start waits for it. `wait_closed()` waits for it here (the process must not end
        before it)."""
        if self.window is not None:
            self.window.hide()
            QCoreApplication.processEvents()  # off the screen now, not after the backup
        if self.ctx is not None and self.ctx.worker is not None:
            self.ctx.worker.stop()
        if self.ledger is not None:
            ledger, self.ledger = self.ledger, None
            if ledger.readonly or ledger.verification_error is not None:
                ledger.close()  # nothing to back up: a read-only window does not own the file
            else:
                from models.file.backup import close_in_background

                ledger.hand_over()  # closed by the closing thread; the backup opens its own

                work = _last_work
                if not ledger.verified:
                    # Still under its check after opening: tidying writes the file, and the
                    # backup would take it in rotation, so both wait for the check to pass.
                    def work(path: Path, ledger: Ledger = ledger) -> None:
                        if ledger.verify() is None:
                            _last_work(path)

                self._closing.append(close_in_background(ledger, work))
        if wait:
            self.wait_closed()

    def wait_closed(self) -> None:
        """Wait for the ledgers being closed in the background."""
        while self._closing:
            self._closing.pop().join()

    def _verify_after_open(self) -> None:
        """The check a large, never verified ledger was opened without (verify_later), on a
        thread: saving waits for it; if it fails, the window says so and stays read-only."""
        ledger = self.ledger
        if ledger is None or self.window is None or ledger.verified:
            return
        if ledger.verification_error is not None:
            self._verified(ledger, ledger.verification_error)
            return
        relay = _VerifyRelay()
        self._verifying.append(relay)

        def done(error: object) -> None:
            self._verifying.remove(relay)
            self._verified(ledger, error if isinstance(error, LedgerError) else None)

        relay.done.connect(done)
        self._show_status(
            translate("App", "Checking the ledger in the background; saving waits for the check.")
        )
        ledger.verify_in_background(relay.done.emit)

    def _verified(self, ledger: Ledger, error: LedgerError | None) -> None:
        """The check after opening is done (GUI thread)."""
        if ledger is not self.ledger or self.window is None:
            return  # another ledger is open by now
        if error is None:
            readonly = translate("App", "Opened read-only: changes cannot be saved in this window.")
            self._show_status(readonly if ledger.readonly else "")
            self._backup_after_open()
            return
        log.info("%s failed its check after opening: %s", ledger.path, error)
        _show_damaged_banner(self.window)
        self._show_status(
            translate("App", "Opened read-only: changes cannot be saved in this window.")
        )

    def _backup_after_open(self) -> None:
        """A backup in the background once the window is up (and the ledger passed its
        check: a damaged file never replaces a good backup)."""
        if self.ledger is None or self.window is None or not self.ledger.verified:
            return  # still under its check: _verified starts the backup when it passes
        from ui.backups.actions import start_backup_after_open

        start_backup_after_open(self.ledger, on_error=self._show_status)

    def _show_status(self, text: str) -> None:
        """Show `text` in the current window's status bar (the window may have been replaced
        since the background job started)."""
        if self.window is not None:
            self.window.status_label.setText(text)

    # -- language ----------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the language now (and for the next start): a new window in that language."""
        app = QCoreApplication.instance()
        self.language = install_translator(app, language)
        QLocale.setDefault(QLocale("zh_CN" if self.language == "zh_CN" else "en_GB"))
        QSettings().setValue(LANGUAGE_KEY, self.language)
        if self.ctx is None or self.window is None:
            return
        from ui.shell.main_window import MainWindow

        self.ctx.language = self.language
        old = self.window
        self.window = MainWindow(self.ctx, controller=self)
        self.window.setGeometry(old.geometry())
        self.window.month_selector.set_month(old.month_selector.month())
        self.window.show()
        self.window.show_page(old.current_key())
        old.hide()
        old.deleteLater()

    # -- first start -------------------------------------------------------------------------
    def first_start_if_needed(self) -> None:
        """An empty ledger without a branch: the short setup, or a demo ledger to look around."""
        if self.ctx is None or self.ledger is None or self.ledger.readonly:
            return
        if self.ctx.services.current_branch() is not None:
            return
        from PySide6.QtCore import Qt  # not at start-up: ~18 ms to build

        from ui.settings.setup_dialog import SetupDialog

        dialog = SetupDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.exec()
        if getattr(dialog, "wants_demo", False):
            self.open_demo()
        elif self.window is not None:
            self.window.refresh()

    def open_demo(self) -> bool:
        """Write a one-year demo ledger into the data folder and open it."""
        path = data_dir() / ("demo" + LEDGER_SUFFIX)
        if self.ledger is not None and _same_file(path, self.ledger.path):
            return True
        error = self._run_with_progress(
            translate("App", "Writing the demo ledger…"), _write_demo, path, self.language
        )
        if error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window, translate("App", "Branch Ledger"), error)
            return False
        return self.open_path(path, parent=self.window)

    def _run_with_progress(self, label: str, fn, *args) -> str | None:
        """fn(*args) in the background (see _in_background); a plain message if it failed."""
        try:
            self._in_background(label, self.window, lambda: fn(*args), show_after_ms=300)
        except LedgerError as exc:
            return str(exc)
        except Exception:
            log.exception("background task failed")
            return translate("App", "The demo ledger could not be written.")
        return None

    # -- file menu ---------------------------------------------------------------------------
    def new_ledger_dialog(self, parent: QWidget | None = None) -> bool:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("App", "New ledger"),
            str(data_dir() / ("new" + LEDGER_SUFFIX)),
            file_filter(),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != LEDGER_SUFFIX:
            path = path.with_name(path.name + LEDGER_SUFFIX)
        if path.exists():
            QMessageBox.information(
                parent,
                translate("App", "Branch Ledger"),
                translate("App", "{path} already exists; it is opened instead.").format(path=path),
            )
        return self.open_path(path, create=True, parent=parent)

    def open_ledger_dialog(self, parent: QWidget | None = None) -> bool:
        folder = self.ledger.path.parent if self.ledger else data_dir()
        chosen = self._ask_open_file(parent, folder)
        return self.open_path(chosen, parent=parent) if chosen else False

    def recent_ledgers(self) -> list[Path]:
        values = QSettings().value(RECENT_KEY, []) or []
        if isinstance(values, str):
            values = [values]
        return [Path(v) for v in values if Path(v).exists()]

    def _remember(self, path: Path) -> None:
        settings = QSettings()
        paths = [str(p) for p in self.recent_ledgers() if not _same_file(p, path)]
        settings.setValue(RECENT_KEY, [str(path.resolve()), *paths][:MAX_RECENT])


class _VerifyRelay(QObject):
    """Carries the outcome of a check after opening from its thread to the GUI thread."""

    done = Signal(object)  # the LedgerError, or None when the ledger passed


def _show_damaged_banner(window) -> None:
    """A banner above the window's pages: the ledger is damaged, open a backup."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

    if window.findChild(QWidget, "damagedBanner") is not None:
        return
    banner = QWidget()
    banner.setObjectName("damagedBanner")
    banner.setStyleSheet(
        "QWidget#damagedBanner { background: #fdecea; border-bottom: 1px solid #d93025; }"
    )
    row = QHBoxLayout(banner)
    row.setContentsMargins(12, 8, 12, 8)
    label = QLabel(
        translate(
            "App",
            "This ledger is damaged: parts of it can no longer be read. Nothing can be saved "
            "in it; it stays as it is. Keep the file and open a backup.",
        ),
        banner,
    )
    label.setObjectName("damagedMessage")
    label.setWordWrap(True)
    row.addWidget(label, 1)
    button = QPushButton(translate("App", "Backups…"), banner)
    button.setObjectName("damagedBackups")

    def show_backups() -> None:
        action = window.findChild(QAction, "backupsAction")
        if action is not None:
            action.trigger()

    button.clicked.connect(show_backups)
    row.addWidget(button)
    pages = window.takeCentralWidget()
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(banner)
    column.addWidget(pages, 1)
    window.setCentralWidget(holder)


def _backup_before_close(ledger: Ledger) -> str | None:
    if ledger.verify() is not None:  # a ledger still under its check finishes it first
        return None  # failed: never tidied (a write) nor taken as a backup
    from ui.backups.actions import backup_before_close

    return backup_before_close(ledger)


def _last_work(path: Path) -> None:
    """What closing a ledger does last, in the background: tidy it and back it up."""
    from ui.backups.actions import backup_on_close_path

    message = backup_on_close_path(path)
    if message:
        log.warning("backup on closing failed: %s", message)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _write_demo(path: Path, language: str) -> None:
    """Write the demo ledger in a child process (`main.py demo`).

    In-process, the demo writer would rebind the models' shared database binding while this
    process still has a ledger open, and generate its photos with Pillow on a second thread
    while Qt paints: a child process shares none of that."""
    import subprocess

    for suffix in ("", "-journal"):
        stale = path.with_name(path.name + suffix)
        if stale.exists():
            stale.unlink()
    if getattr(sys, "frozen", False):  # the built program (packaging/) is its own interpreter
        program = [sys.executable]
    else:
        program = [sys.executable, str(Path(__file__).resolve().parents[2] / "main.py")]
    result = subprocess.run(
        [*program, "--lang", language, "demo", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        log.warning("demo ledger not written: %s", result.stderr.strip())
        lines = result.stderr.strip().splitlines()
        raise LedgerError(lines[-1] if lines else "demo")


def install_excepthook() -> None:
    """A bug shows a plain message (details go to the log), never a traceback."""
    showing = {"now": False}

    def hook(kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        if isinstance(value, KeyboardInterrupt):
            QApplication.quit()
            return
        if QApplication.instance() is None or showing["now"]:
            return
        from PySide6.QtWidgets import QMessageBox

        from ui.shell.errors import show_unexpected_error

        showing["now"] = True
        try:
            if isinstance(value, LedgerError):
                QMessageBox.warning(None, translate("App", "Branch Ledger"), str(value))
            else:
                show_unexpected_error(QApplication.activeWindow())
        finally:
            showing["now"] = False

    sys.excepthook = hook


def setup_application(lang: str | None, argv: list[str] | None = None) -> tuple[QApplication, str]:
    """The QApplication with names, language, locale and fonts (shared with the tests)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Branch Ledger")
    app.setOrganizationName("BranchLedger")
    # --lang, else the language chosen in Settings, else the system's
    language = install_translator(app, resolve_language(lang or QSettings().value(LANGUAGE_KEY)))
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Branch Ledger"))
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_GB"))
    ensure_cjk_font(app)
    return app, language


def start_cleaning_leftovers() -> threading.Thread:
    """Remove, in the background, the scratch folders and private copies a killed process left
    in the temporary folder (models.file.scratch)."""

    def run() -> None:
        from models.file.scratch import clean_leftovers

        try:
            clean_leftovers()
        except Exception:  # tidying up must never disturb the app
            log.exception("cleaning the temporary folder failed")

    thread = threading.Thread(target=run, name="clean-leftovers", daemon=True)
    thread.start()
    return thread


def run_app(ledger_path: Path | None, lang: str | None) -> int:
    """The desktop app; returns the exit code."""
    app, language = setup_application(lang)
    install_excepthook()
    controller = AppController(language)
    path = Path(ledger_path) if ledger_path else default_ledger_path()
    create = ledger_path is None
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    if not controller.open_path(path, create=create or not path.exists()):
        controller.close()
        return 1
    app.aboutToQuit.connect(lambda: controller.close(wait=False))
    start_cleaning_leftovers()
    code = app.exec()
    controller.close(wait=False)
    controller.wait_closed()  # the last backup, with no window left on the screen
    return code
