"""Ð (U+00D0, Latin capital eth), which legacy encodings write for Đ, is searched as Đ is.

"Da Nang" and "Đà Nẵng" find "Ðà Nẵng", and "Ðà Nẵng" finds "Đà Nẵng": in the
full-text index, its snippets, the corpus search's in-text scan and the find
bar. Migration 0097 indexes again the texts of older projects that have it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.app.search.engine import SearchRun
from annotator.core import find
from annotator.core.model import SourceDocument
from annotator.core.search_query import SearchQuery
from annotator.core.search_text import TextQuery, find_hits, fold_text
from annotator.core.vietnamese import d_as_d
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS

ETH = "\u00d0"  # Ð, looks like Đ (U+0110)
TEXTS = (
    f"Hội nghị tại {ETH}à Nẵng về công tác {ETH}ảng.",  # converted from a legacy encoding
    "Hội nghị tại Đà Nẵng về công tác Đảng.",
    "Kỳ họp Hội đồng nhân dân tỉnh Quảng Nam.",
)
QUERIES = ("Da Nang", "da nang", "Đà Nẵng", f"{ETH}à Nẵng", "ĐÀ NẴNG", "dang")


def _found(project, query: str) -> set[int]:
    return {doc_id for doc_id, _ in project.search(query, limit=100)}


def _scanned(project, query: str) -> set[int]:
    run = SearchRun(project, SearchQuery(text=query), width=20)
    return {hit.doc_id for hit in run.hits()}


def test_d_as_d_folds_every_lookalike_one_for_one() -> None:
    text = "Đđ Ðð Ɖɖ d D"
    assert d_as_d(text) == "Dd Dd Dd d D" and len(d_as_d(text)) == len(text)
    assert fold_text(f"{ETH}à Nẵng") == "da nang"
    assert find.fold_text(f"{ETH}à Nẵng") == "da nang"


def test_index_and_scan_find_eth_and_d_alike(project) -> None:
    eth, stroke, other = (project.add_document(SourceDocument(text=t)) for t in TEXTS)
    for query in QUERIES:
        assert _found(project, query) == {eth, stroke}, query
        assert _scanned(project, query) == {eth, stroke}, query
    assert _found(project, "hoi dong") == {other}
    [(_, snippet)] = [hit for hit in project.search("da nang") if hit[0] == eth]
    assert f"«{ETH}à» «Nẵng»" in snippet
    assert find_hits(TEXTS[0], TextQuery("da nang")) == [(13, 20)]
    assert find.find_all(TEXTS[0], "Đà Nẵng", diacritics=False) == [(13, 20)]
    assert project.search_index_consistent()


def _indexed_before_0097(path: Path) -> None:
    """The index as a file before 0097 held it: Ð kept as Ð (đ was d already)."""
    from annotator.store.texts import unpack

    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
    skipped = {
        r[0]
        for r in conn.execute(
            "SELECT doc_id FROM search_backlog UNION SELECT doc_id FROM search_unreadable"
        )
    }
    for doc_id, body in conn.execute("SELECT doc_id, body FROM document_bodies").fetchall():
        if doc_id not in skipped:
            text = unpack(body, doc_id).replace("đ", "d").replace("Đ", "D")
            conn.execute("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", (doc_id, text))
    conn.commit()
    conn.close()


@pytest.mark.parametrize("waiting", [False, True])
def test_0097_indexes_again_only_what_needs_it(tmp_path, waiting) -> None:
    older = tuple(m for m in MIGRATIONS if m.name != "0097_index_lookalike_d")
    path = tmp_path / "old.db"
    with create_project(path, annotator="tester", migrations=older) as project:
        more = f"{ETH}oàn đại biểu {ETH}à Nẵng họp."
        stored = project.add_documents([SourceDocument(text=t) for t in (*TEXTS, more)])
        ids = [doc_id for _, doc_id in stored if doc_id is not None]
    conn = sqlite3.connect(path)
    if waiting:  # one text with Ð still waits, and one is damaged
        conn.execute("INSERT INTO search_backlog (doc_id) VALUES (?)", (ids[3],))
    conn.execute("UPDATE document_bodies SET body = ? WHERE doc_id = ?", (b"\x01bad", ids[2]))
    conn.execute(
        "INSERT INTO search_unreadable (doc_id, reason) VALUES (?, 'test')",
        (ids[2],),
    )
    conn.commit()
    conn.close()
    _indexed_before_0097(path)
    with open_project(path) as project:
        assert project.search_index_consistent()
        expected = {ids[0], ids[1]} | (set() if waiting else {ids[3]})
        assert _found(project, "Da Nang") == expected
        assert _found(project, f"{ETH}à Nẵng") == expected
        assert project.search_waiting() == (1 if waiting else 0)
        project.index_waiting()
        assert _found(project, "da nang") == {ids[0], ids[1], ids[3]}
        assert project.search_index_consistent()


def test_the_check_says_so_when_only_the_words_differ(tmp_path) -> None:
    # Same row and word totals, other words: the walk stops at the first
    # difference, and used to fail on its own open read ("table is locked").
    older = tuple(m for m in MIGRATIONS if m.name != "0097_index_lookalike_d")
    path = tmp_path / "old.db"
    with create_project(path, annotator="tester", migrations=older) as project:
        project.add_document(SourceDocument(text=TEXTS[0]))
    _indexed_before_0097(path)
    with open_project(path, migrations=older) as project:
        assert project.search_index_consistent() is False
