"""Reads: rows of the project file turned into core values, without SQL elsewhere."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.errors import OperationError
from annotator.core.model import Document, Region, Relation, Span
from annotator.core.schema import LabelDef, LabelSchema, RelationType
from annotator.core.vietnamese import d_as_d
from annotator.store.texts import text_of

SPAN_COLUMNS = (
    'id, doc_id, start, "end", label, annotator, origin, state, suggester, created, updated, '
    "confidence, curator, sources"
)
_SPAN_FIELDS = (
    "id",
    "doc_id",
    "start",
    "end",
    "label",
    "annotator",
    "origin",
    "state",
    "suggester",
    "created",
    "updated",
    "confidence",
    "curator",
    "sources",
)
RELATION_COLUMNS = (
    "id, doc_id, head, tail, type, annotator, created, state, origin, suggester, confidence, "
    "updated"
)
_RELATION_FIELDS = tuple(name.strip() for name in RELATION_COLUMNS.split(","))
# What a view of the annotations shows by default: rejected ones are kept
# only so they are never proposed again.
VISIBLE_STATES = ("accepted", "pending")
_DOC_COLUMNS = "d.id, d.title, t.body, d.meta, d.source, d.raw_hash, d.status, d.regions, d.note"


@dataclass(frozen=True)
class DocumentRow:
    """One line of the document list: no text, so 100,000 of them are cheap."""

    id: int
    title: str
    status: str
    span_count: int
    pending_count: int = 0
    pending_relations: int = 0


def _frozen(cls: type, fields: tuple[str, ...], row: tuple[Any, ...]) -> Any:
    # Frozen dataclasses set fields one by one through object.__setattr__;
    # filling __dict__ at once is several times faster for 10,000 spans.
    obj: Any = object.__new__(cls)
    obj.__dict__.update(zip(fields, row, strict=True))
    return obj


def span_from_row(row: tuple[Any, ...]) -> Span:
    if row[-1] is None:
        span: Span = _frozen(Span, _SPAN_FIELDS, (*row[:-1], ()))
    else:  # a curated span: the annotators it came from, as JSON
        span = _frozen(Span, _SPAN_FIELDS, (*row[:-1], tuple(json.loads(row[-1]))))
    return span


def relation_from_row(row: tuple[Any, ...]) -> Relation:
    relation: Relation = _frozen(Relation, _RELATION_FIELDS, row)
    return relation


def with_text(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row of `_DOC_COLUMNS` with its stored body (third column) read as text."""
    return (row[0], row[1], text_of(row[0], row[2]), *row[3:])


def document_from_row(row: tuple[Any, ...]) -> Document:
    regions = tuple(Region(start=s, end=e, kind=k) for s, e, k in json.loads(row[7]))
    return Document(
        id=row[0],
        title=row[1],
        text=row[2],
        meta=json.loads(row[3]),
        source=row[4],
        raw_hash=row[5],
        status=row[6],
        regions=regions,
        note=row[8],
    )


class _WithoutMarks(dict[int, int | None]):
    """A `str.translate` table that drops combining marks, filled as characters are met.

    Deciding each character in a Python loop was most of the cost of a title
    key at import; the table decides each distinct character once.
    """

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str) -> str:
    """Case- and diacritic-free key: "Quảng Nam" and "quang nam" compare equal.

    Đ and its lookalikes (Ð, written for Đ by legacy encodings) are D, by the
    same folding the search index uses (core.vietnamese.d_as_d); migration
    0098 made the keys of older projects again where a title holds one.
    """
    decomposed = unicodedata.normalize("NFD", d_as_d(text))
    return decomposed.translate(_WITHOUT_MARKS).casefold()


def status_filter(status: str | Iterable[str] | None) -> tuple[str, list[Any]]:
    """A WHERE fragment (with bound values) for a status or a set of them."""
    if status is None:
        return "", []
    values = [status] if isinstance(status, str) else list(status)
    marks = ", ".join("?" for _ in values)
    return f"d.status IN ({marks})", values


# An annotator's own status of a document (new while they have none): what the list
# shows and filters by once it is filtered by that annotator. Reviewed, the curated
# layer's word, stays the document's. One bound value: the annotator.
OWN_STATUS = (
    "(CASE WHEN d.status = 'reviewed' THEN 'reviewed' ELSE COALESCE("
    "(SELECT s.status FROM document_status s WHERE s.doc_id = d.id AND s.annotator = ?),"
    " 'new') END)"
)


def read_schema(conn: sqlite3.Connection) -> LabelSchema:
    labels = tuple(
        LabelDef(name=n, color=c, key=k, description=d, crosses_paragraphs=bool(x))
        for n, c, k, d, x in conn.execute(
            "SELECT name, color, key, description, crosses_paragraphs FROM labels "
            "ORDER BY ord, name"
        )
    )
    relations = tuple(
        RelationType(
            name=n,
            head_labels=tuple(json.loads(h)),
            tail_labels=tuple(json.loads(t)),
            description=d,
            key=k,
        )
        for n, h, t, d, k in conn.execute(
            "SELECT name, head_labels, tail_labels, description, key "
            "FROM relation_types ORDER BY ord, name"
        )
    )
    return LabelSchema(labels, relations)


def read_document(conn: sqlite3.Connection, doc_id: int) -> Document:
    row = conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents d JOIN document_bodies t ON t.doc_id = d.id "
        "WHERE d.id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        raise OperationError("document {doc_id} does not exist in this project", doc_id=doc_id)
    return document_from_row(with_text(row))


