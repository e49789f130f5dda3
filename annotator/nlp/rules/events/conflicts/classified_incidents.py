"""An incident named by its classifier: `vụ tấn công bằng tên lửa`, `vụ nổ một kho đạn`,
`vụ tai nạn tàu E1`, `cuộc xung đột Nga - Ukraine`, `cuộc trao đổi qua điện thoại`.

After `vụ`, `cuộc`, `trận` or `buổi`, a noun of the `incidents` gazetteer is an event
with what names it: the weapon after `bằng`, what exploded or burnt, the vehicle's code
or the place and the other side, a count (`lần thứ hai`), its manner and its owner.
Kept apart from the other incidents (events.conflicts.incidents: cases, fighting, receptions,
arrests), which only ask where one ends.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.owners import owner_after

# The classifiers that make a noun an incident (`vụ tai nạn`, `trận giao tranh`).
CLASSIFIERS = ("vụ", "cuộc", "trận", "buổi")
# Words that end the weapon after `bằng` ("bằng tên lửa | vào ...").
_AFTER_WEAPON = frozenset(
    keys_of(
        "của vào tại ở và trên với nhằm khiến làm đã ngày hôm gần trong từ tới đến nhưng "
        "nên thì là được bị"
    )
)
_MAX_WEAPON = 2
_BURNS = ("nổ", "cháy")
_MAX_OBJECT = 3
# Verbs that follow an incident and start the clause: "vụ nổ một kho đạn | xảy ra".
_EVENT_VERBS = frozenset(keys_of("xảy khiến gây làm đã vừa mới cũng xảy"))
# How talks are held, part of their name: "cuộc thảo luận trực tiếp".
_TALK_MANNERS = ("trực tiếp", "trực tuyến", "cấp cao", "song phương", "chính thức", "riêng")
_VEHICLES = ("tàu", "xe", "máy bay", "chuyến bay", "chuyến tàu", "tàu hỏa")
_CODE = re.compile(r"^[A-Z]{1,3}[0-9]{0,4}$")


def _weapon(line: Line, i: int) -> int:
    """End of `bằng tên lửa` at i (one or two lowercase words after `bằng`, then its kind), or i."""
    if not line.is_(i, "bằng"):
        return i
    j = i + 1
    while j < line.n and j - i <= _MAX_WEAPON and line.lower(j):
        if line.key(j) in _AFTER_WEAPON:
            break
        j += 1
    # What kind of weapon, after it: "bằng vũ khí hóa học" (news12 0308).
    return max(j, line.longest(j, line.gaz.phrases("weapon_kinds"))) if j > i + 1 else i


def incident_at(line: Line, i: int) -> int:
    """End of `vụ tấn công bằng tên lửa` whose classifier is at i, or -1."""
    if line.is_(i, "đợt"):
        return wave_at(line, i)
    if not line.is_(i, *CLASSIFIERS) or not line.lower(i + 1):
        return -1
    if line.is_(i, "trận") and line.is_(i - 1, "thế", "mặt", "chiến", "ra", "xuất"):
        return -1  # "thế trận bao vây", "ra trận": `trận` inside another word
    noun = line.match(i + 1, "incidents")
    if line.is_(i, "cuộc", "buổi") and line.match(i + 1, "talks") > noun:
        talk = line.match(i + 1, "talks")  # "cuộc trao đổi qua điện thoại"
        return manners_after(line, max([talk] + [line.phrase(talk, m) for m in _TALK_MANNERS]))
    if noun < 0:
        return -1
    end = _ordinal(line, _named(line, _weapon(line, _what_burnt(line, i + 1, noun))))
    end = manners_after(line, end)  # "trận chiến cam go đầu tiên"
    return max(end, owner_after(line, end))  # "cuộc không kích của Nga"


def _what_burnt(line: Line, i: int, noun: int) -> int:
    """End of `nổ một kho đạn`, `cháy một khu chợ` after an explosion or fire, or noun.

    `một` and up to three lowercase words name what exploded or burnt; the
    words that end a weapon end it too (`vụ nổ | ở`, `vụ cháy | khiến`).
    """
    if not line.is_(i, *_BURNS) or noun != i + 1 or not line.is_(noun, "một"):
        return noun
    if line.is_(noun + 1, "lần", "số", "thời", "cách", "chút"):
        return noun  # "vụ nổ | một lần nữa", "vụ cháy | một cách bất ngờ"
    j = noun + 1
    while j < line.n and j - noun <= _MAX_OBJECT and line.lower(j) and line.word(j):
        if line.key(j) in _AFTER_WEAPON or line.key(j) in _EVENT_VERBS:
            break
        j += 1
    return j if j > noun + 1 else noun


def _named(line: Line, i: int) -> int:
    """End of what names an incident after its noun (`tàu E1`, `Chechnya`), or i."""
    vehicle = max(line.phrase(i, v) for v in _VEHICLES)
    if vehicle > i and _code(line, vehicle) > vehicle:
        return _code(line, vehicle)  # "vụ tai nạn tàu E1", "vụ tai nạn máy bay MH17"
    if line.ending(i, _VEHICLES) and (_code(line, i) > i or line.foreign(i)):
        return max(_code(line, i), i + 1)  # "vụ lật tàu E1", "vụ chìm tàu Kursk"
    place = line.match(i, "places")
    if line.cap(i) and place > i:
        return _other_party(line, place)
    return i + 1 if line.foreign(i) else i


def _other_party(line: Line, i: int) -> int:
    """End of `- Ukraine` after `cuộc xung đột Nga` at i: the two sides name it, or i."""
    if line.surface[i : i + 1] not in (["-"], ["–"]) or not line.cap(i + 1):
        return i
    return max(i, line.match(i + 1, "places", "bodies"))


def _code(line: Line, i: int) -> int:
    """End of a train's or flight's code at i (`E1`, `SE7`, `MH17`; tokens `SE`, `7`), or i."""
    if i >= line.n or not _CODE.match(line.surface[i]):
        return i
    glued = line.digit(i + 1) and not line.gap(i + 1) and not line.surface[i][-1].isdigit()
    return i + 2 if glued else i + 1


def _ordinal(line: Line, i: int) -> int:
    """End of `lần thứ hai`, `lần thứ 2` after an incident's name, or i."""
    if line.phrase(i, "lần thứ") > i and (line.word(i + 2) or line.digit(i + 2)):
        return i + 3
    return i


def wave_at(line: Line, i: int) -> int:
    """End of `đợt tấn công của Nga`, `đợt di tản bằng trực thăng` at i, or -1.

    A wave (`đợt`) of an operation is one event when its author or its means is
    named (news13 0212, news19 0201 twice at blind time); without them it is a kind
    of work or a wave of anything (`nhiều đợt tấn công trấn áp tội phạm`, `một đợt
    phản công`, a disease's `đợt tấn công`), and the gold leaves it.
    """
    noun = line.match(i + 1, "incidents")
    if noun < 0 or not line.lower(i + 1):
        return -1
    weapon = _weapon(line, noun)
    owner = owner_after(line, noun)
    return max(weapon, owner) if max(weapon, owner) > noun else -1
