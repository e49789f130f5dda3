"""Undo in another document opens it and selects the span the step touched, even when that
step changed the span twice (accepted as another label: relabelled, then accepted)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.changes import ChangeSet
from annotator.core.model import PENDING
from tests.gui.helpers import stored_spans
from tests.gui.review_support import review_window


def test_undo_of_accept_as_label_elsewhere_selects_the_span(qtbot, make_window, demo_path) -> None:
    r = review_window(qtbot, make_window, demo_path)
    window, span_id = r.window, r.spans["Lê Trí Thanh"]
    r.editor.select_span(span_id)
    qtbot.keyClick(r.editor, Qt.Key.Key_2)  # accept the PER suggestion as ROLE
    window.step_document(1)
    assert window.current_doc_id() != r.doc_id
    qtbot.keyClick(r.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_doc_id() == r.doc_id
    stored = {s.id: s for s in stored_spans(demo_path, r.doc_id)}
    assert (stored[span_id].label, stored[span_id].state) == ("PER", PENDING)
    selected = r.editor.selected_span()
    assert selected is not None and selected.id == span_id
    qtbot.waitUntil(lambda: window.annotations.selected_span_id() == span_id)


def test_a_change_set_names_each_span_once() -> None:
    both = ChangeSet(doc_ids=frozenset({1}), spans_changed=(5,)).merge(
        ChangeSet(doc_ids=frozenset({1}), spans_changed=(5, 6))
    )
    assert both.spans_changed == (5, 6)
    many = ChangeSet.combine([ChangeSet(spans_added=(3,)), ChangeSet(spans_added=(3, 4))])
    assert many.spans_added == (3, 4)
