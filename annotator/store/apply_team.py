"""Team operations as SQL: per-annotator statuses, merging an annotator's layer, curating.

A document's own `status` column sums up its annotators' statuses (see
core.team.summary_status), so the document list reads one column as before;
each annotator's own status lives in `document_status`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.model import ACCEPTED, MANUAL, ORIGINS, REVIEWED, STATES, STATUSES, Span
from annotator.core.offsets import validate_span
from annotator.core.operations import (
    CurateSpan,
    DeleteSpan,
    MergeLayer,
    RestoreStatus,
    SetStatus,
)
from annotator.core.team import (
    ANNOTATOR_STATUSES,
    CURATED,
    LayerDocument,
    LayerRelation,
    LayerSpan,
    summary_status,
)
from annotator.store.apply_base import (
    ApplyContext,
    Result,
    check_label,
    check_value,
    doc_length,
    ensure_annotator,
)
from annotator.store.apply_relations import relation_type
from annotator.store.apply_spans import insert_span


def _summary(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise OperationError(f"document {doc_id} does not exist in this project")
    return str(row[0])


def own_status(conn: sqlite3.Connection, doc_id: int, annotator: str) -> str | None:
    row = conn.execute(
        "SELECT status FROM document_status WHERE doc_id = ? AND annotator = ?",
        (doc_id, annotator),
    ).fetchone()
    return None if row is None else str(row[0])


def _put_own(ctx: ApplyContext, doc_id: int, annotator: str, status: str | None) -> None:
    if status is None:
        ctx.conn.execute(
            "DELETE FROM document_status WHERE doc_id = ? AND annotator = ?", (doc_id, annotator)
        )
        return
    check_value(status, ANNOTATOR_STATUSES, "an annotator's status")
    ctx.conn.execute(
        "INSERT INTO document_status (doc_id, annotator, status, updated) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (doc_id, annotator) DO UPDATE SET status = excluded.status, "
        "updated = excluded.updated",
        (doc_id, annotator, status, ctx.now),
    )


def _put_summary(ctx: ApplyContext, doc_id: int, summary: str | None = None) -> None:
    """Set the document's status, or (None) sum up its annotators' statuses."""
    if summary is None:
        rows = ctx.conn.execute("SELECT status FROM document_status WHERE doc_id = ?", (doc_id,))
        summary = summary_status(row[0] for row in rows)
    ctx.conn.execute(
        "UPDATE documents SET status = ?, updated = ? WHERE id = ?", (summary, ctx.now, doc_id)
    )


def _status_change(doc_id: int) -> ChangeSet:
    return ChangeSet(doc_ids=frozenset({doc_id}), status_changed=frozenset({doc_id}))


def set_status(ctx: ApplyContext, op: SetStatus) -> Result:
    """An annotator marks their own work; reviewed marks the curated layer's."""
    check_value(op.status, STATUSES, "status")
    old_summary = _summary(ctx.conn, op.doc_id)
    old_own = own_status(ctx.conn, op.doc_id, ctx.annotator)
    if op.status == REVIEWED:
        _put_summary(ctx, op.doc_id, REVIEWED)
    else:
        _put_own(ctx, op.doc_id, ctx.annotator, op.status)
        _put_summary(ctx, op.doc_id)
    inverse = RestoreStatus(op.doc_id, ctx.annotator, old_own, old_summary)
    return _status_change(op.doc_id), inverse


def restore_status(ctx: ApplyContext, op: RestoreStatus) -> Result:
    check_value(op.summary, STATUSES, "status")
    old_summary = _summary(ctx.conn, op.doc_id)
    old_own = own_status(ctx.conn, op.doc_id, op.annotator)
    _put_own(ctx, op.doc_id, op.annotator, op.own)
    _put_summary(ctx, op.doc_id, op.summary)
    inverse = RestoreStatus(op.doc_id, op.annotator, old_own, old_summary)
    return _status_change(op.doc_id), inverse


def curate_span(ctx: ApplyContext, op: CurateSpan) -> Result:
    """A span of the curated layer, recording its curator and the layers it came from."""
    ensure_annotator(ctx.conn, CURATED, ctx.now)
    span = Span(
        id=None,
        doc_id=op.doc_id,
        start=op.start,
        end=op.end,
        label=op.label,
        annotator=CURATED,
        origin=MANUAL,
        state=ACCEPTED,
        created=ctx.now,
        updated=ctx.now,
        curator=ctx.annotator,
        sources=tuple(sorted(set(op.sources))),
    )
    span_id = insert_span(ctx, span)
    return ChangeSet(doc_ids=frozenset({op.doc_id}), spans_added=(span_id,)), DeleteSpan(span_id)


# --- merging a layer -------------------------------------------------------------


