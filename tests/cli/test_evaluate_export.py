"""The project's own JSONL export is read as gold by `evaluate`, relations included.

A trainer who exported finished documents and scored the suggesters on them
was told the file was "not a gold document": the export writes "label".
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.app.evaluate import read_gold
from annotator.cli import cli


def test_evaluate_reads_the_jsonl_export_as_gold(project_file: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "gold"
    args = ["export", str(project_file), "--format", "jsonl", "--out", str(out), "--quiet"]
    assert runner.invoke(cli, args).exit_code == 0
    gold = out / "all.jsonl"
    first = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    assert "label" in first and "spans" not in first
    result = runner.invoke(cli, ["evaluate", str(gold), "--json", "--gold-spans"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert {"PER", "ROLE", "LOC"} <= set(scores["labels"])
    (doc, *_) = [d for d in read_gold(gold) if d.relations]
    surfaces = {
        (
            doc.text[doc.spans[h][0] : doc.spans[h][1]],
            kind,
            doc.text[doc.spans[t][0] : doc.spans[t][1]],
        )
        for h, t, kind in doc.relations
    }
    assert ("Lê Trí Thanh", "HOLDS", "Bí thư Tỉnh ủy Quảng Nam") in surfaces
