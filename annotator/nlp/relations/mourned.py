"""The dead a funeral is held for take no part in it.

`tổ chức [lễ tang] ông [Vũ Kỳ]`, `dự [lễ tang] cựu thủ tướng [Rafik
Hariri]`: the name right after a funeral or memorial (an honorific or his
former post between) is the one mourned, not one who attends; the gold
files never link him (news2 twice, news21), while those who attend or speak
are linked (`[lễ viếng] … có … [Nguyễn Văn Chiền]`, `[lễ truy điệu], Phó
Thủ tướng [Phạm Gia Khiêm] …`), which a comma or a verb before the name
tells apart.
"""

from __future__ import annotations

import re

from annotator.nlp.relations.layout import LabelledRange

_FUNERAL = re.compile(
    r"(?:lễ tang|tang lễ|quốc tang|đám tang|lễ truy điệu|lễ viếng|lễ an táng|lễ mai táng|"
    r"lễ truy niệm|lễ tưởng niệm)\b",
    re.IGNORECASE,
)
# Between the funeral and the name: `của`, honorifics, and a few words of his post.
_MOURNED_GAP = re.compile(
    r"\s*(?:của\s+)?(?:(?:ông|bà|cụ|đồng chí|cố|cựu|nguyên)\s+)*(?:[^\s,.;:!?()]+\s+){0,5}",
    re.IGNORECASE,
)
_VERB_BETWEEN = re.compile(r"\b(?:có|do|với|cùng|là|được)\b", re.IGNORECASE)


def mourned(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """The person is named right after the funeral or memorial as the one mourned."""
    if event[1] > person[0] or not _FUNERAL.search(text, event[0], event[1]):
        return False
    if not _MOURNED_GAP.fullmatch(text, event[1], person[0]):
        return False
    return not _VERB_BETWEEN.search(text, event[1], person[0])
