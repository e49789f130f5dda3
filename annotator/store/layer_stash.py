"""One annotator's layer on a set of documents, moved aside into a stash and back.

Replacing a layer (a merged package, an imported file) and undoing or
redoing that replacement all come down to two moves done in SQL, whatever
the number of rows: the current layer goes into a new stash (spans, the
relations touching them, the annotator's own statuses), and a stash's rows
come back with their ids. The action log names the stash instead of
holding the rows, so a merge of 700,000 spans logs a line, not megabytes.

The documents concerned are those of the temporary table `layer_docs`
(`use_documents` fills it); every function here runs inside the caller's
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.errors import OperationError
from annotator.core.model import REVIEWED
from annotator.core.team import summary_status

_SPAN_COLUMNS = (
    'id, doc_id, start, "end", label, origin, state, suggester, created, updated, confidence, '
    "curator, sources"
)
_RELATION_COLUMNS = (
    "id, doc_id, head, tail, type, annotator, created, state, origin, suggester, confidence, "
    "updated"
)
_IN_DOCS = "doc_id IN (SELECT doc_id FROM temp.layer_docs)"


@dataclass(frozen=True)
class Moved:
    """What one move took away or brought back."""

    stash: int
    doc_ids: tuple[int, ...]
    span_ids: tuple[int, ...]
    relation_ids: tuple[int, ...]
    links: int = 0  # registry links that moved with the spans


def use_documents(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> None:
    """Make `doc_ids` the documents the next moves concern."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS layer_docs (doc_id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.layer_docs")
    try:
        conn.executemany("INSERT INTO temp.layer_docs (doc_id) VALUES (?)", ((i,) for i in doc_ids))
    except sqlite3.IntegrityError:
        raise OperationError("a document appears twice in one merge") from None
    missing = conn.execute(
        "SELECT min(doc_id) FROM temp.layer_docs WHERE doc_id NOT IN (SELECT id FROM documents)"
    ).fetchone()[0]
    if missing is not None:
        raise OperationError("document {missing} does not exist in this project", missing=missing)


def stash_layer(conn: sqlite3.Connection, annotator: str, now: float) -> Moved:
    """Move `annotator`'s layer on the chosen documents into a new stash."""
    stash = conn.execute(
        "INSERT INTO layer_stashes (annotator, created) VALUES (?, ?)", (annotator, now)
    ).lastrowid
    assert stash is not None
    conn.execute(
        "INSERT INTO stashed_documents (stash, doc_id, status, updated) "
        "SELECT ?, l.doc_id, s.status, s.updated FROM temp.layer_docs l "
        "LEFT JOIN document_status s ON s.doc_id = l.doc_id AND s.annotator = ?",
        (stash, annotator),
    )
    conn.execute(
        f"INSERT INTO stashed_spans (stash, {_SPAN_COLUMNS}) SELECT ?, {_SPAN_COLUMNS} "
        f"FROM annotations WHERE annotator = ? AND {_IN_DOCS}",
        (stash, annotator),
    )
    conn.execute(
        f"INSERT INTO stashed_relations (stash, {_RELATION_COLUMNS}) "
        f"SELECT ?, {_RELATION_COLUMNS} FROM relations r WHERE r.{_IN_DOCS} AND ("
        "  EXISTS (SELECT 1 FROM annotations a WHERE a.id = r.head AND a.annotator = ?) OR "
        "  EXISTS (SELECT 1 FROM annotations a WHERE a.id = r.tail AND a.annotator = ?))",
        (stash, annotator, annotator),
    )
    spans = _ids(conn, "stashed_spans", stash)
    relations = _ids(conn, "stashed_relations", stash)
    links = _stash_links(conn, stash, len(spans))
    conn.execute(
        "DELETE FROM relations WHERE id IN (SELECT id FROM stashed_relations WHERE stash = ?)",
        (stash,),
    )
    conn.execute(
        "DELETE FROM annotations WHERE id IN (SELECT id FROM stashed_spans WHERE stash = ?)",
        (stash,),
    )
    conn.execute(f"DELETE FROM document_status WHERE annotator = ? AND {_IN_DOCS}", (annotator,))
    return Moved(stash, _chosen(conn), spans, relations, links)


