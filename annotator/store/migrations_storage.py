"""Migrations 0090-0094, 0097 and 0098: how texts, their full-text index and document rows are stored.

SQL frozen here, as each file records it: a migration must keep working when
later ones change the tables again. store.migrations lists them in order.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from annotator.core.textpack import DamagedTextError, pack, unpack

# Texts compressed (core.textpack) in a table of their own; the old plain
# table goes, so a query still naming it fails loudly instead of reading
# compressed bytes as text.
_BODIES = """
CREATE TABLE document_bodies (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    body BLOB NOT NULL
)
"""

# Contentless (the text is not kept twice): the caller makes a snippet from the
# text itself (store.search). Word positions are kept: without them (detail=
# column, 8 MB less per 10,000 articles) a phrase such as a person's name is
# checked in the text of every document holding its words, which is most of a
# news corpus for "Nguyễn Văn ...". remove_diacritics 2 folds every Vietnamese letter,
# including those with two marks ("ộ" -> "o"), so "quoc" finds "Quốc".
# Entries are added and removed by the write path (store.texts).
FULL_TEXT = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    text, content='', tokenize='unicode61 remove_diacritics 2'
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


def drop_title_index(conn: sqlite3.Connection) -> None:
    """0091: no query orders or looks up documents by title (a title filter reads
    `title_key` with instr, which no index serves); the index cost 1.7 MB per
    10,000 articles."""
    conn.execute("DROP INDEX IF EXISTS documents_title")


# Frozen with 0092: the index holds đ and Đ as d and D (store.texts.searchable).
def _d_as_d(text: str) -> str:
    return text.replace("đ", "d").replace("Đ", "D")


def index_d_as_d(conn: sqlite3.Connection) -> None:
    """0092: every indexed text indexed again with đ as d, so "da nang" finds "Đà Nẵng".

    A text still waiting in a search backlog (a table a later migration may
    add) is left for whoever fills the backlog, as before. A damaged text
    (it does not decompress) stays out of the index: opening the project
    still says which document it is, and nothing else can read it either.
    """
    conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
    waiting = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_backlog'"
    ).fetchone()
    skip = " WHERE doc_id NOT IN (SELECT doc_id FROM search_backlog)" if waiting else ""
    rows = conn.execute(f"SELECT doc_id, body FROM document_bodies{skip} ORDER BY doc_id")
    while batch := rows.fetchmany(_BATCH):
        conn.executemany(
            "INSERT INTO documents_fts (rowid, text) VALUES (?, ?)",
            [(doc_id, _d_as_d(text)) for doc_id, text in _readable(batch)],
        )


def _readable(rows: list[tuple[int, bytes]]) -> Iterator[tuple[int, str]]:
    for doc_id, body in rows:
        try:
            yield doc_id, unpack(body, doc_id)
        except DamagedTextError:
            continue


# Frozen with 0093. Where a document's file lies below the folder (or is the file)
# an import was given, as a dataset may carry it; `source` keeps the full path,
# which names the linguist's folders and stays in the project. Older rows keep
# '' (their import folder is not known): exports then write the file name only.
SHARED_SOURCES = """
ALTER TABLE documents ADD COLUMN shared_source TEXT NOT NULL DEFAULT ''
"""


# Frozen with 0097: Đ's lookalikes, which 0092's texts kept as they were.
_LOOKALIKE_D = (("\u00d0", "D"), ("\u00f0", "d"), ("\u0189", "D"), ("\u0256", "d"))


def index_lookalike_d(conn: sqlite3.Connection) -> None:
    """0097: texts holding Ð (or another lookalike of Đ) indexed again with it as d.

    Only those texts change in the index, each taken out in the form 0092
    indexed it and put back in the new one; a project without them is left
    as it was (every text is read once to know). Texts waiting in the search
    backlog, left out as damaged, or that do not decompress are skipped, as
    0092 skips them.
    """
    skip = " AND ".join(
        f"doc_id NOT IN (SELECT doc_id FROM {table})"
        for table in ("search_backlog", "search_unreadable")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    )
    where = f" WHERE {skip}" if skip else ""
    rows = conn.execute(f"SELECT doc_id, body FROM document_bodies{where} ORDER BY doc_id")
    while batch := rows.fetchmany(_BATCH):
        for doc_id, text in _readable(batch):
            if not any(letter in text for letter, _ in _LOOKALIKE_D):
                continue
            before = _d_as_d(text)
            after = before
            for letter, plain in _LOOKALIKE_D:
                after = after.replace(letter, plain)
            conn.execute(
                "INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', ?, ?)",
                (doc_id, before),
            )
            conn.execute("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", (doc_id, after))


def title_keys_lookalike_d(conn: sqlite3.Connection) -> None:
    """0098: title keys of titles holding Ð (or another lookalike of Đ) made again with it as d.

    Before, a key folded only đ and Đ, so "Ðà Nẵng" (as legacy encodings write
    it) was not found by a title filter for "Đà Nẵng" or "da nang". Only rows
    whose title holds a lookalike change; the key is the frozen form of
    repository.fold as 0098 made it.
    """
    letters = [letter for letter, _ in _LOOKALIKE_D]
    where = " OR ".join("instr(title, ?) > 0" for _ in letters)
    rows = conn.execute(f"SELECT id, title FROM documents WHERE {where}", letters).fetchall()
    conn.executemany(
        "UPDATE documents SET title_key = ? WHERE id = ?",
        [(_title_key(title), doc_id) for doc_id, title in rows],
    )


def _title_key(title: str) -> str:
    """Frozen with 0098: every Đ-like letter as D or d, marks dropped, casefolded."""
    text = _d_as_d(title)
    for letter, plain in _LOOKALIKE_D:
        text = text.replace(letter, plain)
    bare = unicodedata.normalize("NFD", text)
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold()


STEPS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("0090_compressed_texts", compress_texts),
    ("0091_no_title_index", drop_title_index),
    ("0092_index_d_as_d", index_d_as_d),
)
