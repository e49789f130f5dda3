"""The search results fit the panel at 1366 px: each context is cut at its outer end so the
hit stays in the middle, and the whole sentence is in the row's tooltip.

With 30 characters a context, the concordance outgrew the panel under the text and a
long context was read by scrolling sideways.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt

from annotator.core.search_text import kwic, sentence_around
from annotator.gui.search.model import HIT, LEFT, RIGHT
from tests.gui.helpers import search_corpus


def test_hits_fit_without_a_sideways_scroll_and_tell_their_sentence(qtbot, make_window, demo_path):
    window = make_window(demo_path, size=(1366, 740))
    window.corpus.show_search()
    search_corpus(qtbot, window, "Tỉnh ủy")
    table = window.corpus.search.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    # The hit in the middle: the two contexts share the room evenly on each side.
    assert abs(header.sectionSize(LEFT) - header.sectionSize(RIGHT)) <= 1
    hit = table.model().hit_at(0)
    text = window.project.document(hit.doc_id).text
    for column in (LEFT, HIT, RIGHT):
        tip = table.model().index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        sentence = sentence_around(text, hit.start, hit.end)
        assert hit.line.hit in sentence and html.escape(sentence) in tip


def test_the_sentence_runs_from_the_last_stop_to_the_next():
    text = "Mở đầu. Sáng 23.2, Ban Thường vụ Tỉnh ủy họp! Câu sau.\nDòng khác"
    start = text.index("Tỉnh ủy")
    assert sentence_around(text, start, start + 7) == "Sáng 23.2, Ban Thường vụ Tỉnh ủy họp!"
    line = kwic(text, start, start + 7, width=10)
    assert line.sentence == "Sáng 23.2, Ban Thường vụ Tỉnh ủy họp!"
    lonely = "x" * 1000 + "Tỉnh ủy" + "y" * 1000  # no stop at all: cut at the limit
    assert len(sentence_around(lonely, 1000, 1007, limit=50)) == 107
