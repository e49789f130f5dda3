"""At 1366×768 in Vietnamese a suggested relation's head and tail are read whole, not
"Sidharth Ka…" → "nhà phân t…" beside a Source column kept whole for "99% mẫu quan hệ".

The ends say what a relation is; its source is cut first (its confidence still leads the
cell) and every cell reads whole in the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSuggestions
from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH

TEXT = (
    "Theo nhà phân tích quân sự Sidharth Kaushal, Tổng thống Vladimir Putin "
    "không muốn một cuộc chiến kéo dài."
)


def _suggest(project) -> int:
    doc_id = project.add_document(SourceDocument(text=TEXT, title="Phân tích"))
    spans = tuple(
        (TEXT.index(words), TEXT.index(words) + len(words), label, "rules", 0.98)
        for words, label in (
            ("Sidharth Kaushal", "PER"),
            ("nhà phân tích quân sự", "ROLE"),
            ("Vladimir Putin", "PER"),
            ("Tổng thống", "ROLE"),
        )
    )
    relations = ((0, 1, "HOLDS", "relations", 0.99), (2, 3, "HOLDS", "relations", 0.99))
    project.session().apply(AddSuggestions(doc_id, spans=spans, relations=relations))
    return doc_id


def test_suggested_relation_ends_are_whole_and_the_source_leads_with_its_confidence(
    vietnamese, qtbot, make_window, demo_path
):
    window = make_window(demo_path, size=(1366 - FRAME_WIDTH, 768 - FRAME_HEIGHT))
    window.open_document(_suggest(window.project))
    tree = window.relations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    qtbot.wait(50)
    metrics = tree.fontMetrics()
    for row in range(2):
        item = tree.topLevelItem(row)
        source = item.text(4)
        shown = metrics.elidedText(source, Qt.TextElideMode.ElideRight, tree.columnWidth(4) - 12)
        assert shown.startswith("99%"), shown
        assert f"{item.text(0)} → HOLDS → {item.text(2)}" in item.toolTip(4)
    heads = [tree.topLevelItem(row).text(0) for row in range(2)]
    needed = max(metrics.horizontalAdvance(head) for head in heads) + 12
    assert tree.columnWidth(0) >= needed, (heads, tree.columnWidth(0))
    # The tail is cut only where nothing else can give: the source and state at their floors.
    tails = [tree.topLevelItem(row).text(2) for row in range(2)]
    if tree.columnWidth(2) < max(metrics.horizontalAdvance(tail) for tail in tails) + 12:
        assert tree.columnWidth(4) <= max(tree.least_widths[4], int(0.4 * tree.own_widths[4]))
        assert tree.columnWidth(3) <= tree.least_widths[3]
        assert tree.columnWidth(2) >= 100
    assert not tree.horizontalScrollBar().isVisible()
