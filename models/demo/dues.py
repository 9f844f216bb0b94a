"""The demo's 党费 (Chinese data, from its own generator): every member's monthly standard from
the year before the demo's last year (工资基数 × 比例), a raise for some in July of the last year,
and the last year's payments: most pay each month in the first week; two pay each quarter in its
last month (the two months before are 补交); one is exempt for two months with a reason; one member
has not paid for the last four months (an arrears reminder)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from models.demo.people import DemoBranch
from models.file.schema import MEMBER_CATEGORIES

Row = dict[str, Any]

RATES = ((3000, 5), (5000, 10), (10000, 15))  # 工资基数 up to (yuan) → ‰ (0.5%, 1%, 1.5%)
EXEMPT_REASON = "因病长期休养，经支部大会讨论同意免交"


def _rate(base_yuan: int) -> int:
    for top, permille in RATES:
        if base_yuan <= top:
            return permille
    return 20


def dues_rows(
    rng: random.Random,
    branch: DemoBranch,
    tables: dict[str, list[Row]],
    person_ids: dict[int, int],
    base: Callable[[str, str], Row],
    stamp: Callable[..., str],
    year: int,
    last_day: str,
) -> None:
    """Add the standards, the payments of `year` up to `last_day`, and the monthly totals."""
    for name in ("dues_standard", "dues_payment", "dues_month"):
        tables.setdefault(name, [])
    last_month = last_day[:7]
    months = [f"{year}-{m:02d}" for m in range(1, 13) if f"{year}-{m:02d}" <= last_month]

    def liable(p, month: str) -> bool:
        """As models.records.dues counts it: a member's category, on the roster on the month's
        first or last day."""
        y, m = int(month[:4]), int(month[5:])
        last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        return p.category in MEMBER_CATEGORIES and any(
            p.status_on(day) in ("active", "mobile") for day in (f"{month}-01", last)
        )

    members = [p for p in branch.people if any(liable(p, m) for m in months)]
    if not members or not months:
        return
    standard: dict[int, list[tuple[str, int]]] = {}
    for p in members:
        salary = rng.randrange(3600, 9800, 100)
        net = salary - rng.randrange(600, 1400, 50)
        permille = _rate(net)
        cents = net * permille // 10
        since = f"{year - 1}-01"
        row = base("dues_standard", stamp(f"{year - 1}-01-05"))
        row.update(branch_id=1, person_id=person_ids[p.id], effective_from=since,
                   amount_cents=cents, base_cents=net * 100, rate_permille=permille,
                   note="")  # fmt: skip
        standard[p.id] = [(since, cents)]
        if rng.random() < 0.3 and f"{year}-07" <= last_month:
            net2 = net + rng.randrange(200, 800, 100)
            cents2 = net2 * _rate(net2) // 10
            row = base("dues_standard", stamp(f"{year}-07-03"))
            row.update(branch_id=1, person_id=person_ids[p.id], effective_from=f"{year}-07",
                       amount_cents=cents2, base_cents=net2 * 100, rate_permille=_rate(net2),
                       note="调整工资后重新核定")  # fmt: skip
            standard[p.id].append((f"{year}-07", cents2))
    shuffled = members[:]
    rng.shuffle(shuffled)
    owing = shuffled[0]  # stops paying four months before the end
    quarterly = {p.id for p in shuffled[1:3]}
    # The exempt member: the first of the rest liable in both exempt months (not one who joined
    # or left in between, whose exemption would not show).
    exempt_months = set(months[2:4])
    exempt = next((p for p in shuffled[3:] if all(liable(p, m) for m in exempt_months)), None)
    totals: dict[str, list[int]] = {}
    latest: dict[str, str] = {}  # the month's last payment day
    for p in members:
        for i, month in enumerate(months):
            if not liable(p, month):
                continue
            if p is owing and i >= len(months) - 4:
                continue
            due = [c for since, c in standard[p.id] if since <= month][-1]
            y, m = int(month[:4]), int(month[5:])
            kind, note, paid = "paid", "", due
            if p is exempt and month in exempt_months:
                kind, note, paid, day = "exempt", EXEMPT_REASON, 0, None
            elif p.id in quarterly:  # pays the quarter in its last month: the others 补交
                q_last = (m - 1) // 3 * 3 + 3
                day = dt.date(y, q_last, rng.randint(3, 10)).isoformat()
                if q_last != m:
                    kind, note = "late", "季度末集中补交"
            else:
                day = dt.date(y, m, rng.randint(1, 8)).isoformat()
            if day and day > last_day:
                continue
            row = base("dues_payment", stamp(day or f"{month}-10", "16:00"))
            row.update(branch_id=1, person_id=person_ids[p.id], month=month, due_cents=due,
                       paid_cents=paid, paid_on=day, kind=kind, note=note)  # fmt: skip
            t = totals.setdefault(month, [0, 0, 0, 0])
            latest[month] = max(latest.get(month, ""), day or f"{month}-10")
            t[0] += due
            t[1] += paid
            t[2] += 1
            t[3] += kind == "exempt"
    for month, (due, paid, count, n_exempt) in sorted(totals.items()):
        row = base("dues_month", stamp(latest[month], "16:30"))
        row.update(branch_id=1, month=month, due_cents=due, paid_cents=paid, members=count,
                   exempt=n_exempt)  # fmt: skip


ORGANISATIONS = ("区实验中学党支部", "市第三中学党总支", "区教育局机关党支部", "东城小学党支部")


def transfer_rows(
    rng: random.Random,
    tables: dict[str, list[Row]],
    base: Callable[[str, str], Row],
    stamp: Callable[..., str],
    year: int,
    last_day: str,
) -> None:
    """A 转出 record for each roster status change to `transferred` in `year` (the day before it
    took effect, linked to it): the earliest with its 回执, a later one still waiting for it."""
    tables.setdefault("transfer", [])
    moves = sorted(
        (s for s in tables.get("person_status", [])
         if s["status"] == "transferred" and s["effective_on"][:4] == str(year)),
        key=lambda s: s["effective_on"],
    )  # fmt: skip
    for i, status in enumerate(moves):
        left = dt.date.fromisoformat(status["effective_on"]) - dt.timedelta(days=1)
        receipt = left + dt.timedelta(days=rng.randint(8, 20))
        has_receipt = i == 0 and receipt.isoformat() <= last_day
        row = base("transfer", stamp(left.isoformat(), "15:00"))
        row.update(
            branch_id=1,
            person_id=status["person_id"],
            direction="out",
            date=left.isoformat(),
            organisation=rng.choice(ORGANISATIONS),
            letter_no=f"组转〔{year}〕{rng.randint(3, 40)}号",
            receipt_on=receipt.isoformat() if has_receipt else None,
            status_id=status["id"],
            note="",
        )
