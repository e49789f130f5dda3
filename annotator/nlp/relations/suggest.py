"""Relation suggestions between spans of one text: HOLDS, PARTICIPATES, WHEN, ISSUED_BY.

The patterns read only the spans (labels and offsets) and the short text
between them, inside one sentence of one line, as the guidelines ask (a pronoun
may stand for the person of an earlier sentence of the line: `references.py`). Each
pattern carries the precision measured for it on the development gold with
gold spans (see resources/suggest/README.md); that number is the
suggestion's confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.nlp.confidence import relation_confidence
from annotator.nlp.relations.addressed import asked_only
from annotator.nlp.relations.asides import (
    comments_on,
    in_aside,
    in_clause_of_other,
    named_as_era_or_case,
    spoken_of,
)
from annotator.nlp.relations.associates import named_as_associate
from annotator.nlp.relations.chains import link_of_object
from annotator.nlp.relations.cues import (
    ATTENDS,
    attended_event,
    preposed_event,
    received_by,
    reports_on,
)
from annotator.nlp.relations.groups import listed_group_members
from annotator.nlp.relations.held_posts import held_posts
from annotator.nlp.relations.holds import pronoun_posts
from annotator.nlp.relations.issued import issued_pairs
from annotator.nlp.relations.layout import LabelledRange, Layout
from annotator.nlp.relations.lists import listed_attendance
from annotator.nlp.relations.mourned import mourned
from annotator.nlp.relations.name_lists import list_of, shared_in_lists
from annotator.nlp.relations.objects import (
    acted_on,
    earlier_event,
    further_acts,
    had_event,
    joined_acts,
    no_part,
)
from annotator.nlp.relations.quotes import quoted_apart
from annotator.nlp.relations.references import referred_parts
from annotator.nlp.relations.sentence_cuts import sentence_bounds, sentence_ids
from annotator.nlp.relations.speakers import spoken_at_gathering
from annotator.nlp.relations.subjects import is_subject
from annotator.nlp.relations.when_pairs import when_pairs

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

# How far (in characters) a person may be from the event they take part in.
PARTICIPATES_REACH = 90
# Words that say a person takes part: chairs, attends, speaks, stands, is disciplined.
# Any letter case: "Tại hội nghị, ông X ..." opens a sentence. `cho` is not
# `cho biết` (a speaker reporting), nor `chủ trì` a chair's `chủ trì` in
# `dưới sự chủ trì` (listed whole); nor `đổ lỗi cho X`, the one blamed (news12).
_TAKES_PART = re.compile(
    rf"\b(?:chủ trì|điều khiển|điều hành|chủ tọa|chủ toạ|{ATTENDS}|tham dự|phát biểu|tại|khai mạc|bế mạc|ứng cử|đối với|bổ nhiệm|hội đàm|"
    r"hội kiến|với|tiếp(?! diễn| tục| theo| đó)|gặp|trình bày|dưới sự|dẫn đầu|chứng kiến|thăm|công du|miễn nhiệm|"
    r"kỷ luật|khởi tố|bắt|truy tố|xét xử|kết luận|tham gia|thiệt mạng|tử trận|hy sinh|"
    r"của|(?<!lỗi )cho(?! biết| rằng| hay)|được)\b",
    re.IGNORECASE,
)
# Dates that are a term or a birth year, not when an event happens.
# A photo credit before a name: "(Ảnh: T.H)". The photographer takes no part.
_CREDIT = re.compile(r"(?:[Ảả]nh|[Ii]mage|[Pp]hoto)\s*:\s*$")
# `trong [E]` closing the person's own clause (`_within`).
_IN_EVENT = re.compile(r"\btrong\s+(?:(?:một|các|những|hai)\s+)?$")
_WITHIN_REACH = 50
# `của` marks an event's own party after it (`[từ chức] của ông X`); between a person and
# a later event it belongs to something else: `tài sản của ông X, nên đã ra [quyết định
# …]`, `X có thể nằm trong tầm ngắm của [chiến dịch …]` (news4, news21, news22).
_OF = re.compile(r"\bcủa\b", re.IGNORECASE)
# The parties right after `giữa` following their event: "[cuộc gặp] giữa [A] và [B]",
# "[vụ tranh chấp] đòi nhà …, giữa ông [A] và bà [B]" (news25); not an event `giữa` two
# states before a speaker (`[tập trận] giữa Việt Nam và Nga lần này, bà [X] …`).
_BETWEEN_PARTIES = re.compile(
    r"\bgiữa\s+(?:(?:ông|bà|anh|chị)\s+)?(?:(?:[^\s,.;:]+\s+){1,5}và\s+(?:(?:ông|bà|anh|chị)\s+)?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RelationSuggestion:
    """A proposed relation: indices into the span list it was computed from."""

    head: int
    tail: int
    type: str
    confidence: float
    pattern: str = ""


def proposed(head: int, tail: int, kind: str, pattern: str) -> RelationSuggestion:
    """A relation found by one pattern, with that pattern's measured precision as confidence."""
    return RelationSuggestion(head, tail, kind, relation_confidence(pattern), pattern)


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
        taking_part = _participates(text, spans, members)
        out += taking_part + _not_refused(text, spans, _shared(text, spans, members, taking_part))
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
        for person, event in referred_parts(text, spans, at, members, _participates)
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
            out.append(_taking_part(i, event))
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
    return [_taking_part(p, e) for p, e in joined + shared_in_lists(text, spans, members, pairs)]


