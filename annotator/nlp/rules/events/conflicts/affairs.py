"""EVENT: an affair named by what happened or by the person it is about.

`về [vụ nước bẩn]`, `bóc gỡ [vụ tiêu cực quota dệt may]`, `lên tiếng [vụ người
thiệt mạng] ở thị trấn X`, `về [vụ việc điện kế điện tử] ở [TP.HCM]`, `[vụ ông
X]`, `[vụ tham ô Lã Thị Kim Oanh]`: the guidelines make an affair named by what
happened an EVENT, and so a case named by its defendant. At blind time these
were missed in news4 (2), news5 (3), news8 (5), news9 (1) and news10 (1), and
in news3 and news7 before the case rules; no rule had proposed them.

What names the affair is read only after a word that refers to one particular
affair (`về`, `trong`, `sau`, `là`, `bóc gỡ`, `lên tiếng`, `điều tra`,
`liên quan đến`) and never after a count or a quantifier (`15 vụ tham nhũng`,
`các vụ tiêu cực`). The crime itself is no name (`vụ tham ô ở Công ty X`, `vụ
lừa đảo thuế`, `vụ buôn lậu xăng dầu` stay unmarked in every file), nor a bare
`vụ việc`, nor a deictic one (`vụ chạy tội trên`). A place after `ở` stays
outside, its own LOC; after `tại` it names the affair, as the gold writes it
(`vụ sai phạm quản lý đất đai tại huyện đảo Phú Quốc`, `vụ án ... tại cửa khẩu
Tân Thanh`).
"""

from __future__ import annotations

from annotator.nlp.rules.events.conflicts.incidents import VU_WORDS
from annotator.nlp.rules.events.conflicts.misdeeds import find_misdeeds
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop, is_surname, person_run
from annotator.nlp.rules.places.listed import place_at

# Words right before `vụ` that point at one affair the article reports.
_CUES: tuple[str, ...] = (
    "về",
    "trong",
    "sau",
    "là",
    "bóc gỡ",
    "lên tiếng",
    "điều tra",
    "liên quan đến",
)
_CUES += ("liên quan tới", "xử lý", "nhân", "tiếng")
# An affair given as the example of a kind, charged, or whose suspects or damages are
# spoken of: "như [vụ dầu khí] vừa qua" (news21, news28), "Khởi tố [vụ điện kế điện
# tử]" (news21, news31), "các bị can [vụ điện kế điện tử]" (news27), "bồi thường [vụ
# điện kế điện tử]" (news31), all missed at blind time and marked in every gold file.
_CUES += ("như", "khởi tố", "bị can", "bồi thường")
# Crimes and wrongdoings by their kind: `vụ tham ô`, `vụ nhận tiền`, `vụ lừa đảo`.
_CRIMES = (
    "tham ô",
    "tham nhũng",
    "nhận tiền",
    "nhận hối lộ",
    "đưa hối lộ",
    "hối lộ",
    "lừa đảo",
    "buôn lậu",
    "buôn bán",
    "mua bán",
    "vận chuyển",
    "tàng trữ",
    "trộm",
    "cướp",
    "giết",
    "sát hại",
    "đâm",
    "đánh",
    "hiếp",
    "xâm hại",
    "chạy tội",
    "chạy án",
    "cá độ",
    "đánh bạc",
    "trốn thuế",
    "làm giả",
    "giả mạo",
    "nhập lậu",
    "nhập khẩu",
    "xuất khẩu",
    "gây rối",
    "lạm dụng",
    "vi phạm",
    "cố ý",
)
_DEICTICS = frozenset(keys_of("này đó trên ấy"))
# Words that end what names an affair: the clause goes on.
_ENDS = frozenset(
    keys_of("ở của đã đang sẽ được bị là thì mà cho khiến xảy vừa với do khi nhưng nên")
)
_MAX_NAME = 9
_MAX_KIND = 3
_MAX_UNIT = 2


def _cued(line: Line, i: int) -> bool:
    return any(line.phrase(i - len(c.split()), c) == i for c in _CUES)


def _person_named(line: Line, j: int) -> int:
    """End of `ông Mai Văn Dâu`, `tham ô Lã Thị Kim Oanh` at j: the person the affair is
    about, after at most three lowercase words of its kind, or -1."""
    k = j
    while k < line.n and k - j < _MAX_KIND and line.lower(k) and not is_stop(line, k):
        if line.is_(k, "ông", "bà"):
            break
        k += 1
    if line.is_(k, "ông", "bà"):
        k += 1
    if not is_surname(line, k):
        return -1
    end = person_run(line, k)
    return end if end > k + 1 else -1


