"""Streaming reads for exports: documents with their spans and relations, a chunk at a time.

One query per chunk for each of texts, spans and relations (never one per
document), so 100,000 documents stream in a few hundred queries while only a
chunk is ever in memory. Spans come as `SpanRow` named tuples with the
columns an export needs, not as `Span` values: building a million Span
objects would cost more than writing the export. Rejected spans are left out
(no export takes them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator.core.model import Document, Relation
from annotator.store import repository as repo
from annotator.store.connection import connect_read_only
from annotator.store.gate import harden

if TYPE_CHECKING:
    from annotator.core.source_tokens import SourceTokens

CHUNK = 500
_SPAN_ROW = 'id, doc_id, start, "end", label, annotator, state'


class SpanRow(NamedTuple):
    """A span as exports read it (no origin, suggester or timestamps: every column costs)."""

    id: int
    doc_id: int
    start: int
    end: int
    label: str
    annotator: str
    state: str


# tuple.__new__ bound to SpanRow: builds a row without a Python-level call.
_span_row = partial(tuple.__new__, SpanRow)
_doc_id = itemgetter(1)
_DOC_FIELDS = ("id", "title", "text", "meta", "source", "raw_hash", "status", "regions", "note")


class AnnotatedDocument(NamedTuple):
    """A document with its accepted and pending spans (by position) and its relations.

    `units` are the syllables stored with its text at import (opaque here,
    see nlp.stored_units) and `tokens` the tokens a tokenised corpus gave it
    (core.source_tokens), when they were asked for and exist. `finished`
    names the annotators whose own status of the document is done.
    """

    document: Document
    spans: tuple[SpanRow, ...]
    relations: tuple[Relation, ...]
    units: tuple[str, str, bytes, bytes] | None = None
    tokens: SourceTokens | None = None
    finished: tuple[str, ...] = ()
    shared_source: str = ""  # see core.model.SourceDocument.shared_source


def _grouped(rows: Sequence[Any], build: Callable[[Any], Any]) -> dict[int, tuple[Any, ...]]:
    """Rows (ordered by document) grouped by their second column, the document id
    (as the tuples a document carries, not lists copied into them)."""
    return {doc_id: tuple(map(build, group)) for doc_id, group in groupby(rows, _doc_id)}


def _document(row: tuple[Any, ...]) -> Document:
    """repository.document_from_row, minus the JSON parsing of empty meta and regions."""
    if row[3] == "{}" and row[7] == "[]":
        values: tuple[Any, ...] = (row[0], row[1], row[2], {}, row[4], row[5], row[6], (), row[8])
        document: Document = repo._frozen(Document, _DOC_FIELDS, values)
        return document
    return repo.document_from_row(row)


def read_chunk(
    conn: sqlite3.Connection, ids: Sequence[int], *, units: bool = False, tokens: bool = False
) -> list[AnnotatedDocument]:
    """The documents of `ids` that exist, in the order of `ids` (with their stored tokens)."""
    marks = ", ".join("?" for _ in ids)
    docs = repo.documents_by_id(conn, ids, _document)
    spans = _grouped(
        conn.execute(
            f"SELECT {_SPAN_ROW} FROM annotations WHERE doc_id IN ({marks}) "
            "AND state != 'rejected' ORDER BY doc_id, start, \"end\", id",
            ids,
        ).fetchall(),
        _span_row,
    )
    relations = _grouped(
        conn.execute(
            f"SELECT {repo.RELATION_COLUMNS} FROM relations WHERE doc_id IN ({marks}) "
            "AND state != 'rejected' ORDER BY doc_id, id",
            ids,
        ).fetchall(),
        repo.relation_from_row,
    )
    stored = _stored_units(conn, ids, marks) if units else {}
    layers = _source_tokens(conn, ids) if tokens else {}
    finished = _finished_by(conn, ids, marks)
    shared = _shared_sources(conn, ids, marks)
    return [
        AnnotatedDocument(
            docs[i],
            spans.get(i, ()),
            relations.get(i, ()),
            stored.get(i),
            layers.get(i),
            tuple(finished.get(i, ())),
            shared.get(i, ""),
        )
        for i in ids
        if i in docs
    ]


def chunks_of(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


class ProjectReader:
    """A read-only connection that streams documents, for worker processes of an export.

    Opened beside the exporting process's own connection: in WAL mode readers
    never block, and never see half of a transaction.
    """

    def __init__(self, path: str | Path) -> None:
        # The exporting process opened this file through the gate; stored SQL
        # cannot fire on reads, and schema trust stays off.
        target = Path(path)
        has_log = target.with_name(target.name + "-wal").exists()
        self._conn = connect_read_only(target, immutable=not has_log)
        harden(self._conn, strict=False)

    def iter_annotated(
        self, ids: Sequence[int], *, chunk: int = CHUNK, units: bool = False, tokens: bool = False
    ) -> Iterator[AnnotatedDocument]:
        """As `Project.iter_annotated`: documents of `ids` in that order, with spans and relations."""
        for part in chunks_of(ids, chunk):
            yield from read_chunk(self._conn, part, units=units, tokens=tokens)

    def close(self) -> None:
        self._conn.close()


def _source_tokens(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, SourceTokens]:
    """The tokens imports stored for `ids`; their layer is loaded by the first export that asks."""
    from annotator.store import token_layer

    return token_layer.read_tokens(conn, ids) if token_layer.has_table(conn) else {}


def _stored_units(
    conn: sqlite3.Connection, ids: Sequence[int], marks: str
) -> dict[int, tuple[str, str, bytes, bytes]]:
    """doc id -> the tokens and sentence starts stored with its text (version, forms, starts,
    sentences), for those that have them."""
    query = (
        "SELECT doc_id, version, forms, starts, sentences FROM document_units "
        f"WHERE doc_id IN ({marks})"
    )
    return {row[0]: row[1:] for row in conn.execute(query, ids)}


def _finished_by(conn: sqlite3.Connection, ids: Sequence[int], marks: str) -> dict[int, list[str]]:
    """doc id -> the annotators who marked it done, by name, for those someone finished."""
    finished: dict[int, list[str]] = {}
    for doc_id, name in conn.execute(
        f"SELECT doc_id, annotator FROM document_status WHERE doc_id IN ({marks}) "
        "AND status = 'done' ORDER BY doc_id, annotator",
        ids,
    ):
        finished.setdefault(doc_id, []).append(name)
    return finished


def _shared_sources(conn: sqlite3.Connection, ids: Sequence[int], marks: str) -> dict[int, str]:
    """doc id -> shared source, for those that have one (files before 0093 have none)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    if "shared_source" not in columns:
        return {}
    query = f"SELECT id, shared_source FROM documents WHERE id IN ({marks}) AND shared_source != ''"
    return dict(conn.execute(query, ids).fetchall())
