"""Reads of annotator layers: own statuses, layers a chunk at a time, the project's team identity.

A mixin of `Project` (which holds `_conn` and `_lock`), so the project
class keeps its size; agreement, packages and exports read through here.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator.store.connection import transaction
from annotator.store.streaming import chunks_of
from annotator.store.texts import text_of

if TYPE_CHECKING:
    from annotator.store import agreement_reads

TEAM_ID_SETTING = "team.project_id"
PACKAGE_SETTING = "team.package"
GUIDELINES_SETTING = "team.guidelines"

LayerKey = tuple[int, int, str]  # (start, end, label)


class TeamDocument(NamedTuple):
    """A document as agreement and layer exports read it: accepted spans by annotator."""

    doc_id: int
    title: str
    text: str
    status: str
    statuses: dict[str, str]  # annotator -> own status
    spans: dict[str, list[LayerKey]]  # annotator (or CURATED) -> accepted spans
    relations: dict[str, list[tuple[LayerKey, LayerKey, str]]]  # accepted, by annotator
    units: tuple[str, str, bytes, bytes] | None


def _agreement() -> ModuleType:
    """store.agreement_reads, loaded when agreement is first computed (not on every open)."""
    from annotator.store import agreement_reads

    return agreement_reads


def _in(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


def read_team_chunk(conn: sqlite3.Connection, ids: Sequence[int]) -> list[TeamDocument]:
    """The documents of `ids` with every layer's accepted spans and relations (4 queries)."""
    marks = _in(ids)
    docs = {
        row[0]: (row[0], row[1], text_of(row[0], row[2]), *row[3:])
        for row in conn.execute(
            "SELECT d.id, d.title, t.body, d.status, u.version, u.forms, u.starts, u.sentences "
            "FROM documents d JOIN document_bodies t ON t.doc_id = d.id "
            f"LEFT JOIN document_units u ON u.doc_id = d.id WHERE d.id IN ({marks})",
            ids,
        )
    }
    statuses: dict[int, dict[str, str]] = {}
    for doc_id, name, status in conn.execute(
        f"SELECT doc_id, annotator, status FROM document_status WHERE doc_id IN ({marks})", ids
    ):
        statuses.setdefault(doc_id, {})[name] = status
    return _assemble(ids, docs, statuses, _layer_spans(conn, ids), _layer_relations(conn, ids))


def _layer_spans(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, list[Any]]]:
    """Accepted spans by document and layer, in one unsorted pass over the rows."""
    out: dict[int, dict[str, list[Any]]] = {}
    for row in conn.execute(
        'SELECT doc_id, annotator, start, "end", label FROM annotations '
        f"WHERE doc_id IN ({_in(ids)}) AND state = 'accepted'",
        ids,
    ):
        layers = out.get(row[0])
        if layers is None:
            layers = out[row[0]] = {}
        found = layers.get(row[1])
        if found is None:
            found = layers[row[1]] = []
        found.append(row[2:])
    return out


def _layer_relations(
    conn: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, dict[str, list[tuple[LayerKey, LayerKey, str]]]]:
    """Accepted relations by document and by the layer of their head span."""
    out: dict[int, dict[str, list[tuple[LayerKey, LayerKey, str]]]] = {}
    for doc_id, name, hs, he, hl, ts, te, tl, kind in conn.execute(
        'SELECT r.doc_id, h.annotator, h.start, h."end", h.label, t.start, t."end", t.label, '
        "r.type FROM relations r JOIN annotations h ON h.id = r.head "
        "JOIN annotations t ON t.id = r.tail "
        f"WHERE r.doc_id IN ({_in(ids)}) AND r.state = 'accepted'",
        ids,
    ):
        out.setdefault(doc_id, {}).setdefault(name, []).append(((hs, he, hl), (ts, te, tl), kind))
    return out


