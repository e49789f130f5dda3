"""The later acts of a sentence's subject share the date that opens the sentence (WHEN).

A date opening a sentence goes to its nearest event, and to the events
joined right after it (`dates.joined_events`). Once-blind sets missed the
acts told further on, after the first act's object or place (news5,
news9, news10 twice; none found by today's patterns before this module):
`Sáng nay 8-12, Cơ quan điều tra … đã ra quyết định [khởi tố] ông X, bí
thư …, áp dụng lệnh [cấm đi khỏi nơi cư trú]`, `Hôm nay 28-11, đoàn … sẽ
đi [thăm và làm việc] với các sở … và [ký kết hợp tác …]`, `Sáng 1-2, Hội
Nhà báo … đã khai mạc [phòng trưng bày …] với …; đồng thời tổ chức [liên
hoan ảnh]`, `Tối qua (1-2), [Hội Báo Xuân …] đã bế mạc tại Hà Nội bằng
[lễ trao giải …]`.

The construction: the sentence opens with its only date (a dateline's
outlet or a place before it at most), and the later event is the same
subject's next act: right before it `và`, `bằng` (the means), or a comma
or semicolon with a verb of carrying out (`tổ chức`, `áp dụng (lệnh)`,
`tiến hành`, `đồng thời …`), or a comma closing the first act's place (`Sáng
nay 25/4, Đại hội đã họp phiên bế mạc tại Hội trường, [biểu quyết] …`: news8,
news12). Lookalikes it leaves (the gold leaves them
unlinked on the same sets): an event after a bare comma in a list (`…,
tha tù … cho 8.300 phạm nhân, [đặc xá]`, `ngoài phiên khai mạc, bế mạc,
[trả lời chất vấn]`), an event told after `sau`, `về`, `kết quả`, `chào
mừng`, and any sentence with a second date.

A gathering opening the clause as the subject of coming acts (`Hôm nay
(23-4), [đại hội] sẽ chốt lại danh sách [bầu …]`, `Chiều nay, [Đại hội] sẽ
[bỏ phiếu …]`, `Sáng 25-4, [đại hội] sẽ nghe …`: news12, news14, 5 items,
none linked in the gold) is not timed; its first act after it is. A
gathering told as held keeps the date (`Sáng nay 25/4, [Đại hội] đã họp
phiên bế mạc`, news8).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# Right before the later event: the subject's next act.
_NEXT_ACT = re.compile(
    r"(?:\bvà\s+(?:(?:đã|sẽ|cùng|cũng)\s+)*|\bbằng\s+|"
    r"[,;]\s*(?:đồng thời\s+)?(?:(?:đã|sẽ|cũng)\s+)*(?:tổ chức|áp dụng(?:\s+lệnh)?|tiến hành)\s+|"
    r";\s*đồng thời\s+(?:\S+\s+)?|"
    r"\btại\s+[^,.;:!?\n]{1,30},\s*)$",
    re.IGNORECASE,
)
_CUE_REACH = 30
_OPENERS = ("ORG", "LOC")


def later_acts(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, timed: list[int]
) -> list[int]:
    """Events after the ones already timed that the opening date also times."""
    k = members.index(date)
    if any(spans[m][2] not in _OPENERS for m in members[:k]):
        return []
    if any(spans[m][2] == "DATE" for m in members[k + 1 :]) or not timed:
        return []
    last = max(spans[e][1] for e in timed)
    if min(spans[e][0] for e in timed) < spans[date][1]:
        return []
    out = []
    for e in members[k + 1 :]:
        start, _, label = spans[e]
        if label != "EVENT" or start < last or e in timed:
            continue
        if _NEXT_ACT.search(text, max(last, start - _CUE_REACH), start):
            out.append(e)
    return out


_COMING_GATHERING = re.compile(r"(?:đại hội|ĐH|hội nghị|kỳ họp|phiên họp)\b", re.IGNORECASE)
_COMING = re.compile(r"\s*(?:(?:cũng|tiếp tục)\s+)?sẽ\b", re.IGNORECASE)


def coming_gathering(text: str, date: LabelledRange, event: LabelledRange) -> bool:
    """`[Hôm nay], [đại hội] sẽ …`: the gathering opens the date's clause as the subject of
    coming acts."""
    return (
        date[1] <= event[0]
        and not text[date[1] : event[0]].strip(" ,")
        and bool(_COMING_GATHERING.fullmatch(text, event[0], event[1]))
        and bool(_COMING.match(text, event[1]))
    )


def first_act_after(
    text: str, spans: Sequence[LabelledRange], members: list[int], event: int
) -> list[int]:
    """The first act after the gathering in the sentence, with no date between: [] or [it].
    Another gathering named there is a topic (`các văn kiện [Đại hội X]`), no act."""
    for m in members:
        if spans[m][0] < spans[event][1]:
            continue
        if spans[m][2] == "DATE":
            return []
        if spans[m][2] == "EVENT" and not _COMING_GATHERING.match(text, spans[m][0]):
            return [m]
    return []
