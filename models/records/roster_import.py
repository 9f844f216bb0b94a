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
import stat
import unicodedata
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
    "ethnicity",
    "native_place",
    "education",
    "job_title",
    "id_number",
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
    "ethnicity": ("民族", "ethnicity", "nationality"),
    "native_place": ("籍贯", "nativeplace", "hometown"),
    "education": ("学历", "最高学历", "文化程度", "education"),
    "job_title": (
        "职称/职务",
        "职务/职称",
        "职称职务",
        "职务",
        "职称",
        "jobtitle",
        "title",
        "post",
    ),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "idnumber", "idno", "idcard"),
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
    # A staff list gives every teacher's 政治面貌: all but the Party's own are staff here.
    "共青团员": "staff",
    "团员": "staff",
    "中共党员（预备）": "probationary",
    "无党派人士": "staff",
    "民主党派": "staff",
    "民革党员": "staff",
    "民盟盟员": "staff",
    "民建会员": "staff",
    "民进会员": "staff",
    "农工党党员": "staff",
    "致公党党员": "staff",
    "九三学社社员": "staff",
    "台盟盟员": "staff",
}


# What a roster file may be: anything larger is not a branch's roster, and is refused by its
# size and first bytes before it is read (a 4 GiB file is never copied into memory).
MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_XLSX_BYTES = 100 * 1024 * 1024  # a workbook may carry pictures
MAX_XLSX_UNPACKED = 200 * 1024 * 1024  # the workbook's XML once unzipped (pictures aside)
MAX_ROWS = 10_000
MAX_COLUMNS = 64
HEAD_BYTES = 64 * 1024
HEADER_SEARCH_ROWS = 10  # the header row is looked for among the first rows with text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Table:
    """A file's cells as text: the header row and the data rows, with each data row's number as
    the spreadsheet shows it (`lines`; without them, numbered from 2)."""

    headers: list[str]
    rows: list[list[str]]
    lines: list[int] = field(default_factory=list)

    def line(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else index + 2


@dataclass
class RowResult:
    """One data row: the person it describes, or what is wrong with it (and how to fix it).

    `warnings` do not stop the row (e.g. a second person with a name already on the roster)."""

    line: int  # the row's number in the file, as Excel shows it
    person: PersonInput | None
    problems: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

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
    # Text from a file is hostile: control characters (a vertical tab from Word, NUL) go.
    return _CONTROL.sub("", str(value).replace("\r\n", "\n")).strip()


def _format_section(number_format: object) -> str:
    """The first section of an Excel number format without its literal text and [..] parts."""
    text = str(number_format or "").split(";")[0]
    return re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", text)


def _xlsx_cell(value: object, number_format: object) -> str:
    """A cell's value as the secretary sees it in Excel (its number format decides)."""
    section = _format_section(number_format)
    if isinstance(value, dt.datetime | dt.date) and "d" not in section.lower():
        # A date cell shown as a month (yyyy"年"m"月", yyyy.mm): Excel stored the 1st of the
        # month, but the roster gives only the month.
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, float) and "%" not in section and "e" not in section.lower():
        # 1978.10 typed into a cell shown with two decimals is October, not 1978.1.
        decimals = re.search(r"\.([0#?]+)", section)
        if decimals:
            return f"{value:.{len(decimals[1])}f}"
        if not value.is_integer():
            return repr(value)
    return _cell(value)


def _refuse(path: Path, reason: str) -> ValidationError:
    return ValidationError(
        {
            "file": translate("RosterImport", "{name} cannot be imported: {reason}").format(
                name=path.name, reason=reason
            )
        }
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f}"


