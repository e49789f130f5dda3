"""The main window's panels as docks: where each goes (their sizes: `panel_layout`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

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


class _PanelArea(QScrollArea):
    """A scroll area that asks for the room its panel asks for; only its minimum height is small."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        inner = self.widget()
        return inner.sizeHint() if inner is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        inner, own = self.widget(), super().minimumSizeHint()
        width = inner.minimumSizeHint().width() if inner is not None else own.width()
        return QSize(max(width, own.width()), own.height())


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: the dock holding it can be made as small as needed.

    Without it each panel's minimum height adds up: with the search or the
    registry panel open under the editor, the window's minimum outgrew a
    1366x768 screen and pushed the status line below its edge. The panel
    fills the area whenever there is room, so it looks the same.
    """
    area = _PanelArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def add_docks(window: QMainWindow, panels: dict[str, tuple[QWidget, Qt.DockWidgetArea]]) -> dict:
    """One dock per panel, keyed by its (English) name; object names stay stable for QSettings."""
    docks: dict[str, QDockWidget] = {}
    for name, (widget, area) in panels.items():
        dock = QDockWidget(QCoreApplication.translate("MainWindow", name), window)
        dock.setObjectName(f"dock-{name.lower()}")
        dock.setWidget(scrolled(widget))
        window.addDockWidget(area, dock)
        docks[name] = dock
    window.tabifyDockWidget(docks["Relations"], docks["Document"])
    docks["Relations"].raise_()
    window.tabifyDockWidget(docks["Documents"], docks["Guidelines"])
    docks["Documents"].raise_()
    return docks
