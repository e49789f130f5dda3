"""Finds every message template below the window and writes the window's catalogue of them.

A template is the literal first argument of a call to an AnnotatorError
class (any class deriving from it, in any layer), of `super().__init__`, of
`message`/`Message`, or of `template` (for templates kept in tables), and
every literal argument of `by_count` (a message for one and one for many). The
catalogue package (`gui/message_catalogue/`, one module per layer) lists
them with QT_TR_NOOP, so pyside6-lupdate puts them into the .ts files with
the window's own strings; `python -m annotator.gui.message_scan` rewrites
its layer modules (`make translations` does), and
tests/gui/test_message_catalogue.py fails when it is behind.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
LAYERS = ("core", "store", "formats", "nlp", "app")
CATALOGUE = Path(__file__).with_name("message_catalogue")  # a package: a module per layer
MAKERS = {"message", "Message", "template"}
# Calls whose every literal argument is a template: a message for one and one for many.
COUNTED_MAKERS = {"by_count"}


def _trees(package: Path = PACKAGE, layers: tuple[str, ...] = LAYERS) -> list[ast.Module]:
    files = sorted(p for layer in layers for p in (package / layer).rglob("*.py"))
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
        if _name(node.func) in COUNTED_MAKERS:
            yield from (a.value for a in node.args if _is_text(a))
            continue
        if _name(node.func) not in callees and not _is_super_init(node.func):
            continue
        first = node.args[0]
        if _is_text(first):
            yield first.value


def _is_text(node: ast.expr) -> bool:
    """A literal, non-empty string."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)


def templates(package: Path = PACKAGE) -> list[str]:
    """Every template of the layers below the window (of `package`), sorted, each once."""
    return sorted(t for found in templates_by_layer(package).values() for t in found)


def templates_by_layer(package: Path = PACKAGE) -> dict[str, list[str]]:
    """The templates of each layer, sorted; one used in several layers is listed in the lowest.

    Error classes are found across all the layers, as app raises store's.
    """
    callees = error_classes(_trees(package)) | MAKERS
    listed: set[str] = set()
    out = {}
    for layer in LAYERS:
        trees = _trees(package, (layer,))
        found = {t for tree in trees for t in _templates_in(tree, callees)} - listed
        out[layer] = sorted(found)
        listed |= found
    return out


def catalogue_source(layer: str, found: list[str]) -> str:
    """The text of the catalogue module of `layer` for the templates `found`."""
    lines = [
        f'"""The message templates of annotator.{layer}, for the translation catalogue.',
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
    by_layer = templates_by_layer()
    for layer, found in by_layer.items():
        (CATALOGUE / f"{layer}.py").write_text(catalogue_source(layer, found), encoding="utf-8")
    counts = ", ".join(f"{layer} {len(found)}" for layer, found in by_layer.items())
    print(f"message templates -> {CATALOGUE.name}/: {counts}")


if __name__ == "__main__":
    main()
