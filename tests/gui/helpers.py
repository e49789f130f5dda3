"""Driving the real main window: mouse drags on text, keys, and database reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from annotator.gui.qt_offsets import QtOffsets
from annotator.store import open_project

SEED_TITLE = "Thực hiện nghiêm việc lấy phiếu tín nhiệm"
NAME = "Phan Việt Cường"
ROLE_TEXT = "Bí thư Tỉnh ủy"


def seed_doc_id(project) -> int:
    rows = project.document_rows(limit=1000)
    return next(r.id for r in rows if r.title.startswith(SEED_TITLE))


def point_of(editor, cp: int) -> QPoint:
    """Viewport point just right of the caret position before code point `cp`."""
    text = editor.toPlainText()
    offsets = QtOffsets(text)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(offsets.to_qt(cp))
    rect = editor.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def show_cp(editor, cp: int) -> None:
    """Scroll the editor so code point `cp` is on screen."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(QtOffsets(editor.toPlainText()).to_qt(cp))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def drag_select(qtbot, editor, start: int, end: int) -> None:
    """Select code points [start, end) with a real mouse drag in the viewport."""
    show_cp(editor, start)
    viewport = editor.viewport()
    begin, finish = point_of(editor, start), point_of(editor, end)
    finish.setX(finish.x() - 1)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(viewport, pos=QPoint((begin.x() + finish.x()) // 2, begin.y()))
    qtbot.mouseMove(viewport, pos=finish)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)


def click_text(qtbot, editor, cp: int) -> None:
    """Click on the character at code point `cp`."""
    show_cp(editor, cp)
    point = point_of(editor, cp)
    point.setX(point.x() + 2)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)


def stored_spans(path: Path, doc_id: int) -> list:
    """The spans of `doc_id` as another connection reads them from the file."""
    project = open_project(path)
    try:
        return project.spans(doc_id)
    finally:
        project.close()


def stored_document(path: Path, doc_id: int):
    project = open_project(path)
    try:
        return project.document(doc_id)
    finally:
        project.close()


def stored_relations(path: Path, doc_id: int) -> list:
    project = open_project(path)
    try:
        return project.relations(doc_id)
    finally:
        project.close()


def type_text(widget, text: str) -> None:
    """Type `text` into `widget` key by key, Vietnamese letters included.

    QTest only maps ASCII characters to keys, so each character goes as a key
    event carrying its text, the way an input method delivers it.
    """
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def search_corpus(qtbot, window, text: str, *, until=None, timeout: int = 5000) -> str:
    """Type `text` in the corpus search panel, press Return, wait for `until`; the summary.

    `until` (no arguments) defaults to the Label all button coming on, which
    needs at least one hit. QTest types ASCII keys only: other text arrives
    whole, as an input method would give it.
    """
    panel = window.corpus.search
    panel.query_edit.clear()
    if text.isascii():
        qtbot.keyClicks(panel.query_edit, text)
    else:
        panel.query_edit.insert(text)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(until or panel.label_all_button.isEnabled, timeout=timeout)
    return panel.summary.text()


def import_and_wait(qtbot, window, paths):
    """Import `paths` through the window, wait for the task to end, and return its report."""
    task = window.import_paths(paths)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=30_000):
        pass
    return window.last_report


def wait_for_window(qtbot, kind, matches=lambda _widget: True):
    """The visible top-level window of type `kind` that `matches`, once one shows (10 s at most)."""

    def found():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and matches(widget):
                return widget
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def visible_message_box(qtbot, text: str) -> QMessageBox:
    """The message box showing `text`, once it shows."""
    return wait_for_window(qtbot, QMessageBox, lambda box: text in box.text())


def stop_waiting_for_the_lock(qtbot, button: str) -> QProgressDialog:
    """Wait for the window's "another program is writing" wait, then press its `button`."""
    progress = wait_for_window(qtbot, QProgressDialog)
    next(b for b in progress.findChildren(QPushButton) if b.text() == button).click()
    return progress


def merged_team_window(make_window, tmp_path: Path):
    """The real window on a team project whose three packages (an, binh, chi) came back."""
    from tests.app.team.team_project import build_team_project

    setup = build_team_project(tmp_path)
    setup.project.close()
    window = make_window(setup.project.path)
    window.team.merge(list(setup.packages.files.values()))
    return window


def document_of(project, annotators: set[str]) -> int:
    """The first document exactly these annotators gave a status to."""
    return next(
        d for d in project.document_ids() if set(project.annotator_statuses(d)) == annotators
    )


def in_export_dialog(qtbot, window, act) -> None:
    """Ctrl+E from the text, then `act(dialog)` inside the modal Export dialog, which it closes."""
    from annotator.gui.export.dialog import ExportDialog

    done: list[bool] = []

    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        try:
            act(dialog)
        finally:
            dialog.reject()
            done.append(True)

    QTimer.singleShot(200, inside)
    qtbot.keyClick(window.editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(done), timeout=40_000)
