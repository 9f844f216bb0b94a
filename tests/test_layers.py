"""Who may import whom: the UI reaches the records only through the services."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What ui/ may import from models/: the services (functions and the types they take), the code
# lists and their labels, the errors, and the file itself (open, back up, scratch folders that a
# killed process cannot leave behind) and run-time text.
UI_MAY_IMPORT = {
    "models.services",
    "models.vocabulary",
    "models.errors",
    "models.file.ledger",
    "models.file.backup",
    "models.file.scratch",
    "models.text.i18n",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # `from models.text import i18n` imports models.text.i18n
                name = f"{node.module}.{alias.name}"
                is_module = (ROOT / (name.replace(".", "/") + ".py")).exists()
                found.add(name if is_module else node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_ui_uses_models_only_through_the_services():
    offenders = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        bad = {m for m in _imports(path) if m.startswith("models") and m not in UI_MAY_IMPORT}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_the_code_lists_need_neither_peewee_nor_qt():
    imports = _imports(ROOT / "models" / "vocabulary.py")
    assert not {m for m in imports if m.startswith(("peewee", "PySide6", "models.file"))}
