"""Photos from the real world: a 200-megapixel phone JPEG is downscaled in bounded memory, a FIFO
or a device named `.jpg` is refused at once, a truncated photo is refused when added and by the
bundle check (its thumbnail too), and a report shows a note in place of a broken one."""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from exports.bundle import make_bundle
from models import services as s
from models.bureau.bundle_format import MANIFEST_KEY, content_hash
from models.bureau.merge import BundleRejected, inspect_bundle
from models.errors import ValidationError
from models.file.ledger import open_ledger
from models.records import photos
from tests.editing_helpers import make_branch, picture_bytes

ROOT = Path(__file__).resolve().parent.parent
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def run_child(code: str, limit_memory: int | None = None) -> dict:
    """Run `code` in a fresh interpreter (it prints one JSON line); a hang or a runaway read
    in the code under test ends the child, not the test run."""

    def limits() -> None:
        if limit_memory:
            resource.setrlimit(resource.RLIMIT_AS, (limit_memory, limit_memory))

    out = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + code],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limits,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_200_megapixel_phone_photo_is_downscaled_in_bounded_memory(tmp_path):
    big = tmp_path / "IMG_20261103_101500.jpg"
    width, height = 16384, 12288  # 201 megapixels, as a 200 MP phone camera writes them
    # Made in a child of its own: the test process never holds the 200 MB picture.
    run_child(
        textwrap.dedent(
            f"""
            from PIL import Image
            Image.linear_gradient("L").resize(({width}, {height})).save({str(big)!r}, quality=60)
            print("{{}}")
            """
        )
    )
    got = run_child(
        textwrap.dedent(
            f"""
            import json, resource
            from models.records.photos import prepare_image
            p = prepare_image({str(big)!r})
            # This program's own peak (VmHWM starts afresh at exec); ru_maxrss would also hold
            # what the forking test process used before the exec.
            try:
                with open("/proc/self/status") as fh:
                    hwm = [l for l in fh if l.startswith("VmHWM:")][0]
                peak = int(hwm.split()[1]) * 1024
            except OSError:
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            print(json.dumps({{"w": p.width, "h": p.height, "peak": peak}}))
            """
        )
    )
    assert max(got["w"], got["h"]) == photos.MAX_SIDE
    assert abs(got["w"] / got["h"] - width / height) < 0.01
    # Decoded whole, the picture alone would take width × height × 3 bytes (600 MB).
    assert got["peak"] < width * height * 3 / 2


@POSIX_ONLY
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_fifo_or_a_device_named_jpg_is_refused_at_once(tmp_path, kind):
    path = tmp_path / "photo.jpg"
    if kind == "fifo":
        os.mkfifo(path)  # nobody writes to it: reading it would wait forever
    else:
        path.symlink_to("/dev/zero")  # reading it would never end
    got = run_child(
        textwrap.dedent(
            f"""
            import json
            from models.errors import ValidationError
            from models.records.photos import prepare_image
            try:
                prepare_image({str(path)!r})
                print(json.dumps({{"refused": ""}}))
            except ValidationError as exc:
                print(json.dumps({{"refused": exc.errors["photo"]}}))
            """
        ),
        limit_memory=2 * 1024**3,
    )
    assert "photo.jpg" in got["refused"] and "device or a pipe" in got["refused"]


def _jpeg(width: int, height: int) -> bytes:
    image = Image.effect_noise((width, height), 60).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_a_truncated_photo_is_refused_when_added(ledger, tmp_path):
    _, people = make_branch()
    uuid = s.save_activity(
        s.ActivityInput(kinds=["theme_day"], date="2026-03-06", topic="主题党日")
    )
    whole = _jpeg(1200, 900)
    for cut in (len(whole) // 2, len(whole) - 2):  # half a transfer; only the end marker lost
        path = tmp_path / f"cut{cut}.jpg"
        path.write_bytes(whole[:cut])
        with pytest.raises(ValidationError) as caught:
            photos.add_attachment(uuid, path)
        assert path.name in caught.value.errors["photo"]
        assert not photos.picture_is_whole(whole[:cut])
    assert photos.picture_is_whole(whole)
    assert photos.list_attachments(uuid) == []


@pytest.fixture
def with_photo(tmp_path):
    path = tmp_path / "branch.ledger"
    with open_ledger(path, create=True):
        make_branch()
        uuid = s.save_activity(
            s.ActivityInput(kinds=["theme_day"], date="2026-10-09", topic="主题党日")
        )
        photos.add_attachment(uuid, _jpeg(1200, 900), "合影")
        photos.add_attachment(uuid, picture_bytes(800, 600), "签到")
    return path


def _rehashed(bundle: Path, target: Path, sql: str, params: tuple = ()) -> Path:
    """The bundle changed, its manifest recomputed (as a careless tool or an attacker would)."""
    shutil.copy(bundle, target)
    con = sqlite3.connect(target)
    con.execute(sql, params)
    (value,) = con.execute("SELECT value FROM setting WHERE key = ?", (MANIFEST_KEY,)).fetchone()
    manifest = json.loads(value)
    manifest["content_hash"], manifest["counts"] = content_hash(con)
    con.execute("UPDATE setting SET value = ? WHERE key = ?", (json.dumps(manifest), MANIFEST_KEY))
    con.commit()
    con.close()
    return target


@pytest.mark.parametrize("part", ["data", "thumbnail"])
def test_the_bundle_check_refuses_a_truncated_photo(tmp_path, with_photo, part):
    bundle = tmp_path / "b.ledger"
    make_bundle(with_photo, bundle)
    con = sqlite3.connect(bundle)
    row_id, blob = con.execute(f"SELECT id, {part} FROM attachment ORDER BY id LIMIT 1").fetchone()
    con.close()
    cut = bytes(blob)[: len(blob) // 2]
    sql = f"UPDATE attachment SET {part} = ?" + (", sha256 = ?" if part == "data" else "")
    params = (cut, hashlib.sha256(cut).hexdigest()) if part == "data" else (cut,)
    bad = _rehashed(bundle, tmp_path / "bad.ledger", sql + " WHERE id = ?", (*params, row_id))
    folder = tmp_path / "inspect"
    folder.mkdir()
    with pytest.raises(BundleRejected, match="truncated"):
        inspect_bundle(bad, folder)


def test_a_report_shows_a_note_in_place_of_a_broken_photo(tmp_path, with_photo):
    con = sqlite3.connect(with_photo)
    (blob,) = con.execute("SELECT thumbnail FROM attachment ORDER BY id LIMIT 1").fetchone()
    con.execute(
        "UPDATE attachment SET thumbnail = ? WHERE id = (SELECT min(id) FROM attachment)",
        (bytes(blob)[: len(blob) // 2],),
    )
    con.commit()
    con.close()
    out = tmp_path / "month.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "report", "monthly", str(with_photo)]
        + ["--month", "2026-10", "--photos", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "(photo cannot be shown)" in text  # the broken one
    assert "签到" in text  # the whole one is still there, with its caption
