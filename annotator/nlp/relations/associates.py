"""One named as another's relative or associate takes no part in the event before him.

`Khi được gọi [thẩm vấn], hai em họ của [Quý] …`, `sẽ [xét xử] X, một trong số những
người thân cận với [Saddam Hussein]`, `[ám sát] X, … quan hệ với cựu Thủ tướng [Y]`:
the name after `em họ của`, `vợ của`, `thân cận với`, `quan hệ với` (an honorific or a
few words of his post between) only says whose relative or associate the participant
is; the gold files never link him to the event written before (news23, news27). His own
act after him keeps him (`X chính là vợ của [Y] vừa bị [bắt]`, news25), and so does a
name the relation is said of (`hai em họ của Quý là [Thái]`): `là` breaks the gap.
"""

from __future__ import annotations

import re

from annotator.nlp.relations.layout import LabelledRange

_ASSOCIATE_OF = re.compile(
    r"\b(?:(?:thân cận|quan hệ|gần gũi)\s+với|(?:(?:em|anh|chị|cháu)\s+(?:họ|ruột)|vợ|chồng|"
    r"con trai|con gái|bố|mẹ|cha)\s+của)\s+(?:(?!là\b)[^\s,.;:()!?\"“”]+\s+){0,3}$",
    re.IGNORECASE,
)
_REACH = 60


def named_as_associate(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """The person comes after the event, named as someone's relative or associate."""
    if event[1] > person[0]:
        return False
    return bool(_ASSOCIATE_OF.search(text, max(event[1], person[0] - _REACH), person[0]))
