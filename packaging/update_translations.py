"""Extract the GUI's strings into the .ts files and build the .qm files (a build step).

    python packaging/update_translations.py            # lupdate, then lrelease
    python packaging/update_translations.py --check    # report unfinished messages, change nothing
    python packaging/update_translations.py --release  # lrelease only (after translating)

1. `pyside6-lupdate` over every dealer_app/ui/**/*.py into
   resources/translations/dealer_desk_<lang>.ts, keeping existing translations and dropping
   strings that left the code (-no-obsolete).
2. `pyside6-lrelease` of each .ts into its .qm beside it (what dealer_app/ui/i18n.py loads).

lupdate's Python parser only sees a call whose context and source are string literals. The GUI
also marks strings with a context held in a constant (`QT_TRANSLATE_NOOP(_C, "Store")`,
`_C = "SubsidyTableModel"`), and calls `QCoreApplication.translate` through a local alias
(`tr = QCoreApplication.translate`), which lupdate takes for `QObject.tr` and extracts the
context as if it were the text. `marked_strings()` reads the sources with `ast`, resolves those
contexts, and this script hands lupdate the strings it would miss in a generated file of plain
literal `QT_TRANSLATE_NOOP` calls (build/translations/strings_lupdate_misses.py), then drops the
bogus "context as text" entries. It also drops the `<extracomment>`s lupdate makes of `#:`
comments, which in this code document constants rather than talk to translators.
tests/ui/test_translations.py checks with the same function that every marked string is in the
.ts and translated.

A documentation/build tool, not part of the application: no PySide6 import needed here.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "dealer_app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
EXTRA = ROOT / "build" / "translations" / "strings_lupdate_misses.py"


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"dealer_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"dealer_desk_{lang}.qm"


def ui_sources() -> list[Path]:
    """Every Python file of the GUI, in a stable order (the order lupdate reads them)."""
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


# --- what the code marks for translation --------------------------------------------------------


@dataclass(frozen=True, order=True)
class Marked:
    context: str
    source: str
    path: str  # relative to ROOT, forward slashes
    line: int
    literal: bool  # True when lupdate sees it by itself (literal context, or self.tr in a class)


def _const_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            value = _const_str(stmt.value)
            if isinstance(target, ast.Name) and value is not None:
                out[target.id] = value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            value = _const_str(stmt.value)
            if value is not None:
                out[stmt.target.id] = value
    return out


def _class_constants(cls: ast.ClassDef, module: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for stmt in cls.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if not isinstance(target, ast.Name):
                continue
            value = _const_str(stmt.value)
            if value is None and isinstance(stmt.value, ast.Name):
                value = module.get(stmt.value.id)
            if value is not None:
                out[target.id] = value
    return out


def _is_translate_attr(func: ast.AST) -> bool:
    """`QCoreApplication.translate`, `QApplication.translate`, `app.translate`."""
    return isinstance(func, ast.Attribute) and func.attr == "translate"


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, module: dict[str, str]) -> None:
        self.path = path
        self.module = module
        self.classes: list[tuple[str, dict[str, str]]] = []
        self.aliases: list[set[str]] = [set()]  # names bound to QCoreApplication.translate
        self.found: list[Marked] = []

    # scopes
    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append((node.name, _class_constants(node, self.module)))
        self.generic_visit(node)
        self.classes.pop()

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        aliases = set(self.aliases[-1])
        if not isinstance(node, ast.Lambda):
            for stmt in ast.walk(node):
                if (
                    isinstance(stmt, ast.Assign)
                    and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name)
                    and _is_translate_attr(stmt.value)
                ):
                    aliases.add(stmt.targets[0].id)
        self.aliases.append(aliases)
        self.generic_visit(node)
        self.aliases.pop()

    visit_FunctionDef = _visit_function  # noqa: N815
    visit_AsyncFunctionDef = _visit_function  # noqa: N815

    def _context(self, node: ast.AST) -> tuple[str | None, bool]:
        """(context, literal): the context a call names, and whether lupdate can read it."""
        value = _const_str(node)
        if value is not None:
            return value, True
        if isinstance(node, ast.Name):
            if self.classes and node.id in self.classes[-1][1]:
                return self.classes[-1][1][node.id], False
            return self.module.get(node.id), False
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls")
            and self.classes
        ):
            return self.classes[-1][1].get(node.attr), False
        return None, False

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        two_args = (
            name == "QT_TRANSLATE_NOOP"
            or _is_translate_attr(func)
            or (name is not None and name in self.aliases[-1])
        )
        if two_args and len(node.args) >= 2:
            context, literal = self._context(node.args[0])
            source = _const_str(node.args[1])
            if name is not None and name != "QT_TRANSLATE_NOOP":
                literal = False  # an alias: lupdate reads it as tr(context)
            if context is not None and source is not None:
                self.found.append(Marked(context, source, self.path, node.lineno, literal))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and node.args
            and self.classes
            and _const_str(node.args[0]) is not None
        ):
            self.found.append(
                Marked(self.classes[-1][0], _const_str(node.args[0]), self.path, node.lineno, True)
            )
        elif name == "QT_TR_NOOP" and node.args and self.classes:
            source = _const_str(node.args[0])
            if source is not None:
                self.found.append(Marked(self.classes[-1][0], source, self.path, node.lineno, True))
        self.generic_visit(node)


def marked_strings(paths: Iterable[Path] | None = None) -> list[Marked]:
    """Every (context, source) the GUI code marks for translation, where it is, and whether
    pyside6-lupdate finds it by itself. Sources built at run time are not listed (they must be
    marked where they are defined, which is what a QT_TRANSLATE_NOOP table is for)."""
    out: list[Marked] = []
    for path in paths if paths is not None else ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        visitor = _Visitor(path.relative_to(ROOT).as_posix(), _module_constants(tree))
        visitor.aliases[0].update(
            stmt.targets[0].id
            for stmt in tree.body
            if isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and _is_translate_attr(stmt.value)
        )
        visitor.visit(tree)
        out.extend(visitor.found)
    return out


def alias_contexts(paths: Iterable[Path] | None = None) -> set[str]:
    """Contexts called through a `tr = QCoreApplication.translate` alias: lupdate extracts
    each as a text of the empty context, which no code ever looks up."""
    return {m.context for m in marked_strings(paths) if not m.literal}


# --- the .ts file -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translation.strip())


def read_ts(path: Path) -> list[Message]:
    out: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            out.append(Message(name, message.findtext("source") or "", text, kind))
    return out


def live_messages(path: Path) -> list[Message]:
    """The messages the code still uses (not obsolete or vanished)."""
    return [m for m in read_ts(path) if m.kind not in ("obsolete", "vanished")]


def _write_extra(missed: list[Marked]) -> dict[int, Marked]:
    """Write the strings lupdate misses as literal calls; returns line number -> the string."""
    lines = [
        "# Generated by packaging/update_translations.py: strings marked in dealer_app/ui with a",
        "# context lupdate cannot read (a constant or an alias). Not part of the application.",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
    ]
    where: dict[int, Marked] = {}
    for m in sorted(missed, key=lambda m: (m.path, m.line)):
        lines.append(f"QT_TRANSLATE_NOOP({m.context!r}, {m.source!r})")
        where[len(lines)] = m
    EXTRA.parent.mkdir(parents=True, exist_ok=True)
    EXTRA.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return where


def _point_at_sources(ts: Path, where: dict[int, Marked]) -> None:
    """Locations in the generated file -> the source line that marks the string."""
    rel = os.path.relpath(EXTRA, ts.parent).replace(os.sep, "/")
    pattern = re.compile(rf'<location filename="{re.escape(rel)}" line="(\d+)"/>')

    def real(match: re.Match[str]) -> str:
        m = where[int(match.group(1))]
        path = os.path.relpath(ROOT / m.path, ts.parent).replace(os.sep, "/")
        return f'<location filename="{path}" line="{m.line}"/>'

    text = ts.read_text(encoding="utf-8")
    ts.write_text(pattern.sub(real, text), encoding="utf-8")


def _drop_alias_entries(ts: Path, contexts: set[str]) -> int:
    """Remove the empty-context messages whose text is a context name (see the module doc),
    editing the text so the rest of lupdate's formatting stays byte for byte."""
    if not contexts:
        return 0
    text = ts.read_text(encoding="utf-8")
    start = text.find("<context>\n    <name></name>\n")
    if start < 0:
        return 0
    end = text.index("</context>\n", start) + len("</context>\n")
    block = text[start:end]
    dropped = 0

    def drop(match: re.Match[str]) -> str:
        nonlocal dropped
        source = ET.fromstring(match.group(0)).findtext("source") or ""
        if source in contexts:
            dropped += 1
            return ""
        return match.group(0)

    block = re.sub(r"    <message>\n.*?</message>\n", drop, block, flags=re.DOTALL)
    if not dropped:
        return 0
    if "<message>" not in block:
        block = ""
    ts.write_text(text[:start] + block + text[end:], encoding="utf-8")
    return dropped


