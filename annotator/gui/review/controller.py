"""The review loop wired together: lists and editor in step, keys that go from suggestion to
suggestion (and on to the next document), decisions that move on, filters and menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.errors import AnnotatorError
from annotator.gui.i18n import number
from annotator.gui.review.decisions import UNFINISHED, ReviewActions
from annotator.gui.review.filters import VISIBLE, ReviewFilter
from annotator.gui.review.items import (
    RELATION,
    SPAN,
    Key,
    ReviewItem,
    first_or_last,
    is_relation,
    pending_keys,
    relation_item,
    step_from,
)
from annotator.gui.review.list_menus import ReviewMenusMixin

# Documents looked at, at most, for the next suggestion the filter keeps.
MAX_DOCUMENT_HOPS = 200


class ReviewController(ReviewMenusMixin, QObject):
    """Owns the review actions and keeps editor, lists and navigation consistent.

    It talks to the editor through its signals and public methods, and to the
    project only through reads and the context's operations.
    """

    def __init__(
        self,
        *,
        editor: Any,
        spans: Any,
        relations: Any,
        context: Callable[[], Any],
        reads: Callable[[], Any],
        document: Callable[[], Any],
        open_document: Callable[[int], None],
        status: Any,
        layer_note: Callable[[int], str] = lambda _doc_id: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self.spans_panel, self.relations_panel = editor, spans, relations
        self._context, self._document, self._open = context, document, open_document
        self._reads = reads  # what the lists show: the project, or one team layer of it
        self._layer_note = layer_note  # what an empty layer's list says (gui.team.layer_note)
        self._status = status
        self.actions = ReviewActions(context, self)
        self.filter = ReviewFilter()
        self._menu: Any = None
        # (document, direction, place) of the last key that found no suggestion further on
        self._edge: tuple[int, int, tuple[int, int, int]] | None = None
        self._wire()

    def _wire(self) -> None:
        editor, spans, relations = self.editor, self.spans_panel, self.relations_panel
        spans.spanActivated.connect(lambda span_id: editor.select_span(span_id))
        relations.relationActivated.connect(lambda rel_id: editor.select_relation(rel_id))
        # The lists follow the editor just after it has painted: a key press shows in
        # the text first, and lists of thousands of rows never slow it down.
        self._follow = QTimer(self, singleShot=True, interval=0)
        self._follow.timeout.connect(self.follow_editor)
        editor.spanSelected.connect(lambda _span: self._follow.start())
        editor.relationSelected.connect(lambda _relation: self._follow.start())
        spans.decisionRequested.connect(self.actions.decide_span)
        relations.decisionRequested.connect(self.actions.decide_relation)
        for source in (editor.reviewStepRequested, spans.stepRequested, relations.stepRequested):
            source.connect(self.step)
        editor.suggestionDecided.connect(self.move_on)
        self.actions.decided.connect(self.move_on)
        self.actions.message.connect(lambda text: self._status.showMessage(text, 8000))
        spans.menuRequested.connect(self._span_menu)
        relations.menuRequested.connect(self._relation_menu)
        spans.filterChanged.connect(self._filter_changed)
        editor.menu_extender = self._extend_editor_menu

    @property
    def project(self) -> Any:
        context = self._context()
        return None if context is None else context.project

    # -- lists --------------------------------------------------------------------------

    def refresh_lists(self) -> None:
        """Show the open document's spans and relations as the filter asks."""
        doc = self._document()
        if doc is None or self.project is None:
            self.spans_panel.clear()
            self.relations_panel.clear()
            self.spans_panel.show_layer_note("")
            return
        states = None if self.filter.shows_rejected else VISIBLE
        reads = self._reads()
        spans = reads.spans(doc.id, states=states)
        relations = reads.relations(doc.id, states=states)
        schema = self.project.schema()
        suggesters = {s.suggester for s in spans if s.suggester}
        suggesters |= {r.suggester for r in relations if r.suggester}
        self.spans_panel.filters.set_choices(labels=schema.label_names(), suggesters=suggesters)
        self.spans_panel.model.locate = self.editor.locate
        self.spans_panel.show_spans(schema=schema, text=doc.text, spans=spans, keep=self.filter)
        self.spans_panel.show_layer_note("" if spans else self._layer_note(doc.id))
        self.relations_panel.show_relations(
            text=doc.text, spans=spans, relations=relations, keep=self.filter
        )
        self.follow_editor()

    def follow_editor(self) -> None:
        """Select in the lists what the editor has selected (emitting nothing back)."""
        self._follow.stop()
        span, relation = self.editor.selected_span(), self.editor.selected_relation()
        self.spans_panel.select_span(None if span is None else span.id)
        self.relations_panel.select_relation(None if relation is None else relation.id)

    def _filter_changed(self, chosen: ReviewFilter) -> None:
        self.filter = chosen
        self.refresh_lists()

    # -- going from suggestion to suggestion ----------------------------------------------

    def pending(self, doc_id: int) -> list[Key]:
        """Keys of the suggestions of a document the filter keeps (in no order)."""
        editor = self.editor
        if doc_id == editor.document_id():  # what the editor shows is what is stored
            return pending_keys(editor.shown_spans(), editor.shown_relations(), self.filter)
        reads = self._reads()
        return pending_keys(reads.spans(doc_id), reads.relations(doc_id), self.filter)

    def _here(self) -> tuple[int, int, int]:
        relation = self.editor.selected_relation()
        if relation is not None:
            item = relation_item(relation, {s.id: s for s in self.editor.shown_spans()})
            if item is not None:
                return item.key
        span, caret = self.editor.selected_span(), self.editor.caret_cp()
        # A caret moved off the selected span (Ctrl+Home, PgDown) says where the reviewer
        # is now: Space went on from the span still outlined far below.
        if span is not None and span.start <= caret <= span.end:
            return span.start, 0, span.id or 0
        return caret, -1, -1

    def step(self, direction: int, after: tuple[int, int, int] | None = None) -> ReviewItem | None:
        """Select the next (1) or previous (-1) suggestion; past the last, go to the next document.

        A key (no `after`) that finds no further suggestion in a document that
        still has some stays put and says so: the same key again goes on. A
        reviewer who skipped suggestions would otherwise be carried off to the
        next document without a word, leaving them behind. A decision on the
        last one (`after`) goes back to the document's first undecided one, and
        on to the next document only when none is left.
        """
        doc = self._document()
        if doc is None or self.project is None:
            return None
        keys = self.pending(doc.id)
        here = after if after is not None else self._here()
        item = step_from(keys, here, direction)
        edge = (doc.id, direction, here)
        if item is not None:
            self._edge = None
            self._select(item, left=len(keys))
            return item
        if keys and after is not None:
            self._edge = None
            return self._back_to_first(keys, direction)
        if keys and self._edge != edge:
            self._edge = edge
            self._say_edge(doc.id, direction, len(keys))
            return None
        self._edge = None
        return self._next_document(doc.id, direction)

    def step_from_window(self, direction: int) -> ReviewItem | None:
        """F8 / Shift+F8, pressed wherever the focus is: step, and let the deciding keys reach it.

        The status bar then offers Enter and Backspace; from the document list
        Enter would open the document again, and in a text field Backspace
        would erase a letter. So the focus goes to the text, unless it is in a
        review list that shows the suggestion, whose keys decide it already.
        From the Relations list a step to a span (or from the Annotations list
        to a relation) left Enter and Backspace with nothing to decide there,
        while the status bar offered them: so the focus goes to the text then.
        """
        item = self.step(direction)
        if item is not None:
            self._keys_to(item)
        return item

    def _keys_to(self, item: ReviewItem) -> None:
        """Give the focus to the text unless the review list that shows `item` has it."""
        focused = QApplication.focusWidget()
        if not (focused and self._list_of(item.kind).isAncestorOf(focused)):
            self.editor.setFocus()

    def _lists_have_focus(self) -> bool:
        focused = QApplication.focusWidget()
        panels = (self.spans_panel, self.relations_panel)
        return focused is not None and any(p.isAncestorOf(focused) for p in panels)

    def _list_of(self, kind: str) -> Any:
        """The review list whose keys decide a suggestion of this kind."""
        return self.spans_panel if kind == SPAN else self.relations_panel

    def _back_to_first(self, keys: list[Key], direction: int) -> ReviewItem | None:
        """After a decision on a document's last suggestion, the first one still undecided."""
        item = first_or_last(keys, direction)
        if item is not None:
            message = self.tr(
                "That was this document's last suggestion: back to its first undecided one"
            )
            self._select(item, left=len(keys))
            shown = self._status.whole_message()  # what selecting it said, after why
            self._status.showMessage(f"{message}   ·   {shown}" if shown else message, 15000)
        return item

    def _say_edge(self, doc_id: int, direction: int, left: int) -> None:
        """Tell the reviewer the document has no suggestion further on, and what the key does next.

        "Space again goes to the next document" was said when no other document
        had any, and Space again went back to this one's first: so it says which.
        """
        elsewhere = self._has_other_document(doc_id, direction)
        if direction > 0 and elsewhere:
            message = self.tr(
                "This document has no more suggestions after this one ({count} in all): "
                "Space again goes to the next document"
            )
        elif direction > 0:
            message = self.tr(
                "None after this one ({count} here), none in other documents: "
                "Space again goes back to the first"
            )
        elif elsewhere:
            message = self.tr(
                "This document has no more suggestions before this one ({count} in all): "
                "Shift+Space again goes to the previous document"
            )
        else:
            message = self.tr(
                "None before this one ({count} here), none in other documents: "
                "Shift+Space again goes back to the last"
            )
        self._status.showMessage(message.format(count=number(left)), 15000)

    def _has_other_document(self, doc_id: int, direction: int) -> bool:
        """Whether another unfinished document has a suggestion the filter keeps."""
        further = self._pending_document(doc_id, direction, stop=None)
        return (further or self._pending_document(None, direction, stop=doc_id)) is not None

    def _next_document(self, doc_id: int, direction: int) -> ReviewItem | None:
        """Further on, then this document's first, then round from the list's other end.

        Without the last step, a reviewer past the last document with suggestions
        was told none were left while earlier documents still held them.
        """
        item = self._open_pending(doc_id, direction, stop=None)
        if item is not None:
            return item
        keys = self.pending(doc_id)  # nothing further on: round to this document's first
        item = first_or_last(keys, direction)
        if item is not None:
            self._select(item, left=len(keys))
            message = self.tr("No more suggestions further on: back to this document's first")
            self._status.showMessage(message, 8000)
            return item
        item = self._open_pending(None, direction, stop=doc_id)
        if item is not None:
            said = self._status.whole_message()
            if direction > 0:
                message = self.tr(
                    "No more suggestions further on: back to the first document with suggestions"
                )
            else:
                message = self.tr(
                    "No more suggestions before this: on to the last document with suggestions"
                )
            self._status.showMessage(f"{message}   ·   {said}" if said else message, 15000)
            return item
        self._status.showMessage(self.tr("No more suggestions in unfinished documents"), 8000)
        return None

    def _open_pending(
        self, after: int | None, direction: int, *, stop: int | None
    ) -> ReviewItem | None:
        """Open the nearest unfinished document past `after` (None: from the list's end) whose
        suggestions the filter keeps, before reaching `stop`, and select its first one."""
        found = self._pending_document(after, direction, stop=stop)
        if found is None:
            return None
        keys = self.pending(found)
        self._open(found)
        item = first_or_last(keys, direction)
        assert item is not None
        self._select(item, left=len(keys))
        return item

    def _pending_document(
        self, after: int | None, direction: int, *, stop: int | None
    ) -> int | None:
        """The nearest unfinished document past `after` with a suggestion the filter keeps."""
        current = after
        for _ in range(MAX_DOCUMENT_HOPS):
            found = self.project.next_pending_document(
                current, backwards=direction < 0, statuses=UNFINISHED
            )
            if found is None or found == stop:
                return None
            if self.pending(found):
                return found
            current = found
        return None

    def _select(self, item: ReviewItem, *, left: int) -> None:
        if item.kind == SPAN:
            self.editor.select_span(item.id)
        else:
            self.editor.select_relation(item.id)
        shown = self._status.whole_message()
        count = self.tr("%Ln suggestion(s) here", "", left)
        # the count and the keys first: a narrow bar cuts the message's end
        self._status.showMessage(f"{count}   ·   {shown}" if shown else count, 15000)

    def move_on(self, kind: str, item_id: int) -> None:
        """After a decision, go to the next suggestion, keeping what was said about it."""
        said = self._status.whole_message()
        key = self._key_of(kind, item_id)
        if key is None:
            return
        item = self._next_relation(key) if kind == RELATION else None
        item = item or self.step(1, after=key)
        if item is not None and self._lists_have_focus():
            self._keys_to(item)  # accepting a relation in its list, then on to a span
        if said:
            now = self._status.whole_message()
            self._status.show_in_turn(f"{said}   ›   {now}" if now else said, now, 15000)

    def _next_relation(self, after: Key) -> ReviewItem | None:
        """From the Relations list, the next pending relation, so the list keeps its row
        (stepping in reading order went on to a span in the text and lost it)."""
        doc, focused = self._document(), QApplication.focusWidget()
        if doc is None or focused is None or not self.relations_panel.isAncestorOf(focused):
            return None
        keys = self.pending(doc.id)
        relations = [key for key in keys if is_relation(key)]
        item = step_from(relations, after, 1) or first_or_last(relations, 1)
        if item is not None:
            self._select(item, left=len(keys))
        return item

    def _key_of(self, kind: str, item_id: int) -> tuple[int, int, int] | None:
        try:
            if kind == SPAN:
                span = self.project.span(item_id)
                return span.start, 0, item_id
            relation = self.project.relation(item_id)
            spans = {s.id: s for s in self.project.spans(relation.doc_id, states=None)}
            item = relation_item(relation, spans)
            return None if item is None else item.key
        except AnnotatorError:
            return None


__all__ = ["RELATION", "SPAN", "ReviewController"]
