"""A corpus of hostile files: each is rejected with its reason and the district never changes."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models.bureau.bundle_format import MANIFEST_KEY, content_hash
from models.bureau.merge import import_bundles
from models.file.ledger import SCHEMA_VERSION
from tests.bureau_helpers import build_branch, canonical_dump, sha256


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A district already holding one good bundle, and that bundle to spoil."""
    tmp = tmp_path_factory.mktemp("hostile")
    branch = build_branch(tmp / "branch.ledger", "实验小学党支部", seed=7, per_month=2)
    good = tmp / "good.bundle"
    make_bundle(branch.path, good)
    district = tmp / "district.ledger"
    (result,) = import_bundles(district, [good])
    assert result.accepted and result.added > 0
    return tmp, good, district


def _spoil(good: Path, target: Path, *sql: str, rehash: bool = False) -> Path:
    """A copy of the good bundle changed with SQL (optionally with a recomputed manifest, so
    that only the deeper checks can catch it)."""
    shutil.copy(good, target)
    con = sqlite3.connect(target)
    try:
        for statement in sql:
            con.execute(statement)
        if rehash:
            (value,) = con.execute(
                "SELECT value FROM setting WHERE key = ?", (MANIFEST_KEY,)
            ).fetchone()
            manifest = json.loads(value)
            manifest["content_hash"], manifest["counts"] = content_hash(con)
            con.execute(
                "UPDATE setting SET value = ? WHERE key = ?", (json.dumps(manifest), MANIFEST_KEY)
            )
        con.commit()
    finally:
        con.close()
    return target


def _fingerprint(path: Path) -> str | None:
    return sha256(path) if path.is_file() else None


def _assert_rejected(district: Path, hostile: Path, *words: str) -> str:
    before_district, before_file = sha256(district), _fingerprint(hostile)
    (result,) = import_bundles(district, [hostile])
    assert result.status == "rejected", (hostile.name, result)
    assert result.reason
    for word in words:
        assert word in result.reason, (hostile.name, result.reason)
    assert (result.added, result.updated, result.conflicts) == (0, 0, [])
    assert sha256(district) == before_district
    assert _fingerprint(hostile) == before_file
    return result.reason


def _xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "姓名"
    wb.save(path)
    return path


def test_simple_non_bundles(corpus) -> None:
    tmp, good, district = corpus
    empty = tmp / "empty.bundle"
    empty.write_bytes(b"")
    _assert_rejected(district, empty, "empty")
    text = tmp / "text.bundle"
    text.write_text("支部工作台账\n第一行\n", encoding="utf-8")
    _assert_rejected(district, text, "text file")
    _assert_rejected(district, _xlsx(tmp / "renamed.bundle"), "ZIP")
    other = tmp / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.commit()
    con.close()
    _assert_rejected(district, other, "another program")
    _assert_rejected(district, tmp / "does-not-exist.bundle", "does not exist")
    _assert_rejected(district, tmp, "not a file")


