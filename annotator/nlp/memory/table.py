"""The memory's table: what the project's worked documents labelled, left bare and rejected, per surface.

A surface is the tuple of its syllables' matching keys (`fold_key`: NFC,
tone placement folded, Đ lookalikes unified, casefolded), cut as the
consistency check cuts them (`annotator.core.syllables.syllable_table`),
so `TỈNH ỦY`, `Tỉnh uỷ` and `tỉnh ủy` are one surface and a surface only
ever matches whole syllables: `Nam` is never found inside `Namibia`.

Three counts are kept per surface, because the measurement needs all three
(tests/benchmarks/test_memory_left_out.py):

- `labels`: accepted spans of that surface, per label;
- `bare`: occurrences in worked documents that no span touches (the user
  read them and left them unmarked; an occurrence inside a longer span is
  part of that span, not bare);
- `rejected`: suggestions at exactly that surface the user rejected, per label.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from annotator.core.syllables import syllable_table
from annotator.core.vietnamese import fold_key

Keys = tuple[str, ...]
# (start, end, label): code points into the NFC text.
Marked = tuple[int, int, str]


@dataclass
class Entry:
    """The counts of one surface."""

    labels: Counter[str] = field(default_factory=Counter)
    bare: int = 0
    rejected: Counter[str] = field(default_factory=Counter)

    @property
    def labelled(self) -> int:
        return sum(self.labels.values())


@dataclass(frozen=True)
class Keyed:
    """A text cut into syllables: their keys, starts and ends (code points)."""

    keys: list[str]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> Keyed:
        forms, starts = syllable_table(text)
        ends = [s + len(f) for s, f in zip(starts, forms, strict=True)]
        return cls([_syllable_key(f) for f in forms], starts, ends)

    def surface(self, start: int, end: int) -> Keys:
        """The keys of the syllables wholly inside [start, end)."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.starts) and self.ends[i] <= end:
            out.append(self.keys[i])
            i += 1
        return tuple(out)


@lru_cache(maxsize=1 << 16)
def _syllable_key(form: str) -> str:
    """`fold_key` of one syllable, remembered: a language has a few thousand
    syllable forms and a large project repeats them millions of times, so
    folding each occurrence again was over a third of a table's build."""
    return fold_key(form)


def surface_keys(text: str) -> Keys:
    """The matching keys of a surface written alone (a span's text)."""
    return tuple(Keyed.of(text).keys)


@dataclass
class MemoryTable:
    """Surfaces and their counts; `by_first` finds the candidates at a syllable, longest first.

    `by_first` maps a first syllable to the lengths of the surfaces that start
    with it, longest first, each with the set of those surfaces: one slice of
    the text per length is looked up, instead of one comparison per surface
    (a common first syllable such as `ủy` or `bộ` starts hundreds).
    """

    entries: dict[Keys, Entry] = field(default_factory=dict)
    by_first: dict[str, list[tuple[int, set[Keys]]]] = field(default_factory=dict)

    def longest_first(self) -> None:
        index: dict[str, dict[int, set[Keys]]] = defaultdict(dict)
        for keys in self.entries:
            index[keys[0]].setdefault(len(keys), set()).add(keys)
        self.by_first = {
            first: sorted(by_length.items(), reverse=True) for first, by_length in index.items()
        }

    def matches(self, keyed: Keyed, i: int) -> list[Keys]:
        """The known surfaces that start at syllable i of a text, longest first."""
        out = []
        keys = keyed.keys
        for n, surfaces in self.by_first.get(keys[i], ()):
            candidate = tuple(keys[i : i + n])
            if candidate in surfaces:
                out.append(candidate)
        return out


@dataclass(frozen=True)
class Worked:
    """One worked document: its text and the spans the user accepted in it."""

    text: str
    spans: tuple[Marked, ...]


@dataclass(frozen=True)
class Rejection:
    """A suggestion the user rejected: the text it was in and its place and label."""

    text: str
    span: Marked


def build_table(worked: Iterable[Worked], rejections: Iterable[Rejection] = ()) -> MemoryTable:
    """The table of the worked documents (two passes: labelled surfaces, then bare ones)."""
    table = MemoryTable()
    documents = [(w, Keyed.of(w.text)) for w in worked]
    for w, keyed in documents:
        for start, end, label in w.spans:
            keys = keyed.surface(start, end)
            if keys and any(ch.isalpha() for ch in w.text[start:end]):
                table.entries.setdefault(keys, Entry()).labels[label] += 1
    table.longest_first()
    for w, keyed in documents:
        _count_bare(table, keyed, w.spans)
    for r in rejections:
        keys = surface_keys(r.text[r.span[0] : r.span[1]])
        if keys:
            table.entries.setdefault(keys, Entry()).rejected[r.span[2]] += 1
    table.longest_first()
    return table


def _count_bare(table: MemoryTable, keyed: Keyed, spans: tuple[Marked, ...]) -> None:
    """Count the occurrences of known surfaces that no span of the document touches.

    An occurrence [start, end) is touched when a span starting before `end`
    ends after `start`: the furthest end among the spans starting before
    `end` (a running maximum over the spans sorted by start) says it at once.
    """
    places = sorted((s, e) for s, e, _ in spans)
    span_starts = [s for s, _ in places]
    furthest_end = [0, *accumulate((e for _, e in places), max)]
    for i in range(len(keyed.keys)):
        for candidate in table.matches(keyed, i):
            start, end = keyed.starts[i], keyed.ends[i + len(candidate) - 1]
            if furthest_end[bisect_left(span_starts, end)] <= start:
                table.entries[candidate].bare += 1
