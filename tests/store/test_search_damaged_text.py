"""A damaged text waiting for the search index is left out and named; the rest is indexed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import SourceDocument
from annotator.core.operations import DeleteDocument
from annotator.store import create_project, open_project, search_backlog

COUNT = 12


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch) -> tuple[Path, list[int], int]:
    """A project whose last 7 documents wait for the index, the first of them damaged."""
    monkeypatch.setattr(search_backlog, "INDEX_AT_ONCE", 5)
    path = tmp_path / "p.db"
    with create_project(path, annotator="tester") as project:
        stored = project.add_documents(
            [SourceDocument(text=f"Bài {n}: Quốc hội họp về đất đai số {n}.") for n in range(COUNT)]
        )
        ids = [doc_id for _, doc_id in stored if doc_id is not None]
        assert project.search_waiting() == COUNT - 5
    bad = ids[5]  # the first waiting one: every batch met it first
    conn = sqlite3.connect(path)
    conn.execute("UPDATE document_bodies SET body = ? WHERE doc_id = ?", (b"\x01broken", bad))
    conn.commit()
    conn.close()
    return path, ids, bad


def test_a_damaged_text_is_left_out_and_the_rest_indexed(damaged) -> None:
    path, ids, bad = damaged
    with open_project(path) as project:
        assert project.index_waiting() == COUNT - 5
        assert project.search_waiting() == 0
        [(doc_id, reason)] = project.search_unreadable()
        assert doc_id == bad and "header" in reason  # zlib's own words
        found = {d for d, _ in project.search("quoc hoi", limit=100)}
        assert found == set(ids) - {bad}
        assert project.search_index_consistent()
        assert project.index_waiting() == 0  # nothing is tried again


def test_deleting_and_bringing_back_a_left_out_document(damaged) -> None:
    path, ids, bad = damaged
    with open_project(path) as project:
        project.index_waiting()
        session = project.session()
        session.apply(DeleteDocument(bad))  # no text to take out of the index
        assert project.search_unreadable() == [] and project.search_index_consistent()
        session.undo()
        assert [d for d, _ in project.search_unreadable()] == [bad]
        assert project.search_index_consistent()
        session.redo()
        assert project.search_index_consistent()


def _cli(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result


def test_the_commands_name_the_damaged_document(damaged) -> None:
    path, _ids, bad = damaged
    filled = _cli("index", str(path), "--check")
    assert filled.exit_code == 0, filled.output
    assert f"indexed {COUNT - 5} of {COUNT - 5}" in filled.output
    assert "1 document left out, as the stored text is damaged" in filled.output
    assert f"  document {bad}: " in filled.output
    assert "Search index checked: it matches the texts (but for the damaged ones above)." in (
        filled.output
    )
    info = _cli("info", str(path))
    assert "Search index: complete" in info.output and f"  document {bad}: " in info.output
    data = json.loads(_cli("info", str(path), "--json").output)
    assert [row["doc_id"] for row in data["search_index_left_out"]] == [bad]
    quiet = _cli("index", str(path), "--quiet")
    assert f"  document {bad}: " in quiet.output  # said even when quiet
