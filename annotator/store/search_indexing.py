"""Project's methods for the search backlog: how much waits, and filling the index from it.

A mixin of Project (it supplies `_conn`, `_lock` and `read_only`). Each batch
is one short write transaction (store.search_backlog), so whoever else edits
the file waits for the lock no longer than a batch, and an interrupted fill
(Ctrl+C, a kill, a closed window) keeps every batch it committed.
"""

from __future__ import annotations

import threading
from typing import Any

from annotator.store import search_backlog
from annotator.store.connection import transaction
from annotator.store.errors import translate_errors
from annotator.store.search_backlog import ProgressFn


@translate_errors
class SearchIndexing:
    """Project's search-backlog methods."""

    _conn: Any
    _lock: threading.RLock
    read_only: bool

    def search_waiting(self) -> int:
        """How many documents are not yet in the full-text index (search misses them)."""
        with self._lock:
            return search_backlog.waiting(self._conn)

    def search_unreadable(self) -> list[tuple[int, str]]:
        """(doc id, why) of documents left out of the index because their text is damaged."""
        with self._lock:
            return search_backlog.unreadable(self._conn)

    def index_waiting(
        self, *, progress: ProgressFn | None = None, cancel: threading.Event | None = None
    ) -> int:
        """Put every waiting document into the full-text index; returns how many.

        `progress(done, total)` after each committed batch; `cancel` stops
        between batches (what is committed stays indexed). A project opened
        only to read is left as it is.
        """
        total = 0 if self.read_only else self.search_waiting()
        done = 0
        while done < total and not (cancel is not None and cancel.is_set()):
            with self._lock, transaction(self._conn):
                count = search_backlog.index_batch(self._conn)
            if not count:
                break
            done += count
            if progress is not None:
                progress(done, total)
        return done

    def search_index_consistent(self, damaged: list[tuple[int, str]] | None = None) -> bool:
        """True when the index holds exactly the texts not waiting (reads every text).

        Texts damaged since they were indexed are listed in `damaged` (doc id, why).
        """
        with self._lock:
            return search_backlog.index_consistent(self._conn, damaged)
