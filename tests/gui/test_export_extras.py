"""The Export dialog greys out formats whose extra is missing, and says what to install."""

from __future__ import annotations

import json
import sys

import pytest
from PySide6.QtCore import Qt

from annotator.gui.export.dialog import ExportDialog
from annotator.gui.export.memory import LAST_CHOICES
from annotator.gui.settings import user_settings
from tests.formats.pipeline import build_project


@pytest.fixture
def without_extras(monkeypatch):
    """As if spaCy and datasets were not installed: importing them fails."""
    for name in ("spacy", "datasets"):
        monkeypatch.setitem(sys.modules, name, None)


def _dialog(qtbot, project) -> ExportDialog:
    dialog = ExportDialog(project)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _item(dialog: ExportDialog, fmt: str):
    return dialog.format_box.model().item(dialog.format_box.findText(fmt))


def test_formats_without_their_extra_are_greyed_with_the_reason(qtbot, project, without_extras):
    dialog = _dialog(qtbot, project)
    spacy, hf = _item(dialog, "spacy"), _item(dialog, "hf")
    assert not spacy.isEnabled() and not hf.isEnabled()
    assert "pip install 'annotator[spacy]'" in spacy.toolTip()
    assert "pip install 'annotator[hf]'" in hf.toolTip()
    assert _item(dialog, "conll").isEnabled() and _item(dialog, "csv").isEnabled()
    assert dialog.unavailable_label.isVisible()
    assert "spacy: greyed out, spaCy is not installed (pip install 'annotator[spacy]')" in (
        dialog.unavailable_label.text()
    )


def test_the_keyboard_steps_over_greyed_formats(qtbot, project, without_extras):
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("brat")  # spacy and hf follow brat, then csv
    dialog.format_box.setFocus()
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)
    assert dialog.format_box.currentText() == "csv"


def test_a_remembered_format_that_cannot_be_written_falls_back(qtbot, project, without_extras):
    user_settings().setValue(LAST_CHOICES, json.dumps({"format": "spacy"}))
    dialog = _dialog(qtbot, project)
    assert dialog.format_box.currentText() == "conll"


def test_preview_of_a_format_without_its_extra_names_it(qtbot, project, tmp_path, without_extras):
    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("hf")  # only a program can choose it now
    dialog.out_edit.setText(str(tmp_path / "hf"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "Nothing" in dialog.report.toPlainText())
    assert "pip install 'annotator[hf]'" in dialog.report.toPlainText()
    assert not dialog.export_button.isEnabled()


def test_with_every_extra_installed_nothing_is_greyed(qtbot, project):
    dialog = _dialog(qtbot, project)
    model = dialog.format_box.model()
    assert all(model.item(i).isEnabled() for i in range(model.rowCount()))
    assert not dialog.unavailable_label.isVisible()
