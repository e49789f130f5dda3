"""What agreement reads: who finished which document, every accepted span as integers, tokens.

Two million spans as Python tuples cost seconds to build; SQLite instead
writes each batch of rows as two lists of packed integers (document and
start; end, annotator and label) that numpy parses in one call. Annotators
and labels travel as their index in the lists the caller gives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import numpy as np

from annotator.store.streaming import chunks_of

SPAN_BATCH = 500_000  # rows of annotations scanned per query (by id)


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
    conn: sqlite3.Connection, names: Sequence[str], labels: Sequence[str]
) -> SpanArrays:
    """Every accepted span of `names` with one of `labels`, as integer arrays."""
    rater = _case("annotator", len(names))
    label = _case("label", len(labels))
    size = len(names) * len(labels)
    low, high = conn.execute("SELECT min(id), max(id) FROM annotations").fetchone()
    parts = []
    for first in range(low or 0, (high or -1) + 1, SPAN_BATCH):
        where_ends = f'("end" * {size:d} + {rater} * {len(labels):d} + {label})'
        row = conn.execute(
            f"SELECT group_concat((doc_id << 32) | start), group_concat({where_ends}) "
            f"FROM annotations WHERE id BETWEEN ? AND ? AND state = 'accepted' "
            f"AND annotator IN ({_marks(names)}) AND label IN ({_marks(labels)})",
            (*names, *labels, first, first + SPAN_BATCH - 1, *names, *labels),
        ).fetchone()
        if row[0] is not None:
            parts.append((_numbers(row[0]), _numbers(row[1])))
    keys = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.int64)
    rest = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, np.int64)
    ends, code = np.divmod(rest, max(size, 1))
    return SpanArrays(keys >> 32, keys & 0xFFFFFFFF, ends, code // len(labels), code % len(labels))


def _case(column: str, count: int) -> str:
    whens = " ".join(f"WHEN ? THEN {i:d}" for i in range(count))
    return f"(CASE {column} {whens} END)"


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _numbers(text: str) -> np.ndarray:
    return np.fromstring(text, dtype=np.int64, sep=",")


def span_labels(conn: sqlite3.Connection) -> list[str]:
    """Every label some span has (from the label index), in name order."""
    return sorted(row[0] for row in conn.execute("SELECT DISTINCT label FROM annotations"))


def document_tokens(
    conn: sqlite3.Connection, doc_ids: Sequence[int]
) -> Iterator[tuple[int, str, str | None, str | None, bytes | None, str | None]]:
    """(id, title, units version, token forms, token starts, text when no units) per document."""
    for part in chunks_of(doc_ids, 500):
        rows = conn.execute(
            "SELECT d.id, d.title, u.version, u.forms, u.starts, "
            "CASE WHEN u.doc_id IS NULL THEN t.text END FROM documents d "
            "JOIN document_texts t ON t.doc_id = d.id "
            f"LEFT JOIN document_units u ON u.doc_id = d.id WHERE d.id IN ({_marks(part)})",
            list(part),
        )
        found = {row[0]: row for row in rows}
        for doc_id in part:
            if doc_id in found:
                yield found[doc_id]


def document_text(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute("SELECT text FROM document_texts WHERE doc_id = ?", (doc_id,)).fetchone()
    return "" if row is None else str(row[0])
