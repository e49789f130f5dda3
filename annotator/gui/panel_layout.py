"""The right-hand column laid out in one place: Labels as tall as its labels, the room below it
shared between Annotations and Relations as the linguist left it.

The saved layout (QMainWindow.restoreState) is put back while the window is
being built, its panels hidden until a project opens; Qt shared the room out
again as they were shown, and the Relations panel came back shorter than it
was left. Putting the whole layout back a second time from a timer raced the
label panel's own fitting on a busy machine and left the Annotations list
under the labels. So the one thing that went wrong is kept on its own, as a
share (how much of the room below the labels Relations has), and put back
by `lay_out`, called when the project's panels have just been shown in a
window on screen, or the window has just been shown with them. It lays the
window out there and then, after the label panel has its fixed height, so
the room it shares is the room there is, and nothing comes after it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from annotator.gui.settings import preference, set_preference

VERTICAL, HORIZONTAL = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
COLUMN = ("Labels", "Annotations", "Relations")
SHARE_KEY = "window/relations_share"
DEFAULT_SHARE = 5 / 13  # Relations' part of the room below the labels; Annotations has the rest
DEFAULT_WIDTHS = {"Documents": 340, "Labels": 380}  # the lists narrow, the text wide


class PanelLayout:
    """Lays out the window's side panels (`docks`, keyed by their English names) once shown."""

    def __init__(
        self,
        window: QMainWindow,
        docks: dict[str, QDockWidget],
        *,
        restored: bool,
        first: QByteArray | None = None,
    ):
        self.window = window
        self.docks = docks
        self.first_state = first  # the panels as a first start places them
        self.widths_kept = restored  # a saved layout holds the panels' widths
        share = preference(SHARE_KEY, -1.0)
        self.share = share if 0.0 < share < 1.0 else DEFAULT_SHARE
        self._waiting = False

    def panels_shown(self) -> None:
        """The project's panels have just been shown: lay them out now if the window is on
        screen, else when it is shown (`lay_out` from its show event)."""
        self._waiting = True
        self.lay_out()

    def lay_out(self) -> None:
        """Give the column the sizes it should have; once per showing of the panels."""
        if not self._waiting or not self.window.isVisible():
            return
        self._waiting = False
        layout = self.window.layout()
        if not self.widths_kept:
            self.widths_kept = True
            names = list(DEFAULT_WIDTHS)
            sizes = list(DEFAULT_WIDTHS.values())
            self.window.resizeDocks([self.docks[n] for n in names], sizes, HORIZONTAL)
        layout.activate()  # the room the panels have now, the label panel fitted
        column = self._column()
        if column is None:
            return  # the linguist moved them apart: where they are is where they stay
        labels, annotations, lower = column
        upper, below = self._rooms(annotations, lower)
        room = upper + below
        wanted = round(room * self.share)
        self.window.resizeDocks(list(column), [labels.height(), room - wanted, wanted], VERTICAL)
        layout.activate()

    def reset(self, project_open: bool) -> None:
        """The panels back where a first start puts them, at their first sizes (shown if
        `project_open`, as a project opens them; hidden with the start page).

        Dragging a panel's title bar onto another makes the two tabs, and a
        panel let go of away from the window floats: both are Qt's own and
        both are kept (over a restart too), since a linguist may want them.
        Dragging a tab's title out again undoes one; this undoes them all.
        """
        if self.first_state is None:
            return
        self.window.restoreState(self.first_state)
        self.widths_kept, self.share = False, DEFAULT_SHARE
        for name, dock in self.docks.items():
            dock.setVisible(project_open and name != "Guidelines")
        self.docks["Relations"].raise_()
        self.docks["Documents"].raise_()
        if project_open:
            self.panels_shown()

    def remember(self) -> None:
        """Keep the share the column has now (before its panels hide with the project)."""
        column = self._column()
        if column is not None:
            upper, below = self._rooms(column[1], column[2])
            if upper > 0 and below > 0:
                self.share = below / (upper + below)

    def _rooms(self, annotations: QDockWidget, lower: QDockWidget) -> tuple[int, int]:
        """The room of Annotations and of the panel below it, as the window's layout counts it:
        the lower one down to the column's foot, its tab bar (Relations | Document) included.
        The right-hand column ends where the text in the middle ends."""
        foot = self.window.centralWidget().geometry().bottom() + 1
        return annotations.height(), max(foot - lower.y(), lower.height())

    def save(self) -> None:
        """Remember the share for the next window (as the window's layout is saved)."""
        self.remember()
        set_preference(SHARE_KEY, self.share)

    def _column(self) -> tuple[QDockWidget, QDockWidget, QDockWidget] | None:
        """Labels, Annotations and the panel shown under them (Relations, or Document in
        its tab), when the three stand one above the other on the right; else None."""
        labels, annotations = self.docks["Labels"], self.docks["Annotations"]
        relations = self.docks["Relations"]
        tabs = [relations, *self.window.tabifiedDockWidgets(relations)]
        lower = next((dock for dock in tabs if dock.isVisible()), relations)
        column = (labels, annotations, lower)
        if not all(
            dock.isVisible() and not dock.isFloating() and self.window.dockWidgetArea(dock) == RIGHT
            for dock in column
        ):
            return None
        if not labels.y() < annotations.y() < lower.y() or len({d.x() for d in column}) > 1:
            return None
        return column
