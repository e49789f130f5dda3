"""An event the sentence talks about, not one that happens at the sentence's date (WHEN).

The most frequent WHEN false alarm of the once-blind sets, read with the
patterns each set was scored with (news3, news6, news8, news10, news12,
news13 and dev; 8 still wrong before this module) is a date opening a
clause whose act is something else, and an event that clause names as its
topic: `ngày 26-4, … đã nghe … báo cáo kết quả [Đại hội Đảng X]`, `Ngày
26/4, UBKT thông tin về Kết quả [kỳ họp thứ 6]`, `hôm 19/2 đã lên tiếng …
về [cuộc xâm lược]`, `ngân sách năm 2004 và công tác chuẩn bị cho [kỳ họp
thứ 6]`, `quay năm 2020 … không liên quan gì đến [xung đột Ukraine]`,
`Năm 2006, … đường lối mà [Đại hội Đảng] sẽ đề ra`, `Ngày 24-4: Công bố
kết quả [bầu cử BCHTƯ]`.

The construction: the date stands before the event, and right before the
event a word makes it a topic: `về` (`bàn về`, `thông tin về`, `về việc`,
`về tiến trình`), `kết quả`, `chuẩn bị (cho)`, `liên quan (gì) đến/tới`,
or `mà` opening a relative clause the event is the subject of. Lookalikes
it leaves: `về` of coming back to act (`Chủ tịch nước về [thăm] Quảng
Nam`, `về [dự] …`: a visit happens then), `trở về`/`quay về`, and a date
after the event (`[cuộc họp] về … [ngày 5/3]`).
"""

from __future__ import annotations

import re

from annotator.nlp.relations.layout import LabelledRange

# Right before the event: it is what the clause is about.
_TOPIC = re.compile(
    r"(?:(?<!trở )(?<!quay )(?<!Trở )(?<!Quay )\bvề(?:\s+(?:việc|tiến trình|chuyện|vụ))?|"
    r"\bkết quả(?:\s+(?:của|các))?|\bchuẩn bị(?:\s+cho)?|"
    r"\bliên quan(?:\s+gì)?\s+(?:đến|tới)|\bmà)"
    r"\s*[“\"']?\s*(?:(?:các|những)\s+)?$",
    re.IGNORECASE,
)
_TOPIC_REACH = 40
# A coming-back to act: `về [thăm] …`, `về [làm việc] tại …`; such a visit happens then.
_VISIT_ACT = re.compile(
    r"(?:thăm|làm việc|dự|tham dự|chúc|kiểm tra|khảo sát|tiếp xúc|nhận|dâng hương|viếng|"
    r"công tác|nhậm chức|trao|tặng)\b",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"\bvề(?:\s+\S+)?\s*[“\"']?\s*$", re.IGNORECASE)


def event_as_topic(text: str, date: LabelledRange, event: LabelledRange) -> bool:
    """The date comes first and the event is named as the topic of its clause."""
    if date[1] > event[0]:
        return False
    before = text[max(date[1], event[0] - _TOPIC_REACH) : event[0]]
    topic = _TOPIC.search(before)
    if topic is None:
        return False
    # "về [thăm] Quảng Nam": comes back to act, the visit happens then
    return not (_ABOUT.search(topic.group(0)) and _VISIT_ACT.match(text, event[0]))
