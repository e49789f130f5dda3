"""Rules on live spans (not rejected): one per place and label in a layer, paragraphs apart,
and accepted spans of a layer nest but never cross.

The file enforces the first with a unique index (migration 0030); these
helpers let an operation act on it first, with a message a linguist can use,
instead of failing on the index.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence

from annotator.core.changes import ChangeSet
from annotator.core.crossing import crossing_pairs as spans_crossing
from annotator.core.errors import DuplicateSpanError, OperationError
from annotator.core.messages import message
from annotator.core.model import REJECTED
from annotator.core.operations import DeleteRelation, Operation
from annotator.store import repository as repo
from annotator.store.apply_base import ApplyContext
from annotator.store.apply_relations import insert_relation
from annotator.store.texts import read_text

# What splits paragraphs in a stored text (it is normalised to "\n").
PARAGRAPH_BREAK = "\n"


def live_twin(
    conn: sqlite3.Connection,
    doc_id: int,
    start: int,
    end: int,
    label: str,
    annotator: str,
    *,
    besides: int | None = None,
) -> tuple[int, str] | None:
    """(id, state) of the live span of `annotator`'s layer with this place and label, if any."""
    row = conn.execute(
        'SELECT id, state FROM annotations WHERE doc_id = ? AND start = ? AND "end" = ? '
        "AND label = ? AND annotator = ? AND state != 'rejected' AND id != ?",
        (doc_id, start, end, label, annotator, -1 if besides is None else besides),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def refuse_twin(
    conn: sqlite3.Connection, doc_id: int, start: int, end: int, label: str, annotator: str
) -> None:
    """Raise DuplicateSpanError if a live span of the layer has this place and label."""
    twin = live_twin(conn, doc_id, start, end, label, annotator)
    if twin is not None:
        raise DuplicateSpanError(
            message("this text is already labelled {label}", label=label), twin[0]
        )


def check_paragraphs(
    conn: sqlite3.Connection, doc_id: int, start: int, end: int, label: str
) -> None:
    """Refuse a span across a paragraph break unless its label allows it."""
    text = read_text(conn, doc_id)
    if text is None or "\n" not in text[start:end]:
        return
    allowed = conn.execute(
        "SELECT crosses_paragraphs FROM labels WHERE name = ?", (label,)
    ).fetchone()
    if allowed is None or not allowed[0]:
        raise OperationError(
            "a {label} span cannot cross a paragraph break (exports would join two "
            "sentences); label each paragraph's part, or allow it for this label in the "
            "schema",
            label=label,
        )


def refuse_crossing(
    conn: sqlite3.Connection,
    doc_id: int,
    bounds: tuple[int, int],
    annotator: str,
    *,
    besides: int | None = None,
) -> None:
    """Refuse an accepted span at `bounds` that crosses an accepted span of the layer.

    The guidelines let spans nest (a ORG inside a ROLE) but not cross: a
    crossing pair cannot be written as nested tags or BIO layers, so an export
    would drop or cut one of them. The message names the span crossed, so the
    linguist can select the words inside it or around it whole instead.
    """
    crossed = _crossed(conn, doc_id, bounds, annotator, besides)
    if crossed is not None:
        raise OperationError(
            "These words would cross the {label} span “{surface}”: spans may nest but not "
            "cross; select words inside it, or around it whole",
            label=crossed[0],
            surface=crossed[1],
        )


def refuse_crossings(conn: sqlite3.Connection, span_ids: Sequence[int]) -> None:
    """Refuse a bulk step that leaves any of `span_ids`, now accepted, across an accepted span.

    Run after the rows are written, inside the step's transaction, so the
    spans accepted together are checked against each other as well; the
    refusal rolls the whole step back. Accept all, label all and accepting a
    relation's pending ends would otherwise let in a crossing pair that no
    single edit may make. The message names both spans of the first pair.
    """
    for span_id in span_ids:
        row = conn.execute(
            'SELECT doc_id, start, "end", annotator, label FROM annotations WHERE id = ?',
            (span_id,),
        ).fetchone()
        crossed = None if row is None else _crossed(conn, row[0], row[1:3], row[3], span_id)
        if crossed is not None:
            raise OperationError(
                "The {label} “{surface}” would cross the {other_label} “{other}”: spans may "
                "nest but not cross; accept or reject one of the two by itself first",
                label=row[4],
                surface=_surface(conn, row[0], (row[1], row[2])),
                other_label=crossed[0],
                other=crossed[1],
            )


@dataclasses.dataclass(frozen=True)
class CrossingPair:
    """A span a bulk acceptance must leave pending, and the span it crosses (both for the message)."""

    span_id: int
    other_id: int
    label: str
    surface: str
    other_label: str
    other_surface: str


def crossing_pairs(conn: sqlite3.Connection, span_ids: Sequence[int]) -> list[CrossingPair]:
    """The pairs that accepting all `span_ids` at once would leave crossing, in text order.

    A span of `span_ids` is in a pair when it crosses an accepted span of its
    layer or another span of `span_ids`. Accept all takes the rest and leaves
    these pending: the store refuses a bulk step with any crossing pair
    (refuse_crossings), and one pair must not keep a document's other
    suggestions waiting. Each layer is read once and swept by
    `core.crossing.crossing_pairs`, the test the import uses too.
    """
    wanted = set(span_ids)
    found: list[tuple[tuple[int, int, int], CrossingPair]] = []
    for doc_id, annotator in _layers_of(conn, wanted):
        layer = _layer_spans(conn, doc_id, annotator, wanted)
        for early, late in spans_crossing([row[1:] for row in layer]):
            # Named from a span being accepted, the earlier one when both are.
            if layer[early][0] in wanted:
                first, other = layer[early], layer[late]
            elif layer[late][0] in wanted:
                first, other = layer[late], layer[early]
            else:
                continue  # two accepted spans: not this step's doing
            pair = CrossingPair(
                first[0],
                other[0],
                first[3],
                _surface(conn, doc_id, first[1:3]),
                other[3],
                _surface(conn, doc_id, other[1:3]),
            )
            found.append(((doc_id, first[1], other[1]), pair))
    return [pair for _, pair in sorted(found, key=lambda item: item[0])]


def _layers_of(conn: sqlite3.Connection, span_ids: set[int]) -> list[tuple[int, str]]:
    """(doc_id, annotator) of the layers these spans are in, in order."""
    return conn.execute(
        "SELECT DISTINCT doc_id, annotator FROM annotations "
        "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY doc_id, annotator",
        (json.dumps(sorted(span_ids)),),
    ).fetchall()


def _layer_spans(
    conn: sqlite3.Connection, doc_id: int, annotator: str, wanted: set[int]
) -> list[tuple[int, int, int, str]]:
    """(id, start, end, label) of a layer's accepted spans and of the spans being accepted."""
    return conn.execute(
        'SELECT id, start, "end", label FROM annotations WHERE doc_id = ? AND annotator = ? '
        "AND (state = 'accepted' OR id IN (SELECT value FROM json_each(?)))",
        (doc_id, annotator, json.dumps(sorted(wanted))),
    ).fetchall()


def _crossed(
    conn: sqlite3.Connection,
    doc_id: int,
    bounds: tuple[int, int],
    annotator: str,
    besides: int | None,
) -> tuple[str, str] | None:
    """(label, surface) of the first accepted span of the layer that `bounds` cross."""
    start, end = bounds
    row = conn.execute(
        'SELECT start, "end", label FROM annotations WHERE doc_id = ? AND annotator = ? '
        'AND state = \'accepted\' AND id != ? AND ((start < ? AND ? < "end" AND "end" < ?) '
        'OR (? < start AND start < ? AND ? < "end")) ORDER BY start LIMIT 1',
        (doc_id, annotator, -1 if besides is None else besides)
        + (start, start, end, start, end, end),
    ).fetchone()
    return None if row is None else (row[2], _surface(conn, doc_id, (row[0], row[1])))


def _surface(conn: sqlite3.Connection, doc_id: int, bounds: tuple[int, int]) -> str:
    """A span's words on one line, cut to 60 characters for a message."""
    text = read_text(conn, doc_id) or ""
    surface = " ".join(text[bounds[0] : bounds[1]].split())
    return surface if len(surface) <= 60 else surface[:59] + "…"


def check_revived(conn: sqlite3.Connection, span_ids: list[int]) -> None:
    """Refuse to bring rejected spans back where an identical live span now exists."""
    for span_id in span_ids:
        span = repo.read_span(conn, span_id)
        if span.state != REJECTED:
            continue
        twin = live_twin(
            conn, span.doc_id, span.start, span.end, span.label, span.annotator, besides=span_id
        )
        if twin is not None:
            raise DuplicateSpanError(
                message(
                    "an identical {label} span is already there, so this one stays rejected",
                    label=span.label,
                ),
                twin[0],
            )


def move_relations(ctx: ApplyContext, keep: int, drop: int) -> tuple[ChangeSet, list[Operation]]:
    """Copy the relations of `drop` onto `keep` (before `drop` is deleted).

    A copy that would repeat an existing relation, or link `keep` to itself,
    is not made: that relation goes with `drop`, and the undo of the delete
    brings it back. Returns the change and the inverse of the copies.
    """
    added: list[int] = []
    doc_ids: set[int] = set()
    for relation in repo.relations_touching(ctx.conn, [drop]):
        head = keep if relation.head == drop else relation.head
        tail = keep if relation.tail == drop else relation.tail
        twin = ctx.conn.execute(
            "SELECT 1 FROM relations WHERE head = ? AND tail = ? AND type = ?",
            (head, tail, relation.type),
        ).fetchone()
        if head == tail or twin is not None:
            continue
        copy = dataclasses.replace(relation, id=None, head=head, tail=tail, updated=ctx.now)
        added.append(insert_relation(ctx, copy))
        doc_ids.add(relation.doc_id)
    change = ChangeSet(doc_ids=frozenset(doc_ids), relations_added=tuple(added))
    return change, [DeleteRelation(relation_id) for relation_id in added]
