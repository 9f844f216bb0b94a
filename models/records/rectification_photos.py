"""Photos as evidence that a 整改 item was completed (format 5), kept the way an activity keeps
its photos (models/records/photos.py): downscaled before they are stored (≤ 1600 px JPEG, a
256 px thumbnail), hashed, at most MAX_PER_ITEM per item, the same picture never twice. Only a
completed item takes new photos. Removing one leaves a tombstone (the bureau merge needs it);
its bytes are dropped once the deletion can no longer be undone (models/file/tidy.py).
"""

from __future__ import annotations

from pathlib import Path

from models.errors import ValidationError
from models.file.schema import RectificationItem, RectificationPhoto, database, utc_now
from models.records import audit
from models.records.photos import (
    AttachmentRow,
    PreparedImage,
    picture_rows,
    prepare_image,
    store_pictures,
)
from models.records.validation import atomic_write
from models.text.i18n import translate

MAX_PER_ITEM = 9
TABLE = "rectification_photo"


def photos_present() -> bool:
    """Whether the open ledger has format 5's table (an older file opened read-only has not)."""
    row = database.execute_sql(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone()
    return bool(row[0])


def _item(item_uuid: str) -> RectificationItem:
    item = RectificationItem.get_or_none(
        (RectificationItem.uuid == item_uuid) & RectificationItem.deleted_at.is_null()
    )
    if item is None:
        raise ValidationError({"item": translate("Photos", "The record no longer exists.")})
    return item


def _live(item: RectificationItem):  # noqa: ANN202 - a peewee query
    return RectificationPhoto.select().where(
        (RectificationPhoto.item == item) & RectificationPhoto.deleted_at.is_null()
    )


def add_evidence_photos(
    item_uuid: str,
    items: list[tuple[bytes | str | Path | PreparedImage, str]],
    who: str = "",
) -> list[str]:
    """Store several pictures (source, caption) for a completed item, all or none."""
    prepared = [(s if isinstance(s, PreparedImage) else prepare_image(s), c) for s, c in items]
    with atomic_write():
        item = _item(item_uuid)
        if item.status != "done":
            raise ValidationError(
                {
                    "photos": translate(
                        "Followup", "Photos are evidence of completion: mark the item completed."
                    )
                }
            )
        return store_pictures(
            RectificationPhoto,
            {"item": item},
            list(_live(item)),
            prepared,
            MAX_PER_ITEM,
            lambda row, image: audit.record(
                "create",
                TABLE,
                row.uuid,
                {"item": item.uuid, "caption": row.caption, "sha256": image.sha256},
                who=who,
            ),
        )


def list_evidence_photos(item_uuid: str) -> list[AttachmentRow]:
    """The live photos of an item, in order (thumbnails, not the full pictures)."""
    if not photos_present():
        return []
    item = RectificationItem.get_or_none(RectificationItem.uuid == item_uuid)
    if item is None:
        return []
    return picture_rows(RectificationPhoto, RectificationPhoto.item == item)


def evidence_photo_data(uuid: str) -> bytes:
    """The stored (downscaled) picture of one photo."""
    return bytes(RectificationPhoto.get(RectificationPhoto.uuid == uuid).data)


def photo_counts(item_ids: list[int]) -> dict[int, int]:
    """item id → its live photos (for the lists and the documents)."""
    if not item_ids or not photos_present():
        return {}
    marks = ",".join("?" * len(item_ids))
    rows = database.execute_sql(
        f"SELECT item_id, COUNT(*) FROM {TABLE} WHERE deleted_at IS NULL"
        f" AND item_id IN ({marks}) GROUP BY item_id",
        tuple(item_ids),
    ).fetchall()
    return {item_id: n for item_id, n in rows}


def _photo(uuid: str) -> RectificationPhoto:
    row = RectificationPhoto.get_or_none(
        (RectificationPhoto.uuid == uuid) & RectificationPhoto.deleted_at.is_null()
    )
    if row is None:
        raise ValidationError({"photo": translate("Photos", "The photo no longer exists.")})
    return row


def remove_evidence_photo(uuid: str, who: str = "") -> None:
    """Remove a photo (a tombstone; its bytes go when the deletion is final)."""
    with atomic_write():
        row = _photo(uuid)
        now = utc_now()
        RectificationPhoto.update(
            deleted_at=now, updated_at=now, rev=RectificationPhoto.rev + 1
        ).where(RectificationPhoto.id == row.id).execute()
        audit.record("delete", TABLE, uuid, {"deleted": [False, True]}, who=who)


def update_evidence_caption(uuid: str, caption: str, who: str = "") -> None:
    with atomic_write():
        row = _photo(uuid)
        new = caption.strip()
        if new == row.caption:
            return
        RectificationPhoto.update(
            caption=new, updated_at=utc_now(), rev=RectificationPhoto.rev + 1
        ).where(RectificationPhoto.id == row.id).execute()
        audit.record("update", TABLE, uuid, {"caption": [row.caption, new]}, who=who)


def apply_evidence_changes(
    item_uuid: str,
    add: list[tuple[PreparedImage, str]],
    remove: list[str],
    captions: dict[str, str],
    who: str = "",
    reason: str = "",  # the photo widget's signature (a 整改 item has no closed months)
) -> list[str]:
    """What the dialog's photos changed, in one transaction: removals, captions, new ones."""
    with atomic_write():
        for uuid in remove:
            remove_evidence_photo(uuid, who=who)
        for uuid, caption in captions.items():
            update_evidence_caption(uuid, caption, who=who)
        return add_evidence_photos(item_uuid, list(add), who=who) if add else []
