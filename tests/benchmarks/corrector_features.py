"""Features of one proposed span, and of the other extents it could take.

A proposal is described by what generalises across articles rather than by
its surface: its label and suggester, its first and last syllables and
their shapes, the syllables around it, its length, whether the same surface
is proposed with the same label elsewhere in the article, and the labels of
the proposals touching it. An alternative extent (the span grown or cut by a
few syllables at one end) is described by what it adds or removes: how many
syllables, their shapes and punctuation, the syllable at its new edge and
the one beyond it, and the proposals it swallows.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from annotator.core.syllables import syllable_table
from annotator.nlp.crf.features import shape
from tests.benchmarks.corrector_sets import Proposal

# How far an alternative extent may move the start (left) or the end (right),
# in syllable tokens: measured on the blind-time errors, the gold extent of a
# mis-bounded proposal is its end moved 1 to 8 tokens right in most cases.
START_MOVES = range(-6, 3)
END_MOVES = range(-3, 9)
_EDGE_OPENERS = ("(", "“", '"')
_EDGE_CLOSERS = (")", "”", '"')


@dataclass
class Tokens:
    """An article's syllable tokens (strings and start offsets) and its proposals."""

    text: str
    forms: list[str]
    starts: list[int]
    proposed: list[Proposal]

    @classmethod
    def of(cls, text: str, proposed: list[Proposal]) -> Tokens:
        forms, starts = syllable_table(text)
        return cls(text, forms, starts, sorted(proposed))

    def index(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def low(self, j: int) -> str:
        return self.forms[j].lower() if 0 <= j < len(self.forms) else "<edge>"

    def shape(self, j: int) -> str:
        return shape(self.forms[j])[0] if 0 <= j < len(self.forms) else "B"

    def end_of(self, j: int) -> int:
        return self.starts[j] + len(self.forms[j])


def span_features(tokens: Tokens, i: int) -> list[str]:
    """What the keep/drop and relabel models see of proposal i."""
    start, end, label, suggester, _ = tokens.proposed[i]
    a, b = tokens.index(start), max(tokens.index(end), tokens.index(start) + 1)
    n = b - a
    f = [f"L={label}", f"L={label}|sug={suggester}", f"L={label}|n={min(n, 6)}"]
    f += [f"L={label}|first={tokens.low(a)}", f"L={label}|last={tokens.low(b - 1)}"]
    f += [f"L={label}|fsh={tokens.shape(a)}", f"L={label}|lsh={tokens.shape(b - 1)}"]
    f.append(f"L={label}|pat={''.join(tokens.shape(j) for j in range(a, b))[:4]}")
    f += [f"L={label}|p1={tokens.low(a - 1)}", f"L={label}|n1={tokens.low(b)}"]
    f += [f"L={label}|p2={tokens.low(a - 2)} {tokens.low(a - 1)}"]
    f += [f"L={label}|n2={tokens.low(b)} {tokens.low(b + 1)}"]
    f += [f"L={label}|p1sh={tokens.shape(a - 1)}", f"L={label}|n1sh={tokens.shape(b)}"]
    return f + _context_features(tokens, i)


def _context_features(tokens: Tokens, i: int) -> list[str]:
    """Repeats of the surface in the article and the proposals touching this one."""
    start, end, label = tokens.proposed[i][:3]
    text, proposed = tokens.text, tokens.proposed
    surface = text[start:end]
    same = sum(1 for x in proposed if x[2] == label and text[x[0] : x[1]] == surface)
    f = [f"L={label}|rep={min(same, 3)}", f"L={label}|bare={min(text.count(surface) - same, 2)}"]
    if i > 0 and start - proposed[i - 1][1] <= 3:
        f.append(f"L={label}|prevspan={proposed[i - 1][2]}")
    if i + 1 < len(proposed) and proposed[i + 1][0] - end <= 3:
        f.append(f"L={label}|nextspan={proposed[i + 1][2]}")
    if text.rfind("\n", 0, start) < 0:
        f.append(f"L={label}|title")
    return f


@dataclass(frozen=True)
class Extent:
    """An alternative extent of a proposal: tokens [a, b), offsets [start, end)."""

    start_move: int
    end_move: int
    a: int
    b: int
    start: int
    end: int

    @property
    def unchanged(self) -> bool:
        return self.start_move == 0 and self.end_move == 0


def extents(tokens: Tokens, i: int) -> list[Extent]:
    """The proposal's own extent and those one end moved, inside its line, edges on words."""
    start, end = tokens.proposed[i][:2]
    a, b = tokens.index(start), tokens.index(end)
    if b <= a:
        return []
    line_start = tokens.text.rfind("\n", 0, start) + 1
    line_end = tokens.text.find("\n", end)
    line_end = len(tokens.text) if line_end < 0 else line_end
    out = []
    moves = [(m, 0) for m in START_MOVES] + [(0, m) for m in END_MOVES if m]
    for left, right in moves:
        na, nb = a + left, b + right
        if na < 0 or nb > len(tokens.forms) or nb <= na:
            continue
        first, last = tokens.forms[na], tokens.forms[nb - 1]
        if not (first[:1].isalnum() or first in _EDGE_OPENERS):
            continue
        if not (last[:1].isalnum() or last in _EDGE_CLOSERS):
            continue
        new_start, new_end = tokens.starts[na], tokens.end_of(nb - 1)
        if line_start <= new_start and new_end <= line_end:
            out.append(Extent(left, right, na, nb, new_start, new_end))
    return out


def extent_features(tokens: Tokens, i: int, x: Extent) -> list[str]:
    """What the extent model sees of one alternative (or of the proposal's own extent)."""
    start, end, label = tokens.proposed[i][:3]
    a, b = tokens.index(start), tokens.index(end)
    if x.unchanged:
        return [
            f"L={label}|own",
            f"L={label}|own|first={tokens.low(a)}",
            f"L={label}|own|last={tokens.low(b - 1)}",
            f"L={label}|own|p1={tokens.low(a - 1)}",
            f"L={label}|own|n1={tokens.low(b)}",
            f"L={label}|own|p1sh={tokens.shape(a - 1)}",
            f"L={label}|own|n1sh={tokens.shape(b)}",
            f"L={label}|own|n={min(b - a, 5)}",
        ]
    side = "R" if x.end_move else "L"
    move = x.end_move or x.start_move
    grows = move > 0 if side == "R" else move < 0
    f = [f"L={label}|{side}|move={move}", f"{side}|move={move}"]
    if grows:
        return f + _growth_features(tokens, i, x, side)
    return f + _cut_features(tokens, i, x, side)


def _growth_features(tokens: Tokens, i: int, x: Extent, side: str) -> list[str]:
    start, end, label = tokens.proposed[i][:3]
    a, b = tokens.index(start), tokens.index(end)
    added = range(b, x.b) if side == "R" else range(x.a, a)
    forms = [tokens.forms[j] for j in added]
    pattern = "".join(tokens.shape(j) for j in added)[:5]
    inner, edge, beyond = (b, x.b - 1, x.b) if side == "R" else (a - 1, x.a, x.a - 1)
    punct = "".join(sorted({t for t in forms if not t[:1].isalnum()}))
    swallowed = [
        p[2] for k, p in enumerate(tokens.proposed) if k != i and p[0] < x.end and x.start < p[1]
    ]
    f = [f"L={label}|{side}|grow|pat={pattern}", f"{side}|grow|pat={pattern}"]
    f += [f"L={label}|{side}|grow|inner={tokens.low(inner)}"]
    f += [f"L={label}|{side}|grow|edge={tokens.low(edge)}"]
    f += [f"L={label}|{side}|grow|beyond={tokens.low(beyond)}"]
    f += [f"{side}|grow|beyondsh={tokens.shape(beyond)}"]
    f += [f"L={label}|{side}|grow|beyondsh={tokens.shape(beyond)}"]
    f += [f"L={label}|{side}|grow|own={tokens.low(b - 1 if side == 'R' else a)}"]
    f += [f"L={label}|{side}|grow|punct={punct}", f"{side}|grow|punct={punct}"]
    f.append(f"L={label}|{side}|swallows={'+'.join(swallowed[:2])}")
    if all(t[:1].isupper() or not t[:1].isalnum() for t in forms):
        f.append(f"L={label}|{side}|grow|capitals")
    if all(t[:1].islower() for t in forms):
        f.append(f"L={label}|{side}|grow|lower")
    if "(" in forms and ")" not in forms:
        f.append(f"{side}|grow|open-bracket")
    return f


def _cut_features(tokens: Tokens, i: int, x: Extent, side: str) -> list[str]:
    start, end, label = tokens.proposed[i][:3]
    a, b = tokens.index(start), tokens.index(end)
    removed = range(x.b, b) if side == "R" else range(a, x.a)
    forms = [tokens.forms[j] for j in removed]
    pattern = "".join(tokens.shape(j) for j in removed)[:5]
    edge = x.b - 1 if side == "R" else x.a
    punct = "".join(sorted({t for t in forms if not t[:1].isalnum()}))
    return [
        f"L={label}|{side}|cut|pat={pattern}",
        f"L={label}|{side}|cut|first={forms[0].lower()}",
        f"L={label}|{side}|cut|last={forms[-1].lower()}",
        f"L={label}|{side}|cut|edge={tokens.low(edge)}",
        f"L={label}|{side}|cut|punct={punct}",
    ]
