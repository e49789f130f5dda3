"""Applying the memory to a text: its spans, and how they meet the suggestions already made.

A surface qualifies when the user labelled it at least `min_count` times and
its label's share of all its occurrences in worked documents (labelled with
any label, or left bare) is at least `min_ratio`. The confidence a memory
span carries is that share smoothed with one hit and one miss added,
`(n + 1) / (total + 2)`, as the rules' precision is
(resources/suggest/README.md): two labels out of two is 0.75, not 1.

The choices and their figures are in docs/memory.md, measured by
tests/benchmarks/test_memory_left_out.py on the once-blind sets in the order
they were annotated. In short: extending a suggestion to a remembered
longer name and holding back what was rejected twice gained on ten of the
eleven sets; filling bare text brought back lower-case words folded onto
names and common event nouns and lost on the later sets; relabelling gained
on one set and lost on another. The extend-and-hold-back policy
(`annotator.app.suggest.memory.CANDIDATE`) runs by default since news14
confirmed it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.nlp.base import Suggestion
from annotator.nlp.memory.table import Entry, Keyed, MemoryTable, surface_keys

MEMORY = "memory"


@dataclass(frozen=True)
class Policy:
    """Which surfaces qualify and what the memory may do to the other suggestions.

    fill: add a memory span where no suggestion overlaps it.
    extend: a memory span that holds one or more suggestions whole replaces them.
    relabel: a suggestion at exactly a memory span's extent takes its label.
    hold_back: drop a suggestion whose surface the user rejected with its label
        at least this many times and never accepted with it (0: never).
    """

    min_count: int = 2
    min_ratio: float = 0.6
    min_syllables: int = 2
    fill: bool = True
    extend: bool = True
    relabel: bool = False
    hold_back: int = 0


def qualified_label(entry: Entry, policy: Policy) -> tuple[str, float] | None:
    """The label a surface is remembered with and its smoothed share, or None."""
    if not entry.labels:
        return None
    label, n = entry.labels.most_common(1)[0]
    total = entry.labelled + entry.bare
    if n < policy.min_count or n < policy.min_ratio * total:
        return None
    return label, (n + 1) / (total + 2)


def recall(
    table: MemoryTable, text: str, policy: Policy, *, keyed: Keyed | None = None
) -> list[Suggestion]:
    """The memory's spans in a text: leftmost, then longest qualified surface, never overlapping.

    `keyed` is the text already cut (`Keyed.of(text)`), for a caller that recalls often.
    """
    if keyed is None:
        keyed = Keyed.of(text)
    out: list[Suggestion] = []
    i = 0
    while i < len(keyed.keys):
        found = _first_qualified(table, keyed, i, policy)
        if found is None:
            i += 1
            continue
        n, label, score = found
        out.append(Suggestion(keyed.starts[i], keyed.ends[i + n - 1], label, MEMORY, score))
        i += n
    return out


def _first_qualified(
    table: MemoryTable, keyed: Keyed, i: int, policy: Policy
) -> tuple[int, str, float] | None:
    for keys in table.matches(keyed, i):
        if len(keys) < policy.min_syllables:
            continue
        chosen = qualified_label(table.entries[keys], policy)
        if chosen is not None:
            return len(keys), chosen[0], chosen[1]
    return None


def apply_memory(
    table: MemoryTable,
    text: str,
    suggestions: Sequence[Suggestion],
    policy: Policy,
    *,
    recalled: Sequence[Suggestion] | None = None,
) -> list[Suggestion]:
    """The suggestions with the memory's applied: held back, relabelled, extended, filled.

    `recalled` is `recall(table, text, policy)` when the caller has it already.
    """
    kept = [s for s in suggestions if not holds_back(table, text, s, policy)]
    if recalled is None:
        recalled = recall(table, text, policy)
    for memory in recalled:
        kept = _meet(kept, memory, policy)
    return sorted(kept, key=lambda s: (s.start, s.end, s.label))


def holds_back(table: MemoryTable, text: str, s: Suggestion, policy: Policy) -> bool:
    """Whether the policy holds this suggestion back: its surface rejected with its label at
    least `policy.hold_back` times and never accepted with it.

    Also asked of suggestions already stored and still pending, which a
    second suggest run withdraws when the memory has learnt since.
    """
    if not policy.hold_back:
        return False
    entry = table.entries.get(surface_keys(text[s.start : s.end]))
    if entry is None:
        return False
    return entry.rejected[s.label] >= policy.hold_back and entry.labels[s.label] == 0


def _meet(kept: list[Suggestion], memory: Suggestion, policy: Policy) -> list[Suggestion]:
    """One memory span against the suggestions it overlaps."""
    overlapping = [s for s in kept if s.start < memory.end and memory.start < s.end]
    if not overlapping:
        return [*kept, memory] if policy.fill else kept
    same = [s for s in overlapping if (s.start, s.end) == (memory.start, memory.end)]
    if same:
        if policy.relabel and all(s.label != memory.label for s in same):
            return [s for s in kept if s not in same] + [memory]
        return kept
    inside = all(memory.start <= s.start and s.end <= memory.end for s in overlapping)
    if policy.extend and inside:
        return [s for s in kept if s not in overlapping] + [memory]
    return kept
