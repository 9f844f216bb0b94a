"""Roster import from CSV or Excel: read, guess the columns, check every row, write.

The flow the import dialog follows: `read_table(path)` → `guess_mapping(headers)` (the user may
change it) → `check_rows(table, mapping)` (each row's PersonInput or its problems) →
`import_people(table, mapping, skip_bad=...)`. The write is one transaction: either every row
asked for is on the roster afterwards, or none is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from models.errors import ValidationError
from models.file.schema import CATEGORIES
from models.records.branch import current_branch
from models.records.people import PersonInput, list_people, save_person, validate_person
from models.records.validation import atomic_write
from models.text.i18n import translate
from models.vocabulary import category_label

# Target fields in the order the dialog shows them.
FIELDS = (
    "name",
    "sex",
    "birth_date",
    "category",
    "party_group",
    "unit",
    "joined_on",
    "full_member_on",
    "phone",
    "on_roster_since",
    "note",
)
DATE_FIELDS = ("birth_date", "joined_on", "full_member_on", "on_roster_since")

# Header words (lower case, no spaces) that name each field, Chinese and English.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "党员姓名", "name", "fullname"),
    "sex": ("性别", "sex", "gender"),
    "birth_date": ("出生日期", "出生年月", "生日", "birthdate", "birthday", "dateofbirth", "born"),
    "category": ("人员类别", "类别", "身份", "政治面貌", "党员类别", "category", "type"),
    "party_group": ("党小组", "所在党小组", "partygroup", "group"),
    "unit": ("单位", "所在单位", "工作单位", "unit", "school"),
    "joined_on": ("入党日期", "入党时间", "joinedon", "joined", "joindate"),
    "full_member_on": ("转正日期", "转正时间", "fullmemberon", "fullmember"),
    "phone": ("电话", "联系电话", "手机", "手机号", "手机号码", "phone", "mobile", "tel"),
    "on_roster_since": ("在册日期", "转入日期", "onrostersince", "since"),
    "note": ("备注", "note", "notes", "remark"),
}

SEX_WORDS = {"男": "M", "m": "M", "male": "M", "女": "F", "f": "F", "female": "F"}
CATEGORY_WORDS = {
    "正式党员": "full_member",
    "党员": "full_member",
    "中共党员": "full_member",
    "预备党员": "probationary",
    "中共预备党员": "probationary",
    "发展对象": "candidate",
    "入党积极分子": "activist",
    "积极分子": "activist",
    "群众": "staff",
    "教职工": "staff",
    "群众·教职工": "staff",
}


@dataclass
class Table:
    """A file's cells as text: the header row and the data rows (line numbers from 2)."""

    headers: list[str]
    rows: list[list[str]]


@dataclass
class RowResult:
    """One data row: the person it describes, or what is wrong with it."""

    line: int  # the line in the file (the header is line 1)
    person: PersonInput | None
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores phone numbers as 13800000000.0
    return str(value).strip()


def _decode(raw: bytes) -> str:
    # Excel on a Chinese Windows saves "CSV" as GB18030; others write UTF-8 (with a BOM or not).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        {"file": translate("RosterImport", "The file is not text in UTF-8 or GB18030.")}
    )


def read_table(path: str | Path) -> Table:
    """Read a .csv or .xlsx file into text cells; ValidationError if it cannot be read."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            cells = _read_xlsx(path)
        else:
            text = _decode(path.read_bytes())
            dialect = csv.excel
            try:
                dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
            except csv.Error:
                pass  # a one-column file: the default comma dialect reads it fine
            cells = [[_cell(c) for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    except ValidationError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a broken or wrong file
        raise ValidationError(
            {
                "file": translate("RosterImport", "{name} could not be read: {error}").format(
                    name=path.name, error=exc
                )
            }
        ) from exc
    cells = [row for row in cells if any(c for c in row)]
    if not cells:
        raise ValidationError({"file": translate("RosterImport", "The file has no rows.")})
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    return Table(cells[0], cells[1:])


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # slow to import; only needed here

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _key(text: str) -> str:
    return re.sub(r"[\s_\-()（）:：]", "", text).lower()


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """{field: column index} for the columns whose header names a field."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _key(header)
        for name, aliases in HEADER_ALIASES.items():
            if name not in mapping and key in aliases:
                mapping[name] = index
                break
    return mapping


