"""Counts behind the statistics view: documents, spans, suggesters, activity and surfaces.

Every read is one grouped query (the progress read replays only the status
changes of the action log), so a 100,000-document project answers in
seconds, without loading documents.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

from annotator.store.texts import span_surfaces

# A span from a suggester that the linguist did not review by hand: only these
# say how good a suggester is (label-all in accepted mode records origin manual).
_REVIEWED_ORIGINS = ("suggested", "model")


def documents_by_status(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())


def annotators(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Per annotator: documents with an accepted span of theirs, accepted spans, relations."""
    relations = dict(
        conn.execute(
            "SELECT annotator, count(*) FROM relations WHERE state = 'accepted' GROUP BY annotator"
        ).fetchall()
    )
    spans = {
        name: (docs, count)
        for name, docs, count in conn.execute(
            "SELECT annotator, count(DISTINCT doc_id), count(*) FROM annotations "
            "WHERE state = 'accepted' GROUP BY annotator"
        )
    }
    names = [row[0] for row in conn.execute("SELECT name FROM annotators ORDER BY id")]
    return [
        {
            "annotator": name,
            "documents": spans.get(name, (0, 0))[0],
            "spans": spans.get(name, (0, 0))[1],
            "relations": relations.get(name, 0),
        }
        for name in names
    ]


def spans_by_label(conn: sqlite3.Connection) -> list[tuple[str, str, str, int]]:
    """(label, origin, state, count) for every combination present."""
    return [
        tuple(row)
        for row in conn.execute(
            "SELECT label, origin, state, count(*) FROM annotations "
            "GROUP BY label, origin, state ORDER BY label, origin, state"
        )
    ]


def suggesters(conn: sqlite3.Connection) -> list[tuple[str, str, str, int]]:
    """(suggester, 'span' or 'relation', state, count) of suggestions by their review state."""
    marks = ", ".join("?" for _ in _REVIEWED_ORIGINS)
    rows = []
    for kind, table in (("span", "annotations"), ("relation", "relations")):
        rows += [
            (suggester, kind, state, count)
            for suggester, state, count in conn.execute(
                f"SELECT suggester, state, count(*) FROM {table} "  # two constant tables
                f"WHERE suggester IS NOT NULL AND origin IN ({marks}) "
                "GROUP BY suggester, state ORDER BY suggester, state",
                _REVIEWED_ORIGINS,
            )
        ]
    return rows


def activity_by_day(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(day, annotator, actions done or redone that day), local time."""
    return [
        tuple(row)
        for row in conn.execute(
            "SELECT date(time, 'unixepoch', 'localtime') AS day, annotator, count(*) "
            "FROM action_log WHERE kind IN ('do', 'redo') GROUP BY day, annotator ORDER BY day"
        )
    ]


def imports_by_day(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """(day, documents imported that day)."""
    rows = conn.execute(
        "SELECT date(time, 'unixepoch', 'localtime'), doc_ids FROM action_log "
        "WHERE kind = 'import' ORDER BY id"
    )
    days: dict[str, int] = {}
    for day, doc_ids in rows:
        days[day] = days.get(day, 0) + len(json.loads(doc_ids))
    return sorted(days.items())


def status_changes(conn: sqlite3.Connection) -> Iterator[tuple[float, int, str]]:
    """(time, doc id, the document's new status) for every change the log holds, oldest first.

    Undo rows log the operation they applied (the inverse, which restores the
    document's summed-up status), so replaying every row in order gives each
    document's status at any moment.
    """
    rows = conn.execute(
        "SELECT time, op FROM action_log WHERE kind IN ('do', 'undo', 'redo') "
        "AND (instr(op, '\"set_status\"') > 0 OR instr(op, '\"restore_status\"') > 0) "
        "ORDER BY id"
    )
    for moment, op in rows:
        for doc_id, status in _status_ops(json.loads(op)):
            yield moment, doc_id, status


def _status_ops(op: dict[str, Any]) -> Iterator[tuple[int, str]]:
    if op.get("kind") == "set_status":
        yield int(op["doc_id"]), str(op["status"])
    elif op.get("kind") == "restore_status":
        yield int(op["doc_id"]), str(op["summary"])
    for part in op.get("operations", ()):
        yield from _status_ops(part)


def statuses_by_annotator(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(annotator, their own status of a document, documents): each person's own progress."""
    return [
        tuple(row)
        for row in conn.execute(
            "SELECT annotator, status, count(*) FROM document_status "
            "GROUP BY annotator, status ORDER BY annotator, status"
        )
    ]


def surfaces(
    conn: sqlite3.Connection, *, states: tuple[str, ...] = ("accepted",)
) -> Iterator[tuple[str, str, int]]:
    """(label, surface as written, count) grouped by exact surface, in that order.

    Texts are read a few hundred documents at a time (they are stored compressed).
    """
    marks = ", ".join("?" for _ in states)
    counts: Counter[tuple[str, str]] = Counter()
    rows = conn.execute(
        f'SELECT a.doc_id, a.start, a."end", a.label FROM annotations a '
        f"WHERE a.state IN ({marks}) ORDER BY a.doc_id",
        states,
    )
    while batch := rows.fetchmany(20_000):
        found = span_surfaces(conn, [(doc_id, start, end) for doc_id, start, end, _ in batch])
        counts.update(zip((row[3] for row in batch), found, strict=True))
    for (label, surface), count in sorted(counts.items()):
        yield label, surface, count
