"""MergePackage: a work package's layer copied from the attached package file in SQL.

A 10,000-document package holds some 700,000 spans: they go from the
package file into the project with INSERT ... SELECT, never through Python
rows. Documents are matched by text hash; span and relation ids are the
package's shifted past the project's, so relations follow their spans
without a lookup. Checks the table constraints cannot make (labels and
relation types of the schema, spans inside their document) come first.

A package made with the pending suggestions holds a copy of each; those the
annotator never decided are still pending, at the place and with the label of
a span another layer here holds. They are left out (temp.package_copies):
taken in, each suggestion would stand once more per package merged, as new
work nobody asked for, or come back after someone here accepted or rejected
it. Which of the two it is (`still_pending`) goes into the merge report, so
none is dropped unsaid. Relations touching them, or repeating a relation here
(same ends, same type) while still pending, are left out with them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from annotator.core.errors import OperationError
from annotator.core.model import ORIGINS, STATES
from annotator.core.operations import Batch, MergePackage, SwapLayer
from annotator.core.team import CURATED
from annotator.store.apply_base import ApplyContext, Result, check_label, check_value
from annotator.store.apply_layers import layer_change, next_id
from annotator.store.apply_relations import relation_type
from annotator.store.layer_stash import (
    reattach_relations,
    stash_layer,
    update_summaries,
    use_documents,
)
from annotator.store.package_registry import carry_registry

PACKAGE = "package"  # the schema name the package file is attached under
# The package's spans that become the annotator's layer: all but the tool's layers.
_PERSON = "a.annotator NOT LIKE '@%'"
_MATCHED = f"JOIN temp.package_docs m ON m.pkg_id = a.doc_id WHERE {_PERSON}"


def match_documents(conn: sqlite3.Connection) -> None:
    """temp.package_docs: each package document whose text the project has, with our id."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS project_hashes (text_hash TEXT PRIMARY KEY, doc_id INT)"
    )
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS package_docs "
        "(pkg_id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL UNIQUE, status TEXT NOT NULL)"
    )
    conn.execute("DELETE FROM temp.project_hashes")
    conn.execute("DELETE FROM temp.package_docs")
    conn.execute(
        "INSERT OR REPLACE INTO temp.project_hashes (text_hash, doc_id) "
        "SELECT text_hash, id FROM main.documents ORDER BY id"
    )
    try:
        conn.execute(
            "INSERT INTO temp.package_docs (pkg_id, doc_id, status) "
            "SELECT p.id, h.doc_id, p.status FROM package.documents p "
            "JOIN temp.project_hashes h ON h.text_hash = p.text_hash"
        )
    except sqlite3.IntegrityError:
        raise OperationError("a document appears twice in one merge") from None


def merge_package(ctx: ApplyContext, op: MergePackage) -> Result:
    """Replace the annotator's layer with the attached package's; the inverse puts it back."""
    conn = ctx.conn
    if op.annotator == CURATED:
        raise OperationError("the curated layer is made by curating, not by merging")
    if PACKAGE not in {row[1] for row in conn.execute("PRAGMA database_list")}:
        raise OperationError("a package merge reads the package file; it cannot be replayed")
    conn.execute(
        "INSERT OR IGNORE INTO annotators (name, created) VALUES (?, ?)", (op.annotator, ctx.now)
    )
    match_documents(conn)
    names = dict(op.mapping)
    _name_map(conn, names)
    _check_rows(conn, names)
    use_documents(conn, [r[0] for r in conn.execute("SELECT doc_id FROM temp.package_docs")])
    old = stash_layer(conn, op.annotator, ctx.now)
    mark_untouched_copies(conn)
    first_new = next_id(conn, "annotations")
    relations, shift = _copy_rows(ctx, op.annotator, op.package)
    relations += reattach_relations(conn, old.stash, op.annotator)
    registry = carry_registry(conn, shift)
    update_summaries(conn, ctx.now)
    ids = [r[0] for r in conn.execute("SELECT doc_id FROM temp.package_docs ORDER BY pkg_id")]
    spans = tuple(
        r[0] for r in conn.execute("SELECT id FROM annotations WHERE id >= ?", (first_new,))
    )
    change = layer_change(ids, old, spans, relations, links=int(registry.changed))
    swap = SwapLayer(old.stash, description=op.description)
    if not registry.entities and not registry.names:
        return change, swap
    return change, Batch((swap, *registry.undo()), description=op.description)