def _holds(
    text: str, spans: Sequence[LabelledRange], members: list[int]
) -> list[RelationSuggestion]:
    return [proposed(p, r, "HOLDS", pattern) for p, r, pattern in held_posts(text, spans, members)]


def _with_nearest_event(
    spans: Sequence[LabelledRange], members: list[int], label: str
) -> list[tuple[int, int]]:
    """(span, nearest event) for every span of the label in the sentence; none without events."""
    events = [i for i in members if spans[i][2] == "EVENT"]
    if not events:
        return []
    return [
        (i, min(events, key=lambda e: _distance(spans[e], spans[i])))
        for i in members
        if spans[i][2] == label
    ]


def _when(
    text: str, spans: Sequence[LabelledRange], members: list[int]
) -> list[RelationSuggestion]:
    nearest = _with_nearest_event(spans, members, "DATE")
    return [proposed(e, d, "WHEN", "WHEN") for e, d in when_pairs(text, spans, members, nearest)]


def _participates(
    text: str, spans: Sequence[LabelledRange], members: list[int]
) -> list[RelationSuggestion]:
    """Each person of the sentence (not a photo credit) to the nearest event, with a cue."""
    out = []
    for i, nearest in _with_nearest_event(spans, members, "PER"):
        if _CREDIT.search(text[max(0, spans[i][0] - 12) : spans[i][0]]):
            continue
        listed = list_of(text, spans, members, i)  # "[đình chỉ bị can] A, B và C"
        as_object = _as_object(text, spans, members, listed, i, nearest)
        if as_object is not None:
            out += as_object
            continue
        had = had_event(text, spans, members, i)  # "X, ..., đã có [buổi chất vấn]"
        attended = attended_event(text, spans, members, i, nearest, PARTICIPATES_REACH)
        preposed = preposed_event(text, spans, members, i) if attended == nearest else None
        attended = attended if preposed is None else preposed  # "Phát biểu tại [buổi lễ], X"
        nearest, attended = (nearest, attended) if had is None else (had, had)
        received = received_by(text, spans, members, i) if attended == nearest else None
        if received is not None and asked_only(text, spans, members, i, received):
            received = None  # "đề nghị cho phép bắt tạm giam ông X": a request, no part
        if received is not None:
            out.append(_taking_part(i, received))
            if received == nearest:
                continue  # the object of the nearest event: no cue needed
        nearest = attended
        if preposed is None and _distance(spans[nearest], spans[i]) > PARTICIPATES_REACH:
            continue
        last = spans[listed[-1]][1]  # "bị cáo A và B bị [tuyên phạt]"
        if had is None and preposed is None and not _cued(text, spans, members, i, nearest, last):
            continue
        if _no_part_in(text, spans[listed[0]], spans[nearest], subject=had is not None):
            continue
        if asked_only(text, spans, members, listed[0], nearest):
            continue  # "đề nghị [truy tố] X", not "đề nghị [VKS] [truy tố] X"
        if in_clause_of_other(text, spans, members, i, nearest):
            continue  # "Khi [Quốc] bị [bắt], … [Quốc]": the clause's subject, not his
        out.append(proposed(i, nearest, "PARTICIPATES", "PARTICIPATES"))
        out += _own_act(text, spans, members, (i, spans[listed[-1]][1]), nearest)
    return _not_refused(text, spans, out)