def _kind_of(path: Path) -> str:
    """'xlsx' or 'text', from the file's first bytes and size; ValidationError for anything else.

    Nothing beyond the first 64 KiB is read here."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(path, translate("RosterImport", "it is not a file."))
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    if head.startswith(b"PK\x03\x04"):
        kind, limit = "xlsx", MAX_XLSX_BYTES
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(
            path,
            translate(
                "RosterImport",
                "it is an old Excel (.xls) or password-protected workbook. Open it in Excel, "
                "remove any password and save it as .xlsx (Excel Workbook), then import that.",
            ),
        )
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _refuse(
            path,
            translate("RosterImport", "it is not an Excel workbook (.xlsx) although named so."),
        )
    elif b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(
            path,
            translate(
                "RosterImport",
                "it is neither an Excel workbook (.xlsx) nor a CSV text file. In Excel, save "
                "the roster as .xlsx or as CSV and import that.",
            ),
        )
    else:
        kind, limit = "text", MAX_TEXT_BYTES
    if info.st_size > limit:
        raise _refuse(
            path,
            translate(
                "RosterImport", "it is {size} MB; a roster file is at most {limit} MB."
            ).format(size=_megabytes(info.st_size), limit=_megabytes(limit)),
        )
    return kind


def _decode(raw: bytes) -> str:
    # Excel on a Chinese Windows saves "CSV" as GB18030 (GBK) and "Unicode text" as UTF-16 with
    # a BOM; others write UTF-8 (with a BOM or not).
    encodings = (
        ("utf-16",) if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "gb18030")
    )
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise ValidationError(
        {
            "file": translate(
                "RosterImport",
                "The file is not text in UTF-8, GB18030 (GBK) or UTF-16. In Excel, save the "
                "roster as .xlsx or as CSV and import that.",
            )
        }
    )


def read_table(path: str | Path) -> Table:
    """Read a .csv or .xlsx file into text cells; ValidationError if it cannot be read.

    The file is checked by its first bytes and size before it is read, and a workbook's
    declared sheet size is not trusted: memory stays bounded whatever the file claims."""
    path = Path(path)
    try:
        if _kind_of(path) == "xlsx":
            cells = _read_xlsx(path)
        else:
            text = _decode(path.read_bytes())
            dialect = csv.excel
            try:
                dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
            except csv.Error:
                pass  # a one-column file: the default comma dialect reads it fine
            cells = []
            for number, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
                row = [_cell(c) for c in row[:MAX_COLUMNS]]
                if any(row):
                    _count_row(path, cells)
                    cells.append((number, row))
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
    if not cells:
        raise ValidationError({"file": translate("RosterImport", "The file has no rows.")})
    # Columns empty in every row (a sheet formatted far to the right) are not shown.
    width = max(max((i + 1 for i, c in enumerate(r) if c), default=0) for _, r in cells)
    cells = [(n, (r + [""] * (width - len(r)))[:width]) for n, r in cells]
    # A roster often has a title (第一实验小学党员花名册) or a note above the row naming the
    # columns: the header is the first of the top rows that names the most fields.
    top = [len(guess_mapping(r)) for _, r in cells[:HEADER_SEARCH_ROWS]]
    header = top.index(max(top))
    return Table(
        cells[header][1],
        [r for _, r in cells[header + 1 :]],
        [n for n, _ in cells[header + 1 :]],
    )


def _count_row(path: Path, rows: list) -> None:
    if len(rows) > MAX_ROWS:
        raise _refuse(
            path,
            translate("RosterImport", "it has more than {n} rows; a roster has fewer.").format(
                n=MAX_ROWS
            ),
        )


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    import zipfile

    from openpyxl import load_workbook  # slow to import; only needed here

    # The sizes a zip declares bound what it unpacks to: refuse a workbook whose XML would
    # unpack to more than a roster could hold (a zip bomb) before openpyxl reads any of it.
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(i.file_size for i in archive.infolist() if "/media/" not in i.filename)
    if unpacked > MAX_XLSX_UNPACKED:
        raise _refuse(
            path,
            translate("RosterImport", "its sheets unpack to {size} MB.").format(
                size=_megabytes(unpacked)
            ),
        )
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        # The sheet's declared size (A1:XFD1048576 in some files) would make openpyxl pad every
        # row to 16384 cells and add rows up to a million: read only the cells that are there.
        sheet.reset_dimensions()
        rows: list[tuple[int, list[str]]] = []
        for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
            cells = [_xlsx_cell(c.value, getattr(c, "number_format", None)) for c in row]
            if any(cells):
                _count_row(path, rows)
                rows.append((number, cells))
        return rows
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


def _plain(text: str) -> str:
    """Full-width digits and marks (１９７８．０５) as ASCII, without spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


_MONTH_TEXT = re.compile(r"(\d{4})[-/.年](\d{1,2})月?|(\d{4})(\d{2})")


