"""Relation suggestions between spans of one text: HOLDS, PARTICIPATES, WHEN, ISSUED_BY.

The patterns read only the spans (labels and offsets) and the short text
between them, inside one sentence of one line, as the guidelines ask (a pronoun
may stand for the person of an earlier sentence of the line: `references.py`). Each
pattern carries the precision measured for it on the development gold with
gold spans (see resources/suggest/README.md); that number is the
suggestion's confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.nlp.relations.groups import listed_group_members
from annotator.nlp.relations.held_posts import held_posts
from annotator.nlp.relations.holds import pronoun_posts
from annotator.nlp.relations.issued import issued_pairs
from annotator.nlp.relations.layout import LabelledRange, Layout
from annotator.nlp.relations.lists import listed_attendance
from annotator.nlp.relations.name_lists import shared_in_lists
from annotator.nlp.relations.objects import earlier_event, joined_acts
from annotator.nlp.relations.participation import not_refused, participations
from annotator.nlp.relations.references import referred_parts
from annotator.nlp.relations.sentence_cuts import sentence_bounds, sentence_ids
from annotator.nlp.relations.speakers import spoken_at_gathering
from annotator.nlp.relations.suggestion import (
    RelationSuggestion,
    proposed,
    taking_part,
    with_nearest_event,
)
from annotator.nlp.relations.when_pairs import when_pairs

__all__ = ["PATTERNS", "RelationSuggestion", "suggest_relations"]

# The patterns a relation can be proposed by; each one's measured precision,
# given gold spans, is its confidence (resources/suggest/confidence.json,
# `relations`, written by `make confidence`).
PATTERNS = (
    "HOLDS",
    "HOLDS_AFTER",
    "PARTICIPATES",
    "PARTICIPATES_LISTED",
    "PARTICIPATES_REFERRED",
    "WHEN",
    "ISSUED_BY",
)


def suggest_relations(text: str, spans: Sequence[LabelledRange]) -> list[RelationSuggestion]:
    """Relations between the given spans of text (sorted by start, not overlapping)."""
    layout = Layout.of(text, spans)
    order = layout.order
    sentence = sentence_ids(text)
    bounds = sentence_bounds(sentence)
    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(sentence[spans[i][0]], []).append(i)
    out: list[RelationSuggestion] = []
    for number, members in groups.items():
        out += _holds(text, spans, members)
        out += [
            proposed(d, o, "ISSUED_BY", "ISSUED_BY") for d, o in issued_pairs(text, spans, members)
        ]
        out += _when(text, spans, members)
        own = participations(text, spans, members)
        out += own + not_refused(text, spans, _shared(text, spans, members, own))
        out += _referred(text, spans, (layout, sentence, bounds[number]), members, out)
        if not any(spans[m][2] == "EVENT" for m in members):
            out += _acting_after(text, spans, layout, members)
    out += [proposed(p, r, "HOLDS", "HOLDS_AFTER") for p, r in pronoun_posts(text, spans, layout)]
    return list(dict.fromkeys(_with_attendance(text, spans, sentence, layout, out)))


def _referred(
    text: str,
    spans: Sequence[LabelledRange],
    at: tuple[Layout, list[int], tuple[int, int]],
    members: list[int],
    found: list[RelationSuggestion],
) -> list[RelationSuggestion]:
    """What a pronoun of the sentence takes part in, for the person it stands for
    (`references.py`), unless another pattern linked the two already."""
    known = {(r.head, r.tail) for r in found if r.type == "PARTICIPATES"}
    return [
        proposed(person, event, "PARTICIPATES", "PARTICIPATES_REFERRED")
        for person, event in referred_parts(text, spans, at, members, participations)
        if (person, event) not in known
    ]


def _acting_after(
    text: str, spans: Sequence[LabelledRange], layout: Layout, members: list[int]
) -> list[RelationSuggestion]:
    """People of an eventless sentence who chair or speak: the last event of the line, or
    the last gathering told before a speaker."""
    out = []
    for i in (m for m in members if spans[m][2] == "PER"):
        event = earlier_event(text, spans, layout, i)
        if event is None:
            event = spoken_at_gathering(text, spans, layout, i)
        if event is not None:
            out.append(taking_part(i, event))
    return out


def _with_attendance(
    text: str,
    spans: Sequence[LabelledRange],
    sentence: list[int],
    layout: Layout,
    found: list[RelationSuggestion],
) -> list[RelationSuggestion]:
    """A person listed as attending takes part in the listed event, not in a nearer one."""
    listed = listed_attendance(text, spans, sentence, layout)
    listed += listed_group_members(text, spans, sentence, layout)
    if not listed:
        return found
    people = {person for person, _ in listed}
    kept = [r for r in found if r.type != "PARTICIPATES" or r.head not in people or _later(r)]
    return kept + [
        proposed(person, event, "PARTICIPATES", "PARTICIPATES_LISTED") for person, event in listed
    ]


def _later(relation: RelationSuggestion) -> bool:
    """Found through a pronoun of a later sentence: another act than the listed one."""
    return relation.pattern == "PARTICIPATES_REFERRED"


def _shared(
    text: str, spans: Sequence[LabelledRange], members: list[int], found: list[RelationSuggestion]
) -> list[RelationSuggestion]:
    """What one person of a list takes part in, the others of the list take part in (`found`:
    the sentence's own PARTICIPATES, so each sentence reads only its relations)."""
    pairs = {(r.head, r.tail) for r in found if r.type == "PARTICIPATES" and r.head in members}
    joined = joined_acts(text, spans, members, pairs)  # "tham gia [E1] và [E2]"
    pairs |= set(joined)
    return [taking_part(p, e) for p, e in joined + shared_in_lists(text, spans, members, pairs)]


def _holds(
    text: str, spans: Sequence[LabelledRange], members: list[int]
) -> list[RelationSuggestion]:
    return [proposed(p, r, "HOLDS", pattern) for p, r, pattern in held_posts(text, spans, members)]


def _when(
    text: str, spans: Sequence[LabelledRange], members: list[int]
) -> list[RelationSuggestion]:
    nearest = with_nearest_event(spans, members, "DATE")
    return [proposed(e, d, "WHEN", "WHEN") for e, d in when_pairs(text, spans, members, nearest)]
