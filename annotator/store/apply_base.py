"""What every operation handler shares: its context and the checks of values it writes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError, SchemaError

if TYPE_CHECKING:  # opening a project (and bulk imports) do without the operation classes
    from annotator.core.operations import Operation

Result = tuple[ChangeSet, "Operation"]


@dataclass(frozen=True)
class ApplyContext:
    """What every operation needs: the connection, who acts, and when."""

    conn: sqlite3.Connection
    annotator: str
    now: float


def ensure_annotator(conn: sqlite3.Connection, name: str, now: float) -> None:
    conn.execute("INSERT OR IGNORE INTO annotators (name, created) VALUES (?, ?)", (name, now))


def doc_length(conn: sqlite3.Connection, doc_id: int) -> int:
    row = conn.execute("SELECT length FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise OperationError("document {doc_id} does not exist in this project", doc_id=doc_id)
    return int(row[0])


def check_label(conn: sqlite3.Connection, label: str) -> None:
    if conn.execute("SELECT 1 FROM labels WHERE name = ?", (label,)).fetchone() is None:
        names = [row[0] for row in conn.execute("SELECT name FROM labels ORDER BY ord")]
        raise SchemaError(
            "unknown label {label!r}; the schema has {names}", label=label, names=names
        )


def check_value(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise OperationError(
            "{what} {value!r} is not one of {allowed}",
            what=what,
            value=value,
            allowed=list(allowed),
        )
