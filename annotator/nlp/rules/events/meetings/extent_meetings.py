"""EVENT: a gathering keeps whom it gathers, or its field, written right after it.

At blind time the rules cut a lowercase meeting at its head in five of the
twelve once-blind sets, each time with another complement: news3 `[buổi họp
mặt truyền thống chiến khu An Phú Đông lần thứ 30]`, news4 `[kỳ họp thứ nhất
HĐND các cấp]`, news10 `[buổi giao ban báo chí]`, news12 `[hội nghị đại biểu
Quốc hội chuyên trách]` and `[hội nghị giáo dục]`, news14 `[cuộc họp mặt cán
bộ, nhân viên 4 văn phòng]`; four of them were still cut by today's rules. The
gold keeps the complement in all six (and dev's `hội nghị cán bộ chủ chốt`).

Round 21: the head may be capitalised mid-sentence or open its session (`[Hội
nghị đại biểu Quốc hội chuyên trách lần thứ tư]`, `[buổi khai mạc hội nghị …]`),
and the number may be spelled (`lần thứ tư`), as the gold of news19 has them;
no other gold file has either shape left cut, and none changes elsewhere.

The construction: a gathering head (`hội nghị`, `hội thảo`, `họp mặt`, `gặp
mặt`, `giao ban`, `tọa đàm`, with or without `cuộc`/`buổi` or its opening or
closing session, `buổi khai mạc hội nghị`), lowercase or capitalised, then
a member of the closed class `meeting_members` (the people a meeting gathers,
the sectors of state work, `truyền thống`), then what may follow it: a post or
body the members belong to (`đại biểu Quốc hội chuyên trách`), more members
after a comma or `và`, a count of units (`4 văn phòng`), a qualifier
(`toàn quốc`, `các cấp`, `mở rộng`), the session's number (`lần thứ 30`).
Participants after `với` stay outside (guidelines, Extents), and a person named
after the member is the speaker, not the meeting's (`tại hội nghị đại biểu
[Nguyễn Văn A] nói`).

Round 22: the members may be named by their post alone, a ROLE the rules
found (`[Hội nghị ĐBQH chuyên trách] đã khai mạc`, news20 0117, where the
abbreviation is no lowercase member; `Hội nghị Bộ trưởng Quốc phòng ASEAN mở
rộng lần thứ 5`). Every meeting of posts in the gold files keeps its post
(news12, news19, news20; none left outside). A post right after a meeting may
also be the subject of the next clause (`phát biểu tại hội nghị Thủ tướng yêu
cầu …`), so the post joins only when what follows it belongs to a meeting's
name or says what the meeting does: a qualifier, its number, the end of the
sentence, `tại`/`ở`/`vào`, or a verb of the meeting (`khai mạc`, `diễn ra`),
an adverb before it allowed (`đã khai mạc`).
"""

from __future__ import annotations

from annotator.nlp.rules.events.extent.event_numbers import ORDINAL_WORDS
from annotator.nlp.rules.events.extent.sides import drop_covered
from annotator.nlp.rules.events.extent.tails import event_verb_at
from annotator.nlp.rules.lines import Candidate, Line

# The meeting heads whose members join them (`gatherings`: "hội nghị", "họp mặt") and
# the words that say how wide a gathering is, after its members (`gathering_reach`:
# "toàn tỉnh", "chủ chốt"), are gazetteer data.
# Units a count of members is given in: "cán bộ, nhân viên 4 văn phòng".
_UNITS = ("văn phòng", "đơn vị", "cơ quan", "ngành", "tỉnh", "huyện", "xã", "thế hệ", "khóa")
_JOINS = (",", "và")
_BELONGING = frozenset({"ROLE", "ORG", "LOC"})
_MAX_HEAD = 5  # a head with its classifier and step: "cuộc họp mặt", "buổi khai mạc hội nghị"


