"""The folders are the architecture: imports flow one way (STYLE.md section 1)."""

import ast
import re
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


FACES = [PACKAGE / "ui", PACKAGE / "cli.py"]


def _face_modules() -> list[Path]:
    out: list[Path] = []
    for face in FACES:
        out += sorted(face.rglob("*.py")) if face.is_dir() else [face]
    return out


def _all_imports(path: Path) -> set[str]:
    """Every module a file imports, inside functions too, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
    return names


def test_the_faces_use_services_and_domain_only():
    """The command line and the GUI import services, domain and the catalogue; never storage,
    the readers or the letter renderer themselves."""
    below = ("dealer_app.storage", "dealer_app.importing", "dealer_app.letters")
    leaks = sorted(
        (str(path.relative_to(PACKAGE)), name)
        for path in _face_modules()
        for name in _all_imports(path)
        if name.startswith(below)
    )
    assert leaks == []


_SQL = re.compile(
    r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|CREATE\s+(TABLE|INDEX)"
    r"|PRAGMA\s+\w+)\b",
    re.IGNORECASE | re.DOTALL,
)


def test_no_sql_outside_storage():
    """Every string in the program that reads like SQL lives in dealer_app/storage."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.is_relative_to(PACKAGE / "storage"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {
            id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)
        }  # docstrings and comments-as-strings may talk about SQL
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
            ):
                if _SQL.search(node.value) and not node.value.lstrip().startswith(('"', "'")):
                    found.append((str(path.relative_to(PACKAGE)), node.value[:60]))
    assert found == []
