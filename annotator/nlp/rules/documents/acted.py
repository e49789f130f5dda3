"""DOC: a lowercase resolution named by the act it performs: `nghị quyết phê chuẩn miễn nhiệm …`.

A resolution that approves, annuls, dismisses or recognises is named by that
act and its object, without `về`: `vừa ra [nghị quyết huỷ bỏ kết quả bầu cử
HĐND] ở một số đơn vị` (news4), `thông qua [nghị quyết phê chuẩn miễn nhiệm
chức vụ Bộ trưởng …] đối với ông …`, `Đầu đề của [nghị quyết phê chuẩn đề
nghị của Thủ tướng Chính phủ về việc miễn nhiệm …]` (news24). The gold marks
it when a body adopts or issues it, or when it is the one spoken of (`của`
before it), as round 9 settled (`[nghị quyết huỷ bỏ kết quả bầu cử HĐND]`); a
draft (`đọc dự thảo nghị quyết phê chuẩn nhân sự`) is none. The name ends
where the person it concerns, its place, its source or the clause's verb
begins.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.nlp.rules.lines import Line

_ACTS = ("phê chuẩn", "huỷ bỏ", "hủy bỏ", "bãi nhiệm", "miễn nhiệm", "công nhận", "giải tán")
_ENDS = ("đối", "ở", "tại", "theo", "là", "do", "vì", "khi", "nhưng")
_REACH = 30


def act_named_resolution(line: Line, i: int, kind: int, adopted: Callable[[], bool]) -> int:
    """End of `nghị quyết phê chuẩn …` at i when adopted or spoken of with `của`, or -1."""
    if line.phrase(i, "nghị quyết") != kind or line.longest(kind, _ACTS) < 0:
        return -1
    if not (line.is_(i - 1, "của") or adopted()):
        return -1
    k = kind
    while k < line.n and k - kind < _REACH and line.word(k) and not line.is_(k, *_ENDS):
        k += 1
    return k if k - kind >= 3 and k - kind < _REACH else -1
