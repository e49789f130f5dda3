"""The import report takes the keys: the details scroll, Enter or Escape close it, and the
keys go back to the text.

It was shown as a bare window: with no window manager nothing gave it the
keys, so it could be neither scrolled nor closed from the keyboard, and it
had no default button, so Enter did nothing even where it had them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import import_and_wait


def _folder_with_skipped(folder, count: int = 4):
    """Two articles and a few empty files, which the report lists."""
    folder.mkdir()
    (folder / "a.txt").write_text("Bài một\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Bài hai\nỦy ban nhân dân tỉnh họp.\n", encoding="utf-8")
    for number in range(count):
        (folder / f"empty-{number:02}.txt").write_text("", encoding="utf-8")
    return folder


def _wait_for_keys_in(qtbot, report) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is report, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is report.details, timeout=3000)


def test_the_import_report_scrolls_and_closes_by_keys(qtbot, make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    qtbot.waitUntil(lambda: window.current_doc_id() is not None, timeout=3000)
    window.editor.setFocus()
    report = import_and_wait(qtbot, window, [_folder_with_skipped(tmp_path / "in")])
    assert "2 imported" in report.summary.text()
    assert report.isModal() and QApplication.activeModalWidget() is report  # as every question
    _wait_for_keys_in(qtbot, report)
    report.resize(report.width(), 160)  # a box shorter than its details (a long report)
    bar = report.details.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    assert bar.value() == 0
    qtbot.keyClick(report.details, Qt.Key.Key_PageDown)
    assert bar.value() > 0  # the skipped files read on from the keyboard
    qtbot.keyClick(report.details, Qt.Key.Key_Return)  # Enter: the default button, Close
    qtbot.waitUntil(lambda: not report.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert QApplication.focusWidget() is window.editor


def test_escape_closes_the_import_report_and_gives_the_keys_back(
    qtbot, make_window, demo_path, tmp_path
):
    window = make_window(demo_path)
    qtbot.waitUntil(lambda: window.current_doc_id() is not None, timeout=3000)
    window.editor.setFocus()
    report = import_and_wait(qtbot, window, [_folder_with_skipped(tmp_path / "in", 3)])
    _wait_for_keys_in(qtbot, report)
    assert report.close_button.isDefault()
    qtbot.keyClick(report.details, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert QApplication.focusWidget() is window.editor


def test_the_report_goes_with_its_project(qtbot, make_window, demo_path, tmp_path):
    """Left open, the modal report outlived its window and stood over the next question."""
    window = make_window(demo_path)
    report = import_and_wait(qtbot, window, [_folder_with_skipped(tmp_path / "in", 1)])
    assert QApplication.activeModalWidget() is report
    window.close_project()
    assert not report.isVisible() and QApplication.activeModalWidget() is None
