"""The shipped translations: complete, compiled, and in step with the code."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*_zh_CN.ts"))


def test_every_area_has_a_translation():
    areas = {p.name.removesuffix("_zh_CN.ts") for p in TS_FILES}
    assert {"ledger", "app", "stats", "check", "demo", "reports", "bureau", "backups"} <= areas


def test_ts_files_hold_every_string_of_the_code():
    result = subprocess.run(
        [sys.executable, str(I18N / "update.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path):
    root = ET.parse(ts).getroot()
    missing = [
        f"{ctx.findtext('name')}: {msg.findtext('source')}"
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (msg.findtext("translation") or "").strip()
    ]
    assert missing == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_matches_its_ts(ts: Path, tmp_path: Path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([str(lrelease), str(ts), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts: Path):
    import re

    root = ET.parse(ts).getroot()
    broken = []
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        text = msg.findtext("translation") or ""
        if text and sorted(re.findall(r"\{[^{}]*\}", source)) != sorted(
            re.findall(r"\{[^{}]*\}", text)
        ):
            broken.append(source)
    assert broken == []
