"""Panels docked as tabs stay so over a restart, and View ▸ Reset panel layout puts them back.

Dragging a panel's title bar onto another makes the two tabs (Qt's own
docking, kept: a linguist may want Labels and Annotations in one place);
nothing but dragging the tab out again undid it. The reset puts every
panel back where a first start places it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from annotator.gui.panel_layout import RIGHT


def _view_menu_action(window, text: str):
    menu: QMenu = window.commands.view_menu
    texts = [a.text() for a in menu.actions()]
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, texts
    return found[0]


def _in_column(window) -> bool:
    """Labels over Annotations over Relations, untabbed, on the right, all shown."""
    docks = window.docks
    labels, annotations, relations = (docks[n] for n in ("Labels", "Annotations", "Relations"))
    return (
        all(window.dockWidgetArea(d) == RIGHT and d.isVisible() for d in (labels, annotations))
        and window.tabifiedDockWidgets(annotations) == []
        and labels.y() < annotations.y() < relations.y()
    )


def test_tabbed_panels_survive_a_restart_and_reset_puts_them_back(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    docks = window.docks
    assert _in_column(window)
    window.tabifyDockWidget(docks["Labels"], docks["Annotations"])  # as a drag onto Labels does
    docks["Documents"].setFloating(True)  # and a panel let go of away from the window
    qtbot.waitUntil(lambda: docks["Annotations"] in window.tabifiedDockWidgets(docks["Labels"]))
    window.close()  # the layout is saved as it was left

    again = make_window(demo_path)
    docks = again.docks
    qtbot.waitUntil(lambda: docks["Labels"].isVisible() or docks["Annotations"].isVisible())
    assert docks["Annotations"] in again.tabifiedDockWidgets(docks["Labels"])
    assert docks["Documents"].isFloating()

    _view_menu_action(again, "Reset panel layout").trigger()
    qtbot.waitUntil(lambda: _in_column(again), timeout=3000)
    assert not docks["Documents"].isFloating() and docks["Documents"].isVisible()
    assert again.dockWidgetArea(docks["Documents"]) != RIGHT
    assert not docks["Guidelines"].isVisible()  # behind Documents, as at a first start
    assert docks["Document"] in again.tabifiedDockWidgets(docks["Relations"])
    assert again.editor.document_id() is not None  # the text stays open


def test_reset_with_no_project_keeps_the_panels_hidden(qtbot, make_window):
    window = make_window()
    _view_menu_action(window, "Reset panel layout").trigger()
    assert not any(dock.isVisible() for dock in window.docks.values())
    assert window.stack.currentWidget() is window.start_page
