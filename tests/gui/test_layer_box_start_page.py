"""The Layer box on the start page says why it is empty, then lists the project's layers.

Walking the window, the box stood empty and greyed on the start page with
nothing to say why; the layers come with a project.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip


def test_the_layer_box_says_no_project_is_open_then_lists_the_layers(qtbot, make_window, demo_path):
    window = make_window()
    switch = window.team.switch
    assert window.project is None
    assert not switch.isEnabled() and switch.count() == 0
    assert switch.placeholderText() == "no project open"
    assert "Open a project" in switch.toolTip()
    qtbot.mouseMove(switch, QPoint(5, 5))
    QToolTip.showText(switch.mapToGlobal(QPoint(5, 5)), switch.toolTip(), switch)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert QToolTip.text() == switch.toolTip()

    window.open_project_path(demo_path)
    assert switch.isEnabled() and switch.count() >= 3
    assert switch.currentText() == "All layers"
    assert "Open a project" not in switch.toolTip() and "layer" in switch.toolTip()

    qtbot.keyClick(window.editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Close
    assert window.project is None
    assert switch.count() == 0 and switch.placeholderText() == "no project open"


def test_the_layer_box_speaks_vietnamese_on_the_start_page(qtbot, make_window, vietnamese):
    window = make_window()
    switch = window.team.switch
    assert switch.placeholderText() == "chưa mở dự án"
    assert "dự án" in switch.toolTip() and "Open" not in switch.toolTip()
