"""File names that are not UTF-8 (a GBK name from a Chinese Windows PC, unpacked on Linux): every
command works on them and says what it did in plain words, never a UnicodeEncodeError."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.file.backup import backup_now, list_backups
from models.file.ledger import open_ledger
from models.file.paths import readable_name
from models.services import ActivityInput, BranchInput, save_activity, save_branch

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows file names are Unicode, never raw bytes"
)

ROOT = Path(__file__).resolve().parent.parent
GBK_NAME = "中文台账".encode("gbk")  # b'\xd6\xd0\xce\xc4\xcc\xa8\xd5\xcb'


def gbk_path(folder: Path, suffix: str, prefix: bytes = b"") -> Path:
    return Path(os.fsdecode(os.fsencode(folder) + b"/" + prefix + GBK_NAME + suffix.encode()))


@pytest.fixture
def branch(tmp_path):
    path = gbk_path(tmp_path, ".ledger")
    with open_ledger(path, create=True):
        save_branch(BranchInput(name="实验小学党支部"))
        for day in (3, 17):
            save_activity(
                ActivityInput(
                    kinds=["collective_study"],
                    date=f"2026-10-{day:02d}",
                    start_time="14:00",
                    end_time="15:30",
                    topic=f"10月{day}日集中学习",
                )
            )
    return path


def test_the_readable_name_of_a_gbk_file_is_its_chinese_name(tmp_path):
    assert readable_name(gbk_path(tmp_path, ".ledger")) == "中文台账.ledger"
    assert readable_name(tmp_path / "普通.ledger") == "普通.ledger"
    assert "\udc80" not in readable_name(Path(os.fsdecode(b"x\x80\xff.ledger")))


def run(*args: str | Path) -> subprocess.CompletedProcess:
    """main.py in a UTF-8 terminal (whose output would refuse the undecodable name)."""
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(os.fsencode, args)],
        capture_output=True,
        env=env,
        timeout=300,
    )


def test_backups_bundles_imports_and_documents_of_a_gbk_named_ledger(tmp_path, branch):
    root = tmp_path / "backups"
    info = backup_now(branch, root=root)
    assert [b.path for b in list_backups(branch, root)] == [info.path]
    bundle = gbk_path(tmp_path, ".bundle.ledger", b"b-")
    district = gbk_path(tmp_path, ".ledger", b"d-")
    pdf = gbk_path(tmp_path, ".pdf")
    made = run("bundle", branch, "-o", bundle)
    assert made.returncode == 0, made.stderr
    assert os.fsencode(bundle.name) in made.stdout  # the name as the file system has it
    imported = run("import", district, bundle, "--json")
    assert imported.returncode == 0, imported.stderr
    out = imported.stdout.decode("utf-8", "replace")
    report = json.loads(out[out.index("{") :])
    assert [f["status"] for f in report["files"]] == ["accepted"]
    con = sqlite3.connect(district)
    (changes,) = con.execute("SELECT changes FROM audit_entry WHERE action = 'import'").fetchone()
    live = con.execute("SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()[0]
    con.close()
    assert json.loads(changes)["file"] == "b-中文台账.bundle.ledger"
    assert live == 2
    written = run("report", "monthly", branch, "--month", "2026-10", "-o", pdf)
    assert written.returncode == 0, written.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    checked = run("check", branch)
    assert checked.returncode == 0 and b"Traceback" not in checked.stderr
