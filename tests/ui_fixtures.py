"""Fixtures shared by the tests/test_ui_*.py files (loaded there with pytest_plugins)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.shell.context import AppContext
from ui.shell.worker import DbWorker


@pytest.fixture
def isolated_settings(tmp_path, qapp, monkeypatch):
    """QSettings (recent ledgers) and backups go to a temp folder, not the user's profile."""
    monkeypatch.setenv("BRANCH_LEDGER_BACKUPS", str(tmp_path / "backups"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    qapp.setOrganizationName("BranchLedgerTests")
    qapp.setApplicationName("BranchLedgerTests")
    yield tmp_path / "cfg"


@pytest.fixture
def ctx(ledger, qapp):
    """An AppContext on the test's ledger with a running database worker."""
    worker = DbWorker(ledger)
    context = AppContext(ledger=ledger, language="en", worker=worker)
    yield context
    worker.stop()


@pytest.fixture
def english(qapp):
    from ui.shell.i18n import install_translator

    install_translator(qapp, "en")
    yield
    install_translator(qapp, "en")
