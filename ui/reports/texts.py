"""The names and one-line descriptions of the documents, as the Reports page shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.reports.jobs import ANNUAL, MONTHLY, PERSON, SIGNIN, WORKBOOK

translate = QCoreApplication.translate


def document_title(document: str) -> str:
    return {
        MONTHLY: translate("ReportsPage", "Monthly summary"),
        ANNUAL: translate("ReportsPage", "Annual summary"),
        PERSON: translate("ReportsPage", "Participation statement"),
        SIGNIN: translate("ReportsPage", "Sign-in sheet"),
        WORKBOOK: translate("ReportsPage", "Excel workbook"),
    }[document]


def document_names() -> dict[str, str]:
    return {
        MONTHLY: translate("ReportsPage", "Monthly summary"),
        ANNUAL: translate("ReportsPage", "Annual summary"),
        PERSON: translate("ReportsPage", "Participation statement"),
        SIGNIN: translate("ReportsPage", "Sign-in sheet"),
        WORKBOOK: translate("ReportsPage", "Excel export of the registers"),
    }


def document_hints() -> dict[str, str]:
    return {
        MONTHLY: translate(
            "ReportsPage",
            "The month's figures, compliance, activity register, absences and volunteer hours, "
            "with signature lines: print it, sign it and file it.",
        ),
        ANNUAL: translate(
            "ReportsPage",
            "The year by month and by kind, each person's totals and the year's compliance.",
        ),
        PERSON: translate(
            "ReportsPage",
            "One person's activities, hours and volunteer time over a period, for the branch "
            "to certify.",
        ),
        SIGNIN: translate(
            "ReportsPage",
            "Everyone expected at a meeting, with an empty column for signatures. Choose the "
            "month, then the meeting.",
        ),
        WORKBOOK: translate(
            "ReportsPage",
            "Every register and summary of the period as an .xlsx workbook, one sheet each.",
        ),
    }
