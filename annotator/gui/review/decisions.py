"""Deciding about suggestions from the lists and menus: one operation, one undo step each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.core.model import ACCEPTED, IN_PROGRESS, NEW, PENDING, REJECTED, Span
from annotator.core.operations import (
    Batch,
    DeleteRelation,
    DeleteSpan,
    Operation,
    SetRelationStates,
    SetSpanStates,
)
from annotator.gui.editor.decision_words import relation_decided
from annotator.gui.i18n import _tr, number
from annotator.gui.messages import shown
from annotator.gui.reports.counts import counted

UNFINISHED = (NEW, IN_PROGRESS)
ACCEPT, REJECT, DELETE, RESTORE = "accept", "reject", "delete", "restore"


class ReviewActions(QObject):
    """Builds review operations and applies them through the window's context.

    Emits `message(text)` for the status bar and `decided(kind, id)` after a
    pending suggestion was accepted or rejected, so the loop can move on.
    """

    message = Signal(str)
    refused = Signal(str)  # a decision the store refused, and why (gui.refusal_notice)
    decided = Signal(str, int)

    def __init__(self, context: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context

    @property
    def project(self) -> Any:
        context = self._context()
        return None if context is None else context.project

    def surface(self, span: Span) -> str:
        text = self.project.document(span.doc_id).text
        return " ".join(text[span.start : span.end].split())

    def surface_of(self, span_id: int) -> str:
        try:
            return self.surface(self.project.span(span_id))
        except AnnotatorError:
            return "?"

    # -- one item -----------------------------------------------------------------

    def decide_span(self, span_id: int, decision: str) -> ChangeSet | None:
        span = self.project.span(span_id)
        if decision == DELETE or (decision == REJECT and span.state == ACCEPTED):
            changes = self._apply(DeleteSpan(span_id))
            verb = self.tr("Deleted")
        else:
            state = {ACCEPT: ACCEPTED, REJECT: REJECTED, RESTORE: PENDING}[decision]
            if span.state == state:
                return None
            changes = self._apply(SetSpanStates((span_id,), state))
            verb = {ACCEPT: self.tr("Accepted"), REJECT: self.tr("Rejected")}.get(
                decision, self.tr("Restored")
            )
        if changes is not None:
            self._say(f"{verb} {span.label}: {self.surface(span)}", changes)
            if span.state == PENDING and decision in (ACCEPT, REJECT):
                self.decided.emit("span", span_id)
        return changes

    def decide_relation(self, relation_id: int, decision: str) -> ChangeSet | None:
        try:
            relation = self.project.relation(relation_id)
        except AnnotatorError as exc:
            self.message.emit(shown(exc))
            return None
        if decision == DELETE and relation.state == PENDING:
            decision = REJECT
        if decision == DELETE or (decision == REJECT and relation.state == ACCEPTED):
            changes = self._apply(DeleteRelation(relation_id))
            self._say(self.tr("Deleted the relation {type}").format(type=relation.type), changes)
            return changes
        state = {ACCEPT: ACCEPTED, REJECT: REJECTED, RESTORE: PENDING}[decision]
        if relation.state == state:
            return None
        ends = (self.surface_of(relation.head), self.surface_of(relation.tail))
        changes = self._apply(SetRelationStates((relation_id,), state))
        if changes is not None:
            verb = {ACCEPT: self.tr("Accepted"), REJECT: self.tr("Rejected")}.get(
                decision, self.tr("Restored")
            )
            self.message.emit(relation_decided(verb, relation.type, ends, changes))
            if relation.state == PENDING and decision in (ACCEPT, REJECT):
                self.decided.emit("relation", relation_id)
        return changes

    # -- many at once -------------------------------------------------------------

    def like_this(self, span: Span, *, everywhere: bool) -> list[int]:
        """Pending spans with the same text and label (this document, or all unfinished)."""
        return self.project.pending_like(
            label=span.label,
            surface=self.project.document(span.doc_id).text[span.start : span.end],
            doc_id=None if everywhere else span.doc_id,
            statuses=UNFINISHED,
        )

    def accept_all_like(self, span: Span, *, everywhere: bool) -> ChangeSet | None:
        return self._decide_all_like(span, everywhere=everywhere, state=ACCEPTED)

    def reject_all_like(self, span: Span, *, everywhere: bool) -> ChangeSet | None:
        """Reject every pending span with this text and label, as one undo step.

        After suggesting for all documents, a wrong suggestion is pending in
        each of them; the project's memory only holds back later ones.
        """
        return self._decide_all_like(span, everywhere=everywhere, state=REJECTED)

    def _decide_all_like(self, span: Span, *, everywhere: bool, state: str) -> ChangeSet | None:
        ids = self.like_this(span, everywhere=everywhere)
        if not ids:
            self.message.emit(self.tr("Nothing like it is pending"))
            return None
        changes = self._apply(SetSpanStates(tuple(ids), state))
        if changes is not None:
            documents = len(changes.doc_ids)
            if state == ACCEPTED:
                text = self.tr(
                    "Accepted {count} {label} “{surface}” in %Ln document(s)", "", documents
                )
            else:
                text = self.tr(
                    "Rejected {count} {label} “{surface}” in %Ln document(s)", "", documents
                )
            self._say(
                text.format(count=number(len(ids)), label=span.label, surface=self.surface(span)),
                changes,
            )
        return changes

    def accept_listed(self, span_ids: list[int]) -> ChangeSet | None:
        """Accept the pending spans a filtered list shows, as one undo step."""
        changes = self._apply(SetSpanStates(tuple(span_ids), ACCEPTED))
        if changes is not None:
            text = self.tr("Accepted %Ln listed suggestion(s)", "", len(span_ids))
            undo = _tr("(Ctrl+Z takes it back)")  # the phrase every bulk decision ends with
            self.message.emit(f"{text} {undo}")
        return changes

    def from_suggester(self, suggester: str, *, doc_id: int | None) -> tuple[list[int], list[int]]:
        return self.project.pending_from(suggester=suggester, doc_id=doc_id, statuses=UNFINISHED)

    def reject_all_from(self, suggester: str, *, doc_id: int | None) -> ChangeSet | None:
        """Reject every pending span and relation of one suggester as one undo step."""
        spans, relations = self.from_suggester(suggester, doc_id=doc_id)
        if not spans and not relations:
            self.message.emit(self.tr("Nothing from this suggester is pending"))
            return None
        parts: list[Operation] = []
        if relations:
            parts.append(SetRelationStates(tuple(relations), REJECTED))
        if spans:
            parts.append(SetSpanStates(tuple(spans), REJECTED))
        op = Batch(tuple(parts), description=f"reject all from {suggester}")
        changes = self._apply(op)
        if changes is not None:
            text = self.tr("Rejected {spans} and {relations} from {who}")
            self.message.emit(
                text.format(
                    spans=counted(len(spans), "span"),
                    relations=counted(len(set(changes.relations_changed)), "relation"),
                    who=suggester,
                )
            )
        return changes

    # -- applying -------------------------------------------------------------------

    def _apply(self, op: Operation) -> ChangeSet | None:
        context = self._context()
        if context is None:
            return None
        try:
            return context.apply(op, source=self)
        except AnnotatorError as exc:
            self.refused.emit(shown(exc))
            return None

    def _say(self, text: str, changes: ChangeSet | None) -> None:
        count = len(changes.relations_changed) if changes is not None else 0
        if count:
            text = self.tr("{text}, and rejected %Ln relation(s) with it", "", count).format(
                text=text
            )
        self.message.emit(text)
