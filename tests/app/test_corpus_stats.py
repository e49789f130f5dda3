"""Corpus statistics from a real project: counts, suggesters, progress from the log, files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.app.stats.collect import SplitOptions, collect_stats
from annotator.app.stats.files import write_stats_files
from annotator.core.errors import ExportError
from annotator.core.model import SourceDocument
from annotator.core.operations import SetSpanState, SetStatus
from annotator.store import create_project
from tests.app._corpus_projects import build_corpus


def _rows(stats, name: str) -> list[tuple]:
    return list(stats.tables[name].rows)


def test_documents_spans_suggesters_and_annotators(project) -> None:
    ids = build_corpus(project)
    session = project.session()
    [pending] = [s for s in project.spans(ids[2]) if s.state == "pending"]
    session.apply(SetSpanState(pending.id, "rejected"))
    stats = collect_stats(project)
    assert dict(_rows(stats, "documents")) == {"new": 1, "in_progress": 1, "done": 1, "reviewed": 0}
    spans = {(label, origin, state): n for label, origin, state, n in _rows(stats, "spans")}
    assert spans[("PER", "manual", "accepted")] == 4
    assert spans[("PER", "suggested", "rejected")] == 1
    assert _rows(stats, "suggesters") == [("rules", "span", 0, 1, 0, 0.0)]
    assert _rows(stats, "annotator_status") == [("tester", 0, 1, 1)]  # new, in progress, done
    [tester] = _rows(stats, "annotators")
    assert tester == ("tester", 2, 13, 3)


def test_progress_replays_status_changes_and_undo(project) -> None:
    ids = build_corpus(project)
    session = project.session()
    session.apply(SetStatus(ids[1], "done"))
    session.apply(SetStatus(ids[2], "reviewed"))
    session.undo()
    [day] = _rows(collect_stats(project), "progress")
    # imported 3; done: the first (done) and the second (in progress, then done).
    assert day[2] == 3 and day[3] == 2
    assert day[1] == len(
        project._conn.execute("SELECT 1 FROM action_log WHERE kind IN ('do', 'redo')").fetchall()
    )


def test_surfaces_fold_spellings_and_splits_cover_every_document(project) -> None:
    build_corpus(project)
    stats = collect_stats(project, split=SplitOptions((1, 1), 7))
    per = [row for row in _rows(stats, "surfaces") if row[0] == "PER"]
    assert per[0][2:] == ("Phan Việt Cường", 2)  # with PHAN VIỆT CƯỜNG
    splits = _rows(stats, "splits")
    assert sum(n for _, label, n in splits if label == "(documents)") == 3
    assert sum(n for _, label, n in splits if label == "PER") == 4


def test_files_are_csv_and_png_with_the_same_numbers(project, tmp_path: Path) -> None:
    build_corpus(project)
    stats = collect_stats(project, split=SplitOptions())
    written = write_stats_files(stats, tmp_path / "stats")
    names = sorted(p.name for p in written)
    assert "documents.csv" in names and "spans.png" in names and "splits.png" in names
    for path in written:
        if path.suffix == ".png":
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with (tmp_path / "stats" / "documents.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["status", "documents"]
    assert {r[0]: int(r[1]) for r in rows[1:]} == dict(_rows(stats, "documents"))


def test_statistics_never_replace_a_folder_holding_other_files(tmp_path: Path) -> None:
    """`stats --plot ~/Documents` replaced the folder whole, deleting what it held."""
    with create_project(tmp_path / "p.db", annotator="t") as project:
        project.add_document(SourceDocument(text="Ông Ba họp.", spans=((4, 6, "PER"),)))
        stats = collect_stats(project)
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "luan-van.txt").write_text("luận văn", encoding="utf-8")
    with pytest.raises(ExportError, match="holds luan-van.txt, which is not a statistics file"):
        write_stats_files(stats, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["luan-van.txt"]
    # Lookalike: a folder of an earlier run is replaced, as before.
    earlier = tmp_path / "stats"
    first = write_stats_files(stats, earlier)
    again = write_stats_files(stats, earlier)
    assert (
        sorted(p.name for p in earlier.iterdir())
        == sorted(p.name for p in again)
        == sorted(p.name for p in first)
    )
