"""CSV of entities for spreadsheet users: one row per span, guarded against formula injection.

Write-only: a list of entities cannot rebuild the articles they came from.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from annotator.formats.registry import Writer, register_writer
from annotator.formats.tokens import Split, WriteOptions

NAME = "csv"
HEADER = ("document", "title", "surface", "label", "start", "end", "annotator")
# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00")


def defuse(value: str) -> str:
    """Prefix a cell a spreadsheet would evaluate with a quote, so it stays text."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write(splits: Iterable[Split], *, directory: Path, options: WriteOptions) -> list[Path]:
    """One `<split>.csv` per split, UTF-8 with a byte-order mark so spreadsheets detect it."""
    written = []
    for split, docs in splits:
        path = directory / f"{split}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(HEADER)
            for doc in docs:
                for span in doc.spans:
                    surface = doc.text[span.start : span.end]
                    out.writerow(
                        (
                            defuse(doc.key),
                            defuse(doc.title),
                            defuse(surface),
                            defuse(span.label),
                            span.start,
                            span.end,
                            defuse(span.annotator),
                        )
                    )
        written.append(path)
    return written


register_writer(
    Writer(
        name=NAME,
        extensions=(".csv",),
        write=write,
        description="CSV of entities (document, surface, label, offsets, annotator)",
    )
)
