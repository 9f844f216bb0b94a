"""The branch side: a consistent, checked bundle with a manifest; --no-phone leaves no number."""

from __future__ import annotations

import json
import sqlite3
import struct
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from main import main
from models import services
from models.bureau.bundle_format import MANIFEST_KEY, TABLES, content_hash
from models.bureau.merge import import_bundles
from models.errors import LedgerError
from models.file.ledger import APPLICATION_ID, SCHEMA_VERSION, open_ledger, quick_check
from tests.bureau_helpers import build_branch, sha256


@pytest.fixture
def branch(tmp_path: Path):
    return build_branch(tmp_path / "branch.ledger", "育才小学党支部", seed=5)


def _manifest(path: Path) -> dict:
    con = sqlite3.connect(path)
    try:
        (value,) = con.execute(
            "SELECT value FROM setting WHERE key = ?", (MANIFEST_KEY,)
        ).fetchone()
        return json.loads(value)
    finally:
        con.close()


def test_manifest_describes_the_ledger(branch, tmp_path: Path) -> None:
    out = tmp_path / "out.bundle"
    info = make_bundle(branch.path, out)
    assert out.exists() and info.size == out.stat().st_size
    assert quick_check(out) == []
    head = out.read_bytes()[:100]
    assert struct.unpack(">I", head[68:72])[0] == APPLICATION_ID
    assert struct.unpack(">I", head[60:64])[0] == SCHEMA_VERSION
    manifest = _manifest(out)
    assert manifest == info.manifest
    src = sqlite3.connect(branch.path)
    try:
        name, uuid = src.execute("SELECT name, uuid FROM branch").fetchone()
        first, last = src.execute(
            "SELECT MIN(date), MAX(date) FROM activity WHERE deleted_at IS NULL"
        ).fetchone()
        counts = {t: src.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        src.close()
    assert manifest["branch"] == {"name": name, "uuid": uuid}
    assert manifest["period"] == {"first": first, "last": last}
    assert manifest["counts"] == counts
    assert manifest["schema_version"] == SCHEMA_VERSION
    bundle = sqlite3.connect(out)
    try:
        assert content_hash(bundle)[0] == manifest["content_hash"]
        # The manifest row itself is not hashed, everything else is: one changed topic shows.
        bundle.execute("UPDATE activity SET topic = topic || '!' WHERE id = 1")
        assert content_hash(bundle)[0] != manifest["content_hash"]
    finally:
        bundle.close()


def test_no_phone_leaves_no_number_in_the_bytes(branch, tmp_path: Path) -> None:
    with open_ledger(branch.path):
        # A changed number (the old one stays in the audit log) and a deleted person.
        people = {p.uuid: p for p in services.list_people()}
        first = people[branch.people[0]]
        services.save_person(
            services.PersonInput(
                name=first.name, phone="13900001111", joined_on="2010-07-01", uuid=first.uuid
            )
        )
        branch.phones.append("13900001111")
        gone = services.save_person(
            services.PersonInput(name="调走的人", phone="13712345678", joined_on="2010-07-01")
        )
        branch.phones.append("13712345678")
    con = sqlite3.connect(branch.path)
    con.execute(
        "UPDATE person SET deleted_at = '2026-10-01T00:00:00', rev = rev + 1 WHERE uuid = ?",
        (gone,),
    )
    con.commit()
    con.close()
    source = branch.path.read_bytes()
    assert all(p.encode() in source for p in branch.phones)  # the scan would see them
    out = tmp_path / "nophone.bundle"
    info = make_bundle(branch.path, out, no_phone=True)
    data = out.read_bytes()
    assert [p for p in branch.phones if p.encode() in data] == []
    assert info.manifest["no_phone"] is True
    # Everything else is still there: same people, same activities.
    assert info.manifest["counts"]["person"] == len(branch.people) + 1
    with_phones = make_bundle(branch.path, tmp_path / "phones.bundle")
    assert with_phones.manifest["counts"] == info.manifest["counts"]
    assert branch.phones[1].encode() in (tmp_path / "phones.bundle").read_bytes()


def test_snapshot_while_the_app_writes(branch, tmp_path: Path) -> None:
    """The app holds the ledger open and a write is half done: the bundle has the committed
    state only, and the ledger is left as it was."""
    with open_ledger(branch.path):  # the app's lock and connection
        writer = sqlite3.connect(branch.path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE activity SET topic = '写了一半' WHERE id = 1")
        out = tmp_path / "live.bundle"
        make_bundle(branch.path, out)
        writer.execute("ROLLBACK")
        writer.close()
    con = sqlite3.connect(out)
    try:
        topics = [t for (t,) in con.execute("SELECT topic FROM activity")]
    finally:
        con.close()
    assert "写了一半" not in topics and len(topics) == len(branch.activities)


def test_source_is_not_changed(branch, tmp_path: Path) -> None:
    before = sha256(branch.path)
    make_bundle(branch.path, tmp_path / "x.bundle", no_phone=True)
    assert sha256(branch.path) == before


def test_not_a_ledger_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(LedgerError):
        make_bundle(text, tmp_path / "x.bundle")
    assert not (tmp_path / "x.bundle").exists()
    with pytest.raises(LedgerError):
        make_bundle(text, text)


def test_cli_bundle(branch, tmp_path: Path, capsys, qapp) -> None:
    # qapp: main() must find a QApplication, not create a QCoreApplication (GUI tests follow).
    out = tmp_path / "cli.bundle"
    assert main(["--lang", "en", "bundle", str(branch.path), "-o", str(out), "--no-phone"]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed
    assert _manifest(out)["content_hash"][:16] in printed
    assert main(["--lang", "en", "bundle", str(tmp_path / "missing.ledger"), "-o", str(out)]) == 2


def test_bad_output_places(branch, tmp_path: Path) -> None:
    for target in (tmp_path, tmp_path / "missing" / "x.bundle"):
        with pytest.raises(LedgerError) as error:
            make_bundle(branch.path, target)
        assert str(target if target.is_dir() else target.parent) in str(error.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["branch.ledger", "branch.ledger.lock"]


# --- privacy (issue 17) --------------------------------------------------------------------------

NUMBERS = {
    # as written in the ledger -> the digits that must not be in the bundle
    "138-0013-8000": "13800138000",
    "+86 139 1234 5678": "13912345678",
    "0571-88886666": "057188886666",
    "(010) 6512 3456": "01065123456",
    "137 0000 1111": "13700001111",
}


def _digits_in(data: bytes, digits: str) -> bool:
    """The number in the file in any spacing (digits with at most one separator between)."""
    import re

    pattern = r"[\s\-.()]{0,2}".join(digits)
    return re.search(pattern.encode(), data) is not None


def test_no_phone_removes_every_format_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        services.save_branch(
            services.BranchInput(
                name="育才小学党支部",
                superior="区教育局党委（电话 0571-88886666）",
                guidance_officer="张老师 138-0013-8000",
            )
        )
        wang = services.save_person(
            services.PersonInput(
                name="王伟",
                on_roster_since="2025-01-01",
                phone="137 0000 1111",
                note="家里电话 (010) 6512 3456",
            )
        )
        services.save_activity(
            services.ActivityInput(
                kinds=["volunteer"],
                date="2026-10-10",
                start_time="09:00",
                end_time="11:00",
                topic="志愿服务",
                minutes="联系人王伟，手机+86 139 1234 5678，备用 137-0000-1111。",
                attendance=[services.AttendanceInput(wang, "present")],
            )
        )
    assert all(_digits_in(path.read_bytes(), d) for d in NUMBERS.values())
    info = make_bundle(path, tmp_path / "private.bundle", no_phone=True)
    data = (tmp_path / "private.bundle").read_bytes()
    assert [d for d in NUMBERS.values() if _digits_in(data, d)] == []
    assert info.phones_in_texts >= 3  # the branch, the person's note, the minutes
    # The rest of the texts is still there.
    con = sqlite3.connect(tmp_path / "private.bundle")
    guidance, superior = con.execute("SELECT guidance_officer, superior FROM branch").fetchone()
    con.close()
    assert "张老师" in guidance and "区教育局党委" in superior

    # The bureau: a full bundle after the private one gives no false conflicts (and the numbers
    # come back); the private one after a full one changes nothing.
    make_bundle(path, tmp_path / "full.bundle")
    district = tmp_path / "district.ledger"
    import_bundles(district, [tmp_path / "private.bundle"])
    (full,) = import_bundles(district, [tmp_path / "full.bundle"])
    assert full.accepted and full.conflict_count == 0, full.conflicts
    assert _digits_in(district.read_bytes(), "13800138000")
    before = sha256(district)
    (again,) = import_bundles(district, [tmp_path / "private.bundle"])
    assert again.accepted and (again.added, again.updated, again.conflict_count) == (0, 0, 0)
    assert sha256(district) == before


def _jpeg(seed: int) -> bytes:
    import io
    import random

    from PIL import Image

    rng = random.Random(seed)
    image = Image.new("RGB", (64, 48))
    image.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(64 * 48)])
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def test_a_bundle_carries_no_deleted_content(tmp_path: Path) -> None:
    """A deleted activity's minutes, an edit's replaced text, a removed photo's bytes: none of
    them in the bundle, nor in the district after it; tombstones carry identities only."""
    from models.records.photos import add_attachment, remove_attachment

    made = build_branch(tmp_path / "branch.ledger", "育才小学党支部", seed=8, per_month=3)
    gone, edited, with_photo = made.activities[:3]
    with open_ledger(made.path):
        a = services.get_activity(gone)
        a.minutes = "已删除活动的纪要甲乙丙"
        services.save_activity(a)
        services.delete_activity(gone)
        b = services.get_activity(edited)
        b.topic = "修改之前的旧主题丁戊"
        services.save_activity(b)
        b = services.get_activity(edited)
        b.topic = "修改之后的新主题"
        services.save_activity(b)
        photo = add_attachment(with_photo, _jpeg(1), caption="被删掉的照片己庚")
        remove_attachment(photo)
        # A removed party group keeps its name: people and activities still name it.
        services.save_branch(
            services.BranchInput(name="育才小学党支部", uuid=made.branch_uuid, groups=[])
        )
    con = sqlite3.connect(made.path)
    (stored,) = con.execute("SELECT data FROM attachment WHERE uuid = ?", (photo,)).fetchone()
    con.close()
    secrets = ["已删除活动的纪要甲乙丙", "修改之前的旧主题丁戊", "被删掉的照片己庚"]
    source = made.path.read_bytes()
    assert all(s.encode() in source for s in secrets) and stored[100:164] in source

    out = tmp_path / "clean.bundle"
    make_bundle(made.path, out)
    data = out.read_bytes()
    assert [s for s in secrets if s.encode() in data] == []
    assert stored[100:164] not in data
    assert "修改之后的新主题".encode() in data
    con = sqlite3.connect(out)
    try:
        row = con.execute(
            "SELECT topic, minutes, location, deleted_at FROM activity WHERE uuid = ?", (gone,)
        ).fetchone()
        inside = con.execute(
            "SELECT COUNT(*) FROM attendance WHERE activity_id ="
            " (SELECT id FROM activity WHERE uuid = ?)",
            (gone,),
        ).fetchone()[0]
        group = con.execute("SELECT name, deleted_at FROM party_group").fetchone()
        photo_row = con.execute(
            "SELECT caption, length(data), deleted_at FROM attachment WHERE uuid = ?", (photo,)
        ).fetchone()
    finally:
        con.close()
    assert row[:3] == ("", "", "") and row[3] is not None  # the tombstone: identity only
    assert inside == 0
    assert photo_row[:2] == ("", 0) and photo_row[2] is not None
    assert group[0] == "第一党小组" and group[1] is not None

    district = tmp_path / "district.ledger"
    (result,) = import_bundles(district, [out])
    assert result.accepted
    assert [s for s in secrets if s.encode() in district.read_bytes()] == []
