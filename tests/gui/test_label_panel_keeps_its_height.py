"""Room freed under the editor (the search panel closed, a project closed and opened again)
goes to the annotation list, not to the label panel: the labels had all they need, and the
list a reviewer works in was left two rows high."""

from __future__ import annotations

import pytest

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_the_label_panel_never_grows_past_its_labels(qtbot, make_window, demo_path, screen) -> None:
    width, height = screen
    window = make_window(demo_path, size=(width - FRAME_WIDTH, height - FRAME_HEIGHT))
    docks = window.docks
    qtbot.waitUntil(lambda: window.palette.list.count() == 7)
    window.corpus.show_search()
    qtbot.waitUntil(lambda: window.corpus.search_dock.isVisible())
    qtbot.wait(50)
    window.close_project()
    window.open_project_path(demo_path)
    qtbot.waitUntil(lambda: window.palette.list.count() == 7)
    qtbot.wait(50)
    labels, spans = docks["Labels"].height(), docks["Annotations"].height()
    wanted = window.palette.height_for_labels()
    title = docks["Labels"].height() - docks["Labels"].widget().height()
    assert labels <= wanted + title + 2, (labels, wanted, title)
    assert spans > labels, (spans, labels)
    last = window.palette.list.visualItemRect(window.palette.list.item(6))
    assert window.palette.list.viewport().rect().contains(last)  # and every label still shows
