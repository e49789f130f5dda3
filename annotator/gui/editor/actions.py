"""Editor actions: build operations, apply them through the session, absorb change sets."""

from __future__ import annotations

from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError, DuplicateSpanError
from annotator.core.model import ACCEPTED, PENDING, REJECTED, Span
from annotator.core.operations import (
    AcceptSpanAs,
    AddSpan,
    DeleteSpan,
    Operation,
    SetSpanState,
)
from annotator.gui.editor.decide_all import DecideAllMixin
from annotator.gui.editor.decision_words import (
    with_relations,
    with_unfitting_removed,
)
from annotator.gui.editor.extent import ExtentMixin
from annotator.gui.i18n import _tr
from annotator.gui.messages import shown

# Beyond this many touched spans, one read of the document beats one read per span.
BULK_RELOAD = 200


class ActionsMixin(DecideAllMixin, ExtentMixin):
    """Operations made from the editor, and redrawing only what they touched."""

    _project: Any
    _session: Any

    # --- applying ----------------------------------------------------------------

    def apply_operation(self, op: Operation) -> ChangeSet | None:
        """Apply one operation as this editor; errors become a status message."""
        try:
            return self._apply_or_raise(op)
        except AnnotatorError as exc:
            self.refused.emit(shown(exc))
            return None

    def _apply_or_raise(self, op: Operation) -> ChangeSet | None:
        if self._session is None or self._doc is None:
            return None
        changes = self._session.apply(op, origin=self._origin)
        self._absorb(changes)
        self.changesApplied.emit(changes)
        return changes

    def create_span(self, label: str, start: int, end: int) -> Span | None:
        """Label [start, end) and select the span; an identical one is accepted or selected.

        Over one span of the same label its extent is corrected instead (extent.py).
        """
        assert self._doc is not None and self._doc.id is not None
        if not self._may_cross(label, start, end):
            return None
        handled, corrected = self._correct_overlapped(label, start, end)
        if handled:
            return corrected
        try:
            changes = self._apply_or_raise(AddSpan(self._doc.id, start, end, label))
        except DuplicateSpanError as exc:
            self._clear_text_selection(end)
            self._set_selected(exc.span_id)
            self.statusMessage.emit(
                _tr("Already labelled {label}: selected it").format(label=label)
            )
            return self._index.get(exc.span_id)
        except AnnotatorError as exc:
            self.refused.emit(shown(exc))
            return None
        touched = (changes.spans_added or changes.spans_changed) if changes else ()
        if not touched:
            return None
        self._clear_text_selection(end)
        self._set_selected(touched[0])
        if changes is not None and not changes.spans_added:
            message = _tr("Accepted the {label} suggestion already there").format(label=label)
            self.statusMessage.emit(message)
        return self._index.get(touched[0])

    def _may_cross(self, label: str, start: int, end: int) -> bool:
        """Refuse (with a message) a span across a paragraph break its label does not allow."""
        text = self._doc.text if self._doc is not None else ""
        if "\n" not in text[start:end]:
            return True
        known = {x.name: x for x in self._schema.labels}.get(label)
        if known is not None and known.crosses_paragraphs:
            return True
        self.statusMessage.emit(
            _tr(
                "The selection crosses a paragraph break, so it was not labelled {label}: "
                "label each paragraph's part (Label schema can allow it for this label)"
            ).format(label=label)
        )
        return False

    def relabel_selected(self, label: str) -> None:
        """A label key on a span: relabel it; on a suggestion, accept it with that label."""
        span = self.selected_span()
        if span is None:
            return
        if span.state == PENDING:
            changes = self.apply_operation(AcceptSpanAs(span.id or 0, label))
            if changes is None:
                return
            kept = next((i for i in changes.spans_changed if self._index.get(i)), None)
            if kept is not None:
                self._set_selected(kept)
            message = _tr("Accepted as {label}: {surface}")
            said = message.format(label=label, surface=self.surface(span))
            self.statusMessage.emit(with_unfitting_removed(said, changes))
            self.suggestionDecided.emit("span", span.id or 0)
            return
        if span.label == label:
            return
        # AcceptSpanAs rather than RelabelSpan: relations the new label does not fit go too
        changes = self.apply_operation(AcceptSpanAs(span.id or 0, label))
        if changes is not None:
            self._set_selected(span.id)
            if changes.relations_removed:
                said = f"{label}: {self.surface(span)}"
                self.statusMessage.emit(with_unfitting_removed(said, changes))

    def delete_selected(self) -> None:
        """Delete an accepted span; a pending suggestion is rejected instead."""
        if self.selected_relation() is not None:
            self.delete_selected_relation()
            return
        span = self.selected_span()
        if span is None:
            return
        if span.state == PENDING:
            self.set_selected_state(REJECTED)
            return
        changes = self.apply_operation(DeleteSpan(span.id or 0))
        if changes is not None:
            message = _tr("Deleted {label}: {surface}")
            self.statusMessage.emit(message.format(label=span.label, surface=self.surface(span)))

    def set_selected_state(self, state: str) -> None:
        """Accept or reject the selected suggestion (span or relation)."""
        if self.selected_relation() is not None:
            self.set_selected_relation_state(state)
            return
        span = self.selected_span()
        if span is None or span.state == state:
            return
        changes = self.apply_operation(SetSpanState(span.id or 0, state))
        if changes is None:
            return
        verb = _tr("Accepted") if state == ACCEPTED else _tr("Rejected")
        message = f"{verb} {span.label}: {self.surface(span)}"
        self.statusMessage.emit(with_relations(message, changes))
        if span.state == PENDING:
            self.suggestionDecided.emit("span", span.id or 0)

    def pending_count(self) -> int:
        """Pending spans and relations of the shown document."""
        spans = sum(1 for s in self._index if s.state == PENDING)
        return spans + sum(1 for r in self._relations.values() if r.state == PENDING)

    # --- cycling -------------------------------------------------------------------

    def cycle_spans(self, step: int) -> Span | None:
        """Select the next (or previous) span under the caret, outermost first."""
        spans = self._index.at(self.caret_cp())
        if not spans:
            cp = self.caret_cp()
            spans = self._index.at(cp - 1) if cp > 0 else []
        if not spans:
            self.statusMessage.emit(_tr("No span at the cursor"))
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
        ends = {i for r in self._relations.values() for i in (r.head, r.tail)}
        if (
            changes.relations_added
            or changes.relations_removed
            or changes.relations_changed
            or changes.spans_removed
            or ends.intersection(changes.spans_changed)  # an end moved: its arcs move too
        ):
            self._relations = {r.id: r for r in self._project.relations(self._doc.id)}
            self._index_relations()
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
        self._index_relations()
        self._highlighter.configure(
            index=self._index, offsets=self._offsets, regions=self._doc.regions
        )
        self.forget_boxes()
        self._highlighter.rehighlight()

    def _reload_after_schema_change(self) -> None:
        self.set_label_keys(self._project.schema())
        self.reload_document()

    def reload_document(self) -> None:
        """Read the shown document again (changed elsewhere), keeping place and selection."""
        if self._doc is None:
            return
        selected, relation, caret = self._selected_id, self._selected_relation, self.caret_cp()
        top = self.first_visible_position()
        self.load_document(self._doc.id)
        self.scroll_to_position(top)
        self._clear_text_selection(caret)
        if selected is not None and self._index.get(selected) is not None:
            self._set_selected(selected)
        elif relation is not None:
            self.select_relation(relation, ensure_visible=False)

    def _repaint_blocks(self, numbers: set[int]) -> None:
        document = self.document()
        self.forget_boxes(numbers)
        for block_number in sorted(numbers):
            block = document.findBlockByNumber(block_number)
            if block.isValid():
                self._highlighter.rehighlightBlock(block)

    def _after_change(self) -> None:
        if self._relation_head is not None and self._index.get(self._relation_head) is None:
            self.cancel_relation()
        if self._selected_relation is not None:
            relation = self._relations.get(self._selected_relation)
            self._selected_relation = None if relation is None else relation.id
            self.relationSelected.emit(relation)
        if self._selected_id is not None:
            # Tell the panels only when the selected span itself changed or went.
            span = self._index.get(self._selected_id)
            if span is None:
                self._set_selected(None)
            elif span != self._announced:
                self._set_selected(span.id)
        self.viewport().update()
