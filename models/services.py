"""The service layer: the only API the app, the reports and the bureau import use.

Plain functions taking and returning plain values; each write validates first, runs in one
transaction and is logged. Re-exported here from the modules that implement them; each module
is imported on the first use of one of its names (PEP 562): the desktop app's first frame needs
the branch, not the registers, the people or the activities.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.records.activities import (
        ActivityInput,
        AttendanceInput,
        VoteInput,
        audience,
        close_month,
        delete_activity,
        derived_hours,
        duplicate_activity,
        expected_people,
        get_activity,
        month_closed,
        next_sequence,
        restore_activity,
        save_activity,
        validate_activity,
    )
    from models.records.audit import AuditRow, list_audit
    from models.records.branch import (
        BranchInfo,
        BranchInput,
        GroupInput,
        UnitInput,
        committee,
        current_branch,
        list_branches,
        save_branch,
        set_committee,
        validate_branch,
    )
    from models.records.people import (
        PersonInput,
        PersonRow,
        list_people,
        roster_on,
        save_person,
        set_person_status,
        status_history,
        validate_person,
    )
    from models.records.registers import (
        ActivityRow,
        RegisterFilter,
        count_activities,
        list_activities,
    )

_SOURCES: dict[str, tuple[str, ...]] = {
    "models.records.activities": (
        "ActivityInput",
        "AttendanceInput",
        "VoteInput",
        "audience",
        "close_month",
        "delete_activity",
        "derived_hours",
        "duplicate_activity",
        "expected_people",
        "get_activity",
        "month_closed",
        "next_sequence",
        "restore_activity",
        "save_activity",
        "validate_activity",
    ),
    "models.records.audit": (
        "AuditRow",
        "list_audit",
    ),
    "models.records.branch": (
        "BranchInfo",
        "BranchInput",
        "GroupInput",
        "UnitInput",
        "committee",
        "current_branch",
        "list_branches",
        "save_branch",
        "set_committee",
        "validate_branch",
    ),
    "models.records.people": (
        "PersonInput",
        "PersonRow",
        "list_people",
        "roster_on",
        "save_person",
        "set_person_status",
        "status_history",
        "validate_person",
    ),
    "models.records.registers": (
        "ActivityRow",
        "RegisterFilter",
        "count_activities",
        "list_activities",
    ),
}
_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}

__all__ = [
    "ActivityInput",
    "ActivityRow",
    "AttendanceInput",
    "AuditRow",
    "BranchInfo",
    "BranchInput",
    "GroupInput",
    "PersonInput",
    "PersonRow",
    "RegisterFilter",
    "UnitInput",
    "VoteInput",
    "audience",
    "close_month",
    "committee",
    "count_activities",
    "current_branch",
    "delete_activity",
    "derived_hours",
    "duplicate_activity",
    "expected_people",
    "get_activity",
    "list_activities",
    "list_audit",
    "list_branches",
    "list_people",
    "month_closed",
    "next_sequence",
    "restore_activity",
    "roster_on",
    "save_activity",
    "save_branch",
    "save_person",
    "set_committee",
    "set_person_status",
    "status_history",
    "validate_activity",
    "validate_branch",
    "validate_person",
]


def __getattr__(name: str) -> Any:
    """Import the module behind `name` on its first use (afterwards it is a plain global)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
