"""The Export dialog writes sources from the import folder, and full paths only when ticked."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.gui.export.dialog import ExportDialog
from annotator.store import open_project
from tests.app.test_export_shared_sources import import_outside


def _export(qtbot, dialog: ExportDialog, out: Path) -> list[str]:
    dialog.format_box.setCurrentText("jsonl")
    assert dialog.absolute_sources_check.isEnabled()
    assert "the full path stays in the project" in dialog.absolute_sources_check.toolTip()
    dialog.status_checks["new"].setChecked(True)
    dialog.out_edit.setText(str(out))
    dialog.preview()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    return [json.loads(line)["source"] for line in (out / "all.jsonl").open(encoding="utf-8")]


def test_the_dialog_keeps_folders_out_unless_asked(qtbot, tmp_path: Path) -> None:
    path, home = import_outside(tmp_path)
    with open_project(path) as project:
        dialog = ExportDialog(project)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.absolute_sources_check.isChecked()
        dialog.format_box.setCurrentText("conll")  # writes no source: the box does not apply
        assert not dialog.absolute_sources_check.isEnabled()
        assert "Not used by the conll format" in dialog.absolute_sources_check.toolTip()
        sources = _export(qtbot, dialog, tmp_path / "shared")
        assert "bao-2021/thang1/a.txt" in sources and not any(str(home) in s for s in sources)
        assert "5 document sources written from the folder" in dialog.report.toPlainText()
        dialog.absolute_sources_check.setChecked(True)
        assert dialog.previewed is None  # the report no longer matches the choices
        dialog.result_ = None
        sources = _export(qtbot, dialog, tmp_path / "full")
        assert str(home / "le.txt") in sources
        assert "5 document sources written as full paths" in dialog.report.toPlainText()
