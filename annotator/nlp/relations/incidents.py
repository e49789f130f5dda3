"""An incident is not timed by the date of another act told about it in its sentence.

An incident or a case (`vụ …`, `tai nạn …`, `sự cố`, `thảm sát`) is often
the object or the cause of another act in the same sentence: someone
condemns it, tries it, reports on it, or it brings something about. The
sentence's date is then that act's: `Tổng thống Ukraine [hôm 9/3] chỉ
trích gay gắt [vụ tấn công …]` (news2), `[ngày 21/10], Thủ tướng có thông
báo … về [vụ điện kế]` (news18), `[Ngày 27/5], TAND Hà Nội sẽ xét xử [vụ án
thi hộ]` (news21), `Dư âm của [tai nạn tàu E1] đã khiến … chủ đề nóng tại
Quốc hội, [sáng nay]` (news15). Every WHEN of an incident in the gold files
(news3, news8, news12, news15, news21) has its date right after it (`[vụ
tấn công] [hôm 9/3]`, `[vụ ám sát] hồi [năm 2004]`), none before it across a
verb.

The construction: the date stands before the incident and the words between
hold a verb of judging, telling or handling a case, or a topic word (`về`,
`liên quan`); or the date stands after it past a verb of causing (`khiến`,
`làm cho`, `dẫn đến`, `gây ra`).
"""

from __future__ import annotations

import re

from annotator.nlp.relations.layout import LabelledRange

_INCIDENT = re.compile(r"(?:vụ|tai nạn|sự cố|thảm sát|thảm họa|thảm hoạ)\b", re.IGNORECASE)
# Acts told about an incident by someone else: judging, telling, handling the case.
_ACT_ABOUT = re.compile(
    r"\b(?:chỉ trích|lên án|phản đối|bác bỏ|phủ nhận|bình luận|cáo buộc|thông báo|báo cáo|"
    r"công bố|tuyên bố|cho biết|nói|xét xử|đưa ra xét xử|điều tra|khởi tố|truy tố|"
    r"xử lý|kết luận|về|liên quan)\b",
    re.IGNORECASE,
)
# What the incident brought about, told after it.
_CAUSED = re.compile(r"\b(?:khiến|làm cho|dẫn đến|dẫn tới|gây ra)\b", re.IGNORECASE)


def dated_act_about(text: str, date: LabelledRange, event: LabelledRange) -> bool:
    """The date belongs to an act told about the incident, or to what it caused."""
    if not _INCIDENT.match(text, event[0], event[1]):
        return False
    if date[1] <= event[0]:
        return bool(_ACT_ABOUT.search(text, date[1], event[0]))
    return bool(_CAUSED.search(text, event[1], date[0]))
