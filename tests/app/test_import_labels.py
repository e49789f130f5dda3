"""Labels are never a reason to lose a document: added by default, refused on request, renamed
only by an explicit map (and written back under their source names at level source)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.importing.importer import import_paths
from annotator.app.importing.labels import read_label_map
from annotator.app.importing.reading import ImportOptions
from annotator.core.errors import AnnotatorError

CONLL = "Ông\tO\nA\tB-PERSON\nở\tO\nHuế\tB-LOCATION\n\nTrận\tO\nlụt\tB-MISC\n"


def _conll(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.conll"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_unknown_labels_are_added_and_listed(project, tmp_path: Path) -> None:
    report = import_paths(project, [_conll(tmp_path)])
    assert report.imported == 2 and not report.skipped
    assert {"PERSON", "LOCATION", "MISC"} <= set(project.schema().label_names())
    assert dict(report.schema.labels_added) == {"PERSON": 1, "LOCATION": 1, "MISC": 1}
    assert any("New labels added to the schema" in line for line in report.details())
    # Added as part of the import: the user's next undo does not take them back.
    assert project.session().undo() is None


def test_refuse_mode_skips_with_counts_and_reason(project, tmp_path: Path) -> None:
    report = import_paths(project, [_conll(tmp_path)], options=ImportOptions(new_labels="refuse"))
    assert report.imported == 0 and len(report.skipped) == 2
    (group,) = [g for g in report.skip_groups() if "unknown label 'LOCATION'" in g.reason]
    assert (group.documents, group.entities) == (1, 2)
    assert report.lost


def test_label_map_renames_and_source_export_writes_the_source_names(
    project, tmp_path: Path
) -> None:
    mapping = {"PERSON": "PER", "LOCATION": "LOC"}
    report = import_paths(
        project, [_conll(tmp_path)], options=ImportOptions(label_map=tuple(mapping.items()))
    )
    assert set(report.schema.labels_added) == {"MISC"}  # PER and LOC were there already
    stats = project.stats()["labels"]
    assert "PER" in stats and "LOC" in stats and "PERSON" not in stats
    assert report.schema.renamed[("PERSON", "PER")] == 1
    options = ExportOptions(format="conll", out=tmp_path / "out", selection=Selection(statuses=()))
    run_export(project, options)
    assert (tmp_path / "out" / "all.conll").read_text(encoding="utf-8") == CONLL + "\n"
    syllables = ExportOptions(
        format="conll",
        out=tmp_path / "syl",
        selection=Selection(statuses=()),
        tokens=options.tokens.__class__(level="syllable"),
    )
    run_export(project, syllables)
    assert "B-PER" in (tmp_path / "syl" / "all.conll").read_text(encoding="utf-8")


def test_relation_types_are_added_or_widened(project, tmp_path: Path) -> None:
    path = tmp_path / "rel.jsonl"
    rows = [
        {
            "text": "Ông A giữ chức B.",
            "label": [[4, 5, "PER"], [15, 16, "ROLE"]],
            "relations": [[0, 1, "APPOINTED"]],
        },
        {
            "text": "Ông C giữ chức D.",
            "label": [[4, 5, "PER"], [15, 16, "ORG"]],
            "relations": [[0, 1, "HOLDS"]],
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = import_paths(project, [path])
    assert report.imported == 2
    assert report.schema.types_added == ["APPOINTED"]
    holds = project.schema().relation("HOLDS")
    assert "ORG" in holds.tail_labels and "ROLE" in holds.tail_labels


def test_label_map_files(tmp_path: Path) -> None:
    text = tmp_path / "map.txt"
    text.write_text(
        "# corpus names\nLOCATION = LOC\nPERSON -> PER\nCHỨC VỤ\tROLE\n", encoding="utf-8"
    )
    assert read_label_map(text) == {"LOCATION": "LOC", "PERSON": "PER", "CHỨC VỤ": "ROLE"}
    data = tmp_path / "map.json"
    data.write_text('{"ORGANIZATION": "ORG"}', encoding="utf-8")
    assert read_label_map(data) == {"ORGANIZATION": "ORG"}
    bad = tmp_path / "bad.txt"
    bad.write_text("LOCATION\n", encoding="utf-8")
    with pytest.raises(AnnotatorError, match="line 1"):
        read_label_map(bad)
