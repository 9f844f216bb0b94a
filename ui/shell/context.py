"""What every widget is given: the open ledger, the services, the language."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from models import services as services_module
from models.file.ledger import Ledger


@dataclass
class AppContext:
    """Passed to every page and dialog in __init__; widgets never query the models directly."""

    ledger: Ledger
    language: str = "zh_CN"
    worker: Any = None  # the serial database worker (ui/worker.py), set by the app
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def services(self) -> ModuleType:
        """The services, with the ledger's models bound (its connection may wait for the
        first frame: see models.file.ledger.Ledger)."""
        self.ledger.connect()
        return services_module
