"""EVENT and DOC: meetings, sessions, elections, appointments; numbered or named documents."""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import topic
from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.ceremonies.periods import (
    anniversary,
    before_next_clause,
    review_period,
)
from annotator.nlp.rules.events.courts.cases import lawsuit_name, tried_affair
from annotator.nlp.rules.events.extent.event_numbers import acronym_after, numbered_name, ordinal
from annotator.nlp.rules.events.extent.manners import EVALUATIVE
from annotator.nlp.rules.events.extent.naming import field_and_place, subject_acting
from annotator.nlp.rules.events.extent.purposes import purpose
from annotator.nlp.rules.events.extent.specific import (
    CLASSIFIERS,
    WEAK,
    counted_before,
    is_specific,
)
from annotator.nlp.rules.events.filters.guards import compound_before, facility, straddles
from annotator.nlp.rules.events.personnel.actions import action_at, check_at, received_forms
from annotator.nlp.rules.events.votes.assembly_steps import TERM_POINTS, asked_in_person
from annotator.nlp.rules.events.votes.elections import elected, election_at
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.owners import generic_owner, owner_after
from annotator.nlp.rules.particular import in_general
from annotator.nlp.rules.phrases import clause
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.unit_phrases import level_suffix, unit_place

_QUANTIFIERS = ("các", "những", "nhiều", "mỗi", "từng", "một", "mọi")
_CONGRESS = keys_of("ĐH")[0]  # "ĐH Đảng bộ tỉnh": the abbreviation named is a congress
# How solemn a ceremony is: inside its span only before the anniversary it marks
# (news2 0277); alone it stays out (`[chiêu đãi] trọng thể`, `[lễ khai mạc] trọng thể`).
_SOLEMN = ("trọng thể", "long trọng")
_ANNIVERSARY = keys_of("niệm")[0]
# "hội nghị tổng kết", "hội nghị sơ kết": the period reviewed names the meeting.
_REVIEWS = frozenset(keys_of("kết"))
# A vote of no confidence is a motion against one government, never the kind: all four
# in the tuning files are marked, demanded or proposed too (news24 `đòi [bỏ phiếu bất
# tín nhiệm] chính phủ Ukraina`, news26 `2 đề nghị [bỏ phiếu bất tín nhiệm]`), where the
# weak `bỏ phiếu` dropped them at blind time.
_MOTIONS = ("bỏ phiếu bất tín nhiệm",)


def _modifiers(line: Line, i: int) -> int:
    end = i
    for _ in range(8):
        body = org(line, end, loose=False)
        # "kỳ họp thứ nhất HĐND các cấp": the councils of every level meet.
        options = [ordinal(line, end), max(body, level_suffix(line, body))]
        if line.is_(end, "khóa") and (
            line.roman(end + 1) or line.is_(end + 1, "mới") or line.digit(end + 1)
        ):
            options.append(end + 2)
        options.append(_modifier_at(line, end))
        # "cuộc tiếp xúc chính thức cũng như không chính thức": coordinated modifiers.
        joined = line.phrase(end, "cũng như") if end > i else -1
        if joined > 0:
            options.append(_modifier_at(line, joined))
        options.extend((topic(line, end), anniversary(line, end)))
        # "lễ mít tinh trọng thể | kỷ niệm 30 năm ...": how solemn it is, then what it marks.
        solemn = max(line.phrase(end, w) for w in _SOLEMN)
        options.append(anniversary(line, solemn) if solemn > 0 else -1)
        # "Đại hội Đảng bộ tỉnh Quảng Nam": the place of the body that meets.
        if line.is_(end - 1, "bộ"):
            options.append(unit_place(line, end, bare=True)[0])
            options.append(place_at(line, end))
        if line.is_(end, "của"):
            options.append(owner_after(line, end))
            options.append(line.phrase(end + 1, "nhiệm kỳ mới"))
        step = max(options)
        if step <= end:
            break
        end = step
    return end


def event_at(line: Line, i: int) -> int:
    """End of an event phrase whose noun starts at i, or -1."""
    noun = line.match(i, "events")
    if noun < 0 or _no_event_at(line, i, noun):
        return -1
    end = _named_extent(line, i, noun)
    weak = line.key(i) in WEAK and not (line.key(i) == _CONGRESS and noun > i + 1)
    weak = weak and line.longest(i, _MOTIONS) != noun
    specific = is_specific(line, i, noun, end, weak)
    if weak and not specific or generic_owner(line, end):
        return -1
    if not specific and (line.is_(i - 1, *_QUANTIFIERS) or counted_before(line, i)):
        return -1
    return _held_jointly(line, i, noun, _with_manners(line, i, end))


def _held_jointly(line: Line, i: int, noun: int, end: int) -> int:
    """`[cuộc họp báo chung]` (news15), `[diễn tập quân sự chung]` (news11), both missed
    at blind time: held by two sides together, after a classifier or a kind; a bare
    noun's `chung` is said of a kind (`hạn chế tập trận chung với nước ngoài`)."""
    if not line.is_(end, "chung") or not (line.is_(i - 1, *CLASSIFIERS) or end > noun):
        return end
    return end + 1


