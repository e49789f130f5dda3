"""The search backlog from the command line: a large import says what waits, `info` shows it,
`annotator index` fills it, and `annotator search` fills it before searching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.store import open_project, search_backlog
from tests.cli.test_project_subprocess import annotator

RECORDS = 1_300
WAITING = RECORDS - search_backlog.INDEX_AT_ONCE


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    """A project after the command imported one JSONL file of RECORDS articles."""
    source = tmp_path / "articles.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(RECORDS):
            text = f"Tin {i}\nKỳ họp thứ {i} của Quốc hội khóa XV bàn luật đất đai."
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    assert annotator("new", "p.db", cwd=tmp_path).returncode == 0
    done = annotator("import", "p.db", str(source), "--quiet", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"Search index: {WAITING:,} documents wait to be indexed" in done.stdout
    assert "'annotator index p.db' does it now" in done.stdout
    return tmp_path


def _info(cwd: Path) -> tuple[str, dict]:
    text = annotator("info", "p.db", cwd=cwd)
    data = annotator("info", "p.db", "--json", cwd=cwd)
    assert text.returncode == data.returncode == 0, text.stderr
    return text.stdout.splitlines()[-1], json.loads(data.stdout)


def test_info_says_what_waits_and_index_fills_it(imported: Path) -> None:
    line, data = _info(imported)
    assert line.startswith(f"Search index: {WAITING:,} of {RECORDS:,} documents waiting")
    assert data["search_index_waiting"] == WAITING
    filled = annotator("index", "p.db", "--check", cwd=imported)
    assert filled.returncode == 0, filled.stderr
    assert filled.stderr.startswith(f"Indexing {WAITING:,} documents for search...\n")
    assert f"  indexed {WAITING:,} of {WAITING:,}\n" in filled.stderr
    assert filled.stderr.endswith("Search index checked: it matches the texts.\n")
    assert _info(imported)[0] == "Search index: complete"
    again = annotator("index", "p.db", cwd=imported)
    assert again.stderr == "Search index complete: nothing to index.\n"
    quiet = annotator("index", "p.db", "--quiet", cwd=imported)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_search_indexes_first_and_finds_every_document(imported: Path) -> None:
    found = annotator("search", "p.db", "quoc hoi khoa", "--json", cwd=imported)
    assert found.returncode == 0, found.stderr
    assert found.stderr.startswith(f"Indexing {WAITING:,} documents for search...\n")
    assert json.loads(found.stdout)["total"] == RECORDS
    again = annotator("search", "p.db", "Quốc hội", "--limit", "1", cwd=imported)
    assert "Indexing" not in again.stderr
    with open_project(imported / "p.db") as project:
        assert project.search_waiting() == 0 and project.search_index_consistent()


def test_index_says_when_the_file_is_not_a_project(tmp_path: Path) -> None:
    (tmp_path / "p.db").write_text("not a project", encoding="utf-8")
    done = annotator("index", "p.db", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: ")