def test_newer_schema(corpus) -> None:
    tmp, good, district = corpus
    newer = _spoil(good, tmp / "newer.bundle", f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    _assert_rejected(district, newer, "newer")


def test_truncated(corpus) -> None:
    tmp, good, district = corpus
    data = good.read_bytes()
    for n, size in enumerate((50, 4096 + 100, len(data) // 2, len(data) - 4096)):
        cut = tmp / f"truncated{n}.bundle"
        cut.write_bytes(data[:size])
        _assert_rejected(district, cut)


def test_added_trigger_view_table_column(corpus) -> None:
    tmp, good, district = corpus
    trigger = _spoil(
        good,
        tmp / "trigger.bundle",
        "CREATE TRIGGER evil AFTER INSERT ON activity BEGIN DELETE FROM person; END",
    )
    assert "trigger evil" in _assert_rejected(district, trigger, "structure")
    view = _spoil(good, tmp / "view.bundle", "CREATE VIEW v AS SELECT * FROM person")
    assert "view v" in _assert_rejected(district, view, "structure")
    table = _spoil(good, tmp / "table.bundle", "CREATE TABLE extra (x)")
    _assert_rejected(district, table, "structure")
    column = _spoil(good, tmp / "column.bundle", "ALTER TABLE person ADD COLUMN id_card TEXT")
    _assert_rejected(district, column, "structure")
    index = _spoil(good, tmp / "index.bundle", "DROP INDEX activity_date")
    _assert_rejected(district, index, "structure")
    # Named like SQLite's statistics table, a trigger is still a trigger.
    stat = _spoil(
        good,
        tmp / "stat.bundle",
        "PRAGMA writable_schema = ON",
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger',"
        " 'sqlite_stat1', 'person', 0, 'CREATE TRIGGER sqlite_stat1 AFTER UPDATE ON person"
        " BEGIN DELETE FROM attendance; END')",
    )
    assert "sqlite_stat1" in _assert_rejected(district, stat, "structure")


def test_content_changed_after_bundling(corpus) -> None:
    tmp, good, district = corpus
    edited = _spoil(good, tmp / "edited.bundle", "UPDATE activity SET deeds_done = deeds_done + 9")
    _assert_rejected(district, edited, "content hash")
    added = _spoil(good, tmp / "added.bundle", "DELETE FROM attendance WHERE id = 1")
    _assert_rejected(district, added, "manifest")
    bare = _spoil(good, tmp / "bare.bundle", f"DELETE FROM setting WHERE key = '{MANIFEST_KEY}'")
    _assert_rejected(district, bare, "manifest")


def test_rows_a_form_would_refuse(corpus) -> None:
    """With the manifest recomputed, so that the row checks themselves must catch these."""
    tmp, good, district = corpus
    cases = {
        "reason": (
            "UPDATE attendance SET status = 'absent', reason = '' WHERE id = 1",
            "without a reason",
        ),
        "date": ("UPDATE activity SET date = '2026-02-30' WHERE id = 1", "not a date"),
        "kind": (
            (
                "UPDATE activity SET primary_kind = 'party_picnic' WHERE id = 1",
                "UPDATE activity_kind SET kind = 'party_picnic' WHERE activity_id = 1"
                " AND position = 0",
            ),
            "unknown value",
        ),
        "hours": ("UPDATE activity SET duration_min = 1800 WHERE id = 1", "out of range"),
        # Capped as the form caps them (activity_checks.MAX_COUNT).
        "deeds": ("UPDATE activity SET deeds_done = 1000000000000 WHERE id = 1", "out of range"),
        "served": ("UPDATE activity SET people_served = 1000000001 WHERE id = 1", "out of range"),
        "sequence": ("UPDATE activity SET sequence = 1000000000000 WHERE id = 1", "too large"),
        "votes": (
            "INSERT INTO vote (uuid, created_at, updated_at, rev, deleted_at, activity_id, item,"
            " entitled, present, in_favour, against, abstain, position) VALUES"
            " ('00000000-0000-4000-8000-0000000000aa', '2026-10-01', '2026-10-01', 1, NULL, 1,"
            " '表决', 1000000000000, 1000000000000, 1000000000000, 0, 0, 0)",
            "too large",
        ),
        # A date with a stray line break or space is not a date a form writes.
        "date-newline": ("UPDATE activity SET date = date || char(10) WHERE id = 1", "not a date"),
        "date-space": ("UPDATE activity SET date = ' ' || date WHERE id = 1", "not a date"),
        "birth-date": ("UPDATE person SET birth_date = '1980-01-01 ' WHERE id = 1", "not a date"),
        "status": ("UPDATE attendance SET status = 'asleep' WHERE id = 1", "unknown value"),
        "type": ("UPDATE activity SET date = x'00ff' WHERE id = 1", "wrong kind of value"),
        "link": ("UPDATE attendance SET person_id = 99999 WHERE id = 1", "missing records"),
        "primary": (
            "UPDATE activity SET primary_kind = 'other' WHERE id = (SELECT activity_id FROM"
            " activity_kind WHERE kind <> 'other' AND position = 0 LIMIT 1)",
            "primary kind",
        ),
    }
    for name, (sql, words) in cases.items():
        statements = (sql,) if isinstance(sql, str) else sql
        bad = _spoil(good, tmp / f"form-{name}.bundle", *statements, rehash=True)
        _assert_rejected(district, bad, words)


def test_two_hundred_bit_flips(corpus) -> None:
    """Each flip is rejected, or (a flip in unused space) imports as the very same content:
    in both cases the district stays byte-for-byte the same."""
    tmp, good, district = corpus
    data = good.read_bytes()
    rng = random.Random(20261127)
    rejected = 0
    before = sha256(district)
    for n in range(200):
        flipped = bytearray(data)
        position = rng.randrange(len(flipped))
        flipped[position] ^= 1 << rng.randrange(8)
        path = tmp / "flip.bundle"
        path.write_bytes(bytes(flipped))
        (result,) = import_bundles(district, [path])
        if result.status == "rejected":
            assert result.reason
            rejected += 1
        else:
            assert (result.added, result.updated, result.conflict_count) == (0, 0, 0), (n, position)
        assert sha256(district) == before, (n, position)
    assert rejected > 0


# --- ownership: each school owns its rows (issue 17) ---------------------------------------------


def _rebundle(good: Path, target: Path, *sql: str, manifest=None, params=()) -> Path:
    """A copy of a real bundle changed with SQL, its hash and counts recomputed so that only the
    ownership rules can catch it; `manifest(dict)` may change the manifest too."""
    shutil.copy(good, target)
    con = sqlite3.connect(target)
    try:
        for statement in sql:
            con.execute(statement, params if "?" in statement else ())
        (value,) = con.execute(
            "SELECT value FROM setting WHERE key = ?", (MANIFEST_KEY,)
        ).fetchone()
        data = json.loads(value)
        data["content_hash"], data["counts"] = content_hash(con)
        if manifest is not None:
            manifest(data)
        con.execute(
            "UPDATE setting SET value = ? WHERE key = ?",
            (json.dumps(data, ensure_ascii=False), MANIFEST_KEY),
        )
        con.commit()
    finally:
        con.close()
    return target


def _assert_held(district: Path, bundle: Path, kinds: set[str]):
    before = sha256(district)
    (result,) = import_bundles(district, [bundle])
    assert result.status == "held", result
    assert set(result.held_kinds) == kinds, result.conflicts
    assert result.conflict_count == len(result.conflicts) > 0
    assert (result.added, result.updated) == (0, 0)
    assert sha256(district) == before
    return result


def _live(path: Path, table: str, branch_uuid: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            f"SELECT COUNT(*) FROM {table} t JOIN branch b ON b.id = t.branch_id"
            " WHERE b.uuid = ? AND t.deleted_at IS NULL",
            (branch_uuid,),
        ).fetchone()[0]
    finally:
        con.close()


def _branch_row(path: Path, uuid: str) -> tuple:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT name, branch_type, deleted_at FROM branch WHERE uuid = ?", (uuid,)
        ).fetchone()
    finally:
        con.close()


@pytest.fixture(scope="module")
def schools(tmp_path_factory):
    """A district holding school A (24 activities) and school B, and their real bundles."""
    tmp = tmp_path_factory.mktemp("owners")
    a = build_branch(tmp / "a.ledger", "育才小学党支部", seed=11, per_month=12)
    b = build_branch(tmp / "b.ledger", "实验中学党支部", seed=12, per_month=2)
    make_bundle(a.path, tmp / "a.bundle")
    make_bundle(b.path, tmp / "b.bundle")
    district = tmp / "district.ledger"
    results = import_bundles(district, [tmp / "a.bundle", tmp / "b.bundle"])
    assert all(r.accepted and not r.conflict_count for r in results)
    return tmp, a, b, district


def _template_copy(tmp: Path, a) -> Path:
    """The honest mistake: a new school copies A's ledger, renames the branch, deletes 20 of
    A's activities and adds its own."""
    from models import services
    from models.file.ledger import open_ledger

    copy = tmp / "copy.ledger"
    shutil.copy(a.path, copy)
    with open_ledger(copy):
        info = services.current_branch()
        services.save_branch(
            services.BranchInput(name="新建幼儿园党支部", uuid=info.uuid, groups=["第一党小组"])
        )
        for uuid in a.activities[:20]:
            services.delete_activity(uuid)
        new = services.get_activity(a.activities[21])
        new.uuid = None
        new.topic = "新学校的第一次活动"
        services.save_activity(new)
    make_bundle(copy, tmp / "copy.bundle")
    return tmp / "copy.bundle"


def test_template_copy_is_held_and_a_keeps_its_rows(schools) -> None:
    tmp, a, _b, district = schools
    bundle = _template_copy(tmp, a)
    result = _assert_held(district, bundle, {"name", "deletions"})
    details = " ".join(c.detail for c in result.conflicts)
    assert "新建幼儿园党支部" in details and "育才小学党支部" in details
    assert "20" in details  # how many of the activities would go
    assert _branch_row(district, a.branch_uuid)[0] == "育才小学党支部"
    assert _live(district, "activity", a.branch_uuid) == len(a.activities)


def test_template_copy_applies_only_when_confirmed(schools, capsys) -> None:
    from main import main

    tmp, a, _b, district = schools
    bundle = tmp / "copy.bundle" if (tmp / "copy.bundle").exists() else _template_copy(tmp, a)
    confirmed = tmp / "confirmed.ledger"
    shutil.copy(district, confirmed)
    # Confirming only the name is not enough: the deletions are held still.
    assert main(["--lang", "en", "import", str(confirmed), str(bundle), "--accept", "name"]) == 1
    out = capsys.readouterr().out
    assert "held" in out and "--accept deletions" in out
    assert _branch_row(confirmed, a.branch_uuid)[0] == "育才小学党支部"
    code = main(
        ["--lang", "en", "import", str(confirmed), str(bundle)]
        + ["--accept", "name", "--accept", "deletions", "--json"]
    )
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["files"][0]["status"] == "accepted"
    assert _branch_row(confirmed, a.branch_uuid)[0] == "新建幼儿园党支部"
    assert _live(confirmed, "activity", a.branch_uuid) == len(a.activities) - 20 + 1


def test_a_later_bundle_of_a_still_applies(schools) -> None:
    """After the held copy, A's own newer bundle goes in as usual (nothing was pinned)."""
    from models import services
    from models.file.ledger import open_ledger

    tmp, a, _b, district = schools
    _template_copy(tmp, a)
    later = tmp / "a-later.ledger"
    shutil.copy(a.path, later)
    with open_ledger(later):
        edited = services.get_activity(a.activities[0])
        edited.topic = "育才小学修改后的主题"
        services.save_activity(edited)
    make_bundle(later, tmp / "a-later.bundle")
    scratch = tmp / "scratch-district.ledger"
    shutil.copy(district, scratch)
    import_bundles(scratch, [tmp / "copy.bundle"])  # held: changes nothing
    (result,) = import_bundles(scratch, [tmp / "a-later.bundle"])
    assert result.accepted and result.updated >= 1 and not result.conflict_count
    con = sqlite3.connect(scratch)
    topic = con.execute("SELECT topic FROM activity WHERE uuid = ?", (a.activities[0],)).fetchone()
    con.close()
    assert topic == ("育才小学修改后的主题",)


def test_cross_branch_rows_are_refused(schools) -> None:
    tmp, a, b, district = schools
    good = tmp / "b.bundle"
    foreign_activity, foreign_person = a.activities[3], a.people[2]
    cases = {
        "update": ("UPDATE activity SET uuid = ?, rev = 50 WHERE id = 1", foreign_activity),
        "delete": (
            "UPDATE activity SET uuid = ?, rev = 50, deleted_at = '2026-11-01T00:00:00'"
            " WHERE id = 1",
            foreign_activity,
        ),
        "person": ("UPDATE person SET uuid = ?, rev = 50 WHERE id = 1", foreign_person),
        "attendance": (
            "UPDATE attendance SET uuid = ?, rev = 50 WHERE id = 1",
            _first_uuid(district, "attendance", a.branch_uuid),
        ),
        "audit": (
            "UPDATE audit_entry SET table_name = 'activity', row_uuid = ? WHERE id = 1",
            foreign_activity,
        ),
    }
    for name, (sql, uuid) in cases.items():
        bad = _rebundle(good, tmp / f"cross-{name}.bundle", sql, params=(uuid,))
        reason = _assert_rejected(district, bad, "another branch", "育才小学党支部")
        assert uuid in reason, (name, reason)


def _first_uuid(district: Path, table: str, branch_uuid: str) -> str:
    con = sqlite3.connect(district)
    try:
        return con.execute(
            f"SELECT t.uuid FROM {table} t JOIN activity a ON a.id = t.activity_id"
            " JOIN branch b ON b.id = a.branch_id WHERE b.uuid = ? ORDER BY t.uuid LIMIT 1",
            (branch_uuid,),
        ).fetchone()[0]
    finally:
        con.close()


def test_a_bundle_holds_one_branch_named_by_its_manifest(schools) -> None:
    tmp, a, b, district = schools
    good = tmp / "b.bundle"
    two = _rebundle(
        good,
        tmp / "two-branches.bundle",
        "INSERT INTO branch (uuid, created_at, updated_at, rev, deleted_at, name, branch_type,"
        " superior, guidance_officer, term_years, theme_day_rule) VALUES (?, '2026-01-01',"
        " '2026-01-01', 99, '2026-11-01', '育才小学党支部', 'single', '', '', 3, '')",
        params=(a.branch_uuid,),
    )
    _assert_rejected(district, two, "one branch")

    # The manifest names A while the rows are B's.
    def name_a(m: dict) -> None:
        m["branch"] = {"name": "育才小学党支部", "uuid": a.branch_uuid}
        m["branches"] = [m["branch"]]

    lying = _rebundle(good, tmp / "lying-manifest.bundle", manifest=name_a)
    _assert_rejected(district, lying, "manifest names", "育才小学党支部")


def test_taking_over_a_branch_identity(schools) -> None:
    """B's rows under A's branch uuid (manifest made to match) are refused, since the district
    holds them under B; renaming, retyping or deleting A itself is held for confirmation."""
    tmp, a, b, district = schools

    def as_a(m: dict) -> None:
        m["branch"] = {"name": "实验中学党支部", "uuid": a.branch_uuid}
        m["branches"] = [m["branch"]]

    takeover = _rebundle(
        tmp / "b.bundle",
        tmp / "takeover.bundle",
        "UPDATE branch SET uuid = ?, rev = 40",
        params=(a.branch_uuid,),
        manifest=as_a,
    )
    _assert_rejected(district, takeover, "another branch", "实验中学党支部")
    renamed = _rebundle(
        tmp / "a.bundle",
        tmp / "rename-a.bundle",
        "UPDATE branch SET rev = rev + 1, name = '实验中学党支部', branch_type = 'joint'",
        manifest=as_a,
    )
    _assert_held(district, renamed, {"name", "type"})
    deleted = _rebundle(
        tmp / "a.bundle",
        tmp / "delete-branch.bundle",
        "UPDATE branch SET rev = rev + 1, deleted_at = '2026-11-01T00:00:00'",
        manifest=lambda m: None,
    )
    result = _assert_held(district, deleted, {"deletions"})
    assert "育才小学党支部" in result.conflicts[0].detail


def test_revision_pinning_is_refused(schools) -> None:
    tmp, a, _b, district = schools
    good = tmp / "a.bundle"
    pinned = _rebundle(good, tmp / "pinned.bundle", "UPDATE activity SET rev = 9223372036854775807")
    _assert_rejected(district, pinned, "revision")
    jump = _rebundle(
        good, tmp / "jump.bundle", "UPDATE activity SET rev = rev + 20000 WHERE id = 1"
    )
    _assert_rejected(district, jump, "revision", "far beyond")


def _uuids(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        found: set[str] = set()
        for (table,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            found |= {u for (u,) in con.execute(f'SELECT uuid FROM "{table}"')}
        return found
    finally:
        con.close()


def test_a_copy_started_as_a_new_branch_imports_beside_a(schools) -> None:
    """The app makes the copied ledger safe: new identities for every record, so its bundle is
    a new branch at the bureau and A's rows stay exactly as they were."""
    from models import services
    from models.file.ledger import open_ledger

    tmp, a, _b, district = schools
    copy = tmp / "safe-copy.ledger"
    shutil.copy(a.path, copy)
    with open_ledger(copy):
        new_uuid = services.start_new_branch("新建幼儿园党支部")
        for activity in services.list_activities()[:20]:
            services.delete_activity(activity.uuid)
        assert services.current_branch().name == "新建幼儿园党支部"
    assert _uuids(copy).isdisjoint(_uuids(a.path))
    con = sqlite3.connect(copy)
    audit_rows = con.execute("SELECT row_uuid FROM audit_entry").fetchall()
    con.close()
    assert {u for (u,) in audit_rows} <= _uuids(copy) | {""}  # the history follows its records
    make_bundle(copy, tmp / "safe-copy.bundle")
    scratch = tmp / "safe-district.ledger"
    shutil.copy(district, scratch)
    a_before = canonical_dump(scratch)
    (result,) = import_bundles(scratch, [tmp / "safe-copy.bundle"])
    assert result.accepted and not result.conflict_count and result.updated == 0
    after = canonical_dump(scratch)
    for table, rows in a_before.items():
        assert set(rows) <= set(after[table]), table  # nothing of the district changed
    assert _branch_row(scratch, new_uuid)[0] == "新建幼儿园党支部"
    assert _branch_row(scratch, a.branch_uuid)[0] == "育才小学党支部"
    assert _live(scratch, "activity", a.branch_uuid) == len(a.activities)
    assert _live(scratch, "activity", new_uuid) == len(a.activities) - 20


def test_format_2_records_belong_to_their_branch_too(tmp_path: Path) -> None:
    """A talk record (谈心谈话, format 2) of A's, rewritten in B's bundle: refused."""
    from models.file.ledger import open_ledger
    from models.records.talks import TalkInput, save_talk
    from models.vocabulary import TALK_KINDS

    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=41, per_month=1)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=42, per_month=1)
    with open_ledger(a.path):
        talk = save_talk(
            TalkInput(
                date="2026-10-10",
                person_uuid=a.people[0],
                kind=TALK_KINDS[0],
                other_name="张老师",
                points="谈话要点",
            )
        )
    with open_ledger(b.path):
        save_talk(
            TalkInput(
                date="2026-10-11", person_uuid=b.people[0], kind=TALK_KINDS[0], other_name="李老师"
            )
        )
    make_bundle(a.path, tmp_path / "a.bundle")
    make_bundle(b.path, tmp_path / "b.bundle")
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "a.bundle"])
    bad = _rebundle(
        tmp_path / "b.bundle",
        tmp_path / "b-talk.bundle",
        "UPDATE talk SET uuid = ?, rev = 9, points = '改写的要点'",
        params=(talk,),
    )
    assert talk in _assert_rejected(district, bad, "another branch", "育才小学党支部")


