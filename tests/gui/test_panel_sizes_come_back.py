"""The side panels come back at the sizes the linguist left them, the Relations panel above all.

Walking the window, the Relations panel came back shorter after the window
was closed and opened again: the saved layout was put back while the
window was still being built, its panels hidden (no project open yet), and
Qt shared the room out again once they were shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH

VERTICAL = Qt.Orientation.Vertical
SCREENS = [(1366, 768), (1280, 720)]  # a laptop's, and the smallest the window is made for


def _size(screen: tuple[int, int]) -> tuple[int, int]:
    return screen[0] - FRAME_WIDTH, screen[1] - FRAME_HEIGHT


def _heights(window) -> dict[str, int]:
    return {name: window.docks[name].height() for name in ("Labels", "Annotations", "Relations")}


def _settled(qtbot, window) -> dict[str, int]:
    """The panels' heights once the layout has stopped moving."""
    seen: list[dict[str, int]] = []

    def steady() -> bool:
        seen.append(_heights(window))
        return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(steady, timeout=5000)
    return seen[-1]


def _made_tall(qtbot, window) -> dict[str, int]:
    """The linguist gives Relations four fifths of the room below Labels: the settled heights."""
    before = _settled(qtbot, window)
    docks = [window.docks[name] for name in ("Labels", "Annotations", "Relations")]
    total = sum(before.values())
    window.resizeDocks(
        docks, [before["Labels"], total // 5, total * 4 // 5 - before["Labels"]], VERTICAL
    )
    return _settled(qtbot, window)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_relations_panel_comes_back_as_tall_as_it_was_left(
    qtbot, make_window, demo_path, screen
):
    window = make_window(demo_path, size=_size(screen))
    before = _settled(qtbot, window)
    docks = [window.docks[name] for name in ("Labels", "Annotations", "Relations")]
    total = sum(before.values())
    wanted = [before["Labels"], total // 4, total - before["Labels"] - total // 4]
    assert wanted[2] > before["Relations"] + 40  # the linguist makes it clearly taller
    window.resizeDocks(docks, wanted, Qt.Orientation.Vertical)
    left = _settled(qtbot, window)
    assert abs(left["Relations"] - wanted[2]) <= 12, left
    window.close()  # saves the layout, as quitting does

    again = make_window(demo_path, size=_size(screen))
    back = _settled(qtbot, again)
    for name, height in left.items():
        assert abs(back[name] - height) <= 2, (name, left, back)


def test_the_panels_come_back_when_the_window_opens_on_the_start_page(
    qtbot, make_window, demo_path
):
    """Closed with a project, opened on the start page, then the project: the same sizes."""
    window = make_window(demo_path)
    left = _made_tall(qtbot, window)
    window.close()

    from annotator.gui.settings import user_settings

    user_settings().setValue("recent_projects", [])  # the next window opens on the start page
    again = make_window()
    assert again.project is None
    again.open_project_path(demo_path)
    back = _settled(qtbot, again)
    for name, height in left.items():
        assert abs(back[name] - height) <= 2, (name, left, back)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_panels_keep_their_sizes_when_a_project_is_closed_and_opened_again(
    qtbot, make_window, demo_path, screen
):
    """Ctrl+W, then the project again from the start page's recent list: the same sizes."""
    window = make_window(demo_path, size=_size(screen))
    left = _made_tall(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Close
    assert window.project is None
    recent = window.start_page.recent
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(recent, Qt.Key.Key_Return)  # opens it, as a double click does
    qtbot.waitUntil(lambda: window.project is not None, timeout=5000)
    back = _settled(qtbot, window)
    for name, height in left.items():
        assert abs(back[name] - height) <= 2, (name, left, back)
