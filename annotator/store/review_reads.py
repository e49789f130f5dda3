"""Reads of the review loop: where suggestions are pending, which ones are alike,
and what other windows or processes changed in the project."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from annotator.store import repository as repo
from annotator.store.texts import span_surfaces

if TYPE_CHECKING:  # a change set is made only when a window asks what others changed
    from annotator.core.changes import ChangeSet

# Operation kinds (in the log) that change the schema or the list of documents.
_SCHEMA_KINDS = frozenset(
    {"put_label", "rename_label", "remove_label", "put_relation_type", "remove_relation_type"}
)
_LIST_KINDS = frozenset({"import", "delete_document", "restore_document", "set_title"})
# Operation kinds that change what the project's memory counts without touching a document.
_MEMORY_KINDS = frozenset({"lift_hold_back", "restore_hold_back"})


def _scope(doc_id: int | None, statuses: Iterable[str] | None) -> tuple[str, list[Any]]:
    if doc_id is not None:
        return "a.doc_id = ?", [doc_id]
    where, params = repo.status_filter(statuses)
    return where or "1", params


def pending_like(
    conn: sqlite3.Connection,
    *,
    label: str,
    surface: str,
    doc_id: int | None,
    statuses: Iterable[str] | None,
) -> list[int]:
    """Pending spans with this label over this exact text, in one document or many."""
    where, params = _scope(doc_id, statuses)
    rows = conn.execute(
        'SELECT a.id, a.doc_id, a.start, a."end" FROM annotations a '
        "JOIN documents d ON d.id = a.doc_id "
        "WHERE a.state = 'pending' AND a.label = ? AND a.\"end\" - a.start = ? "
        f"AND {where} ORDER BY a.id",
        [label, len(surface), *params],
    ).fetchall()
    found = span_surfaces(conn, [(doc_id, start, end) for _, doc_id, start, end in rows])
    return [int(row[0]) for row, text in zip(rows, found, strict=True) if text == surface]


def pending_from(
    conn: sqlite3.Connection,
    *,
    suggester: str,
    doc_id: int | None,
    statuses: Iterable[str] | None,
) -> tuple[list[int], list[int]]:
    """(span ids, relation ids) still pending that `suggester` proposed."""
    where, params = _scope(doc_id, statuses)
    found: list[list[int]] = []
    for table in ("annotations", "relations"):
        rows = conn.execute(
            f"SELECT a.id FROM {table} a JOIN documents d ON d.id = a.doc_id "
            f"WHERE a.state = 'pending' AND a.suggester = ? AND {where} ORDER BY a.id",
            [suggester, *params],
        )
        found.append([int(row[0]) for row in rows])
    return found[0], found[1]


def next_pending_document(
    conn: sqlite3.Connection, after: int | None, *, backwards: bool, statuses: Iterable[str]
) -> int | None:
    """The nearest document after (or before) `after`, in list order, with anything pending."""
    where, params = repo.status_filter(statuses)
    compare, order = ("<", "DESC") if backwards else (">", "ASC")
    start = after if after is not None else (2**62 if backwards else -1)
    row = conn.execute(
        f"SELECT d.id FROM documents d WHERE {where or '1'} AND d.id {compare} ? "
        f"AND d.pending_count + d.pending_relations > 0 ORDER BY d.id {order} LIMIT 1",
        [*params, start],
    ).fetchone()
    return None if row is None else int(row[0])


def last_action(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM action_log").fetchone()[0])


def changes_after(
    conn: sqlite3.Connection, last_id: int, *, besides: str | None
) -> tuple[ChangeSet, int]:
    """What log rows after `last_id` written by other sessions changed, and the newest id.

    Coarse on purpose: every document a row touched is marked changed in all
    its parts, so a view reloads it rather than patching individual spans.
    """
    rows = conn.execute(
        "SELECT id, doc_ids, op, session FROM action_log WHERE id > ? ORDER BY id", (last_id,)
    ).fetchall()
    doc_ids: set[int] = set()
    kinds: set[str] = set()
    newest = last_id
    for row_id, docs, op, session in rows:
        newest = row_id
        if besides is not None and session == besides:
            continue
        doc_ids.update(int(d) for d in json.loads(docs or "[]"))
        kinds.update(_kinds(json.loads(op or "{}")))
    from annotator.core.changes import ChangeSet

    ids = frozenset(doc_ids)
    listed = bool(kinds & _LIST_KINDS)
    change = ChangeSet(
        doc_ids=ids,
        status_changed=ids,
        note_changed=ids,
        schema_changed=bool(kinds & _SCHEMA_KINDS),
        memory_changed=bool(kinds & _MEMORY_KINDS),
        documents_added=ids if listed else frozenset(),
        titles_changed=ids if listed else frozenset(),
    )
    return change, newest


def _kinds(op: dict[str, Any]) -> Iterator[str]:
    kind = op.get("kind")
    if isinstance(kind, str):
        yield kind
    for part in op.get("operations", ()) or ():
        if isinstance(part, dict):
            yield from _kinds(part)


class ReviewReadsMixin:
    """The reads above as Project methods (Project holds `_conn` and `_lock`)."""

    _conn: Any
    _lock: Any

    def relation(self, relation_id: int) -> Any:
        """One relation by id, in any state (OperationError if it is gone)."""
        with self._lock:
            return repo.read_relation(self._conn, relation_id)

    def data_version(self) -> int:
        """Changes whenever another connection (window, process) commits to the file."""
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def last_action(self) -> int:
        with self._lock:
            return last_action(self._conn)

    def changes_after(self, last_id: int, *, besides: str | None) -> tuple[ChangeSet, int]:
        with self._lock:
            return changes_after(self._conn, last_id, besides=besides)

    def pending_like(
        self, *, label: str, surface: str, doc_id: int | None, statuses: Iterable[str] | None
    ) -> list[int]:
        with self._lock:
            return pending_like(
                self._conn, label=label, surface=surface, doc_id=doc_id, statuses=statuses
            )

    def crossing_pairs(self, span_ids: Iterable[int]) -> list[Any]:
        """Which of these spans accepting all at once would leave crossing (live_spans)."""
        # Imported here: live_spans brings the write path, which `annotator info` never needs.
        from annotator.store.live_spans import crossing_pairs

        with self._lock:
            return crossing_pairs(self._conn, list(span_ids))

    def pending_from(
        self, *, suggester: str, doc_id: int | None, statuses: Iterable[str] | None
    ) -> tuple[list[int], list[int]]:
        with self._lock:
            return pending_from(self._conn, suggester=suggester, doc_id=doc_id, statuses=statuses)

    def next_pending_document(
        self, after: int | None, *, backwards: bool = False, statuses: Iterable[str]
    ) -> int | None:
        with self._lock:
            return next_pending_document(self._conn, after, backwards=backwards, statuses=statuses)
