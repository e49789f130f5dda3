"""A text damaged after it was indexed: search skips it by name, and deleting it works.

The index is contentless, so taking a text out needs the words once indexed;
a damaged text cannot give them, and the index gives its own instead
(store.texts.indexed_words). Every step is checked against an index rebuilt
from the readable texts (`annotator index --check`).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import SourceDocument
from annotator.core.operations import DeleteDocument
from annotator.store import create_project, open_project

TITLES = ("Kỳ họp thứ nhất", "Hội nghị Trung ương bị hỏng", "Kỳ họp thứ ba")


def damage(path: Path, doc_id: int) -> None:
    """Overwrite a stored body on disk, as a bad sector or a careless tool would."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE document_bodies SET body = ? WHERE doc_id = ?", (b"\x01bad", doc_id))
    conn.close()


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, list[int]]:
    return damaged_project(tmp_path)


def damaged_project(tmp_path: Path) -> tuple[Path, list[int]]:
    """Three indexed documents, all holding "Quốc hội"; the middle one damaged on disk."""
    path = tmp_path / "p.db"
    with create_project(path, annotator="tester") as project:
        ids = [
            project.add_document(
                SourceDocument(text=f"{title}: Quốc hội Đà Nẵng họp, Ðảng bộ dự.", title=title)
            )
            for title in TITLES
        ]
        assert project.search_waiting() == 0 and project.search_unreadable() == []
    damage(path, ids[1])
    return path, [i for i in ids if i is not None]


def indexed(path: Path, word: str) -> list[int]:
    """The documents the index itself finds for a word, read beside the project."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (word,))
        return sorted(int(row[0]) for row in rows)
    finally:
        conn.close()


def _cli(*args: str, stdin: str | None = None):
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert "Traceback" not in result.output, result.output
    return result


def test_the_damaged_document_is_deleted_undone_and_redone_with_a_consistent_index(
    damaged,
) -> None:
    path, ids = damaged
    with open_project(path) as project:
        assert indexed(path, "quoc") == ids  # the damaged text is still in the index
        assert {d for d, _ in project.search("quoc hoi")} == {ids[0], ids[2]}  # no snippet
        session = project.session()
        session.apply(DeleteDocument(ids[1]))
        assert ids[1] not in project.document_ids()
        assert indexed(path, "dang") == [ids[0], ids[2]]  # Ðảng, written with the lookalike
        assert project.search_index_consistent()
        session.undo()  # back, and left out of the index now: its text cannot be read
        assert [d for d, _ in project.search_unreadable()] == [ids[1]]
        assert project.search_index_consistent()
        session.redo()
        assert project.search_unreadable() == [] and project.search_index_consistent()


def test_search_skips_it_by_name_and_the_command_deletes_it(damaged) -> None:
    path, ids = damaged
    found = _cli("search", str(path), "quốc hội")
    assert found.exit_code == 0, found.output
    assert "2 hits in 2 documents" in found.output
    assert "1 document not searched, its stored text is damaged" in found.output
    assert f"  document {ids[1]}: {TITLES[1]}" in found.output
    data = json.loads(_cli("search", str(path), "quoc hoi", "--json").stdout)
    assert data["damaged"] == [{"doc_id": ids[1], "title": TITLES[1]}] and data["total"] == 2
    before = _cli("index", str(path), "--check")
    assert before.exit_code == 0, before.output
    assert "The stored text of 1 document was damaged since indexing" in before.output
    assert f"  document {ids[1]}: " in before.output and "annotator delete" in before.output
    assert "it matches the texts (but for the damaged ones above)." in before.output
    kept = _cli("delete", str(path), str(ids[1]), stdin="n\n")
    assert f"document {ids[1]}: {TITLES[1]}" in kept.output and "Nothing was deleted" in kept.output
    assert "Delete 1 document?" in kept.output and "annotation(s)" not in kept.output
    gone = _cli("delete", str(path), str(ids[1]), "--annotator", "tester", stdin="y\n")
    assert gone.exit_code == 0 and f"Deleted document {ids[1]}." in gone.output, gone.output
    checked = _cli("index", str(path), "--check")
    assert checked.exit_code == 0, checked.output
    assert "Search index checked: it matches the texts." in checked.output
    again = _cli("search", str(path), "quốc hội")
    assert "2 hits in 2 documents" in again.output and "damaged" not in again.output
    with open_project(path, annotator="tester") as project:
        assert project.document_ids() == [ids[0], ids[2]]
        project.session().undo()  # the command's step, undone as the window's Ctrl+Z does
        assert project.document_ids() == ids and project.search_index_consistent()


def test_deleting_an_unknown_id_changes_nothing(damaged) -> None:
    path, ids = damaged
    result = _cli("delete", str(path), str(ids[0]), "999", "--yes")
    assert result.exit_code == 1 and "no document 999" in result.output
    assert "nothing was deleted" in result.output
    with open_project(path) as project:
        assert project.document_ids() == ids


def test_a_package_of_a_damaged_document_leaves_it_out_of_its_index(damaged, tmp_path) -> None:
    path, ids = damaged
    made = _cli(
        "package", "create", str(path), "--annotators", "lan", "--overlap", "1",
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    [package_path] = (tmp_path / "out").glob("*.db")
    with open_project(package_path) as package:
        assert [d for d, _ in package.search_unreadable()] == [ids[1]]
        assert {d for d, _ in package.search("quoc hoi")} == {ids[0], ids[2]}
        assert package.search_index_consistent()
