"""What a step of many edits was, in words: the kind of edit, how many, and where.

Undoing "Accept all" said only "Undone: 2 edits at once." (a relation part and
a span part), which told the annotator less than the window had just shown.
A batch is named from its parts: one verb for them all when they share one
(accepting 12 suggestions and 2 suggested relations), else each part's words.
Words that count rather than name one span get the document they happened in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TR_NOOP

from annotator.core.errors import AnnotatorError
from annotator.core.model import Span
from annotator.core.operations import Operation
from annotator.gui.i18n import _tr
from annotator.gui.reports.counts import counted

REMOVED = "removed"
_VERBS = {
    "accepted": QT_TR_NOOP("accepting {items}"),
    "rejected": QT_TR_NOOP("rejecting {items}"),
    "pending": QT_TR_NOOP("returning {items} to pending"),
    REMOVED: QT_TR_NOOP("removing {items}"),
}


class Counted(str):
    """Words that count edits rather than name one: where they happened is added to them."""


def and_words(first: str, second: str) -> str:
    return _tr("{first} and {second}").format(first=first, second=second)


def shared_verb(parts: Iterable[Operation]) -> Counted | None:
    """Parts that all accept, reject, return to pending or remove: one verb, counted objects.

    None when the parts do different things.
    """
    verbs, spans, relations = set(), 0, 0
    for part in parts:
        verb, on_spans, count = _what_it_does(part)
        if verb is None:
            return None
        verbs.add(verb)
        spans, relations = (spans + count, relations) if on_spans else (spans, relations + count)
    if len(verbs) != 1:
        return None
    verb = verbs.pop()
    suggestions = verb in ("accepted", "rejected")
    items = [counted(spans, "suggestion" if suggestions else "annotation")] if spans else []
    if relations:
        items.append(counted(relations, "suggested relation" if suggestions else "relation"))
    if not items:
        return None
    objects = items[0] if len(items) == 1 else and_words(*items)
    return Counted(_tr(_VERBS[verb]).format(items=objects))


def _what_it_does(part: Operation) -> tuple[str | None, bool, int]:
    """(verb, whether on spans, how many) of a state change or removal; (None, ...) else."""
    kind = part.kind
    if kind in ("set_span_state", "set_span_states"):
        return part.state, True, len(getattr(part, "span_ids", (0,)))  # type: ignore[attr-defined]
    if kind == "set_relation_states":
        return part.state, False, len(part.relation_ids)  # type: ignore[attr-defined]
    if kind in ("delete_span", "delete_spans"):
        return REMOVED, True, len(getattr(part, "span_ids", (0,)))
    if kind == "delete_relation":
        return REMOVED, False, 1
    return None, False, 0


def corrected_extent(
    project, parts: list[tuple[Operation, Operation]], quoted: Callable[..., str]
) -> str | None:
    """A suggestion moved to the selection and accepted in one step (the editor's correction)."""
    kinds = [part.kind for part, _back in parts]
    if kinds != ["resize_span", "set_span_state"]:
        return None
    resize, accept = parts[0][0], parts[1][0]
    same = resize.span_id == accept.span_id  # type: ignore[attr-defined]
    if not same or accept.state != "accepted":  # type: ignore[attr-defined]
        return None
    span = project.span(resize.span_id)  # type: ignore[attr-defined]
    moved = Span(None, span.doc_id, resize.start, resize.end, span.label)  # type: ignore[attr-defined]
    text = _tr("correcting {label} to {text} and accepting it")
    return text.format(label=span.label, text=quoted(project, moved))


def placed(project, what: str, doc_ids: Iterable[int]) -> str:
    """Counting words with the document they happened in ("… in “title”"), or how many."""
    ids = sorted(set(doc_ids))
    if not isinstance(what, Counted) or not ids:
        return what
    if len(ids) > 1:
        return _tr("{what} in %Ln document(s)", "", len(ids)).format(what=what)
    try:
        title = project.document(ids[0]).title
    except (AnnotatorError, KeyError):
        return what  # the document is gone since: the words alone
    return _tr("{what} in “{title}”").format(what=what, title=title)
