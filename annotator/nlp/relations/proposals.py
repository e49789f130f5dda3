"""A post someone is proposed for is not a post he holds.

`Chính phủ đã từng đề xuất ông [X] làm [vụ trưởng]`, `có đề xuất anh [X]
làm [vụ trưởng]`, `tôi không đề bạt anh [X] làm [vụ trưởng]`: the name is
the object of a proposal, a nomination or a refused appointment, and the
post after `làm` is one he is put forward for, not one he holds (news20,
three pairs, none linked in the gold). A post after a comma or `là` is his
own (`đề xuất ông [X], [Phó giám đốc], …`), and so is one after an
appointment made (`bổ nhiệm ông [X] làm [Giám đốc]`).
"""

from __future__ import annotations

import re

from annotator.nlp.relations.layout import LabelledRange

# Right before the name: a proposal or nomination, or an appointment refused.
_PROPOSED = re.compile(
    r"\b(?:đề xuất|đề nghị|đề cử|tiến cử|giới thiệu|dự kiến|"
    r"không\s+(?:bổ nhiệm|đề bạt|bầu|cử|phê chuẩn))\s+(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$",
    re.IGNORECASE,
)
# Between the name and the post: the post he would take.
_FOR_POST = re.compile(r"\s*(?:làm|lên|vào chức|giữ chức vụ|giữ chức|giữ)\s*", re.IGNORECASE)
_REACH = 40


def proposed_post(text: str, person: LabelledRange, post: LabelledRange) -> bool:
    """The post after `làm` is one the person is proposed for, not one he holds."""
    if person[1] > post[0] or not _FOR_POST.fullmatch(text, person[1], post[0]):
        return False
    return bool(_PROPOSED.search(text, max(0, person[0] - _REACH), person[0]))
