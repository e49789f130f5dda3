"""Everyday comfort: the View menu and zoom, find with and without diacritics, Preferences
(annotator name for the GUI and the command line, font, spacing, questions), keyboard shortcuts,
label descriptions edited in the schema editor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton

from annotator.core.operations import AddSuggestions
from annotator.core.user_config import CONFIG_ENV
from annotator.gui.settings import FONT_SIZE, preference
from tests.gui.helpers import NAME, drag_select, seed_doc_id, type_text

REPO = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


def test_view_menu_lists_every_panel_and_zoom_is_remembered(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    names = [a.text() for a in view.actions() if a.text()]
    for panel in ("Documents", "Guidelines", "Labels", "Annotations", "Relations", "Document"):
        assert panel in names
    assert {"Zoom in", "Zoom out", "Reset zoom", "Show relations as arcs"} <= {
        n.replace("&", "") for n in names
    }
    annotations = next(a for a in view.actions() if a.text() == "Annotations")
    annotations.trigger()
    assert not window.docks["Annotations"].isVisible()
    annotations.trigger()
    assert window.docks["Annotations"].isVisible()
    size = window.editor.font().pointSizeF()
    qtbot.keyClick(window.editor, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Equal, CTRL)
    assert window.editor.font().pointSizeF() == size + 2
    qtbot.keyClick(window.editor, Qt.Key.Key_Minus, CTRL)
    assert window.editor.font().pointSizeF() == size + 1
    assert preference(FONT_SIZE, 0) == size + 1
    window.close()
    again = make_window(demo_path)
    assert again.editor.font().pointSizeF() == size + 1  # remembered
    qtbot.keyClick(again.editor, Qt.Key.Key_0, CTRL)
    assert again.editor.font().pointSizeF() == 12


def test_find_with_and_without_diacritics(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(bar.query.hasFocus)
    type_text(bar.query, "tinh uy")
    qtbot.waitUntil(lambda: len(bar.matches) > 0)
    found = [text[s:e] for s, e in bar.matches]
    assert set(found) == {"Tỉnh ủy"} and len(found) == text.count("Tỉnh ủy")
    assert bar.count_label.text() == f"1 of {len(found)}"
    assert window.editor._find == bar.matches
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {len(found)}"
    caret = window.editor.caret_cp()
    assert caret == bar.matches[1][0]  # the text scrolled to the match
    bar.diacritics.setChecked(True)
    assert bar.matches == []  # "tinh uy" has no marks: only an exact spelling matches now
    bar.query.clear()
    type_text(bar.query, "tỉnh ủy")
    qtbot.waitUntil(lambda: len(bar.matches) == len(found))
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.editor._find == []


def test_preferences_name_font_spacing_and_questions(qtbot, make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    window.commands.preferences.trigger()
    dialog = window.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "Nguyễn Thị Lan")
    dialog.size_spin.setValue(15)
    dialog.spacing_spin.setValue(20)
    dialog.confirm_check.setChecked(False)
    dialog.accept()
    assert window.editor.font().pointSizeF() == 15
    assert window.editor.arcs.paragraph_gap == 20
    second = window.editor.document().findBlockByNumber(1)
    window.editor.blockBoundingGeometry(second)  # lays it out, if it was not yet
    assert second.layout().lineCount() and second.layout().lineAt(0).y() >= 20
    assert "Nguyễn Thị Lan" in window.status.annotator_label.text()
    text = window.project.document(doc_id).text
    start = text.index(NAME)
    window.editor.setFocus()
    drag_select(qtbot, window.editor, start, start + len(NAME))
    qtbot.keyClick(window.editor, "1")
    (span,) = window.project.spans(doc_id)
    assert span.annotator == "Nguyễn Thị Lan"
    # The command line signs with the same name.
    env = {**os.environ, CONFIG_ENV: os.environ[CONFIG_ENV]}
    article = tmp_path / "bai.txt"
    article.write_text("Hội nghị Ban Chấp hành Trung ương.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "import", str(demo_path), str(article)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    info = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "info", str(demo_path), "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Nguyễn Thị Lan" in json.loads(info.stdout)["annotators"]
    # No question any more: Ctrl+Enter marks done at once.
    window.editor.setFocus()
    place = text.index("Quảng Nam")
    window.context.apply(AddSuggestions(doc_id, ((place, place + 9, "LOC", "rules"),)))
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    assert window.project.document(doc_id).status == "done"


def test_keyboard_shortcuts_are_listed(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    window.commands.shortcuts.trigger()
    dialog = window.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    keys = dialog.keys()
    for key in ("Enter", "Backspace", "Space / Shift+Space", "R", "F8", "F1", "Ctrl+F", "1", "7"):
        assert key in keys, key
    dialog.close()


def test_label_descriptions_are_edited_in_the_schema_editor(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    dialog = window.make_schema_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.labels
    tree.setCurrentItem(tree.topLevelItem(0))  # PER
    described = "Họ tên người, kể cả bút danh <b>không</b> in đậm"

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        box.setTextValue(described)
        box.accept()

    QTimer.singleShot(0, answer)
    page = tree.parentWidget()
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Description…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.project.schema().label("PER").description == described
    assert tree.topLevelItem(0).text(3) == described
    assert "&lt;b&gt;" in window.palette.item_for("PER").toolTip()  # shown as plain text
