"""Which pictures the bundle check decodes (issue 13): decoding every photo was most of what a
bundle and its import cost. A branch's own photo whose bytes still hash to the hash stored when
it was added is not decoded for its own bundle; an import decodes every picture new to the
district once (however many records show it) and none the district already holds — and a
damaged or lying picture is refused all the same. Decodes are counted through the one function
that decodes (models.records.photos.picture_is_whole), never timed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models import services as s
from models.bureau.merge import import_bundles
from models.file.ledger import open_ledger
from models.records import photos
from tests.editing_helpers import make_branch, picture_bytes
from tests.test_photo_files import _rehashed


@pytest.fixture
def decodes(monkeypatch) -> list[str]:
    """The sha256 of every picture decoded from now on."""
    seen: list[str] = []
    real = photos.picture_is_whole

    def counting(data: bytes) -> bool:
        seen.append(hashlib.sha256(bytes(data)).hexdigest())
        return real(data)

    monkeypatch.setattr(photos, "picture_is_whole", counting)
    return seen


def _activity(topic: str, date: str = "2026-10-09") -> str:
    return s.save_activity(s.ActivityInput(kinds=["theme_day"], date=date, topic=topic))


@pytest.fixture
def branch(tmp_path) -> Path:
    """A branch whose one picture is shown by two records, and a second picture."""
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        make_branch()
        shared = photos.prepare_image(picture_bytes(900, 600))
        first, second = _activity("主题党日"), _activity("支部党员大会", "2026-10-20")
        photos.add_attachments(first, [(shared, "合影"), (picture_bytes(640, 480), "签到")])
        photos.add_attachments(second, [(shared, "合影")])
    return path


def _stored(path: Path) -> tuple[set[str], set[str]]:
    """The sha256 of the live photos' pictures and of their thumbnails, read with sqlite3."""
    con = sqlite3.connect(path)
    rows = con.execute("SELECT data, thumbnail FROM attachment WHERE deleted_at IS NULL").fetchall()
    con.close()
    digest = lambda b: hashlib.sha256(bytes(b)).hexdigest()  # noqa: E731
    return {digest(d) for d, _ in rows}, {digest(t) for _, t in rows}


def test_an_unchanged_own_photo_is_not_decoded_for_the_bundle(tmp_path, branch, decodes):
    pictures, thumbnails = _stored(branch)
    assert len(pictures) == 2
    make_bundle(branch, tmp_path / "b.ledger")
    assert not pictures & set(decodes)  # the photos themselves: verified when they were added
    assert set(decodes) == thumbnails  # the small thumbnails are still decoded, once each
    assert len(decodes) == len(thumbnails)


def test_an_import_decodes_each_new_picture_once_and_none_the_district_holds(
    tmp_path, branch, decodes
):
    bundle = tmp_path / "b1.ledger"
    make_bundle(branch, bundle)
    pictures, thumbnails = _stored(branch)
    decodes.clear()
    district = tmp_path / "district.ledger"
    [result] = import_bundles(district, [bundle])
    assert result.accepted, result.reason
    # New to the district: every picture decoded, the one shown twice only once.
    assert sorted(decodes) == sorted(pictures | thumbnails)

    with open_ledger(branch):
        photos.add_attachment(_activity("讲党课", "2026-10-25"), picture_bytes(500, 400), "讲课")
    new_pictures, new_thumbnails = _stored(branch)
    bundle2 = tmp_path / "b2.ledger"
    make_bundle(branch, bundle2)
    decodes.clear()
    [result] = import_bundles(district, [bundle2])
    assert result.accepted, result.reason
    # Only the new photo's picture; the thumbnails (no stored hash) are all decoded again.
    assert sorted(decodes) == sorted((new_pictures - pictures) | new_thumbnails)
    assert len(new_pictures - pictures) == 1


def _district_holding(tmp_path: Path, branch: Path) -> tuple[Path, Path]:
    bundle = tmp_path / "good.ledger"
    make_bundle(branch, bundle)
    district = tmp_path / "district.ledger"
    [result] = import_bundles(district, [bundle])
    assert result.accepted, result.reason
    return district, bundle


def _rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT uuid, rev, sha256, caption FROM attachment ORDER BY uuid").fetchall()
    con.close()
    return rows


