"""Review operations that combine others: accepting a suggestion with another label."""

from __future__ import annotations

from annotator.core.changes import ChangeSet
from annotator.core.errors import DuplicateSpanError
from annotator.core.messages import message
from annotator.core.model import ACCEPTED, PENDING, REJECTED
from annotator.core.operations import AcceptSpanAs, Batch, Operation, RelabelSpan, SetSpanState
from annotator.store import apply_relations
from annotator.store import repository as repo
from annotator.store.apply_base import ApplyContext, Result, check_label
from annotator.store.apply_spans import relabel_span, set_span_state
from annotator.store.live_spans import live_twin


def accept_span_as(ctx: ApplyContext, op: AcceptSpanAs) -> Result:
    """One accepted `label` span at the place of `op.span_id`, in one step.

    A pending span is relabelled and accepted; if an identical span with
    that label is already there, it is accepted and this one rejected. An
    accepted span is relabelled (refused where the twin exists). Its live
    relations whose type does not link the new label go in the same step: a
    PER that HOLDS a ROLE, relabelled ROLE, kept a ROLE HOLDS ROLE that adding
    by hand refuses. RelabelSpan alone stays a plain relabel (RemoveLabel's
    undo replays it before the relation types are back).
    """
    span = repo.read_span(ctx.conn, op.span_id)
    check_label(ctx.conn, op.label)
    parts: list[tuple[ChangeSet, Operation]] = []
    if op.label != span.label:
        twin = live_twin(ctx.conn, span.doc_id, span.start, span.end, op.label, span.annotator)
        if twin is not None:
            if span.state != PENDING:
                raise DuplicateSpanError(
                    message("this text is already labelled {label}", label=op.label), twin[0]
                )
            parts.append(set_span_state(ctx, SetSpanState(span.id or 0, REJECTED)))
            if twin[1] == PENDING:
                parts.append(set_span_state(ctx, SetSpanState(twin[0], ACCEPTED)))
            return _combined(parts)
        parts.append(relabel_span(ctx, RelabelSpan(span.id or 0, op.label)))
        dropped, restore = apply_relations.drop_unfitting(ctx, span.id or 0, op.label)
        if restore is not None:
            parts.append((dropped, restore))
    if span.state != ACCEPTED:
        parts.append(set_span_state(ctx, SetSpanState(span.id or 0, ACCEPTED)))
    return _combined(parts)


def _combined(parts: list[tuple[ChangeSet, Operation]]) -> Result:
    change = ChangeSet()
    for part, _ in parts:
        change = change.merge(part)
    inverses = [inverse for _, inverse in reversed(parts)]
    return change, inverses[0] if len(inverses) == 1 else Batch(tuple(inverses))
