"""Spans nest but never cross (resources/guidelines.md): every way of making an accepted span
that crosses another accepted span's edge is refused, with a message naming the span crossed.

Before, drawing "Cường, Bí thư" over the accepted PER "Phan Việt Cường", widening a ROLE
into the PER, or accepting a suggestion across it was stored without a word; an export
cannot write such a pair as nested tags or BIO layers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import PENDING
from annotator.core.operations import AddSpan
from tests.gui.helpers import drag_select, seed_doc_id, stored_spans

WORDS = "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường chủ trì"
NAME = "Phan Việt Cường"


def _seed_with_name(make_window, demo_path):
    """The seed article open, with NAME accepted as a PER; (window, doc id, where WORDS is)."""
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    at = window.project.document(doc_id).text.index(WORDS)
    _add(window, doc_id, at + WORDS.index(NAME), len(NAME), "PER")
    window.editor.setFocus()
    return window, doc_id, at


def _add(window, doc_id: int, start: int, length: int, label: str, state="accepted") -> int:
    op = AddSpan(doc_id, start, start + length, label, state=state)
    return window.context.apply(op, source="test").spans_added[0]


def _stored(demo_path, doc_id: int) -> list[tuple[int, int, str, str]]:
    return sorted((s.start, s.end, s.label, s.state) for s in stored_spans(demo_path, doc_id))


def _said(window) -> str:
    return window.status.whole_message()


def test_drawing_across_an_accepted_span_is_refused_naming_it(qtbot, make_window, demo_path):
    window, doc_id, at = _seed_with_name(make_window, demo_path)
    before = _stored(demo_path, doc_id)
    cuong = at + WORDS.index("Cường")
    drag_select(qtbot, window.editor, cuong, cuong + len("Cường chủ trì"))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)  # ROLE
    assert _stored(demo_path, doc_id) == before
    assert "PER" in _said(window) and f"“{NAME}”" in _said(window), _said(window)
    assert "nest" in _said(window)


def test_widening_a_span_into_another_is_refused(qtbot, make_window, demo_path):
    window, doc_id, at = _seed_with_name(make_window, demo_path)
    _add(window, doc_id, at, len("Bí thư"), "ROLE")
    before = _stored(demo_path, doc_id)
    # The ROLE's extent corrected to end inside the PER: it would cross it.
    drag_select(qtbot, window.editor, at, at + WORDS.index("Việt Cường") + len("Việt"))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    assert _stored(demo_path, doc_id) == before
    assert f"“{NAME}”" in _said(window), _said(window)
    # Nesting stays allowed: the ROLE widened around the PER whole.
    drag_select(qtbot, window.editor, at, at + WORDS.index(NAME) + len(NAME))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    assert (at, at + WORDS.index(NAME) + len(NAME), "ROLE", "accepted") in _stored(
        demo_path, doc_id
    )


def test_accepting_a_suggestion_across_an_accepted_span_is_refused_in_vietnamese(
    vietnamese, qtbot, make_window, demo_path
):
    window, doc_id, at = _seed_with_name(make_window, demo_path)
    across = at + WORDS.index("HĐND tỉnh Phan")
    suggestion = _add(window, doc_id, across, len("HĐND tỉnh Phan"), "ORG", state=PENDING)
    window.editor.load_document(doc_id)
    window.editor._set_selected(suggestion)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    states = {s.id: s.state for s in stored_spans(demo_path, doc_id)}
    assert states[suggestion] == PENDING
    said = _said(window)
    assert f"“{NAME}”" in said and "PER" in said, said
    assert "lồng" in said, said  # in Vietnamese: spans may nest (lồng nhau), not cross


def test_accepting_all_pending_leaves_a_pair_that_would_cross(qtbot, make_window, demo_path):
    """Accept all (Annotate menu) checks the suggestions accepted together against each
    other: two pending spans that cross each other would both be accepted without a word
    if each were checked only against the spans accepted before the step. The pair is
    left pending, named, while what crosses nothing is accepted."""
    window, doc_id, at = _seed_with_name(make_window, demo_path)
    role = _add(window, doc_id, at, len("Bí thư Tỉnh ủy"), "ROLE", state=PENDING)
    across = at + WORDS.index("ủy, Chủ tịch")
    org = _add(window, doc_id, across, len("ủy, Chủ tịch"), "ORG", state=PENDING)
    window.editor.load_document(doc_id)
    window.commands.accept_all.trigger()  # Annotate > Accept all pending
    states = {s.id: s.state for s in stored_spans(demo_path, doc_id)}
    assert (states[role], states[org]) == (PENDING, PENDING)  # the pair waits
    said = _said(window)
    assert "ROLE “Bí thư Tỉnh ủy” × ORG “ủy, Chủ tịch”" in said, said
    assert "one by one" in said, said
    # Rejecting the wrong one leaves a step that accepts.
    window.editor._set_selected(org)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    window.commands.accept_all.trigger()
    states = {s.id: s.state for s in stored_spans(demo_path, doc_id)}
    assert states[role] == "accepted", states
