"""EVENT: a bare noun of war or fighting whose start, end, length or setting is told.

The guidelines (Extents) mark particular fighting said by a bare noun; the rules
found it after a few cues only (`trong [giao tranh]`, `xảy ra [chiến sự]`). At
blind time bare conflict nouns were missed in ten of the eleven once-blind sets
(news3 3, news4 1, news6 1, news7 2, news9 1, news11 3, news12 2, news13 6), and
the gold marks the noun whenever the article tells when that one conflict began,
ended or how long it has lasted, or sets the news in it:

    <start/end verb> <noun>                 `Nga bắt đầu [chiến dịch]`, `kết thúc [chiến sự]`
    (kể từ | sau | trước) khi <noun> <verb>  `kể từ khi [chiến tranh] kết thúc`
    <number> <unit of time> <noun>           `Sau gần một tháng rưỡi [giao tranh]`
    (bối cảnh) <noun>                        `Trong bối cảnh [xung đột] không có …`

A war told as over is one war too: `30 năm sau [chiến tranh]`, `[Chiến tranh] là
quá khứ`, `[Chiến tranh] đã lùi xa` (news11, news14, news15 unmarked by the
rules in round 19); in an article that tells it, the same bare noun opening a
sentence or after `trong` refers back to it (news13, news15).

Only a bare noun: one with a kind or a name after it (`chiến dịch tiêm chủng`,
`chiến tranh thương mại`) is left to the other rules, and so is one counted or in
general (`các cuộc chiến`, `tội ác chiến tranh`, `hậu quả chiến tranh`). A campaign
(`chiến dịch`) is a military one only when a state or force launches it (`Nga bắt
đầu [chiến dịch]`); a firm that starts a campaign is none.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.places.listed import place_at

_CAMPAIGN = "chiến dịch"
# Verbs of a conflict's start, end or going on, before it (a closed class).
_BOUNDS_BEFORE = (
    "bắt đầu",
    "kết thúc",
    "chấm dứt",
    "khép lại",
    "phát động",
    "mở màn",
    "khơi mào",
    "châm ngòi",
    "ngừng",
    "dừng",
    "leo thang",
    "mở",
)
# The same after it, once `khi` has opened the clause: `kể từ khi chiến tranh kết thúc`.
_BOUNDS_AFTER = (
    "bắt đầu",
    "kết thúc",
    "chấm dứt",
    "nổ ra",
    "bùng nổ",
    "bùng phát",
    "leo thang",
    "diễn ra",
    "khép lại",
)
_WHEN = ("khi", "lúc")
_AUXILIARIES = ("đã", "vừa", "mới", "sẽ")
_TIME_UNITS = ("giờ", "ngày", "tuần", "tháng", "năm")
_HALF = ("rưỡi",)
_SETTING = ("bối cảnh",)
# What may follow a bare noun: the end, punctuation, or a word opening the next phrase.
_AFTER_BARE = frozenset(
    keys_of(
        "ở tại vào từ và với nhưng thì là đã sẽ khi sau trước theo năm hôm ngày để nhằm "
        "trong cách kể không vẫn đang còn này ấy đó mà nên do bởi có"
    )
)
_NUMBER_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài")


def find_bounded_fighting(line: Line) -> list[Candidate]:
    """Bare war and fighting nouns with a start, end, length or setting (see the docstring)."""
    found = []
    for first in ("chiến", "giao", "xung"):
        for i in line.where(first):
            end = _bounded_at(line, i)
            if end > i:
                found.append(Candidate(i, end, "EVENT"))
    return found


def _bounded_at(line: Line, i: int) -> int:
    """End of a bare war noun at i whose start, end, length or setting is told, or -1."""
    war = line.longest(i, line.gaz.phrases("war_nouns"))
    if war > 0 and _opens_sentence(line, i) and _past_after(line, war):
        return war  # "Chiến tranh đã lùi xa hơn 30 năm", "Chiến tranh là quá khứ"
    if not line.lower(i):
        return -1
    campaign = line.phrase(i, _CAMPAIGN)
    end = max(war, campaign)
    if end < 0:
        return -1
    if war > 0 and (_bounded_after(line, i, end) or _past_after(line, war)):
        return end
    if not _bare(line, end):
        return -1
    if war > 0 and (_setting_before(line, i) or _lasted_before(line, i) or _after_it(line, i)):
        return end
    verb = _verb_before(line, i)
    return end if verb >= 0 and (war > 0 or _force_before(line, verb)) else -1


def _bare(line: Line, end: int) -> bool:
    """Nothing after the noun names a kind of it: the end, a mark or a clause word
    (`chiến tranh Iraq`, `chiến dịch tiêm chủng` have a name or a kind after them)."""
    return not line.word(end) or line.lower(end) and line.key(end) in _AFTER_BARE


def _verb_before(line: Line, i: int) -> int:
    """Start of the verb of start or end right before i (`kết thúc chiến sự`), or -1."""
    for k in (i - 1, i - 2):
        if line.longest(k, _BOUNDS_BEFORE) == i:
            return k
    return -1


def _bounded_after(line: Line, i: int, end: int) -> bool:
    """`kể từ khi chiến tranh (đã) kết thúc`: the conflict starts or ends in a `khi` clause."""
    if not line.is_(i - 1, *_WHEN):
        return False
    k = end
    while line.is_(k, *_AUXILIARIES) or line.phrase(k, "chính thức") > 0:
        k += 2 if line.phrase(k, "chính thức") > 0 else 1
    return line.longest(k, _BOUNDS_AFTER) > 0


# What is told of a war that is over, right after it: "chiến tranh đã lùi xa", "là quá khứ".
_PAST_AFTER = ("lùi xa", "là quá khứ", "đã qua", "kết thúc", "chấm dứt", "khép lại")


def _past_after(line: Line, end: int) -> bool:
    """`chiến tranh (đã) lùi xa`, `chiến tranh là quá khứ`: the war is told as over (news11,
    news15), one war with its end."""
    k = end + 1 if line.is_(end, *_AUXILIARIES) else end
    return line.longest(k, _PAST_AFTER) > k


def _after_it(line: Line, i: int) -> bool:
    """`30 năm sau chiến tranh`, `tồn đọng sau chiến tranh`: the time after one war, which
    ended (news11, news14)."""
    return line.is_(i - 1, "sau") and line.lower(i - 1)


def _opens_sentence(line: Line, i: int) -> bool:
    return line.cap(i) and (i == 0 or line.surface[i - 1] in _OPENERS)


_OPENERS = frozenset('.!?:"“-–(')


def _lasted_before(line: Line, i: int) -> bool:
    """`một tháng rưỡi giao tranh`, `12 ngày giao tranh`: how long it has lasted."""
    k = i - 1 if line.is_(i - 1, *_HALF) else i
    if not line.is_(k - 1, *_TIME_UNITS):
        return False
    return line.digit(k - 2) or line.is_(k - 2, *_NUMBER_WORDS)


def _setting_before(line: Line, i: int) -> bool:
    """`trong bối cảnh xung đột`: the news is set in that conflict."""
    return line.ending(i, _SETTING)


def _force_before(line: Line, verb: int) -> bool:
    """A state or force named right before the verb at `verb` (`Nga (đã) bắt đầu`)."""
    j = verb
    while j > 0 and line.is_(j - 1, *_AUXILIARIES):
        j -= 1
    return any(
        line.cap(s) and (place_at(line, s) == j or org(line, s, loose=False) == j)
        for s in range(max(0, j - 4), j)
    )


def wars_referred_back(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """In an article that tells when its war ended or began (a bare war EVENT above), the
    same bare noun at a sentence's start or after `trong` is that war (`Trong [chiến tranh]
    có người đi phía bên này`, `"[Chiến tranh] và thù địch …`, news13, news15)."""
    told = {
        tuple(line.keys[c.start : c.end])
        for line, spans in chosen
        for c in spans
        if c.label == "EVENT" and line.longest(c.start, line.gaz.phrases("war_nouns")) == c.end
    }
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        more = [
            Candidate(i, end, "EVENT")
            for first in ("chiến", "giao", "xung")
            for i in line.where(first)
            if (end := line.longest(i, line.gaz.phrases("war_nouns"))) > i
            and tuple(line.keys[i:end]) in told
            and i not in taken
            and _bare(line, end)
            and (_opens_sentence(line, i) or line.is_(i - 1, "trong") and line.lower(i))
        ]
        if more:
            chosen[index] = (line, sorted(spans + more, key=lambda c: c.start))