def _month_text(text: str) -> str | None:
    """'1978.05', '1982-03', '1990年4月', '1990/4', '197805' → 'YYYY-MM'; else None."""
    m = _MONTH_TEXT.fullmatch(_plain(text))
    if not m:
        return None
    year, month = (m[1], m[2]) if m[1] else (m[3], m[4])
    return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None


def parse_birth_text(text: str) -> str | None:
    """A birth date as rosters write it: a full date in any shape parse_date_text reads
    ('YYYY-MM-DD'), or only the month (出生年月: 1978.05, 1982-03, 1990年4月 → 'YYYY-MM');
    None when it is neither."""
    plain = _plain(text)
    return parse_date_text(plain) or _month_text(plain)


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


def _date_problem(name: str, text: str) -> str:
    """What is wrong with a date cell, and how to fix it."""
    label = field_label(name)
    if name == "birth_date":
        return translate(
            "RosterImport",
            "{field}: “{value}” is not a date. Write it as 1978-05-12, or only the month as "
            "1978-05.",
        ).format(field=label, value=text)
    if _month_text(text):
        return translate(
            "RosterImport",
            "{field}: “{value}” gives no day. Write the full date, e.g. {example}.",
        ).format(field=label, value=text, example=f"{_month_text(text)}-01")
    return translate(
        "RosterImport", "{field}: “{value}” is not a date that exists. Write it as 2008-07-01."
    ).format(field=label, value=text)


def field_label(name: str) -> str:
    """The name of a field as the preview's messages use it."""
    labels = {
        "name": translate("Fields", "Name"),
        "sex": translate("Fields", "Sex"),
        "birth_date": translate("Fields", "Birth date"),
        "category": translate("Fields", "Category"),
        "party_group": translate("Fields", "Party group"),
        "unit": translate("Fields", "Unit"),
        "joined_on": translate("Fields", "Joined the Party on"),
        "full_member_on": translate("Fields", "Full member on"),
        "phone": translate("Fields", "Phone"),
        "ethnicity": translate("Fields", "Ethnicity"),
        "native_place": translate("Fields", "Native place"),
        "education": translate("Fields", "Education"),
        "job_title": translate("Fields", "Title / post"),
        "id_number": translate("Fields", "ID number"),
        "on_roster_since": translate("Fields", "On roster since"),
        "note": translate("Fields", "Note"),
    }
    return labels.get(name, name)


def _may_be_one_person(a: tuple[str | None, str], b: tuple[str | None, str]) -> bool:
    """Two records with one name are told apart only by a birth date or a unit that both give
    and that differ (a birth month and a day in that month may be the same person)."""
    (birth_a, unit_a), (birth_b, unit_b) = a, b
    if birth_a and birth_b and not (birth_a.startswith(birth_b) or birth_b.startswith(birth_a)):
        return False
    return not (unit_a and unit_b and unit_a != unit_b)


def _who(birth: str | None, unit: str) -> str:
    parts = []
    if birth:
        parts.append(translate("RosterImport", "born {date}").format(date=birth))
    if unit:
        parts.append(unit)
    return "、".join(parts) or translate("RosterImport", "no birth date or unit")