def parse_date_text(text: str) -> str | None:
    """'2020-1-5', '2020/01/05', '2020.1.5', '20200105', '2020年1月5日' → '2020-01-05';
    None when it is not one of these shapes (the value is then kept and reported)."""
    text = text.strip()
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", text
    )
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _category(text: str) -> str | None:
    word = text.strip()
    if not word:
        return "full_member"
    if word in CATEGORIES:
        return word
    if word in CATEGORY_WORDS:
        return CATEGORY_WORDS[word]
    for code in CATEGORIES:  # the label in the language in use ("Full member", ...)
        if word.lower() == category_label(code).lower():
            return code
    return None


def check_rows(table: Table, mapping: dict[str, int]) -> list[RowResult]:
    """Turn each data row into a PersonInput, with every problem found (per field)."""
    branch = current_branch()
    groups = {name: uuid for uuid, name in (branch.groups if branch else [])}
    units = {name: uuid for uuid, name, _, _ in (branch.units if branch else [])}
    existing = {(p.name, p.birth_date or "") for p in list_people()}
    existing_names = {p.name for p in list_people()}
    seen: dict[tuple[str, str], int] = {}
    results = []
    for offset, row in enumerate(table.rows):
        values = {f: row[i] if i < len(row) else "" for f, i in mapping.items()}
        problems: dict[str, str] = {}
        if "name" not in mapping:
            problems["name"] = translate("RosterImport", "No column is mapped to the name.")
        sex = SEX_WORDS.get(values.get("sex", "").strip().lower(), None)
        if values.get("sex", "").strip() and sex is None:
            problems["sex"] = translate("RosterImport", "Sex: {value} is not 男 or 女.").format(
                value=values["sex"]
            )
        category = _category(values.get("category", ""))
        if category is None:
            problems["category"] = translate(
                "RosterImport",
                "Category: {value} is not one of 正式党员, 预备党员, 发展对象, 入党积极分子, 群众.",
            ).format(value=values["category"])
        dates: dict[str, str | None] = {}
        for name in DATE_FIELDS:
            text = values.get(name, "").strip()
            # An unrecognised shape is passed on as written so validate_person reports it.
            dates[name] = (parse_date_text(text) or text) if text else None
        group_name = values.get("party_group", "").strip()
        if group_name and group_name not in groups:
            problems["party_group"] = translate(
                "RosterImport", "Party group: {value} does not exist (add it in Settings first)."
            ).format(value=group_name)
        unit_name = values.get("unit", "").strip()
        if unit_name and unit_name not in units:
            problems["unit"] = translate(
                "RosterImport", "Unit: {value} is not one of the branch's units."
            ).format(value=unit_name)
        person = PersonInput(
            name=values.get("name", "").strip(),
            sex=sex or "",
            birth_date=dates["birth_date"],
            unit_uuid=units.get(unit_name),
            party_group_uuid=groups.get(group_name),
            category=category or "full_member",
            joined_on=dates["joined_on"],
            full_member_on=dates["full_member_on"],
            phone=values.get("phone", "").strip(),
            note=values.get("note", "").strip(),
            on_roster_since=dates["on_roster_since"],
        )
        for key, message in validate_person(person).items():
            problems.setdefault(key, message)
        identity = (person.name, person.birth_date or "")
        if person.name and (
            identity in existing or (not person.birth_date and person.name in existing_names)
        ):
            problems["duplicate"] = translate(
                "RosterImport", "{name} is already on the roster."
            ).format(name=person.name)
        elif person.name and identity in seen:
            problems["duplicate"] = translate(
                "RosterImport", "{name} is listed twice in the file (line {line})."
            ).format(name=person.name, line=seen[identity])
        seen.setdefault(identity, offset + 2)
        results.append(RowResult(offset + 2, None if problems else person, problems))
    return results


def import_people(
    table: Table, mapping: dict[str, int], *, skip_bad: bool = False, who: str = ""
) -> int:
    """Put the file's people on the roster in one transaction; returns how many.

    With problems present this writes nothing and raises ValidationError, unless `skip_bad`
    asks explicitly for the good rows only.
    """
    results = check_rows(table, mapping)
    bad = [r for r in results if not r.ok]
    if bad and not skip_bad:
        raise ValidationError(
            {
                f"line.{r.line}": translate("RosterImport", "Line {line}: {problems}").format(
                    line=r.line, problems=" ".join(r.problems.values())
                )
                for r in bad
            }
        )
    good = [r.person for r in results if r.ok and r.person is not None]
    with atomic_write():
        for person in good:
            save_person(person, who=who)
    return len(good)
