"""Storing imported documents with their spans and relations, one savepoint each."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from annotator.core.distinct import merge_identical_spans
from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.model import ACCEPTED, ORIGINS, SourceDocument
from annotator.core.offsets import validate_span
from annotator.core.schema import LabelSchema
from annotator.store.repository import fold


def text_hash(text: str) -> str:
    """sha256 of the NFC text: equal texts are the same document."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


ErrorHandler = Callable[[SourceDocument, AnnotatorError], None]
GroupFn = Callable[[SourceDocument], object]


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
    length = len(source.text)
    try:
        if source.spans:
            labels = set(ctx.schema.label_names())
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


def document_row(ctx: ImportContext, source: SourceDocument) -> tuple[object, ...]:
    """The documents-table values of a checked source (NFC text), without the id."""
    try:
        meta = json.dumps(source.meta, ensure_ascii=False) if source.meta else "{}"
    except (TypeError, ValueError) as exc:
        raise ImportFailure(f"document {describe(source)}: metadata is not JSON ({exc})") from exc
    regions = "[]"
    if source.regions:
        regions = json.dumps([[r.start, r.end, r.kind] for r in source.regions], ensure_ascii=False)
    # The text is NFC (check_source), so its hash needs no second normalisation.
    digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    return (source.title, fold(source.title), source.source, source.raw_hash, digest) + (
        meta,
        regions,
        len(source.text),
        ctx.now,
        ctx.now,
    )


_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, title, title_key, source, raw_hash, text_hash, meta, regions, "
    "length, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_TEXT = "INSERT INTO document_texts (doc_id, text) VALUES (?, ?)"
_INSERT_UNITS = (
    "INSERT INTO document_units (doc_id, version, forms, starts, sentences) VALUES (?, ?, ?, ?, ?)"
)
_HASH = 4  # position of text_hash in a document row


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
                + (ctx.now,)
            )
        next_id += len(source.spans)
    conn.executemany(
        "INSERT INTO relations (doc_id, head, tail, type, annotator, created, updated, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'imported')",
        relations,
    )


class BatchWriter:
    """The documents of one import transaction.

    `add` checks a document in Python (spans, relations, NFC, JSON metadata,
    duplicates) and gives it its id; `finish` writes the whole batch with a
    few `executemany` statements inside one savepoint: one statement per
    document and a savepoint each made bulk import several times slower, and
    FTS5 flushes its index at every savepoint. If the batch statement fails
    on one document (which the checks make unlikely), the batch is written
    again one document per savepoint, so the bad one is rolled back alone.
    """

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx
        self.stored: list[tuple[SourceDocument, int | None]] = []
        self._rows: list[tuple[int, SourceDocument, tuple[object, ...]]] = []
        self._hashes: set[object] = set()
        self._next_id = 0

    def add(self, source: SourceDocument) -> int | None:
        """The id `source` will have, or None if its text is already stored or queued."""
        source = merge_identical_spans(source)
        check_source(self.ctx, source)
        row = document_row(self.ctx, source)
        digest = row[_HASH]
        if digest in self._hashes or self._is_stored(digest):
            self.stored.append((source, None))
            return None
        if not self._next_id:
            last = self.ctx.conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()
            self._next_id = int(last[0]) + 1
        doc_id = self._next_id
        self._next_id += 1
        self._hashes.add(digest)
        self._rows.append((doc_id, source, row))
        self.stored.append((source, doc_id))
        return doc_id

    def _is_stored(self, digest: object) -> bool:
        query = "SELECT 1 FROM documents WHERE text_hash = ?"
        return self.ctx.conn.execute(query, (digest,)).fetchone() is not None

    def finish(self) -> list[tuple[SourceDocument, ImportFailure]]:
        """Write the batch: rows, texts, spans, relations, index entries, log row.

        Returns the documents the database refused, with the reason; they are
        not stored and no longer in `stored`.
        """
        failures = self._insert_documents()
        new = [(doc_id, source) for doc_id, source, _ in self._rows]
        insert_spans(self.ctx, [(doc_id, source) for doc_id, source in new if source.spans])
        if self.ctx.full_text:
            index_texts(self.ctx.conn, [(doc_id, source.text) for doc_id, source in new])
        log_import(self.ctx, [doc_id for doc_id, _ in new])
        return failures

    def _insert_documents(self) -> list[tuple[SourceDocument, ImportFailure]]:
        conn = self.ctx.conn
        if not self._rows:
            return []
        conn.execute("SAVEPOINT import_batch")
        try:
            conn.executemany(_INSERT_DOCUMENT, [(i, *row) for i, _, row in self._rows])
            conn.executemany(_INSERT_TEXT, [(i, source.text) for i, source, _ in self._rows])
            units = [(i, *s.units) for i, s, _ in self._rows if s.units is not None]
            if units:
                conn.executemany(_INSERT_UNITS, units)
        except sqlite3.IntegrityError:
            _rollback_to(conn, "import_batch")
            return self._insert_one_by_one()
        except BaseException:
            _rollback_to(conn, "import_batch")
            raise
        conn.execute("RELEASE import_batch")
        return []

    def _insert_one_by_one(self) -> list[tuple[SourceDocument, ImportFailure]]:
        """The slow path after a refused batch: find the refused documents."""
        conn = self.ctx.conn
        failures: list[tuple[SourceDocument, ImportFailure]] = []
        kept = []
        for doc_id, source, row in self._rows:
            conn.execute("SAVEPOINT import_document")
            try:
                conn.execute(_INSERT_DOCUMENT, (doc_id, *row))
                conn.execute(_INSERT_TEXT, (doc_id, source.text))
                if source.units is not None:
                    conn.execute(_INSERT_UNITS, (doc_id, *source.units))
            except sqlite3.IntegrityError as exc:
                _rollback_to(conn, "import_document")
                reason = f"document {describe(source)} cannot be stored: {exc}"
                failures.append((source, ImportFailure(reason)))
                continue
            except BaseException:
                _rollback_to(conn, "import_document")
                raise
            conn.execute("RELEASE import_document")
            kept.append((doc_id, source, row))
        refused = {id(source) for source, _ in failures}
        self._rows = kept
        self.stored = [pair for pair in self.stored if id(pair[0]) not in refused]
        return failures


def _rollback_to(conn: sqlite3.Connection, savepoint: str) -> None:
    if conn.in_transaction:  # an I/O error may have ended the transaction already
        conn.execute(f"ROLLBACK TO {savepoint}")
        conn.execute(f"RELEASE {savepoint}")


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


class ImportBatch:
    """One transaction of a bulk import: its settings, and what it stored or met."""

    def __init__(
        self,
        commit_every: int,
        origin: str,
        on_error: ErrorHandler | None,
        group: GroupFn | None,
    ) -> None:
        self.commit_every = commit_every
        self.origin = origin
        self.on_error = on_error
        self.group = group
        self.stored: list[tuple[SourceDocument, int | None]] = []
        self.error: AnnotatorError | None = None
        self.finished = True
        self.carry: list[SourceDocument] = []  # read, but for the next transaction

    def add(self, writer: BatchWriter, source: SourceDocument) -> bool:
        """Add one document; False when the batch must end on its error."""
        try:
            writer.add(source)
        except AnnotatorError as exc:
            if self.on_error is None:
                self.error, self.finished = exc, False
                return False
            self.on_error(source, exc)
        return True

    def refused(self, source: SourceDocument, failure: AnnotatorError) -> None:
        if self.on_error is None:
            self.error = self.error or failure
        else:
            self.on_error(source, failure)