def _not_refused(
    text: str, spans: Sequence[LabelledRange], found: list[RelationSuggestion]
) -> list[RelationSuggestion]:
    """Links to an event but those of the one mourned at it and of a name given only as
    another's relative or associate after it (`mourned.py`, `associates.py`)."""
    return [
        r
        for r in found
        if not mourned(text, spans[r.head], spans[r.tail])
        and not named_as_associate(text, spans[r.head], spans[r.tail])
    ]


def _own_act(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    person_to: tuple[int, int],
    linked: int,
) -> list[RelationSuggestion]:
    """The act right after a person, of which he is the subject, beside the event he was
    linked to by another cue: "Tại [cuộc họp …], ông X sẽ [gặp] …" (news22), "X đang có
    [chuyến công du] Beirut để dự [lễ tang]" (news21), news13. `person_to`: the person and
    where his list ends."""
    person, last = person_to
    after = [e for e in members if spans[e][2] == "EVENT" and spans[e][0] >= last]
    if after and after[0] != linked and is_subject(text, spans, members, person, last, after[0]):
        return [_taking_part(person, after[0])]
    return []


def _as_object(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    listed: list[int],
    person: int,
    nearest: int,
) -> list[RelationSuggestion] | None:
    """What a person named as the object of an act takes part in, or None when he is none."""
    acted = acted_on(text, spans, members, listed[0])
    if acted:  # "[bãi nhiệm] [đại biểu] [X]": the object of the action, or of a request
        if asked_only(text, spans, members, listed[0], acted[-1]):
            return []
        acted += further_acts(text, spans, members, listed[-1])  # ", đồng thời … [khởi tố]"
        return [_taking_part(person, e) for e in acted]
    link = link_of_object(text, spans, members, listed, nearest)
    if link is None:
        return None
    return [_taking_part(person, link)] if link >= 0 else []  # "[hội đàm] với [A], [hội kiến]"


def _taking_part(person: int, event: int) -> RelationSuggestion:
    return proposed(person, event, "PARTICIPATES", "PARTICIPATES")


def _cued(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    person: int,
    event: int,
    list_end: int,
) -> bool:
    """A word of taking part near the two, or the person as the subject right before it."""
    first = min(spans[person][0], spans[event][0])
    between = text[max(0, first - 12) : max(spans[person][1], spans[event][1])]
    named = text[spans[event][0] : spans[event][1]]
    between = between.replace(named, named.split(" của ")[0])  # "[cuộc tấn công của Nga]"
    if spans[person][0] < spans[event][0]:
        between = _OF.sub("|", between)  # `của` marks the party after the event only
    elif _BETWEEN_PARTIES.search(text, spans[event][1], spans[person][0]):
        return True  # "[vụ tranh chấp] …, giữa ông [A] và bà [B]"
    subject = is_subject(text, spans, members, person, list_end, event)
    return bool(
        _TAKES_PART.search(between) or subject or _within(text, spans[person], spans[event])
    )


def _within(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """`X là người giành thắng lợi trong [vòng hai cuộc bầu cử]` (news24), `X không đeo khẩu
    trang trong [cuộc họp]`: the person's clause runs on, no comma, into `trong [E]`. Not
    an incident (`X bị thương trong [vụ tai nạn]`): a victim takes no part by that alone."""
    gap = text[person[1] : event[0]]
    near = person[1] <= event[0] and len(gap) <= _WITHIN_REACH and "," not in gap
    incident = text.startswith(("vụ ", "Vụ "), event[0])
    return near and not incident and bool(_IN_EVENT.search(gap))


def _no_part_in(text: str, person: LabelledRange, event: LabelledRange, *, subject: bool) -> bool:
    """A report on the event (unless its subject speaks at it), a host, a recall,
    an aside about someone else, a comment on the event as a topic, an era, a quotation."""
    if not subject and reports_on(text, person, event):
        return True  # "X cho biết, kỳ họp ...", not "X nói trong [cuộc họp báo]"
    if in_aside(text, person, event) or comments_on(text, person, event):
        return True  # "[Long] (cháu ruột bị can [Tiến]) bị khởi tố", "Liên quan đến [E], X nói"
    if named_as_era_or_case(text, person):
        return True  # "dưới thời tổng thống [X]"
    if spoken_of(text, person, event) or quoted_apart(text, person, event):
        return True  # "[phiên họp] ... liên quan tới ông [X]", "\"… [hội đàm] …\", X nói"
    return no_part(text, person, event)


def _distance(a: LabelledRange, b: LabelledRange) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)
