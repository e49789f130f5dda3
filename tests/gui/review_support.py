"""Helpers for the review-loop tests: a demo window with suggestions made through the store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.operations import AddSuggestions
from tests.gui.helpers import seed_doc_id

# On the seed article: (text, label, suggester, confidence), in reading order.
SUGGESTED = (
    ("Ban Thường vụ Tỉnh ủy", "ORG", "rules", 0.9),
    ("Phan Việt Cường", "PER", "rules", 0.95),
    ("Bí thư Tỉnh ủy", "ROLE", "rules", 0.85),
    ("Lê Văn Dũng", "PER", "underthesea", 0.71),
    ("Lê Trí Thanh", "PER", "underthesea", 0.66),
)


@dataclass
class Review:
    window: Any
    doc_id: int
    spans: dict[str, int]  # suggested text -> span id
    relation: int | None  # the suggested HOLDS (Phan Việt Cường -> Bí thư Tỉnh ủy)

    @property
    def editor(self):
        return self.window.editor

    @property
    def text(self) -> str:
        return self.window.project.document(self.doc_id).text

    def show(self, needle: str) -> int:
        """Scroll the editor to the first `needle`, painted; returns where it starts."""
        from tests.gui.helpers import show_cp

        start = self.find(needle)[0]
        show_cp(self.editor, start)
        QApplication.processEvents()
        return start

    def find(self, needle: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(needle, start + 1)
        return start, start + len(needle)


def suggest(window, doc_id: int, items=SUGGESTED, *, relation: bool = True) -> Review:
    """Store `items` as suggestions (first occurrences) and a suggested HOLDS between two."""
    text = window.project.document(doc_id).text
    spans = []
    for needle, label, who, confidence in items:
        start = text.index(needle)
        spans.append((start, start + len(needle), label, who, confidence))
    names = [needle for needle, *_ in items]
    relations = ()
    if relation and "Phan Việt Cường" in names and "Bí thư Tỉnh ủy" in names:
        relations = (
            (names.index("Phan Việt Cường"), names.index("Bí thư Tỉnh ủy"), "HOLDS", "rules", 0.8),
        )
    op = AddSuggestions(doc_id, spans=tuple(spans), relations=relations)
    changes = window.context.apply(op, source="test")
    ids = dict(zip(names, changes.spans_added, strict=True))
    rel = changes.relations_added[0] if changes.relations_added else None
    return Review(window, doc_id, ids, rel)


def review_window(qtbot, make_window, demo_path, **kwargs) -> Review:
    window = make_window(demo_path, **kwargs)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    review = suggest(window, doc_id)
    window.editor.setFocus()
    qtbot.waitUntil(lambda: len(window.annotations.span_indexes()) == len(SUGGESTED))
    return review


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def answer_modal_later(qtbot, respond) -> list:
    """Call `respond(box)` on the next modal dialog (returns what it saw)."""
    from PySide6.QtCore import QTimer

    seen: list = []

    def run():
        box = QApplication.activeModalWidget()
        seen.append(box)
        if box is not None:
            respond(box)

    QTimer.singleShot(0, run)
    return seen


def context_menu(widget, point: QPoint) -> None:
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)


def chip_rects(editor) -> dict[int, list]:
    """The arc chips on screen, in viewport coordinates, by relation id."""
    found: dict[int, list] = {}
    for block, geometry in editor.visible_blocks().values():
        plan = editor.arcs.plan(block)
        for segment in plan.segments if plan else ():
            top = geometry.top() + block.layout().lineAt(segment.line).y()
            rect = editor.arcs.chip_rect(segment, top).translated(geometry.left(), 0)
            found.setdefault(segment.relation_id, []).append(rect)
    return found


def seed_window(make_window, demo_path) -> tuple[Any, int, str]:
    """The demo window showing the seed article: (window, its id, its text)."""
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    return window, doc_id, window.project.document(doc_id).text
