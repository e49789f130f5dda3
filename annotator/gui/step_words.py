"""What an undo or redo step was, in words, read from the edit it stepped over.

The status bar said only "Undone." while the window jumped somewhere: the
annotator could not tell which of the last edits went. The words come from
the logged operation (and its inverse, which holds what a deletion removed),
never from guessing at the change set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from annotator.app.suggest.hold_backs import LIFT
from annotator.app.suggest.withdrawing import WITHDRAW
from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.core.model import Span
from annotator.core.operations import Batch, Operation, RelabelSpan, SetSpanState, SetSpanStates
from annotator.gui.context import FIRST_EDIT
from annotator.gui.documents.model import STATUS_TEXT
from annotator.gui.i18n import _tr
from annotator.gui.reports.counts import counted
from annotator.gui.step_batches import Counted, and_words, corrected_extent, placed, shared_verb

# Operations named by what they are, without the spans they touch.
_PLAIN_WORDS = {
    "start_documents": QT_TR_NOOP("starting documents"),
    "set_title": QT_TR_NOOP("renaming a document"),
    "delete_document": QT_TR_NOOP("deleting a document"),
    "restore_document": QT_TR_NOOP("restoring a document"),
    "set_note": QT_TR_NOOP("editing the document note"),
    "restore_status": QT_TR_NOOP("restoring the document status"),
    "add_suggestions": QT_TR_NOOP("adding suggestions"),
    "restore_spans": QT_TR_NOOP("restoring annotations"),
    "put_label": QT_TR_NOOP("editing a label of the schema"),
    "rename_label": QT_TR_NOOP("renaming a label"),
    "remove_label": QT_TR_NOOP("removing a label from the schema"),
    "put_relation_type": QT_TR_NOOP("editing a relation type"),
    "remove_relation_type": QT_TR_NOOP("removing a relation type"),
    "add_entity": QT_TR_NOOP("adding an entity"),
    "delete_entity": QT_TR_NOOP("deleting an entity"),
    "restore_entity": QT_TR_NOOP("restoring an entity"),
    "link_mentions": QT_TR_NOOP("linking mentions to an entity"),
    "merge_entities": QT_TR_NOOP("merging entities"),
    "rename_entity": QT_TR_NOOP("renaming an entity"),
    "add_entity_names": QT_TR_NOOP("adding names of an entity"),
    "remove_entity_names": QT_TR_NOOP("removing names of an entity"),
    "merge_layer": QT_TR_NOOP("merging an annotation layer"),
    "curate_spans": QT_TR_NOOP("curating annotations"),
    "curate_span": QT_TR_NOOP("curating an annotation"),
    "merge_package": QT_TR_NOOP("merging a package"),
    "swap_layer": QT_TR_NOOP("switching the annotation layer"),
    "lift_hold_back": QT_TR_NOOP("suggesting a held-back surface again"),
    "restore_hold_back": QT_TR_NOOP("holding a surface back again"),
}
# Batches whose parts do not say what the whole was (a schema read from a file).
_BATCH_WORDS = {
    "import schema": QT_TR_NOOP("importing a label schema"),
}


_UNREAD: Any = object()


def step_message(context, changes: ChangeSet, *, redo: bool, found: Any = _UNREAD) -> str:
    """ "Undone: label PER on “Nguyễn Văn A”." (or plain "Undone." when the log says nothing).

    `found`: the logged (operation, inverse) of the step, when the caller read it already.
    """
    if found is _UNREAD:
        try:
            found = context.store_session.step_operation(changes.action_id)
        except (KeyError, TypeError, ValueError):
            found = None  # a log row in a form this version cannot read: the step is still done
    what = describe(context.project, *found) if found is not None else ""
    what = placed(context.project, what, changes.doc_ids - changes.documents_removed)
    if not what:
        return _tr("Redone.") if redo else _tr("Undone.")
    text = _tr("Redone: {what}.") if redo else _tr("Undone: {what}.")
    removed = unfitting_removed(*found) if found is not None else 0
    return text.format(what=what) + _relations_with_it(removed, redo=redo)


def unfitting_removed(op: Operation, inverse: Operation) -> int:
    """How many relations a relabelling (AcceptSpanAs) removed because the new label does not
    fit them: its inverse holds them, to put them back."""
    if op.kind != "accept_span_as":
        return 0
    parts = inverse.operations if isinstance(inverse, Batch) else (inverse,)
    return sum(len(getattr(p, "relations", ())) for p in parts if p.kind == "restore_spans")


def _relations_with_it(count: int, *, redo: bool) -> str:
    """What else the step put back or took again: the status bar said "removed 1 relation the
    new label does not fit (Ctrl+Z takes it back)", so the undo says it did."""
    if not count:
        return ""
    if redo:
        return " " + _tr("Removed again: %Ln relation(s) the new label does not fit.", "", count)
    return " " + _tr("Restored: %Ln relation(s) the new label did not fit.", "", count)