def test_themes_belong_to_their_branch_too(tmp_path: Path) -> None:
    """A theme or an activity's theme (format 8) of A's, rewritten in B's bundle: refused, and
    the district keeps A's rows as they were."""
    a = build_branch(tmp_path / "a.ledger", "育才小学党支部", seed=51, per_month=3, themes=True)
    b = build_branch(tmp_path / "b.ledger", "实验中学党支部", seed=52, per_month=3, themes=True)
    make_bundle(a.path, tmp_path / "a.bundle")
    make_bundle(b.path, tmp_path / "b.bundle")
    district = tmp_path / "district.ledger"
    (first,) = import_bundles(district, [tmp_path / "a.bundle"])
    assert first.accepted
    con = sqlite3.connect(district)
    theme = con.execute("SELECT uuid FROM theme WHERE code = '' ORDER BY uuid").fetchone()[0]
    tagged = _first_uuid(district, "activity_theme", a.branch_uuid)
    before = con.execute("SELECT uuid, name, rev FROM theme ORDER BY uuid").fetchall()
    con.close()
    cases = {
        "theme": ("UPDATE theme SET uuid = ?, rev = 9, name = '改写' WHERE code = ''", theme),
        "activity_theme": (
            "UPDATE activity_theme SET uuid = ?, rev = 9 WHERE id = 1",
            tagged,
        ),
    }
    for name, (sql, uuid) in cases.items():
        bad = _rebundle(tmp_path / "b.bundle", tmp_path / f"b-{name}.bundle", sql, params=(uuid,))
        assert uuid in _assert_rejected(district, bad, "another branch", "育才小学党支部")
    con = sqlite3.connect(district)
    assert con.execute("SELECT uuid, name, rev FROM theme ORDER BY uuid").fetchall() == before
    con.close()


