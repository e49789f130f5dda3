"""add_document and the bulk add_documents: duplicates, savepoints, durable yields."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.model import Region, SourceDocument
from annotator.store import open_project
from tests.store.helpers import article


def test_add_document_stores_text_spans_and_relations(project) -> None:
    source = article()
    doc_id = project.add_document(source)
    assert doc_id is not None
    doc = project.document(doc_id)
    assert doc.text == source.text and doc.title == source.title and doc.status == "new"
    spans = project.spans(doc_id)
    assert {(s.start, s.end, s.label) for s in spans} == set(source.spans)
    assert all(s.origin == "imported" and s.state == "accepted" for s in spans)
    assert all(s.annotator == "tester" for s in spans)
    (relation,) = project.relations(doc_id)
    assert project.span(relation.head).label == "PER"
    assert project.span(relation.tail).label == "ROLE"


def test_meta_and_regions_round_trip(project) -> None:
    source = SourceDocument(
        text="Tiêu đề\nNội dung bài.",
        title="Tiêu đề",
        meta={"url": "https://example.vn/a", "tags": ["chính trị"]},
        raw_hash="abc",
        regions=(Region(0, 7, "title"),),
    )
    doc = project.document(project.add_document(source))
    assert doc.meta == source.meta and doc.regions == source.regions and doc.raw_hash == "abc"


def test_duplicate_text_returns_none_even_in_nfd(project) -> None:
    source = article()
    assert project.add_document(source) is not None
    assert project.add_document(source) is None
    assert project.has_content(project.text_hash(source.text))
    assert project.has_content(project.text_hash(unicodedata.normalize("NFD", source.text)))
    assert project.document_count() == 1


@pytest.mark.parametrize(
    ("spans", "relations", "reason"),
    [
        (((0, 500, "PER"),), (), "does not fit"),
        (((3, 3, "PER"),), (), "does not fit"),
        (((0, 3, "NOPE"),), (), "unknown label"),
        (((0, 3, "ROLE"), (4, 8, "PER")), ((0, 1, "HOLDS"),), "does not link"),
        (((0, 3, "PER"),), ((0, 4, "HOLDS"),), "points to spans"),
    ],
)
def test_bad_document_is_refused_whole(project, spans, relations, reason) -> None:
    source = SourceDocument(text="Ông Phan Việt Cường", title="x", spans=spans, relations=relations)
    with pytest.raises(ImportFailure, match=reason):
        project.add_document(source)
    assert project.document_count() == 0
    assert project.stats()["labels"] == {}


def test_non_nfc_text_is_refused(project) -> None:
    with pytest.raises(ImportFailure, match="NFC"):
        project.add_document(SourceDocument(text=unicodedata.normalize("NFD", "Quốc hội")))


def _many(n: int, bad: set[int] = frozenset()) -> list[SourceDocument]:
    docs = []
    for i in range(n):
        spans = ((0, 999, "PER"),) if i in bad else ((0, 3, "ROLE"),)
        docs.append(
            SourceDocument(text=f"Bài số {i}: Ông Lê Văn Dũng.", title=f"Bài {i}", spans=spans)
        )
    return docs


def test_add_documents_yields_every_document_in_order(project) -> None:
    docs = _many(450) + [_many(1)[0]]  # the last one repeats the first
    results = list(project.add_documents(docs, commit_every=100))
    assert [src for src, _ in results] == docs
    ids = [doc_id for _, doc_id in results]
    assert ids[-1] is None and None not in ids[:-1]
    assert project.document_count() == 450
    assert project.document_rows(limit=1)[0].span_count == 1
    log = project._conn.execute(
        "SELECT doc_ids, op, inverse FROM action_log WHERE kind = 'import'"
    ).fetchall()
    assert sum(len(json.loads(row[0])) for row in log) == 450
    assert all("Bài số" not in row[1] and row[2] is None for row in log)
    assert not project.session().can_undo()


def test_yielded_ids_are_committed(project, project_path: Path) -> None:
    seen = 0
    for _, doc_id in project.add_documents(_many(30), commit_every=7):
        seen += 1
        reader = sqlite3.connect(project_path)
        try:
            row = reader.execute("SELECT id FROM documents WHERE id = ?", (doc_id,)).fetchone()
        finally:
            reader.close()
        assert row == (doc_id,)
        assert not project._conn.in_transaction
    assert seen == 30


def test_one_bad_document_rolls_back_alone(project) -> None:
    errors: list[tuple[SourceDocument, AnnotatorError]] = []
    docs = _many(20, bad={5, 13})
    results = list(
        project.add_documents(docs, commit_every=4, on_error=lambda s, e: errors.append((s, e)))
    )
    assert [src for src, _ in results] == [d for i, d in enumerate(docs) if i not in {5, 13}]
    assert [src for src, _ in errors] == [docs[5], docs[13]]
    assert all(isinstance(e, ImportFailure) for _, e in errors)
    assert project.document_count() == 18
    assert not project.has_content(project.text_hash(docs[5].text))


def test_without_handler_the_error_is_raised_after_earlier_documents_commit(
    project, project_path: Path
) -> None:
    docs = _many(10, bad={6})
    received = []
    with pytest.raises(ImportFailure, match="Bài 6"):
        for pair in project.add_documents(docs, commit_every=100):
            received.append(pair)
    assert len(received) == 6
    project.close()
    reopened = open_project(project_path)
    try:
        assert reopened.document_count() == 6
    finally:
        reopened.close()


def test_stopping_early_keeps_what_was_yielded(project) -> None:
    for count, _ in enumerate(project.add_documents(_many(50), commit_every=10), start=1):
        if count == 15:
            break
    assert project.document_count() == 20  # the second batch was committed before yielding
    rest = list(project.add_documents(_many(50)))
    assert sum(1 for _, i in rest if i is None) == 20
