"""The consistency check as a window: divided surfaces, their places, a click to each place.

The check reads every document in scope twice, so it runs in a background
thread on its own connection; the window stays usable meanwhile.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app.search.consistency import WORKED, Inconsistency, Place, check_consistency
from annotator.core.model import STATUSES
from annotator.gui.i18n import number
from annotator.gui.jobs import ThreadJob
from annotator.gui.plaintext import plain_label
from annotator.store import CorpusReader

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsistencyDialog(QDialog):
    """Surfaces labelled in some places and not others, or with different labels."""

    placeActivated = Signal(object)  # Place

    def __init__(self, path: Any, titles: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consistency check"))
        self.resize(760, 520)
        self._path = path
        self._titles = titles  # doc ids -> {id: (title, status)}
        self._job: ThreadJob | None = None
        self.results: list[Inconsistency] = []
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Documents worked on (in progress, done, reviewed)"), WORKED)
        self.scope.addItem(self.tr("Every document"), STATUSES)
        self.run_button = QPushButton(self.tr("Check"), self)
        self.summary = plain_label("", self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Surface / place"), self.tr("Labels")])
        self.tree.setColumnWidth(0, 460)
        self.tree.itemActivated.connect(self._activate)
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        # Where no window manager draws a title bar, Esc was the only way out.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.run_button.clicked.connect(self.run_check)
        for button in (self.run_button, *self.buttons.buttons()):
            # Enter on a place opens it; as the dialog's default it also ran the check
            # again (emptying the list) or closed the dialog.
            button.setAutoDefault(False)
            button.setDefault(False)

    def run_check(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self.tree.clear()
        self.summary.setText(self.tr("Checking…"))
        statuses, path = tuple(self.scope.currentData()), self._path

        def check(_emit, cancel):
            with CorpusReader(path, cancel) as reader:
                return check_consistency(reader, statuses=statuses, cancel=cancel)

        self._job = ThreadJob(check, self)
        self._job.done.connect(self._show)
        self._job.failed.connect(self.summary.setText)
        self._job.start()

    def _show(self, results: list[Inconsistency]) -> None:
        self.results = results
        titles = self._titles(sorted({p.doc_id for x in results for p in x.places}))
        for inconsistency in results:
            top = QTreeWidgetItem([inconsistency.surface, self._summary(inconsistency)])
            for place in inconsistency.places:
                title = titles.get(place.doc_id, ("", ""))[0]
                label = place.label or self.tr("(unlabelled)")
                child = QTreeWidgetItem([f"{title} @ {place.start}", label])
                child.setData(0, PLACE_ROLE, place)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.summary.setText(
            self.tr("%Ln surface(s) labelled inconsistently", "", len(results))
            if results
            else self.tr("Every labelled surface is labelled the same way everywhere.")
        )

    def _summary(self, inconsistency: Inconsistency) -> str:
        parts = [f"{label} {number(count)}" for label, count in inconsistency.labels.most_common()]
        if inconsistency.unlabelled:
            parts.append(self.tr("unlabelled %1").replace("%1", number(inconsistency.unlabelled)))
        return ", ".join(parts)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        place = item.data(0, PLACE_ROLE)
        if isinstance(place, Place):
            self.placeActivated.emit(place)

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        if self._job is not None:
            self._job.stop()
        super().done(result)
