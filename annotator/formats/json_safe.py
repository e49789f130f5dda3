"""Parsing JSON from files with a nesting limit, so a hostile or broken file is refused with a reason.

Python's parser raises RecursionError on JSON nested about a thousand
levels deep, and values a little shallower than that break later, when the
document's metadata is written back as JSON. No real annotation needs more
than a few levels, so anything deeper than `MAX_DEPTH` is refused up front,
as a reason attached to that file or record; the rest of the import goes on.
"""

from __future__ import annotations

import json
import re
from typing import Any

from annotator.core.errors import ImportFailure

MAX_DEPTH = 100
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (strings ignored)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0  # cannot be deeper than the limit: not worth measuring
    deepest = level = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        if bracket in "[{":
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


def loads(text: str) -> Any:
    """`json.loads`, refusing (ImportFailure) values nested deeper than MAX_DEPTH."""
    levels = depth(text)
    if levels > MAX_DEPTH:
        raise ImportFailure(
            "JSON nested {levels} levels deep, over the limit of {limit}; it was not read",
            levels=levels,
            limit=MAX_DEPTH,
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise not_valid(exc) from None
    except RecursionError:
        raise ImportFailure(
            "JSON nested too deeply (over {levels} levels)", levels=MAX_DEPTH
        ) from None


def not_valid(exc: json.JSONDecodeError) -> ImportFailure:
    """Where the JSON breaks, said in the interface language.

    Python's own wording ("Expecting property name enclosed in double quotes")
    is English the window cannot translate; the place is what a linguist needs
    to open the file and mend it.
    """
    if exc.lineno == 1:
        return ImportFailure("not valid JSON (broken at column {column})", column=exc.colno)
    return ImportFailure(
        "not valid JSON (broken at line {line}, column {column})",
        line=exc.lineno,
        column=exc.colno,
    )
