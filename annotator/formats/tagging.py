"""Token tagging schemes (IOB2, BIOES, IOB1): spans to tags, tags to spans, detection."""

from __future__ import annotations

import re
from collections.abc import Sequence

IOB2 = "iob2"
BIOES = "bioes"
IOB1 = "iob1"
SCHEMES = (IOB2, BIOES)

# A tag column looks like this: O, or a one-letter prefix, a dash and a label.
TAG_SHAPE = re.compile(r"^(?:O|[BIESLU]-\S+)$")


def is_tag(value: str) -> bool:
    return bool(TAG_SHAPE.match(value))


def encode(length: int, chunks: Sequence[tuple[int, int, str]], scheme: str = IOB2) -> list[str]:
    """Tags for `length` tokens; chunks are non-overlapping (first, last+1, label) token ranges."""
    tags = ["O"] * length
    for first, stop, label in chunks:
        if scheme == BIOES and stop - first == 1:
            tags[first] = f"S-{label}"
            continue
        tags[first] = f"B-{label}"
        for i in range(first + 1, stop):
            tags[i] = f"I-{label}"
        if scheme == BIOES:
            tags[stop - 1] = f"E-{label}"
    return tags


def detect(tags: Sequence[str]) -> str:
    """The scheme a tag sequence was written in: bioes, iob1 or iob2."""
    prefixes = {t[0] for t in tags if t != "O"}
    if prefixes & {"E", "S", "L", "U"}:
        return BIOES
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            return IOB1
        previous = tag
    return IOB2


def decode(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last+1, label) chunks of any of the three schemes, read leniently.

    B or S always starts a chunk; I continues a chunk of the same label and
    otherwise starts one (IOB1); E and S close it. BILOU's L and U count as E
    and S.
    """
    chunks: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate(tags):
        prefix, _, name = tag.partition("-")
        if tag == "O" or not name:
            if start >= 0:
                chunks.append((start, i, label))
            start = -1
            continue
        continues = start >= 0 and name == label and prefix in ("I", "E", "L")
        if not continues:
            if start >= 0:
                chunks.append((start, i, label))
            start, label = i, name
        if prefix in ("E", "S", "L", "U"):
            chunks.append((start, i + 1, label))
            start = -1
    if start >= 0:
        chunks.append((start, len(tags), label))
    return chunks