class _LayerWriter:
    """Replaces one annotator's layer document by document; collects the change and the old layer."""

    def __init__(self, ctx: ApplyContext, annotator: str) -> None:
        self.ctx = ctx
        self.annotator = annotator
        self.labels: set[str] = set()
        self.types: set[str] = set()
        self.next_id = _next_id(ctx.conn, "annotations")
        self.next_relation = _next_id(ctx.conn, "relations")
        self.old: list[LayerDocument] = []
        self.added: list[int] = []
        self.removed: list[int] = []
        self.relations_added: list[int] = []
        self.relations_removed: list[int] = []

    def replace(self, doc: LayerDocument) -> None:
        doc_id, status, spans, relations = doc
        length = doc_length(self.ctx.conn, doc_id)
        self.old.append(self._read_old(doc_id))
        self.ctx.conn.execute(
            "DELETE FROM annotations WHERE doc_id = ? AND annotator = ?", (doc_id, self.annotator)
        )
        ids = self._insert_spans(doc_id, length, spans)
        self._insert_relations(doc_id, ids, relations)
        _put_own(self.ctx, doc_id, self.annotator, status)
        if _summary(self.ctx.conn, doc_id) != REVIEWED:
            _put_summary(self.ctx, doc_id)

    def _read_old(self, doc_id: int) -> LayerDocument:
        conn = self.ctx.conn
        rows = conn.execute(
            'SELECT id, start, "end", label, origin, state, suggester, confidence '
            "FROM annotations WHERE doc_id = ? AND annotator = ? ORDER BY id",
            (doc_id, self.annotator),
        ).fetchall()
        spans: tuple[LayerSpan, ...] = tuple(map(tuple, rows))  # type: ignore[arg-type]
        index = {row[0]: i for i, row in enumerate(rows)}
        relations: list[LayerRelation] = []
        for rid, head, tail, kind, state, origin, suggester, confidence in conn.execute(
            "SELECT id, head, tail, type, state, origin, suggester, confidence FROM relations "
            "WHERE doc_id = ? ORDER BY id",
            (doc_id,),
        ):
            if head in index or tail in index:
                if head not in index or tail not in index:
                    raise OperationError(
                        f"a relation of document {doc_id} links {self.annotator}'s layer to "
                        "another layer; remove it before replacing the layer"
                    )
                relations.append(
                    (rid, index[head], index[tail], kind, state, origin, suggester, confidence)
                )
                self.relations_removed.append(rid)
        self.removed.extend(row[0] for row in rows)
        return (doc_id, own_status(conn, doc_id, self.annotator), spans, tuple(relations))

    def _insert_spans(self, doc_id: int, length: int, spans: Sequence[LayerSpan]) -> list[int]:
        rows = []
        ids = []
        now = self.ctx.now
        for span_id, start, end, label, origin, state, suggester, confidence in spans:
            validate_span(length, start, end)
            self._check(label, origin, state)
            if span_id is None:
                span_id = self.next_id
                self.next_id += 1
            ids.append(span_id)
            rows.append(
                (span_id, doc_id, start, end, label, self.annotator, origin, state, suggester)
                + (now, now, confidence)
            )
        self.ctx.conn.executemany(
            'INSERT INTO annotations (id, doc_id, start, "end", label, annotator, origin, state, '
            "suggester, created, updated, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self.added.extend(ids)
        return ids

    def _insert_relations(
        self, doc_id: int, ids: list[int], relations: Sequence[LayerRelation]
    ) -> None:
        rows = []
        for rid, head, tail, kind, state, origin, suggester, confidence in relations:
            if not (0 <= head < len(ids) and 0 <= tail < len(ids)):
                raise OperationError(f"a relation of document {doc_id} points at no span")
            check_value(state, STATES, "state")
            check_value(origin, ORIGINS, "origin")
            if kind not in self.types:
                relation_type(self.ctx.conn, kind)
                self.types.add(kind)
            if rid is None:
                rid = self.next_relation
                self.next_relation += 1
            now = self.ctx.now
            rows.append(
                (rid, doc_id, ids[head], ids[tail], kind, self.annotator, now, state, origin)
                + (suggester, confidence, now)
            )
            self.relations_added.append(rid)
        self.ctx.conn.executemany(
            "INSERT INTO relations (id, doc_id, head, tail, type, annotator, created, state, "
            "origin, suggester, confidence, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _check(self, label: str, origin: str, state: str) -> None:
        if label not in self.labels:
            check_label(self.ctx.conn, label)
            self.labels.add(label)
        if origin not in ORIGINS:
            check_value(origin, ORIGINS, "origin")
        if state not in STATES:
            check_value(state, STATES, "state")


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    """The next AUTOINCREMENT id of `table` (ids are never reused)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    used = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]  # table: a constant
    return max(int(row[0]) if row else 0, int(used or 0)) + 1


def merge_layer(ctx: ApplyContext, op: MergeLayer) -> Result:
    """Replace the annotator's layer on each document; the inverse holds the old layer."""
    if op.annotator == CURATED:
        raise OperationError("the curated layer is made by curating, not by merging")
    ensure_annotator(ctx.conn, op.annotator, ctx.now)
    writer = _LayerWriter(ctx, op.annotator)
    for doc in op.documents:
        writer.replace(doc)
    doc_ids = frozenset(doc[0] for doc in op.documents)
    change = ChangeSet(
        doc_ids=doc_ids,
        spans_added=tuple(writer.added),
        spans_removed=tuple(writer.removed),
        relations_added=tuple(writer.relations_added),
        relations_removed=tuple(writer.relations_removed),
        status_changed=doc_ids,
    )
    inverse = MergeLayer(op.annotator, tuple(writer.old), description=op.description)
    return change, inverse
