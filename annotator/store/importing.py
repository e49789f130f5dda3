"""Storing imported documents with their spans and relations, a batch per savepoint."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace

from annotator.core.crossing import note_crossings
from annotator.core.distinct import merge_identical_spans
from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.model import SourceDocument
from annotator.store import token_layer
from annotator.store.import_checks import check_source, relation_allows
from annotator.store.import_rows import (
    ImportContext,
    describe,
    document_row,
    text_digest,
    text_hash,
    variant_hash,
)
from annotator.store.import_spans import insert_spans
from annotator.store.repository import read_schema
from annotator.store.search_backlog import defer
from annotator.store.texts import body_for, index_texts, insert_bodies

# Checking a document (store.import_checks) and making its row (store.import_rows)
# have modules of their own; these names are read from here too.
__all__ = [
    "BatchWriter",
    "ErrorHandler",
    "GroupFn",
    "ImportBatch",
    "ImportContext",
    "check_source",
    "log_import",
    "text_digest",
    "text_hash",
]

ErrorHandler = Callable[[SourceDocument, AnnotatorError], None]
GroupFn = Callable[[SourceDocument], object]


_DOCUMENT_COLUMNS = (
    "id, title, title_key, source, raw_hash, text_hash, meta, regions, length, created, updated"
)


def _insert_document(*, record_keys: bool, shared_sources: bool) -> str:
    """The INSERT of a document row as import_rows.document_row makes it for this file."""
    columns = _DOCUMENT_COLUMNS.split(", ")
    columns += ["record_key"] if record_keys else []
    columns += ["shared_source"] if shared_sources else []
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO documents ({', '.join(columns)}) VALUES ({marks})"


_INSERT_UNITS = (
    "INSERT INTO document_units (doc_id, version, forms, starts, sentences) VALUES (?, ?, ?, ?, ?)"
)
_HASH = 4  # position of text_hash in a document row


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
        # Documents kept beside another with the same text: (document, that one's id).
        self.same_text: list[tuple[SourceDocument, int]] = []
        self._rows: list[tuple[int, SourceDocument, tuple[object, ...]]] = []
        self._hashes: dict[object, int] = {}
        self._keys: set[str] = set()
        self._next_id = 0
        self.indexed = 0  # documents of the batch put in the full-text index
        self.deferred = 0  # and those listed to be indexed later

    def add(self, source: SourceDocument) -> int | None:
        """The id `source` will have, or None if it is already stored or queued.

        A document is already there when its text is (for an article), or
        when its record key is (for a corpus record); a record whose text is
        stored under another key is kept beside it, under a hash of its own.
        """
        source = note_crossings(merge_identical_spans(source))
        self._refresh_schema(source)
        check_source(self.ctx, source)
        row = document_row(self.ctx, source)
        digest = row[_HASH]
        key = source.record_key if self.ctx.record_keys else ""
        if key and (key in self._keys or self._key_stored(key)):
            self.stored.append((source, None))
            return None
        first = self._hashes.get(digest) or self._stored_id(digest)
        if first is None and not key:
            first = self._other_form_id(source)
        if first is not None and not key:
            self.stored.append((source, None))
            return None
        if first is not None:
            self.same_text.append((source, first))
            digest = variant_hash(str(digest), key)
            row = row[:_HASH] + (digest,) + row[_HASH + 1 :]
        if not self._next_id:
            last = self.ctx.conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()
            self._next_id = int(last[0]) + 1
        doc_id = self._next_id
        self._next_id += 1
        self._hashes.setdefault(digest, doc_id)
        if key:
            self._keys.add(key)
        self._rows.append((doc_id, source, row))
        self.stored.append((source, doc_id))
        return doc_id

    def _stored_id(self, digest: object) -> int | None:
        query = "SELECT id FROM documents WHERE text_hash = ?"
        found = self.ctx.conn.execute(query, (digest,)).fetchone()
        return None if found is None else int(found[0])

    def _other_form_id(self, source: SourceDocument) -> int | None:
        """The document stored as this article's other form (references decoded or kept)."""
        for other in source.other_hashes:
            found = self._hashes.get(other) or self._stored_id(other)
            if found is not None:
                return found
        return None

    def _key_stored(self, key: str) -> bool:
        # The second term lets SQLite use the partial index of record keys.
        query = "SELECT 1 FROM documents WHERE record_key = ? AND record_key != ''"
        return self.ctx.conn.execute(query, (key,)).fetchone() is not None

    def _refresh_schema(self, source: SourceDocument) -> None:
        """Read the schema again when a document names a label or type it lacks.

        An import may add labels while a batch is open (through the one
        write path, in the same transaction); the batch must then see them.
        """
        if not source.spans and not source.relations:
            return  # a plain article names no label
        schema = self.ctx.schema
        labels = set(schema.label_names())
        types = {r.name: r for r in schema.relations}
        spans = source.spans
        stale = any(label not in labels for _, _, label in spans) or any(
            kind not in types or not relation_allows(types[kind], spans, head, tail)
            for head, tail, kind in source.relations
        )
        if stale:
            self.ctx = replace(self.ctx, schema=read_schema(self.ctx.conn))

    @property
    def _insert(self) -> str:
        return _insert_document(
            record_keys=self.ctx.record_keys, shared_sources=self.ctx.shared_sources
        )

    def finish(self) -> list[tuple[SourceDocument, ImportFailure]]:
        """Write the batch: rows, texts, spans, relations, index entries, log row.

        Returns the documents the database refused, with the reason; they are
        not stored and no longer in `stored`.
        """
        failures = self._insert_documents()
        new = [(doc_id, source) for doc_id, source, _ in self._rows]
        insert_spans(
            self.ctx.conn,
            [(doc_id, source) for doc_id, source in new if source.spans],
            annotator=self.ctx.annotator,
            origin=self.ctx.origin,
            now=self.ctx.now,
        )
        if self.ctx.full_text:
            self._index(new)
        log_import(self.ctx, [doc_id for doc_id, _ in new])
        return failures

    def _index(self, new: list[tuple[int, SourceDocument]]) -> None:
        """Index the batch's texts, or those beyond the run's budget list them to index later."""
        budget = self.ctx.index_budget
        now = len(new) if budget is None else budget.now(len(new))
        index_texts(self.ctx.conn, [(doc_id, source.text) for doc_id, source in new[:now]])
        defer(self.ctx.conn, [doc_id for doc_id, _ in new[now:]])
        self.indexed, self.deferred = now, len(new) - now

    def _insert_documents(self) -> list[tuple[SourceDocument, ImportFailure]]:
        conn = self.ctx.conn
        if not self._rows:
            return []
        conn.execute("SAVEPOINT import_batch")
        try:
            conn.executemany(self._insert, [(i, *row) for i, _, row in self._rows])
            insert_bodies(conn, [(i, body_for(s.text, s.packed)) for i, s, _ in self._rows])
            units = [(i, *s.units) for i, s, _ in self._rows if s.units is not None]
            if units:
                conn.executemany(_INSERT_UNITS, units)
            tokens = [token_layer.pack(i, s.tokens) for i, s, _ in self._rows if s.tokens]
            if tokens and self.ctx.source_tokens:
                conn.executemany(token_layer.INSERT, tokens)
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
                conn.execute(self._insert, (doc_id, *row))
                insert_bodies(conn, [(doc_id, body_for(source.text, source.packed))])
                if source.units is not None:
                    conn.execute(_INSERT_UNITS, (doc_id, *source.units))
                if source.tokens is not None and self.ctx.source_tokens:
                    conn.execute(token_layer.INSERT, token_layer.pack(doc_id, source.tokens))
            except sqlite3.IntegrityError as exc:
                _rollback_to(conn, "import_document")
                failure = ImportFailure(
                    "document {document} cannot be stored: {exc}",
                    document=describe(source),
                    exc=exc,
                )
                failures.append((source, failure))
                continue
            except BaseException:
                _rollback_to(conn, "import_document")
                raise
            conn.execute("RELEASE import_document")
            kept.append((doc_id, source, row))
        refused = {id(source) for source, _ in failures}
        self._rows = kept
        self.stored = [pair for pair in self.stored if id(pair[0]) not in refused]
        self.same_text = [pair for pair in self.same_text if id(pair[0]) not in refused]
        return failures


def _rollback_to(conn: sqlite3.Connection, savepoint: str) -> None:
    if conn.in_transaction:  # an I/O error may have ended the transaction already
        conn.execute(f"ROLLBACK TO {savepoint}")
        conn.execute(f"RELEASE {savepoint}")


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
        self.same_text: list[tuple[SourceDocument, int]] = []
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
