"""Token tagging schemes (IOB2, BIOES, IOB1): spans to tags, tags to spans, detection."""

from __future__ import annotations

import re
from collections.abc import Sequence

IOB2 = "iob2"
BIOES = "bioes"
IOB1 = "iob1"
SCHEMES = (IOB2, BIOES)
# IOB1 (CoNLL-2003's original scheme) is read, and written back for files that used it.
ALL_SCHEMES = (IOB2, BIOES, IOB1)

# A tag column looks like this: O, or a one-letter prefix, a dash and a label.
TAG_SHAPE = re.compile(r"^(?:O|[BIESLU]-\S+)$")


def is_tag(value: str) -> bool:
    return bool(TAG_SHAPE.match(value))


def encode(length: int, chunks: Sequence[tuple[int, int, str]], scheme: str = IOB2) -> list[str]:
    """Tags for `length` tokens; chunks are non-overlapping (first, last+1, label) token ranges."""
    tags = ["O"] * length
    if scheme == IOB1:
        return _encode_iob1(tags, chunks)
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


def _encode_iob1(tags: list[str], chunks: Sequence[tuple[int, int, str]]) -> list[str]:
    """IOB1: every token of a chunk is I-, except the first of a chunk that follows one of its label."""
    previous_stop, previous_label = -1, ""
    for first, stop, label in chunks:
        for i in range(first, stop):
            tags[i] = f"I-{label}"
        if first == previous_stop and label == previous_label:
            tags[first] = f"B-{label}"
        previous_stop, previous_label = stop, label
    return tags


def detect_scheme(tags: Sequence[str]) -> str:
    """The scheme most of a column follows: bioes, iob1 or iob2.

    Unlike `detect`, one stray `I-` after `O` in an IOB2 file (an annotation
    slip) does not make the file IOB1: chunk starts are counted, and the
    prefix most of them use decides.
    """
    starts_b = starts_i = 0
    previous = "O"
    for tag in tags:
        prefix = tag[:2]
        if prefix in ("E-", "S-", "L-", "U-"):
            return BIOES
        if prefix == "B-":
            starts_b += 1
        elif prefix == "I-" and (previous == "O" or previous[2:] != tag[2:]):
            starts_i += 1
        previous = tag if is_tag(tag) else "O"
    return IOB1 if starts_i > starts_b else IOB2


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
