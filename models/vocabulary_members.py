"""The code lists of the member records beyond meetings (党费, file format 3) and their display
names; re-exported by models.vocabulary. No peewee, no Qt."""

from __future__ import annotations

from models.text.i18n import translate

DUES_KINDS = ("paid", "late", "exempt")  # 交纳 / 补交 / 免交
ARREARS_TALK_MONTHS = 3  # 党费 not paid this long: the branch talks with the member
ARREARS_RULE_MONTHS = 6  # the rules' threshold (党章 第三十八条): the branch must look into it


TRANSFER_DIRECTIONS = ("in", "out")  # 转入 / 转出
RECEIPT_WAIT_DAYS = 30  # a 转出 whose 回执 has not come back after this long is a reminder


def transfer_direction_label(code: str) -> str:
    labels = {
        "in": translate("Transfers", "Transferred in"),
        "out": translate("Transfers", "Transferred out"),
    }
    return labels.get(code, code)


def dues_kind_label(code: str) -> str:
    labels = {
        "paid": translate("Dues", "Paid"),
        "late": translate("Dues", "Paid late (补交)"),
        "exempt": translate("Dues", "Exempt (免交)"),
    }
    return labels.get(code, code)


def yuan(cents: int | None) -> str:
    """An amount in 分 as yuan with two decimals ("12.50"); empty for None."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(int(cents)), 100)
    return f"{sign}{whole}.{part:02d}"
