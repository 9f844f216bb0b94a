"""Photos and scans stored inside the ledger (the Attachment table).

Pictures are downscaled before they are stored (≤ 1600 px on the long side, JPEG) with a 256 px
thumbnail, hashed (sha256 of the stored bytes), and capped per activity, so one shared file
carries the photo proof without growing without bound. Pillow is imported only here.

A phone's 200-megapixel JPEG is decoded already scaled down (Pillow's `draft()`: libjpeg decodes
at 1/2, 1/4 or 1/8 of the size), so memory stays bounded; for that the decompression-bomb limit
is raised for JPEG only, while the file is opened. A file that is not a regular file (a FIFO or a
device named `.jpg`) is refused before anything is read from it, and a truncated picture is
refused (`picture_is_whole()` is also what the bundle check and the reports use).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import os
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from models.errors import ValidationError
from models.file.schema import Activity, Attachment, BaseModel, utc_now
from models.records import audit
from models.records.activities import guard_closed
from models.records.validation import atomic_write
from models.text.i18n import translate

MAX_PER_ACTIVITY = 9
MAX_SIDE = 1600
THUMB_SIDE = 256
JPEG_QUALITY = 85
MAX_FILE_BYTES = 200 * 1024 * 1024  # a 200-megapixel phone photo is 30–100 MB
# A JPEG is decoded at 1/8 of its size at most (draft), so up to this many pixels stay cheap:
# 400 MP decode to ~6 MP. Other formats keep Pillow's own decompression-bomb limit.
MAX_JPEG_PIXELS = 400_000_000
_LIMIT_LOCK = threading.Lock()


@dataclass(frozen=True)
class PreparedImage:
    """A picture ready to store: downscaled JPEG, thumbnail, size and hash."""

    data: bytes
    thumbnail: bytes
    width: int
    height: int
    sha256: str
    mime: str = "image/jpeg"


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment as lists show it (without the full picture)."""

    uuid: str
    caption: str
    width: int
    height: int
    sha256: str
    thumbnail: bytes
    position: int


def _not_a_picture(name: str) -> ValidationError:
    return ValidationError(
        {
            "photo": translate(
                "Photos", "{name} is not a picture that can be read (use JPEG or PNG)."
            ).format(name=name)
        }
    )


def _jpeg(image, side: int) -> tuple[bytes, int, int]:  # noqa: ANN001 - a PIL image
    copy = image.copy()
    copy.thumbnail((side, side))
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue(), copy.width, copy.height


def _unreadable(name: str, exc: OSError) -> ValidationError:
    return ValidationError(
        {
            "photo": translate("Photos", "{name} could not be read: {error}").format(
                name=name, error=exc.strerror or exc
            )
        }
    )