@pytest.mark.parametrize(
    "damage",
    [
        "picture cut short, its hash kept",  # a lie: the hash is the district's own picture's
        "picture cut short and rehashed",  # a new hash: decoded, and refused
        "thumbnail cut short",  # the picture is known, the thumbnail is still decoded
        "picture replaced by another's bytes",  # a whole picture under another photo's hash
    ],
)
def test_a_damaged_picture_is_refused_even_when_the_district_holds_the_photo(
    tmp_path, branch, damage
):
    district, bundle = _district_holding(tmp_path, branch)
    before = _rows(district)
    con = sqlite3.connect(bundle)
    (row_id, data, thumb), (other_id, other, _t) = con.execute(
        "SELECT id, data, thumbnail FROM attachment ORDER BY id LIMIT 2"
    ).fetchall()
    con.close()
    data, thumb, other = bytes(data), bytes(thumb), bytes(other)
    cut = data[: len(data) // 2]
    sql, params, reason = {
        "picture cut short, its hash kept": (
            "UPDATE attachment SET data = ?, rev = rev + 1",
            (cut,),
            "does not match its hash",
        ),
        "picture cut short and rehashed": (
            "UPDATE attachment SET data = ?, sha256 = ?, rev = rev + 1",
            (cut, hashlib.sha256(cut).hexdigest()),
            "truncated",
        ),
        "thumbnail cut short": (
            "UPDATE attachment SET thumbnail = ?, rev = rev + 1",
            (thumb[: len(thumb) // 2],),
            "truncated",
        ),
        "picture replaced by another's bytes": (
            "UPDATE attachment SET data = ?, rev = rev + 1",
            (other if other != data else cut,),
            "does not match its hash",
        ),
    }[damage]
    bad = _rehashed(bundle, tmp_path / "bad.ledger", sql + " WHERE id = ?", (*params, row_id))
    [result] = import_bundles(district, [bad])
    assert result.status == "rejected"
    assert reason in result.reason
    assert _rows(district) == before  # nothing of it applied


def test_a_bundle_of_a_ledger_whose_photo_was_cut_short_is_refused_by_the_bureau(tmp_path, branch):
    """The branch trusts its own stored hash; a photo damaged in the ledger and rehashed by
    another tool is new to the district, decoded there, and refused."""
    con = sqlite3.connect(branch)
    (row_id, data) = con.execute("SELECT id, data FROM attachment ORDER BY id LIMIT 1").fetchone()
    cut = bytes(data)[: len(data) // 2]
    con.execute(
        "UPDATE attachment SET data = ?, sha256 = ? WHERE id = ?",
        (cut, hashlib.sha256(cut).hexdigest(), row_id),
    )
    con.commit()
    con.close()
    bundle = tmp_path / "b.ledger"
    make_bundle(branch, bundle)
    copy = tmp_path / "copy.ledger"
    shutil.copy(bundle, copy)
    [result] = import_bundles(tmp_path / "district.ledger", [copy])
    assert result.status == "rejected"
    assert "truncated" in result.reason


@pytest.mark.parametrize("kernel_copy", ["works", "fails midway", "absent"])
def test_the_private_copy_of_a_bundle_is_byte_for_byte(tmp_path, branch, monkeypatch, kernel_copy):
    import os

    from models.bureau.merge import private_copy

    bundle = tmp_path / "b.ledger"
    make_bundle(branch, bundle)
    if kernel_copy == "fails midway":

        def failing(src: int, dst: int, count: int) -> int:
            os.write(dst, b"half a bundle")  # some bytes landed before the failure
            raise OSError(18, "Invalid cross-device link")

        monkeypatch.setattr(os, "copy_file_range", failing, raising=False)
    elif kernel_copy == "absent":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    folder = tmp_path / "private"
    folder.mkdir()
    copy = private_copy(bundle, folder)
    assert copy.read_bytes() == bundle.read_bytes()


def _threads(prefix: str) -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name.startswith(prefix)]


def test_a_picture_decoded_in_the_background_names_every_record_that_shows_it(
    tmp_path, branch, decodes
):
    """The bureau decodes pictures on worker threads while the rows are hashed: a damaged
    picture shown by two records is decoded once, both records are named, and no worker is
    left running once the check is over."""
    from models.bureau.bundle_format import content_hash
    from models.bureau.validate import RowValidator

    bundle = tmp_path / "b.ledger"
    make_bundle(branch, bundle)
    con = sqlite3.connect(bundle)
    shared = con.execute(
        "SELECT sha256 FROM attachment GROUP BY sha256 HAVING COUNT(*) = 2"
    ).fetchone()[0]
    data = bytes(
        con.execute("SELECT data FROM attachment WHERE sha256 = ?", (shared,)).fetchone()[0]
    )
    cut = data[: len(data) // 2]
    con.execute(
        "UPDATE attachment SET data = ?, sha256 = ? WHERE sha256 = ?",
        (cut, hashlib.sha256(cut).hexdigest(), shared),
    )
    named = {u for (u,) in con.execute("SELECT uuid FROM attachment WHERE data = ?", (cut,))}
    con.commit()
    decodes.clear()
    try:
        with RowValidator(background=True) as validator:
            content_hash(con, visit=validator.visit)
            assert validator.problems == []  # still being decoded: not known yet
            problems = validator.finish()
    finally:
        con.close()
    assert len(named) == 2
    assert {p.split(":")[0].split()[1] for p in problems} == named
    assert all("truncated" in p for p in problems)
    assert decodes.count(hashlib.sha256(cut).hexdigest()) == 1
    assert _threads("picture-check") == []


def test_the_hash_worker_ends_when_the_row_check_fails(tmp_path, branch):
    """The content hash is fed on a thread of its own; a failure on the calling thread (here a
    visitor that raises) still ends it, and the failure reaches the caller."""
    from models.bureau.bundle_format import content_hash

    def failing(table: str, columns: object, rows: object) -> None:
        if table == "attachment":
            raise RuntimeError("visitor failed")

    con = sqlite3.connect(branch)
    try:
        with pytest.raises(RuntimeError, match="visitor failed"):
            content_hash(con, visit=failing)
    finally:
        con.close()
    assert _threads("content-hash") == []
