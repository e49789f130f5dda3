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
# A spreadsheet runs a cell starting with one of these as a formula, also
# after leading spaces, and also in their fullwidth forms (which some
# spreadsheets fold to the ASCII ones).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00", "＝", "＋", "－", "＠")


# Skipped before looking at the first character: whitespace and invisible marks.
_LEADING = " \t\r\n\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"


def defuse(value: str) -> str:
    """Prefix a cell a spreadsheet would evaluate with a quote, so it stays text."""
    if value.startswith(FORMULA_STARTS) or value.lstrip(_LEADING).startswith(FORMULA_STARTS):
        return "'" + value
    return value


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
