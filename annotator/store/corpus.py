"""Corpus-wide reads (search, statistics, registry) as a mixin of Project and CorpusReader.

The mixin needs a connection `_conn` and a lock `_lock`. `CorpusReader`
opens its own read-only connection, so a search or a statistics run in a
background thread never waits for, nor holds up, the window's edits.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.store import document_list
from annotator.store import repository as repo
from annotator.store.document_filter import DocumentFilter
from annotator.store.errors import translate_errors
from annotator.store.streaming import ProjectReader

if TYPE_CHECKING:
    from annotator.core.registry import Entity
    from annotator.store import corpus_search
    from annotator.store.registry_reads import Mention

VISIBLE = repo.VISIBLE_STATES


def _registry() -> ModuleType:
    """store.registry_reads, loaded when the registry is first read (not on every open)."""
    from annotator.store import registry_reads

    return registry_reads


def _search() -> ModuleType:
    """store.corpus_search, loaded when the corpus is first searched."""
    from annotator.store import corpus_search

    return corpus_search


def _stats() -> ModuleType:
    """store.corpus_stats, loaded when statistics are first asked for."""
    from annotator.store import corpus_stats

    return corpus_stats


T = TypeVar("T")


@translate_errors
class CorpusReads:
    """Reads over the whole corpus; every call takes the object's lock."""

    _conn: Any
    _lock: Any

    def _locked(self, rows: Iterator[T]) -> Iterator[T]:
        """Step a generator of rows under the lock, one item at a time."""
        while True:
            with self._lock:
                item = next(rows, None)
            if item is None:
                return
            yield item

    # -- search -------------------------------------------------------------------

    def search_candidates(
        self,
        *,
        phrase: str | None,
        label: str | None,
        statuses: Sequence[str] = (),
        after: int = 0,
        limit: int = 100,
    ) -> list[int]:
        """Ids above `after` of documents that may hold hits (see store.corpus_search)."""
        with self._lock:
            return _search().candidate_ids(
                self._conn, phrase=phrase, label=label, statuses=statuses, after=after, limit=limit
            )

    def search_documents(self, ids: Sequence[int]) -> list[corpus_search.SearchDocument]:
        """Texts and visible spans of `ids` (ascending), without metadata or relations."""
        with self._lock:
            return _search().read_documents(self._conn, ids)

    def document_titles(self, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        with self._lock:
            return _search().document_titles(self._conn, ids)

    def repeated_titles(self, titles: Iterable[str]) -> set[str]:
        """Which of `titles` name more than one document (an export's report numbers them)."""
        with self._lock:
            return _search().repeated_titles(self._conn, titles)

    def rejected_spans(
        self, doc_ids: Sequence[int], label: str
    ) -> dict[int, dict[tuple[int, int], int]]:
        with self._lock:
            return _search().rejected_spans(self._conn, doc_ids, label)

    def lifted_rejections(self) -> frozenset[int]:
        """The rejected spans the project's memory no longer counts (store.apply_memory)."""
        with self._lock:
            return _search().lifted_rejections(self._conn)

    # -- statistics ---------------------------------------------------------------

    def stats_read(self, name: str) -> Any:
        """One of the grouped counts of store.corpus_stats, by function name."""
        if name not in _STATS_READS:
            raise ValueError(f"no statistics read named {name!r}")
        with self._lock:
            result = getattr(_stats(), name)(self._conn)
            return list(result) if isinstance(result, Iterator) else result

    # -- registry -----------------------------------------------------------------

    def registry_entities(
        self,
        entity_type: str,
        *,
        states: Sequence[str] = VISIBLE,
        name_contains: str | None = None,
        uids: Sequence[str] | None = None,
    ) -> list[Entity]:
        with self._lock:
            return _registry().entities(
                self._conn, entity_type, states=states, name_contains=name_contains, uids=uids
            )

    def registry_entity(self, uid: str) -> Entity | None:
        with self._lock:
            return _registry().entity(self._conn, uid)

    def registry_mentions(self, uid: str, *, states: Sequence[str] = VISIBLE) -> list[Mention]:
        with self._lock:
            return _registry().mentions_of(self._conn, uid, states=states)

    def registry_suggested(self, *, states: Sequence[str] = VISIBLE) -> list[Mention]:
        with self._lock:
            return _registry().suggested_links(self._conn, states=states)

    def unlinked_mentions(self, label: str) -> Iterator[list[Mention]]:
        return self._locked(_registry().unlinked_mentions(self._conn, label))

    def linked_mentions_in(self, label: str, doc_ids: Sequence[int]) -> list[Mention]:
        with self._lock:
            return _registry().linked_in_documents(self._conn, label, doc_ids)

    def registry_name_index(self, entity_type: str) -> dict[str, list[tuple[str, int]]]:
        with self._lock:
            return _registry().name_index(self._conn, entity_type)

    def registry_documents(self, entity_type: str, *, states: Sequence[str] = VISIBLE) -> list[int]:
        with self._lock:
            return _registry().linked_documents(self._conn, entity_type, states=states)

    def registry_links_in(self, doc_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        with self._lock:
            return _registry().links_in(self._conn, doc_ids)

    def registry_entity_names(self, uids: Sequence[str]) -> dict[str, tuple[str, str]]:
        with self._lock:
            return _registry().entity_names(self._conn, uids)


_STATS_READS = frozenset(
    {
        "documents_by_status",
        "annotators",
        "spans_by_label",
        "suggesters",
        "activity_by_day",
        "imports_by_day",
        "status_changes",
        "statuses_by_annotator",
        "surfaces",
    }
)


# SQLite virtual-machine steps between two looks at the cancel flag (well under a millisecond).
_CANCEL_STEPS = 10_000


class CorpusReader(CorpusReads, ProjectReader):
    """A read-only connection with the corpus reads and `iter_annotated`, for background work."""

    def __init__(self, path: str | Path, cancel: threading.Event | None = None) -> None:
        """`cancel`, once set, interrupts the statement running (it raises), so a
        window closing mid-count does not wait for the count to finish."""
        super().__init__(path)
        self._lock = threading.RLock()
        if cancel is not None:
            self._conn.set_progress_handler(lambda: int(cancel.is_set()), _CANCEL_STEPS)

    def document_ids(self, *, status: Sequence[str] | str | None = None) -> list[int]:
        """As `Project.document_ids`: ids in order, of some statuses or all."""
        with self._lock:
            return document_list.ids(self._conn, DocumentFilter(status=status))

    def __enter__(self) -> CorpusReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