def describe(project, op: Operation, inverse: Operation) -> str:
    """The edit `op` in a few words; "" for an operation the window never undoes."""
    if isinstance(op, Batch):
        return _describe_batch(project, op, inverse)
    words = _DESCRIBERS.get(op.kind)
    try:
        if words is not None:
            return words(project, op, inverse)
    except (AnnotatorError, IndexError, KeyError):
        # The span or document is gone since: say what kind of edit it was.
        return _kind_words(op)
    return _kind_words(op)


def _kind_words(op: Operation) -> str:
    """The kind of edit `op` is, for one the window cannot name in detail; "" if none."""
    return _tr(_PLAIN_WORDS[op.kind]) if op.kind in _PLAIN_WORDS else ""


def _describe_batch(project, op: Batch, inverse: Operation) -> str:
    """A batch is named by its one edit (a first edit also starts the document), by one verb
    for all its parts, by its parts' words, or, when they are many and mixed, counted."""
    inverses = inverse.operations if isinstance(inverse, Batch) else ()
    paired = list(zip(op.operations, reversed(inverses), strict=False))
    if op.description == FIRST_EDIT and paired:
        return describe(project, *paired[0])
    if op.description in _BATCH_WORDS:
        return _tr(_BATCH_WORDS[op.description])
    if op.description == WITHDRAW:
        return _withdrawn(op)
    if op.description == LIFT:
        count = len(op.operations)
        return _tr("suggesting %Ln held-back surface(s) again", "", count)
    edits = [(part, back) for part, back in paired if part.kind != "start_documents"]
    if len(edits) == 1:
        return describe(project, *edits[0])
    if not edits:
        return _tr(_PLAIN_WORDS["start_documents"])
    named = corrected_extent(project, edits, _quoted) or shared_verb(part for part, _ in edits)
    if named:
        return named
    words = list(dict.fromkeys(describe(project, *edit) for edit in edits))
    if len(words) == 2 and all(words):
        joined = and_words(*words)
        return Counted(joined) if any(isinstance(w, Counted) for w in words) else joined
    return Counted(_tr("%Ln edit(s) at once", "", len(edits)))


def _withdrawn(op: Batch) -> str:
    """How many suggestions a withdrawal took away: the report counted them, so does the undo."""
    count = sum(len(getattr(part, "span_ids", ())) for part in op.operations)
    return _tr("withdrawing %Ln pending suggestion(s) the project's memory holds back", "", count)


def _quoted(project, span: Span) -> str:
    return "“" + project.document(span.doc_id).text[span.start : span.end] + "”"


def _removed_span(inverse: Operation) -> Span:
    """The span a deletion removed, as its inverse keeps it to put it back."""
    return inverse.spans[0]  # type: ignore[attr-defined]


def _add_span(project, op, _inverse) -> str:
    span = Span(None, op.doc_id, op.start, op.end, op.label)
    return _tr("label {label} on {text}").format(label=op.label, text=_quoted(project, span))


def _delete_span(project, _op, inverse) -> str:
    span = _removed_span(inverse)
    return _tr("removing {label} from {text}").format(label=span.label, text=_quoted(project, span))


def _delete_spans(project, op, inverse) -> str:
    if len(op.span_ids) == 1:
        return _delete_span(project, op, inverse)
    return Counted(_tr("removing %Ln annotation(s)", "", len(op.span_ids)))


def _add_spans(project, op, _inverse) -> str:
    if len(op.spans) == 1:
        doc_id, start, end = op.spans[0]
        span = Span(None, doc_id, start, end, op.label)
        return _tr("label {label} on {text}").format(label=op.label, text=_quoted(project, span))
    words = _tr("label {label} on %Ln mention(s)", "", len(op.spans))
    return Counted(words.format(label=op.label))


def _relabel(project, op, inverse) -> str:
    span = project.span(op.span_id)
    old = getattr(inverse, "label", "")
    return _tr("relabelling {text} from {old} to {label}").format(
        text=_quoted(project, span), old=old, label=op.label
    )


def _resize(project, op, _inverse) -> str:
    span = project.span(op.span_id)
    moved = Span(None, span.doc_id, op.start, op.end, span.label)
    return _tr("resizing {label} to {text}").format(label=span.label, text=_quoted(project, moved))


def _state_words(state: str, count: int) -> str:
    if state == "accepted":
        return Counted(_tr("accepting %Ln suggestion(s)", "", count))
    if state == "rejected":
        return Counted(_tr("rejecting %Ln suggestion(s)", "", count))
    return Counted(_tr("returning %Ln annotation(s) to pending", "", count))


