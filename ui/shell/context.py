"""What every widget is given: the open ledger, its services, the database worker, the language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from models.file.ledger import Ledger

if TYPE_CHECKING:
    from models.services import Services
    from ui.shell.worker import DbWorker


@dataclass
class AppContext:
    """Passed to every page and dialog in __init__; widgets never query the models directly."""

    ledger: Ledger
    language: str = "zh_CN"
    worker: DbWorker | None = None  # the serial database worker, set by the app
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def services(self) -> Services:
        """The services bound to this window's ledger (loaded on first use, after the first
        frame: see ui.shell.startup)."""
        return self.ledger.services
