"""Source tokens packed for the project file: offsets as arrays, the rest as small JSON.

A corpus of a million tokens must not cost a million rows: each document's
tokens are one row of `document_tokens`, with token starts, ends and
sentence starts as arrays of four-byte little-endian integers, and the rare
parts (forms that differ from the text, tags kept as the file wrote them)
as JSON. Extra cells (POS, chunk) repeat a few values endlessly and are
stored compressed.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from annotator.core.source_tokens import Layout, SourceTokens, TagOverride

_OFFSET = "I" if array("I").itemsize == 4 else "L"
INSERT = (
    "INSERT INTO document_tokens (doc_id, layout, starts, ends, sentences, forms, extra, "
    "overrides) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
SELECT = (
    "SELECT doc_id, layout, starts, ends, sentences, forms, extra, overrides "
    "FROM document_tokens WHERE doc_id IN ({marks})"
)


def _pack_offsets(values: Sequence[int]) -> bytes:
    data = array(_OFFSET, values)
    if sys.byteorder == "big":
        data.byteswap()
    return data.tobytes()


def _unpack_offsets(data: bytes) -> tuple[int, ...]:
    values = array(_OFFSET)
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return tuple(values)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def pack(doc_id: int, tokens: SourceTokens) -> tuple[object, ...]:
    """The row of `document_tokens` for one document."""
    layout = asdict(tokens.layout)
    extra = zlib.compress(_dumps(tokens.extra).encode("utf-8")) if tokens.extra else None
    return (
        doc_id,
        _dumps(layout),
        _pack_offsets(tokens.starts),
        _pack_offsets(tokens.ends),
        _pack_offsets(tokens.sentences),
        _dumps(tokens.forms),
        extra,
        _dumps([[o.column, o.token, o.expected, o.written] for o in tokens.overrides]),
    )


def unpack(row: Sequence[Any]) -> SourceTokens:
    """A row of `document_tokens` (without its doc_id) as SourceTokens."""
    layout_json, starts, ends, sentences, forms, extra, overrides = row
    fields = json.loads(layout_json)
    for key in ("labels", "details"):
        fields[key] = tuple(tuple(pair) for pair in fields.get(key, ()))
    known = Layout.__dataclass_fields__
    layout = Layout(**{k: v for k, v in fields.items() if k in known})
    cells = json.loads(zlib.decompress(extra).decode("utf-8")) if extra else ()
    return SourceTokens(
        layout=layout,
        starts=_unpack_offsets(starts),
        ends=_unpack_offsets(ends),
        sentences=_unpack_offsets(sentences),
        forms=tuple((int(i), str(f)) for i, f in json.loads(forms)),
        extra=tuple(tuple(c) for c in cells),
        overrides=tuple(TagOverride(*o) for o in json.loads(overrides)),
    )


def read_tokens(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, SourceTokens]:
    """The source tokens of the documents of `ids` that have them."""
    marks = ", ".join("?" for _ in ids)
    return {row[0]: unpack(row[1:]) for row in conn.execute(SELECT.format(marks=marks), ids)}


def has_table(conn: sqlite3.Connection) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_tokens'"
    return conn.execute(query).fetchone() is not None
