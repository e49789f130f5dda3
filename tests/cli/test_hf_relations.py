"""Hugging Face exports carry relations, `datasets` loads them, and import reads them back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project

pytest.importorskip("datasets")


def _export(project_file: Path, out: Path, *extra: str) -> str:
    args = ["export", str(project_file), "--format", "hf", "--out", str(out), "--quiet"]
    result = CliRunner().invoke(cli, [*args, "--block", "paragraph", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _relations_by_surface(dataset) -> set[tuple[str, str, str, str]]:
    """(type, head words, tail words, tail label) of every relation cell, found by its row."""
    rows = {row["id"]: row for row in dataset}
    found = set()
    for row in dataset:
        for cell in row["relations"]:
            tail_row = rows[cell["tail_row"]]
            head = " ".join(row["tokens"][cell["head_start"] : cell["head_end"]])
            tail = " ".join(tail_row["tokens"][cell["tail_start"] : cell["tail_end"]])
            found.add((cell["type"], head, tail, cell["tail_label"]))
    return found


def test_hf_export_has_a_relations_column_datasets_loads(
    project_file: Path, tmp_path: Path
) -> None:
    import datasets

    output = _export(project_file, tmp_path / "hf")
    train = datasets.load_from_disk(str(tmp_path / "hf" / "hf"))["all"]
    assert _relations_by_surface(train) == {
        ("HOLDS", "Lê Trí Thanh", "Bí thư Tỉnh ủy Quảng Nam", "ROLE"),
        ("PARTICIPATES", "Lê Trí Thanh", "hội nghị", "EVENT"),
        ("WHEN", "hội nghị", "sáng 23.2", "DATE"),
    }
    assert train.column_names == ["id", "document", "tokens", "ner_tags", "relations"]
    parquet = datasets.Dataset.from_parquet(str(tmp_path / "hf" / "parquet" / "all.parquet"))
    assert parquet["relations"] == train["relations"]
    # Every accepted relation went out: the loss report no longer says relations were left out.
    assert "HOLDS" not in output and "WHEN" not in output


def test_a_relation_whose_span_the_flat_tags_drop_is_reported(
    project_file: Path, tmp_path: Path
) -> None:
    """Innermost keeps ORG inside the ROLE: HOLDS (PER → ROLE) cannot be written, and says so."""
    import datasets

    output = _export(project_file, tmp_path / "hf", "--overlap", "innermost")
    train = datasets.load_from_disk(str(tmp_path / "hf" / "hf"))["all"]
    assert {cell[0] for cell in _relations_by_surface(train)} == {"PARTICIPATES", "WHEN"}
    assert "“Lê Trí Thanh → Bí thư Tỉnh ủy Quảng Nam” HOLDS" in output


def test_hf_relations_come_back_through_import(project_file: Path, tmp_path: Path) -> None:
    _export(project_file, tmp_path / "hf", "--overlap", "layers")
    back = tmp_path / "back.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(back)]).exit_code == 0
    parquet = tmp_path / "hf" / "parquet" / "all.parquet"
    result = runner.invoke(cli, ["import", str(back), str(parquet), "--quiet"])
    assert result.exit_code == 0, result.output
    project = open_project(back, access="read")
    try:
        found = set()
        for doc_id in project.document_ids():
            document = project.document(doc_id)
            spans = {s.id: s for s in project.spans(doc_id)}
            for relation in project.relations(doc_id):
                head, tail = spans[relation.head], spans[relation.tail]
                found.add(
                    (
                        relation.type,
                        document.text[head.start : head.end],
                        document.text[tail.start : tail.end],
                    )
                )
    finally:
        project.close()
    assert found == {
        ("HOLDS", "Lê Trí Thanh", "Bí thư Tỉnh ủy Quảng Nam"),
        ("PARTICIPATES", "Lê Trí Thanh", "hội nghị"),
        ("WHEN", "hội nghị", "sáng 23.2"),
    }


def test_an_export_folder_comes_back_once_though_each_split_is_written_twice(
    project_file: Path, tmp_path: Path
) -> None:
    """`hf/<split>/*.arrow` and `parquet/<split>.parquet` hold the same rows: one is read."""
    _export(project_file, tmp_path / "hf")
    exported = open_project(project_file, access="read")
    try:
        count = len(exported.document_ids())
    finally:
        exported.close()
    back = tmp_path / "back.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(back)]).exit_code == 0
    result = runner.invoke(cli, ["import", str(back), str(tmp_path / "hf")])
    assert result.exit_code == 0, result.output
    assert "3 imported, 0 already in the project, 0 skipped" in result.output
    project = open_project(back, access="read")
    try:
        assert len(project.document_ids()) == count
    finally:
        project.close()
