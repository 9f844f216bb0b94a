"""Small generated photos for the sample ledger: a red banner, a room or a street, some people.

No text, no real images: simple shapes drawn with Pillow from the caller's random generator, so
the same seed gives byte-identical JPEGs. The sizes match what the app stores after downscaling.
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 640, 480
THUMB = (256, 256)  # the long side, as models.records.photos stores thumbnails
WALLS = ((236, 229, 214), (222, 230, 238), (240, 236, 226), (214, 226, 236))
SKIES = ((170, 205, 235), (190, 215, 240), (160, 195, 225))
CLOTHES = (
    (40, 60, 110),
    (190, 40, 40),
    (60, 60, 60),
    (230, 230, 230),
    (70, 120, 170),
    (200, 90, 40),
)
SKIN = ((240, 205, 170), (226, 190, 150), (245, 215, 185))


@dataclass(frozen=True)
class Photo:
    """A JPEG with its thumbnail, hash and size."""

    data: bytes
    thumbnail: bytes
    sha256: str
    width: int
    height: int


def make_photo(rng: random.Random, outdoor: bool, vests: bool = False) -> Photo:
    """A simple picture of an activity: people in a room under a banner, or outside (in the
    red vests of volunteers when `vests`)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), rng.choice(SKIES if outdoor else WALLS))
    draw = ImageDraw.Draw(image)
    horizon = rng.randint(250, 300)
    ground = (120, 170, 90) if outdoor else (170, 140, 110)
    draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=ground)
    if outdoor:
        for _ in range(rng.randint(2, 5)):
            x = rng.randint(0, WIDTH)
            draw.polygon(
                ((x, horizon - rng.randint(90, 150)), (x - 35, horizon), (x + 35, horizon)),
                fill=(50, 120 + rng.randint(0, 40), 60),
            )
    else:
        # The banner at the front of the room (red, a yellow emblem in the corner).
        left = rng.randint(80, 160)
        draw.rectangle((left, 30, WIDTH - left, 100), fill=(200, 20, 30))
        draw.ellipse((left + 12, 42, left + 58, 88), fill=(250, 210, 40))
        # A projection screen and the table in front of it.
        draw.rectangle((left + 60, 120, WIDTH - left - 60, horizon - 40), fill=(250, 250, 250))
        draw.rectangle((left, horizon - 30, WIDTH - left, horizon + 5), fill=(120, 80, 50))
    rows = rng.randint(2, 3)
    for row in range(rows):
        y = horizon + 30 + row * 55
        count = rng.randint(5, 9)
        for i in range(count):
            x = int((i + 0.5 + rng.uniform(-0.2, 0.2)) * WIDTH / count)
            size = 16 + row * 4
            body = (215, 30, 35) if vests else rng.choice(CLOTHES)
            draw.rectangle((x - size, y, x + size, y + size * 3), fill=body)
            draw.ellipse(
                (x - size * 0.7, y - size * 1.5, x + size * 0.7, y - size * 0.1),
                fill=rng.choice(SKIN),
            )
    data = _jpeg(image, 80)
    thumb = image.copy()
    thumb.thumbnail(THUMB)
    return Photo(data, _jpeg(thumb, 70), hashlib.sha256(data).hexdigest(), WIDTH, HEIGHT)


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
