"""The label panel starts tall enough for every label at the default window sizes."""

from __future__ import annotations

import pytest

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_every_label_shows_without_scrolling(qtbot, make_window, demo_path, screen) -> None:
    width, height = screen
    window = make_window(demo_path, size=(width - FRAME_WIDTH, height - FRAME_HEIGHT))
    palette = window.palette
    qtbot.waitUntil(lambda: palette.list.count() == 7 and palette.list.viewport().height() > 0)
    qtbot.wait(50)  # the docks are sized once the window is laid out
    last = palette.list.visualItemRect(palette.list.item(6))
    assert palette.list.viewport().rect().contains(last), (last, palette.list.viewport().rect())
    assert not palette.list.verticalScrollBar().isVisible()
    # The annotation list below keeps the most room, the relations the rest.
    docks = {name: window.docks[name].height() for name in ("Labels", "Annotations", "Relations")}
    assert docks["Annotations"] > docks["Relations"] > docks["Labels"] // 2, docks
