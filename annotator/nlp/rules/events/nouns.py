"""EVENT and DOC: meetings, sessions, elections, appointments; numbered or named documents."""

from __future__ import annotations

import re

from annotator.nlp.rules.bodies import org, role
from annotator.nlp.rules.events.actions import action_at, check_at, received_forms
from annotator.nlp.rules.events.assembly_steps import TERM_POINTS, asked_in_person
from annotator.nlp.rules.events.cases import lawsuit_name, tried_affair
from annotator.nlp.rules.events.elections import elected, election_at, reported_election
from annotator.nlp.rules.events.guards import compound_before, facility, straddles
from annotator.nlp.rules.events.manners import EVALUATIVE
from annotator.nlp.rules.events.naming import field_and_place, subject_acting
from annotator.nlp.rules.events.periods import anniversary, before_next_clause, review_period
from annotator.nlp.rules.events.purposes import CLAUSE_END, purpose, someone_at
from annotator.nlp.rules.events.tails import event_verb_at
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import (
    STOP,
    is_stop,
    level_suffix,
    place_at,
    topic,
    unit_place,
)
from annotator.nlp.rules.owners import generic_owner, owner_after
from annotator.nlp.rules.particular import (
    in_general,
    joined_plural,
    placed_or_timed,
    within_event,
)
from annotator.nlp.rules.phrases import clause

ORDINAL_WORDS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
_CLASSIFIERS = ("cuộc", "đợt", "buổi")
_QUANTIFIERS = ("các", "những", "nhiều", "mỗi", "từng", "một", "mọi")
# Event nouns that are generic unless something makes them specific.
_WEAK = frozenset(
    keys_of("bầu cử")
    + keys_of("hiệp thương")
    + keys_of("bỏ phiếu")
    + keys_of("lấy phiếu")
    + keys_of("đối thoại")
    + keys_of("diễn đàn")
    + keys_of("ĐH")
)
_CONGRESS = keys_of("ĐH")[0]  # "ĐH Đảng bộ tỉnh": the abbreviation named is a congress
_MODIFIERS = TERM_POINTS + (
    "đầu tiên",
    "cuối cùng",
    "bất thường",
    "chuyên đề",
    "trực tuyến",
    "toàn tỉnh",
    "toàn thành phố",
    "toàn quốc",
    "toàn thể",
    "toàn quân",
    "toàn ngành",
    "thường kỳ",
    "mở rộng",
    "đại biểu toàn quốc",
    "hiệp thương",
    "giao ban",
    "toàn huyện",
    "thường niên",
    "định kỳ",
    "cấp cao",
    "báo cáo viên",
    "cán bộ chủ chốt",
    "Trung ương",
    "chính thức",
    "không chính thức",
    "cấp nhà nước",
    "hữu nghị",
    "riêng",
    "đầu tuần",
    "sơ thẩm",
    "phúc thẩm",
    "giám đốc thẩm",
    "lưu động",
    "lần đầu tiên",
    "lần đầu",
    "khẩn",
    "khẩn cấp",
    "mới nhất",
    # The place in a series, like `đầu tiên` and `cuối cùng`: "vòng đàm phán tiếp
    # theo"; a time still to come (`kỳ họp tới`, `cuộc gặp sắp tới`) stays out.
    "tiếp theo",
    "kế tiếp",
)
# How an event was held or what history makes of it ("cuộc họp đột xuất", "cuộc
# hội đàm lịch sử"): inside the span, but no sign that the event is a particular one
# (`các diễn đàn đa phương`, `đối thoại trực tiếp` in general stay none).
_MANNERS: tuple[str, ...] = (
    "đột xuất",
    "lịch sử",
    "song phương",
    "đa phương",
    "thân mật",
    "trực tiếp",
    "kín",
)
_MANNERS += EVALUATIVE  # "buổi thảo luận sôi nổi", "trận chiến cam go đầu tiên"
_TERMS = frozenset(keys_of("khóa khoá lần"))
# How solemn a ceremony is: inside its span only before the anniversary it marks
# (news2 0277); alone it stays out (`[chiêu đãi] trọng thể`, `[lễ khai mạc] trọng thể`).
_SOLEMN = ("trọng thể", "long trọng")
# Nouns counted after a number that start with a grammar word ("4 bị can").
_COUNTED_NOUNS = ("bị can", "bị cáo", "bị hại", "có liên quan")
_ANNIVERSARY = keys_of("niệm")[0]
# "hội nghị tổng kết", "hội nghị sơ kết": the period reviewed names the meeting.
_REVIEWS = frozenset(keys_of("kết"))
_HOLD_VERBS = ("tổ chức", "tiến hành")
_CRITERIA = ("tiêu chuẩn", "điều kiện", "diện", "thủ tục", "quy trình", "hồ sơ")