def _stash_links(conn: sqlite3.Connection, stash: int, spans: int) -> int:
    """Move the registry links of the stashed spans into the stash; returns how many."""
    links = conn.execute("SELECT count(*) FROM registry_links").fetchone()[0]
    if not links or not spans:
        return 0
    # Walk the smaller table and look the other up by its key.
    pair = (
        "registry_links l CROSS JOIN stashed_spans s ON s.stash = ? AND s.id = l.span_id"
        if links < spans
        else "stashed_spans s CROSS JOIN registry_links l ON l.span_id = s.id AND s.stash = ?"
    )
    conn.execute(
        "INSERT INTO stashed_links (stash, span_id, entity_uid, status, annotator, updated) "
        f"SELECT s.stash, l.span_id, e.uid, l.status, l.annotator, l.updated FROM {pair} "
        "JOIN registry_entities e ON e.id = l.entity_id",
        (stash,),
    )
    return conn.execute(
        "DELETE FROM registry_links WHERE span_id IN "
        "(SELECT span_id FROM stashed_links WHERE stash = ?)",
        (stash,),
    ).rowcount


def _restore_links(conn: sqlite3.Connection, stash: int) -> int:
    """Put a stash's registry links back (_check_schema made sure their entities exist)."""
    return conn.execute(
        "INSERT INTO registry_links (span_id, entity_id, status, annotator, updated) "
        "SELECT s.span_id, e.id, s.status, s.annotator, s.updated FROM stashed_links s "
        "JOIN registry_entities e ON e.uid = s.entity_uid WHERE s.stash = ?",
        (stash,),
    ).rowcount


def stash_documents(conn: sqlite3.Connection, stash: int) -> tuple[str, list[int]]:
    """The annotator and the documents of a stash; refuses a stash already taken back."""
    row = conn.execute("SELECT annotator FROM layer_stashes WHERE id = ?", (stash,)).fetchone()
    if row is None:
        raise OperationError("the layer saved for this step is no longer there")
    docs = conn.execute(
        "SELECT doc_id FROM stashed_documents WHERE stash = ? ORDER BY doc_id", (stash,)
    )
    return str(row[0]), [r[0] for r in docs]


def restore_stash(conn: sqlite3.Connection, stash: int, annotator: str) -> Moved:
    """Bring a stash's rows back with their ids, then forget the stash."""
    _check_schema(conn, stash)
    try:
        conn.execute(
            f"INSERT INTO annotations ({_SPAN_COLUMNS}, annotator) "
            f"SELECT {_SPAN_COLUMNS}, ? FROM stashed_spans WHERE stash = ?",
            (annotator, stash),
        )
        conn.execute(
            f"INSERT INTO relations ({_RELATION_COLUMNS}) "
            f"SELECT {_RELATION_COLUMNS} FROM stashed_relations WHERE stash = ?",
            (stash,),
        )
        links = _restore_links(conn, stash)
    except sqlite3.IntegrityError as exc:
        raise OperationError(
            "the saved layer no longer fits the project ({exc})", exc=exc
        ) from None
    conn.execute(
        "INSERT INTO document_status (doc_id, annotator, status, updated) "
        "SELECT doc_id, ?, status, updated FROM stashed_documents "
        "WHERE stash = ? AND status IS NOT NULL",
        (annotator, stash),
    )
    moved = Moved(
        stash,
        _chosen(conn),
        _ids(conn, "stashed_spans", stash),
        _ids(conn, "stashed_relations", stash),
        links,
    )
    conn.execute("DELETE FROM layer_stashes WHERE id = ?", (stash,))
    return moved


