"""A document opened shows its annotation list from the top: it kept the scroll of the
document before, so a reviewer met the middle of a list with nothing selected."""

from __future__ import annotations

import re

from annotator.core.operations import AddSuggestions
from tests.gui.helpers import seed_doc_id


def _many_suggestions(window, doc_id: int) -> None:
    text = window.project.document(doc_id).text
    found = [m.span() for m in re.finditer(r"[A-ZĐ]\w+ \w+", text)][:60]
    spans = tuple((start, end, "LOC", "rules", 0.9) for start, end in found)
    window.context.apply(AddSuggestions(doc_id, spans=spans), source="test")


def test_the_list_of_a_newly_opened_document_starts_at_its_top(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    first = seed_doc_id(window.project)
    window.open_document(first)
    _many_suggestions(window, first)
    view = window.annotations.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.step_document(1)
    assert window.current_doc_id() != first
    _many_suggestions(window, window.current_doc_id())
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    # The same document redrawn after an edit keeps the reviewer's place.
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    window.annotations.show_spans(
        schema=window.project.schema(),
        text=window.project.document(window.current_doc_id()).text,
        spans=window.project.spans(window.current_doc_id()),
    )
    assert bar.value() == kept
