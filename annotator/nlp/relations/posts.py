"""The words between a post and the name it belongs to, for HOLDS.

Before the name: an honorific, a rank, `là` (`[Chủ tọa phiên tòa] là ông X`), a new
holder or the one in office then (`[Bộ trưởng] mới X`, `[chủ tịch] đương chức là X`).
After it: a comma, a dash, a bracket, or a verb of holding a post (`nguyên
là`, `tiếp tục đảm nhiệm chức`, `được cử làm`, `trên cương vị là`, `với tư
cách`), after an adverb of time or manner (`vẫn là một`, `bất ngờ được bầu làm`,
`về làm`, `giữ ghế`), or of taking, adding or leaving one (`trở thành`, `kiêm các chức
danh`, `thôi giữ chức`, `bị cách chức`). Between two posts of one list: a comma, `kiêm`, `đồng thời là`, a post held at
another time (`thời điểm phạm tội là`), an acting post (`quyền`).
"""

from __future__ import annotations

import re

_HONORIFIC = r"(?:(?:ông|bà|anh|chị|đồng chí|đ/c|Ông|Bà|Anh|Chị|Đồng chí|Ngài|ngài)\s+)"
# A rank or title between a post and a name: "Phát ngôn viên BQP Nga Tướng X".
_RANK = (
    r"(?:(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Tướng|Đại tá|Thượng tá|Trung tá|"
    r"Thiếu tá|Đại úy|Đô đốc|Chuẩn đô đốc|Giáo sư|Phó giáo sư|Tiến sĩ|GS|PGS|TS)\.?\s+)"
)
# Between a role and the name it belongs to: spaces, "là", a rank, an honorific; `đối với`
# after a post taken from him ("[miễn nhiệm] chức vụ [Bộ trưởng …] đối với ông X": news2,
# news8, news24, every one linked).
# A new holder or the one in office then: "[Bộ trưởng] mới X", "[chủ tịch] đương chức là X",
# "[Kiến trúc sư trưởng TP HCM] lúc bấy giờ là ông X" (news16, news22, news26, news31).
_THEN = r"(?:mới\s+|(?:đương chức|đương nhiệm|lúc bấy giờ|lúc đó|khi đó|khi ấy)\s+là\s+)"
ROLE_BEFORE = re.compile(rf"^\s*(?:là\s+|đối với\s+|{_THEN})?{_RANK}?{_HONORIFIC}?$")
# Between a name and a role after it: a comma, a dash, a bracket or "là", or a verb of
# holding a post: "(nguyên là", "tiếp tục đảm nhiệm chức", "được cử làm", "trên cương vị".
# Adverbs of time or manner before the verb: "X vẫn là một [thượng nghị sĩ]", "X bất ngờ
# được bầu làm [chủ tịch đảng]", "X về làm [giám đốc]".
_ADVERBS = r"(?:(?:vẫn|bất ngờ|chính thức|mới|lại|sau đó|về|vừa|đã|sẽ|cũng|đều|cùng)\s+)*"
_WAS = (
    rf"{_ADVERBS}"
    r"(?:(?:nguyên|lúc đó|khi đó|hiện|hiện nay|nay|trước đây|trước đó|cũng|đồng thời|từng|vốn)\s+)?là"
)
_HOLDING = (
    rf"{_ADVERBS}(?:(?:tiếp tục|vẫn|đang|sẽ|đã|từng|cũng|đều|cùng)\s+)*"
    r"(?:làm|giữ|đảm nhiệm|đảm nhận|nắm giữ|kiêm nhiệm)(?:\s+(?:chức vụ|chức|cương vị|vị trí|ghế))?"
)
_ELECTED = (
    rf"{_ADVERBS}(?:(?:đã|vừa|đều|cùng|cũng)\s+)*được\s+(?:bầu|bầu lại|cử|bổ nhiệm|chỉ định|phân công|"
    r"tín nhiệm bầu|thăng chức|đề bạt|điều động|luân chuyển|giao)"
    r"(?:\s+(?:làm|giữ chức vụ|giữ chức|vào chức|vào vị trí|đảm nhiệm))?"
)
_AS = r"(?:trên|với)\s+(?:cương vị|tư cách)(?:\s+là)?"
# A post the person takes, adds or leaves: "X trở thành [thủ tướng]", "X còn kiêm các chức
# danh [thủ trưởng cơ quan bộ]", "X sẽ thôi giữ chức [Phó Ban …]", "X còn bị cách chức [Tỉnh
# ủy viên]" (missed in news18 and news26-news31; a post left was held).
_CHANGING = (
    rf"{_ADVERBS}(?:(?:còn|giờ đây|vẫn|sẽ|đã|bị)\s+)*"
    r"(?:trở thành|trở lại làm|thôi giữ chức(?:\s+vụ)?|thôi không làm|thôi làm|cách chức|"
    r"(?:kiêm|đảm nhận|đảm nhiệm)(?:\s+các)?\s+chức danh|tái đắc cử chức(?:\s+vụ)?)"
)
_LINK = rf"(?:{_WAS}|{_HOLDING}|{_ELECTED}|{_AS}|{_CHANGING})"
ROLE_AFTER = re.compile(
    rf"^\s*(?:(?:,|-|–|\(|:)\s*(?:{_LINK}\s*)?|{_LINK}\s*)(?:là\s+)?(?:một\s+)?"
    r"(?:nguyên|cựu|tân|quyền|Nguyên|Quyền)?\s*$"
)
# The post held at another time: "(nguyên [A], thời điểm phạm tội là [B])" (news22, news30).
_AT_THE_TIME = r"(?:thời điểm phạm tội|lúc đó|khi đó|lúc bấy giờ|trước đó|trước đây)"
# Between two roles of one list.
ROLE_LIST = re.compile(
    r"^\s*(?:,|-|–|;|\bkiêm\b|\bvà\b|,\s*kiêm|\(nay là|"
    rf"(?:,\s*)?(?:đồng thời|và|cũng|nay|{_AT_THE_TIME})\s+là)"
    r"\s*(?:nguyên|cựu|quyền|Quyền)?\s*$"
)
# After posts in commas, a post the person is given by a verb: "X, [Bí thư Thành ủy] làm
# [trưởng đoàn]", "X, [Phó Chủ tịch tỉnh], được cử làm [Trưởng ban]".
LATER_POST = re.compile(rf"^\s*,?\s*(?:{_HOLDING}|{_ELECTED})\s*$")
