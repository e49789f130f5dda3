"""Bulk import into a project: documents with their spans, relations and tokens, batch by batch.

A mixin of Project: the import methods share its connection, lock and span
cache, and write through store.importing (one savepoint and a few
executemany statements per batch).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from annotator.store.connection import transaction
from annotator.store.errors import translate_errors
from annotator.store.repository import read_schema
from annotator.store.search_backlog import IndexBudget

if TYPE_CHECKING:  # the write path is imported by the first import, not on open
    from annotator.core.model import SourceDocument
    from annotator.store.cache import SpanCache
    from annotator.store.importing import ErrorHandler, GroupFn, ImportBatch, ImportContext

SameTextFn = Callable[["SourceDocument", int], None]


@translate_errors
class BulkImport:
    """Project's import methods (the project supplies `_conn`, `_lock`, `_cache`, `annotator`)."""

    _conn: Any
    _lock: threading.RLock
    _cache: SpanCache
    annotator: str

    def _import_context(self, origin: str, budget: IndexBudget | None = None) -> ImportContext:
        from annotator.store.importing import ImportContext

        names = {
            row[0]
            for row in self._conn.execute(
                "SELECT name FROM sqlite_master "
                "WHERE name IN ('documents_fts', 'document_tokens', 'search_backlog')"
            )
        }
        columns = {row[1] for row in self._conn.execute("PRAGMA table_info(documents)")}
        return ImportContext(
            self._conn,
            self.annotator,
            origin,
            read_schema(self._conn),
            time.time(),
            full_text="documents_fts" in names,
            source_tokens="document_tokens" in names,
            record_keys="record_key" in columns,
            shared_sources="shared_source" in columns,
            index_budget=budget if "search_backlog" in names else None,
        )

    def add_document(self, source_doc: SourceDocument, *, origin: str = "imported") -> int | None:
        """Store a document with its spans and relations in one transaction.

        Returns the new id, or None when the same NFC text is already stored.
        Raises ImportFailure (nothing stored) when a span or relation does not fit.
        """
        from annotator.store.apply_base import ensure_annotator
        from annotator.store.importing import BatchWriter

        with self._lock:
            ctx = self._import_context(origin)
            with transaction(self._conn):
                ensure_annotator(self._conn, self.annotator, ctx.now)
                writer = BatchWriter(ctx)
                doc_id = writer.add(source_doc)
                for _, failure in writer.finish():
                    raise failure
            if doc_id is not None:
                self._cache.forget([doc_id])
        return doc_id

    def add_documents(
        self,
        source_docs: Iterable[SourceDocument],
        *,
        commit_every: int = 200,
        origin: str = "imported",
        on_error: ErrorHandler | None = None,
        group: GroupFn | None = None,
        same_text: SameTextFn | None = None,
    ) -> Iterator[tuple[SourceDocument, int | None]]:
        """Bulk import; yields (source_doc, new id or None for a duplicate).

        Documents are written in transactions of at most `commit_every` documents or one second
        (see importing.BatchWriter for how), except that consecutive documents with the same
        `group(doc)` (the file they come from) always share a transaction: a file is stored whole
        or not at all. Pairs are yielded only after their transaction has COMMITTED, so every
        yielded id is durable (synchronous=FULL) the moment it is yielded, and no transaction is
        open while the caller holds a pair. A document that fails (ImportFailure, OffsetError, ...)
        is rolled back alone: with `on_error` it is reported there and the import goes on; without,
        the documents before it are committed and yielded, then the error is raised. A database
        error (disk full: DiskFullError) rolls back the current batch, whose documents were not
        yielded, and is raised. A document with a record key whose text is already stored is kept
        beside it; `same_text(doc, id of the stored one)` says so, once its batch is committed. The
        first documents of the run (search_backlog.INDEX_AT_ONCE) go into the full-text index at
        once, later ones wait in the search backlog (`index_waiting` fills the index from it).
        """
        from annotator.store.importing import ImportBatch

        docs = iter(source_docs)
        carried: list[SourceDocument] = []
        budget = IndexBudget()
        while True:
            batch = ImportBatch(commit_every, origin, on_error, group)
            self._import_batch(batch, itertools.chain(carried, docs), budget)
            carried = batch.carry
            self._committed(batch, same_text)
            yield from batch.stored
            if batch.error is not None:
                raise batch.error
            if batch.finished:
                return

    def _committed(self, batch: ImportBatch, same_text: SameTextFn | None) -> None:
        """After a batch commits, before its pairs go out: the span cache forgets its
        documents, and `same_text` hears of each text stored twice."""
        with self._lock:
            self._cache.forget(doc_id for _, doc_id in batch.stored if doc_id is not None)
        if same_text is not None:
            for source, first in batch.same_text:
                same_text(source, first)

    def _import_batch(
        self, batch: ImportBatch, docs: Iterator[SourceDocument], budget: IndexBudget
    ) -> None:
        from annotator.store.apply_base import ensure_annotator
        from annotator.store.importing import BatchWriter

        # The second counts from the first document: waiting for the reader
        # (worker processes starting) must not cut a batch short.
        deadline = float("inf")
        full: list[object] = []  # the group being completed once the batch is full
        with self._lock:
            ctx = self._import_context(batch.origin, budget)
            writer = BatchWriter(ctx)
            with transaction(self._conn):
                ensure_annotator(self._conn, self.annotator, ctx.now)
                for source in docs:
                    if deadline == float("inf"):
                        deadline = time.monotonic() + 1.0
                    key = batch.group(source) if batch.group is not None else None
                    if full and key != full[0]:
                        batch.carry, batch.finished = [source], False
                        break
                    if not batch.add(writer, source):
                        break
                    if not full and (
                        len(writer.stored) >= batch.commit_every or time.monotonic() >= deadline
                    ):
                        if batch.group is None:
                            batch.finished = False
                            break
                        full.append(key)
                for source, failure in writer.finish():
                    batch.refused(source, failure)
            budget.taken(writer.indexed, writer.deferred)
        batch.stored = writer.stored
        batch.same_text = writer.same_text
