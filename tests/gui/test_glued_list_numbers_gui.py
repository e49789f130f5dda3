"""In the real window, a bill glued to the next list item's number is selected, saved and exported alone.

The list is invented, in the form news sources print: each item's number
glued to the last word of the item before it ("bất động sản3."). A drag or
the keyboard inside that word stops before the number; the DOC key stores
the bill; the CoNLL export writes `sản` and `3` as two tokens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.core.operations import SetStatus
from annotator.gui.export.dialog import ExportDialog
from annotator.store import create_project
from tests.gui.helpers import click_text, drag_select, stored_spans

TEXT = "Sẽ cho ý kiến:\n1. Luật bảo hiểm y tế2. Luật kinh doanh bất động sản3. Luật thủy sản."
BILL = "Luật kinh doanh bất động sản"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(make_window, tmp_path):
    path = tmp_path / "bills.db"
    with create_project(path, annotator="tester") as project:
        doc_id = project.add_document(SourceDocument(text=TEXT, title="Luật"))
    window = make_window(path)
    window.open_document(doc_id)
    return window, path, doc_id


def _conll_rows(qtbot, window, out: Path) -> list[list[str]]:
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentText("conll")
    dialog.out_edit.setText(str(out))
    dialog.preview()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    lines = (out / "all.conll").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("-DOCSTART-")]


def test_a_dragged_bill_stops_before_the_glued_number_and_exports_alone(
    qtbot, make_window, tmp_path
):
    window, path, doc_id = _window(make_window, tmp_path)
    start = TEXT.index(BILL)
    end = start + len(BILL)
    drag_select(qtbot, window.editor, start + 1, end - 1)  # inside `Luật` and inside `sản3`
    assert window.editor.selection_range() == (start, end)
    qtbot.keyClick(window.editor, "7")
    (span,) = stored_spans(path, doc_id)
    assert (TEXT[span.start : span.end], span.label) == (BILL, "DOC")
    window.project.session().apply(SetStatus(doc_id, "done"))
    rows = _conll_rows(qtbot, window, tmp_path / "ds")
    forms = [row[0] for row in rows]
    at = forms.index("3")
    assert forms[at - 1 : at + 2] == ["sản", "3", "."]
    assert [rows[at - 1][-1], rows[at][-1], rows[at + 1][-1]] == ["I-DOC", "O", "O"]
    assert rows[forms.index("Luật", at)][-1] == "O"


def test_the_keyboard_steps_over_the_word_then_the_number(qtbot, make_window, tmp_path):
    window, _path, _doc_id = _window(make_window, tmp_path)
    word = TEXT.index("sản3")
    click_text(qtbot, window.editor, word)
    assert window.editor.caret_cp() == word
    qtbot.keyClick(window.editor, Qt.Key.Key_Right, CTRL_SHIFT)
    assert window.editor.selection_range() == (word, word + len("sản"))
    qtbot.keyClick(window.editor, Qt.Key.Key_Right, CTRL_SHIFT)
    assert window.editor.selection_range() == (word, word + len("sản3"))
