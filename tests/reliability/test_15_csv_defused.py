"""Item 15 (CSV part): formula cells are defused after leading spaces and in fullwidth forms too."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.core.model import SourceDocument
from annotator.formats.csv_entities import defuse
from annotator.store import create_project

DANGEROUS = [
    " =1+1",
    "  +SUM(A1)",
    "\t=cmd",
    " -2+3",
    " @x",
    "＝1+1",
    "＋1",
    "－1",
    "＠A1",
    "\u3000=1",
]


@pytest.mark.parametrize("value", DANGEROUS)
def test_a_cell_a_spreadsheet_would_run_is_quoted(value: str) -> None:
    assert defuse(value) == "'" + value


@pytest.mark.parametrize("value", ["Hà Nội", "1+1", "a=b", "Lê Trí Thanh"])
def test_ordinary_cells_are_unchanged(value: str) -> None:
    assert defuse(value) == value


def test_the_csv_export_holds_no_live_formula(tmp_path: Path) -> None:
    text = "Bài:  =HYPERLINK(x) và ＝1+1 hết."
    project = create_project(tmp_path / "p.db", annotator="tester")
    doc_id = project.add_document(
        SourceDocument(text=text, title=" =1+1", spans=((4, 20, "PER"), (24, 28, "ORG")))
    )
    options = ExportOptions(format="csv", out=tmp_path / "csv", selection=Selection(statuses=()))
    run_export(project, options)
    project.close()
    with (tmp_path / "csv" / "all.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert doc_id and rows
    for row in rows:
        for cell in row[:4]:
            stripped = cell.lstrip(" \t\u3000")
            assert not stripped.startswith(("=", "+", "-", "@", "＝", "＋", "－", "＠")), cell
