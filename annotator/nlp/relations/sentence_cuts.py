"""Which sentence each character of a text is in: relations are looked for inside one.

A line is cut at each sentence end followed by a capital or a digit, and after
a dateline (`(NLĐ)- Ngày 16-1, ...`), which opens the body on the title's line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SENTENCE_END = re.compile(r"[.!?…]+[\"”')]*\s+(?=[\"“'(]*[A-ZĐÀ-Ỹ0-9])")
# A dateline opens the body on the title's line: "... Hàn Quốc (NLĐ)- Ngày 16-1, tại ...".
_DATELINE = re.compile(r"\((?:[A-ZĐ][\w.]{0,9})\)\s*[-–]\s*")


def sentence_ids(text: str) -> list[int]:
    """A sentence number for every character: lines split, then sentence ends."""
    ids = [0] * (len(text) + 1)
    start = 0
    cuts = sorted(
        {m.end() for m in _SENTENCE_END.finditer(text) if _opens_sentence(text, m.end())}
        | {m.end() for m in _DATELINE.finditer(text)}
        | {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    )
    for number, cut in enumerate([*cuts, len(text) + 1]):
        for i in range(start, min(cut, len(text) + 1)):
            ids[i] = number
        start = cut
    return ids


def _opens_sentence(text: str, i: int) -> bool:
    """A capital or a digit opens the next sentence (`À-Ỹ` in a class spans small letters
    too: `cơ sở... đã tham dự` goes on)."""
    while i < len(text) and text[i] in "\"“'(":
        i += 1  # read in place: a copy of the rest at every sentence end is quadratic
    return i < len(text) and (text[i].isupper() or text[i].isdigit())


def sentence_starts(sentence: Sequence[int]) -> list[int]:
    """Where each sentence number starts, from `sentence_ids`: one pass, then a look-up."""
    starts = [0]
    for i in range(1, len(sentence)):
        if sentence[i] != sentence[i - 1]:
            starts.append(i)
    return starts


def sentence_bounds(sentence: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Where each sentence number starts and stops, from `sentence_ids`: one pass."""
    bounds: dict[int, tuple[int, int]] = {}
    start = 0
    for i in range(1, len(sentence) + 1):
        if i == len(sentence) or sentence[i] != sentence[i - 1]:
            bounds[sentence[start]] = (start, i)
            start = i
    return bounds