def _what_happened(line: Line, j: int) -> int:
    """End of `nước bẩn`, `tiêu cực quota dệt may`, `bệnh viện X trúng bom` at j, or -1."""
    if any(line.phrase(j, c) > 0 for c in _CRIMES) or line.match(j, "incidents", "talks") > j:
        return -1
    k = j
    while k < line.n and k - j < _MAX_NAME and line.word(k) and not line.digit(k):
        if line.key(k) in _ENDS:
            break
        if line.is_(k, "tại"):
            return _place_named(line, k + 1)  # "tại huyện đảo Phú Quốc" names it
        if line.cap(k) and not (line.lower(k + 1) and line.word(k + 1)):
            return -1  # "vụ việc ở | Bucha", "vụ Hà Nội": a name ends it, no name of its own
        if line.lower(k) and is_stop(line, k) and not line.is_(k, "và"):
            return -1  # "vụ xe tải lao | vào chợ": the clause goes on, its end unknown
        k += 1
    if k - j < 2 or line.key(k - 1) in _DEICTICS or line.digit(k):
        return -1
    overflow = k - j >= _MAX_NAME and line.word(k) and line.key(k) not in _ENDS
    return -1 if overflow else k


# People counted as the subject of what happened: "vụ 22 chiến sĩ ... đánh bạc".
_PEOPLE: tuple[str, ...] = ("chiến sĩ", "cán bộ", "người", "học sinh", "sinh viên", "du khách")
_PEOPLE += ("công nhân", "thanh niên", "cảnh sát", "công an", "bệnh nhân", "trẻ em", "ngư dân")
_PEOPLE += ("nhân viên",)
_NUMBERS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "hàng")


def _counted_people(line: Line, j: int) -> int:
    """End of `22 chiến sĩ Công an Hà Nội đánh bạc`, `ba du khách tử vong` at j: people
    counted, then what they did or suffered, up to the clause's end, or -1.

    The count makes the affair one (news4 0422 `[vụ 22 chiến sĩ Công an Hà Nội đánh
    bạc]`); the name of the place after `ở` stays outside, as for any affair."""
    counted = line.digit(j) and line.surface[j].isdigit() or line.is_(j, *_NUMBERS)
    people = line.longest(j + 1, _PEOPLE) if counted else -1
    if people < 0:
        return -1
    k = people
    while k < line.n and k - people < _MAX_NAME and line.word(k) and not line.digit(k):
        if line.key(k) in _ENDS and not line.is_(k, "bị"):
            break
        if line.is_(k, "tại"):
            return max(k, _place_named(line, k + 1))  # "tại Công an huyện X" names it
        k += 1
    verb = k > people and line.lower(k - 1) and not is_stop(line, k - 1)
    return k if verb and (k >= line.n or not line.word(k) or line.key(k) in _ENDS) else -1


_MAX_NAME_WORDS = 3


def _crime_named(line: Line, j: int) -> int:
    """End of `buôn lậu Hang Dơi` at j: a crime and, right after it, the capitalised
    place it is known by, or -1.

    news24 `Truy tố 38 bị can trong [vụ buôn lậu Hang Dơi]`, `Cán bộ tiếp tay [vụ buôn
    lậu Hang Dơi]` (three times, missed at blind time): the name makes the affair one
    without a cue before it; a place after `ở` or `tại`, or a person (read by
    `_person_named`), is not this rule's."""
    crime = max(line.phrase(j, c) for c in _CRIMES)
    if crime < 0 or not line.cap(crime) or is_surname(line, crime):
        return -1
    end = place_at(line, crime)
    if end > crime:
        return end
    end = crime
    while end < line.n and end - crime < _MAX_NAME_WORDS and line.cap(end) and line.word(end):
        end += 1
    return -1 if line.cap(end) and line.word(end) else end


def _place_named(line: Line, k: int) -> int:
    """End of `huyện đảo Phú Quốc`, `cửa khẩu Tân Thanh` at k (a lowercase unit or two,
    then a capitalised place), or -1."""
    for skip in range(_MAX_UNIT + 1):
        if skip and not line.lower(k + skip - 1):
            return -1
        if line.cap(k + skip) and place_at(line, k + skip) > k + skip:
            return place_at(line, k + skip)
    return -1


def affair_at(line: Line, i: int) -> int:
    """End of an affair named by what happened or by its person, `vụ` at i, or -1."""
    if not line.is_(i, "vụ") or not line.lower(i) or line.is_(i - 1, *VU_WORDS):
        return -1
    if line.is_(i - 1, "các", "những", "nhiều", "mọi", "một", "mấy") or line.digit(i - 1):
        return -1
    j = i + 2 if line.is_(i + 1, "việc") else i + 1
    if line.is_(j, "án") or not (line.lower(j) or line.digit(j)):
        return -1  # "vụ án ...": the case rules; "vụ Tân Trường Sanh": a name read there
    if line.is_(j, "trưởng", "phó"):
        return -1  # "vụ trưởng Lương Cao Khải": a department head's title, no affair
    person = _person_named(line, j)
    if person > 0:
        return person
    counted = _counted_people(line, i + 1)
    if counted > 0:
        return counted
    named = _crime_named(line, j)
    if named > 0:
        return named
    return _what_happened(line, j) if _cued(line, i) else -1


def find_affairs(line: Line) -> list[Candidate]:
    """Affairs named by what happened or by the person they are about, and those
    named by their misdeed alone (`misdeeds`)."""
    found = find_misdeeds(line)
    for i in line.where("vụ"):
        end = affair_at(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    return found
