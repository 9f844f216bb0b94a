"""Deleted means gone (issue 13): a deleted photo's bytes leave the ledger once the deletion is
final, never travel in a backup or a bundle, and saving an unchanged record writes nothing."""

from __future__ import annotations

import io
import random
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from exports.bundle import make_bundle
from models import services as s
from models.bureau.merge import import_bundles
from models.file import backup
from models.file.ledger import open_ledger
from models.records import photos
from tests.editing_helpers import make_branch


def noise_jpeg(seed: int, side: int = 900) -> bytes:
    """A picture JPEG cannot shrink much: its stored form spans many pages of the file."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def stored_pictures(path: Path) -> dict[str, tuple[bytes, bytes]]:
    """uuid → (picture, thumbnail) as stored, read with plain sqlite3."""
    con = sqlite3.connect(path)
    try:
        return {
            u: (bytes(d), bytes(t or b""))
            for u, d, t in con.execute("SELECT uuid, data, thumbnail FROM attachment")
        }
    finally:
        con.close()


def needles(picture: bytes, thumbnail: bytes) -> list[bytes]:
    """Slices from the middle of each stored form (a JPEG's header is shared by every photo)."""
    return [picture[len(picture) // 2 : len(picture) // 2 + 48], thumbnail[-600:-552]]


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture
def photo_ledger(tmp_path: Path):
    """A ledger with one record holding two photos; the second is deleted (uuids returned)."""
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        _, people = make_branch()
        activity = s.save_activity(
            s.ActivityInput(
                kinds=["theme_day"],
                date="2026-03-06",
                topic="主题党日",
                attendance=[s.AttendanceInput(people["张伟"], "present")],
            )
        )
        kept = photos.add_attachment(activity, noise_jpeg(1), "合影")
        gone = photos.add_attachment(activity, noise_jpeg(2), "删掉的")
        photos.remove_attachment(gone)
    return path, kept, gone


def test_a_deleted_photo_is_in_no_copy_once_the_ledger_is_closed(photo_ledger, tmp_path):
    path, kept, gone = photo_ledger
    before = stored_pictures(path)
    gone_needles = needles(*before[gone])
    kept_needles = needles(*before[kept])
    # Before the app closes the ledger, the deletion can still be undone: the bytes are there.
    assert all(n in path.read_bytes() for n in gone_needles)

    backup.backup_on_close(path, root=tmp_path / "backups")  # what closing the app does
    newest = backup.list_backups(path, tmp_path / "backups")[0].path
    bundle = tmp_path / "bundle.ledger"
    make_bundle(path, bundle)

    for copy in (path, newest, bundle):
        raw = copy.read_bytes()
        assert [n for n in gone_needles if n in raw] == [], copy.name
        assert all(n in raw for n in kept_needles), copy.name  # the search does find photos
    after = stored_pictures(path)
    assert after[gone] == (b"", b"")  # the tombstone stays, without its picture
    assert after[kept] == before[kept]
    con = sqlite3.connect(path)
    assert con.execute("SELECT deleted_at IS NOT NULL FROM attachment WHERE uuid = ?", (gone,))
    con.close()


def test_a_bundle_carries_no_deleted_photo_and_the_bureau_accepts_it(photo_ledger, tmp_path):
    path, kept, gone = photo_ledger  # not closed by the app: the ledger still has the bytes
    gone_needles = needles(*stored_pictures(path)[gone])
    bundle = tmp_path / "bundle.ledger"
    make_bundle(path, bundle)
    raw = bundle.read_bytes()
    assert [n for n in gone_needles if n in raw] == []
    assert all(n in path.read_bytes() for n in gone_needles)  # the ledger itself is untouched
    [result] = import_bundles(tmp_path / "district.ledger", [bundle])
    assert result.accepted, result.reason
    district = stored_pictures(tmp_path / "district.ledger")
    assert district[gone] == (b"", b"")
    assert district[kept] == stored_pictures(path)[kept]


def test_closing_a_month_drops_its_deleted_photos(photo_ledger):
    path, kept, gone = photo_ledger
    gone_needles = needles(*stored_pictures(path)[gone])
    with open_ledger(path):
        s.close_month("2026-03")
    assert stored_pictures(path)[gone] == (b"", b"")
    raw = path.read_bytes()
    assert [n for n in gone_needles if n in raw] == []


def test_free_pages_are_reclaimed_when_closing(tmp_path):
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        _, people = make_branch()
        activity = s.save_activity(
            s.ActivityInput(kinds=["theme_day"], date="2026-03-06", topic="主题党日")
        )
        uuids = [photos.add_attachment(activity, noise_jpeg(10 + i)) for i in range(6)]
        for uuid in uuids:
            photos.remove_attachment(uuid)
    size_before = path.stat().st_size
    backup.backup_on_close(path, root=tmp_path / "backups")
    con = sqlite3.connect(path)
    free = con.execute("PRAGMA freelist_count").fetchone()[0]
    con.close()
    assert free == 0
    assert path.stat().st_size < size_before / 2


def test_saving_an_unchanged_record_writes_nothing(ledger, ledger_path):
    _, people = make_branch()
    uuid = s.save_activity(
        s.ActivityInput(
            kinds=["branch_meeting", "party_lecture"],
            date="2026-03-06",
            topic="支部党员大会",
            start_time="14:00",
            end_time="16:00",
            attendance=[
                s.AttendanceInput(people["张伟"], "present"),
                s.AttendanceInput(people["李娜"], "leave", "sick", "生病"),
            ],
            votes=[s.VoteInput("接收预备党员", 3, 3, 3), s.VoteInput("评议", 3, 3, 2, 1)],
        )
    )
    counts = table_counts(ledger_path)
    con = sqlite3.connect(ledger_path)
    rev = con.execute("SELECT rev FROM activity WHERE uuid = ?", (uuid,)).fetchone()[0]
    for _ in range(3):
        s.save_activity(s.get_activity(uuid))
    assert table_counts(ledger_path) == counts
    assert con.execute("SELECT rev FROM activity WHERE uuid = ?", (uuid,)).fetchone()[0] == rev

    # A changed vote is written in place: same row, a new revision, one audit entry.
    vote_uuids = [r[0] for r in con.execute("SELECT uuid FROM vote ORDER BY position")]
    data = s.get_activity(uuid)
    data.votes[1].in_favour, data.votes[1].against = 3, 0
    s.save_activity(data)
    after = table_counts(ledger_path)
    assert after["vote"] == counts["vote"]
    assert after["audit_entry"] == counts["audit_entry"] + 1
    assert [r[0] for r in con.execute("SELECT uuid FROM vote ORDER BY position")] == vote_uuids
    assert con.execute(
        "SELECT in_favour, against, rev FROM vote WHERE uuid = ?", (vote_uuids[1],)
    ).fetchone() == (3, 0, 2)
    assert con.execute("SELECT rev FROM activity WHERE uuid = ?", (uuid,)).fetchone()[0] == rev + 1
    # A vote taken away is a tombstone; the other stays live.
    data = s.get_activity(uuid)
    data.votes = data.votes[:1]
    s.save_activity(data)
    assert con.execute("SELECT COUNT(*) FROM vote WHERE deleted_at IS NULL").fetchone()[0] == 1
    assert [v.item for v in s.get_activity(uuid).votes] == ["接收预备党员"]
    con.close()
