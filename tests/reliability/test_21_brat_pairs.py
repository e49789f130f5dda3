"""Item 21: brat pairs are read once, and inverted offsets are reported, never swapped.

`T1 PER 19 4` used to be read silently as 4..19, and each `.txt`/`.ann`
pair was read twice, so a fresh project reported "already in the project"
twins and every error twice.
"""

from __future__ import annotations

from pathlib import Path

from annotator.app.importing.importer import import_paths
from annotator.store import create_project

TEXT = "Ông Lê Trí Thanh dự hội nghị ở Hà Nội."


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tPER 16 4\tLê Trí Thanh\nT2\tLOC 31 37\tHà Nội\nR1\tAT Arg1:T1 Arg2:T2\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("Hội nghị ở Huế.", encoding="utf-8")
    (folder / "b.ann").write_text("T1\tLOC 11 14\tHuế\n", encoding="utf-8")
    return folder


def test_each_pair_is_read_once(tmp_path: Path) -> None:
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        report = import_paths(project, [_folder(tmp_path)])
    finally:
        project.close()
    assert report.imported == 2
    assert report.duplicates == 0
    assert len(report.warnings) == 2  # the inverted entity and its relation, once each


def test_inverted_offsets_are_reported_not_swapped(tmp_path: Path) -> None:
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        report = import_paths(project, [_folder(tmp_path) / "a.ann"])
        (doc_id,) = project.document_ids()
        spans = [(TEXT[s.start : s.end], s.label) for s in project.spans(doc_id)]
    finally:
        project.close()
    assert spans == [("Hà Nội", "LOC")]  # Lê Trí Thanh is not read back from 16..4
    warnings = [w for _, w in report.warnings]
    assert any("T1" in w and "end (4) comes before its start (16)" in w for w in warnings)
    assert any("relation R1" in w for w in warnings)


def test_lines_that_do_not_parse_are_reported_not_dropped_silently(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tPER\t4\t16\tLê Trí Thanh\nT2\tLOC 31 37\tHà Nội\nR1\tAT T1 T2\n", encoding="utf-8"
    )
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        report = import_paths(project, [folder])
        (doc_id,) = project.document_ids()
        spans = [(TEXT[s.start : s.end], s.label) for s in project.spans(doc_id)]
    finally:
        project.close()
    assert spans == [("Hà Nội", "LOC")]
    warnings = [w for _, w in report.warnings]
    assert any("line 1" in w and "not read as brat writes it" in w for w in warnings), warnings
    assert any("line 3" in w and "not read as brat writes it" in w for w in warnings), warnings
