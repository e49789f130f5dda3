"""Documents stored but not yet in the full-text index, and filling the index from them.

Indexing is the slowest part of a large import (FTS5 flushes its terms at
every commit), so an import keeps the first `INDEX_AT_ONCE` documents of a
run searchable at once and lists the rest in `search_backlog`; the project is
usable meanwhile, and whoever needs the index fills it first (`annotator
index`, a search from the command line, a background job in the window).

The index is contentless: a 'delete' given a text that was never indexed
corrupts it. So a document is in the index or in the backlog, never both and
never neither, and every path that takes a text out of the index asks
`is_waiting` first. Texts never change, so an entry is only added (import)
and removed (indexed, or its document deleted, by cascade).
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable, Sequence

from annotator.store import texts

# Migration 0095. Integer primary key: the backlog is read in id order.
BACKLOG = """
CREATE TABLE search_backlog (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE
)
"""

# Migration 0096. A waiting document whose stored text does not decompress is
# moved here by the fill, with the reason, instead of stopping every fill at it:
# it is then in neither the index nor the backlog, and is reported by id.
UNREADABLE = """
CREATE TABLE search_unreadable (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    reason TEXT NOT NULL
)
"""

# The documents of one import run indexed as they are stored. 1,000 articles
# index in about 0.1 s, so a linguist's folder and every small import are
# searchable the moment the command returns; beyond that the index cost grows
# with the corpus (1.7 s of a 3.1 s import of 10,000 articles) and waits.
INDEX_AT_ONCE = 1000

# One filling transaction: at most this many documents or this long, so an
# edit in the window waits for the write lock no longer than that.
BATCH_DOCUMENTS = 200
BATCH_SECONDS = 0.2
_CHUNK = 50

ProgressFn = Callable[[int, int], None]  # (documents indexed so far, documents to index)


def has_backlog(conn: sqlite3.Connection) -> bool:
    """True when the file has the backlog table (files before migration 0095 do not)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_backlog'")
    return found.fetchone() is not None


def waiting(conn: sqlite3.Connection) -> int:
    """How many documents are not yet in the full-text index."""
    if not has_backlog(conn):
        return 0
    return int(conn.execute("SELECT count(*) FROM search_backlog").fetchone()[0])


def is_waiting(conn: sqlite3.Connection, doc_id: int) -> bool:
    """True when the document is listed to be indexed (so its text is not in the index)."""
    if not has_backlog(conn):
        return False
    found = conn.execute("SELECT 1 FROM search_backlog WHERE doc_id = ?", (doc_id,))
    return found.fetchone() is not None


def _has_unreadable(conn: sqlite3.Connection) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_unreadable'")
    return found.fetchone() is not None


