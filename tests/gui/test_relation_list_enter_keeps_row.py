"""Enter on a relation in the Relations list goes on to the next pending relation there.

Stepping in reading order, the review went from the accepted relation to the
span after it in the text: the list lost its current row, and the next Enter
in it decided nothing. Spans between the two relations stay pending.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import ACCEPTED, PENDING
from annotator.core.operations import AddSuggestions
from tests.gui.helpers import seed_doc_id, stored_relations, stored_spans

SPANS = (  # on the seed article, in reading order
    ("Bí thư Tỉnh ủy", "ROLE"),
    ("Phan Việt Cường", "PER"),
    ("Phó Bí thư Thường trực Tỉnh ủy", "ROLE"),
    ("Lê Văn Dũng", "PER"),
    ("Chủ tịch UBND tỉnh", "ROLE"),
    ("Lê Trí Thanh", "PER"),
)


def _suggested(window) -> tuple[int, list[int]]:
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    spans = tuple(
        (text.index(t), text.index(t) + len(t), label, "rules", 0.9) for t, label in SPANS
    )
    relations = ((1, 0, "HOLDS", "rules", 0.8), (5, 4, "HOLDS", "rules", 0.8))
    changes = window.context.apply(AddSuggestions(doc_id, spans=spans, relations=relations))
    return doc_id, list(changes.relations_added)


def _between(window, doc_id: int) -> set[int]:
    text = window.project.document(doc_id).text
    return {text.index(t) for t, _label in SPANS[2:4]}


def test_enter_in_the_relations_list_moves_to_the_next_relation(
    qtbot, make_window, demo_path
) -> None:
    window = make_window(demo_path, size=(1366, 740))
    doc_id, (first, second) = _suggested(window)
    panel = window.relations
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2)
    panel.tree.setFocus()
    panel.select_relation(first)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    states = {r.id: r.state for r in stored_relations(demo_path, doc_id)}
    assert states == {first: ACCEPTED, second: PENDING}, states
    qtbot.waitUntil(lambda: panel.selected_relation_id() == second, timeout=3000)
    assert panel.isAncestorOf(QApplication.focusWidget())  # Enter again decides it
    assert window.editor.selected_span() is None
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    states = {r.id: r.state for r in stored_relations(demo_path, doc_id)}
    assert states == {first: ACCEPTED, second: ACCEPTED}, states
    between = {
        s.state
        for s in stored_spans(demo_path, doc_id)
        if s.label and s.start in _between(window, doc_id)
    }
    assert between == {PENDING}  # the spans between the relations were passed over, not decided
