"""Migrations 0090-0094: how texts and their full-text index are stored.

SQL frozen here, as each file records it: a migration must keep working when
later ones change the tables again. store.migrations lists them in order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from annotator.core.textpack import pack

# Texts compressed (core.textpack) in a table of their own; the old plain
# table goes, so a query still naming it fails loudly instead of reading
# compressed bytes as text.
_BODIES = """
CREATE TABLE document_bodies (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    body BLOB NOT NULL
)
"""

# Contentless (the text is not kept twice) and without positions (detail=column):
# the index only says which documents hold every word; the caller checks a
# phrase, and makes a snippet, in the text itself (store.search,
# store.corpus_search). remove_diacritics 2 folds every Vietnamese letter,
# including those with two marks ("ộ" -> "o"), so "quoc" finds "Quốc".
# Entries are added and removed by the write path (store.texts).
FULL_TEXT = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    text, content='', detail=column, tokenize='unicode61 remove_diacritics 2'
)
"""

_BATCH = 500


def compress_texts(conn: sqlite3.Connection) -> None:
    """0090: plain texts become compressed bodies; the index is rebuilt contentless."""
    conn.execute("DROP TRIGGER IF EXISTS document_texts_fts_delete")
    conn.execute("DROP TABLE IF EXISTS documents_fts")
    conn.execute(_BODIES)
    conn.execute(FULL_TEXT)
    rows = conn.execute("SELECT doc_id, text FROM document_texts ORDER BY doc_id")
    while batch := rows.fetchmany(_BATCH):
        conn.executemany(
            "INSERT INTO document_bodies (doc_id, body) VALUES (?, ?)",
            [(doc_id, pack(text)) for doc_id, text in batch],
        )
        conn.executemany("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", batch)
    conn.execute("DROP TABLE document_texts")


def reclaim_space(conn: sqlite3.Connection, ran: Sequence[str]) -> None:
    """Give the disk back the pages 0090 freed (the plain texts), once it has run.

    VACUUM cannot run inside the migrations' transactions; it is a transaction
    of its own, so an interrupted one leaves the migrated file as it was. On a
    full disk the free pages stay in the file and are reused by later writes.
    """
    if "0090_compressed_texts" not in ran:
        return
    try:
        conn.execute("VACUUM")
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_FULL:
            raise


STEPS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("0090_compressed_texts", compress_texts),
)
