"""The words of the district documents (PDF, Excel, page), in one place in the bureau's area.

The district PDF and workbook (exports/pdf_district.py, exports/xlsx_district.py) take their
headings and column titles from here, so the three always say the same thing in either language.
"""

from __future__ import annotations

from models.text.i18n import translate


def document_title() -> str:
    return translate("Bureau", "District summary of Party branch work")


def total_label() -> str:
    return translate("Bureau", "Total")


def branch_label() -> str:
    return translate("Bureau", "Branch")


def all_met() -> str:
    return translate("Bureau", "All rules met")


def figure_headers() -> list[str]:
    """Branch, 次, 人次, 应到, 实到, 参会率, 学时, 服务时长, 件."""
    return [
        branch_label(),
        translate("Bureau", "Activities"),
        translate("Bureau", "Attendances"),
        translate("Bureau", "Expected"),
        translate("Bureau", "Present"),
        translate("Bureau", "Attendance rate"),
        translate("Bureau", "Study hours"),
        translate("Bureau", "Service hours"),
        translate("Bureau", "Good deeds incl. in progress"),
    ]


def compliance_headers() -> list[str]:
    return [
        branch_label(),
        translate("Bureau", "Rule"),
        translate("Bureau", "Periods not met (held)"),
    ]


def headings() -> dict[str, str]:
    return {
        "summary": translate("Bureau", "Summary"),
        "key_figures": translate("Bureau", "Key figures of the district"),
        "no_branches": translate("Bureau", "The ledger holds no branches yet."),
        "per_branch": translate("Bureau", "Figures per branch"),
        "highlights": translate("Bureau", "Study, education and volunteer service"),
        "definitions": translate("Bureau", "How the figures are counted"),
        "compliance": translate(
            "Bureau", "Compliance: obligations not met in {period} (every month, quarter, year)"
        ),
        "prepared_by": translate("Bureau", "Prepared by (bureau)"),
        "sheet_branches": translate("Bureau", "Per branch"),
        "sheet_highlights": translate("Bureau", "Study and service"),
        "sheet_compliance": translate("Bureau", "Compliance"),
        "fingerprint": translate("Bureau", "Data fingerprint {fingerprint} · made {time}"),
    }
