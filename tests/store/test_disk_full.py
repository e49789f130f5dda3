"""A full disk (simulated with SQLite's max_page_count) gives a clear error and loses nothing."""

from __future__ import annotations

import random
import sqlite3

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, SetNote
from annotator.store.connection import DiskFullError
from tests.store.helpers import article, snapshot


def _fill_up(project, spare_pages: int = 0) -> None:
    """Let the file grow by at most `spare_pages` pages, as if the disk were that full."""
    conn = project._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def _integrity(project) -> str:
    return project._conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_an_edit_on_a_full_disk_is_refused_whole_with_a_clear_message(project, project_path):
    doc_id = project.add_document(article())
    imported_spans = project.spans(doc_id)
    session = project.session()
    session.apply(AddSpan(doc_id, 0, 3, "PER"))
    before = snapshot(project_path)
    _fill_up(project)
    with pytest.raises(DiskFullError, match="disk is full") as caught:
        session.apply(SetNote(doc_id, "ghi chú rất dài " * 20_000))
    assert isinstance(caught.value, AnnotatorError)  # the GUI and CLI show it as is
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert snapshot(project_path) == before
    assert not project._conn.in_transaction and _integrity(project) == "ok"
    # Once there is room again, the same session goes on, history intact.
    project._conn.execute("PRAGMA max_page_count = 1073741823")
    session.apply(SetNote(doc_id, "ghi chú"))
    assert project.document(doc_id).note == "ghi chú"
    session.undo()
    session.undo()
    assert project.spans(doc_id) == imported_spans


def test_a_bulk_import_on_a_full_disk_keeps_every_committed_batch(project):
    # Texts are stored compressed: numbers that vary make each one take its pages.
    rng = random.Random(16)
    docs = [
        SourceDocument(
            text=f"Bài số {i}. "
            + " ".join(f"Hội đồng tỉnh họp lần {rng.randrange(10**9)}." for _ in range(300)),
            title=f"B{i}",
        )
        for i in range(40)
    ]
    _fill_up(project, spare_pages=12)  # the whole import takes about 29 (8 KB) pages
    received = []
    with pytest.raises(DiskFullError):
        for pair in project.add_documents(docs, commit_every=5):
            received.append(pair)
    assert received, "some batches fit before the disk filled up"
    assert len(received) % 5 == 0 and len(received) < len(docs)
    stored = project.document_ids()
    assert stored == [doc_id for _, doc_id in received]
    for doc_id in stored:  # each one whole: text and full-text entry
        assert project.document(doc_id).text.startswith("Bài số")
    assert len(project.search("Bai so", limit=100)) == len(stored)
    assert _integrity(project) == "ok" and not project._conn.in_transaction
