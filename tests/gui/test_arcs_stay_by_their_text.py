"""An arc going on to another line ends just past its line's last letter, inside the view.

Run to the edge of the text's room, a WHEN arc from a short line crossed the
empty margin and seemed to run off into the scroll bar at 1366x768.
"""

from __future__ import annotations

from annotator.core.operations import AddSuggestions
from annotator.gui.editor.arcs import ARC_END_GAP
from tests.gui.helpers import seed_doc_id, show_cp

SPANS = (("Bí thư Tỉnh ủy", "ROLE"), ("Lê Văn Dũng", "PER"), ("Lê Trí Thanh", "PER"))
# The meeting, last words of its paragraph, and the date of the next paragraph.
WHEN = (("chủ trì hội nghị.", "hội nghị", "EVENT"), ("Ảnh", "Ảnh", "DATE"))


def _relations_across_lines(window) -> None:
    """Two PERs far after a ROLE in the seed article: their arcs go from line to line."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    spans = [(text.index(t), text.index(t) + len(t), label, "rules", 0.9) for t, label in SPANS]
    for context, words, label in WHEN:
        start = text.index(context) + context.index(words)
        spans.append((start, start + len(words), label, "rules", 0.9))
    relations = (
        (1, 0, "HOLDS", "rules", 0.8),
        (2, 0, "HOLDS", "rules", 0.8),
        (3, 4, "WHEN", "rules", 0.8),
    )
    window.context.apply(AddSuggestions(doc_id, spans=tuple(spans), relations=relations))
    show_cp(window.editor, text.index(WHEN[0][0]))  # laid out and painted


def test_arcs_between_lines_end_by_the_text(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path, size=(1366, 740))
    editor = window.editor
    _relations_across_lines(window)
    qtbot.waitUntil(lambda: len(editor.shown_relations()) == 3, timeout=5000)
    document, seen = editor.document(), 0
    block = document.begin()
    while block.isValid():
        plan = editor.arcs.plan(block)
        left = document.documentLayout().blockBoundingRect(block).left()
        for segment in plan.segments if plan else ():
            if segment.line >= block.layout().lineCount():
                continue  # a block not laid out yet
            line = block.layout().lineAt(segment.line)
            text_end = line.x() + line.naturalTextWidth()
            ends = [segment.x_to] if not segment.drop_to else []
            ends += [segment.x_from] if not segment.drop_from else []
            for end in ends:  # a leg that goes on to another line
                seen += 1
                assert end <= text_end + ARC_END_GAP + 0.5, (block.text()[:40], end, text_end)
            assert left + segment.extent[1] <= editor.viewport().width()
        block = block.next()
    assert seen, "no arc went on to another line"