@pytest.mark.parametrize(
    ("sql", "column"),
    [
        # One character over the record form's limit (models/records/limits.py: topic 200).
        ("UPDATE activity SET topic = printf('%.201c', '长'), rev = rev + 1 WHERE id = 1", "topic"),
        ("UPDATE attendance SET reason = printf('%.501c', 'x') WHERE id = 1", "reason"),
        ("UPDATE person SET name = printf('%.51c', '王') WHERE id = 1", "name"),
        # A text no form writes: the stored ceiling (100,000), here ten times over.
        ("UPDATE person_category SET note = printf('%.1000000c', 'x') WHERE id = 1", "note"),
        ("UPDATE activity_kind SET kind = printf('%.1000000c', 'x') WHERE id = 1", "kind"),
    ],
)
def test_a_text_longer_than_a_form_allows_is_refused_naming_it(corpus, sql, column):
    """Issue 11 gave every form its length limits; a bundle could still bring any length (a
    1,000,000-character text was read whole, a batch of 2,000 rows at a time, while hashing)."""
    tmp, good, district = corpus
    hostile = _spoil(good, tmp / f"long-{column}.bundle", sql, rehash=True)
    _assert_rejected(district, hostile, column, "longer text than a form allows")


def test_a_text_of_exactly_the_forms_limit_is_accepted(corpus, tmp_path):
    tmp, good, _district = corpus
    district = tmp_path / "district.ledger"
    shutil.copy(tmp / "district.ledger", district)
    fine = _spoil(
        good,
        tmp / "long-but-fine.bundle",
        "UPDATE activity SET topic = printf('%.200c', '长'), rev = rev + 1 WHERE id = 1",
        rehash=True,
    )
    (result,) = import_bundles(district, [fine])
    assert result.accepted, result.reason
    con = sqlite3.connect(district)
    try:
        assert con.execute("SELECT MAX(length(topic)) FROM activity").fetchone()[0] == 200
    finally:
        con.close()
