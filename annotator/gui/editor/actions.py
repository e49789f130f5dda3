"""Editor actions: build operations, apply them through the session, absorb change sets."""

from __future__ import annotations

from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.core.model import ACCEPTED, PENDING, REJECTED, Span
from annotator.core.operations import (
    AddSpan,
    DeleteSpan,
    Operation,
    RelabelSpan,
    SetSpanState,
    SetSpanStates,
)

# Beyond this many touched spans, one read of the document beats one read per span.
BULK_RELOAD = 200


class ActionsMixin:
    """Operations made from the editor, and redrawing only what they touched."""

    _project: Any
    _session: Any

    # --- applying ----------------------------------------------------------------

    def apply_operation(self, op: Operation) -> ChangeSet | None:
        """Apply one operation as this editor; errors become a status message."""
        if self._session is None or self._doc is None:
            return None
        try:
            changes = self._session.apply(op, origin=self._origin)
        except AnnotatorError as exc:
            self.statusMessage.emit(str(exc))
            return None
        self._absorb(changes)
        self.changesApplied.emit(changes)
        return changes

    def create_span(self, label: str, start: int, end: int) -> Span | None:
        """Label [start, end) and select the new span."""
        assert self._doc is not None and self._doc.id is not None
        changes = self.apply_operation(AddSpan(self._doc.id, start, end, label))
        if changes is None or not changes.spans_added:
            return None
        span_id = changes.spans_added[0]
        self._clear_text_selection(end)
        self._set_selected(span_id)
        return self._index.get(span_id)

    def relabel_selected(self, label: str) -> None:
        span = self.selected_span()
        if span is None or span.label == label:
            return
        if self.apply_operation(RelabelSpan(span.id, label)) is not None:
            self._set_selected(span.id)

    def delete_selected(self) -> None:
        """Delete an accepted span; a pending suggestion is rejected instead."""
        span = self.selected_span()
        if span is None:
            return
        if span.state == PENDING:
            self.set_selected_state(REJECTED)
            return
        self.apply_operation(DeleteSpan(span.id))
        self.statusMessage.emit(f"Deleted {span.label}: {self.surface(span)}")

    def set_selected_state(self, state: str) -> None:
        """Accept or reject the selected suggestion."""
        span = self.selected_span()
        if span is None or span.state == state:
            return
        self.apply_operation(SetSpanState(span.id, state))
        verb = "Accepted" if state == ACCEPTED else "Rejected"
        self.statusMessage.emit(f"{verb} {span.label}: {self.surface(span)}")

    def accept_all_pending(self) -> ChangeSet | None:
        """Accept every suggestion of the document as one undo step."""
        return self._set_all_pending(ACCEPTED)

    def reject_all_pending(self) -> ChangeSet | None:
        """Reject every suggestion of the document as one undo step."""
        return self._set_all_pending(REJECTED)

    def _set_all_pending(self, state: str) -> ChangeSet | None:
        ids = tuple(sorted(s.id for s in self._index if s.state == PENDING))
        if not ids:
            self.statusMessage.emit("No pending suggestions in this document")
            return None
        changes = self.apply_operation(SetSpanStates(ids, state))
        if changes is not None:
            verb = "Accepted" if state == ACCEPTED else "Rejected"
            self.statusMessage.emit(f"{verb} {len(ids)} suggestions")
        return changes

    def pending_count(self) -> int:
        return sum(1 for s in self._index if s.state == PENDING)

    # --- cycling -------------------------------------------------------------------

    def cycle_spans(self, step: int) -> Span | None:
        """Select the next (or previous) span under the caret, outermost first."""
        spans = self._index.at(self.caret_cp())
        if not spans:
            cp = self.caret_cp()
            spans = self._index.at(cp - 1) if cp > 0 else []
        if not spans:
            self.statusMessage.emit("No span at the cursor")
            return None
        ids = [s.id for s in spans]
        if self._selected_id in ids:
            chosen = ids[(ids.index(self._selected_id) + step) % len(ids)]
        else:
            chosen = ids[0] if step > 0 else ids[-1]
        self._set_selected(chosen)
        return self.selected_span()

    # --- absorbing change sets -------------------------------------------------------

    def _absorb(self, changes: ChangeSet) -> None:
        """Bring the index, highlight and overlay up to date with a change set."""
        if self._doc is None:
            return
        if changes.schema_changed:
            self._reload_after_schema_change()
            return
        if changes.doc_ids and self._doc.id not in changes.doc_ids:
            return
        touched: set[int] = set()
        for span_id in changes.spans_removed:
            touched.update(self._index.remove(span_id))
        ids = changes.spans_added + changes.spans_changed
        if len(ids) > BULK_RELOAD:
            self._reload_spans()
        else:
            for span_id in ids:
                touched.update(self._read_span(span_id))
        if (
            changes.relations_added
            or changes.relations_removed
            or changes.relations_changed
            or changes.spans_removed
        ):
            self._relations = {r.id: r for r in self._project.relations(self._doc.id)}
        self._repaint_blocks(touched)
        self._after_change()

    def _read_span(self, span_id: int) -> range:
        try:
            span = self._project.span(span_id)
        except AnnotatorError:
            return self._index.remove(span_id)
        if span.doc_id != self._doc.id:
            return range(0)
        if span.state == REJECTED:
            return self._index.remove(span_id)
        return self._index.add(span)

    def _reload_spans(self) -> None:
        spans = self._project.spans(self._doc.id)
        self._index = self._build_index(self._index.starts, self._doc.text, spans)
        self._highlighter.configure(index=self._index, offsets=self._offsets)
        self.forget_boxes()
        self._highlighter.rehighlight()

    def _reload_after_schema_change(self) -> None:
        selected, caret = self._selected_id, self.caret_cp()
        top = self.first_visible_position()
        self.set_label_keys(self._project.schema())
        self.load_document(self._doc.id)
        self.scroll_to_position(top)
        self._clear_text_selection(caret)
        if selected is not None and self._index.get(selected) is not None:
            self._set_selected(selected)

    def _repaint_blocks(self, numbers: set[int]) -> None:
        document = self.document()
        self.forget_boxes(numbers)
        for number in sorted(numbers):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self._highlighter.rehighlightBlock(block)

    def _after_change(self) -> None:
        if self._relation_head is not None and self._index.get(self._relation_head) is None:
            self.cancel_relation()
        if self._selected_id is not None:
            # Tell the panels only when the selected span itself changed or went.
            span = self._index.get(self._selected_id)
            if span is None:
                self._set_selected(None)
            elif span != self._announced:
                self._set_selected(span.id)
        self.viewport().update()
