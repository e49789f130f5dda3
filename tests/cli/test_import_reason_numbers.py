"""A group of alike import warnings says the range of its numbers, not the first file's."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli

# Each "ố" typed as o + two combining marks: composing it counts two marks.
WORDS = ["Quốc", "hội", "Tổng", "Bộ", "tố", "cáo"]


def test_a_warning_group_spans_the_counts_of_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "bai"
    folder.mkdir()
    for name, count in (("a.txt", 1), ("b.txt", 3), ("c.txt", 6)):
        text = " ".join(WORDS[:count]) + " họp ở Hà Nội."
        decomposed = " ".join(unicodedata.normalize("NFD", w) for w in WORDS[:count])
        (folder / name).write_text(text.replace(" ".join(WORDS[:count]), decomposed), "utf-8")
    project = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(project)]).exit_code == 0
    result = runner.invoke(cli, ["import", str(project), str(folder), "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    group = [line for line in lines if line.startswith("3 × composed")]
    assert len(group) == 1, result.output
    assert group[0].startswith("3 × composed 2–11 accent marks with their letters"), group
    # Each example still says its own file's number.
    assert any(line.startswith("e.g. ") and "composed 2 accent marks" in line for line in lines)
