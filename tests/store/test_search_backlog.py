"""Documents waiting for the full-text index: every path that touches the index respects them.

The index is contentless, so taking out a text it never had corrupts it;
each test ends by comparing the index with one rebuilt from the texts.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest

from annotator.core.model import SourceDocument
from annotator.core.operations import DeleteDocument
from annotator.store import create_project, open_project, search_backlog
from annotator.store.cleaning import clean_copy
from annotator.store.packages import write_package


def _articles(count: int, word: str = "Quốc") -> list[SourceDocument]:
    return [SourceDocument(text=f"Bài {n}: kỳ họp {word} hội số {n}.") for n in range(count)]


@pytest.fixture
def at_once(monkeypatch) -> int:
    """A run indexes its first 5 documents at once (1,000 in use)."""
    monkeypatch.setattr(search_backlog, "INDEX_AT_ONCE", 5)
    return 5


def _import(project, count: int, word: str = "Quốc") -> list[int]:
    stored = project.add_documents(_articles(count, word), commit_every=4)
    return [doc_id for _, doc_id in stored if doc_id is not None]


def _hits(project, word: str) -> set[int]:
    return {doc_id for doc_id, _ in project.search(word, limit=1000)}


def test_a_large_import_indexes_its_first_documents_and_lists_the_rest(project, at_once) -> None:
    ids = _import(project, 12)
    assert project.search_waiting() == 7
    assert _hits(project, "quoc") == set(ids[:at_once])
    assert project.search_index_consistent()
    seen: list[tuple[int, int]] = []
    assert project.index_waiting(progress=lambda done, total: seen.append((done, total))) == 7
    assert seen[-1] == (7, 7)
    assert project.search_waiting() == 0
    assert _hits(project, "quoc") == set(ids)
    assert project.search_index_consistent()
    assert project.index_waiting() == 0


def test_a_small_import_is_searchable_at_once(project) -> None:
    ids = _import(project, 30)
    assert project.search_waiting() == 0
    assert _hits(project, "Quốc") == set(ids)


def test_each_run_indexes_its_own_first_documents(project, at_once) -> None:
    first = _import(project, 8)
    second = _import(project, 8, word="Việt")
    assert project.search_waiting() == 6
    assert _hits(project, "viet") == set(second[:at_once])
    assert _hits(project, "quoc") == set(first[:at_once])


def test_deleting_a_waiting_document_and_undoing_keep_the_index_whole(project, at_once) -> None:
    ids = _import(project, 10)
    waiting, indexed = ids[-1], ids[0]
    session = project.session()
    for doc_id in (waiting, indexed):
        session.apply(DeleteDocument(doc_id))
        assert project.search_index_consistent()
    assert project.search_waiting() == 4  # the backlog row went with the document
    session.undo()
    session.undo()
    # Brought back, the waiting document is indexed at once (one text), not waiting
    # again: an indexer that filled the backlog meanwhile would never come back for it.
    assert project.search_waiting() == 4
    assert project.search_index_consistent()
    assert waiting in _hits(project, "quoc")
    session.redo()
    assert project.search_index_consistent()
    project.index_waiting()
    session.undo()  # the delete is taken back after the index was filled
    assert project.search_waiting() == 0
    assert project.search_index_consistent()
    assert _hits(project, "quoc") == set(ids)


def test_a_package_of_waiting_documents_is_searchable(project, project_path, tmp_path, at_once):
    ids = _import(project, 10)
    path = tmp_path / "package.db"
    write_package(
        project,
        path,
        annotator="lan",
        doc_ids=ids[3:],
        schema=project.schema(),
        with_suggestions=False,
        info={},
        guidelines="",
    )
    package = open_project(path)
    try:
        assert package.search_waiting() == 0
        assert len(_hits(package, "quoc")) == 7
        assert package.search_index_consistent()
    finally:
        package.close()


def test_a_clean_copy_keeps_the_backlog(project, project_path, tmp_path, at_once) -> None:
    ids = _import(project, 10)
    project.close()
    copy = tmp_path / "clean.db"
    clean_copy(project_path, copy)
    copied = open_project(copy)
    try:
        assert copied.search_waiting() == 5
        assert copied.search_index_consistent()
        copied.index_waiting()
        assert _hits(copied, "quoc") == set(ids)
    finally:
        copied.close()


def test_filling_stops_between_batches_when_cancelled(project, monkeypatch, at_once) -> None:
    monkeypatch.setattr(search_backlog, "BATCH_DOCUMENTS", 3)
    monkeypatch.setattr(search_backlog, "_CHUNK", 3)
    _import(project, 20)
    cancel = threading.Event()
    assert project.index_waiting(progress=lambda done, total: cancel.set(), cancel=cancel) == 3
    assert project.search_waiting() == 12
    assert project.search_index_consistent()


def test_a_corrupted_index_is_seen(project, at_once) -> None:
    ids = _import(project, 8)
    project._conn.execute(  # what a delete of a waiting document would do
        "INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', ?, ?)",
        (ids[-1], project.document(ids[-1]).text),
    )
    assert not project.search_index_consistent()


def test_a_file_without_the_backlog_indexes_at_once(project_path) -> None:
    from annotator.store.migrations import MIGRATIONS

    older = tuple(m for m in MIGRATIONS if m.name != "0095_search_backlog")
    created = create_project(project_path, annotator="tester", migrations=older)
    try:
        ids = _import(created, 1200)
        assert created.search_waiting() == 0
        assert len(ids) == 1200 and created.search_index_consistent()  # every text indexed
    finally:
        created.close()
    with sqlite3.connect(project_path) as conn:
        assert not search_backlog.has_backlog(conn)


def test_an_upgraded_file_lists_later_imports_in_the_backlog(project_path, at_once) -> None:
    from annotator.store.migrations import MIGRATIONS

    older = tuple(m for m in MIGRATIONS if m.name != "0095_search_backlog")
    created = create_project(project_path, annotator="tester", migrations=older)
    first = _import(created, 8)  # all indexed: the file has no backlog yet
    created.close()
    upgraded = open_project(project_path)
    try:
        assert upgraded.search_waiting() == 0
        second = _import(upgraded, 8, word="Việt")
        assert upgraded.search_waiting() == 3
        assert upgraded.search_index_consistent()
        upgraded.index_waiting()
        assert _hits(upgraded, "quoc") == set(first) and _hits(upgraded, "viet") == set(second)
    finally:
        upgraded.close()
