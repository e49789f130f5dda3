"""Bulk span inserts keep the span counts themselves, exactly, and leave the file's schema as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import SourceDocument
from annotator.store import import_spans, open_project
from annotator.store.import_spans import COUNT_TRIGGER, COUNTS_BY_WRITER_FROM, counts_kept_by_writer

WORDS = "Chủ tịch Nguyễn Văn An dự hội nghị tại Hà Nội. "


def _documents(count: int, spans_each: int) -> list[SourceDocument]:
    docs = []
    for number in range(count):
        text = f"Bài {number}. " + WORDS * spans_each
        first = len(f"Bài {number}. ")
        spans = tuple(
            (first + i * len(WORDS) + 9, first + i * len(WORDS) + 22, "PER")
            for i in range(spans_each)
        )
        docs.append(SourceDocument(text=text, title=f"b{number}", spans=spans))
    return docs


def _count_errors(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT count(*) FROM documents d WHERE span_count != (SELECT count(*) FROM "
            "annotations a WHERE a.doc_id = d.id AND a.state = 'accepted') OR pending_count != "
            "(SELECT count(*) FROM annotations a WHERE a.doc_id = d.id AND a.state = 'pending')"
        ).fetchone()[0]
    finally:
        conn.close()


def _trigger_sql(conn: sqlite3.Connection) -> str | None:
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (COUNT_TRIGGER,)
    ).fetchone()
    return None if row is None else row[0]


def test_a_large_batch_keeps_exact_counts_and_the_trigger(project, project_path, monkeypatch):
    used = []
    original = import_spans.counts_kept_by_writer
    monkeypatch.setattr(import_spans, "COUNTS_BY_WRITER_FROM", 10)
    monkeypatch.setattr(
        import_spans, "counts_kept_by_writer", lambda c: used.append(1) or original(c)
    )
    before = _trigger_sql(project._conn)
    docs = _documents(40, COUNTS_BY_WRITER_FROM // 20)
    stored = list(project.add_documents(docs, commit_every=100))
    assert all(doc_id is not None for _, doc_id in stored) and used
    assert _trigger_sql(project._conn) == before
    assert _count_errors(project_path) == 0
    total = project._conn.execute("SELECT sum(span_count) FROM documents").fetchone()[0]
    assert total == 40 * (COUNTS_BY_WRITER_FROM // 20)
    # The trigger counts again after the import: a span added by hand is counted.
    doc_id = stored[0][1]
    project._conn.execute("BEGIN")
    project._conn.execute(
        'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
        "created, updated) VALUES (?, 0, 3, 'PER', 'tester', 'manual', 'accepted', 0, 0)",
        (doc_id,),
    )
    project._conn.execute("COMMIT")
    assert _count_errors(project_path) == 0
    project.close()
    reopened = open_project(project_path)  # the schema check finds the file as it should be
    assert reopened.document_count() == 40
    reopened.close()


def test_a_failed_block_puts_the_trigger_back_inside_the_transaction(project):
    conn = project._conn
    before = _trigger_sql(conn)
    conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError), counts_kept_by_writer(conn):
        assert _trigger_sql(conn) is None
        conn.execute("INSERT INTO annotations (doc_id) VALUES (NULL)")
    assert _trigger_sql(conn) == before
    conn.execute("ROLLBACK")
    assert _trigger_sql(conn) == before


def test_a_rolled_back_transaction_restores_the_trigger(project):
    conn = project._conn
    before = _trigger_sql(conn)
    conn.execute("BEGIN")
    block = counts_kept_by_writer(conn)
    block.__enter__()
    assert _trigger_sql(conn) is None
    conn.execute("ROLLBACK")  # as a crash would: the transaction never commits
    block.__exit__(None, None, None)  # nothing to put back: the transaction is over
    assert _trigger_sql(conn) == before


def test_outside_a_transaction_it_refuses(project):
    with pytest.raises(RuntimeError), counts_kept_by_writer(project._conn):
        pass


@pytest.mark.parametrize("spans_each", [3, COUNTS_BY_WRITER_FROM // 10])
def test_spans_and_relations_are_stored_exactly_in_their_order(project, spans_each):
    """Every span comes back with its document, offsets and label; relations point to them."""
    phrase = "Bí thư Tỉnh ủy Nguyễn Văn An "  # ROLE at [0, 14), PER at [15, 28)
    docs = []
    for number in range(12):
        spans = tuple(
            (i * len(phrase) + 15, i * len(phrase) + 28, "PER")
            if i % 2
            else (i * len(phrase), i * len(phrase) + 14, "ROLE")
            for i in range(spans_each)
        )
        relations = tuple((i, i - 1, "HOLDS") for i in range(1, spans_each, 2))
        text = phrase * spans_each + f"số {number}"
        docs.append(SourceDocument(text=text, title=f"b{number}", spans=spans, relations=relations))
    stored = list(project.add_documents(docs, commit_every=100))
    conn = project._conn
    for source, doc_id in stored:
        rows = conn.execute(
            'SELECT id, start, "end", label, origin, state FROM annotations '
            "WHERE doc_id = ? ORDER BY id",
            (doc_id,),
        ).fetchall()
        assert [row[1:4] for row in rows] == list(source.spans)
        assert {row[4:] for row in rows} == {("imported", "accepted")}
        ids = [row[0] for row in rows]
        found = conn.execute(
            "SELECT head, tail, type FROM relations WHERE doc_id = ? ORDER BY id", (doc_id,)
        ).fetchall()
        assert found == [(ids[h], ids[t], kind) for h, t, kind in source.relations]
