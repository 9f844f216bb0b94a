"""The ledger's OS lock: exclusive, non-blocking, and never left behind by a killed process."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models.file.lock import FileLock, LockHeld

ROOT = Path(__file__).resolve().parent.parent


def test_a_second_lock_on_the_same_file_is_refused_until_released(tmp_path):
    path = tmp_path / "a.ledger.lock"
    first, second = FileLock(path), FileLock(path)
    first.acquire()
    assert first.is_locked
    with pytest.raises(LockHeld):
        second.acquire()
    assert not second.is_locked
    first.release()
    second.acquire()  # free again
    assert second.is_locked
    second.release()
    first.release()  # releasing twice is harmless


def test_a_stale_lock_file_does_not_block(tmp_path):
    path = tmp_path / "b.ledger.lock"
    path.write_text("left over from a crash")
    with FileLock(path) as lock:
        assert lock.is_locked


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_never_blocks_the_next_start(tmp_path):
    path = tmp_path / "c.ledger.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                sys.path.insert(0, {str(ROOT)!r})
                from models.file.lock import FileLock
                FileLock({str(path)!r}).acquire()
                print("held", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=str(ROOT),
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockHeld):
            FileLock(path).acquire()  # another process holds it
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
    with FileLock(path) as lock:  # the OS dropped the killed process's lock
        assert lock.is_locked


def _second_writer_is_refused(first: Path, second: Path) -> None:
    from models.errors import LedgerInUseError
    from models.file.ledger import open_ledger

    with open_ledger(first, create=True):
        with pytest.raises(LedgerInUseError):
            open_ledger(second).close()
    # Once the first writer has closed, the other name opens (and is itself exclusive).
    with open_ledger(second):
        with pytest.raises(LedgerInUseError):
            open_ledger(first).close()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_second_writer_through_a_symlink_is_refused(tmp_path):
    real = tmp_path / "school" / "a.ledger"
    real.parent.mkdir()
    (tmp_path / "desktop").mkdir()
    link = tmp_path / "desktop" / "shortcut.ledger"
    link.symlink_to(real)
    _second_writer_is_refused(real, link)


def test_a_second_writer_through_a_hard_link_is_refused(tmp_path):
    from models.file.ledger import open_ledger

    real = tmp_path / "a.ledger"
    open_ledger(real, create=True).close()
    (tmp_path / "copy").mkdir()
    other = tmp_path / "copy" / "same-file.ledger"
    other.hardlink_to(real)
    _second_writer_is_refused(real, other)
