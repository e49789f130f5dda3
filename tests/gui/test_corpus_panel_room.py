"""Corpus search opens under the text and the document list, and the right-hand column keeps
its height: spanning the whole foot of the window, the results took the Annotations list down to
one row. The height the panel is left at comes back when it opens again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import search_corpus

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _rows_shown(view) -> int:
    return view.viewport().height() // max(1, view.sizeHintForRow(0))


def _open_search(qtbot, window) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(window.corpus.search_dock.isVisible)


def test_search_results_and_the_annotations_list_both_show_rows(
    qtbot, make_window, demo_path
) -> None:
    window = make_window(demo_path, size=(1100, 740))  # a window not as wide as the screen
    annotations = window.annotations.view
    before = annotations.viewport().height()
    _open_search(qtbot, window)
    search_corpus(qtbot, window, "Phan")
    qtbot.wait(50)
    assert annotations.viewport().height() == before  # the column keeps its height
    assert _rows_shown(annotations) >= 6
    assert _rows_shown(window.corpus.search.table) >= 4
    dock = window.corpus.search_dock
    assert dock.geometry().right() < window.docks["Annotations"].geometry().left()
    assert window.editor.height() >= 200  # the text above keeps its lines
    assert window.width() == 1100  # the panel's options fit under the list and the text


def test_the_search_panel_opens_again_at_the_height_it_was_left(
    qtbot, make_window, demo_path
) -> None:
    window = make_window(demo_path, size=(1366, 740))
    _open_search(qtbot, window)
    dock = window.corpus.search_dock
    first = dock.height()
    window.resizeDocks([dock], [first - 60], Qt.Orientation.Vertical)  # a drag of its edge
    qtbot.waitUntil(lambda: abs(dock.height() - (first - 60)) <= 2)
    left = dock.height()
    dock.close()  # its close button
    qtbot.waitUntil(lambda: not dock.isVisible())
    _open_search(qtbot, window)
    qtbot.waitUntil(lambda: abs(dock.height() - left) <= 2)
    dock.close()
    window.close()  # and in the next window
    second = make_window(demo_path, size=(1366, 740))
    _open_search(qtbot, second)
    qtbot.waitUntil(lambda: abs(second.corpus.search_dock.height() - left) <= 2)
