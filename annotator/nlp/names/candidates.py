"""Name-shaped stretches of a text: the spans the name classifier is asked about.

A candidate is read from the text alone, never from what a suggester found:
a run of capitalised words (`Le Figaro`, `Vệ binh Chechnya` counts its
capitalised words only), any stretch of such a run (`Pháp Le Figaro` holds
`Le Figaro`), and a run led by a lower-case head the gold writes inside
names (`lực lượng`, `quân đội`, `châu`), where the model is given those heads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A word: letters and digits, with the dots, hyphens, ampersands and
# apostrophes that join names inside it (`TP.HCM`, `Lenta.ru`, `Co.opMart`).
WORD = re.compile(r"\w+(?:[.&'’\-]\w+)*")
# The longest stretch of a run offered as one candidate, in words.
MAX_WORDS = 6


@dataclass(frozen=True)
class Word:
    """One word of the text with its code-point offsets."""

    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True)
class Candidate:
    """A stretch of words `words[first:last]` that may name an entity."""

    first: int
    last: int
    start: int
    end: int
    # Words of the stretch that are a lower-case head before the capitals.
    head: int = 0
    # Whether the stretch begins or ends where its capitalised run does.
    run_start: bool = True
    run_end: bool = True


def words_of(text: str) -> list[Word]:
    """The words of text, in order."""
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def capital_runs(text: str, words: Sequence[Word]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words joined by single spaces, as word ranges."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not words[i].capitalised:
            i += 1
            continue
        j = i + 1
        while (
            j < len(words)
            and words[j].capitalised
            and text[words[j - 1].end : words[j].start] == " "
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def candidates(
    text: str, words: Sequence[Word], heads: Iterable[tuple[str, ...]] = ()
) -> list[Candidate]:
    """Every candidate stretch of text: stretches of capitalised runs, and headed runs."""
    out: list[Candidate] = []
    known = set(heads)
    lengths = sorted({len(h) for h in known}, reverse=True)
    for lo, hi in capital_runs(text, words):
        for i in range(lo, hi):
            for j in range(i + 1, min(hi, i + MAX_WORDS) + 1):
                out.append(_stretch(words, i, j, run_start=i == lo, run_end=j == hi))
        size = _head_before(text, words, lo, known, lengths)
        for j in range(lo + 1, min(hi, lo + MAX_WORDS) + 1) if size else ():
            k = lo - size
            out.append(Candidate(k, j, words[k].start, words[j - 1].end, size, True, j == hi))
    return out


def _stretch(words: Sequence[Word], i: int, j: int, *, run_start: bool, run_end: bool) -> Candidate:
    return Candidate(i, j, words[i].start, words[j - 1].end, 0, run_start, run_end)


def _head_before(
    text: str, words: Sequence[Word], lo: int, heads: set[tuple[str, ...]], lengths: list[int]
) -> int:
    """The length in words of the longest known head right before word `lo` (0: none)."""
    for size in lengths:
        k = lo - size
        if k < 0 or tuple(w.text.lower() for w in words[k:lo]) not in heads:
            continue
        if all(text[words[x].end : words[x + 1].start] == " " for x in range(k, lo)):
            return size
    return 0
