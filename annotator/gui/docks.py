"""The main window's panels as docks: where each goes and how large it starts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
# The panels' titles, for the catalogues (the code names docks by these English names).
TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Documents"),
    QT_TRANSLATE_NOOP("MainWindow", "Guidelines"),
    QT_TRANSLATE_NOOP("MainWindow", "Labels"),
    QT_TRANSLATE_NOOP("MainWindow", "Annotations"),
    QT_TRANSLATE_NOOP("MainWindow", "Relations"),
    QT_TRANSLATE_NOOP("MainWindow", "Document"),
)


def add_docks(window: QMainWindow, panels: dict[str, tuple[QWidget, Qt.DockWidgetArea]]) -> dict:
    """One dock per panel, keyed by its (English) name; object names stay stable for QSettings."""
    docks: dict[str, QDockWidget] = {}
    for name, (widget, area) in panels.items():
        dock = QDockWidget(QCoreApplication.translate("MainWindow", name), window)
        dock.setObjectName(f"dock-{name.lower()}")
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        docks[name] = dock
    window.tabifyDockWidget(docks["Relations"], docks["Document"])
    docks["Relations"].raise_()
    window.tabifyDockWidget(docks["Documents"], docks["Guidelines"])
    docks["Documents"].raise_()
    return docks


def size_docks(window: QMainWindow, docks: dict) -> None:
    """Default panel sizes: the list and the side panels narrow, the editor wide."""
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    window.resizeDocks([docks["Documents"], docks["Labels"]], [340, 380], horizontal)
    right = [docks[name] for name in ("Labels", "Annotations", "Relations")]
    window.resizeDocks(right, [170, 400, 250], vertical)
