"""The bureau's import refuses a bundle whose branch, group, unit or person name would be a formula
in a spreadsheet (or holds control characters): such a name would land in every sheet of the
district workbook under a real school's name. The district file is left unchanged."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from exports.bundle import make_bundle
from models.bureau.bundle_format import MANIFEST_KEY, content_hash
from models.bureau.merge import import_bundles
from tests.bureau_helpers import build_branch, sha256


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("formula-names")
    branch = build_branch(tmp / "branch.ledger", "城南区第九小学党支部", seed=9, per_month=2)
    good = tmp / "good.bundle"
    make_bundle(branch.path, good)
    district = tmp / "district.ledger"
    (result,) = import_bundles(district, [good])
    assert result.accepted
    return tmp, good, district


def _spoil(good: Path, target: Path, sql: str, value: str) -> Path:
    """A copy changed with SQL and its manifest recomputed, as a hostile sender would."""
    shutil.copy(good, target)
    con = sqlite3.connect(target)
    try:
        con.execute(sql, (value,))
        (text,) = con.execute("SELECT value FROM setting WHERE key = ?", (MANIFEST_KEY,)).fetchone()
        manifest = json.loads(text)
        manifest["content_hash"], manifest["counts"] = content_hash(con)
        con.execute(
            "UPDATE setting SET value = ? WHERE key = ?", (json.dumps(manifest), MANIFEST_KEY)
        )
        con.commit()
    finally:
        con.close()
    return target


TABLES = {
    "branch": "UPDATE branch SET name = ?",
    "person": "UPDATE person SET name = ? WHERE id = (SELECT min(id) FROM person)",
    "group": "UPDATE party_group SET name = ? WHERE id = (SELECT min(id) FROM party_group)",
}
NAMES = [
    # Short enough for every name field (a person's name: 50 characters), so that it is
    # the formula that is refused and not the length.
    '=HYPERLINK("http://x.invalid","第九小学党支部")',
    "=cmd|' /C calc'!A0",
    "+城南区第九小学党支部",
    "-1+2",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "城南\x1b区第九小学党支部",
]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_formula_names_are_refused_and_the_district_unchanged(corpus, table) -> None:
    tmp, good, district = corpus
    for i, name in enumerate(NAMES):
        bad = _spoil(good, tmp / f"{table}-{i}.bundle", TABLES[table], name)
        before = sha256(district)
        (result,) = import_bundles(district, [bad])
        assert result.status == "rejected", (table, name, result)
        assert "formula" in result.reason or "control characters" in result.reason, result.reason
        assert sha256(district) == before


def test_an_ordinary_name_with_a_hyphen_inside_is_accepted(corpus) -> None:
    tmp, good, district = corpus
    ok = _spoil(good, tmp / "ok.bundle", TABLES["person"], "阿卜杜热合曼·买买提明-2")
    (result,) = import_bundles(district, [ok])
    assert result.accepted, result.reason
