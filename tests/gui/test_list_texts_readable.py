"""At a laptop's screen the lists show what the reviewer scans: the annotation's text, not
"Phan Việt C…"."""

from __future__ import annotations

import pytest

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH
from tests.gui.review_support import review_window

SCREENS = [(1366, 768), (1280, 720)]


def _window(qtbot, make_window, demo_path, screen):
    width, height = screen
    size = (width - FRAME_WIDTH, height - FRAME_HEIGHT)
    return review_window(qtbot, make_window, demo_path, size=size)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_annotation_text_column_holds_a_body_name_whole(
    vietnamese, qtbot, make_window, demo_path, screen
) -> None:
    r = _window(qtbot, make_window, demo_path, screen)
    view = r.window.annotations.view
    qtbot.wait(50)
    needed = view.fontMetrics().horizontalAdvance("    Ban Thường vụ Tỉnh ủy") + 12
    assert view.columnWidth(0) >= needed, (view.columnWidth(0), needed)
    assert not view.horizontalScrollBar().isVisible()
    for column in (1, 2, 3):  # the others are cut, never hidden
        assert view.columnWidth(column) >= 30
