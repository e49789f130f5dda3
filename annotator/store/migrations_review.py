"""Migrations 0030-0039: one span per place and label, sessions in the log, review counts.

Each function runs inside the transaction `run_migrations` opens for it, and
uses only SQL frozen here: a migration must keep working when later ones
change the tables again.
"""

from __future__ import annotations

import json
import sqlite3
import time


def run_script(conn: sqlite3.Connection, script: str) -> None:
    # Imported here: store.migrations lists these migrations, so it imports this module.
    from annotator.store.migrations import _run_script

    _run_script(conn, script)


# Who wrote the action-log row of a migration's own change. A migration may
# run before any annotator is known (opening a file from another machine), so
# it never borrows a person's name; no one annotates under this name, so no
# undo history ever picks the row up (its inverse is NULL anyway).
MIGRATION_ANNOTATOR = "(migration)"

_GROUPS = """
SELECT doc_id, start, "end", label, annotator FROM annotations WHERE state != 'rejected'
GROUP BY doc_id, start, "end", label, annotator HAVING count(*) > 1
"""
_MEMBERS = """
SELECT id FROM annotations
WHERE doc_id = ? AND start = ? AND "end" = ? AND label = ? AND annotator = ?
    AND state != 'rejected'
ORDER BY state != 'accepted', id
"""

# An identical span (document, offsets, label) exists at most once among the
# spans not rejected in one annotator's layer (team projects keep a layer per
# annotator, and two annotators agreeing is the point): the store turns a
# second one into accepting or selecting the first, and this index makes the
# file itself refuse it.
_UNIQUE_INDEX = """
CREATE UNIQUE INDEX annotations_unique_live
ON annotations (doc_id, start, "end", label, annotator) WHERE state != 'rejected'
"""


def merge_duplicate_spans(conn: sqlite3.Connection) -> None:
    """0030: merge identical live spans (keeping the accepted, then the oldest), log it, index."""
    merged: list[list[object]] = []
    moved = dropped = 0
    doc_ids: set[int] = set()
    for group in conn.execute(_GROUPS).fetchall():
        keep, *drops = (int(row[0]) for row in conn.execute(_MEMBERS, group))
        doc_id = group[0]
        for drop in drops:
            m, d = _move_relations(conn, keep, drop)
            moved, dropped = moved + m, dropped + d
            conn.execute("DELETE FROM annotations WHERE id = ?", (drop,))
        merged.append([keep, drops])
        doc_ids.add(int(doc_id))
    if merged:
        op = {
            "kind": "merge_duplicate_spans",
            "merged": merged,
            "relations_moved": moved,
            "relations_dropped": dropped,
        }
        conn.execute(
            "INSERT INTO action_log (time, annotator, doc_ids, op, inverse, kind) "
            "VALUES (?, ?, ?, ?, NULL, 'do')",
            (time.time(), MIGRATION_ANNOTATOR, json.dumps(sorted(doc_ids)), json.dumps(op)),
        )
    run_script(conn, _UNIQUE_INDEX)


def _move_relations(conn: sqlite3.Connection, keep: int, drop: int) -> tuple[int, int]:
    """Point the relations of `drop` at `keep`; those that would repeat one are dropped."""
    moved = dropped = 0
    rows = conn.execute(
        "SELECT id, head, tail, type FROM relations WHERE head = ? OR tail = ?", (drop, drop)
    ).fetchall()
    for rel_id, head, tail, rel_type in rows:
        head, tail = (keep if head == drop else head), (keep if tail == drop else tail)
        twin = conn.execute(
            "SELECT 1 FROM relations WHERE head = ? AND tail = ? AND type = ? AND id != ?",
            (head, tail, rel_type, rel_id),
        ).fetchone()
        if head == tail or twin is not None:
            conn.execute("DELETE FROM relations WHERE id = ?", (rel_id,))
            dropped += 1
        else:
            conn.execute(
                "UPDATE relations SET head = ?, tail = ? WHERE id = ?", (head, tail, rel_id)
            )
            moved += 1
    return moved, dropped


# Which window (or command) wrote each log row, so Ctrl+Z in one window never
# takes back another's edit; and the windows open on the project now.
_SESSIONS = """
ALTER TABLE action_log ADD COLUMN session TEXT;
CREATE INDEX action_log_session ON action_log (session, id);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    annotator TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    started REAL NOT NULL,
    ended REAL
)
"""


def log_sessions(conn: sqlite3.Connection) -> None:
    """0031: the session column of the action log and the table of open windows."""
    run_script(conn, _SESSIONS)


# Pending relations are counted on the document row like pending spans, so
# the list and "mark done" know what is left to review without reading them.
# A label may be allowed to cross paragraph breaks (off by default).
_REVIEW_COUNTS = """
ALTER TABLE documents ADD COLUMN pending_relations INTEGER NOT NULL DEFAULT 0;
ALTER TABLE labels ADD COLUMN crosses_paragraphs INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET pending_relations = (
    SELECT count(*) FROM relations r WHERE r.doc_id = documents.id AND r.state = 'pending'
);
CREATE TRIGGER relations_pending_insert AFTER INSERT ON relations
WHEN NEW.state = 'pending' BEGIN
    UPDATE documents SET pending_relations = pending_relations + 1 WHERE id = NEW.doc_id;
END;
CREATE TRIGGER relations_pending_delete AFTER DELETE ON relations
WHEN OLD.state = 'pending' BEGIN
    UPDATE documents SET pending_relations = pending_relations - 1 WHERE id = OLD.doc_id;
END;
CREATE TRIGGER relations_pending_update AFTER UPDATE OF state ON relations
WHEN OLD.state != NEW.state BEGIN
    UPDATE documents SET pending_relations = pending_relations
        - (OLD.state = 'pending') + (NEW.state = 'pending')
    WHERE id = NEW.doc_id;
END
"""


def review_counts(conn: sqlite3.Connection) -> None:
    """0032: pending relations counted per document; labels that may cross paragraphs."""
    run_script(conn, _REVIEW_COUNTS)