def meetings_with_members(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Every lowercase meeting head grown over the members or field written after it."""
    out: list[Candidate] = []
    roles: dict[int, Candidate] = {}
    for s in spans:
        if s.label == "ROLE":
            roles.setdefault(s.start, s)  # looked up by start: one line may hold thousands
    for c in spans:
        if c.label == "EVENT" and c.end - c.start <= _MAX_HEAD:
            end = _members_end(line, c, spans, roles)
            if end > c.end and _takes_whole(spans, c, end):
                c = Candidate(c.start, end, c.label, c.weak)
        out.append(c)
    return drop_covered(sorted(out, key=lambda s: (s.start, -s.end)))


def _takes_whole(spans: list[Candidate], c: Candidate, end: int) -> bool:
    """No other span straddles the new end (a name cut in two is no extent)."""
    return all(s.end <= end or s.start >= end for s in spans if s.start >= c.end)


def _members_end(
    line: Line, c: Candidate, spans: list[Candidate], roles: dict[int, Candidate]
) -> int:
    """End of the members after the meeting `c`, or -1 (`roles`: the first ROLE at each start)."""
    if not line.ending(c.end, line.gaz.phrases("gatherings")):
        return -1
    end = max(_member(line, c.end, spans), _post_member(line, c.end, roles))
    if end < 0:
        return -1
    while True:
        step = max(_joined_member(line, end, spans), _counted_units(line, end))
        reach = line.longest(end, line.gaz.phrases("gathering_reach"))
        step = max(step, reach, _number(line, end))
        if step <= end:
            break
        end = step
    return -1 if _speaker_after(line, end, spans) else end


def _member(line: Line, i: int, spans: list[Candidate]) -> int:
    """End of one member at i, with the post or body it is named by (`đại biểu Quốc
    hội chuyên trách`, `truyền thống chiến khu An Phú Đông`), or -1."""
    end = line.match(i, "meeting_members")
    if end < 0 or not line.lower(i):
        return -1
    at = {s.start: s for s in spans if s.label in _BELONGING}
    if i in at:
        end = max(end, at[i].end)  # "đại biểu Quốc hội chuyên trách" found as a post
    elif end in at:
        end = at[end].end  # "cán bộ Bộ Ngoại giao"
    elif line.phrase(i, "truyền thống") == end:
        end = _tradition(line, end, at)
    return end


# Adverbs between a meeting's name and its verb: "Hội nghị X đã khai mạc".
_ADVERBS = ("đã", "sẽ", "vừa", "đang", "chính thức")
# Words after a meeting's name that are no part of it: "tại Hà Nội", "vào sáng nay".
_AFTER_NAME = ("tại", "ở", "vào", "lần", "khóa")


def _post_member(line: Line, i: int, roles: dict[int, Candidate]) -> int:
    """End of the members named by their post at i (`ĐBQH chuyên trách`, `Bộ trưởng
    Quốc phòng ASEAN`), when what follows belongs to a meeting's name, or -1."""
    post = roles.get(i)
    if post is None:
        return -1
    k = post.end
    ends = k >= line.n or line.surface[k] in (".", ";", ")")
    reach = line.longest(k, line.gaz.phrases("gathering_reach"))
    if ends or reach > k or line.is_(k, *_AFTER_NAME):
        return k
    k = max(k, max(line.phrase(k, a) for a in _ADVERBS))
    return post.end if event_verb_at(line, k) else -1


def _tradition(line: Line, end: int, at: dict[int, Candidate]) -> int:
    """`truyền thống chiến khu [An Phú Đông]`: one or two lowercase words then a place."""
    for k in (end + 1, end + 2):
        if all(line.lower(j) for j in range(end, k)) and k in at:
            return at[k].end
    return end


def _joined_member(line: Line, end: int, spans: list[Candidate]) -> int:
    """`cán bộ, nhân viên`, `cán bộ và chiến sĩ`: another member after a comma or `và`."""
    if not (line.surface[end : end + 1] == [","] or line.is_(end, "và")):
        return -1
    return _member(line, end + 1, spans)


def _counted_units(line: Line, end: int) -> int:
    """`4 văn phòng`: the members counted by the units they come from."""
    if not (line.digit(end) and line.surface[end].isdigit()):
        return -1
    return line.longest(end + 1, _UNITS)


def _number(line: Line, end: int) -> int:
    """`lần thứ 30`, `lần thứ tư`: the gathering's number in its series, in figures or
    spelled after `thứ` (`thứ tư` alone is a weekday, so `lần` must come first)."""
    k = end + 1 if line.is_(end, "lần") else end
    ordinal = k > end and line.is_(k, "thứ")
    k = k + 1 if line.is_(k, "thứ") else k
    if k > end and (line.digit(k) and line.surface[k].isdigit() or line.roman(k)):
        return k + 1
    return k + 1 if ordinal and line.is_(k, *ORDINAL_WORDS) else -1


# A summit of a forum of states: "Hội nghị Cấp cao ASEM 5", as news8's "APEC 14".
_SUMMITS = ("cấp cao", "thượng đỉnh")
# What may follow a session's bare number (a count is followed by its noun instead).
_AFTER_NUMBER = ("tại", "ở", "vào", "diễn", "tổ", "sẽ", "đã", "khai", "bế", "được", "và", "là")


def summits_of_forums(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """A summit EVENT grown over the forum listed right after it, with its bare number."""
    out: list[Candidate] = []
    for c in spans:
        if c.label == "EVENT" and line.ending(c.end, _SUMMITS):
            end = line.match(c.end, "forums")  # "[hội nghị thượng đỉnh APEC]" (news2, news9)
            end = max(end, _session_number(line, end)) if end > c.end else -1
            if end > c.end and _takes_whole(spans, c, end):
                c = Candidate(c.start, end, c.label, c.weak)
        out.append(c)
    return drop_covered(sorted(out, key=lambda s: (s.start, -s.end)))


def _session_number(line: Line, k: int) -> int:
    """End of a bare session number at k (`ASEM 5,`), not a count (`APEC 21 nền kinh tế`)."""
    if not (line.digit(k) and line.surface[k].isdigit() and len(line.surface[k]) <= 2):
        return -1
    return k + 1 if not line.lower(k + 1) or line.is_(k + 1, *_AFTER_NUMBER) else -1


def _speaker_after(line: Line, end: int, spans: list[Candidate]) -> bool:
    """A person named right after the members: the speaker (`hội nghị đại biểu [A] nói`)."""
    return any(s.label == "PER" and s.start == end for s in spans)
