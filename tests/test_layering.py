"""The folders are the architecture: imports flow one way (STYLE.md section 1)."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "dealer_app"
CORE = ["domain", "storage", "services", "importing", "letters"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_core_never_loads_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import dealer_app\n"
        f"for pkg in {CORE!r}:\n"
        "    mod = importlib.import_module('dealer_app.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import dealer_app.cli\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_domain_is_pure():
    for path in _modules("domain"):
        for name in _imports(path):
            root = name.split(".")[0]
            assert root not in {"sqlite3", "sqlite_utils", "PySide6", "reportlab", "openpyxl"}, path
            assert not name.startswith(
                ("dealer_app.storage", "dealer_app.services", "dealer_app.ui")
            ), path


def test_only_storage_speaks_sql():
    for folder in ["domain", "services", "importing", "letters", "ui"]:
        for path in _modules(folder):
            roots = {n.split(".")[0] for n in _imports(path)}
            assert "sqlite_utils" not in roots, path
            assert "sqlite3" not in roots, path


def test_nothing_imports_ui():
    for folder in CORE:
        for path in _modules(folder):
            assert not any(n.startswith("dealer_app.ui") for n in _imports(path)), path