def _ordinal(line: Line, i: int) -> int:
    """End of `thứ 6`, `lần thứ 4`, `lần 3`, `vòng 3`, `11`, `XIII` at i, or -1."""
    j = i
    if line.is_(j, "lần", "vòng"):
        j += 1
    if line.is_(j, "thứ"):
        j += 1
    if line.is_(j + 1, "tháng", "năm", "ngày", "người", "đại"):
        return -1
    if j == i and not line.roman(j) and _counted(line, j):
        return -1
    if j == i and line.digit(j) and line.is_(j + 1, "và", "đến") and line.digit(j + 2):
        return -1  # "tuyên phạt 4 và 6 năm tù": counts joined, no number of the event
    if (
        line.digit(j)
        and line.surface[j].isdigit()
        or line.roman(j)
        or (j > i and line.is_(j, *ORDINAL_WORDS))
    ):
        end = j + 1
        if line.surface[end : end + 1] == [","] and line.is_(end + 1, "lần", "vòng"):
            more = _ordinal(line, end + 1)
            end = max(end, more)
        return end
    return -1


def _counted(line: Line, j: int) -> bool:
    """`khởi tố 4 bị can`: a number before a noun counts it; it does not number the event."""
    nxt = line.key(j + 1)
    if any(line.phrase(j + 1, noun) > 0 for noun in _COUNTED_NOUNS):
        return True
    if event_verb_at(line, j + 1):
        return False  # "Hội nghị Trung ương 8 khai mạc": the number names the meeting
    return line.lower(j + 1) and nxt not in STOP and nxt not in CLAUSE_END and nxt not in _TERMS


def _modifiers(line: Line, i: int) -> int:
    end = i
    for _ in range(8):
        body = org(line, end, loose=False)
        # "kỳ họp thứ nhất HĐND các cấp": the councils of every level meet.
        options = [_ordinal(line, end), max(body, level_suffix(line, body))]
        if line.is_(end, "khóa") and (
            line.roman(end + 1) or line.is_(end + 1, "mới") or line.digit(end + 1)
        ):
            options.append(end + 2)
        options.append(line.longest(end, _MODIFIERS))
        # "cuộc tiếp xúc chính thức cũng như không chính thức": coordinated modifiers.
        joined = line.phrase(end, "cũng như") if end > i else -1
        if joined > 0:
            options.append(line.longest(joined, _MODIFIERS))
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


def _between_parties(line: Line, end: int) -> bool:
    """`một cuộc gặp | giữa Tổng thống X và ...`: an event between named parties is specific."""
    if not line.is_(end, "giữa"):
        return False
    k = end + 1
    return role(line, k) > k or place_at(line, k) > k or someone_at(line, k)


def event_at(line: Line, i: int) -> int:
    """End of an event phrase whose noun starts at i, or -1."""
    noun = line.match(i, "events")
    if noun < 0 or _no_event_at(line, i, noun):
        return -1
    end = _named_extent(line, i, noun)
    weak = line.key(i) in _WEAK and not (line.key(i) == _CONGRESS and noun > i + 1)
    specific = _specific(line, i, noun, end, weak)
    if weak and not specific or generic_owner(line, end):
        return -1
    if not specific and (line.is_(i - 1, *_QUANTIFIERS) or _counted_before(line, i)):
        return -1
    return _held_jointly(line, i, noun, _with_manners(line, i, end))


def _held_jointly(line: Line, i: int, noun: int, end: int) -> int:
    """`[cuộc họp báo chung]` (news15), `[diễn tập quân sự chung]` (news11), both missed
    at blind time: held by two sides together, after a classifier or a kind; a bare
    noun's `chung` is said of a kind (`hạn chế tập trận chung với nước ngoài`)."""
    if not line.is_(end, "chung") or not (line.is_(i - 1, *_CLASSIFIERS) or end > noun):
        return end
    return end + 1


def _no_event_at(line: Line, i: int, noun: int) -> bool:
    """The event noun at i is part of something else: a level, a compound, a law's title."""
    if level_suffix(line, noun) > 0 or compound_before(line, i):
        return True
    if line.ending(i, _CRITERIA):
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
    named = line.cap(i) or line.is_(i - 1, *_CLASSIFIERS) or _named_by_purpose(line, i, noun)
    # "ĐH thông qua ...", "ĐH bầu ...": the abbreviation is a subject, never named by a verb.
    if named and not subject_acting(line, i, end) and line.key(i) != _CONGRESS:
        end = max(end, purpose(line, end))
    end = tried_affair(line, i, lawsuit_name(line, i, end))
    if line.cap(i):
        end = max(end, _numbered_name(line, end), field_and_place(line, end))
        end = _acronym_after(line, end) if end > noun else end  # not "Đại hội (ĐH)"
    return end


