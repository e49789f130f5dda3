"""Two windows (or processes) on one project: each says so, shows the other's edits within a
second, and Ctrl+Z in a window undoes only that window's own edits."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.helpers import NAME, drag_select, seed_doc_id, stored_spans
from tests.gui.review_support import seed_window

REPO = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot, window) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.editor.setFocus()


def test_a_second_window_is_told_and_both_show_it(qtbot, make_window, demo_path):
    first = make_window(demo_path)
    assert first.status.elsewhere_label.text() == ""
    second = make_window(demo_path)
    warning = second.last_warning
    assert warning is not None and "also open in another window" in warning.text()
    assert second.status.elsewhere_label.text() == "Also open in 1 other window"
    qtbot.waitUntil(lambda: first.status.elsewhere_label.text() != "", timeout=10_000)
    second.close()
    qtbot.waitUntil(lambda: first.status.elsewhere_label.text() == "", timeout=10_000)


def test_edits_show_in_the_other_window_and_undo_stays_in_its_own(qtbot, make_window, demo_path):
    first = make_window(demo_path)
    second = make_window(demo_path)
    qtbot.mouseClick(
        second.last_warning.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    doc_id = seed_doc_id(first.project)
    for window in (first, second):
        window.open_document(doc_id)
    text = first.project.document(doc_id).text
    name = text.index(NAME)
    place = text.index("Quảng Nam")
    _focus(qtbot, first)
    drag_select(qtbot, first.editor, name, name + len(NAME))
    qtbot.keyClick(first.editor, "1")
    # The second window shows it within a second, without reopening anything.
    qtbot.waitUntil(lambda: second.editor.pending_count() == 0 and len(second.editor._index) == 1)
    qtbot.waitUntil(lambda: len(second.annotations.span_indexes()) == 1)
    _focus(qtbot, second)
    drag_select(qtbot, second.editor, place, place + len("Quảng Nam"))
    qtbot.keyClick(second.editor, "4")
    qtbot.waitUntil(lambda: len(first.editor._index) == 2)
    _focus(qtbot, first)
    qtbot.keyClick(first.editor, Qt.Key.Key_Z, CTRL)  # takes back the first window's PER only
    labels = sorted(s.label for s in stored_spans(demo_path, doc_id))
    assert labels == ["LOC"]
    qtbot.keyClick(first.editor, Qt.Key.Key_Z, CTRL)  # nothing else of its own to undo
    assert sorted(s.label for s in stored_spans(demo_path, doc_id)) == ["LOC"]
    assert "Nothing to undo" in first.status.currentMessage()
    qtbot.waitUntil(lambda: len(second.editor._index) == 1)
    _focus(qtbot, second)
    qtbot.keyClick(second.editor, Qt.Key.Key_Z, CTRL)
    assert stored_spans(demo_path, doc_id) == []


WRITER = """
import sys
from annotator.core.operations import AddSpan, SetStatus
from annotator.store import open_project
path, doc_id, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
with open_project(path, annotator="minh") as project:
    session = project.session()
    session.apply(AddSpan(doc_id, start, end, "LOC"))
    session.apply(SetStatus(doc_id, "done"))
"""


def test_another_process_writing_is_shown_without_reopening(qtbot, make_window, demo_path):
    window, doc_id, text = seed_window(make_window, demo_path)
    start = text.index("Quảng Nam")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(WRITER), str(demo_path), str(doc_id)]
        + [str(start), str(start + len("Quảng Nam"))],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: len(window.editor._index) == 1, timeout=10_000)
    assert window.editor._index.at(start)[0].label == "LOC"
    qtbot.waitUntil(lambda: window.annotations.span_texts() == ["Quảng Nam"])
    row = window.documents.model.row_of(doc_id)
    qtbot.waitUntil(lambda: window.documents.model.row_at(row).status == "done")
    assert "another window" in window.status.currentMessage()
    _focus(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # the other process's edit is not ours
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["LOC"]


def test_a_window_killed_without_closing_is_not_reported_as_open(qtbot, make_window, demo_path):
    code = textwrap.dedent(
        """
        import os, sys
        from annotator.store import open_project
        project = open_project(sys.argv[1], annotator="lan")
        project.session(register=True)
        os._exit(0)  # like kill -9: nothing is closed
        """
    )
    done = subprocess.run([sys.executable, "-c", code, str(demo_path)], cwd=REPO, timeout=120)
    assert done.returncode == 0
    window = make_window(demo_path)
    assert window.status.elsewhere_label.text() == ""
    assert window.last_warning is None
    assert QApplication.activeModalWidget() is None
