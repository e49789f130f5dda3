"""Writing the spans and relations of a batch of imported documents.

A trigger keeps each document's span counts (store.migrations, span-count
triggers): it runs one UPDATE of the document row per inserted span, which
was about 70% of the time of inserting imported spans. A batch with many
spans drops that trigger inside its own transaction, inserts, puts back the
very same trigger (its SQL as the file holds it) and adds each document's
counts in one statement. The drop is part of the transaction: a crash or a
failed insert rolls it back with the spans, another program never sees the
file without the trigger, and the counts stay exact.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from annotator.core.model import ACCEPTED, SourceDocument

# From this many spans in one batch, the writer keeps the counts itself.
COUNTS_BY_WRITER_FROM = 2_000
COUNT_TRIGGER = "annotations_count_insert"

# The spans of a batch go in as one JSON array of [doc_id, start, end, label]:
# SQLite reads it in C, where binding nine values per span from Python was
# about a third of the time of importing annotated documents. The ids are
# given in the array's order (ORDER BY key), which the relations rely on.
_INSERT_SPANS = (
    'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
    "created, updated) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
    "json_extract(value, '$[2]'), json_extract(value, '$[3]'), ?, ?, ?, ?, ? "
    "FROM json_each(?) ORDER BY key"
)
_INSERT_RELATION = (
    "INSERT INTO relations (doc_id, head, tail, type, annotator, created, updated, origin) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, 'imported')"
)
_ADD_COUNTS = (
    "UPDATE documents SET span_count = span_count + ?, pending_count = pending_count + ? "
    "WHERE id = ?"
)


def insert_spans(
    conn: sqlite3.Connection,
    docs: list[tuple[int, SourceDocument]],
    *,
    annotator: str,
    origin: str,
    now: float,
) -> None:
    """The spans (accepted) and relations of checked, new documents, in a few statements."""
    rows = [
        [doc_id, start, end, label] for doc_id, source in docs for start, end, label in source.spans
    ]
    if not rows:
        return
    values = (annotator, origin, ACCEPTED, now, now, json.dumps(rows, ensure_ascii=False))
    if len(rows) >= COUNTS_BY_WRITER_FROM:
        with counts_kept_by_writer(conn):
            conn.execute(_INSERT_SPANS, values)
        counts = [(len(source.spans), 0, doc_id) for doc_id, source in docs if source.spans]
        conn.executemany(_ADD_COUNTS, counts)
    else:
        conn.execute(_INSERT_SPANS, values)
    # One writer inside one transaction and AUTOINCREMENT: the new ids are
    # consecutive, in the order of `rows`.
    next_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0] - len(rows) + 1
    relations = []
    for doc_id, source in docs:
        for head, tail, rel_type in source.relations:
            relations.append(
                (doc_id, next_id + head, next_id + tail, rel_type, annotator, now, now)
            )
        next_id += len(source.spans)
    conn.executemany(_INSERT_RELATION, relations)


@contextmanager
def counts_kept_by_writer(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside an open transaction: span inserts in the block do not touch the counts.

    The caller adds the counts of what it inserted. If the block fails, the
    trigger is put back at once when the transaction is still open (the
    caller may roll back to a savepoint and go on); if the transaction has
    ended, its rollback has already restored it.
    """
    if not conn.in_transaction:
        raise RuntimeError("counts_kept_by_writer needs an open transaction")
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (COUNT_TRIGGER,)
    ).fetchone()
    if found is None:  # a file without the trigger has no counts to keep
        yield
        return
    conn.execute(f"DROP TRIGGER {COUNT_TRIGGER}")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute(found[0])
            _own_schema_change(conn)


def _own_schema_change(conn: sqlite3.Connection) -> None:
    """The schema is as it was: the connection's watch need not check it again."""
    watch = getattr(conn, "schema_watch", None)
    if watch is not None:
        watch.version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