def _specific(line: Line, i: int, noun: int, end: int, weak: bool) -> bool:
    """One particular event rather than the kind: named beyond its noun, classified, held,
    dated, between parties, placed or timed, or one of a plural that says which."""
    classified = line.is_(i - 1, *_CLASSIFIERS) or line.is_(i - 1, "việc") or _held(line, i)
    classified = classified or _dated_election(line, i, noun) or reported_election(line, i)
    plural = line.is_(i - 1, "các", "những", "nhiều", "mọi", "từng", "mỗi")
    # "các hội nghị ASEAN": meetings of a bloc, many of them, name no one meeting.
    bloc_only = plural and line.lower(i) and org(line, noun, loose=False) == end
    specific = (
        end > noun and not bloc_only or classified or (_between_parties(line, end) and not plural)
    )
    specific = specific or weak and not plural and placed_or_timed(line, end)
    specific = specific or line.is_(i - 1, "các", "những") and within_event(line, end)
    return specific or joined_plural(line, i, end)


def _with_manners(line: Line, i: int, end: int) -> int:
    """End after how the event was held (`cuộc họp đột xuất`), one manner after another."""
    answered = asked_in_person(line, end) and not line.is_(i, "phiên", "buổi")  # a sitting's own
    manner = end if answered else line.longest(end, _MANNERS)
    while manner > end:  # "cam go | đầu tiên": one manner after another
        end = _modifiers(line, manner)
        manner = line.longest(end, _MANNERS)
    return end


def _dated_election(line: Line, i: int, noun: int) -> bool:
    """`kể từ ngày bầu cử 25/4`: an election with its date is one election."""
    dated = line.digit(noun) and any(c in line.surface[noun] for c in "/-.")
    return dated and line.key(i) in _WEAK


def _counted_before(line: Line, i: int) -> bool:
    """`qua 7 kỳ đại hội`, `2 kỳ họp`: sessions counted are no one event.

    Other counts stay (`sau 3 vòng hiệp thương` is one round of talks).
    """
    j = i - 1 if line.is_(i - 1, "kỳ") else i
    counted = line.is_(j, "kỳ") and line.digit(j - 1) and line.surface[j - 1].isdigit()
    return counted and not line.is_(j - 2, *_UNIT_NOUNS)


# Unit nouns before a number that names a place: "quận 12 khánh thành ...".
_UNIT_NOUNS = ("quận", "phường", "khu", "số")


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


def _numbered_name(line: Line, i: int) -> int:
    """`Đại hội Thi đua yêu nước ngành tư pháp lần thứ V`: a titled event up to its number."""
    titled = False
    for j in range(i, min(line.n, i + 7)):
        if line.is_(j, "lần", "thứ") and _ordinal(line, j) > j:
            named = not titled or line.cap(i) and line.cap(j - 1)  # "... ASEAN | lần thứ"
            return _modifiers(line, _ordinal(line, j)) if named else -1
        titled = titled or line.match(j, "titles") >= 0  # "Hội nghị Bộ trưởng ... lần thứ 55"
        if not line.word(j) or is_stop(line, j) or line.match(j, "documents") >= 0:
            return -1
    return -1


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+]*$|^[0-9]+$|^[-+]$")
_MAX_ACRONYM = 4


def _acronym_after(line: Line, end: int) -> int:
    """End of `(APPF-14)`, `(AMM-55)` right after a titled event ending at end, or end."""
    first = line.surface[end + 1] if end + 1 < line.n else ""
    if line.surface[end : end + 1] != ["("] or not first.isupper():
        return end
    for k in range(end + 2, min(line.n, end + 2 + _MAX_ACRONYM)):
        if line.surface[k] == ")":
            return k + 1
        if not _ACRONYM.match(line.surface[k]):
            return end
    return end


def _held(line: Line, i: int) -> bool:
    """`tổ chức lấy phiếu tín nhiệm`, `tiến hành bầu cử`: an event that takes place."""
    j = i - 1 if line.is_(i - 1, "một") else i  # "tiến hành một chiến dịch quân sự"
    return any(line.phrase(j - 2, verb) == j for verb in _HOLD_VERBS)


def find_events(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    for i in line.listed():
        if _inside_name(line, i) or facility(line, i):
            continue
        end = event_at(line, i)
        if end > i:
            start = i - 1 if line.is_(i - 1, *_CLASSIFIERS) else i
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
            line.cap(c.end) and line.is_(c.end - 2, "thứ") and _ordinal(line, c.end - 3) == c.end
        )
        if opening or numbered:
            out.append(Candidate(c.start, opened.end, "EVENT"))
    return out


def _inside_name(line: Line, i: int) -> bool:
    """`Quốc hội thảo luận`: an event word (`hội thảo`) that starts inside a body's name."""
    return any(line.match(k, "bodies", "media", "places") > i for k in range(max(0, i - 3), i))
