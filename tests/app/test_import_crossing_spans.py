"""A corpus whose annotations cross keeps them, and its import report counts them.

Spans nest but do not cross (resources/guidelines.md); the window refuses to
make a crossing pair, but a corpus is its annotators' work: the import keeps
what the file has and says how many cross, where it said nothing before.
"""

from __future__ import annotations

from pathlib import Path

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.core.crossing import crossing_pairs
from annotator.store import create_project

TEXT = "Chủ tịch nước Võ Văn Thưởng thăm Hà Nội ngày 2/9.\n"


def _import(tmp_path: Path, ann: str):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(ann, encoding="utf-8")
    project = create_project(tmp_path / "p.db", annotator="tester")
    report = import_paths(project, [folder], options=ImportOptions(jobs=1))
    (doc_id,) = project.document_ids()
    text = project.document(doc_id).text
    spans = sorted((text[s.start : s.end], s.label) for s in project.spans(doc_id))
    own = project.document(doc_id).meta.get("import_warnings", [])
    project.close()
    return spans, [w for _source, w in report.warnings], own


def test_crossing_annotations_are_kept_and_counted(tmp_path: Path) -> None:
    spans, warnings, own = _import(
        tmp_path,
        "T1\tROLE 0 13\tChủ tịch nước\nT2\tPER 14 27\tVõ Văn Thưởng\n"
        "T3\tEVENT 21 39\tThưởng thăm Hà Nội\n",
    )
    assert ("Thưởng thăm Hà Nội", "EVENT") in spans and ("Võ Văn Thưởng", "PER") in spans
    assert len(warnings) == 1, warnings
    assert "annotations crossing another's edge: 2 (kept as the file has them" in warnings[0]
    # The document's own warnings (its information panel) say which ones, and where.
    assert own == [
        "annotations crossing another's edge here: 2 (kept as the file has them): "
        "PER “Võ Văn Thưởng” ¶1 × EVENT “Thưởng thăm Hà Nội” ¶1"
    ]


def test_nested_annotations_are_no_news(tmp_path: Path) -> None:
    _spans, warnings, own = _import(
        tmp_path, "T1\tEVENT 14 39\tVõ Văn Thưởng thăm Hà Nội\nT2\tPER 14 27\tVõ Văn Thưởng\n"
    )
    assert warnings == [] and own == []


def test_crossing_pairs_find_only_edges_inside_each_other() -> None:
    spans = [(0, 10, "A"), (2, 5, "B"), (5, 12, "C"), (0, 10, "D"), (10, 14, "E")]
    assert crossing_pairs(spans) == [(0, 2), (3, 2), (2, 4)]
