"""An import says when it composed accents typed apart from their letters (Unicode NFC).

`t u o U+0302 U+0309 i` is stored as `tuổi`: the offsets of the file's own
tools counted the marks apart, so the report must say how many were composed
and why, on the command line and in the window, as it does for invisibles.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions
from annotator.cli import cli
from annotator.core.distinct import WARNINGS_KEY
from annotator.core.textnorm import composed_marks
from annotator.formats import jsonl

DECOMPOSED = (
    "Ông An, tuo\u0302\u0309i 50, ve\u0302\u0300 Hue\u0302\u0301."  # three words typed apart
)
COMPOSED = "Ông An, tuổi 50, về Huế."


def test_composed_marks_are_counted_and_a_composed_text_has_none() -> None:
    assert composed_marks(DECOMPOSED, COMPOSED) == 6
    assert composed_marks(COMPOSED, COMPOSED) == 0


def test_a_jsonl_record_typed_apart_gets_the_warning_with_its_count() -> None:
    doc = jsonl.document_from_object({"text": DECOMPOSED})
    assert doc.text == COMPOSED
    (warning,) = doc.meta[WARNINGS_KEY]
    assert warning.startswith("composed 6 accent marks with their letters (Unicode NFC")
    assert WARNINGS_KEY not in jsonl.document_from_object({"text": COMPOSED}).meta


def test_the_command_line_report_counts_the_documents_and_marks(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Bài một\n{DECOMPOSED}\n", encoding="utf-8")
    (folder / "b.txt").write_text("Bài hai\nHo\u0302\u0323i nghị.\n", encoding="utf-8")
    (folder / "c.txt").write_text(f"Bài ba\n{COMPOSED}\n", encoding="utf-8")
    project = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(project)]).exit_code == 0
    result = runner.invoke(cli, ["import", str(project), str(folder)])
    assert result.exit_code == 0, result.output
    assert "2 × composed" in result.output.replace("  ", ""), result.output
    assert "a.txt: composed 6 accent marks with their letters" in result.output
    assert "b.txt: composed 2 accent marks with their letters" in result.output


def test_the_window_reads_the_warning_in_vietnamese(qapp, project, tmp_path: Path) -> None:
    from annotator.gui.i18n import install_translator
    from annotator.gui.messages import shown

    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"text": DECOMPOSED}, ensure_ascii=False), encoding="utf-8")
    report = import_paths(project, [path], options=ImportOptions())
    (group,) = report.warning_groups()
    install_translator("vi")
    try:
        line = shown(group.line())
    finally:
        install_translator("en")
    assert "6" in line and "đã ghép 6 dấu" in line and "NFC" in line, line
