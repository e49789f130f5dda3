"""Replacing one annotator's layer on many documents at once (MergeLayer), a chunk at a time.

A merge of a 10,000-document package writes hundreds of thousands of rows:
each chunk of documents is read, deleted and written with a handful of
statements (IN lists and executemany), never a query per document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from annotator.core.errors import OperationError
from annotator.core.model import ORIGINS, REVIEWED, STATES
from annotator.core.offsets import validate_span
from annotator.core.team import ANNOTATOR_STATUSES, LayerDocument, LayerRelation, summary_status
from annotator.store.apply_base import ApplyContext, check_label, check_value
from annotator.store.apply_relations import relation_type

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


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    """The next AUTOINCREMENT id of `table` (ids are never reused)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    used = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]  # table: a constant
    return max(int(row[0]) if row else 0, int(used or 0)) + 1


class LayerWriter:
    """Replaces one annotator's layer; collects what changed and the layer as it was."""

    def __init__(self, ctx: ApplyContext, annotator: str) -> None:
        self.ctx = ctx
        self.annotator = annotator
        self.checked: set[tuple[str, str]] = set()
        self.next_id = _next_id(ctx.conn, "annotations")
        self.next_relation = _next_id(ctx.conn, "relations")
        self.old: list[LayerDocument] = []
        self.added: list[int] = []
        self.removed: list[int] = []
        self.relations_added: list[int] = []
        self.relations_removed: list[int] = []

    def replace(self, docs: Sequence[LayerDocument]) -> None:
        """Replace the layer on one chunk of documents (ids unique within the chunk)."""
        ids = [doc[0] for doc in docs]
        if len(set(ids)) < len(ids):
            raise OperationError("a document appears twice in one merge")
        conn = self.ctx.conn
        lengths = dict(
            conn.execute(f"SELECT id, length FROM documents WHERE id IN ({_marks(ids)})", ids)
        )
        missing = [i for i in ids if i not in lengths]
        if missing:
            raise OperationError(f"document {missing[0]} does not exist in this project")
        self._read_old(ids)
        conn.execute(
            f"DELETE FROM annotations WHERE annotator = ? AND doc_id IN ({_marks(ids)})",
            [self.annotator, *ids],
        )
        spans: list[tuple[Any, ...]] = []
        relations: list[tuple[Any, ...]] = []
        for doc in docs:
            new_ids = self._span_rows(doc, lengths[doc[0]], spans)
            self._relation_rows(doc, new_ids, relations)
        conn.executemany(_SPAN_INSERT, spans)
        conn.executemany(_RELATION_INSERT, relations)
        self._statuses(docs)

    def _read_old(self, ids: list[int]) -> None:
        conn, marks = self.ctx.conn, _marks(ids)
        spans: dict[int, list[tuple[Any, ...]]] = {i: [] for i in ids}
        for row in conn.execute(
            'SELECT doc_id, id, start, "end", label, origin, state, suggester, confidence '
            f"FROM annotations WHERE annotator = ? AND doc_id IN ({marks}) ORDER BY doc_id, id",
            [self.annotator, *ids],
        ):
            spans[row[0]].append(row[1:])
        index = {
            span[0]: (doc_id, i) for doc_id, rows in spans.items() for i, span in enumerate(rows)
        }
        relations: dict[int, list[LayerRelation]] = {i: [] for i in ids}
        for rid, doc_id, head, tail, kind, state, origin, suggester, confidence in conn.execute(
            "SELECT id, doc_id, head, tail, type, state, origin, suggester, confidence "
            f"FROM relations WHERE doc_id IN ({marks}) ORDER BY doc_id, id",
            ids,
        ):
            if head not in index and tail not in index:
                continue
            if head not in index or tail not in index:
                raise OperationError(
                    f"a relation of document {doc_id} links {self.annotator}'s layer to another "
                    "layer; remove it before replacing the layer"
                )
            relations[doc_id].append(
                (rid, index[head][1], index[tail][1], kind, state, origin, suggester, confidence)
            )
            self.relations_removed.append(rid)
        statuses = dict(
            conn.execute(
                f"SELECT doc_id, status FROM document_status WHERE annotator = ? "
                f"AND doc_id IN ({marks})",
                [self.annotator, *ids],
            )
        )
        for doc_id in ids:
            self.removed.extend(row[0] for row in spans[doc_id])
            self.old.append(
                (doc_id, statuses.get(doc_id), tuple(spans[doc_id]), tuple(relations[doc_id]))  # type: ignore[arg-type]
            )

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
                raise OperationError(f"a relation of document {doc_id} points at no span")
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
        """Each document's own status for the annotator, then its summed-up status."""
        conn, now = self.ctx.conn, self.ctx.now
        for _, status, _, _ in docs:
            if status is not None:
                check_value(status, ANNOTATOR_STATUSES, "an annotator's status")
        conn.executemany(
            "INSERT INTO document_status (doc_id, annotator, status, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (doc_id, annotator) DO UPDATE SET status = excluded.status, "
            "updated = excluded.updated",
            [(d[0], self.annotator, d[1], now) for d in docs if d[1] is not None],
        )
        conn.executemany(
            "DELETE FROM document_status WHERE doc_id = ? AND annotator = ?",
            [(d[0], self.annotator) for d in docs if d[1] is None],
        )
        ids = [d[0] for d in docs]
        own: dict[int, list[str]] = {i: [] for i in ids}
        for doc_id, status in conn.execute(
            f"SELECT doc_id, status FROM document_status WHERE doc_id IN ({_marks(ids)})", ids
        ):
            own[doc_id].append(status)
        conn.executemany(
            "UPDATE documents SET status = ?, updated = ? WHERE id = ? AND status != ?",
            [(summary_status(own[i]), now, i, REVIEWED) for i in ids],
        )