def _open_regular_file(path: Path, name: str) -> IO[bytes]:
    """Open a picture file for reading, refusing at once anything but a regular file: a FIFO
    would block the read forever, a device (e.g. /dev/zero named photo.jpg) never ends."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: opening a FIFO without a writer returns
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(
                {
                    "photo": translate(
                        "Photos", "{name} is not a picture file (it is a device or a pipe)."
                    ).format(name=name)
                }
            )
        if info.st_size > MAX_FILE_BYTES:
            raise ValidationError(
                {"photo": translate("Photos", "{name} is too large.").format(name=name)}
            )
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


@contextlib.contextmanager
def _jpeg_sized_limit() -> Iterator[int | None]:
    """While a picture is opened: Pillow's decompression-bomb limit raised to MAX_JPEG_PIXELS
    (a module-wide setting, hence the lock); yields the usual limit, which the caller applies
    itself to every format but JPEG."""
    from PIL import Image

    with _LIMIT_LOCK:
        usual = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = MAX_JPEG_PIXELS
        try:
            yield usual
        finally:
            Image.MAX_IMAGE_PIXELS = usual


def _too_large(name: str) -> ValidationError:
    return ValidationError(
        {
            "photo": translate("Photos", "{name} has too many pixels to be a photo.").format(
                name=name
            )
        }
    )


def _decode(fp: IO[bytes], name: str):  # noqa: ANN202 - a PIL image
    """The picture as an RGB image no larger than needed for MAX_SIDE (JPEG: decoded scaled)."""
    from PIL import Image, ImageOps

    with _jpeg_sized_limit() as usual:
        opened = Image.open(fp)
    with opened:
        pixels = opened.width * opened.height
        if opened.format == "JPEG":
            if pixels > MAX_JPEG_PIXELS:
                raise _too_large(name)
            # Ask for the long side at MAX_SIDE: libjpeg decodes at the smallest scale that
            # still gives at least that (a 200 MP photo: 1/8, about 3 MP in memory).
            ratio = MAX_SIDE / max(opened.width, opened.height)
            if ratio < 1:
                want = (math.ceil(opened.width * ratio), math.ceil(opened.height * ratio))
                opened.draft("RGB", want)
        elif usual is not None and pixels > usual:
            raise _too_large(name)
        opened.load()
        # Phones store "which way up" in EXIF; apply it before dropping the metadata.
        image = ImageOps.exif_transpose(opened)
        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            flat = Image.new("RGB", image.size, "white")
            flat.paste(image, mask=image.getchannel("A"))
            image = flat
        elif image.mode != "RGB":
            image = image.convert("RGB")
        return image


def prepare_image(source: bytes | str | Path) -> PreparedImage:
    """Read a picture (bytes or a file path) and make the stored form; ValidationError if it
    is not a readable picture."""
    from PIL import Image, UnidentifiedImageError

    name = Path(source).name if isinstance(source, str | Path) else translate("Photos", "The file")
    if isinstance(source, str | Path):
        stream = _open_regular_file(Path(source), name)
    else:
        stream = io.BytesIO(bytes(source))
    try:
        with stream:
            image = _decode(stream, name)
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise _not_a_picture(name) from exc
    data, width, height = _jpeg(image, MAX_SIDE)
    thumbnail, _, _ = _jpeg(image, THUMB_SIDE)
    return PreparedImage(data, thumbnail, width, height, hashlib.sha256(data).hexdigest())


def picture_is_whole(data: bytes) -> bool:
    """True when `data` is a picture that decodes completely (not truncated, not garbage)."""
    from PIL import Image

    try:
        with _jpeg_sized_limit() as usual:
            opened = Image.open(io.BytesIO(bytes(data)))
        with opened:
            pixels = opened.width * opened.height
            if pixels > (MAX_JPEG_PIXELS if opened.format == "JPEG" else (usual or pixels)):
                return False
            if opened.format == "JPEG":
                opened.draft("RGB", (64, 64))  # decoding at 1/8 still reads every byte
            opened.load()
    except Exception:  # any failure to decode: not whole (hostile bytes may raise anything)
        return False
    return True


def _activity(activity_uuid: str) -> Activity:
    activity = Activity.get_or_none(Activity.uuid == activity_uuid)
    if activity is None:
        raise ValidationError({"activity": translate("Photos", "The record no longer exists.")})
    return activity


def _live(activity: Activity):  # noqa: ANN202 - a peewee query
    return Attachment.select().where(
        (Attachment.activity == activity) & Attachment.deleted_at.is_null()
    )


def _action(activity: Activity, reason: str) -> str:
    """'amend' for a record in a closed month (then a reason is required), else ''."""
    return guard_closed([str(activity.date)], reason)


def add_attachments(
    activity_uuid: str,
    items: list[tuple[bytes | str | Path | PreparedImage, str]],
    who: str = "",
    reason: str = "",
) -> list[str]:
    """Store several pictures (source, caption) in one transaction: all of them or none."""
    prepared = [(s if isinstance(s, PreparedImage) else prepare_image(s), c) for s, c in items]
    with atomic_write():
        activity = _activity(activity_uuid)
        action = _action(activity, reason)
        return store_pictures(
            Attachment,
            {"activity": activity},
            list(_live(activity)),
            prepared,
            MAX_PER_ACTIVITY,
            lambda row, image: audit.record(
                action or "create",
                "attachment",
                row.uuid,
                {"activity": activity.uuid, "caption": row.caption, "sha256": image.sha256},
                who=who,
                reason=reason,
            ),
        )


def store_pictures(
    model: type[BaseModel],
    owner: dict[str, Any],
    live: list[Any],
    prepared: list[tuple[PreparedImage, str]],
    cap: int,
    logged: Callable[[Any, PreparedImage], object],
) -> list[str]:
    """Store prepared pictures after a record's `live` ones (an activity's, a 整改 item's), in
    the caller's transaction: at most `cap` in all, never the same picture twice, each row
    passed to `logged` for its audit entry. Returns the new rows' uuids."""
    if len(live) + len(prepared) > cap:
        raise ValidationError(
            {
                "photos": translate(
                    "Photos",
                    "A record can hold at most {cap} photos; it has {count} already.",
                ).format(cap=cap, count=len(live))
            }
        )
    hashes = {p.sha256 for p in live}
    position = max((p.position for p in live), default=-1)
    created = []
    for image, caption in prepared:
        if image.sha256 in hashes:
            raise ValidationError(
                {"photos": translate("Photos", "This photo is already attached to the record.")}
            )
        hashes.add(image.sha256)
        position += 1
        row = model.create(
            **owner,
            caption=caption.strip(),
            mime=image.mime,
            sha256=image.sha256,
            width=image.width,
            height=image.height,
            data=image.data,
            thumbnail=image.thumbnail,
            position=position,
        )
        logged(row, image)
        created.append(row.uuid)
    return created


