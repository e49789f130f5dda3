"""The window learns what another program added to the search backlog, and what a fill left out.

A command line import while the window is open lists documents to index; the
window counts them again when it sees another connection commit, says so
in the status bar and the search panel, and fills the index. A damaged text
is left out, named in the status bar's tooltip and counted in search.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import SourceDocument
from annotator.store import create_project, open_project, search_backlog
from tests.cli.test_project_subprocess import annotator
from tests.gui.helpers import search_corpus

RECORDS = search_backlog.INDEX_AT_ONCE + 40  # the command line indexes the first 1,000 at once


def _search(qtbot, window, text: str) -> str:
    return search_corpus(qtbot, window, text, timeout=20000)  # every search has hits


def _articles(count: int, tag: str) -> list[SourceDocument]:
    return [SourceDocument(text=f"Bài {tag}{n}. Kỳ họp Quốc hội thứ {n}.") for n in range(count)]


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    with create_project(path, annotator="tester") as project:
        list(project.add_documents(_articles(3, "a")))
        assert project.search_waiting() == 0
    return path


def test_a_command_line_import_while_the_window_is_open_is_indexed(
    qtbot, make_window, small, gate
) -> None:
    window = make_window(small)
    assert window.status.index_label.text() == ""
    source = small.parent / "more.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(RECORDS):
            out.write(json.dumps({"text": f"Tin {i}. Kỳ họp Quốc hội thứ {i}."}) + "\n")
    done = annotator("import", small.name, str(source), "--quiet", cwd=small.parent)
    assert done.returncode == 0, done.stderr
    waiting = RECORDS - search_backlog.INDEX_AT_ONCE
    label = f"Indexing for search: 0 of {waiting}"
    qtbot.waitUntil(lambda: window.status.index_label.text() == label, timeout=20000)
    summary = _search(qtbot, window, "quoc hoi")
    assert f"results may miss {waiting} documents still being indexed" in summary
    gate.release(100)
    qtbot.waitUntil(lambda: not window.indexer.running, timeout=20000)
    assert window.status.index_label.text() == ""
    total = 3 + RECORDS
    assert (
        _search(qtbot, window, "quoc hoi") == f"{total:,} hits in {total:,} documents"
    )  # English groups digits


def test_what_comes_while_the_window_indexes_is_indexed_too(
    qtbot, make_window, small, gate, monkeypatch
) -> None:
    monkeypatch.setattr(search_backlog, "INDEX_AT_ONCE", 0)
    monkeypatch.setattr(search_backlog, "BATCH_DOCUMENTS", 10)
    with open_project(small) as other:
        list(other.add_documents(_articles(20, "b")))
    window = make_window(small)
    assert window.status.index_label.text() == "Indexing for search: 0 of 20"
    with open_project(small) as other:  # another program adds while the window fills
        list(other.add_documents(_articles(15, "c")))
    gate.release(100)
    qtbot.waitUntil(lambda: not window.indexer.running, timeout=20000)
    qtbot.waitUntil(lambda: window.corpus.search.index_waiting == 0, timeout=20000)
    with open_project(small) as project:
        assert project.search_waiting() == 0 and project.search_index_consistent()
    assert _search(qtbot, window, "quoc hoi") == "38 hits in 38 documents"


def test_a_damaged_text_is_left_out_and_said(qtbot, make_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(search_backlog, "INDEX_AT_ONCE", 2)
    path = tmp_path / "p.db"
    with create_project(path, annotator="tester") as project:
        ids = [d for _, d in project.add_documents(_articles(8, "d")) if d is not None]
    conn = sqlite3.connect(path)
    conn.execute("UPDATE document_bodies SET body = ? WHERE doc_id = ?", (b"\x01bad", ids[2]))
    conn.commit()
    conn.close()
    window = make_window(path)
    label = window.status.index_label
    qtbot.waitUntil(lambda: label.text() == "Search cannot find 1 damaged document", timeout=20000)
    assert f"Document {ids[2]}: " in label.toolTip() and "backup" in label.toolTip()
    summary = _search(qtbot, window, "quoc hoi")
    assert summary.startswith("7 hits in 7 documents")
    assert "; 1 document with a damaged text cannot be found" in summary
