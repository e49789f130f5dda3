"""The registry's files: CSV tables for people and their posts, JSONL for entity linking.

Write-only, like the entity CSV: the registry lives in the project, these
files carry it to a spreadsheet or a training script. CSV cells a
spreadsheet would run as a formula are defused; UTF-8 with a byte-order
mark so spreadsheets detect it. JSONL is UTF-8 without ASCII escapes, one
object per line, keys in a fixed order.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from annotator.formats.csv_entities import defuse

PERSONS = ("entity_id", "name", "variants", "mentions", "documents", "posts")
ORGANISATIONS = ("entity_id", "name", "variants", "mentions", "documents")
MENTIONS = (
    "mention_id",
    "entity_id",
    "entity_type",
    "entity",
    "document",
    "title",
    "start",
    "end",
    "text",
    "link",
    "state",
)
ROLES = (
    "person_id",
    "person",
    "role_text",
    "post",
    "body",
    "first_date",
    "last_date",
    "documents",
    "evidence",
    "source",
    "accepted",
)
# One line of the entity-linking dataset: a mention in its context and its entity.
LINK_KEYS = (
    "mention_id",
    "document",
    "start",
    "end",
    "mention",
    "context_left",
    "context_right",
    "label",
    "entity_id",
    "entity",
    "entity_type",
    "link",
    "state",
)
ENTITY_KEYS = ("entity_id", "entity_type", "name", "names", "mentions")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return defuse(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


class _Output:
    """A file being written item by item; `count` items so far; a context manager."""

    def __init__(self, path: Path, encoding: str) -> None:
        self.path, self.count = path, 0
        self._handle = path.open(
            "w", encoding=encoding, newline="" if encoding != "utf-8" else "\n"
        )

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class CsvTable(_Output):
    """A CSV file written row by row, header first."""

    def __init__(self, path: Path, header: Sequence[str]) -> None:
        super().__init__(path, "utf-8-sig")
        self.header = tuple(header)
        self._out = csv.writer(self._handle)
        self._out.writerow(self.header)

    def write(self, row: Sequence[Any]) -> None:
        if len(row) != len(self.header):
            raise ValueError(
                f"a row of {self.path.name} has {len(row)} cells for {len(self.header)}"
            )
        self._out.writerow([_cell(v) for v in row])
        self.count += 1


class JsonLines(_Output):
    """A JSONL file written object by object, with exactly `keys` in that order."""

    def __init__(self, path: Path, keys: Sequence[str]) -> None:
        super().__init__(path, "utf-8")
        self.keys = tuple(keys)

    def write(self, record: dict[str, Any]) -> None:
        ordered = {key: record[key] for key in self.keys}
        self._handle.write(json.dumps(ordered, ensure_ascii=False) + "\n")
        self.count += 1


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """A whole table; returns how many rows were written."""
    with CsvTable(path, header) as table:
        for row in rows:
            table.write(row)
    return table.count


def write_jsonl(path: Path, keys: Sequence[str], records: Iterable[dict[str, Any]]) -> int:
    """A whole JSONL file; returns the line count."""
    with JsonLines(path, keys) as lines:
        for record in records:
            lines.write(record)
    return lines.count