def add_attachment(
    activity_uuid: str,
    image: bytes | str | Path | PreparedImage,
    caption: str = "",
    who: str = "",
    reason: str = "",
) -> str:
    """Store one picture for an activity; returns the attachment's uuid."""
    return add_attachments(activity_uuid, [(image, caption)], who=who, reason=reason)[0]


def list_attachments(activity_uuid: str) -> list[AttachmentRow]:
    """The live attachments of an activity, in order (thumbnails, not the full pictures)."""
    activity = Activity.get_or_none(Activity.uuid == activity_uuid)
    if activity is None:
        return []
    return picture_rows(Attachment, Attachment.activity == activity)


def picture_rows(model: type[BaseModel], owned: Any) -> list[AttachmentRow]:
    """The live pictures `owned` selects (an activity's, a 整改 item's), in order: their
    thumbnails and sizes, not the full pictures."""
    query = (
        model.select(
            model.uuid,
            model.caption,
            model.width,
            model.height,
            model.sha256,
            model.thumbnail,
            model.position,
        )
        .where(owned & model.deleted_at.is_null())
        .order_by(model.position, model.id)
    )
    return [
        AttachmentRow(
            p.uuid, p.caption, p.width, p.height, p.sha256, bytes(p.thumbnail or b""), p.position
        )
        for p in query
    ]


def attachment_data(uuid: str) -> bytes:
    """The stored (downscaled) picture of one attachment."""
    row = Attachment.get(Attachment.uuid == uuid)
    return bytes(row.data)


def _attachment(uuid: str) -> Attachment:
    row = Attachment.get_or_none((Attachment.uuid == uuid) & Attachment.deleted_at.is_null())
    if row is None:
        raise ValidationError({"photo": translate("Photos", "The photo no longer exists.")})
    return row


def remove_attachment(uuid: str, who: str = "", reason: str = "") -> None:
    """Remove a photo (a tombstone, like every deletion in the ledger)."""
    with atomic_write():
        row = _attachment(uuid)
        action = _action(row.activity, reason)
        now = utc_now()
        Attachment.update(deleted_at=now, updated_at=now, rev=Attachment.rev + 1).where(
            Attachment.id == row.id
        ).execute()
        audit.record(
            action or "delete",
            "attachment",
            uuid,
            {"deleted": [False, True]},
            who=who,
            reason=reason,
        )


def update_caption(uuid: str, caption: str, who: str = "", reason: str = "") -> None:
    """Change a photo's caption."""
    with atomic_write():
        row = _attachment(uuid)
        new = caption.strip()
        if new == row.caption:
            return
        action = _action(row.activity, reason)
        Attachment.update(caption=new, updated_at=utc_now(), rev=Attachment.rev + 1).where(
            Attachment.id == row.id
        ).execute()
        audit.record(
            action or "update",
            "attachment",
            uuid,
            {"caption": [row.caption, new]},
            who=who,
            reason=reason,
        )


def apply_changes(
    activity_uuid: str,
    add: list[tuple[PreparedImage, str]],
    remove: list[str],
    captions: dict[str, str],
    who: str = "",
    reason: str = "",
) -> list[str]:
    """What the photos tab changed, in one transaction: removals first (they make room under
    the cap), then new captions, then new pictures. Returns the new attachments' uuids."""
    with atomic_write():
        for uuid in remove:
            remove_attachment(uuid, who=who, reason=reason)
        for uuid, caption in captions.items():
            update_caption(uuid, caption, who=who, reason=reason)
        return add_attachments(activity_uuid, add, who=who, reason=reason) if add else []
