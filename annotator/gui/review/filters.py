"""Which annotations the review lists show and the keys step through: source, label, state,
confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from annotator.core.model import ACCEPTED, PENDING, REJECTED, Relation, Span
from annotator.gui.review.provenance import suggester_name

MANUAL_SOURCE = ":manual"  # made by hand or imported: no suggester
VISIBLE = frozenset({ACCEPTED, PENDING})
CONFIDENCE_LIMITS = (0.5, 0.8, 0.95)  # "under 50%"...: the doubtful suggestions first
SURE_LIMITS = (0.8, 0.95)  # "80% or more"...: the sure ones, to accept together


@dataclass(frozen=True)
class ReviewFilter:
    """None means any; `states` the states shown (rejected ones only when asked)."""

    source: str | None = None
    label: str | None = None
    states: frozenset[str] = field(default=VISIBLE)
    below: float | None = None  # only suggestions with a confidence under this (0..1)
    at_least: float | None = None  # only suggestions with a confidence of this or more

    def keeps(self, item: Span | Relation, labels: tuple[str, ...] = ()) -> bool:
        """Whether `item` passes; a relation's `labels` are those of its two spans."""
        if item.state not in self.states:
            return False
        if self.source is not None:
            source = item.suggester or MANUAL_SOURCE
            if source != self.source:
                return False
        if self.label is not None:
            own = (item.label,) if isinstance(item, Span) else labels
            if self.label not in own:
                return False
        if self.below is None and self.at_least is None:
            return True
        if item.confidence is None:  # by hand or imported: no confidence to doubt or trust
            return False
        if self.below is not None and item.confidence >= self.below:
            return False
        return self.at_least is None or item.confidence >= self.at_least

    @property
    def shows_rejected(self) -> bool:
        return REJECTED in self.states


class FilterBar(QWidget):
    """Four choices above the lists (the confidence below the others); emits `changed(ReviewFilter)`."""

    changed = Signal(object)

    STATE_CHOICES = (
        ("accepted+pending", VISIBLE),
        ("pending", frozenset({PENDING})),
        ("accepted", frozenset({ACCEPTED})),
        ("rejected", frozenset({REJECTED})),
        ("all", frozenset({ACCEPTED, PENDING, REJECTED})),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_box = QComboBox(self)
        self.label_box = QComboBox(self)
        self.state_box = QComboBox(self)
        self.confidence_box = QComboBox(self)
        self._add_confidence_choices()
        state_names = {
            "accepted+pending": self.tr("Accepted and suggested"),
            "pending": self.tr("Suggested only"),
            "accepted": self.tr("Accepted only"),
            "rejected": self.tr("Rejected only"),
            "all": self.tr("All, rejected too"),
        }
        for key, states in self.STATE_CHOICES:
            self.state_box.addItem(state_names[key], states)
        self.source_box.setToolTip(self.tr("Who proposed the annotation"))
        self.label_box.setToolTip(self.tr("Label (a relation shows when either end has it)"))
        self.state_box.setToolTip(
            self.tr("Rejected suggestions are kept: show them to restore one")
        )
        # The confidence on a row of its own: four boxes side by side clip in a narrow dock.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        first = QHBoxLayout()
        for box in (self.source_box, self.label_box, self.state_box):
            first.addWidget(box, 1)
        second = QHBoxLayout()
        second.addWidget(self.confidence_box)
        second.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)
        for box in (self.source_box, self.label_box, self.state_box, self.confidence_box):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit(self.current()))
        self.set_choices(labels=(), suggesters=())

    def _add_confidence_choices(self) -> None:
        """Any, "under N%" (the doubtful first), then "N% or more" (the sure, to accept together).

        An item's data is its "under" limit (None for the others); `at_least`
        keeps the lower limit of each item, by position.
        """
        box = self.confidence_box
        self.at_least: list[float | None] = [None]
        box.addItem(self.tr("Any confidence"), None)
        for limit in CONFIDENCE_LIMITS:
            text = self.tr("Confidence under {percent}%").format(percent=round(limit * 100))
            box.addItem(text, limit)
            self.at_least.append(None)
        for limit in SURE_LIMITS:
            text = self.tr("Confidence {percent}% or more").format(percent=round(limit * 100))
            box.addItem(text, None)
            self.at_least.append(limit)
        box.setToolTip(
            self.tr(
                "Only suggestions their suggester was less sure of, or as sure as this or "
                "more (by hand: none)"
            )
        )

    def set_choices(self, *, labels, suggesters) -> None:
        """Offer the labels of the schema and the suggesters of the document."""
        current = self.current()
        for box in (self.source_box, self.label_box):
            box.blockSignals(True)
            box.clear()
        self.source_box.addItem(self.tr("All sources"), None)
        self.source_box.addItem(self.tr("By hand or imported"), MANUAL_SOURCE)
        for suggester in sorted(set(suggesters) | ({current.source} - {None, MANUAL_SOURCE})):
            self.source_box.addItem(suggester_name(suggester), suggester)
        self.label_box.addItem(self.tr("All labels"), None)
        for label in labels:
            self.label_box.addItem(label, label)
        for box, value in ((self.source_box, current.source), (self.label_box, current.label)):
            index = box.findData(value)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def current(self) -> ReviewFilter:
        states = self.state_box.currentData()
        return ReviewFilter(
            source=self.source_box.currentData(),
            label=self.label_box.currentData(),
            states=states if states is not None else VISIBLE,
            below=self.confidence_box.currentData(),
            at_least=self.at_least[max(0, self.confidence_box.currentIndex())],
        )

    def show_states(self, states: frozenset[str]) -> None:
        index = next(
            (i for i in range(self.state_box.count()) if self.state_box.itemData(i) == states), 0
        )
        self.state_box.setCurrentIndex(index)
