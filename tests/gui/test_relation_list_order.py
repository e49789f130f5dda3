"""The Relations list ordered by confidence, as the Annotations list is: a heading clicked.

A reviewer sorted the Annotations list by Source to take the least sure
suggestions first; a click on the Relations list's Source heading did nothing,
so its doubtful relations were found only by reading every row.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from annotator.core.operations import AddSuggestions
from annotator.gui.review.relation_panel import RELATION_ROLE, SOURCE_COLUMN
from annotator.store import open_project
from tests.gui.helpers import seed_doc_id

SPANS = (
    ("Phan Việt Cường", "PER"),
    ("Bí thư Tỉnh ủy", "ROLE"),
    ("Lê Văn Dũng", "PER"),
    ("Phó Bí thư Thường trực Tỉnh ủy", "ROLE"),
    ("Chủ tịch UBND tỉnh", "ROLE"),
    ("Lê Trí Thanh", "PER"),
)
# (head, tail, confidence) in reading order: 0.9, 0.6, 0.75
RELATIONS = ((0, 1, 0.9), (2, 3, 0.6), (5, 4, 0.75))


def _window_with_relations(make_window, path):
    window = make_window(path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    spans = []
    for needle, label in SPANS:
        start = text.index(needle)
        spans.append((start, start + len(needle), label, "rules", 0.9))
    relations = tuple((h, t, "HOLDS", "relations", c) for h, t, c in RELATIONS)
    window.context.apply(
        AddSuggestions(doc_id, spans=tuple(spans), relations=relations), source="test"
    )
    return window, doc_id


def _listed_confidences(window, path) -> list[float]:
    tree = window.relations.tree
    ids = [tree.topLevelItem(i).data(0, RELATION_ROLE) for i in range(tree.topLevelItemCount())]
    project = open_project(path)
    try:
        return [round(project.relation(i).confidence, 2) for i in ids]
    finally:
        project.close()


def _click_heading(qtbot, window, column: int) -> None:
    header = window.relations.tree.header()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_source_heading_orders_relations_by_confidence(qtbot, make_window, demo_path):
    window, _doc = _window_with_relations(make_window, demo_path)
    qtbot.waitUntil(lambda: window.relations.tree.topLevelItemCount() == 3)
    assert _listed_confidences(window, demo_path) == [0.9, 0.6, 0.75]  # reading order
    _click_heading(qtbot, window, SOURCE_COLUMN)
    assert _listed_confidences(window, demo_path) == [0.6, 0.75, 0.9]
    _click_heading(qtbot, window, SOURCE_COLUMN)
    assert _listed_confidences(window, demo_path) == [0.9, 0.75, 0.6]
    # the order holds when the list is filled again after a decision
    tree = window.relations.tree
    least_sure = tree.topLevelItem(2).data(0, RELATION_ROLE)
    window.relations.select_relation(least_sure)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # accepted: still listed, refilled
    project = open_project(demo_path)
    try:
        assert project.relation(least_sure).state == "accepted"
    finally:
        project.close()
    assert _listed_confidences(window, demo_path) == [0.9, 0.75, 0.6]
