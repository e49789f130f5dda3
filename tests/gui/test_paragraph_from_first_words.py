"""¶ positions count paragraphs from an article's first words, not from blank lines before them."""

from __future__ import annotations

from annotator.core.operations import AddSpan
from tests.gui.helpers import click_text, import_and_wait

NAME = "Phạm Minh Chính"


def test_an_article_starting_with_blank_lines_reads_paragraph_one_first(
    qtbot, make_window, tmp_path
):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    path = tmp_path / "blank.txt"
    path.write_text(f"\n  \n{NAME} chủ trì phiên họp.\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    import_and_wait(qtbot, window, [path])
    doc_id = window.project.document_ids()[0]
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    assert not text.split("\n")[0].strip(), "the import keeps a blank first line"
    start = text.index(NAME)
    window.context.apply(AddSpan(doc_id, start, start + len(NAME), "PER"), source="test")
    model = window.annotations.model
    span = next(s for s in window.editor.shown_spans() if s.label == "PER")
    qtbot.waitUntil(lambda: model.row_of(span.id) is not None)  # lists follow just after
    assert model.index(model.row_of(span.id), model.POSITION).data() == "¶1:1"
    click_text(qtbot, window.editor, text.index("Hội") + 1)
    assert window.status.position_label.text() == "¶2 · line 1"
