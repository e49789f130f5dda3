"""An in-memory cache of the spans of recently read documents, patched by change sets.

Building 10,000 Span objects from rows takes tens of milliseconds in CPython;
the editor asks for the spans of its document after every edit. Each commit of
this connection patches the cache from its ChangeSet (re-reading only the
touched ids); a commit by any other connection changes `PRAGMA data_version`
and empties it.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, insort
from collections import OrderedDict
from collections.abc import Iterable
from operator import attrgetter
from typing import TYPE_CHECKING

from annotator.core.model import Span
from annotator.store import repository as repo

if TYPE_CHECKING:  # change sets come with the write path, not with opening a file
    from annotator.core.changes import ChangeSet

_ORDER = attrgetter("start", "end", "id")
# A change touching more spans than this (a merged layer) drops the cached
# documents it concerns rather than patching them span by span.
PATCH_LIMIT = 2000


class SpanCache:
    """Spans of the `capacity` most recently read documents, every state included."""

    def __init__(self, conn: sqlite3.Connection, capacity: int = 8) -> None:
        self._conn = conn
        self._capacity = capacity
        self._docs: OrderedDict[int, dict[int, Span]] = OrderedDict()
        self._views: dict[tuple[int, tuple[str, ...] | None], list[Span]] = {}
        self._version = self._data_version()

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def clear(self) -> None:
        self._docs.clear()
        self._views.clear()

    def spans(self, doc_id: int, states: Iterable[str] | None) -> list[Span]:
        version = self._data_version()
        if version != self._version:
            self.clear()
            self._version = version
        wanted = None if states is None else tuple(sorted(set(states)))
        view = self._views.get((doc_id, wanted))
        if view is None:
            by_id = self._load(doc_id)
            chosen = (
                by_id.values()
                if wanted is None
                else (s for s in by_id.values() if s.state in wanted)
            )
            view = sorted(chosen, key=_ORDER)
            self._views[(doc_id, wanted)] = view
        return list(view)

    def _load(self, doc_id: int) -> dict[int, Span]:
        by_id = self._docs.get(doc_id)
        if by_id is None:
            by_id = {s.id or 0: s for s in repo.read_spans(self._conn, doc_id, None)}
            self._docs[doc_id] = by_id
            while len(self._docs) > self._capacity:
                evicted, _ = self._docs.popitem(last=False)
                self._drop_views(evicted)
        else:
            self._docs.move_to_end(doc_id)
        return by_id

    def _drop_views(self, doc_id: int) -> None:
        for key in [k for k in self._views if k[0] == doc_id]:
            del self._views[key]

    def forget(self, doc_ids: Iterable[int]) -> None:
        if not self._docs and not self._views:
            return  # nothing cached (a bulk import): no id to look for
        for doc_id in doc_ids:
            self._docs.pop(doc_id, None)
            self._drop_views(doc_id)

    def committed(self, change: ChangeSet) -> None:
        """Patch cached documents after this connection committed `change`."""
        version = self._data_version()
        if version != self._version or change.schema_changed:
            self.clear()  # someone else wrote too: nothing cached can be trusted
            self._version = version
            return
        cached = [d for d in change.doc_ids if d in self._docs]
        if not cached:
            return
        if len(change.spans_added) + len(change.spans_removed) > PATCH_LIMIT:
            self.forget(cached)
            return
        for span_id in change.spans_removed:
            for doc_id in cached:
                gone = self._docs[doc_id].pop(span_id, None)
                if gone is not None:
                    self._unview(gone)
        touched = set(change.spans_added) | set(change.spans_changed)
        for span in self._read(touched):
            by_id = self._docs.get(span.doc_id)
            if by_id is None:
                continue
            old = by_id.get(span.id or 0)
            if old is not None:
                self._unview(old)
            by_id[span.id or 0] = span
            for (doc_id, states), view in self._views.items():
                if doc_id == span.doc_id and (states is None or span.state in states):
                    insort(view, span, key=_ORDER)

    def _unview(self, span: Span) -> None:
        """Take `span` out of the sorted views of its document (binary search)."""
        for (doc_id, _), view in self._views.items():
            if doc_id != span.doc_id:
                continue
            i = bisect_left(view, _ORDER(span), key=_ORDER)
            if i < len(view) and view[i].id == span.id:
                del view[i]

    def _read(self, span_ids: set[int]) -> list[Span]:
        found: list[Span] = []
        ids = sorted(span_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ", ".join("?" for _ in part)
            rows = self._conn.execute(
                f"SELECT {repo.SPAN_COLUMNS} FROM annotations WHERE id IN ({marks})", part
            )
            found.extend(repo.span_from_row(row) for row in rows)
        return found
