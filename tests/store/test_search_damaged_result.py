"""`project.search` says which matching documents it left out because their text is damaged."""

from __future__ import annotations

from pathlib import Path

from annotator.store import open_project
from tests.store.test_delete_damaged_indexed import TITLES, damaged_project


def test_the_damaged_match_is_part_of_the_result(tmp_path: Path) -> None:
    path, ids = damaged_project(tmp_path)
    with open_project(path) as project:
        hits = project.search("quoc hoi")
        assert {doc_id for doc_id, _ in hits} == {ids[0], ids[2]}
        assert hits.damaged == [(ids[1], TITLES[1])]


def test_a_search_without_damaged_matches_says_none_were_left_out(tmp_path: Path) -> None:
    path, ids = damaged_project(tmp_path)
    with open_project(path) as project:
        hits = project.search("thứ ba")  # only the third document has these words
        assert [doc_id for doc_id, _ in hits] == [ids[2]]
        assert hits.damaged == []
        assert project.search("   ").damaged == []
