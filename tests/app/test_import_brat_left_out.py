"""brat lines an import does not keep, and entities whose quoted text disagrees, are reported.

Events, attributes, normalizations and notes are not read: a linguist must
learn from the report that they were left out (with their count), not by
missing them later. An entity whose quoted text is not the text at its
offsets is read by its offsets and named, so a `.txt` changed since the
annotation shows before its spans are trusted.
"""

from __future__ import annotations

from pathlib import Path

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.store import create_project

TEXT = "Chủ tịch nước Võ Văn Thưởng thăm Hà Nội ngày 2/9.\n"
ANN = (
    "T1\tPER 14 27\tVõ Văn Thưởng\n"
    "T2\tLOC 33 39\tHà Nộ\n"
    "E1\tVISIT:T1\n"
    "A1\tNegated E1\n"
    "A2\tUncertain E1\n"
    "#1\tAnnotatorNotes T1\tchecked\n"
)


def test_events_attributes_notes_and_a_wrong_quote_are_in_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(ANN, encoding="utf-8")
    project = create_project(tmp_path / "p.db", annotator="tester")
    report = import_paths(project, [folder], options=ImportOptions(jobs=1))
    (doc_id,) = project.document_ids()
    text = project.document(doc_id).text
    spans = sorted((text[s.start : s.end], s.label) for s in project.spans(doc_id))
    stored = project.document(doc_id).meta["import_warnings"]
    project.close()
    assert spans == [("Hà Nội", "LOC"), ("Võ Văn Thưởng", "PER")]
    warnings = [w for _source, w in report.warnings]
    assert warnings == stored
    assert "a.ann: event lines left out (1)" in " ".join(warnings)
    assert "a.ann: attribute lines left out (2)" in " ".join(warnings)
    assert "a.ann: note lines left out (1)" in " ".join(warnings)
    assert any("'Hà Nộ' is not the text at its offsets 'Hà Nội'" in w for w in warnings)
    assert len(warnings) == 4
