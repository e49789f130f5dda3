"""Same text, different annotations: both documents kept and named; articles still skipped."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions

ROWS = [
    {"text": "Ông A đến Huế.", "label": [[4, 5, "PER"]]},
    {"text": "Ông A đến Huế.", "label": [[10, 13, "LOC"]]},
    {"text": "Ông A đến Huế.", "label": [[4, 5, "PER"]]},
    {"text": "Một bài không nhãn."},
    {"text": "Một bài không nhãn."},
]


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    return path


def test_records_with_the_same_text_are_kept_with_their_own_annotations(project, tmp_path) -> None:
    report = import_paths(project, [_file(tmp_path)])
    assert report.imported == 4 and report.duplicates == 1  # the plain article's twin
    labels = sorted(tuple(s.label for s in project.spans(i)) for i in project.document_ids())
    assert labels == [(), ("LOC",), ("PER",), ("PER",)]
    named = [doc for doc, first in report.same_text]
    assert len(named) == 2 and all(first.endswith(":1") for _, first in report.same_text)
    assert any("same text" in line for line in report.details())


def test_a_rerun_adds_nothing(project, tmp_path) -> None:
    import_paths(project, [_file(tmp_path)])
    again = import_paths(project, [_file(tmp_path)])
    assert again.imported == 0 and again.duplicates == 5
    assert project.document_count() == 4


def test_skip_mode_keeps_one_document_per_text(project, tmp_path) -> None:
    report = import_paths(project, [_file(tmp_path)], options=ImportOptions(duplicates="skip"))
    assert report.imported == 2 and report.duplicates == 3


def test_a_file_skipped_as_already_imported_reports_no_warning_about_its_text(
    project, tmp_path
) -> None:
    """Composing accents again, for text that is not stored, is nothing to warn about."""
    path = tmp_path / "bai.txt"
    path.write_text("Ông A đến Hue\u0302\u0301 hôm qua.", encoding="utf-8")
    first = import_paths(project, [path])
    assert first.imported == 1 and any("accent" in w for _, w in first.warnings)
    again = import_paths(project, [path])
    assert again.imported == 0 and again.duplicates == 1
    assert again.warnings == []
    assert not any("accent" in line for line in again.details())
