"""Shared fixtures. Qt runs offscreen; every test gets its own ledger file on disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from models.file.ledger import open_ledger  # noqa: E402


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
