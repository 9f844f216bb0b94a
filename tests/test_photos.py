"""Photos stored inside the ledger: downscaled, hashed, capped, logged, removable."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from models import services as s
from models.errors import ClosedMonthError, ValidationError
from models.file.schema import Attachment, AuditEntry
from models.records import photos
from tests.editing_helpers import make_branch, picture_bytes, picture_file


@pytest.fixture
def activity(ledger) -> str:
    _, people = make_branch()
    return s.save_activity(
        s.ActivityInput(
            kinds=["theme_day"],
            date="2026-03-06",
            topic="主题党日",
            attendance=[s.AttendanceInput(people["张伟"], "present")],
        )
    )


def test_a_4000px_picture_is_stored_at_most_1600px_with_a_thumbnail(activity, tmp_path):
    path = picture_file(tmp_path, "big.jpg", 4000, 3000)
    uuid = photos.add_attachment(activity, path, "  全体合影 ")
    row = Attachment.get(Attachment.uuid == uuid)
    stored = Image.open(io.BytesIO(bytes(row.data)))
    thumb = Image.open(io.BytesIO(bytes(row.thumbnail)))
    assert stored.format == "JPEG"
    assert max(stored.size) <= 1600 and max(stored.size) >= 1500  # downscaled, not shrunk to dust
    assert stored.size == (row.width, row.height)
    # the aspect ratio survives (4:3)
    assert abs(stored.size[0] / stored.size[1] - 4 / 3) < 0.01
    assert max(thumb.size) <= 256
    assert row.sha256 == hashlib.sha256(bytes(row.data)).hexdigest()
    assert row.caption == "全体合影"
    listed = photos.list_attachments(activity)
    assert [a.uuid for a in listed] == [uuid]
    assert AuditEntry.select().where(AuditEntry.row_uuid == uuid).count() == 1


def test_the_cap_is_enforced_and_a_batch_is_all_or_nothing(activity):
    first = [(picture_bytes(100 + i, 80), f"照片{i}") for i in range(photos.MAX_PER_ACTIVITY - 1)]
    photos.add_attachments(activity, first)
    live = lambda: Attachment.select().where(Attachment.deleted_at.is_null()).count()  # noqa: E731
    assert live() == photos.MAX_PER_ACTIVITY - 1
    # two more would pass the cap: neither is stored
    with pytest.raises(ValidationError) as caught:
        photos.add_attachments(
            activity, [(picture_bytes(300, 80), ""), (picture_bytes(301, 80), "")]
        )
    assert "photos" in caught.value.errors
    assert str(photos.MAX_PER_ACTIVITY) in caught.value.errors["photos"]
    assert live() == photos.MAX_PER_ACTIVITY - 1
    photos.add_attachment(activity, picture_bytes(302, 80))
    with pytest.raises(ValidationError):
        photos.add_attachment(activity, picture_bytes(303, 80))
    assert live() == photos.MAX_PER_ACTIVITY
    # removing one makes room again
    photos.remove_attachment(photos.list_attachments(activity)[0].uuid)
    photos.add_attachment(activity, picture_bytes(304, 80))
    assert live() == photos.MAX_PER_ACTIVITY


def test_not_a_picture_and_a_duplicate_are_refused(activity, tmp_path):
    text = tmp_path / "notes.jpg"
    text.write_text("这不是图片")
    with pytest.raises(ValidationError) as caught:
        photos.add_attachment(activity, text)
    assert "notes.jpg" in caught.value.errors["photo"]
    png = picture_bytes(200, 100)
    photos.add_attachment(activity, png)
    with pytest.raises(ValidationError):
        photos.add_attachment(activity, png)
    assert Attachment.select().count() == 1


def test_transparent_png_is_flattened_on_white(activity):
    image = Image.new("RGBA", (50, 50), (255, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    uuid = photos.add_attachment(activity, out.getvalue())
    stored = Image.open(io.BytesIO(photos.attachment_data(uuid)))
    r, g, b = stored.getpixel((25, 25))
    assert min(r, g, b) > 240  # white, not black


def test_caption_and_removal_are_logged_and_closed_months_need_a_reason(activity):
    uuid = photos.add_attachment(activity, picture_bytes(120, 90), "旧说明")
    photos.update_caption(uuid, "新说明")
    assert photos.list_attachments(activity)[0].caption == "新说明"
    s.close_month("2026-03")
    with pytest.raises(ClosedMonthError):
        photos.remove_attachment(uuid)
    assert len(photos.list_attachments(activity)) == 1
    photos.remove_attachment(uuid, reason="误传照片")
    assert photos.list_attachments(activity) == []
    actions = [
        (e.action, e.reason)
        for e in AuditEntry.select().where(AuditEntry.row_uuid == uuid).order_by(AuditEntry.id)
    ]
    assert actions == [("create", ""), ("update", ""), ("amend", "误传照片")]