def mark_untouched_copies(conn: sqlite3.Connection) -> None:
    """Fill temp.package_copies and temp.package_copy_relations (package ids) to leave out.

    Runs once the annotator's earlier layer is stashed, so every span it
    compares with belongs to another layer (or the tool's).
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS package_copies "
        "(id INTEGER PRIMARY KEY, still_pending INTEGER NOT NULL)"
    )
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS package_copy_relations (id INTEGER PRIMARY KEY)")
    for table in ("package_copies", "package_copy_relations"):
        conn.execute(f"DELETE FROM temp.{table}")
    conn.execute(  # still_pending: the same suggestion waits here; else it was decided here
        "INSERT INTO temp.package_copies (id, still_pending) "
        "SELECT id, still_pending FROM (SELECT a.id, "
        "  (SELECT max(p.state = 'pending') FROM main.annotations p "
        '    WHERE p.doc_id = m.doc_id AND p.start = a.start AND p."end" = a."end" '
        "    AND p.label = coalesce(n.new, a.label)) AS still_pending "
        "  FROM package.annotations a JOIN temp.package_docs m ON m.pkg_id = a.doc_id "
        "  LEFT JOIN temp.name_map n ON n.old = a.label "
        f"  WHERE {_PERSON} AND a.state = 'pending') WHERE still_pending IS NOT NULL"
    )
    conn.execute(
        "INSERT INTO temp.package_copy_relations (id) SELECT r.id FROM package.relations r "
        "JOIN temp.package_docs m ON m.pkg_id = r.doc_id "
        "JOIN package.annotations h ON h.id = r.head JOIN package.annotations t ON t.id = r.tail "
        "LEFT JOIN temp.name_map n ON n.old = r.type "
        "WHERE h.annotator NOT LIKE '@%' AND t.annotator NOT LIKE '@%' "
        "AND (r.head IN (SELECT id FROM temp.package_copies) "
        "OR r.tail IN (SELECT id FROM temp.package_copies) "
        "OR (r.state = 'pending' AND EXISTS (SELECT 1 FROM main.relations q "
        "  JOIN main.annotations qh ON qh.id = q.head JOIN main.annotations qt ON qt.id = q.tail "
        "  WHERE q.doc_id = m.doc_id AND q.type = coalesce(n.new, r.type) "
        '  AND qh.start = h.start AND qh."end" = h."end" AND qt.start = t.start '
        '  AND qt."end" = t."end")))'
    )


def _name_map(conn: sqlite3.Connection, names: Mapping[str, str]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS name_map (old TEXT PRIMARY KEY, new TEXT)")
    conn.execute("DELETE FROM temp.name_map")
    conn.executemany("INSERT INTO temp.name_map (old, new) VALUES (?, ?)", names.items())


def _check_rows(conn: sqlite3.Connection, names: Mapping[str, str]) -> None:
    """What the tables' own constraints do not check: schema names, spans inside the text.

    Both read the package's indexes only: every label it uses (a superset of
    the merged layer's), and each matched document's last span end.
    """
    for (label,) in conn.execute("SELECT DISTINCT label FROM package.annotations"):
        check_label(conn, names.get(label, label))
    outside = conn.execute(
        'SELECT m.doc_id, (SELECT max(a."end") FROM package.annotations a '
        "  WHERE a.doc_id = m.pkg_id) AS last, d.length FROM temp.package_docs m "
        "JOIN main.documents d ON d.id = m.doc_id WHERE last > d.length LIMIT 1"
    ).fetchone()
    if outside is not None:
        doc_id, end, length = outside
        raise OperationError(
            "a span of document {doc_id} ends at {end}, past its text ({length} characters)",
            doc_id=doc_id,
            end=end,
            length=length,
        )
    for kind, state, origin in conn.execute(
        "SELECT DISTINCT r.type, r.state, r.origin FROM package.relations r "
        "JOIN temp.package_docs m ON m.pkg_id = r.doc_id"
    ):
        relation_type(conn, names.get(kind, kind))
        check_value(state, STATES, "state")
        check_value(origin, ORIGINS, "origin")


def _copy_rows(ctx: ApplyContext, annotator: str, package: str) -> tuple[list[int], int]:
    """The package's spans, relations and statuses as the annotator's.

    Returns the new relation ids and the shift of the span ids (package id +
    shift = ours).
    """
    conn, now = ctx.conn, ctx.now
    first = conn.execute(f"SELECT min(a.id) FROM package.annotations a {_MATCHED}").fetchone()[0]
    shift = next_id(conn, "annotations") - (first or 0)
    try:
        conn.execute(
            'INSERT INTO annotations (id, doc_id, start, "end", label, annotator, origin, state, '
            "suggester, created, updated, confidence) "
            'SELECT a.id + ?, m.doc_id, a.start, a."end", coalesce(n.new, a.label), ?, a.origin, '
            "a.state, a.suggester, ?, ?, a.confidence FROM package.annotations a "
            "JOIN temp.package_docs m ON m.pkg_id = a.doc_id "
            "LEFT JOIN temp.name_map n ON n.old = a.label "
            f"WHERE {_PERSON} AND a.id NOT IN (SELECT id FROM temp.package_copies) ORDER BY a.id",
            (shift, annotator, now, now),
        )
    except sqlite3.IntegrityError as exc:  # a bad value, or a span twice (store.live_spans)
        raise OperationError(
            "the package holds a span the project cannot take: {exc} (a value outside the "
            "schema, or the same place and label twice in the annotator's layer)",
            exc=exc,
        ) from None
    relations = _copy_relations(conn, annotator, shift, now)
    conn.execute(
        "INSERT INTO document_status (doc_id, annotator, status, updated) "
        "SELECT doc_id, ?, CASE status WHEN 'reviewed' THEN 'done' ELSE status END, ? "
        "FROM temp.package_docs",
        (annotator, now),
    )
    conn.execute(  # bookkeeping, kept by undo: the package did give them these documents
        "INSERT OR IGNORE INTO assignments (doc_id, annotator, package, created) "
        "SELECT doc_id, ?, ?, ? FROM temp.package_docs",
        (annotator, package, now),
    )
    return relations, shift


def _copy_relations(conn: sqlite3.Connection, annotator: str, shift: int, now: float) -> list[int]:
    """Relations between two spans of the package's person layers (others are left out)."""
    first = conn.execute(
        "SELECT min(r.id) FROM package.relations r JOIN temp.package_docs m ON m.pkg_id = r.doc_id"
    ).fetchone()[0]
    if first is None:
        return []
    start = next_id(conn, "relations")
    conn.execute(
        "INSERT INTO relations (id, doc_id, head, tail, type, annotator, created, state, origin, "
        "suggester, confidence, updated) "
        "SELECT r.id + ?, m.doc_id, r.head + ?, r.tail + ?, coalesce(n.new, r.type), ?, ?, "
        "r.state, r.origin, r.suggester, r.confidence, ? FROM package.relations r "
        "JOIN temp.package_docs m ON m.pkg_id = r.doc_id "
        "JOIN package.annotations h ON h.id = r.head AND h.doc_id = r.doc_id "
        "JOIN package.annotations t ON t.id = r.tail AND t.doc_id = r.doc_id "
        "LEFT JOIN temp.name_map n ON n.old = r.type "
        "WHERE h.annotator NOT LIKE '@%' AND t.annotator NOT LIKE '@%' "
        "AND r.id NOT IN (SELECT id FROM temp.package_copy_relations) ORDER BY r.id",
        (start - first, shift, shift, annotator, now, now),
    )
    return [r[0] for r in conn.execute("SELECT id FROM relations WHERE id >= ?", (start,))]
