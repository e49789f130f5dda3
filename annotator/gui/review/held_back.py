"""What the project's memory holds back, as a window: each surface, its rejections, a lift.

A surface rejected twice with a label and never accepted with it is held
back in every later document. A reviewer found the trap: `Myanmar` (LOC)
rejected twice where it sat inside a longer ORG held back every later
`Myanmar` without a word. This window lists what is held back, how many
rejections count, where they were made (the document's title and the words
around the rejected span, the span in [brackets]; Enter or a double click
opens the place), and what the window's latest suggest run held back or withdrew for
it; "Suggest it again" lifts the selected hold-backs in one step that
Ctrl+Z takes back (app/suggest/hold_backs.py).

The list is read in a background thread on its own connection, as the
memory's rebuild is, and read again when the project changes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app.suggest.hold_backs import HoldBack, Key, hold_backs, last_run_counts
from annotator.core.errors import AnnotatorError
from annotator.gui.i18n import _tr, number
from annotator.gui.jobs import ThreadJob
from annotator.gui.keep_clear import keep_clear, place_on_screen
from annotator.gui.messages import shown
from annotator.gui.plaintext import plain_label
from annotator.store import open_project

HOLD_BACK_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2
# Longest document title shown before a place (the whole one is in its tooltip).
TITLE_CHARS = 48


class HeldBackDialog(QDialog):
    """The surfaces the memory holds back; `liftRequested` asks the window to lift the chosen."""

    placeActivated = Signal(int, int, int)  # doc id, start, end
    liftRequested = Signal(list)  # [HoldBack]

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Held back by the project's memory"))
        self.resize(820, 480)
        self.context = context
        self._job: ThreadJob | None = None
        self._last_run: tuple[Counter[Key], Counter[Key]] | None = None
        self.items: list[HoldBack] = []
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        self.tree = self._tree()
        self.lift_button = QPushButton(self.tr("&Suggest it again"), self)
        self.lift_button.setToolTip(
            self.tr(
                "The rejections of the selected rows stop counting: the next suggest run "
                "proposes them again, until they are rejected twice more. Ctrl+Z takes it back."
            )
        )
        self.lift_button.setEnabled(False)
        self.lift_button.clicked.connect(self.lift_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.lift_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            # Enter opens a place; as the dialog's default it also lifted or closed.
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        # A suggest run reports document by document: read the list once it settles.
        self._soon = QTimer(self, singleShot=True, interval=400, timeout=self.refresh)
        context.changed.connect(self._on_changed)
        context.destroyed.connect(self.close)

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(
            [
                self.tr("Surface / place"),
                self.tr("Label"),
                self.tr("Rejections"),
                self.tr("Documents"),
                self.tr("Latest suggest run"),
            ]
        )
        tree.setColumnWidth(0, 300)
        # A place is "title: …words [surface] words…", the title shortened: a row too
        # long for the window loses its end, never the surface in its middle.
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.itemActivated.connect(self._activate)
        tree.itemSelectionChanged.connect(self._selection_changed)
        return tree

    # -- reading --------------------------------------------------------------------------

    def set_last_run(self, report: Any) -> None:
        """What the window's latest suggest run held back and withdrew (None: no run yet)."""
        if report is None:
            self._last_run = None
            return
        withdrawn = [(w.label, w.surface) for w in report.withdrawn]
        self._last_run = last_run_counts(report.held_back, withdrawn)

    def refresh(self) -> None:
        """Read the list again in the background (the rows stay until it arrives); a window
        closed (its project with it) reads nothing."""
        if not self.isVisible():
            return
        if self._job is not None:
            self._job.cancel()
        self.summary.setText(self.tr("Reading what the memory holds back…"))
        path = self.context.path

        def read(_emit, _cancel):
            project = open_project(path, access="read")  # its own connection, as a rebuild's
            try:
                return hold_backs(project)
            finally:
                project.close()

        self._job = ThreadJob(read, self)
        self._job.done.connect(self._show)
        self._job.failed.connect(self.summary.setText)
        self._job.start()

    def _show(self, items: list[HoldBack]) -> None:
        if not self.isVisible():  # closed while the read was on its way: no project to ask
            return
        chosen = {h.key for h in self.selected()}
        self.items = items
        self.tree.clear()
        titles = self.context.project.document_titles(
            sorted({doc for h in items for doc in h.doc_ids})
        )
        for hold_back in items:
            top = self._row(hold_back, titles)
            self.tree.addTopLevelItem(top)
            for i in range(top.childCount()):  # a place has the width of the row
                top.child(i).setFirstColumnSpanned(True)
            top.setSelected(hold_back.key in chosen)
        if items and self.tree.currentItem() is None:
            # Keys act on a visible row from the start; nothing is chosen for a lift by it.
            no_selection = QItemSelectionModel.SelectionFlag.NoUpdate
            self.tree.setCurrentItem(self.tree.topLevelItem(0), 0, no_selection)
        self.summary.setText(self._summary(items))
        self._selection_changed()

    def _row(self, hold_back: HoldBack, titles: dict) -> QTreeWidgetItem:
        documents = len(hold_back.doc_ids)
        top = QTreeWidgetItem(
            [
                hold_back.surface,
                hold_back.label,
                number(len(hold_back.rejections)),
                number(documents),
                self._last_run_words(hold_back.key),
            ]
        )
        top.setData(0, HOLD_BACK_ROLE, hold_back)
        contexts = hold_back.contexts or ("",) * len(hold_back.rejections)
        for (doc, _span, start, end), context in zip(hold_back.rejections, contexts, strict=True):
            title = titles.get(doc, ("", ""))[0] or f"#{doc}"
            child = QTreeWidgetItem([f"{_short_title(title)}: {context}"])
            child.setData(0, PLACE_ROLE, (doc, start, end))
            child.setToolTip(0, f"{title}\n{context}")
            top.addChild(child)
        return top

    def _last_run_words(self, key: Key) -> str:
        """ "held back 3, withdrew 1" for this surface in the latest run; "" if unknown."""
        if self._last_run is None:
            return ""
        held, withdrawn = self._last_run[0][key], self._last_run[1][key]
        parts = []
        if held:
            parts.append(self.tr("held back %1").replace("%1", number(held)))
        if withdrawn:
            parts.append(self.tr("withdrew %1").replace("%1", number(withdrawn)))
        return ", ".join(parts) or self.tr("none")

    def _summary(self, items: list[HoldBack]) -> str:
        if not items:
            return self.tr("The project's memory holds nothing back.")
        text = self.tr(
            "The project's memory holds back %Ln surface(s), each rejected at least twice with "
            "its label and never accepted with it, in every later document.",
            "",
            len(items),
        )
        if self._last_run is None:
            text += " " + self.tr("No suggest run of this window yet: its column is empty.")
        return text

    # -- acting ---------------------------------------------------------------------------

    def selected(self) -> list[HoldBack]:
        """The hold-backs of the selected rows (a place row stands for its surface)."""
        found: dict[Key, HoldBack] = {}
        for item in self.tree.selectedItems():
            top = item.parent() or item
            hold_back = top.data(0, HOLD_BACK_ROLE)
            if isinstance(hold_back, HoldBack):
                found.setdefault(hold_back.key, hold_back)
        return list(found.values())

    def lift_selected(self) -> None:
        """Ask for the selected hold-backs to be lifted, once: the rows go when read again."""
        chosen = self.selected()
        if chosen:
            self.tree.clearSelection()
            self.lift_button.setEnabled(False)
            self.liftRequested.emit(chosen)

    def _selection_changed(self) -> None:
        self.lift_button.setEnabled(bool(self.selected()))

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Open the place of a rejection (a surface row: its first place)."""
        place = item.data(0, PLACE_ROLE)
        if place is None and item.childCount():
            place = item.child(0).data(0, PLACE_ROLE)
        if place is not None:
            self.placeActivated.emit(*place)

    def _on_changed(self, changes: Any, _source: Any) -> None:
        if self.isVisible() and (changes.memory_changed or changes.doc_ids):
            self._soon.start()

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        self._soon.stop()
        if self._job is not None:
            self._job.stop()
        super().done(result)


def _short_title(title: str, most: int = TITLE_CHARS) -> str:
    """A document title cut at a word to `most` characters, so the place after it shows."""
    if len(title) <= most:
        return title
    return title[:most].rsplit(" ", 1)[0].rstrip(" ,;:-–") + "…"


def show_held_back(window: Any) -> HeldBackDialog | None:
    """Annotate ▸ Held back by the memory…: one such window per project, read afresh."""
    context = window.context
    if context is None:
        return None
    dialog = getattr(window, "held_back_dialog", None)
    if dialog is None or dialog.context is not context:
        dialog = HeldBackDialog(context, window)
        dialog.placeActivated.connect(window.corpus.show_place)
        # then off the place it opened, which it stayed over at 1366 x 768
        dialog.placeActivated.connect(lambda *_: keep_clear(dialog, place_on_screen(window.editor)))
        dialog.liftRequested.connect(lambda chosen: lift(window, chosen))
        dialog.addActions([window.commands.undo, window.commands.redo])
        window.held_back_dialog = dialog
    dialog.set_last_run(context.last_suggest)
    dialog.show()
    dialog.raise_()
    # Shown again from behind the main window, it took no keys without this: Enter
    # went on to the main window and accepted the suggestion selected there.
    dialog.activateWindow()
    dialog.tree.setFocus()  # the keys move along the list from the start
    dialog.refresh()
    return dialog


def close_held_back(window: Any) -> None:
    """The project is closing: the window about it goes first, its read and timer stopped.

    It used to close only when the project's context was destroyed, a
    deferred delete that comes after events already queued: a read finished
    just before the project closed, or the timer that reads again after a
    change, arrived first and asked the closed project for its titles.
    """
    dialog = getattr(window, "held_back_dialog", None)
    if dialog is None:
        return
    window.held_back_dialog = None
    dialog.done(QDialog.DialogCode.Rejected)  # stops the timer and the read, drops its result
    dialog.deleteLater()


def suggest_run_ended(window: Any, report: Any) -> None:
    """The window keeps the run's report, and an open held-back window takes its counts and
    reads its list again: left open during a run, its "Latest suggest run" column kept the
    run before (and a run that changes nothing sends no change to read it again by)."""
    if window.context is None:
        return
    window.context.last_suggest = report
    dialog = getattr(window, "held_back_dialog", None)
    if dialog is None or dialog.context is not window.context or not dialog.isVisible():
        return
    dialog.set_last_run(report)
    dialog.refresh()


def lift(window: Any, chosen: list[HoldBack]) -> None:
    """Lift the chosen hold-backs through the window's session, so Ctrl+Z takes it back."""
    from annotator.app.suggest.hold_backs import lift_operation

    op = lift_operation(chosen)
    if op is None or window.context is None:
        return
    try:
        window.context.apply(op, source=window.held_back_dialog)
    except AnnotatorError as exc:  # a rejection undone in another window meanwhile
        window.status.showMessage(shown(exc), 8000)
        window.held_back_dialog.refresh()
        return
    names = ", ".join(f"“{h.surface}” ({h.label})" for h in chosen[:5])
    text = _tr(
        "The next suggest run proposes %Ln held-back surface(s) again: {names} (Ctrl+Z holds "
        "them back again).",
        "",
        len(chosen),
    )
    window.status.showMessage(text.format(names=names + ("…" if len(chosen) > 5 else "")), 8000)
