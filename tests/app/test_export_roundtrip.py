"""End to end through real projects: export -> import (registry readers) -> export is byte-identical."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.exporting.tokens import TokenOptions
from annotator.app.importing.importer import import_paths
from annotator.store import create_project
from tests.formats.pipeline import build_project


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "README.md"
    }


@pytest.mark.parametrize(
    ("fmt", "tokens", "overlap"),
    [
        ("jsonl", TokenOptions(), "outermost"),
        ("brat", TokenOptions(), "outermost"),
        ("conll", TokenOptions(block="sentence"), "layers"),
        ("conll", TokenOptions(block="paragraph"), "outermost"),
    ],
)
def test_export_import_export_is_byte_identical(
    project, tmp_path: Path, fmt: str, tokens: TokenOptions, overlap: str
) -> None:
    build_project(project)
    options = ExportOptions(
        format=fmt,
        out=tmp_path / "first",
        tokens=tokens,
        overlap=overlap,
        selection=Selection(statuses=()),
    )
    run_export(project, options)
    second_project = create_project(tmp_path / "second.db", annotator="tester")
    try:
        report = import_paths(second_project, [tmp_path / "first"])
        assert second_project.document_count() == 3, report
        run_export(
            second_project, ExportOptions(**{**options.__dict__, "out": tmp_path / "second"})
        )
    finally:
        second_project.close()
    first, second = _files(tmp_path / "first"), _files(tmp_path / "second")
    assert first and first == second


def test_imported_annotations_are_accepted_with_origin_imported(project, tmp_path: Path) -> None:
    build_project(project)
    run_export(project, ExportOptions(format="jsonl", out=tmp_path / "j"))
    target = create_project(tmp_path / "t.db", annotator="tester")
    try:
        import_paths(target, [tmp_path / "j" / "all.jsonl"])
        doc_id = target.document_ids()[0]
        spans = target.spans(doc_id, states=None)
        assert spans and {(s.origin, s.state) for s in spans} == {("imported", "accepted")}
        assert len(target.relations(doc_id)) == 3
    finally:
        target.close()


def test_split_export_writes_each_split_and_counts_in_the_card(project, tmp_path: Path) -> None:
    build_project(project)
    result = run_export(
        project, ExportOptions(format="jsonl", out=tmp_path / "s", split=(1, 1, 1), seed=7)
    )
    assert set(result.files) == {"train.jsonl", "dev.jsonl", "test.jsonl"}
    assert sum(result.stats.documents.values()) == 3
    card = (tmp_path / "s" / "README.md").read_text(encoding="utf-8")
    for split in ("train", "dev", "test"):
        assert f"| {split} | {result.stats.documents[split]} |" in card
    again = run_export(
        project, ExportOptions(format="jsonl", out=tmp_path / "s2", split=(1, 1, 1), seed=7)
    )
    assert (
        _files(tmp_path / "s") == _files(tmp_path / "s2")
        and again.stats.documents == result.stats.documents
    )
