"""Scratch folders and private copies left by a killed process are removed at the next start;
those of a process still running are not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from models.file.ledger import open_ledger
from models.file.scratch import PREFIX, clean_leftovers

ROOT = Path(__file__).resolve().parent.parent


def holder(root: Path, kind: str) -> tuple[subprocess.Popen, Path]:
    """A process that makes a scratch folder with a private copy in it, then waits."""
    code = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from models.file.scratch import scratch_folder
        with scratch_folder({kind!r}, Path({str(root)!r})) as folder:
            (folder / "bundle.ledger").write_bytes(b"private copy" * 1000)
            print(folder, flush=True)
            time.sleep(120)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    return proc, Path(proc.stdout.readline().strip())


def age(folder: Path, seconds: float = 3600) -> None:
    """As if `folder` was last changed `seconds` ago (a previous session of the app)."""
    then = time.time() - seconds
    os.utime(folder, (then, then))


def test_a_killed_process_scratch_folder_is_removed_a_running_one_kept(tmp_path):
    killed, killed_folder = holder(tmp_path, "import")
    running, running_folder = holder(tmp_path, "report")
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(30)
        assert killed_folder.is_dir()  # a killed process cannot tidy up
        age(killed_folder)
        age(running_folder)
        # Folders this app did not make with an owner's lock are never touched, whatever their
        # name or age (another program's, a test session's cache, an older version's).
        other = tmp_path / f"{PREFIX}cache-abc123"
        other.mkdir()
        (other / "fonts.bin").write_bytes(b"x")
        age(other, 86400)
        unrelated = tmp_path / "someone-else"
        unrelated.mkdir()
        removed = clean_leftovers(tmp_path)
        assert removed == [killed_folder]
        assert not killed_folder.exists()
        assert running_folder.is_dir() and (running_folder / "bundle.ledger").exists()
        assert other.is_dir() and unrelated.is_dir()
    finally:
        running.kill()
        running.wait(30)
        killed.stdout.close()
        running.stdout.close()


def test_a_folder_changed_a_moment_ago_is_left_alone(tmp_path):
    killed, folder = holder(tmp_path, "bundle")
    killed.send_signal(signal.SIGKILL)
    killed.wait(30)
    killed.stdout.close()
    assert clean_leftovers(tmp_path) == []  # just changed: its owner may be taking the lock
    age(folder)
    assert clean_leftovers(tmp_path) == [folder]


def test_the_app_cleans_the_temporary_folder_when_it_starts(tmp_path, monkeypatch):
    from ui.shell.app import start_cleaning_leftovers

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    killed, folder = holder(tmp_path, "import")
    killed.send_signal(signal.SIGKILL)
    killed.wait(30)
    killed.stdout.close()
    age(folder)
    start_cleaning_leftovers().join(30)
    assert not folder.exists()


def test_a_restore_killed_midway_leaves_no_private_copy_after_the_next_open(tmp_path):
    path = tmp_path / "branch.ledger"
    open_ledger(path, create=True).close()
    staged = path.with_name(path.name + ".restoring")
    staged.write_bytes(path.read_bytes())  # a restore was killed before its rename
    with open_ledger(path):
        assert not staged.exists()
