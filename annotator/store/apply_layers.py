"""Replacing one annotator's layer on many documents at once: MergeLayer and SwapLayer.

The layer found on the documents goes into a stash in a few SQL statements
(store.layer_stash); the new rows are written a chunk of documents at a
time with executemany, never a query per document. The inverse names the
stash, so undo and redo move rows back with their ids however many there are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.model import ORIGINS, STATES
from annotator.core.offsets import validate_span
from annotator.core.operations import MergeLayer, SwapLayer
from annotator.core.team import ANNOTATOR_STATUSES, CURATED, LayerDocument
from annotator.store.apply_base import (
    ApplyContext,
    Result,
    check_label,
    check_value,
    ensure_annotator,
)
from annotator.store.apply_relations import relation_type
from annotator.store.layer_stash import (
    Moved,
    reattach_relations,
    restore_stash,
    stash_documents,
    stash_layer,
    update_summaries,
    use_documents,
)

CHUNK = 500  # documents written per executemany

_SPAN_INSERT = (
    'INSERT INTO annotations (id, doc_id, start, "end", label, annotator, origin, state, '
    "suggester, created, updated, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_RELATION_INSERT = (
    "INSERT INTO relations (id, doc_id, head, tail, type, annotator, created, state, "
    "origin, suggester, confidence, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _marks(ids: Sequence[Any]) -> str:
    return ", ".join("?" for _ in ids)


def next_id(conn: sqlite3.Connection, table: str) -> int:
    """The next AUTOINCREMENT id of `table` (ids are never reused)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    used = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]  # table: a constant
    return max(int(row[0]) if row else 0, int(used or 0)) + 1


def layer_change(
    doc_ids: Sequence[int],
    old: Moved,
    spans: Sequence[int],
    relations: Sequence[int],
    *,
    links: int = 0,
) -> ChangeSet:
    """What replacing a layer changed: the old layer's rows out, the new one's in.

    `links`: registry links that came in with the new rows (the old layer's
    went into its stash).
    """
    docs = frozenset(doc_ids)
    return ChangeSet(
        registry_changed=bool(old.links or links),
        doc_ids=docs,
        spans_added=tuple(spans),
        spans_removed=old.span_ids,
        relations_added=tuple(relations),
        relations_removed=old.relation_ids,
        status_changed=docs,
    )


def merge_layer(ctx: ApplyContext, op: MergeLayer) -> Result:
    """Replace the annotator's layer on each document; the inverse puts the old one back."""
    if op.annotator == CURATED:
        raise OperationError("the curated layer is made by curating, not by merging")
    ensure_annotator(ctx.conn, op.annotator, ctx.now)
    ids = [doc[0] for doc in op.documents]
    use_documents(ctx.conn, ids)
    old = stash_layer(ctx.conn, op.annotator, ctx.now)
    writer = LayerWriter(ctx, op.annotator)
    try:
        for i in range(0, len(op.documents), CHUNK):
            writer.write(op.documents[i : i + CHUNK])
    except sqlite3.IntegrityError as exc:  # one live span per place and label (store.live_spans)
        raise OperationError(
            "the layer of {annotator} repeats a span (same place and label twice): {exc}",
            annotator=op.annotator,
            exc=exc,
        ) from exc
    relations = writer.relations_added + reattach_relations(ctx.conn, old.stash, op.annotator)
    update_summaries(ctx.conn, ctx.now)
    change = layer_change(ids, old, writer.added, relations)
    return change, SwapLayer(old.stash, description=op.description)


def swap_layer(ctx: ApplyContext, op: SwapLayer) -> Result:
    """Bring a stashed layer back; the layer it replaces becomes the inverse's stash."""
    annotator, ids = stash_documents(ctx.conn, op.stash)
    use_documents(ctx.conn, ids)
    current = stash_layer(ctx.conn, annotator, ctx.now)
    back = restore_stash(ctx.conn, op.stash, annotator)
    update_summaries(ctx.conn, ctx.now)
    change = layer_change(ids, current, back.span_ids, back.relation_ids, links=back.links)
    return change, SwapLayer(current.stash, description=op.description)


class LayerWriter:
    """Writes one annotator's new layer rows, checking each kind of value once."""

    def __init__(self, ctx: ApplyContext, annotator: str) -> None:
        self.ctx = ctx
        self.annotator = annotator
        self.checked: set[tuple[str, str]] = set()
        self.next_id = next_id(ctx.conn, "annotations")
        self.next_relation = next_id(ctx.conn, "relations")
        self.added: list[int] = []
        self.relations_added: list[int] = []

    def write(self, docs: Sequence[LayerDocument]) -> None:
        """Write the layer of one chunk of documents (its old layer already stashed)."""
        ids = [doc[0] for doc in docs]
        conn = self.ctx.conn
        lengths = dict(
            conn.execute(f"SELECT id, length FROM documents WHERE id IN ({_marks(ids)})", ids)
        )
        spans: list[tuple[Any, ...]] = []
        relations: list[tuple[Any, ...]] = []
        for doc in docs:
            new_ids = self._span_rows(doc, lengths[doc[0]], spans)
            self._relation_rows(doc, new_ids, relations)
        conn.executemany(_SPAN_INSERT, spans)
        conn.executemany(_RELATION_INSERT, relations)
        self._statuses(docs)

    def _span_rows(self, doc: LayerDocument, length: int, out: list[tuple[Any, ...]]) -> list[int]:
        doc_id, _, spans, _ = doc
        now, ids = self.ctx.now, []
        for span_id, start, end, label, origin, state, suggester, confidence in spans:
            validate_span(length, start, end)
            if (label, origin + state) not in self.checked:
                self._check(label, origin, state)
            if span_id is None:
                span_id = self.next_id
                self.next_id += 1
            ids.append(span_id)
            out.append(
                (span_id, doc_id, start, end, label, self.annotator, origin, state, suggester)
                + (now, now, confidence)
            )
        self.added.extend(ids)
        return ids

    def _relation_rows(
        self, doc: LayerDocument, ids: list[int], out: list[tuple[Any, ...]]
    ) -> None:
        doc_id, now = doc[0], self.ctx.now
        for rid, head, tail, kind, state, origin, suggester, confidence in doc[3]:
            if not (0 <= head < len(ids) and 0 <= tail < len(ids)):
                raise OperationError(
                    "a relation of document {doc_id} points at no span", doc_id=doc_id
                )
            if ("relation " + kind, origin + state) not in self.checked:
                check_value(state, STATES, "state")
                check_value(origin, ORIGINS, "origin")
                relation_type(self.ctx.conn, kind)
                self.checked.add(("relation " + kind, origin + state))
            if rid is None:
                rid = self.next_relation
                self.next_relation += 1
            out.append(
                (rid, doc_id, ids[head], ids[tail], kind, self.annotator, now, state, origin)
                + (suggester, confidence, now)
            )
            self.relations_added.append(rid)

    def _check(self, label: str, origin: str, state: str) -> None:
        check_label(self.ctx.conn, label)
        check_value(origin, ORIGINS, "origin")
        check_value(state, STATES, "state")
        self.checked.add((label, origin + state))

    def _statuses(self, docs: Sequence[LayerDocument]) -> None:
        """Each document's own status for the annotator (None: none)."""
        for _, status, _, _ in docs:
            if status is not None:
                check_value(status, ANNOTATOR_STATUSES, "an annotator's status")
        self.ctx.conn.executemany(
            "INSERT INTO document_status (doc_id, annotator, status, updated) VALUES (?, ?, ?, ?)",
            [(d[0], self.annotator, d[1], self.ctx.now) for d in docs if d[1] is not None],
        )
