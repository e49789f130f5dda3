"""A layer with no spans on a document says so, with what the other layers hold.

After a merge, "My layer" on a document only the packages annotated showed an
empty list beside a document list counting its spans: a lead read it as work
lost in the merge.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from annotator.core.model import REJECTED
from annotator.core.operations import SetSpanStates
from tests.gui.helpers import click_text, document_of, merged_team_window, stored_spans


def _choose_layer(qtbot, window, shown: str) -> None:
    """Down in the Layer box until it shows `shown` (each step shows that layer)."""
    switch = window.team.switch
    switch.setFocus()
    for _ in range(switch.count()):
        if switch.currentText() == shown:
            return
        qtbot.keyClick(switch, Qt.Key.Key_Down)
    raise AssertionError(f"no layer {shown!r}")


def _layers_of(path, doc_id: int) -> Counter:
    return Counter(span.annotator for span in stored_spans(path, doc_id))


def test_my_empty_layer_says_what_the_others_hold(qtbot, make_window, tmp_path) -> None:
    window = merged_team_window(make_window, tmp_path)
    doc_id = document_of(window.project, {"an", "binh"})
    window.open_document(doc_id)
    _choose_layer(qtbot, window, "My layer (root)")
    note = window.annotations.layer_note
    qtbot.waitUntil(note.isVisible)
    stored = _layers_of(window.context.path, doc_id)
    assert "root" not in stored and stored == {"an": 3, "binh": 3}
    assert note.text() == (
        "No spans of yours on this document. The other layers have 6 spans (an 3, binh 3): "
        "choose All layers in the Layer box to see them."
    )
    assert window.annotations.model.spans() == []
    _choose_layer(qtbot, window, "binh (read-only)")  # binh's layer has spans here
    qtbot.waitUntil(lambda: not note.isVisible())


def test_another_empty_layer_is_named(qtbot, make_window, tmp_path) -> None:
    window = merged_team_window(make_window, tmp_path)
    doc_id = document_of(window.project, {"an", "chi"})
    window.open_document(doc_id)
    _choose_layer(qtbot, window, "binh (read-only)")
    note = window.annotations.layer_note
    qtbot.waitUntil(note.isVisible)
    assert note.text().startswith("binh has no spans on this document. The other layers have")


def test_the_note_in_vietnamese(qtbot, make_window, tmp_path, vietnamese) -> None:
    window = merged_team_window(make_window, tmp_path)
    window.open_document(document_of(window.project, {"an", "binh"}))
    _choose_layer(qtbot, window, "Lớp của tôi (root)")
    note = window.annotations.layer_note
    qtbot.waitUntil(note.isVisible)
    assert note.text() == (
        "Bạn chưa có chú thích nào trên tài liệu này. Các lớp khác có 6 chú thích "
        "(an 3, binh 3): chọn Mọi lớp trong ô Lớp để xem."
    )


def test_rejected_and_deleted_spans_are_not_counted(qtbot, make_window, tmp_path) -> None:
    """The note counts what the other layers' lists would show: a span rejected or
    deleted in the merge view is gone from them, so it is gone from the count."""
    window = merged_team_window(make_window, tmp_path)
    doc_id = document_of(window.project, {"an", "binh"})
    window.open_document(doc_id)
    _choose_layer(qtbot, window, "All layers")
    binh = [s for s in window.project.spans(doc_id) if s.annotator == "binh"]
    window.editor.setFocus()
    click_text(qtbot, window.editor, (binh[0].start + binh[0].end) // 2)
    qtbot.waitUntil(lambda: getattr(window.editor.selected_span(), "id", None) == binh[0].id)
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)  # an accepted span: deleted
    window.context.session.apply(SetSpanStates((binh[1].id or 0,), REJECTED))
    stored = _layers_of(window.context.path, doc_id)
    assert stored == {"an": 3, "binh": 1}
    _choose_layer(qtbot, window, "My layer (root)")
    note = window.annotations.layer_note
    qtbot.waitUntil(note.isVisible)
    assert "The other layers have 4 spans (an 3, binh 1)" in note.text()
