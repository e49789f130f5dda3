"""Finds every message template below the window and writes the window's catalogue of them.

A template is the literal first argument of a call to an AnnotatorError
class (any class deriving from it, in any layer), of `super().__init__`, of
`message`/`Message`, or of `template` (for templates kept in tables). The catalogue module
(`message_catalogue.py`) lists them with QT_TR_NOOP, so pyside6-lupdate
puts them into the .ts files with the window's own strings;
`python -m annotator.gui.message_scan` rewrites it (`make translations`
does), and tests/gui/test_message_catalogue.py fails when it is behind.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
LAYERS = ("core", "store", "formats", "nlp", "app")
CATALOGUE = Path(__file__).with_name("message_catalogue.py")
MAKERS = {"message", "Message", "template"}


def _trees(package: Path = PACKAGE) -> list[ast.Module]:
    files = sorted(p for layer in LAYERS for p in (package / layer).rglob("*.py"))
    return [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files]


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)


def error_classes(trees: list[ast.Module]) -> set[str]:
    """Names of AnnotatorError and every class deriving from it, however far down."""
    classes = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    family = {"AnnotatorError"}
    grown = True
    while grown:
        new = {c.name for c in classes if any(_name(b) in family for b in c.bases)} - family
        family |= new
        grown = bool(new)
    return family


def _is_super_init(func: ast.expr) -> bool:
    """`super().__init__`: an error class passing its template on."""
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _name(func.value.func) == "super"
    )


def _templates_in(tree: ast.Module, callees: set[str]) -> Iterator[str]:
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        if _name(node.func) not in callees and not _is_super_init(node.func):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
            yield first.value


def templates(package: Path = PACKAGE) -> list[str]:
    """Every template of the layers below the window (of `package`), sorted, each once."""
    trees = _trees(package)
    callees = error_classes(trees) | MAKERS
    return sorted({t for tree in trees for t in _templates_in(tree, callees)})


def catalogue_source(found: list[str]) -> str:
    """The text of message_catalogue.py for the templates `found`."""
    lines = [
        '"""Every message template of core, store, formats, nlp and app, for the catalogue.',
        "",
        "Written by `python -m annotator.gui.message_scan` (make translations); do not edit.",
        "pyside6-lupdate reads the QT_TR_NOOP calls; gui.messages.shown translates them.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TR_NOOP",
        "",
        "TEMPLATES = (",
        *(f"    QT_TR_NOOP({text!r})," for text in found),
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    found = templates()
    CATALOGUE.write_text(catalogue_source(found), encoding="utf-8")
    print(f"{len(found)} message templates -> {CATALOGUE.name}")


if __name__ == "__main__":
    main()
