"""Correcting a span's extent from the editor: select the right words over it, press its label key.

Only the outermost span of a label is annotated (resources/guidelines.md), so
labelling words that overlap a span of the same label in the same layer moves
that span rather than adding a second one inside or beside it. A suggestion is
moved and accepted in one step; an accepted span is only moved. Either way the
span keeps its id, so its relations stay with it, and one Ctrl+Z takes it back.
"""

from __future__ import annotations

from typing import Any

from annotator.core.model import ACCEPTED, PENDING, Span
from annotator.core.operations import Batch, Operation, ResizeSpan, SetSpanState
from annotator.gui.i18n import _tr, number


class ExtentMixin:
    """The label key over a span of that label: correct its extent, or say why not."""

    _session: Any
    _doc: Any
    _index: Any

    def _correct_overlapped(self, label: str, start: int, end: int) -> tuple[bool, Span | None]:
        """(handled, span): whether [start, end) corrected (or was refused as correcting) a span.

        An identical span, or none overlapping, is not handled here: AddSpan
        selects or accepts the first and adds the second.
        """
        same = self._same_label_overlapping(label, start, end)
        if not same or any((s.start, s.end) == (start, end) for s in same):
            return False, None
        if len(same) > 1:
            message = _tr(
                "Nothing changed: the selection overlaps {n} {label} spans; "
                "select words over only one to correct its extent"
            )
            self.statusMessage.emit(message.format(n=number(len(same)), label=label))
            return True, None
        return True, self._correct_extent(same[0], start, end)

    def _same_label_overlapping(self, label: str, start: int, end: int) -> list[Span]:
        """Spans of `label` in this editor's layer that [start, end) overlaps (rejected ones are not shown)."""
        me = getattr(self._session, "annotator", None)
        found = {
            s.id: s for n in self._index.blocks_of(start, end) for s in self._index.in_block(n)
        }
        return [
            s
            for s in found.values()
            if s.label == label and s.annotator == me and s.start < end and start < s.end
        ]

    def _correct_extent(self, span: Span, start: int, end: int) -> Span | None:
        """Move `span` to [start, end) (a suggestion is accepted in the same step)."""
        span_id = span.id or 0
        op: Operation = ResizeSpan(span_id, start, end)
        if span.state == PENDING:
            op = Batch(
                (op, SetSpanState(span_id, ACCEPTED)),
                description="correct a suggestion's extent",
            )
        if self.apply_operation(op) is None:
            return None
        self._clear_text_selection(end)
        self._set_selected(span.id)
        self.statusMessage.emit(self._extent_message(span, start, end))
        if span.state == PENDING:
            self.suggestionDecided.emit("span", span_id)
        return self._index.get(span_id)

    def _extent_message(self, span: Span, start: int, end: int) -> str:
        """What changed, in words: the new surface, and for an accepted span the old one too."""
        text = self._doc.text if self._doc is not None else ""
        new = " ".join(text[start:end].split())
        if span.state == PENDING:
            message = _tr("Accepted {label} with its extent corrected: {surface}")
            return message.format(label=span.label, surface=new)
        old = " ".join(text[span.start : span.end].split())
        message = _tr("Corrected the extent of {label}: “{old}” → “{new}”")
        undo = _tr("(Ctrl+Z takes it back)")
        return f"{message.format(label=span.label, old=old, new=new)} {undo}"
