"""models.text.qm reads Qt's compiled translations exactly as QTranslator does (the command
line uses it
so that it never imports Qt)."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from models.text import i18n
from models.text.qm import QmCatalog, QmError, QmFile, elf_hash
from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*_zh_CN.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def ts_messages(ts: Path) -> list[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def qt_translator(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_translates_as_qtranslator_does(ts: Path):
    qm_path = ts.with_suffix(".qm")
    qt = qt_translator(qm_path)
    ours = QmFile.load(qm_path)
    messages = ts_messages(ts)
    assert messages
    translated = 0
    for context, source in messages:
        expected = qt.translate(context, source)
        got = ours.translate(context, source)
        assert (got or "") == expected, (context, source)
        translated += got is not None and got != source
        # the same source under a context it does not belong to is not translated by either
        assert (ours.translate(context + "X", source) or "") == qt.translate(context + "X", source)
    assert translated > len(messages) / 2  # the files really are Chinese


def test_unknown_strings_return_the_source():
    catalog = QmCatalog([QmFile.load(p) for p in sorted(I18N.glob("*_zh_CN.qm"))])
    assert catalog.translate("Reports", "No such message 12345") == "No such message 12345"
    assert catalog.translate("NoSuchContext", "Date") == "Date"


def test_catalog_matches_qcoreapplication_with_every_file_installed(qapp):
    paths = sorted(I18N.glob("*_zh_CN.qm"))
    translators = [qt_translator(p) for p in paths]
    for translator in translators:
        qapp.installTranslator(translator)
    try:
        catalog = QmCatalog([QmFile.load(p) for p in paths])
        for ts in TS_FILES:
            for context, source in ts_messages(ts):
                assert catalog.translate(context, source) == QCoreApplication.translate(
                    context, source
                ), (context, source)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>Alpha</name>
  <message><source>Date</source><translation>日期</translation></message>
  <message><source>Open</source><comment>verb</comment><translation>打开</translation></message>
  <message><source>Open</source><comment>adjective</comment><translation>开放的</translation></message>
  <message><source>Rare 𠮷 {name}</source><translation>罕见 𠮷 {name}</translation></message>
  <message><source>Unfinished</source><translation type="unfinished"></translation></message>
  <message><source>Half done</source><translation type="unfinished">半成品</translation></message>
  <message><source>Gone</source><translation type="vanished">没了</translation></message>
</context>
<context><name>Beta</name>
  <message><source>Date</source><translation>日子</translation></message>
  <message><source>Multi
line</source><translation>多
行</translation></message>
</context>
</TS>
"""


@pytest.mark.parametrize("options", [[], ["-compress"], ["-nounfinished"]], ids=str)
def test_lrelease_variants_with_comments_and_rare_characters(tmp_path: Path, options):
    ts = tmp_path / "sample_zh_CN.ts"
    ts.write_text(SAMPLE_TS, encoding="utf-8")
    qm = tmp_path / "sample_zh_CN.qm"
    subprocess.run(
        [str(LRELEASE), *options, str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    qt = qt_translator(qm)
    ours = QmFile.load(qm)
    sources = ["Date", "Open", "Rare 𠮷 {name}", "Unfinished", "Half done", "Gone", "Multi\nline"]
    sources += ["Missing", ""]
    checked = 0
    for context in ("Alpha", "Beta", "Gamma", ""):
        for source in sources:
            for comment in ("", "verb", "adjective", "noun"):
                expected = qt.translate(context, source, comment)
                assert (ours.translate(context, source, comment) or "") == expected, (
                    context,
                    source,
                    comment,
                )
                checked += bool(expected)
    assert checked >= 6  # the sample really translates something
    assert ours.translate("Alpha", "Open", "verb") == "打开"
    assert ours.translate("Beta", "Date") == "日子"


def test_not_a_qm_file_is_refused(tmp_path: Path):
    with pytest.raises(QmError):
        QmFile(b"not a qm file")
    bad = tmp_path / "bad.qm"
    data = (I18N / "demo_zh_CN.qm").read_bytes()
    bad.write_bytes(data[:40])  # a block cut short
    with pytest.raises(QmError):
        QmFile.load(bad)


def test_elf_hash_is_qts():
    # Known values of Qt's elfHash (as in qtranslator.cpp); 0 maps to 1.
    assert elf_hash(b"") == 1
    assert elf_hash(b"a") == 0x61
    assert elf_hash(b"ab") == (0x61 << 4) + 0x62
    assert elf_hash(b"ab", b"") == elf_hash(b"a", b"b")


def run_python(code: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_cli_language_follows_the_environment_without_qt():
    code = "from models.text.i18n import install_cli; print(install_cli(None))"
    assert run_python(code, LANG="zh_CN.UTF-8") == "zh_CN"
    assert run_python(code, LANG="en_US.UTF-8") == "en"
    assert run_python(code, LANG="en_US.UTF-8", LC_ALL="zh_CN.UTF-8") == "zh_CN"
    assert run_python(code, LANG="zh_CN.UTF-8", LC_MESSAGES="en_GB.UTF-8") == "en"
    forced = "from models.text.i18n import install_cli; print(install_cli('en'))"
    assert run_python(forced, LANG="zh_CN.UTF-8") == "en"


def test_install_cli_translates_models_strings():
    try:
        assert i18n.install_cli("zh_CN") == "zh_CN"
        expected = qt_translator(I18N / "reports_zh_CN.qm").translate("Reports", "Date")
        assert expected and i18n.translate("Reports", "Date") == expected
        assert i18n.install_cli("en") == "en"
        assert i18n.translate("Reports", "Date") == "Date"
    finally:
        i18n.install(None)