def _span_state(project, op, _inverse) -> str:
    span = project.span(op.span_id)
    text = _quoted(project, span)
    if op.state == "accepted":
        return _tr("accepting {label} {text}").format(label=span.label, text=text)
    if op.state == "rejected":
        return _tr("rejecting {label} {text}").format(label=span.label, text=text)
    return _tr("returning {label} {text} to pending").format(label=span.label, text=text)


def _span_states(project, op, inverse) -> str:
    ids = op.span_ids
    if len(ids) == 1:
        return _span_state(project, _One(ids[0], op.state), inverse)
    return _state_words(op.state, len(ids))


def _accept_as(project, op, inverse) -> str:
    """A label key on an accepted span sends AcceptSpanAs (so relations that no longer fit
    go with it): with no state to put back, it reads as the relabelling it is."""
    parts = inverse.operations if isinstance(inverse, Batch) else (inverse,)
    if not any(isinstance(p, (SetSpanState, SetSpanStates)) for p in parts):
        back = next((p for p in parts if isinstance(p, RelabelSpan)), None)
        if back is not None:
            return _relabel(project, op, back)
    text = _quoted(project, project.span(op.span_id))
    return _tr("accepting {text} as {label}").format(text=text, label=op.label)


def _add_relation(project, op, _inverse) -> str:
    head, tail = _quoted(project, project.span(op.head)), _quoted(project, project.span(op.tail))
    return _tr("relation {type} from {head} to {tail}").format(type=op.type, head=head, tail=tail)


def _delete_relation(project, _op, inverse) -> str:
    relation = inverse.relations[0]  # the relation as its inverse keeps it to put it back
    head, tail = (
        _quoted(project, project.span(relation.head)),
        _quoted(project, project.span(relation.tail)),
    )
    return _tr("removing relation {type} from {head} to {tail}").format(
        type=relation.type, head=head, tail=tail
    )


def _relation_states(_project, op, inverse) -> str:
    count = len(op.relation_ids)
    if op.state == "accepted":
        words = _tr("accepting %Ln suggested relation(s)", "", count)
        ends = _ends_accepted_with(inverse)
        if ends:  # accepting a relation accepts its pending spans in the same step
            words += " " + _tr("with %Ln pending span(s)", "", ends)
        return Counted(words)
    if op.state == "rejected":
        return Counted(_tr("rejecting %Ln suggested relation(s)", "", count))
    return Counted(_tr("returning %Ln relation(s) to pending", "", count))


def _ends_accepted_with(inverse: Operation) -> int:
    """How many pending spans accepting the relations accepted too (their inverse puts them
    back to pending)."""
    parts = inverse.operations if isinstance(inverse, Batch) else (inverse,)
    return sum(len(p.span_ids) for p in parts if getattr(p, "kind", "") == "set_span_states")


def _status(project, op, _inverse) -> str:
    title = project.document(op.doc_id).title
    status = _tr(STATUS_TEXT.get(op.status, op.status))
    # The status first: a long title is what the status bar elides.
    return _tr("marking the document {status}: “{title}”").format(status=status, title=title)


def _delete_document(_project, _op, inverse) -> str:
    title = inverse.row["title"]  # the row as its inverse keeps it to put it back
    return _tr("deleting the document “{title}”").format(title=title)


def _curate_spans(_project, op, _inverse) -> str:
    """A merge of agreed spans (or of the selected rows) into the curated layer."""
    what = counted(len(op.spans), "annotation")
    if op.relations:
        what = and_words(what, counted(len(op.relations), "relation"))
    return Counted(_tr("curating {what}").format(what=what))


def _merge_layer(_project, op, _inverse) -> str:
    text = _tr("merging the layer of {annotator} (%Ln document(s))", "", len(op.documents))
    return text.format(annotator=op.annotator)


def _merge_package(_project, op, _inverse) -> str:
    text = _tr("merging the package {package} of {annotator}")
    return text.format(package=op.package, annotator=op.annotator)


class _One:
    """One span of a many-span state change, shaped as the one-span operation."""

    def __init__(self, span_id: int, state: str) -> None:
        self.span_id, self.state = span_id, state


_DESCRIBERS: dict[str, Callable[..., str]] = {
    "add_span": _add_span,
    "add_spans": _add_spans,
    "delete_span": _delete_span,
    "delete_spans": _delete_spans,
    "relabel_span": _relabel,
    "resize_span": _resize,
    "set_span_state": _span_state,
    "set_span_states": _span_states,
    "accept_span_as": _accept_as,
    "add_relation": _add_relation,
    "delete_relation": _delete_relation,
    "set_relation_states": _relation_states,
    "set_status": _status,
    "delete_document": _delete_document,
    "curate_spans": _curate_spans,
    "merge_layer": _merge_layer,
    "merge_package": _merge_package,
}
