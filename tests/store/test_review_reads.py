"""Reads of the review loop: suggestions alike, by suggester, the next document with any,
and what other connections changed."""

from __future__ import annotations

from annotator.core.operations import AddSuggestions, PutLabel, SetStatus
from annotator.store import open_project
from tests.store.helpers import article, find


def _suggest(project, doc: int, needle: str, label: str, who: str = "rules") -> int:
    start, end = find(project.document(doc).text, needle)
    return project.session().apply(AddSuggestions(doc, ((start, end, label, who),))).spans_added[0]


def test_pending_like_finds_the_same_text_and_label_in_unfinished_documents(project) -> None:
    first, second, done = (project.add_document(article(s)) for s in ("", " Hai.", " Ba."))
    ids = [_suggest(project, d, "Lê Trí Thanh", "PER") for d in (first, second, done)]
    _suggest(project, first, "Quốc hội", "ORG")
    project.session().apply(SetStatus(done, "done"))
    assert (
        project.pending_like(label="PER", surface="Lê Trí Thanh", doc_id=first, statuses=None)
        == ids[:1]
    )
    everywhere = project.pending_like(
        label="PER", surface="Lê Trí Thanh", doc_id=None, statuses=("new", "in_progress")
    )
    assert everywhere == ids[:2]
    assert (
        project.pending_like(label="ORG", surface="Lê Trí Thanh", doc_id=None, statuses=None) == []
    )


def test_pending_from_a_suggester_and_the_next_document_with_suggestions(project) -> None:
    docs = [project.add_document(article(s)) for s in ("", " Hai.", " Ba.", " Bốn.")]
    rules = _suggest(project, docs[1], "Lê Trí Thanh", "PER")
    model = _suggest(project, docs[3], "Quốc hội", "ORG", who="model")
    assert project.pending_from(suggester="rules", doc_id=None, statuses=None) == ([rules], [])
    assert project.pending_from(suggester="model", doc_id=docs[1], statuses=None) == ([], [])
    unfinished = ("new", "in_progress")
    assert project.next_pending_document(docs[0], statuses=unfinished) == docs[1]
    assert project.next_pending_document(docs[1], statuses=unfinished) == docs[3]
    assert project.next_pending_document(docs[3], backwards=True, statuses=unfinished) == docs[1]
    assert project.next_pending_document(docs[3], statuses=unfinished) is None
    assert model


def test_changes_after_name_what_another_connection_did(project, project_path) -> None:
    doc = project.add_document(article())
    version, last = project.data_version(), project.last_action()
    with open_project(project_path, annotator="minh") as other:
        session = other.session()
        _suggest(other, doc, "Lê Trí Thanh", "PER")
        session.apply(PutLabel("NEW", "#123456"))
    assert project.data_version() != version
    changes, newest = project.changes_after(last, besides=None)
    assert changes.doc_ids == {doc} and changes.schema_changed
    assert newest == project.last_action() > last
    mine = project.session()
    mine.apply(SetStatus(doc, "done"))
    changes, _ = project.changes_after(newest, besides=mine.id)
    assert changes.empty  # a window does not reload for its own edits