def _no_event_at(line: Line, i: int, noun: int) -> bool:
    """The event noun at i is part of something else: a level, a compound, a law's title."""
    if level_suffix(line, noun) > 0 or compound_before(line, i):
        return True
    if line.ending(i, line.gaz.phrases("event_criteria")):
        return True  # "tiêu chuẩn đặc xá", "điều kiện bầu cử": what an event requires, no event
    if line.is_(i, "hội") and line.is_(i - 1, "đại") and line.lower(i - 1):
        return True  # "đại [hội thi] đua": a congress's second syllable
    if straddles(line, i, noun) or in_general(line, i, noun):
        return True
    return line.is_(i - 1, "luật") and line.cap(i - 1)  # "Luật Bầu cử ...": a law's title


def _named_extent(line: Line, i: int, noun: int) -> int:
    """End of the event's name: its modifiers, the period reviewed or the anniversary, who is
    elected, what it is for, the case tried, and a titled event's number and acronym."""
    end = _modifiers(line, noun)
    if line.key(noun - 1) in _REVIEWS:
        end = max(end, review_period(line, noun))
    if line.key(noun - 1) == _ANNIVERSARY:
        end = max(end, before_next_clause(line, noun, clause(line, noun)))
        end = max(end, anniversary(line, noun - 2))  # "lễ kỷ niệm 25 năm ... với Lào"
    if line.key(noun - 1) in keys_of("cử sự"):
        end = max(end, elected(line, noun))  # "bầu cử HĐND", "lấy phiếu ... nhân sự Tổng Bí thư"
    named = line.cap(i) or line.is_(i - 1, *CLASSIFIERS) or _named_by_purpose(line, i, noun)
    # "ĐH thông qua ...", "ĐH bầu ...": the abbreviation is a subject, never named by a verb.
    if named and not subject_acting(line, i, end) and line.key(i) != _CONGRESS:
        end = max(end, purpose(line, end))
    end = tried_affair(line, i, lawsuit_name(line, i, end))
    if line.cap(i):
        numbered = numbered_name(line, end)
        numbered = _modifiers(line, numbered) if numbered > 0 else -1
        end = max(end, numbered, field_and_place(line, end))
        end = acronym_after(line, end) if end > noun else end  # not "Đại hội (ĐH)"
    return end


def _with_manners(line: Line, i: int, end: int) -> int:
    """End after how the event was held (`cuộc họp đột xuất`), one manner after another."""
    answered = asked_in_person(line, end) and not line.is_(i, "phiên", "buổi")  # a sitting's own
    manner = end if answered else _manner_at(line, end)
    while manner > end:  # "cam go | đầu tiên": one manner after another
        end = _modifiers(line, manner)
        manner = _manner_at(line, end)
    return end


def _modifier_at(line: Line, i: int) -> int:
    """End of a modifier that belongs to the event's name (`bất thường`, `toàn tỉnh`,
    `giữa nhiệm kỳ`) at i, or -1; the list is data (`event_modifiers`)."""
    return max(line.longest(i, TERM_POINTS), line.longest(i, line.gaz.phrases("event_modifiers")))


def _manner_at(line: Line, i: int) -> int:
    """End of how the event was held (`đột xuất`, data `event_manners`) or how it went
    (`sôi nổi`, `cam go đầu tiên`: `EVALUATIVE`) at i, or -1."""
    return max(line.longest(i, EVALUATIVE), line.longest(i, line.gaz.phrases("event_manners")))


# Meetings named by what they are for even in lowercase: "hội nghị quán
# triệt Nghị quyết ...", "phiên tòa xét xử vụ án ...", "cuộc họp công bố các
# quyết định ..." (a purpose after `nhằm`, `để` or the participants stays out).
_PURPOSED: tuple[tuple[str, ...], ...] = (
    keys_of("hội nghị"),
    keys_of("hội thảo"),
    keys_of("phiên tòa"),
    keys_of("tọa đàm"),
)
_PURPOSED += (keys_of("cuộc họp"), keys_of("buổi họp"), keys_of("phiên họp"))


def _named_by_purpose(line: Line, i: int, noun: int) -> bool:
    return tuple(line.keys[i:noun]) in _PURPOSED


def find_events(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    for i in line.listed():
        if _inside_name(line, i) or facility(line, i):
            continue
        end = event_at(line, i)
        if end > i:
            start = i - 1 if line.is_(i - 1, *CLASSIFIERS) else i
            found.append(Candidate(start, end, "EVENT"))
        end = max(action_at(line, i), check_at(line, i))
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
        end = max(anniversary(line, i), election_at(line, i))
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    found += [Candidate(start, end, "EVENT") for start, end in received_forms(line)]
    return _openings_joined(line, found)


_OPENINGS = ("khai mạc", "bế mạc")


def _openings_joined(line: Line, found: list[Candidate]) -> list[Candidate]:
    """`[phiên khai mạc] [kỳ họp Quốc hội]` is one event: an opening keeps what it opens;
    so does a numbered meeting of a forum (`[hội nghị lần thứ 14] [Diễn đàn ...]`)."""
    starts = {c.start: c for c in found}
    out = list(found)
    for c in found:
        opened = starts.get(c.end)
        if opened is None:
            continue
        opening = any(line.phrase(c.end - 2, o) == c.end for o in _OPENINGS)
        numbered = (
            line.cap(c.end) and line.is_(c.end - 2, "thứ") and ordinal(line, c.end - 3) == c.end
        )
        if opening or numbered:
            out.append(Candidate(c.start, opened.end, "EVENT"))
    return out


def _inside_name(line: Line, i: int) -> bool:
    """`Quốc hội thảo luận`: an event word (`hội thảo`) that starts inside a body's name."""
    return any(line.match(k, "bodies", "media", "places") > i for k in range(max(0, i - 3), i))