def check_rows(table: Table, mapping: dict[str, int]) -> list[RowResult]:
    """Turn each data row into a PersonInput, with every problem found (per field, each saying
    how to fix it) and the warnings that do not stop the row."""
    branch = current_branch()
    groups = {name: uuid for uuid, name in (branch.groups if branch else [])}
    units = {name: uuid for uuid, name, _, _ in (branch.units if branch else [])}
    existing: dict[str, list[tuple[str | None, str]]] = {}
    for p in list_people():
        existing.setdefault(p.name, []).append((p.birth_date, p.unit))
    in_file: dict[str, list[tuple[int, str | None, str]]] = {}
    results = []
    for offset, row in enumerate(table.rows):
        line = table.line(offset)
        values = {f: row[i] if i < len(row) else "" for f, i in mapping.items()}
        problems: dict[str, str] = {}
        warnings: dict[str, str] = {}
        if "name" not in mapping:
            problems["name"] = translate(
                "RosterImport", "No column is mapped to the name: choose it above."
            )
        elif not values["name"].strip():
            problems["name"] = translate(
                "RosterImport", "The name is empty: type it in, or leave this row out."
            )
        sex = SEX_WORDS.get(values.get("sex", "").strip().lower(), None)
        if values.get("sex", "").strip() and sex is None:
            problems["sex"] = translate(
                "RosterImport", "Sex: “{value}” is not 男 or 女. Write 男 or 女, or leave it empty."
            ).format(value=values["sex"])
        category = _category(values.get("category", ""))
        if category is None:
            problems["category"] = translate(
                "RosterImport",
                "Category: “{value}” is not a category. Write one of 正式党员, 预备党员, "
                "发展对象, 入党积极分子, 群众.",
            ).format(value=values["category"])
        dates: dict[str, str | None] = {}
        for name in DATE_FIELDS:
            text = values.get(name, "").strip()
            if not text:
                dates[name] = None
                continue
            parsed = parse_birth_text(text) if name == "birth_date" else parse_date_text(text)
            if parsed is None:
                problems[name] = _date_problem(name, text)
            # An unrecognised shape is passed on as written (validate_person refuses it too).
            dates[name] = parsed or text
        group_name = values.get("party_group", "").strip()
        if group_name and group_name not in groups:
            problems["party_group"] = translate(
                "RosterImport",
                "Party group: “{value}” does not exist. Correct the cell, or add the group in "
                "Settings first.",
            ).format(value=group_name)
        unit_name = values.get("unit", "").strip()
        if unit_name and unit_name not in units:
            problems["unit"] = translate(
                "RosterImport",
                "Unit: “{value}” is not one of the branch's units ({units}). Correct the cell, "
                "or add the unit in Settings first.",
            ).format(value=unit_name, units="、".join(units) or "—")
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
            ethnicity=values.get("ethnicity", "").strip(),
            native_place=values.get("native_place", "").strip(),
            education=values.get("education", "").strip(),
            job_title=values.get("job_title", "").strip(),
            id_number=values.get("id_number", "").strip(),
            on_roster_since=dates["on_roster_since"],
        )
        for key, message in validate_person(person).items():
            if (
                key in ("birth_date", "phone", "full_member_on", "id_number")
                and key not in problems
            ):
                message = translate("RosterImport", "{problem} Correct the cell.").format(
                    problem=message
                )
            problems.setdefault(key, message)
        name = person.name
        me = (person.birth_date, unit_name if unit_name in units else "")
        if name:
            twin = next((o for o in existing.get(name, []) if _may_be_one_person(me, o)), None)
            earlier = next(
                (e for e in in_file.get(name, []) if _may_be_one_person(me, (e[1], e[2]))), None
            )
            if twin is not None:
                problems["duplicate"] = translate(
                    "RosterImport",
                    "{name} is already on the roster ({who}). If this is another person of the "
                    "same name, give the birth date or unit that tells them apart; otherwise "
                    "leave this row out.",
                ).format(name=name, who=_who(*twin))
            elif earlier is not None:
                problems["duplicate"] = translate(
                    "RosterImport",
                    "{name} is also on line {line}, with nothing to tell the two apart. If they "
                    "are two people, give their birth dates or units; otherwise leave this row "
                    "out.",
                ).format(name=name, line=earlier[0])
            elif existing.get(name):
                warnings["same_name"] = translate(
                    "RosterImport",
                    "There is already a {name} on the roster ({who}); this row adds another "
                    "person of the same name ({me}).",
                ).format(name=name, who=_who(*existing[name][0]), me=_who(*me))
            in_file.setdefault(name, []).append((line, *me))
        results.append(RowResult(line, None if problems else person, problems, warnings))
    # Two people of one name in the file, told apart: every such row says so.
    by_line = {r.line: r for r in results}
    for name, rows in in_file.items():
        apart = [line for line, _, _ in rows if "duplicate" not in by_line[line].problems]
        if len(apart) < 2:
            continue
        for line in apart:
            by_line[line].warnings.setdefault(
                "same_name",
                translate(
                    "RosterImport",
                    "{name} is on lines {lines} of the file; each is imported as a separate "
                    "person, told apart by birth date or unit.",
                ).format(name=name, lines=", ".join(map(str, apart))),
            )
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