def reattach_relations(conn: sqlite3.Connection, stash: int, annotator: str) -> list[int]:
    """Relations from another layer to the stashed one, re-pointed at the new layer.

    A relation linking a span of the replaced layer with a span of another
    layer (drawn in the all-layers view, say) moves to the new layer's span
    of the same range and label, under a new id; without such a span it
    stays in the stash only, so undo brings it back. Returns the new ids.
    """
    rows = conn.execute(
        'SELECT r.doc_id, r.head, r.tail, h.start, h."end", h.label, t.start, t."end", '
        "t.label, r.type, r.annotator, r.created, r.state, r.origin, r.suggester, r.confidence, "
        "r.updated FROM stashed_relations r "
        "LEFT JOIN stashed_spans h ON h.stash = r.stash AND h.id = r.head "
        "LEFT JOIN stashed_spans t ON t.stash = r.stash AND t.id = r.tail "
        "WHERE r.stash = ? AND (h.id IS NULL OR t.id IS NULL) ORDER BY r.id",
        (stash,),
    ).fetchall()
    added = []
    for doc_id, head, tail, *ends, kind, who, created, state, origin, sugg, conf, upd in rows:
        head = head if ends[0] is None else _same_span(conn, annotator, doc_id, ends[0:3])
        tail = tail if ends[3] is None else _same_span(conn, annotator, doc_id, ends[3:6])
        if head is None or tail is None:
            continue
        cursor = conn.execute(
            "INSERT INTO relations (doc_id, head, tail, type, annotator, created, state, origin, "
            "suggester, confidence, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, head, tail, kind, who, created, state, origin, sugg, conf, upd),
        )
        added.append(int(cursor.lastrowid or 0))
    return added


def _same_span(
    conn: sqlite3.Connection, annotator: str, doc_id: int, key: Sequence[Any]
) -> int | None:
    row = conn.execute(
        'SELECT id FROM annotations WHERE doc_id = ? AND start = ? AND "end" = ? AND label = ? '
        "AND annotator = ? ORDER BY id LIMIT 1",
        (doc_id, *key, annotator),
    ).fetchone()
    return None if row is None else int(row[0])


def _check_schema(conn: sqlite3.Connection, stash: int) -> None:
    """Labels or relation types removed since the stash was made stop it coming back."""
    label = conn.execute(
        "SELECT label FROM stashed_spans WHERE stash = ? "
        "AND label NOT IN (SELECT name FROM labels) LIMIT 1",
        (stash,),
    ).fetchone()
    if label is not None:
        raise OperationError(
            "the saved layer uses label {label!r}, no longer in the schema", label=label[0]
        )
    kind = conn.execute(
        "SELECT type FROM stashed_relations WHERE stash = ? "
        "AND type NOT IN (SELECT name FROM relation_types) LIMIT 1",
        (stash,),
    ).fetchone()
    if kind is not None:
        raise OperationError(
            "the saved layer uses relation type {kind!r}, no longer in the schema", kind=kind[0]
        )
    gone = conn.execute(
        "SELECT entity_uid FROM stashed_links WHERE stash = ? AND entity_uid NOT IN "
        "(SELECT uid FROM registry_entities) LIMIT 1",
        (stash,),
    ).fetchone()
    if gone is not None:
        raise OperationError(
            "the saved layer links mentions to registry entity {gone}, no longer there",
            gone=gone[0],
        )


def update_summaries(conn: sqlite3.Connection, now: float) -> None:
    """Sum up each chosen document's status from its annotators' (reviewed stays)."""
    own: dict[int, list[str]] = {i: [] for i in _chosen(conn)}
    for doc_id, status in conn.execute(
        f"SELECT doc_id, status FROM document_status WHERE {_IN_DOCS}"
    ):
        own[doc_id].append(status)
    conn.executemany(
        "UPDATE documents SET status = ?, updated = ? WHERE id = ? AND status != ?",
        [(summary_status(values), now, doc_id, REVIEWED) for doc_id, values in own.items()],
    )


def layer_span_ids(conn: sqlite3.Connection, annotator: str) -> tuple[int, ...]:
    """Ids of `annotator`'s spans on the chosen documents."""
    rows = conn.execute(
        f"SELECT id FROM annotations WHERE annotator = ? AND {_IN_DOCS}", (annotator,)
    )
    return tuple(r[0] for r in rows)


def _chosen(conn: sqlite3.Connection) -> tuple[int, ...]:
    return tuple(r[0] for r in conn.execute("SELECT doc_id FROM temp.layer_docs"))


def _ids(conn: sqlite3.Connection, table: str, stash: int) -> tuple[int, ...]:
    # table: one of the two stash tables, never user input
    return tuple(r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE stash = ?", (stash,)))
