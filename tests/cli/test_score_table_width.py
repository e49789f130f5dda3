"""Score tables keep their columns under long label names (PhoNER's SYMPTOM_AND_DISEASE)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli


def test_evaluate_columns_line_up_under_long_labels(tmp_path: Path) -> None:
    text = "Bệnh nhân 91 bị viêm phổi nặng ở Hà Nội."
    spans = [[10, 12, "PATIENT_ID"], [16, 30, "SYMPTOM_AND_DISEASE"], [33, 39, "LOCATION"]]
    gold = tmp_path / "gold.jsonl"
    row = {"text": text, "spans": spans}
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--suggester", "rules"])
    assert result.exit_code == 0, result.output
    table = [
        line for line in result.output.splitlines() if line.split()[:1] == ["SYMPTOM_AND_DISEASE"]
    ]
    header = next(line for line in result.output.splitlines() if line.startswith("label"))
    assert table, result.output
    for line in table:
        assert len(line) == len(header), (line, header)  # the numbers end under P, R, F1
