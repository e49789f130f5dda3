"""Project: one SQLite file holding documents, annotations, schema and history."""

from __future__ import annotations

import getpass
import json
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.messages import Message
from annotator.core.model import Document, Relation, Span
from annotator.core.schema import LabelSchema
from annotator.core.user_config import configured_annotator
from annotator.store import document_list
from annotator.store import repository as repo
from annotator.store import search as fts
from annotator.store.bulk_import import BulkImport
from annotator.store.cache import SpanCache
from annotator.store.connection import transaction
from annotator.store.corpus import CorpusReads
from annotator.store.document_filter import EVERY_DOCUMENT, DocumentFilter
from annotator.store.errors import ProjectGoneError, translate_errors, verify_pages
from annotator.store.lifecycle import close_connection, save_as
from annotator.store.repository import DocumentRow
from annotator.store.review_reads import ReviewReadsMixin
from annotator.store.search_indexing import SearchIndexing
from annotator.store.team_reads import TeamReadsMixin

if TYPE_CHECKING:  # the write path is imported when a session starts, not on open
    from annotator.store.session import Session
    from annotator.store.streaming import AnnotatedDocument


def default_annotator() -> str:
    """The name chosen in Preferences (core.user_config), else the OS user name."""
    chosen = configured_annotator()
    if chosen:
        return chosen
    try:
        return getpass.getuser() or "annotator"
    except (KeyError, OSError):
        return "annotator"


