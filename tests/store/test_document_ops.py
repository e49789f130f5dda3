"""Renaming and deleting documents: one undoable step each, restored whole."""

from __future__ import annotations

import pytest

from annotator.core.errors import OperationError
from annotator.core.model import SourceDocument
from annotator.core.operations import DeleteDocument, SetTitle
from annotator.store.document_filter import DocumentFilter
from tests.store.helpers import article, snapshot


def test_rename_changes_title_and_search_key_and_undoes(project) -> None:
    doc = project.add_document(article())
    session = project.session()
    changes = session.apply(SetTitle(doc, "  Hội nghị   Tỉnh ủy "))
    assert changes.titles_changed == {doc}
    assert project.document(doc).title == "Hội nghị Tỉnh ủy"
    assert [r.id for r in project.document_rows(DocumentFilter(title="hoi nghi"))] == [doc]
    with pytest.raises(OperationError, match="needs a title"):
        session.apply(SetTitle(doc, "   "))
    session.undo()
    assert project.document(doc).title == "Lấy phiếu tín nhiệm"


def test_delete_document_and_undo_restore_everything(project, project_path) -> None:
    units = ("v1", "Ông Ba", b"\x00\x01", b"\x00")
    kept = project.add_document(article(" Hai."))
    doc = project.add_document(SourceDocument(**{**vars(article()), "units": units}))
    before = snapshot(project_path)
    session = project.session()
    changes = session.apply(DeleteDocument(doc))
    assert changes.documents_removed == {doc} and len(changes.spans_removed) == 2
    assert project.document_ids() == [kept]
    assert [d for d, _ in project.search("Quốc hội")] == [kept]
    undone = session.undo()
    assert undone.documents_added == {doc}
    assert snapshot(project_path) == before
    assert sorted(d for d, _ in project.search("Quốc hội")) == [kept, doc]
    row = project._conn.execute(
        "SELECT version, forms, starts, sentences FROM document_units WHERE doc_id = ?", (doc,)
    ).fetchone()
    assert tuple(row) == units
    assert project.document_rows()[1].span_count == 2


def test_restore_refuses_when_the_id_was_taken(project) -> None:
    first = project.add_document(article())
    doc = project.add_document(article(" Hai."))
    session = project.session()
    session.apply(DeleteDocument(doc))
    again = project.add_document(article(" Ba."))  # takes the free id
    assert again == doc != first
    with pytest.raises(OperationError, match="place was taken"):
        session.undo()
    assert project.document(again).title.endswith("Ba.")


def test_undo_of_a_delete_restores_each_annotators_own_status(project) -> None:
    from annotator.core.operations import SetStatus

    doc = project.add_document(article())
    project.session("lan").apply(SetStatus(doc, "done"))
    project.session("minh").apply(SetStatus(doc, "in_progress"))
    before = project.annotator_statuses(doc)
    session = project.session()
    session.apply(DeleteDocument(doc))
    assert project.document_ids() == []
    session.undo()
    assert project.annotator_statuses(doc) == before
    assert project.document(doc).status == "in_progress"
