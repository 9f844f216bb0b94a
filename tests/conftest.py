"""Shared fixtures. Qt runs offscreen (set before Qt is imported); every test gets its own
ledger file on disk."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Which ledgers passed their check (models.file.verified): the suite's own, not the user's.
os.environ.setdefault("BRANCH_LEDGER_CACHE", tempfile.mkdtemp(prefix="branch-ledger-cache-"))
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from models.file.ledger import open_ledger  # noqa: E402
from tests.reports_fixture import Fixture, build  # noqa: E402
from ui.shell.context import AppContext  # noqa: E402
from ui.shell.worker import DbWorker  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """Make the QApplication before any test: CLI tests call main.main() in-process, which would
    otherwise create a bare QCoreApplication that later GUI tests cannot use."""
    return qapp


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "test.ledger"


@pytest.fixture
def ledger(ledger_path: Path):
    """A new, empty, open ledger (closed after the test)."""
    led = open_ledger(ledger_path, create=True)
    yield led
    led.close()


# --- the app's widgets ----------------------------------------------------------------------


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


# --- documents --------------------------------------------------------------------------------


@pytest.fixture
def zh(qapp):
    """Chinese output; English again afterwards so other tests are unaffected."""
    from models.text import i18n

    i18n.install_cli("zh_CN")
    yield
    i18n.install_cli("en")
    i18n.install(None)


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Fixture]:
    """A closed ledger file holding the reports' fixture branch (tests/reports_fixture.py)."""
    path = tmp_path / "reports.ledger"
    with open_ledger(path, create=True):
        fx = build()
    return path, fx
