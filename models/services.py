"""The service layer: the only API the app, the reports and the bureau import use.

Plain functions taking and returning plain values; each write validates first, runs in one
transaction and is logged. Re-exported here from the modules that implement them.
"""

from models.activities import (
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
from models.audit import AuditRow, list_audit
from models.branch import (
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
from models.people import (
    PersonInput,
    PersonRow,
    list_people,
    roster_on,
    save_person,
    set_person_status,
    status_history,
    validate_person,
)
from models.registers import ActivityRow, RegisterFilter, count_activities, list_activities

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
