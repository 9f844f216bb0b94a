"""Photos as evidence of a completed 整改 item (format 5): stored like an activity's photos,
shown in the 整改 dialog and counted in the 整改台账; a deleted one loses its bytes once the
deletion is final; bundles carry the live ones and the bureau merges them. Every expectation is
read from the files with sqlite3."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models import services
from models.bureau.merge import import_bundles
from models.errors import ValidationError
from models.file import backup
from models.file.ledger import open_ledger
from tests.bureau_helpers import sha256
from tests.followup_helpers import make_branch, raw
from tests.test_deleted_gone import needles, noise_jpeg


def pictures(path: Path) -> dict[str, tuple[bytes, bytes, str | None, str]]:
    """uuid → (picture, thumbnail, deleted_at, sha256) of every 整改 photo, by plain sqlite3."""
    con = sqlite3.connect(path)
    try:
        return {
            u: (bytes(d), bytes(t or b""), gone, h)
            for u, d, t, gone, h in con.execute(
                "SELECT uuid, data, thumbnail, deleted_at, sha256 FROM rectification_photo"
            )
        }
    finally:
        con.close()


def _done(made, **changes) -> str:
    values = dict(
        description="学习不深入",
        found_on="2026-01-10",
        owner_uuid=made.people["张伟"],
        deadline="2026-06-30",
        status="done",
        completed_on="2026-05-01",
        evidence="学习笔记",
    )
    values.update(changes)
    return services.save_rectification(services.RectificationInput(**values))


@pytest.fixture
def photo_file(tmp_path: Path):
    """A branch with a completed item holding two photos, the second removed."""
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        made = make_branch()
        item = _done(made)
        kept, gone = services.add_evidence_photos(
            item, [(noise_jpeg(1), "整改后"), (noise_jpeg(2), "删掉的")]
        )
        services.remove_evidence_photo(gone)
    return path, made, item, kept, gone


def test_photos_are_stored_listed_and_counted(ledger, ledger_path):
    made = make_branch()
    item = _done(made)
    open_item = _done(made, description="作风不实", status="in_progress", completed_on=None)
    uuids = services.add_evidence_photos(item, [(noise_jpeg(3), "照片一"), (noise_jpeg(4), "")])
    stored = raw(
        ledger_path,
        "SELECT p.uuid, p.caption, p.sha256, p.data FROM rectification_photo p"
        " JOIN rectification_item r ON r.id = p.item_id WHERE r.uuid = ? ORDER BY p.position",
        (item,),
    )
    assert [r[0] for r in stored] == uuids
    assert all(hashlib.sha256(bytes(d)).hexdigest() == h for _u, _c, h, d in stored)
    listed = services.list_evidence_photos(item)
    assert [(p.uuid, p.caption, p.sha256) for p in listed] == [(u, c, h) for u, c, h, _ in stored]
    assert all(p.thumbnail for p in listed)
    rows = {r.uuid: r.photos for r in services.list_rectifications(2026)}
    assert rows == {item: len(stored), open_item: 0}
    # Evidence of completion only; the same picture never twice; the cap holds.
    with pytest.raises(ValidationError) as info:
        services.add_evidence_photos(open_item, [(noise_jpeg(5), "")])
    assert set(info.value.errors) == {"photos"}
    with pytest.raises(ValidationError):
        services.add_evidence_photos(item, [(noise_jpeg(3), "again")])
    with pytest.raises(ValidationError):
        services.add_evidence_photos(item, [(noise_jpeg(10 + i), "") for i in range(8)])
    assert raw(ledger_path, "SELECT COUNT(*) FROM rectification_photo") == [(len(stored),)]


def test_a_removed_photo_loses_its_bytes_once_the_ledger_is_closed(photo_file, tmp_path):
    path, _made, item, kept, gone = photo_file
    before = pictures(path)
    gone_needles = needles(*before[gone][:2])
    kept_needles = needles(*before[kept][:2])
    assert before[gone][2] is not None  # a tombstone
    # Before the app closes the ledger the removal can still be undone: the bytes are there.
    assert all(n in path.read_bytes() for n in gone_needles)
    with open_ledger(path, readonly=True):
        assert [p.uuid for p in services.list_evidence_photos(item)] == [kept]
    backup.backup_on_close(path, root=tmp_path / "backups")  # what closing the app does
    after = pictures(path)
    assert after[gone][:2] == (b"", b"") and after[gone][2] is not None
    assert after[kept] == before[kept]
    data = path.read_bytes()
    assert [n for n in gone_needles if n in data] == []
    assert all(n in data for n in kept_needles)  # the search does find photos


def test_bundles_carry_live_photos_and_the_bureau_merges_them(photo_file, tmp_path):
    path, made, item, kept, gone = photo_file
    gone_needles = needles(*pictures(path)[gone][:2])
    bundle = tmp_path / "b1.bundle"
    make_bundle(path, bundle)
    sent = pictures(bundle)
    assert sent[kept] == pictures(path)[kept]
    assert sent[gone][:2] == (b"", b"")  # the tombstone travels without its picture
    assert [n for n in gone_needles if n in bundle.read_bytes()] == []
    district = tmp_path / "district.ledger"
    (first,) = import_bundles(district, [bundle])
    assert first.accepted, first.reason
    assert pictures(district) == sent
    before = sha256(district)
    (again,) = import_bundles(district, [bundle])
    assert (again.added, again.updated, again.conflict_count) == (0, 0, 0)
    assert sha256(district) == before
    # The branch removes the kept photo and adds another: the next bundle brings both.
    with open_ledger(path):
        services.remove_evidence_photo(kept)
        (new,) = services.add_evidence_photos(item, [(noise_jpeg(7), "新的")])
    make_bundle(path, tmp_path / "b2.bundle")
    (second,) = import_bundles(district, [tmp_path / "b2.bundle"])
    assert second.accepted and not second.conflict_count, second.reason
    merged = pictures(district)
    assert merged[kept][2] is not None and merged[kept][:2] == (b"", b"")
    assert merged[new][:2] == pictures(path)[new][:2]
    # The photos of a deleted item do not travel.
    with open_ledger(path):
        services.delete_rectification(item)
    make_bundle(path, tmp_path / "b3.bundle")
    assert pictures(tmp_path / "b3.bundle") == {}


def test_a_tampered_photo_is_refused_by_the_bureau(photo_file, tmp_path):
    path, _made, _item, kept, _gone = photo_file
    bundle = tmp_path / "b1.bundle"
    make_bundle(path, bundle)
    from tests.test_followup_merge import _reseal

    _reseal(bundle, f"UPDATE rectification_photo SET data = x'00112233' WHERE uuid = '{kept}'")
    (result,) = import_bundles(tmp_path / "district.ledger", [bundle])
    assert not result.accepted and "rectification_photo" in result.reason


def test_the_register_pdf_counts_the_photos(photo_file, tmp_path):
    from exports.followup_data import gather_rectification
    from exports.pdf.followup import build_rectification

    path, _made, _item, _kept, _gone = photo_file
    (live,) = raw(path, "SELECT COUNT(*) FROM rectification_photo WHERE deleted_at IS NULL")
    out = tmp_path / "register.pdf"
    with open_ledger(path, readonly=True):
        build_rectification(gather_rectification("2026"), out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"{live[0]} photo(s)" in text
    assert f"carry {live[0]} photos as evidence" in " ".join(text.split())


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_dialog_shows_adds_and_removes_photos(ctx, ledger_path, qtbot, english, tmp_path):
    from ui.followup.page import FollowupPage

    made = make_branch()
    item = _done(made)
    services.add_evidence_photos(item, [(noise_jpeg(1), "整改后")])
    page = FollowupPage(ctx)
    qtbot.addWidget(page)
    page.set_month("2026-10")
    page.refresh()
    assert "(1 photos)" in page.rectification.table.item(0, 6).text()
    picture = tmp_path / "after.jpg"
    picture.write_bytes(noise_jpeg(9))
    seen = []

    def edit(dialog):
        seen.append(dialog)
        assert dialog.photos.captions() == ["整改后"]  # shown
        dialog.photos.list.setCurrentRow(0)
        dialog.photos.remove_button.click()
        dialog.photos.add_files([str(picture)])
        qtbot.waitUntil(lambda: not dialog.photos.busy(), timeout=20000)
        dialog.photos.set_caption(0, "现场照片")
        return dialog.save()

    page.run_dialog = edit
    page.rectification.select_row(0)
    page.edit_item()
    assert seen and not seen[0].errors.shown, seen[0].errors.shown
    rows = raw(
        ledger_path,
        "SELECT caption, deleted_at IS NULL FROM rectification_photo ORDER BY id",
    )
    assert rows == [("整改后", 0), ("现场照片", 1)]
    assert "(1 photos)" in page.rectification.table.item(0, 6).text()


def test_the_demo_shows_evidence_photos(tmp_path):
    from models.demo.generate import write_demo

    path = tmp_path / "demo.ledger"
    write_demo(path, seed=1, months=12, until="2026-10")
    done = raw(path, "SELECT id FROM rectification_item WHERE status = 'done'")
    photos = raw(path, "SELECT item_id, sha256, data FROM rectification_photo")
    assert done and sorted(i for i, _h, _d in photos) == sorted(i for (i,) in done)
    assert all(hashlib.sha256(bytes(d)).hexdigest() == h for _i, h, d in photos)
    with open_ledger(path, readonly=True):
        counted = {r.uuid: r.photos for r in services.list_rectifications(None)}
    assert sum(counted.values()) == len(photos)
