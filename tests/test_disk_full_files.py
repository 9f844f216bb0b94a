"""A full disk outside the ledger's own saves: creating a district, importing, writing a PDF, an
xlsx or a bundle, and a full temporary folder. Each gives the plain disk-full message (never a
traceback) and leaves no `.creating`/`.part` file nor a scratch folder behind.

The disk is "filled" for a child process with RLIMIT_FSIZE: the kernel refuses to let any file
grow past the limit (EFBIG; SQLite reports it as an I/O error), wherever the program writes it,
which is what a full disk looks like to the program. The district's own growth during an import
is limited with `PRAGMA max_page_count`, as in test_disk_full.py.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models.bureau.merge import import_files
from models.demo.generate import write_demo
from models.file.ledger import open_ledger

ROOT = Path(__file__).resolve().parent.parent
NO_LIMIT = 1073741823


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """A demo branch ledger (three months) and its bundle."""
    folder = tmp_path_factory.mktemp("sources")
    ledger = folder / "branch.ledger"
    write_demo(ledger, months=3, until="2026-11")
    bundle = folder / "branch.bundle.ledger"
    make_bundle(ledger, bundle)
    return ledger, bundle


def run_with_full_disk(limit: int, args: list[str], cwd: Path, tmp: Path):
    """main.py with every file it writes limited to `limit` bytes, its temp folder `tmp`."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an error, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, TMPDIR=str(tmp), LANG="C")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=env,
        preexec_fn=limit_files,
        capture_output=True,
        text=True,
        timeout=300,
    )


def leftovers(*folders: Path) -> list[str]:
    """Half-written files and scratch folders in `folders` (lock files are no leftovers)."""
    found = []
    for folder in folders:
        for p in folder.iterdir():
            if p.name.endswith((".part", ".creating", "-journal")) or p.name.startswith(
                "branch-ledger-"
            ):
                found.append(p.name)
    return found


def assert_plain_disk_full(result, named: str | None = None) -> None:
    output = result.stdout + result.stderr
    assert result.returncode in (1, 2), output
    assert "disk is full" in output, output
    assert "Traceback" not in output and "Errno" not in output, output
    if named:
        assert named in output


@pytest.mark.parametrize(
    ("kind", "limit"),
    [("report", 20_000), ("export-xlsx", 4_000)],
)
def test_a_document_on_a_full_disk(tmp_path, sources, kind, limit):
    ledger, _ = sources
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    out = tmp_path / ("month.pdf" if kind == "report" else "month.xlsx")
    args = ["report", "monthly"] if kind == "report" else ["export-xlsx"]
    result = run_with_full_disk(
        limit, [*args, str(ledger), "--month", "2026-10", "-o", str(out)], tmp_path, tmp
    )
    assert_plain_disk_full(result, named=out.name)
    assert not out.exists()
    assert leftovers(tmp_path, tmp) == []
    # With room again, the same command writes the document.
    again = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, str(ledger), "--month", "2026-10"]
        + ["-o", str(out)],
        capture_output=True,
        text=True,
        env=dict(os.environ, TMPDIR=str(tmp)),
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    assert out.stat().st_size > limit


def test_creating_a_district_on_a_full_disk(tmp_path, sources):
    _, bundle = sources
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    district = tmp_path / "district.ledger"
    result = run_with_full_disk(20_000, ["import", str(district), str(bundle)], tmp_path, tmp)
    assert_plain_disk_full(result, named=district.name)
    assert not district.exists()
    assert leftovers(tmp_path, tmp) == []


def test_a_full_temporary_folder_during_an_import(tmp_path, sources):
    _, bundle = sources
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    district = tmp_path / "district.ledger"
    open_ledger(district, create=True).close()
    before = hashlib.sha256(district.read_bytes()).hexdigest()
    # Room for the district's journal, not for the bundle's private copy in the temp folder.
    limit = bundle.stat().st_size // 2
    result = run_with_full_disk(limit, ["import", str(district), str(bundle)], tmp_path, tmp)
    assert_plain_disk_full(result)
    assert "rejected" in result.stdout
    assert hashlib.sha256(district.read_bytes()).hexdigest() == before
    assert leftovers(tmp_path, tmp) == []


def test_a_bundle_on_a_full_disk(tmp_path, sources):
    ledger, bundle = sources
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    out = tmp_path / "for-the-bureau.ledger"
    result = run_with_full_disk(
        bundle.stat().st_size // 2, ["bundle", str(ledger), "-o", str(out)], tmp_path, tmp
    )
    assert_plain_disk_full(result)
    assert not out.exists()
    assert leftovers(tmp_path, tmp) == []


def raw_dump(path: Path) -> str:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def test_the_district_filling_the_disk_during_an_import(tmp_path, sources, monkeypatch):
    _, bundle = sources
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr("tempfile.tempdir", None)
    district = tmp_path / "district.ledger"
    with open_ledger(district, create=True) as led:
        before = raw_dump(district)
        pages = led.db.execute_sql("PRAGMA page_count").fetchone()[0]
        led.db.execute_sql(f"PRAGMA max_page_count = {pages + 5}")
        try:
            (result,) = import_files(led.db, [bundle])
        finally:
            led.db.execute_sql(f"PRAGMA max_page_count = {NO_LIMIT}")
        assert not result.accepted
        assert "disk is full" in result.reason and "not imported" in result.reason
        assert "Error" not in result.reason
        assert raw_dump(district) == before
        (again,) = import_files(led.db, [bundle])  # room again: the same bundle goes in
        assert again.accepted and again.added > 0
    assert leftovers(tmp_path, tmp) == []


def test_a_full_disk_in_a_background_job_is_told_in_plain_words(qtbot, ledger):
    """E.g. the Excel export written into a scratch folder of a full temporary folder."""
    import errno

    from ui.shell.worker import DbWorker

    def export_into_full_temp_folder() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/tmp/branch-ledger-report-x")

    worker = DbWorker(ledger)
    errors: list[str] = []
    try:
        worker.submit(export_into_full_temp_folder, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    finally:
        worker.stop()
    assert "disk is full" in errors[0] and "Errno" not in errors[0]
