"""What agreement reads: who finished which document, every accepted span as integers, tokens.

Two million spans as Python tuples cost seconds to build; SQLite instead
writes each batch of rows as two lists of packed integers (document and
start; end, annotator and label) that numpy parses in one call. Annotators
and labels travel as their index in the lists the caller gives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # numpy is imported when spans are read: opening a project does without it
    import numpy as np

from annotator.store.connection import connect_read_only
from annotator.store.gate import harden
from annotator.store.streaming import chunks_of
from annotator.store.texts import read_text, text_of

SPAN_BATCH = 250_000  # ids of annotations scanned per query
READERS = 2  # threads reading id ranges at once


class Finished(NamedTuple):
    """Documents that at least two chosen annotators count, in the order asked."""

    doc_ids: list[int]
    raters: list[int]  # per document: bit i set when annotator i counts it


class SpanArrays(NamedTuple):
    """Accepted spans of the chosen annotators and labels."""

    doc_id: np.ndarray
    start: np.ndarray
    end: np.ndarray
    rater: np.ndarray  # index into the annotators asked for
    label: np.ndarray  # index into the labels asked for


def finished_documents(
    conn: sqlite3.Connection,
    names: Sequence[str],
    statuses: Sequence[str],
    doc_ids: Sequence[int] | None,
) -> Finished:
    """Documents where at least two of `names` have one of `statuses` as their own status."""
    index = {name: i for i, name in enumerate(names)}
    counted = set(statuses)
    masks: dict[int, int] = {}
    for doc_id, name, status in conn.execute(
        "SELECT doc_id, annotator, status FROM document_status"
    ):
        if status in counted and name in index:
            masks[doc_id] = masks.get(doc_id, 0) | (1 << index[name])
    if doc_ids is None:
        doc_ids = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY id")]
    chosen = [i for i in doc_ids if masks.get(i, 0).bit_count() >= 2]
    return Finished(chosen, [masks[i] for i in chosen])


def accepted_spans(
    conn: sqlite3.Connection,
    names: Sequence[str],
    labels: Sequence[str],
    *,
    every_label: bool = False,
) -> SpanArrays:
    """Every accepted span of `names` with one of `labels`, as integer arrays.

    With `every_label` (the labels are all that spans have) no label test is
    made: it costs a lookup per row. A large table is read in id ranges by
    two threads on connections of their own (SQLite runs without the GIL).
    """
    query, params = _span_query(names, labels, every_label=every_label)
    low, high = conn.execute("SELECT min(id), max(id) FROM annotations").fetchone()
    ranges = [
        (first, first + SPAN_BATCH - 1) for first in range(low or 0, (high or -1) + 1, SPAN_BATCH)
    ]
    path = _file_of(conn)
    if len(ranges) > 1 and path is not None:
        from concurrent.futures import ThreadPoolExecutor  # not at start: it loads logging

        with ThreadPoolExecutor(max_workers=READERS) as pool:
            parts = list(pool.map(lambda r: _read_apart(path, query, params, r), ranges))
    else:
        parts = [_read_range(conn, query, params, r) for r in ranges]
    import numpy as np

    keys = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.int64)
    rest = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, np.int64)
    if len(keys) != len(rest):  # a label added meanwhile (its code is NULL): test labels
        return accepted_spans(conn, names, labels)
    size = max(len(names) * len(labels), 1)
    ends, code = np.divmod(rest, size)
    return SpanArrays(keys >> 32, keys & 0xFFFFFFFF, ends, code // len(labels), code % len(labels))


def _span_query(
    names: Sequence[str], labels: Sequence[str], *, every_label: bool
) -> tuple[str, list[Any]]:
    """The query of one id range (its two last parameters) and its other parameters."""
    size = len(names) * len(labels)
    code = f'("end" * {size:d} + {_case("annotator", len(names))} * {len(labels):d} + {_case("label", len(labels))})'
    label_test = "" if every_label else f"AND label IN ({_marks(labels)})"
    query = (
        f"SELECT group_concat((doc_id << 32) | start), group_concat({code}) "
        f"FROM annotations WHERE state = 'accepted' AND annotator IN ({_marks(names)}) "
        f"{label_test} AND id BETWEEN ? AND ?"
    )
    params = [*names, *labels, *names, *([] if every_label else labels)]
    return query, params


def _read_range(
    conn: sqlite3.Connection, query: str, params: list[Any], ids: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    import numpy as np

    row = conn.execute(query, (*params, *ids)).fetchone()
    if row[0] is None:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return _numbers(row[0]), _numbers(row[1])


def _read_apart(
    path: Path, query: str, params: list[Any], ids: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """One id range on a read-only connection of this thread's own."""
    conn = connect_read_only(path, immutable=False)
    try:
        harden(conn, strict=False)
        return _read_range(conn, query, params, ids)
    finally:
        conn.close()


def _file_of(conn: sqlite3.Connection) -> Path | None:
    """The main database file of a connection (None in memory)."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def _case(column: str, count: int) -> str:
    whens = " ".join(f"WHEN ? THEN {i:d}" for i in range(count))
    return f"(CASE {column} {whens} END)"


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _numbers(text: str) -> np.ndarray:
    import numpy as np

    return np.fromstring(text, dtype=np.int64, sep=",")


def span_labels(conn: sqlite3.Connection) -> list[str]:
    """Every label some span has (from the label index), in name order."""
    return sorted(row[0] for row in conn.execute("SELECT DISTINCT label FROM annotations"))


def document_tokens(
    conn: sqlite3.Connection, doc_ids: Sequence[int]
) -> Iterator[tuple[int, str, str | None, str | None, bytes | None, str | None]]:
    """(id, title, units version, token forms, token starts, text) per document.

    The text is read only when no tokens are stored (no units, or units of
    the compact form, which keep none): the tokens are then cut from it.
    """
    for part in chunks_of(doc_ids, 500):
        rows = conn.execute(
            "SELECT d.id, d.title, u.version, u.forms, u.starts, "
            "CASE WHEN u.doc_id IS NULL OR length(u.starts) = 0 THEN t.body END FROM documents d "
            "JOIN document_bodies t ON t.doc_id = d.id "
            f"LEFT JOIN document_units u ON u.doc_id = d.id WHERE d.id IN ({_marks(part)})",
            list(part),
        )
        found = {row[0]: (*row[:5], text_of(row[0], row[5])) for row in rows}
        for doc_id in part:
            if doc_id in found:
                yield found[doc_id]


def document_text(conn: sqlite3.Connection, doc_id: int) -> str:
    return read_text(conn, doc_id) or ""
