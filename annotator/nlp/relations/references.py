"""A person named again by a pronoun in a later sentence of his line, for PARTICIPATES.

A sentence that names nobody may still tell what a person named just before it does
or undergoes: `Ông [Tiến] là tổng giám đốc … Sau đó, ông được [bổ nhiệm] …`, `Năm 2003,
ông ta bị cảnh sát Áo [khởi tố]`, `Tháng 5, người này bị Interpol [phát lệnh truy nã …]`,
`Việc [xét xử] ông đã ngừng lại`. The gold links the person's own PER span of the earlier
sentence to the event, on the same line only; such links were the commonest miss given
gold spans on the sets annotated last (four of news21-news25, eleven links).

`references` finds each such pronoun and the person it stands for. The caller reads the
pronoun as a stand-in PER span with the sentence's usual patterns, so the pronoun must
still be the subject, the object or the party of the event by the cues a name needs.

Resolved: `ông`, `bà` (alone or with `ta`, `này`, `ấy`) and `người này`, in a sentence
that names no one before them, to the person of the nearest earlier sentence of the same
line that names anyone (at most two sentences back): its only person, named once or more
(his last mention there), or its first person when he opens his clause (`Tại …, ông [Hồ]
sẽ gặp [A], [B]`).

Refused, no link rather than a wrong one: `ông`/`bà` before a capital (a name left
unmarked, `ông C.`), before a span, in a compound (`bà con`, `ông bà`, `ông chủ`) or
inside a span; a pronoun after a person named in its own sentence (it may stand for
him); an earlier sentence naming two people whose first does not open his clause (`xét xử
[A], người thân cận với [B]. Ông ta …`); a sentence with no
pronoun at all (a subject left out); a person his own mention calls `bà` for `ông`, or
the other way round; another line.

Plural words (`họ`, `các cán bộ này`) stand for every person of the earlier sentence
instead: `plural_references.py` finds them and their group, under the same refusals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from annotator.nlp.relations.layout import LabelledRange, Layout
from annotator.nlp.relations.plural_references import group_antecedent, plural_words


class _Found(Protocol):
    """A relation found by the sentence's patterns: indices into the spans it was given."""

    @property
    def head(self) -> int: ...

    @property
    def tail(self) -> int: ...


# The sentence's patterns of taking part: (text, spans, members) -> relations found.
Reader = Callable[[str, Sequence[LabelledRange], list[int]], Sequence[_Found]]

_PRONOUN = re.compile(
    r"\b(?:(?:[Ôô]ng|[Bb]à)(?:\s+(?:ta|này|ấy))?|[Nn]gười này)\b"
    r"(?!\s+(?:con|bà|cha|chủ|trùm|nội|ngoại|già|cụ|lão|nào|thì)\b)"
)
# What may stand between a clause's opening (the sentence's start or a comma) and its
# subject, once his posts are taken out: an honorific or a form of address.
_SUBJECT_OPENING = re.compile(r"^\s*(?:(?:ông|bà|anh|chị|đồng chí|ngài)\s+)?$", re.IGNORECASE)
# A count or plural word before it: `Hai ông`, `các bà` stand for several people.
_PLURAL_BEFORE = re.compile(r"\b(?:hai|ba|các|những|cả)\s+$", re.IGNORECASE)
# After its event the pronoun must be its object (`Việc [xét xử] ông`, `[tạm giam] đối với
# ông`) or a party after `giữa` (`[Cuộc gặp] giữa ông với …`, news26), not a later clause's word (`đến dự [lễ kỷ niệm], cho thấy ông …`) nor an owner
# named further on (`[chuyến thăm] Mỹ đầu tiên của ông`).
_OBJECT_GAP = re.compile(r"^\s*(?:(?:đối với|giữa)\s+)?$")
# How the earlier mention calls the person: `ông [X]`, `bà [X]`.
_CALLED = re.compile(r"\b(ông|bà)\s+$", re.IGNORECASE)
_SENTENCES_BACK = 2
_REACH = 400
_CLAUSE_REACH = 120


@dataclass(frozen=True)
class Reference:
    """A pronoun at [start, end) standing for the person spans `people` (one, or a group
    for a plural: `plural_references.py`)."""

    start: int
    end: int
    people: tuple[int, ...]


def referred_parts(
    text: str,
    spans: Sequence[LabelledRange],
    at: tuple[Layout, Sequence[int], tuple[int, int]],
    members: list[int],
    read: Reader,
) -> list[tuple[int, int]]:
    """(person, event) for what a pronoun of the sentence takes part in, read by `read`
    (the sentence's usual patterns) with the pronoun as a stand-in name. `at`: the
    layout, the sentence of each character and the sentence's bounds."""
    if not any(spans[m][2] == "EVENT" for m in members):
        return []
    layout, sentence, bounds = at
    found = references(text, spans, layout, sentence, bounds)
    if not found:
        return []
    n = len(spans)
    stand_ins = [*spans, *((r.start, r.end, "PER") for r in found)]
    order = sorted([*members, *range(n, len(stand_ins))], key=lambda i: stand_ins[i][0])
    return [
        (person, r.tail)
        for r in read(text, stand_ins, order)
        if r.head >= n and r.tail < n and read_as_party(text, found[r.head - n], spans[r.tail])
        for person in found[r.head - n].people
    ]


