"""A person as the subject of the event right after him, for PARTICIPATES.

`X [từ chức]`, `X phải [ra toà]` (a modal: `phải`, `cần`, `muốn`), `X có [cuộc họp]`, `X vừa được [thăng chức]`, `X bị [bắt]`, `X tổ chức [chiêu đãi]`, `X mở [tiệc chiêu đãi]` (the host),
`X kết thúc phần [trả lời chất vấn]`, `X sẽ tiếp tục bị [thẩm vấn]`, `X trực tiếp [trao
tặng]`: nothing but tense and manner words and
`có`/`được`/`bị`/`tổ chức`/`bắt đầu`/`kết thúc` between the name and the
event. The name may open a list (`A và B bị [tuyên phạt]`, the list's end
counts) or carry his posts in commas or dashes (`thượng tướng X, Thứ trưởng
Quốc phòng [ký biên bản …]`, `X – Bộ trưởng … – đã [ký]`): news4, news10 and
news3 each missed a subject whose post stood between him and his act.
He may go up or come to it (`X đăng đàn [trả lời chất vấn]`, `X đã tới
[thăm]`), be the one who does it (`X là người [trả lời chất vấn] sau
cùng`) or its object in a relative clause (`ông X, vừa bị [khởi tố]`).
He may act on behalf of a body (`bà X (Phó Chánh án), đại diện [TAND] đã
[xin lỗi]`, `X, …, đã thay mặt [Viện KSND] [xin lỗi]`: news2, news22), his
posts in brackets or commas before it.
The act's date may stand right after him (`TT [Putin] [ngày 20-3] vừa qua đã [chỉ định]`,
`Ông [Bình] [sáng nay] đã có [buổi làm việc riêng]`: news23, news25, no such pair the gold
leaves unlinked on any set).
A relative or aide named by the person (`con trai ông X [từ chức]`) is the
son's subject, not his.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# Tense and manner words that leave the name the subject: `X sẽ tiếp tục bị [thẩm vấn]`,
# `X trực tiếp [trao tặng]` (news26, news27: every such pair of the gold files is linked);
# `X chỉ bị [xử phạt cảnh cáo]`, `X còn bị [cách chức]`, `A và B đều bị [bắt]` (news28,
# news30).
_TENSE = r"đã|sẽ|vừa|đang|cũng|lại|mới|tiếp tục|trực tiếp|còn|chỉ|đều"
_SUBJECT_GAP = re.compile(
    rf"\s*(?:(?:{_TENSE}|phải|buộc phải|cần|muốn)\s+)*"
    r"(?:(?:thay mặt|đại diện)(?:\s+cho)?\s+§\s*,?\s*(?:(?:đã|sẽ|vừa|cũng)\s+)*)?"
    r"(?:là người\s+(?:(?:đầu tiên|sau cùng|cuối cùng)\s+)?)?"
    r"(?:(?:đến|tới|sang|lên|đăng đàn|bước lên)\s+)?"
    r"(?:có\s+|(?:được|bị)\s+|tổ chức\s+|mở\s+|(?:kết thúc|bắt đầu|mở đầu)(?:\s+phần)?\s+|"
    # The one who decides, launches or demands the act, or explains his own: "X đã quyết
    # định [giải tán] …", "X đã phát động [chiến dịch]", "X lý giải việc [cách chức] …"
    # (news19, news24; every such subject of the gold files is linked); the one who runs or
    # quits it: "X đã từ bỏ [cuộc đua]", "X tiến hành [chiến dịch tranh cử]" (news26); the one
    # who rules or sues: "X đã ra quyết định [tạm đình chỉ vụ án]", "X đâm đơn ra tòa [khởi
    # kiện]" (news23, news25).
    r"(?:ra quyết định|đâm đơn(?: ra tòa)?|quyết định|phát động|đòi|tiến hành|từ bỏ|rút khỏi|"
    r"(?:lý giải|giải thích)\s+việc)\s+)?$"
)
# A relative clause in commas after the name: "ông X, vừa bị [khởi tố]".
_RELATIVE_GAP = re.compile(r"\s*,\s*(?:người\s+)?(?:(?:đã|vừa|mới)\s+)+(?:bị|được)\s+$")
# The one who does it, named in commas: "bà X, người phải [rút lui]" (news23), "Bộ trưởng X,
# là một trong những bộ trưởng [trả lời chất vấn]" (news15).
_WHO_GAP = re.compile(
    r"\s*,\s*(?:là\s+)?(?:một trong (?:những|các|số)\s+)?(?:người|nhân vật|bộ trưởng|đại biểu)\s+"
    r"(?:(?:đã|vừa|mới|sẽ|phải|từng|cũng)\s+)*(?:(?:bị|được)\s+)?$"
)
# His posts (spans taken out, `§` left) in commas or dashes: ", §, § ," or " – § – ".
_POSTS_ASIDE = re.compile(r"^\s*(?:[,–-]|(?=\())\s*(?:\(?§\)?\s*(?:,\s*)?)+(?:[,–-]\s*)?")
_KIN_OF = re.compile(
    r"\b(?:vợ|chồng|con|con trai|con gái|cha|mẹ|bố|em trai|em gái|cháu|cháu ruột|người thân|"
    r"thư ký|trợ lý)\s+(?:của\s+(?:ông|bà|anh|chị)?|ông|bà|anh|chị)\s*$",
    re.IGNORECASE,
)
_POSTS = ("ROLE", "ORG", "LOC")
# A crowd joined to the subject before his verb: "A, B và đoàn đại biểu TP Hà Nội đã đến
# [thắp hương]", "A cùng các đồng chí … đã [đón tiếp]" (news2, news22).
_WITH_CROWD = re.compile(
    r"\s*,?\s*(?:và|cùng)(?:\s+với)?\s+(?:đoàn|các|nhiều|những|đông đảo)\b[^,.;:!?\n]{0,60}?"
    r"(?=\s+(?:đã|sẽ|vừa|cũng|đến|tới)\b)"
)
# The body that acts on him named between `bị`/`được` and the act (its span taken out,
# `§` left): "X bị [công an tỉnh …] [tạm giam]", "X bị [cơ quan thi hành án …] [cưỡng
# chế]" (news5, news23): the person undergoes the act as its subject does.
_BY_BODY = re.compile(rf"^\s*(?:(?:{_TENSE})\s+)*(?:bị|được)\s+§\s*$")


def is_subject(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    person: int,
    list_end: int,
    event: int,
) -> bool:
    """The person (or the list he opens, or he with his posts aside) right before the event."""
    start, end, _ = spans[person]
    stop = spans[event][0]
    if end > stop or _KIN_OF.search(text, max(0, start - 30), start):
        return False
    after = max(end, min(list_end, stop))
    if _SUBJECT_GAP.match(text, after, stop) or _RELATIVE_GAP.match(text, after, stop):
        return True
    if _WHO_GAP.match(text, after, stop):
        return True
    crowd = _WITH_CROWD.match(text, after, stop)
    if crowd and _SUBJECT_GAP.match(text, crowd.end(), stop):
        return True  # "A, B và đoàn đại biểu TP đã đến [thắp hương]"
    gap = text[after:stop]
    for m in members:
        a, b, label = spans[m]
        if after <= a and b <= stop and label in _POSTS:
            gap = gap.replace(text[a:b], "§", 1)
    if _BY_BODY.match(gap):
        return True
    if _dated_subject(text, spans, members, (after, stop)):
        return True
    aside = _POSTS_ASIDE.match(gap)
    return aside is not None and bool(_SUBJECT_GAP.match(gap, aside.end()))


# The date of the act between the subject and his verb: "TT [Putin] [ngày 20-3] vừa qua đã
# [chỉ định]", "Ông [Bình] [sáng nay] đã có [buổi làm việc riêng]".
_DATE_GAP = re.compile(r"\s*,?\s*(?:(?:vừa qua|qua)\s+)?,?")


def _dated_subject(
    text: str, spans: Sequence[LabelledRange], members: list[int], gap: tuple[int, int]
) -> bool:
    """One date right after the subject (or his list), then a subject's gap to the event."""
    after, stop = gap
    dates = [m for m in members if after <= spans[m][0] and spans[m][1] <= stop]
    if len(dates) != 1 or spans[dates[0]][2] != "DATE" or text[after : spans[dates[0]][0]].strip():
        return False
    rest = _DATE_GAP.match(text, spans[dates[0]][1], stop)
    return rest is not None and bool(_SUBJECT_GAP.match(text, rest.end(), stop))
