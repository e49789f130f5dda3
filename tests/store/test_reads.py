"""Reads: document lists, spans, streaming, stats, search, settings and blobs."""

from __future__ import annotations

import pytest

from annotator.core.errors import OperationError
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, AddSuggestions, SetSpanState, SetStatus
from annotator.store.document_filter import DocumentFilter
from tests.store.helpers import article


@pytest.fixture
def filled(project):
    texts = [
        ("Quốc hội khóa XV họp phiên bế mạc", "Quốc hội bế mạc"),
        ("Ông Phan Việt Cường chủ trì hội nghị tỉnh", "Hội nghị Tỉnh ủy"),
        ("Thủ tướng làm việc với tỉnh Quảng Nam", "Thủ tướng thăm Quảng Nam"),
        ("Chủ tịch nước tiếp đoàn quoc te", "Tiếp đoàn khách"),
    ]
    ids = [project.add_document(SourceDocument(text=t, title=title)) for t, title in texts]
    session = project.session()
    session.apply(SetStatus(ids[1], "done"))
    session.apply(SetStatus(ids[2], "in_progress"))
    return ids


def test_document_rows_filters_and_pages(project, filled) -> None:
    rows = project.document_rows()
    assert [r.id for r in rows] == filled
    assert rows[0].title == "Quốc hội bế mạc" and rows[0].status == "new"
    assert [r.id for r in project.document_rows(DocumentFilter(status="done"))] == [filled[1]]
    assert [
        r.id for r in project.document_rows(DocumentFilter(status=["done", "in_progress"]))
    ] == filled[1:3]
    assert [r.id for r in project.document_rows(DocumentFilter(title="quảng"))] == [filled[2]]
    assert [r.id for r in project.document_rows(offset=1, limit=2)] == filled[1:3]
    assert project.document_count() == 4
    assert project.document_count(DocumentFilter(status="new")) == 2
    assert project.document_count(DocumentFilter(title="HỘI")) == 2
    assert [r.id for r in project.document_rows(DocumentFilter(title="quang nam"))] == [filled[2]]
    assert project.document_ids(status=("new",)) == [filled[0], filled[3]]


def test_iter_documents_streams_by_status_and_ids(project, filled) -> None:
    assert [d.id for d in project.iter_documents()] == filled
    assert [d.id for d in project.iter_documents(status="done")] == [filled[1]]
    assert [d.id for d in project.iter_documents(ids=[filled[3], filled[0], 999])] == [
        filled[3],
        filled[0],
    ]
    streamed = project.iter_documents()
    first = next(streamed)
    project.session().apply(AddSpan(first.id, 0, 3, "ORG"))  # writing while streaming is fine
    assert len(list(streamed)) == 3


def test_spans_states_and_ordering(project) -> None:
    doc = project.add_document(article())
    session = project.session()
    change = session.apply(AddSuggestions(doc, ((0, 4, "EVENT", "rules"), (5, 9, "LOC", "rules"))))
    session.apply(SetSpanState(change.spans_added[1], "rejected"))
    default = project.spans(doc)
    assert [s.start for s in default] == sorted(s.start for s in default)
    assert {s.state for s in default} == {"accepted", "pending"}
    assert len(project.spans(doc, states=None)) == 4
    assert [s.id for s in project.spans(doc, states=("rejected",))] == [change.spans_added[1]]
    with pytest.raises(OperationError, match="does not exist"):
        project.span(10_000)
    with pytest.raises(OperationError, match="does not exist"):
        project.document(10_000)


def test_stats(project, filled) -> None:
    session = project.session("lan")
    session.apply(AddSpan(filled[0], 0, 8, "ORG"))
    change = session.apply(AddSuggestions(filled[1], ((4, 19, "PER", "rules"),)))
    session.apply(SetSpanState(change.spans_added[0], "rejected"))
    stats = project.stats()
    assert stats["documents"] == 4
    assert stats["by_status"] == {"new": 2, "done": 1, "in_progress": 1}
    assert stats["labels"] == {"ORG": {"accepted": 1}, "PER": {"rejected": 1}}
    assert "lan" in stats["annotators"]
    assert stats["relations"] == {}


def test_search_with_and_without_diacritics(project, filled) -> None:
    exact = project.search("Quốc")
    assert [doc_id for doc_id, _ in exact][:1] == [filled[0]]  # the exact spelling ranks first
    assert {doc_id for doc_id, _ in exact} == {filled[0], filled[3]}
    assert "«Quốc»" in exact[0][1]
    folded = project.search("quoc hoi")
    assert [doc_id for doc_id, _ in folded] == [filled[0]]
    assert [d for d, _ in project.search("quang nam")] == [filled[2]]
    assert [d for d, _ in project.search("Phan Việt Cường")] == [filled[1]]
    assert project.search('"; DROP TABLE documents; --') == []
    assert project.search("") == []
    assert project.document_count() == 4


def test_settings_and_blobs(project, project_path) -> None:
    assert project.get_setting("ui.font", 12) == 12
    project.set_setting("ui.font", {"size": 14, "family": "Noto Sans"})
    project.set_setting("ui.font", {"size": 15})
    assert project.get_setting("ui.font") == {"size": 15}
    assert project.get_blob("crf") is None
    project.put_blob("crf", b"\x00model", {"f1": 0.8})
    assert project.get_blob("crf") == (b"\x00model", {"f1": 0.8})
    project.delete_blob("crf")
    assert project.get_blob("crf") is None
    assert not project.session().can_undo()
