"""A person named in what someone else says takes no part in the event framing the saying.

`Đọc diễn văn tại [buổi lễ], Bí thư [Nguyễn Phú Trọng] khẳng định, Chủ tịch
[Hồ Chí Minh] là …` (news28), `tại một [buổi lễ …] ở trụ sở Đảng TRT, ông
[Suriya] nói, ông [Thaksin] đã làm việc …` (news27): the event frames the
speaker's clause (`tại`, `trong` before it); the person after his verb of
saying and its comma (or `rằng`) is what he speaks of. Refused: that person's link to an event before
the speaker. Kept: the speaker's own link, and a person before the speaker
(`[A] và [B] …, ông [C] nói`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# A verb of saying right after the speaker (his posts may stand between in commas), then
# the comma, colon or `rằng` that opens what he says.
_SAYS = re.compile(
    r"\s*(?:(?:đã|cũng|còn|lại|thì)\s+)*(?:khẳng định|cho biết|nói|nhấn mạnh|cho rằng|"
    r"tuyên bố|bày tỏ|nhận định|đánh giá|lưu ý|thông báo|cáo buộc|chia sẻ)"
    r"\s*(?:,|:|\brằng\b)",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.;!?\n]")
# The event is where the saying happens: `tại [E]`, `trong [E]`, `(tại) một [E]`. An event
# that is the subject of its own clause (`[Phiên tòa] lặng đi khi ông A cho biết, [B] …`)
# may have the person as its party (news25: the defendant of the trial).
_AT = re.compile(r"\b(?:tại|trong)\s+(?:(?:một|các|những)\s+)?$", re.IGNORECASE)
_AT_REACH = 16


def named_in_saying(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int, event: int
) -> bool:
    """Another person between the event and this one says something, and this one is named
    after his verb of saying: what is said, no part in the event."""
    start, end = spans[event][1], spans[person][0]
    if start > end or _SENTENCE_BREAK.search(text, start, end):
        return False
    if not _AT.search(text, max(0, spans[event][0] - _AT_REACH), spans[event][0]):
        return False
    for speaker in members:
        said = spans[speaker]
        if speaker == person or said[2] != "PER" or not start <= said[0] < said[1] <= end:
            continue
        verb = _SAYS.match(text, said[1])
        if verb is not None and verb.end() <= end:
            return True
    return False