def documents_by_id(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    build: Callable[[tuple[Any, ...]], Document] = document_from_row,
) -> dict[int, Document]:
    """The stored documents among `ids` (one query), built from their rows by `build`."""
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents d "
        f"JOIN document_bodies t ON t.doc_id = d.id WHERE d.id IN ({marks})",
        list(ids),
    )
    return {row[0]: build(with_text(row)) for row in rows}


def iter_documents(
    conn: sqlite3.Connection,
    *,
    status: str | Iterable[str] | None,
    ids: Iterable[int] | None,
    chunk: int = 200,
) -> Iterator[Document]:
    """Documents in id order, fetched in chunks so texts are never all in memory."""
    if ids is not None:
        wanted = list(ids)
        for i in range(0, len(wanted), chunk):
            part = wanted[i : i + chunk]
            found = documents_by_id(conn, part)
            yield from (found[i] for i in part if i in found)
        return
    where, params = status_filter(status)
    last = -1
    while True:
        clause = f" AND {where}" if where else ""
        rows = conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents d JOIN document_bodies t ON t.doc_id = d.id "
            f"WHERE d.id > ?{clause} ORDER BY d.id LIMIT ?",
            [last, *params, chunk],
        ).fetchall()
        if not rows:
            return
        yield from (document_from_row(with_text(row)) for row in rows)
        last = rows[-1][0]


def read_spans(conn: sqlite3.Connection, doc_id: int, states: Iterable[str] | None) -> list[Span]:
    if states is None:
        rows = conn.execute(
            f'SELECT {SPAN_COLUMNS} FROM annotations WHERE doc_id = ? ORDER BY start, "end", id',
            (doc_id,),
        ).fetchall()
    else:
        wanted = list(states)
        marks = ", ".join("?" for _ in wanted)
        rows = conn.execute(
            f"SELECT {SPAN_COLUMNS} FROM annotations WHERE doc_id = ? AND state IN ({marks}) "
            'ORDER BY start, "end", id',
            (doc_id, *wanted),
        ).fetchall()
    return [span_from_row(row) for row in rows]


def read_span(conn: sqlite3.Connection, span_id: int) -> Span:
    row = conn.execute(
        f"SELECT {SPAN_COLUMNS} FROM annotations WHERE id = ?", (span_id,)
    ).fetchone()
    if row is None:
        raise OperationError(
            "span {span_id} does not exist (it may have been deleted)", span_id=span_id
        )
    return span_from_row(row)


def read_relations(
    conn: sqlite3.Connection, doc_id: int, states: Iterable[str] | None = VISIBLE_STATES
) -> list[Relation]:
    """Relations of a document in `states` (None: every state, rejected included)."""
    wanted = list(states) if states is not None else ["accepted", "pending", "rejected"]
    marks = ", ".join("?" for _ in wanted)
    rows = conn.execute(
        f"SELECT {RELATION_COLUMNS} FROM relations WHERE doc_id = ? AND state IN ({marks}) "
        "ORDER BY id",
        (doc_id, *wanted),
    ).fetchall()
    return [relation_from_row(row) for row in rows]


def read_relation(conn: sqlite3.Connection, relation_id: int) -> Relation:
    row = conn.execute(
        f"SELECT {RELATION_COLUMNS} FROM relations WHERE id = ?", (relation_id,)
    ).fetchone()
    if row is None:
        raise OperationError(
            "relation {relation_id} does not exist (it may have been deleted)",
            relation_id=relation_id,
        )
    return relation_from_row(row)


def relations_touching(conn: sqlite3.Connection, span_ids: list[int]) -> list[Relation]:
    """Relations whose head or tail is one of `span_ids` (taken along by a delete)."""
    found: dict[int, Relation] = {}
    for i in range(0, len(span_ids), 400):
        part = span_ids[i : i + 400]
        marks = ", ".join("?" for _ in part)
        for row in conn.execute(
            f"SELECT {RELATION_COLUMNS} FROM relations WHERE head IN ({marks}) "
            f"UNION SELECT {RELATION_COLUMNS} FROM relations WHERE tail IN ({marks})",
            [*part, *part],
        ):
            found[row[0]] = relation_from_row(row)
    return [found[key] for key in sorted(found)]


def read_stats(conn: sqlite3.Connection) -> dict[str, Any]:
    by_status = dict(conn.execute("SELECT status, count(*) FROM documents GROUP BY status"))
    labels = _counts_by_state(conn, "annotations", "label")
    return {
        "documents": sum(by_status.values()),
        "by_status": by_status,
        "labels": labels,
        "annotators": [row[0] for row in conn.execute("SELECT name FROM annotators ORDER BY id")],
        "relations": dict(
            conn.execute(
                "SELECT type, count(*) FROM relations WHERE state = 'accepted' GROUP BY type"
            )
        ),
        "relation_states": dict(
            conn.execute("SELECT state, count(*) FROM relations GROUP BY state")
        ),
        "relation_types": _counts_by_state(conn, "relations", "type"),
    }


def _counts_by_state(conn: sqlite3.Connection, table: str, column: str) -> dict[str, dict]:
    """{value of `column`: {state: count}}, so pending suggestions are counted, not hidden."""
    counts: dict[str, dict[str, int]] = {}
    for value, state, count in conn.execute(
        f"SELECT {column}, state, count(*) FROM {table} GROUP BY {column}, state"
    ):
        counts.setdefault(value, {})[state] = count
    return counts
