"""PARTICIPATES by the nearest event: each person of a sentence to the event closest to him.

A person is linked to the nearest event of his sentence when a word of taking
part stands near the two (`chủ trì`, `dự`, `tại`, `hội đàm với` ...) or he is
its subject; an event he is said to attend, or one framing the sentence before
him, wins over a nearer one, and so does an act of which he is the object
(`[bãi nhiệm] [đại biểu] [X]`). Refused: a photo credit, a person beyond
`PARTICIPATES_REACH`, a report on the event, a request, an aside about someone
else, an era or a case named after him, the one mourned, and a relative named
after the event (`cues.py`, `asides.py`, `objects.py`, `mourned.py`,
`associates.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.addressed import asked_only
from annotator.nlp.relations.asides import (
    comments_on,
    event_in_aside_before,
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
from annotator.nlp.relations.layout import LabelledRange
from annotator.nlp.relations.mourned import mourned
from annotator.nlp.relations.name_lists import list_of
from annotator.nlp.relations.objects import acted_on, further_acts, had_event, no_part
from annotator.nlp.relations.quotes import quoted_apart
from annotator.nlp.relations.ringleaders import headed_event
from annotator.nlp.relations.said_by_other import named_in_saying
from annotator.nlp.relations.subjects import is_subject
from annotator.nlp.relations.suggestion import (
    RelationSuggestion,
    distance,
    taking_part,
    with_nearest_event,
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
# A photo credit before a name: "(Ảnh: T.H)". The photographer takes no part.
_CREDIT = re.compile(r"(?:[Ảả]nh|[Ii]mage|[Pp]hoto)\s*:\s*$")
# `trong [E]` closing the person's own clause (`_within`).
_IN_EVENT = re.compile(r"\btrong\s+(?:(?:một|các|những|hai)\s+)?$")
_WITHIN_REACH = 50
# A trip of the person's own: a visit, a tour (`_trip_framing`).
_TRIP = re.compile(r"(?:chuyến|cuộc thăm|thăm|công du)\b", re.IGNORECASE)
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


def participations(
    text: str, spans: Sequence[LabelledRange], members: list[int]
) -> list[RelationSuggestion]:
    """Each person of the sentence (not a photo credit) to the nearest event, with a cue."""
    out = []
    for person, nearest in with_nearest_event(spans, members, "PER"):
        if _CREDIT.search(text[max(0, spans[person][0] - 12) : spans[person][0]]):
            continue
        headed = headed_event(text, spans, members, person)  # "[vụ …] do X cầm đầu"
        out += _parts_of(text, spans, members, person, nearest)
        out += [] if headed is None else [taking_part(person, headed)]
    return not_refused(text, spans, out)


def _parts_of(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int, nearest: int
) -> list[RelationSuggestion]:
    """What one person takes part in: the act he is the object of, else the event he attends,
    frames his sentence or has (`X, ..., đã có [buổi chất vấn]`), else the nearest one."""
    listed = list_of(text, spans, members, person)  # "[đình chỉ bị can] A, B và C"
    as_object = _as_object(text, spans, members, listed, person, nearest)
    if as_object is not None:
        return as_object
    had = had_event(text, spans, members, person)
    attended = attended_event(text, spans, members, person, nearest, PARTICIPATES_REACH)
    preposed = preposed_event(text, spans, members, person) if attended == nearest else None
    attended = attended if preposed is None else preposed  # "Phát biểu tại [buổi lễ], X"
    framed = _trip_framing(text, spans, person, preposed) if had is not None else []
    nearest, attended = (nearest, attended) if had is None else (had, had)
    out = _received(text, spans, members, person) if attended == nearest else []
    if out and out[0].tail == nearest:
        return out  # the object of the nearest event: no cue needed
    out += framed
    cues = {"had": had is not None, "preposed": preposed is not None}
    if _takes_part(text, spans, members, (person, listed), attended, **cues):
        out.append(taking_part(person, attended))
        out += _own_act(text, spans, members, (person, spans[listed[-1]][1]), attended)
    return out


def _trip_framing(
    text: str, spans: Sequence[LabelledRange], person: int, preposed: int | None
) -> list[RelationSuggestion]:
    """The trip framing the sentence of a person who has an act in it: "Trong [chuyến thăm]
    …, X đã có [cuộc gặp]" (news8, news27) is his journey as well as his act. Not a
    gathering's frame: "Tại [kỳ họp], X … đã có [buổi chất vấn]" is the act only (news6)."""
    if preposed is None or not _TRIP.match(text, spans[preposed][0], spans[preposed][1]):
        return []
    return [taking_part(person, preposed)]


def _received(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> list[RelationSuggestion]:
    """The reception right before the person, of which he is the object (`cues.received_by`)."""
    received = received_by(text, spans, members, person)
    if received is None or asked_only(text, spans, members, person, received):
        return []  # "đề nghị cho phép bắt tạm giam ông X": a request, no part
    return [taking_part(person, received)]


def _takes_part(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    person_list: tuple[int, list[int]],
    event: int,
    *,
    had: bool,
    preposed: bool,
) -> bool:
    """Near enough and cued (unless the event frames the sentence or is had), and refused by
    none of the readings of no part. `person_list`: the person and the list he opens."""
    person, listed = person_list
    if not preposed and distance(spans[event], spans[person]) > PARTICIPATES_REACH:
        return False
    last = spans[listed[-1]][1]  # "bị cáo A và B bị [tuyên phạt]"
    if not had and not preposed and not _cued(text, spans, members, person, event, last):
        return False
    if _no_part_in(text, spans[listed[0]], spans[event], subject=had):
        return False
    if asked_only(text, spans, members, listed[0], event):
        return False  # "đề nghị [truy tố] X", not "đề nghị [VKS] [truy tố] X"
    if named_in_saying(text, spans, members, person, event):
        return False  # "Tại [buổi lễ], ông A khẳng định, [B] là …": what A says
    # "Khi [Quốc] bị [bắt], … [Quốc]": the clause's subject, not his
    return not in_clause_of_other(text, spans, members, person, event)


def not_refused(
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
        return [taking_part(person, after[0])]
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
        return [taking_part(person, e) for e in acted]
    link = link_of_object(text, spans, members, listed, nearest)
    if link is None:
        return None
    return [taking_part(person, link)] if link >= 0 else []  # "[hội đàm] với [A], [hội kiến]"


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
    an aside about someone else, a comment on the event as a topic, an era, an event in a
    bracket closed before the person, a quotation."""
    if not subject and reports_on(text, person, event):
        return True  # "X cho biết, kỳ họp ...", not "X nói trong [cuộc họp báo]"
    if in_aside(text, person, event) or comments_on(text, person, event):
        return True  # "[Long] (cháu ruột bị can [Tiến]) bị khởi tố", "Liên quan đến [E], X nói"
    if named_as_era_or_case(text, person) or event_in_aside_before(text, person, event):
        return True  # "dưới thời tổng thống [X]", "(ngày A bị [bắt]), [X] đã …"
    if spoken_of(text, person, event) or quoted_apart(text, person, event):
        return True  # "[phiên họp] ... liên quan tới ông [X]", "\"… [hội đàm] …\", X nói"
    return no_part(text, person, event)