def references(
    text: str,
    spans: Sequence[LabelledRange],
    layout: Layout,
    sentence: Sequence[int],
    bounds: tuple[int, int],
) -> list[Reference]:
    """The pronouns of the sentence spanning `bounds` and the people they stand for."""
    start, stop = bounds
    inside = layout.between(max(0, start - 200), stop)
    out = []
    for begin, end, plural in _pronouns(text, start, stop):
        if _is_honorific(text, spans, inside, end) or _covered(spans, inside, begin):
            continue
        if not plural and _PLURAL_BEFORE.search(text, max(0, begin - 8), begin):
            continue
        if any(spans[i][2] == "PER" and start <= spans[i][0] < begin for i in inside):
            break  # a person named before it in its own sentence: it may stand for him
        if plural:
            people = group_antecedent(text, spans, layout, sentence, begin)
        else:
            people = _singular_antecedent(text, spans, (layout, sentence), (begin, end))
        if people:
            out.append(Reference(begin, end, people))
    return out


def _singular_antecedent(
    text: str,
    spans: Sequence[LabelledRange],
    at: tuple[Layout, Sequence[int]],
    pronoun: tuple[int, int],
) -> tuple[int, ...]:
    """The one person a singular pronoun stands for, unless his mention calls him the
    other gender; empty when none."""
    layout, sentence = at
    person = _antecedent(text, spans, layout, sentence, pronoun[0])
    if person is None or _other_gender(text, spans[person], text[pronoun[0] : pronoun[1]]):
        return ()
    return (person,)


def _pronouns(text: str, start: int, stop: int) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of the pronouns in [start, stop), in order; the plurals are
    `plural_references.py`'s."""
    singular = [(m.start(), m.end(), False) for m in _PRONOUN.finditer(text, start, stop)]
    plurals = [(begin, end, True) for begin, end in plural_words(text, start, stop)]
    return sorted([*singular, *plurals])


def read_as_party(text: str, reference: Reference, event: LabelledRange) -> bool:
    """Whether a link the patterns found from the pronoun to the event stands: a pronoun
    before its event, or right after it as its object."""
    if reference.start < event[0]:
        return True
    return event[1] <= reference.start and bool(_OBJECT_GAP.match(text[event[1] : reference.start]))


def _other_gender(text: str, person: LabelledRange, pronoun: str) -> bool:
    """`ông` for a person called `bà` by his own mention, or the other way round."""
    called = _CALLED.search(text, max(0, person[0] - 8), person[0])
    head = pronoun.split()[0].casefold()
    if called is None or head not in ("ông", "bà"):
        return False  # `người này` stands for either
    return called.group(1).casefold() != head


def _is_honorific(text: str, spans: Sequence[LabelledRange], near: list[int], end: int) -> bool:
    """`ông` before a name: a capital (marked or not) or a span right after it."""
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    if after < len(text) and text[after].isupper():
        return True
    return any(spans[i][0] == after for i in near)


def _covered(spans: Sequence[LabelledRange], near: list[int], position: int) -> bool:
    return any(spans[i][0] <= position < spans[i][1] for i in near)


def _antecedent(
    text: str, spans: Sequence[LabelledRange], layout: Layout, sentence: Sequence[int], at: int
) -> int | None:
    """The person of the nearest earlier sentence on the line that names one, if clear."""
    line_start = layout.line_start(at)
    own = sentence[at]
    people = [
        i
        for i in layout.between(max(line_start, at - _REACH), at)
        if spans[i][2] == "PER" and own - _SENTENCES_BACK <= sentence[spans[i][0]] < own
    ]
    if not people:
        return None
    last = sentence[spans[people[-1]][0]]
    people = [i for i in people if sentence[spans[i][0]] == last]
    names = {_family_key(text[spans[i][0] : spans[i][1]]) for i in people}
    if len(names) == 1:
        return people[-1]
    first = people[0]
    return first if _opens_clause(text, spans, layout, first, sentence) else None


def _family_key(name: str) -> str:
    """The given name (last syllable): `Nguyễn Việt Tiến` and `Tiến` are one person."""
    return name.split()[-1].casefold() if name.split() else name


def _opens_clause(
    text: str, spans: Sequence[LabelledRange], layout: Layout, person: int, sentence: Sequence[int]
) -> bool:
    """The person opens his sentence or a clause after a comma, his posts aside."""
    start = spans[person][0]
    own = sentence[start]
    opening, floor = start, max(0, start - _CLAUSE_REACH)
    while opening > floor and sentence[opening - 1] == own and text[opening - 1] not in ",;:":
        opening -= 1
    gap = text[opening:start]
    for i in layout.between(opening, start):
        if spans[i][2] in ("ROLE", "ORG", "LOC"):
            gap = gap.replace(text[spans[i][0] : spans[i][1]], "", 1)
    return bool(_SUBJECT_OPENING.match(gap))
