"""Walking the window for the texts it shows, and telling which are left in English.

The English source strings and their Vietnamese translations come from the
catalogue (resources/i18n/annotator_vi.ts). A shown text is left in English
when it is one of the sources (its translation differs), or when it holds a
word the sources use and no translation does ("Export", "document"...).
Names that read the same in both languages (PER, ORG, CoNLL, JSON, Ctrl,
underthesea) occur in the translations, so they never count.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from annotator.core.resources import resource_path
from annotator.gui.i18n import install_translator

# Words of option values and names shown as they are in both languages.
NAMES = {"conll", "jsonl", "doccano", "rel", "brat", "spacy", "phoner", "vlsp", "csv", "iob", "bioes", "pt", "px"}  # fmt: skip
_WORD = re.compile(r"[A-Za-z]{3,}")
_PATH = re.compile(
    r"\S*[/\\]\S*|\S+\.(db|json|md|txt|png|csv)\b|\b[A-Z]+-\d[\w.+-]*"
)  # paths, licence ids


@contextmanager
def vietnamese_interface() -> Iterator[None]:
    """The interface in Vietnamese inside the block, English again after it, even when
    the block fails (tests/gui/conftest.py's `vietnamese` fixture does this for a test)."""
    assert install_translator("vi") == "vi"
    try:
        yield
    finally:
        install_translator("en")


@dataclass(frozen=True)
class Catalogue:
    sources: frozenset[str]
    translations: frozenset[str]
    english_words: frozenset[str]
    translated: dict = field(default_factory=dict, compare=False, hash=False)


def normalise(text: str) -> str:
    """The text without accelerator marks, shortcut column, ellipsis and edge punctuation."""
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().strip("…:.").strip()


@cache
def catalogue() -> Catalogue:
    root = ET.parse(resource_path("i18n", "annotator_vi.ts")).getroot()
    sources, translations, translated = set(), set(), {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = "".join(node.itertext()) if node is not None else ""
        sources.add(normalise(source))
        translations.add(normalise(text))
        translated[source] = text
    schema = json.loads(resource_path("schema.json").read_text(encoding="utf-8"))
    codes = {item["name"].lower() for key in ("labels", "relations") for item in schema[key]}
    words = {w.lower() for s in sources for w in _WORD.findall(s)} - codes
    words -= {w.lower() for t in translations for w in _WORD.findall(t)}
    return Catalogue(
        frozenset(sources), frozenset(translations), frozenset(words - NAMES), translated
    )


def is_english(text: str) -> bool:
    """Whether `text`, shown in the Vietnamese interface, was left in English."""
    cat = catalogue()
    shown = normalise(text)
    if not shown or shown in cat.translations:
        return False
    if shown in cat.sources:
        return True
    words = _WORD.findall(_PATH.sub(" ", shown))
    return any(w.lower() in cat.english_words for w in words)


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text `root` and its children show a user, but the article."""
    out: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow() or isinstance(widget, QDockWidget):
            out.append((where, widget.windowTitle()))
        if widget.toolTip():
            out.append((where + " tooltip", widget.toolTip()))
        out += [(where, t) for t in _own_texts(widget)]
    return [(w, t) for w, t in out if t and t.strip()]


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QFontComboBox):
        return []  # font names
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        return [widget.title(), *menu_texts(widget)]
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        model = widget.model()
        return [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(widget.count())
        ]
    return []


def menu_texts(menu: QMenu) -> list[str]:
    """The texts of a menu's actions (and submenus), with the tooltips set on them."""
    out = []
    for action in menu.actions():
        out.append(action.text())
        if action.toolTip() and normalise(action.toolTip()) != normalise(action.text()):
            out.append(action.toolTip())
        if action.menu() is not None:
            out += [action.menu().title(), *menu_texts(action.menu())]
    return out


def english_texts(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (where, text) pairs left in English, each text once."""
    seen, out = set(), []
    for where, text in pairs:
        if text not in seen and is_english(text):
            seen.add(text)
            out.append((where, text))
    return out
