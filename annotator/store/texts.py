"""The one way in and out of stored document texts and their full-text index.

Texts live compressed in `document_bodies` (core.textpack); every reader
goes through `read_text` / `read_texts` / `text_of`, which decompress and name
a damaged document. The full-text index is contentless (migration 0090): it
keeps only its own postings, never the text, so whoever adds a text indexes
it (`index_texts`) and whoever removes one takes it out of the index with its
text first (`unindex_text`); SQLite cannot do either from a trigger without a
Python function, which read-only opens (trusted_schema=OFF) refuse.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from annotator.core import textpack
from annotator.core.textpack import pack
from annotator.core.vietnamese import d_as_d
from annotator.store.errors import ProjectDamagedError

INSERT_BODY = "INSERT INTO document_bodies (doc_id, body) VALUES (?, ?)"
# The index folds case and diacritics itself (remove_diacritics 2), but to it
# đ is a letter of its own, not d with a mark: "da nang" would not find
# "Đà Nẵng", nor "dang" "Đảng". Texts go in, and queries go to it, with đ
# written d (migration 0092; its lookalikes too, 0097): one character for one,
# so word positions and phrases are unchanged.
_INDEX = "INSERT INTO documents_fts (rowid, text) VALUES (?, ?)"
_UNINDEX = "INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', ?, ?)"


class DamagedTextError(ProjectDamagedError):
    """A stored text that does not decompress; the message names the document.

    A `ProjectDamagedError`, so the window and the commands treat it as they
    treat a damaged page: said plainly, nothing changed.
    """


def unpack(body: bytes | memoryview, doc_id: object) -> str:
    """`core.textpack.unpack`, its damage raised as a damaged project."""
    try:
        return textpack.unpack(body, doc_id)
    except textpack.DamagedTextError as exc:
        raise DamagedTextError(exc.message) from exc


def text_of(doc_id: int, body: bytes | memoryview | None) -> str | None:
    """The text of a body column read by a wider query (None stays None)."""
    return None if body is None else unpack(body, doc_id)


def read_text(conn: sqlite3.Connection, doc_id: int) -> str | None:
    """The text of one document, or None when there is no such document."""
    row = conn.execute("SELECT body FROM document_bodies WHERE doc_id = ?", (doc_id,)).fetchone()
    return None if row is None else unpack(row[0], doc_id)


def read_texts(
    conn: sqlite3.Connection, doc_ids: Sequence[int], *, skip_damaged: bool = False
) -> dict[int, str]:
    """doc id -> text for those of `doc_ids` that exist (and, with skip_damaged, can be read)."""
    found: dict[int, str] = {}
    for i in range(0, len(doc_ids), 500):
        part = list(doc_ids[i : i + 500])
        marks = ", ".join("?" for _ in part)
        query = f"SELECT doc_id, body FROM document_bodies WHERE doc_id IN ({marks})"
        for doc_id, body in conn.execute(query, part):
            try:
                found[doc_id] = unpack(body, doc_id)
            except DamagedTextError:
                if not skip_damaged:
                    raise
    return found


def insert_bodies(conn: sqlite3.Connection, rows: Iterable[tuple[int, bytes]]) -> None:
    """Store (doc_id, packed text) rows; index them with `index_texts` afterwards."""
    conn.executemany(INSERT_BODY, rows)


def body_for(text: str, packed: tuple[str, bytes] | None) -> bytes:
    """The stored form of `text`: the one an import worker packed from it, or packed here."""
    if packed is not None and packed[0] is text:
        return packed[1]
    return pack(text)


def searchable(text: str) -> str:
    """`text` as the full-text index holds it, and as a query must be put to it (đ is d).

    Đ's lookalikes too (Ð, written for Đ by legacy encodings): core.vietnamese.d_as_d;
    migration 0097 indexes again the texts of older projects that have them.
    """
    return d_as_d(text)


def index_texts(conn: sqlite3.Connection, pairs: Iterable[tuple[int, str]]) -> None:
    """Add (doc_id, text) to the full-text index; call outside per-document savepoints."""
    conn.executemany(_INDEX, ((doc_id, searchable(text)) for doc_id, text in pairs))


def index_all_texts(conn: sqlite3.Connection, *, batch: int = 500) -> list[tuple[int, str]]:
    """Index every stored text (a new file filled by copying bodies, or a migration).

    A text that does not decompress is not indexed (there are no words to
    give): returns (doc id, why) of those, for the caller to record.
    """
    damaged: list[tuple[int, str]] = []
    rows = conn.execute("SELECT doc_id, body FROM main.document_bodies ORDER BY doc_id")
    while part := rows.fetchmany(batch):
        readable = []
        for doc_id, body in part:
            try:
                readable.append((doc_id, unpack(body, doc_id)))
            except DamagedTextError as exc:
                damaged.append((doc_id, str(exc.__cause__ or exc)))
        index_texts(conn, readable)
    return damaged


def unindex_text(conn: sqlite3.Connection, doc_id: int, text: str | None) -> None:
    """Take a document out of the full-text index.

    `text` must be the one indexed; None when it can no longer be read (damaged
    after it was indexed): the index is then given the words it holds for the
    document itself (`indexed_words`), which is what a 'delete' needs.
    """
    words = searchable(text) if text is not None else " ".join(indexed_words(conn, doc_id))
    conn.execute(_UNINDEX, (doc_id, words))


def indexed_words(conn: sqlite3.Connection, doc_id: int) -> list[str]:
    """The words the index holds for a document, in their order (as it folded them).

    A contentless FTS5 index forgets texts but keeps every word with its
    position; each word is already folded, so tokenizing them again, joined
    by spaces, gives the same words at the same positions: the exact 'delete'
    of the text once indexed. Reads the whole index (fts5vocab cannot look up
    one document): seconds for a large corpus, and only for a damaged text.
    """
    conn.execute("DROP TABLE IF EXISTS temp.fts_words")
    conn.execute(
        "CREATE VIRTUAL TABLE temp.fts_words USING fts5vocab(main, documents_fts, instance)"
    )
    try:
        rows = conn.execute(
            "SELECT term, offset FROM temp.fts_words WHERE doc = ? ORDER BY offset", (doc_id,)
        ).fetchall()
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.fts_words")
    if [offset for _, offset in rows] != list(range(len(rows))):
        raise ProjectDamagedError(
            "document {doc_id} cannot be taken out of the search index: its text is damaged "
            "and the index holds its words with gaps; restore the project from a backup copy",
            doc_id=doc_id,
        )
    return [term for term, _ in rows]


def has_index(conn: sqlite3.Connection) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'")
    return found.fetchone() is not None


def span_surfaces(conn: sqlite3.Connection, spans: Sequence[tuple[int, int, int]]) -> list[str]:
    """The text under each (doc_id, start, end), in the order given (one read per document)."""
    texts = read_texts(conn, sorted({doc_id for doc_id, _, _ in spans}))
    return [texts.get(doc_id, "")[start:end] for doc_id, start, end in spans]
