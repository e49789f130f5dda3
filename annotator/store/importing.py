"""Storing imported documents with their spans and relations, one savepoint each."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from dataclasses import dataclass

from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.model import ACCEPTED, ORIGINS, SourceDocument
from annotator.core.offsets import validate_span
from annotator.core.schema import LabelSchema
from annotator.store.repository import fold


def text_hash(text: str) -> str:
    """sha256 of the NFC text: equal texts are the same document."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ImportContext:
    """Fixed for a whole import run: who, when, with which schema."""

    conn: sqlite3.Connection
    annotator: str
    origin: str
    schema: LabelSchema
    now: float
    full_text: bool = True  # False only in files older than the search migration


def describe(source: SourceDocument) -> str:
    """How a linguist recognises a document in an error message."""
    name = source.source or source.title or source.text[:40].replace("\n", " ")
    return repr(name)


def check_source(ctx: ImportContext, source: SourceDocument) -> None:
    """Raise ImportFailure with a precise reason if `source` cannot be stored."""
    if ctx.origin not in ORIGINS:
        raise ImportFailure(f"origin {ctx.origin!r} is not one of {list(ORIGINS)}")
    if not unicodedata.is_normalized("NFC", source.text):
        raise ImportFailure(
            f"document {describe(source)}: text is not NFC; normalise it before storing"
        )
    labels = set(ctx.schema.label_names())
    length = len(source.text)
    try:
        for start, end, label in source.spans:
            validate_span(length, start, end)
            if label not in labels:
                ctx.schema.label(label)
        for region in source.regions:
            validate_span(length, region.start, region.end)
        for head, tail, rel_type in source.relations:
            _check_relation(ctx, source, head, tail, rel_type)
    except AnnotatorError as exc:
        raise ImportFailure(f"document {describe(source)}: {exc}") from exc


def _check_relation(
    ctx: ImportContext, source: SourceDocument, head: int, tail: int, rel_type: str
) -> None:
    count = len(source.spans)
    if not (0 <= head < count and 0 <= tail < count) or head == tail:
        raise ImportFailure(f"relation {rel_type} points to spans {head}, {tail} of {count}")
    allowed = ctx.schema.relation(rel_type)
    head_label, tail_label = source.spans[head][2], source.spans[tail][2]
    if not allowed.allows(head_label, tail_label):
        raise ImportFailure(f"relation {rel_type} does not link {head_label} to {tail_label}")


def _insert_row(ctx: ImportContext, source: SourceDocument) -> int | None:
    """The document and its text; None if the same NFC text is already stored."""
    try:
        meta = json.dumps(source.meta, ensure_ascii=False) if source.meta else "{}"
    except (TypeError, ValueError) as exc:
        raise ImportFailure(f"document {describe(source)}: metadata is not JSON ({exc})") from exc
    regions = "[]"
    if source.regions:
        regions = json.dumps([[r.start, r.end, r.kind] for r in source.regions], ensure_ascii=False)
    cursor = ctx.conn.execute(
        "INSERT INTO documents (title, title_key, source, raw_hash, text_hash, meta, regions, "
        "length, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (text_hash) DO NOTHING",
        (source.title, fold(source.title), source.source, source.raw_hash, text_hash(source.text))
        + (meta, regions, len(source.text), ctx.now, ctx.now),
    )
    if cursor.rowcount == 0:
        return None  # the same text is already in the project
    doc_id = int(cursor.lastrowid or 0)
    ctx.conn.execute(
        "INSERT INTO document_texts (doc_id, text) VALUES (?, ?)", (doc_id, source.text)
    )
    return doc_id


def insert_spans(ctx: ImportContext, docs: list[tuple[int, SourceDocument]]) -> None:
    """The spans and relations of checked documents, in two statements."""
    conn = ctx.conn
    rows = [
        (doc_id, start, end, label, ctx.annotator, ctx.origin, ACCEPTED, ctx.now, ctx.now)
        for doc_id, source in docs
        for start, end, label in source.spans
    ]
    if not rows:
        return
    conn.executemany(
        'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
        "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    # One writer inside one transaction and AUTOINCREMENT: the new ids are
    # consecutive, in the order of `rows`.
    next_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0] - len(rows) + 1
    relations = []
    for doc_id, source in docs:
        for head, tail, rel_type in source.relations:
            relations.append(
                (doc_id, next_id + head, next_id + tail, rel_type, ctx.annotator, ctx.now)
            )
        next_id += len(source.spans)
    conn.executemany(
        "INSERT INTO relations (doc_id, head, tail, type, annotator, created) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        relations,
    )


class BatchWriter:
    """The documents of one import transaction.

    Each document row goes in under its own SAVEPOINT, so a failing one is
    rolled back alone. Spans, relations and the full-text index of the whole
    batch are written by `finish`, outside the savepoints: they were checked
    in Python first (`check_source`), and writing them together is what makes
    bulk import fast (FTS5 flushes at every savepoint).
    """

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx
        self.stored: list[tuple[SourceDocument, int | None]] = []

    def add(self, source: SourceDocument) -> int | None:
        check_source(self.ctx, source)
        conn = self.ctx.conn
        conn.execute("SAVEPOINT import_document")
        try:
            doc_id = _insert_row(self.ctx, source)
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK TO import_document")
            conn.execute("RELEASE import_document")
            raise ImportFailure(f"document {describe(source)} cannot be stored: {exc}") from exc
        except BaseException:
            conn.execute("ROLLBACK TO import_document")
            conn.execute("RELEASE import_document")
            raise
        conn.execute("RELEASE import_document")
        self.stored.append((source, doc_id))
        return doc_id

    def finish(self) -> None:
        """Write the batch's spans, relations, index entries and its log row."""
        new = [(doc_id, source) for source, doc_id in self.stored if doc_id is not None]
        insert_spans(self.ctx, [(doc_id, source) for doc_id, source in new if source.spans])
        if self.ctx.full_text:
            index_texts(self.ctx.conn, [(doc_id, source.text) for doc_id, source in new])
        log_import(self.ctx, [doc_id for doc_id, _ in new])


def index_texts(conn: sqlite3.Connection, pairs: list[tuple[int, str]]) -> None:
    """Add (doc_id, text) to the full-text index; call outside per-document savepoints."""
    conn.executemany("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", pairs)


def log_import(ctx: ImportContext, doc_ids: list[int]) -> None:
    """A compact action-log row (ids only, no text); not part of any undo chain."""
    if not doc_ids:
        return
    ctx.conn.execute(
        "INSERT INTO action_log (time, annotator, doc_ids, op, inverse, kind) "
        "VALUES (?, ?, ?, ?, NULL, 'import')",
        (
            ctx.now,
            ctx.annotator,
            json.dumps(doc_ids),
            json.dumps({"kind": "import", "count": len(doc_ids), "origin": ctx.origin}),
        ),
    )
