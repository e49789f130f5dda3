"""Reads of the people-and-roles registry: entities, their mentions, and what a build needs.

Only live mentions count: a link whose span was deleted, rejected or
relabelled stays in the file (undo may bring the span back) but is never
read as a mention.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from annotator.core.registry import MENTION_LABELS, Entity
from annotator.store.texts import span_surfaces

VISIBLE = ("accepted", "pending")


class Mention(NamedTuple):
    """A mention (PER or ORG span) with its link, if it has one."""

    span_id: int
    doc_id: int
    start: int
    end: int
    text: str
    state: str
    uid: str | None = None
    status: str | None = None


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


# JOIN condition keeping links whose span is a live mention of the entity's kind.
_LIVE = "a.id = l.span_id AND a.label = ? AND a.state IN ({states})"


def entities(
    conn: sqlite3.Connection,
    entity_type: str,
    *,
    states: Sequence[str] = VISIBLE,
    name_contains: str | None = None,  # a name_key: folded as the names are
    uids: Sequence[str] | None = None,
) -> list[Entity]:
    """Entities of a type with their names and live mention counts, by name."""
    where, params = ["e.type = ?"], [entity_type]
    if name_contains:
        where.append("e.id IN (SELECT entity_id FROM registry_names WHERE instr(key, ?) > 0)")
        params.append(name_contains)
    if uids is not None:
        where.append(f"e.uid IN ({_marks(uids)})")
        params += list(uids)
    label = MENTION_LABELS[entity_type]
    counts = dict(
        conn.execute(
            "SELECT l.entity_id, count(*) FROM registry_links l JOIN annotations a ON "
            + _LIVE.format(states=_marks(states))
            + " GROUP BY l.entity_id",
            [label, *states],
        ).fetchall()
    )
    rows = conn.execute(
        f"SELECT e.id, e.uid, e.type, e.name FROM registry_entities e WHERE {' AND '.join(where)} "
        "ORDER BY e.name COLLATE NOCASE, e.id",
        params,
    ).fetchall()
    names = _names_of(conn, [row[0] for row in rows])
    return [
        Entity(row[0], row[1], row[2], row[3], tuple(names.get(row[0], ())), counts.get(row[0], 0))
        for row in rows
    ]


def _names_of(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        for entity_id, name in conn.execute(
            f"SELECT entity_id, name FROM registry_names WHERE entity_id IN ({_marks(part)}) "
            "ORDER BY entity_id, rowid",
            part,
        ):
            found.setdefault(entity_id, []).append(name)
    return found


def entity(conn: sqlite3.Connection, uid: str) -> Entity | None:
    row = conn.execute("SELECT type FROM registry_entities WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        return None
    found = entities(conn, row[0], uids=[uid], states=("accepted", "pending"))
    return found[0] if found else None


# The mention's text is read from the stored text by `_mentions` (texts are compressed).
_MENTION_SELECT = (
    "SELECT a.id, a.doc_id, a.start, a.\"end\", '', a.state, e.uid, l.status FROM annotations a "
)


def _mentions(conn: sqlite3.Connection, rows: Sequence[Any]) -> list[Mention]:
    surfaces = span_surfaces(conn, [(row[1], row[2], row[3]) for row in rows])
    return [
        Mention(span_id, doc_id, start, end, surface, state, uid, status)
        for (span_id, doc_id, start, end, _, state, uid, status), surface in zip(
            rows, surfaces, strict=True
        )
    ]


def mentions_of(
    conn: sqlite3.Connection, uid: str, *, states: Sequence[str] = VISIBLE
) -> list[Mention]:
    """The live mentions linked to `uid`, in document order."""
    rows = conn.execute(
        _MENTION_SELECT + "JOIN registry_links l ON l.span_id = a.id "
        "JOIN registry_entities e ON e.id = l.entity_id "
        f"WHERE e.uid = ? AND a.label = (CASE e.type WHEN 'person' THEN ? ELSE ? END) "
        f'AND a.state IN ({_marks(states)}) ORDER BY a.doc_id, a.start, a."end"',
        [uid, MENTION_LABELS["person"], MENTION_LABELS["organisation"], *states],
    ).fetchall()
    return _mentions(conn, rows)


def suggested_links(
    conn: sqlite3.Connection, *, states: Sequence[str] = VISIBLE, limit: int = 10_000
) -> list[Mention]:
    """Mentions whose link waits for the linguist (short forms), in document order."""
    rows = conn.execute(
        _MENTION_SELECT + "JOIN registry_links l ON l.span_id = a.id "
        "JOIN registry_entities e ON e.id = l.entity_id "
        f"WHERE l.status = 'suggested' AND a.state IN ({_marks(states)}) "
        'ORDER BY a.doc_id, a.start, a."end" LIMIT ?',
        [*states, limit],
    ).fetchall()
    return _mentions(conn, rows)


def unlinked_mentions(
    conn: sqlite3.Connection, label: str, *, documents: int = 2_000
) -> Iterator[list[Mention]]:
    """Live spans of `label` without a link, by document, `documents` ids at a time.

    Ranges of document ids walk the (doc_id, start) index: no sort of every
    mention of the project per chunk.
    """
    top = conn.execute("SELECT max(id) FROM documents").fetchone()[0] or 0
    for low in range(0, top, documents):
        rows = conn.execute(
            _MENTION_SELECT + "LEFT JOIN registry_links l ON l.span_id = a.id "
            "LEFT JOIN registry_entities e ON e.id = l.entity_id "
            "WHERE a.doc_id > ? AND a.doc_id <= ? AND a.label = ? AND a.state != 'rejected' "
            'AND l.span_id IS NULL ORDER BY a.doc_id, a.start, a."end"',
            (low, low + documents, label),
        ).fetchall()
        if rows:
            yield _mentions(conn, rows)


def linked_in_documents(
    conn: sqlite3.Connection, label: str, doc_ids: Sequence[int]
) -> list[Mention]:
    """Linked live mentions of `label` in these documents (the names a short form may stand for)."""
    found: list[Mention] = []
    for i in range(0, len(doc_ids), 500):
        part = list(doc_ids[i : i + 500])
        rows = conn.execute(
            _MENTION_SELECT + "JOIN registry_links l ON l.span_id = a.id "
            "JOIN registry_entities e ON e.id = l.entity_id "
            f"WHERE a.label = ? AND a.state != 'rejected' AND a.doc_id IN ({_marks(part)}) "
            'ORDER BY a.doc_id, a.start, a."end"',
            [label, *part],
        ).fetchall()
        found.extend(_mentions(conn, rows))
    return found


def name_index(conn: sqlite3.Connection, entity_type: str) -> dict[str, list[tuple[str, int]]]:
    """Name key -> [(uid, live mention count), ...], most mentioned first."""
    label = MENTION_LABELS[entity_type]
    counts = dict(
        conn.execute(
            "SELECT l.entity_id, count(*) FROM registry_links l JOIN annotations a ON "
            "a.id = l.span_id AND a.label = ? AND a.state != 'rejected' GROUP BY l.entity_id",
            (label,),
        ).fetchall()
    )
    index: dict[str, list[tuple[str, int]]] = {}
    for key, entity_id, uid in conn.execute(
        "SELECT n.key, e.id, e.uid FROM registry_names n "
        "JOIN registry_entities e ON e.id = n.entity_id WHERE e.type = ?",
        (entity_type,),
    ):
        index.setdefault(key, []).append((uid, counts.get(entity_id, 0)))
    for candidates in index.values():
        candidates.sort(key=lambda item: -item[1])
    return index


def linked_documents(
    conn: sqlite3.Connection, entity_type: str, *, states: Sequence[str] = VISIBLE
) -> list[int]:
    """Documents holding a live linked mention of this type (what an export streams)."""
    label = MENTION_LABELS[entity_type]
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT a.doc_id FROM registry_links l JOIN annotations a ON "
            + _LIVE.format(states=_marks(states))
            + " ORDER BY a.doc_id",
            [label, *states],
        )
    ]


def links_in(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """span id -> (uid, status) for every link of a span in these documents."""
    ids = list(doc_ids)
    found: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        for span_id, uid, status in conn.execute(
            "SELECT l.span_id, e.uid, l.status FROM registry_links l "
            "JOIN registry_entities e ON e.id = l.entity_id "
            f"JOIN annotations a ON a.id = l.span_id WHERE a.doc_id IN ({_marks(part)})",
            part,
        ):
            found[span_id] = (uid, status)
    return found


def entity_names(conn: sqlite3.Connection, uids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """uid -> (type, canonical name)."""
    wanted = list(dict.fromkeys(uids))
    found: dict[str, tuple[str, str]] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        for uid, entity_type, name in conn.execute(
            f"SELECT uid, type, name FROM registry_entities WHERE uid IN ({_marks(part)})", part
        ):
            found[uid] = (entity_type, name)
    return found