@translate_errors
class Project(BulkImport, SearchIndexing, ReviewReadsMixin, TeamReadsMixin, CorpusReads):
    """An open project file. Reads are methods; writes go through `session()` (and imports)."""

    def __init__(self, conn: Any, path: Path, annotator: str | None = None) -> None:
        self._conn = conn
        # The connection's own lock, which its log keeper takes too (store.checkpoints).
        self._lock = getattr(conn, "lock", None) or threading.RLock()
        self.path = path
        self.annotator = annotator or default_annotator()
        self.last_backup: Path | None = None
        self.read_only = False
        self.notices: list[str | Message] = []  # what opening did that the user should hear about
        self._cache = SpanCache(conn)
        self._windows: list[Session] = []  # registered sessions, ended on close

    # -- lifecycle ------------------------------------------------------------

    def close(self) -> None:
        """Close; the project is then one file (its log copied in and removed)."""
        with self._lock:
            if self._conn is not None:
                for session in self._windows:
                    session.close()
                conn, self._conn = self._conn, None
                close_connection(conn)

    def save_as(self, target: str | Path) -> Path:
        """Write the project as this session reads it to a new file (and check the copy).

        Works when the file was deleted, moved or replaced while open: the
        session still reads the file it opened.
        """
        with self._lock:
            return save_as(self._conn, Path(target))

    def settle(self) -> bool:
        """Copy recent edits from the log into the file now (the keeper does it within a second)."""
        keeper: Any = getattr(self._conn, "after_commit", None)
        return bool(keeper.settle()) if keeper is not None and hasattr(keeper, "settle") else True

    def file_problem(self) -> str:
        """Why the file at `path` is no longer this project's ('' while it is)."""
        guard = getattr(self._conn, "guard", None)
        with self._lock:  # the log keeper's thread reads the same log scan
            return guard.problem() if guard is not None else ""

    def file_lost(self) -> ProjectGoneError | None:
        """The error that says the file at `path` is no longer this project's (None while it is).

        Once it is said, no further change is saved, as after a refused edit.
        """
        guard = getattr(self._conn, "guard", None)
        if guard is None or getattr(self._conn, "read_only", False):
            return None
        with self._lock:
            return guard.notice()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self, annotator: str | None = None, *, register: bool = False) -> Session:
        """The write path for `annotator` (default: the project's annotator).

        `register`: the session of a window, listed as open until it (or the
        project) is closed; see store.instances.
        """
        from annotator.store.session import Session

        name = annotator or self.annotator
        session = Session(
            self._conn, self._lock, name, on_commit=self._cache.committed, register=register
        )
        if register:
            self._windows.append(session)
        return session

    # -- reads ----------------------------------------------------------------

    def schema(self) -> LabelSchema:
        with self._lock:
            return repo.read_schema(self._conn)

    def document(self, doc_id: int) -> Document:
        with self._lock:
            return repo.read_document(self._conn, doc_id)

    def document_rows(
        self, shown: DocumentFilter = EVERY_DOCUMENT, *, offset: int = 0, limit: int = 200
    ) -> list[DocumentRow]:
        """A page of the document list under the filter `shown`, in id order; no text is read.

        Filtered by an annotator, a row's status and counts are that annotator's own.
        """
        with self._lock:
            return document_list.rows(self._conn, shown, offset=offset, limit=limit)

    def document_count(self, shown: DocumentFilter = EVERY_DOCUMENT) -> int:
        with self._lock:
            return document_list.count(self._conn, shown)

    def document_position(self, doc_id: int, shown: DocumentFilter = EVERY_DOCUMENT) -> int | None:
        """Row of `doc_id` in `document_rows` order under the same filter; None if filtered out."""
        with self._lock:
            return document_list.position(self._conn, doc_id, shown)

    def document_rows_around(
        self, doc_id: int, shown: DocumentFilter = EVERY_DOCUMENT, *, before: int, after: int
    ) -> list[DocumentRow]:
        """Up to `before` rows ahead of `doc_id` and `after` rows from it on, read by id."""
        with self._lock:
            return document_list.rows_around(self._conn, doc_id, shown, before=before, after=after)

    def source_files(self) -> list[tuple[str, int]]:
        """Each file the documents came from and how many it gave (the list's file filter)."""
        with self._lock:
            return document_list.source_files(self._conn)

    def text_length(self, ids: Sequence[int]) -> int:
        """The characters of the documents of `ids` (read from their rows, not their texts)."""
        with self._lock:
            return document_list.text_length(self._conn, list(ids))

    def document_ids(self, *, status: str | Iterable[str] | None = None) -> list[int]:
        """Ids in order, of some statuses or all (every other filter: `document_rows`)."""
        with self._lock:
            return document_list.ids(self._conn, DocumentFilter(status=status))

    def spans(
        self, doc_id: int, *, states: Iterable[str] | None = ("accepted", "pending")
    ) -> list[Span]:
        """Spans of a document ordered by (start, end, id); states=None returns every state.

        Served from a cache of recent documents that every commit keeps exact.
        """
        with self._lock:
            return self._cache.spans(doc_id, states)

    def span(self, span_id: int) -> Span:
        with self._lock:
            return repo.read_span(self._conn, span_id)

    def relations(
        self, doc_id: int, *, states: Iterable[str] | None = repo.VISIBLE_STATES
    ) -> list[Relation]:
        """Relations of a document; states=None returns every state, rejected included."""
        with self._lock:
            return repo.read_relations(self._conn, doc_id, states)

    def iter_documents(
        self, *, status: str | Iterable[str] | None = None, ids: Iterable[int] | None = None
    ) -> Iterator[Document]:
        """Stream documents in chunks; safe to write to the project while iterating."""
        chunks = repo.iter_documents(self._conn, status=status, ids=ids)
        while True:
            with self._lock:
                document = next(chunks, None)
            if document is None:
                return
            yield document

    def iter_annotated(
        self, ids: Sequence[int], *, chunk: int = 500, units: bool = False, tokens: bool = False
    ) -> Iterator[AnnotatedDocument]:
        """Documents of `ids` (in that order) with all their spans and relations, streamed.

        One query per chunk for texts, spans and relations (and, with
        `units`, the syllables stored at import; with `tokens`, the source
        tokens of tokenised corpora), for exports of 100,000 documents;
        bypasses the span cache, which is for the editor.
        """
        from annotator.store import streaming

        for part in streaming.chunks_of(ids, chunk):
            with self._lock:
                batch = streaming.read_chunk(self._conn, part, units=units, tokens=tokens)
            yield from batch

    def has_content(self, text_hash: str) -> bool:
        """Whether a document with this sha256 of the NFC text is stored."""
        with self._lock:
            query = "SELECT 1 FROM documents WHERE text_hash = ?"
            return self._conn.execute(query, (text_hash,)).fetchone() is not None

    def document_with_hash(self, text_hash: str) -> int | None:
        """The id of the document whose NFC text has this sha256, if one is stored."""
        with self._lock:
            query = "SELECT id FROM documents WHERE text_hash = ?"
            row = self._conn.execute(query, (text_hash,)).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def text_hash(text: str) -> str:
        """The hash `has_content` expects: sha256 of the NFC text."""
        from annotator.store.import_rows import text_hash

        return text_hash(text)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return repo.read_stats(self._conn)

    def verify(self) -> None:
        """Raise ProjectDamagedError if any page of the file is unreadable; never writes.

        SQLite's quick check reads every page (about a second per gigabyte).
        """
        with self._lock:
            verify_pages(self._conn, self.path)

    def search(self, query: str, *, limit: int = 50) -> fts.SearchHits:
        """(doc_id, snippet) hits; `.damaged` names the matching documents left out, unreadable."""
        with self._lock:
            return fts.search(self._conn, query, limit=limit)

    # -- settings and blobs (not part of the undo history) ----------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._lock:
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        data = json.dumps(value, ensure_ascii=False)
        with self._lock, transaction(self._conn):
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, data),
            )

    def put_blob(self, key: str, data: bytes, meta: dict[str, Any] | None = None) -> None:
        with self._lock, transaction(self._conn):
            self._conn.execute(
                "INSERT INTO blobs (key, data, meta, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET data = excluded.data, meta = excluded.meta, "
                "updated = excluded.updated",
                (key, bytes(data), json.dumps(meta or {}, ensure_ascii=False), time.time()),
            )

    def get_blob(self, key: str) -> tuple[bytes, dict[str, Any]] | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT data, meta FROM blobs WHERE key = ?", (key,)
            ).fetchone()
        return None if row is None else (bytes(row[0]), json.loads(row[1]))

    def delete_blob(self, key: str) -> None:
        with self._lock, transaction(self._conn):
            self._conn.execute("DELETE FROM blobs WHERE key = ?", (key,))


def put_schema(conn: Any, schema: LabelSchema) -> None:
    """Write the labels and relation types of a new project (checked first)."""
    schema.check()
    with transaction(conn):
        conn.executemany(
            "INSERT INTO labels (name, color, key, description, ord) VALUES (?, ?, ?, ?, ?)",
            [(x.name, x.color, x.key, x.description, i) for i, x in enumerate(schema.labels)],
        )
        crossing = [(x.name,) for x in schema.labels if x.crosses_paragraphs]
        if crossing:  # a column of migration 0032
            conn.executemany("UPDATE labels SET crosses_paragraphs = 1 WHERE name = ?", crossing)
        conn.executemany(
            "INSERT INTO relation_types (name, head_labels, tail_labels, description, key, ord) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (r.name, json.dumps(list(r.head_labels)), json.dumps(list(r.tail_labels)))
                + (r.description, r.key, i)
                for i, r in enumerate(schema.relations)
            ],
        )
