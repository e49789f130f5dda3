"""Opening a search hit shows its document selected in the document list, or says why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.gui.search.model import HIT_ROLE
from tests.app._corpus_projects import corpus_file
from tests.gui.helpers import search_corpus


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    return corpus_file(tmp_path / "corpus.db")


def _open_hit(qtbot, window, text: str, title: str) -> int:
    """Search `text` and press Return on the hit in the document titled `title`."""
    panel = window.corpus.search
    search_corpus(qtbot, window, text)
    model = panel.model
    hits = [model.data(model.index(row, 0), HIT_ROLE) for row in range(model.rowCount())]
    row = next(
        r for r, hit in enumerate(hits) if window.project.document(hit.doc_id).title == title
    )
    panel.table.setFocus()
    panel.table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    return hits[row].doc_id


def _selected_doc_ids(window) -> list[int]:
    documents = window.documents
    rows = documents.table.selectionModel().selectedRows()
    return [documents.model.doc_id_at(index.row()) for index in rows]


def _by_title(window, title: str) -> int:
    return next(r.id for r in window.project.document_rows() if r.title == title)


def test_a_hit_in_another_document_selects_that_document_in_the_list(
    qtbot, make_window, corpus_path
):
    window = make_window(corpus_path)
    window.open_document(_by_title(window, "Hội nghị Tỉnh ủy"))
    window.corpus.show_search()
    doc_id = _open_hit(qtbot, window, "Quốc hội", "Luật mới")
    assert window.current_doc_id() == doc_id
    assert _selected_doc_ids(window) == [doc_id]


def test_a_hit_in_a_document_the_filter_hides_is_opened_and_the_status_bar_says_so(
    qtbot, make_window, corpus_path
):
    window = make_window(corpus_path)
    documents = window.documents
    documents.status_combo.setCurrentIndex(documents.status_combo.findData("done"))
    shown = documents.visible_doc_ids()
    window.corpus.show_search()
    doc_id = _open_hit(qtbot, window, "Quốc hội", "Luật mới")
    assert doc_id not in shown and window.current_doc_id() == doc_id
    assert documents.visible_doc_ids() == shown  # the linguist's filter is kept
    assert _selected_doc_ids(window) == []
    said = window.status.currentMessage()
    assert "“Luật mới”" in said and "filter" in said


def test_the_open_document_stays_selected_when_the_list_is_filtered_again(
    qtbot, make_window, corpus_path
):
    window = make_window(corpus_path)
    documents = window.documents
    window.corpus.show_search()
    doc_id = _open_hit(qtbot, window, "Quốc hội", "Luật mới")
    documents.status_combo.setCurrentIndex(documents.status_combo.findData("new"))
    assert doc_id in documents.visible_doc_ids()
    assert _selected_doc_ids(window) == [doc_id]
    # A second hit in the open document finds it still selected, the list re-read or not.
    _open_hit(qtbot, window, "Phan Việt Cường", "Luật mới")
    assert _selected_doc_ids(window) == [doc_id]