def _assemble(
    ids: Sequence[int],
    docs: dict[int, Any],
    statuses: dict[int, dict[str, str]],
    spans: dict[int, dict[str, list[Any]]],
    relations: dict[int, dict[str, list[tuple[LayerKey, LayerKey, str]]]],
) -> list[TeamDocument]:
    out = []
    for i in ids:
        row = docs.get(i)
        if row is None:
            continue
        units = None if row[4] is None else (row[4], row[5], row[6], row[7])
        out.append(
            TeamDocument(
                i,
                row[1],
                row[2],
                row[3],
                statuses.get(i, {}),
                spans.get(i, {}),
                relations.get(i, {}),
                units,
            )  # fmt: skip
        )
    return out


class TeamReadsMixin:
    """Project methods for team work (needs `_conn`, `_lock`, `get_setting`, `set_setting`)."""

    _conn: Any
    _lock: Any

    def data_version(self) -> int:
        """A number that changes when another connection (another program) commits."""
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def own_status(self, doc_id: int, annotator: str | None = None) -> str | None:
        """The status `annotator` (default: the project's) gave their own work on a document."""
        name = annotator or getattr(self, "annotator", "")
        with self._lock:
            row = self._conn.execute(
                "SELECT status FROM document_status WHERE doc_id = ? AND annotator = ?",
                (doc_id, name),
            ).fetchone()
        return None if row is None else str(row[0])

    def annotator_statuses(self, doc_id: int) -> dict[str, str]:
        """Every annotator's own status of a document."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT annotator, status FROM document_status WHERE doc_id = ? ORDER BY annotator",
                (doc_id,),
            )
            return dict(rows.fetchall())

    def status_and_title(self, ids: Sequence[int] | None = None) -> dict[int, tuple[str, str]]:
        """Each document's status and title (None: every document), to tell what an operation moved."""
        with self._lock:
            if ids is None:
                rows = self._conn.execute("SELECT id, status, title FROM documents").fetchall()
            else:
                rows = []
                for part in chunks_of(list(ids), 500):
                    rows += self._conn.execute(
                        f"SELECT id, status, title FROM documents WHERE id IN ({_in(part)})", part
                    ).fetchall()
        return {doc_id: (str(status), str(title or "")) for doc_id, status, title in rows}

    def layer_names(self) -> list[str]:
        """Annotators with spans or an own status anywhere (the curated layer included)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT DISTINCT annotator FROM annotations "
                "UNION SELECT DISTINCT annotator FROM document_status ORDER BY 1"
            )
            return [row[0] for row in rows]

    def work_annotators(self) -> list[str]:
        """Annotators with spans, an own status or an assignment anywhere: whose work
        the document list can be filtered by (the curated layer included)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT annotator FROM annotations UNION SELECT annotator FROM document_status "
                "UNION SELECT annotator FROM assignments ORDER BY 1"
            )
            return [row[0] for row in rows]

    def status_annotators(self) -> list[str]:
        """Annotators who have an own status somewhere: the people who worked on documents."""
        with self._lock:
            rows = self._conn.execute("SELECT DISTINCT annotator FROM document_status ORDER BY 1")
            return [row[0] for row in rows]

    def works_in_team(self, annotator: str) -> bool:
        """Whether `annotator` and someone else both have own statuses here (a shared project)."""
        with self._lock:
            mine = self._conn.execute(
                "SELECT 1 FROM document_status WHERE annotator = ? LIMIT 1", (annotator,)
            ).fetchone()
            other = self._conn.execute(
                "SELECT 1 FROM document_status WHERE annotator != ? LIMIT 1", (annotator,)
            ).fetchone()
        return mine is not None and other is not None

    def document_layers(self, doc_id: int) -> list[str]:
        """The layers (annotators, curated) that have spans or an own status on one document."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT annotator FROM annotations WHERE doc_id = ? "
                "UNION SELECT annotator FROM document_status WHERE doc_id = ? ORDER BY 1",
                (doc_id, doc_id),
            )
            return [row[0] for row in rows]

    def iter_team(self, ids: Sequence[int], *, chunk: int = 500) -> Iterator[TeamDocument]:
        """Documents of `ids` with every layer's accepted spans, streamed a chunk at a time."""
        for part in chunks_of(ids, chunk):
            with self._lock:
                batch = read_team_chunk(self._conn, part)
            yield from batch

    def finished_documents(
        self, names: Sequence[str], statuses: Sequence[str], doc_ids: Sequence[int] | None = None
    ) -> agreement_reads.Finished:
        """Documents (of `doc_ids`, default all) that two or more of `names` count as theirs."""
        with self._lock:
            return _agreement().finished_documents(self._conn, names, statuses, doc_ids)

    def accepted_span_arrays(
        self, names: Sequence[str], labels: Sequence[str], *, every_label: bool = False
    ) -> agreement_reads.SpanArrays:
        """Every accepted span of `names` with one of `labels`, as integer arrays.

        `every_label`: `labels` are all the labels spans have (no filter to apply).
        """
        with self._lock:
            return _agreement().accepted_spans(self._conn, names, labels, every_label=every_label)

    def span_labels(self) -> list[str]:
        with self._lock:
            return _agreement().span_labels(self._conn)

    def document_tokens(self, doc_ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
        """(id, title, units version, forms, starts, text if no units), a chunk at a time."""
        for part in chunks_of(doc_ids, 500):
            with self._lock:
                rows = list(_agreement().document_tokens(self._conn, part))
            yield from rows

    def document_text(self, doc_id: int) -> str:
        with self._lock:
            return _agreement().document_text(self._conn, doc_id)

    def accepted_relations(
        self, doc_ids: Sequence[int]
    ) -> dict[int, dict[str, list[tuple[LayerKey, LayerKey, str]]]]:
        """Accepted relations of the documents, by document and by the layer of their head."""
        out: dict[int, dict[str, list[tuple[LayerKey, LayerKey, str]]]] = {}
        for part in chunks_of(doc_ids, 500):
            with self._lock:
                out.update(_layer_relations(self._conn, part))
        return out

    def assigned_annotators(self, doc_id: int) -> list[str]:
        """Annotators a work package gave this document."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT annotator FROM assignments WHERE doc_id = ? ORDER BY annotator", (doc_id,)
            )
            return [row[0] for row in rows]

    def record_assignments(self, annotator: str, doc_ids: Sequence[int], package: str) -> None:
        """Note that `package` gives `annotator` these documents (bookkeeping, not an edit)."""
        with self._lock, transaction(self._conn):
            self._conn.executemany(
                "INSERT OR IGNORE INTO assignments (doc_id, annotator, package, created) "
                "VALUES (?, ?, ?, ?)",
                [(doc_id, annotator, package, time.time()) for doc_id in doc_ids],
            )

    def documents_by_hash(self) -> dict[str, int]:
        """text hash -> document id, for matching another file's documents by content."""
        with self._lock:
            return dict(self._conn.execute("SELECT text_hash, id FROM documents").fetchall())

    def team_id(self) -> str:
        """This project's identity, given to its packages (made on first use)."""
        get, put = self.get_setting, self.set_setting  # type: ignore[attr-defined]
        value = get(TEAM_ID_SETTING)
        if not value:
            value = str(uuid.uuid4())
            put(TEAM_ID_SETTING, value)
        return str(value)

    def package_info(self) -> dict[str, Any] | None:
        """What a package file says about itself (None for an ordinary project)."""
        value = self.get_setting(PACKAGE_SETTING)  # type: ignore[attr-defined]
        return value if isinstance(value, dict) else None

    def last_edit_time(self) -> float | None:
        """When the latest edit of this file was logged (None before any): which of two
        copies of one work package is the newer."""
        with self._lock:
            return self._conn.execute("SELECT max(time) FROM action_log").fetchone()[0]

    def layer_mark(self, annotator: str) -> tuple[int, int]:
        """(spans, highest span id) of `annotator`'s layer: it changes with any edit, merge or
        undo of the layer (a swapped layer brings its own ids back), so a record of it says
        whether the layer is still the one a merge left."""
        with self._lock:
            count, last = self._conn.execute(
                "SELECT count(*), coalesce(max(id), 0) FROM annotations WHERE annotator = ?",
                (annotator,),
            ).fetchone()
        return int(count), int(last)