def _drop_extracomments(ts: Path) -> None:
    """lupdate reads a `#:` comment as a note for translators, but here `#:` documents module
    constants (the Sphinx convention): left in, it would sit beside whatever string follows."""
    text = ts.read_text(encoding="utf-8")
    cleaned = re.sub(r"[ \t]*<extracomment>.*?</extracomment>\n", "", text, flags=re.DOTALL)
    if cleaned != text:
        ts.write_text(cleaned, encoding="utf-8")


def tool(name: str) -> list[str]:
    """The command for pyside6-<name>: the venv's script, else through PySide6's launcher."""
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return [str(exe)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def lupdate(lang: str, *, keep_obsolete: bool = False, quiet: bool = False) -> None:
    ts = ts_path(lang)
    sources = ui_sources()
    marked = marked_strings(sources)
    where = _write_extra([m for m in marked if not m.literal])
    files = [os.path.relpath(p, ROOT) for p in sources]
    files.append(os.path.relpath(EXTRA, ROOT))
    cmd = [*tool("lupdate"), *files, "-ts", os.path.relpath(ts, ROOT)]
    if not keep_obsolete:
        cmd.insert(-2, "-no-obsolete")
    if quiet:
        cmd.insert(-2, "-silent")
    subprocess.run(cmd, cwd=ROOT, check=True)
    _point_at_sources(ts, where)
    _drop_extracomments(ts)
    dropped = _drop_alias_entries(ts, alias_contexts(sources))
    if dropped and not quiet:
        print(f"    Dropped {dropped} context name(s) lupdate read as text (tr alias)")


def lrelease(ts: Path, qm: Path, *, quiet: bool = False) -> None:
    cmd = [*tool("lrelease"), str(ts), "-qm", str(qm)]
    if quiet:
        cmd.insert(-2, "-silent")
    subprocess.run(cmd, check=True)


def unfinished(lang: str) -> list[Message]:
    return [m for m in live_messages(ts_path(lang)) if not m.finished]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--check", action="store_true", help="list unfinished messages only")
    parser.add_argument("--release", action="store_true", help="lrelease only")
    parser.add_argument("--keep-obsolete", action="store_true")
    args = parser.parse_args(argv)
    status = 0
    for lang in args.lang:
        if not args.check and not args.release:
            lupdate(lang, keep_obsolete=args.keep_obsolete)
        todo = unfinished(lang)
        for m in todo:
            print(f"unfinished [{m.context}] {m.source!r}")
        print(
            f"{ts_path(lang).name}: {len(live_messages(ts_path(lang)))} messages, "
            f"{len(todo)} unfinished"
        )
        if args.check:
            status = status or (1 if todo else 0)
        else:
            lrelease(ts_path(lang), qm_path(lang))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
