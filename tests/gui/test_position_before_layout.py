"""Paragraph and line of a span read right from the first frame, before the editor paints there."""

from __future__ import annotations

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.store import create_project

SENTENCE = "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tại Hà Nội. "
NAME = "Phạm Minh Chính"


def _long_paragraphs(folder) -> tuple:
    """Eight paragraphs of twelve sentences, each sentence's name a PER span."""
    path = folder / "long.db"
    text = "\n".join(SENTENCE * 12 for _ in range(8))
    with create_project(path, annotator="lead") as project:
        doc_id = project.add_document(SourceDocument(text=text, title="Phiên họp"))
        session = project.session("lead")
        at = text.find(NAME)
        while at >= 0:
            session.apply(AddSpan(doc_id, at, at + len(NAME), "PER"))
            at = text.find(NAME, at + 1)
    return path, doc_id


def _positions(window) -> dict[int, str]:
    model = window.annotations.model
    return {
        span.id: model.index(model.row_of(span.id), model.POSITION).data()
        for span in window.editor.shown_spans()
    }


def test_span_positions_are_right_before_the_editor_lays_their_paragraph_out(
    qtbot, make_window, tmp_path
) -> None:
    path, doc_id = _long_paragraphs(tmp_path)
    window = make_window(path)
    window.open_document(doc_id)
    first = _positions(window)  # the first frame: only the top of the text is laid out
    editor = window.editor
    bar = editor.verticalScrollBar()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(value)
        editor.viewport().repaint()  # every paragraph painted, hence laid out
    assert _positions(window) == first
    last = max(editor.shown_spans(), key=lambda s: s.start)
    assert first[last.id].startswith("¶8:")
    assert int(first[last.id].rsplit(":", 1)[1]) > 5  # twelve sentences wrap over many lines