def unreadable(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(doc id, why) of the documents a fill left out of the index: their text is damaged."""
    if not _has_unreadable(conn):
        return []
    rows = conn.execute("SELECT doc_id, reason FROM search_unreadable ORDER BY doc_id")
    return [(int(doc_id), str(reason)) for doc_id, reason in rows]


def in_index(conn: sqlite3.Connection, doc_id: int) -> bool:
    """True when the document's text is in the index (neither waiting nor left out as damaged)."""
    if is_waiting(conn, doc_id):
        return False
    if not _has_unreadable(conn):
        return True
    found = conn.execute("SELECT 1 FROM search_unreadable WHERE doc_id = ?", (doc_id,))
    return found.fetchone() is None


def defer(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> None:
    """List stored documents to be indexed later (inside the import's transaction)."""
    if doc_ids:
        conn.executemany("INSERT INTO search_backlog (doc_id) VALUES (?)", [(i,) for i in doc_ids])


class IndexBudget:
    """How many more documents of one import run are indexed as they are stored."""

    def __init__(self, at_once: int | None = None) -> None:
        self.left = INDEX_AT_ONCE if at_once is None else at_once
        self.deferred = 0

    def now(self, count: int) -> int:
        """How many of the next `count` documents to index now (the rest wait).

        Counts nothing: call `taken` once the batch is committed, so a batch
        rolled back does not use up the budget.
        """
        return max(0, min(self.left, count))

    def taken(self, indexed: int, deferred: int) -> None:
        self.left -= indexed
        self.deferred += deferred


def index_batch(
    conn: sqlite3.Connection,
    *,
    documents: int | None = None,
    seconds: float | None = None,
) -> int:
    """Index the first waiting documents, inside the caller's transaction.

    Index rows in and backlog rows out in the same transaction, so a kill at
    any moment leaves every document in exactly one of the two. A document
    whose text is damaged is moved to `search_unreadable` with the reason
    instead (one bad text must not stop every fill). Returns how many left the
    backlog (0: it is empty).
    """
    documents = BATCH_DOCUMENTS if documents is None else documents
    deadline = time.monotonic() + (BATCH_SECONDS if seconds is None else seconds)
    done = 0
    last = 0
    while done < documents and time.monotonic() < deadline:
        ids = [
            int(row[0])
            for row in conn.execute(
                "SELECT doc_id FROM search_backlog WHERE doc_id > ? ORDER BY doc_id LIMIT ?",
                (last, min(_CHUNK, documents - done)),
            )
        ]
        if not ids:
            break
        texts.index_texts(conn, _readable_or_set_aside(conn, ids))
        marks = ", ".join("?" for _ in ids)
        conn.execute(f"DELETE FROM search_backlog WHERE doc_id IN ({marks})", ids)
        done += len(ids)
        last = ids[-1]
    return done


def _readable_or_set_aside(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, str]]:
    """(doc id, text) of `ids` in order; a damaged text goes to `search_unreadable` instead."""
    marks = ", ".join("?" for _ in ids)
    query = f"SELECT doc_id, body FROM document_bodies WHERE doc_id IN ({marks}) ORDER BY doc_id"
    readable = []
    for doc_id, body in conn.execute(query, ids).fetchall():
        try:
            readable.append((int(doc_id), texts.unpack(body, doc_id)))
        except texts.DamagedTextError as exc:
            set_aside(conn, doc_id, exc)
    return readable


def set_aside(conn: sqlite3.Connection, doc_id: int, error: Exception) -> None:
    """Record a document as left out of the index because its text is damaged."""
    if _has_unreadable(conn):
        conn.execute(
            "INSERT OR REPLACE INTO search_unreadable (doc_id, reason) VALUES (?, ?)",
            (doc_id, str(error.__cause__ or error)),
        )


def index_all_texts(conn: sqlite3.Connection) -> None:
    """Index every stored text into an empty index (a new file filled by copying).

    A damaged text (copied as it is) is left out and recorded as such, as a fill does.
    """
    if has_backlog(conn):
        conn.execute("DELETE FROM search_backlog")
    if _has_unreadable(conn):
        conn.execute("DELETE FROM search_unreadable")
    for doc_id, reason in texts.index_all_texts(conn):
        if _has_unreadable(conn):
            conn.execute(
                "INSERT INTO search_unreadable (doc_id, reason) VALUES (?, ?)", (doc_id, reason)
            )


def index_consistent(
    conn: sqlite3.Connection, damaged: list[tuple[int, str]] | None = None
) -> bool:
    """True when the index holds exactly the stored texts that are not waiting (nor left out).

    Compares the index with one rebuilt from the texts in a temporary table
    (FTS5's own integrity-check cannot read a contentless index's texts).
    A text damaged after it was indexed is rebuilt from the words the index
    holds for it (there is nothing else), and listed in `damaged` (doc id, why).
    Slow: for tests and `annotator index --check`.
    """
    conn.execute("DROP TABLE IF EXISTS temp.fts_check")
    conn.execute(
        "CREATE VIRTUAL TABLE temp.fts_check USING fts5("
        "text, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    try:
        waiting_ids = (
            {int(r[0]) for r in conn.execute("SELECT doc_id FROM search_backlog")}
            if has_backlog(conn)
            else set()
        ) | {doc_id for doc_id, _ in unreadable(conn)}
        unreadable_now: list[tuple[int, str]] = []
        rows = conn.execute("SELECT doc_id, body FROM main.document_bodies ORDER BY doc_id")
        while part := rows.fetchmany(500):
            readable = [(d, b) for d, b in part if d not in waiting_ids]
            conn.executemany(
                "INSERT INTO temp.fts_check (rowid, text) VALUES (?, ?)",
                _searchable_or_listed(readable, unreadable_now),
            )
        for doc_id, _ in unreadable_now:  # after the scan: indexed_words makes a table
            words = " ".join(texts.indexed_words(conn, doc_id))
            conn.execute("INSERT INTO temp.fts_check (rowid, text) VALUES (?, ?)", (doc_id, words))
        if damaged is not None:
            damaged.extend(unreadable_now)
        if _totals(conn, "main.documents_fts") != _totals(conn, "temp.fts_check"):
            return False
        return _same_entries(conn, ("main", "documents_fts"), ("temp", "fts_check"))
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.fts_check")


def _searchable_or_listed(
    rows: list[tuple[int, bytes]], damaged: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """(doc id, indexed form) of the readable texts; the damaged ones go to `damaged`."""
    out = []
    for doc_id, body in rows:
        try:
            out.append((doc_id, texts.searchable(texts.unpack(body, doc_id))))
        except texts.DamagedTextError as exc:
            damaged.append((doc_id, str(exc.__cause__ or exc)))
    return out


def _totals(conn: sqlite3.Connection, table: str) -> object:
    """The index's count of rows and words (its record 1), which bm25 ranks by.

    A 'delete' of a text never indexed leaves the words alone but lowers these.
    """
    row = conn.execute(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()
    return None if row is None else bytes(row[0])


def _same_entries(conn: sqlite3.Connection, *indexes: tuple[str, str]) -> bool:
    """True when the indexes hold the same (term, document, column, position) entries.

    Streamed side by side in the indexes' own order (term, then document):
    a corpus has millions of entries.
    """
    views = [f"temp.{name}_entries" for _, name in indexes]
    cursors: list[sqlite3.Cursor] = []
    try:
        for view, (schema, name) in zip(views, indexes, strict=True):
            conn.execute(f"DROP TABLE IF EXISTS {view}")
            conn.execute(f"CREATE VIRTUAL TABLE {view} USING fts5vocab({schema}, {name}, instance)")
        cursors = [conn.execute(f"SELECT term, doc, col, offset FROM {view}") for view in views]
        return all(a == b for a, b in itertools.zip_longest(*cursors))
    finally:
        for cursor in cursors:  # a difference stops the walk: an open read locks the views
            cursor.close()
        for view in views:
            conn.execute(f"DROP TABLE IF EXISTS {view}")
