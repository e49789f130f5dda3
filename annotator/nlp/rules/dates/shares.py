"""Numbers written like days that are shares or tallies: `2/3 tổng số đại biểu`, `(7/7)`."""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import bare_day
from annotator.nlp.rules.lines import Line, number


def share(line: Line, i: int) -> bool:
    """`2/3 tổng số đại biểu`, `trên 1/2`, `nếu 2/3 ủy viên`: a share, not a day
    (`từ 24/3 đến 3/4` is a range of days)."""
    top, _, whole = line.surface[i].partition("/")
    if "/" in whole:
        return False  # "từ 1/7/2004": a day with its year is never a share
    share, of = number(top), number(whole)
    if share is not None and of is not None and share > of:
        return False  # "từ 18/10": no share is written larger than its whole
    if line.surface[i - 1 : i] == ["("] and line.is_(i - 2, *_TALLIES):
        return True  # "biểu quyết ngang nhau (7/7)", "thông qua (45/50 phiếu)": a tally
    ranged = line.is_(i + 1, "đến", "tới") and bare_day(line, i + 2) and line.is_(i - 1, "từ")
    if ranged and not line.is_(i - 2, "lệ") and not line.is_(i + 3, *_SHARED):
        return False
    return line.is_(i - 1, *_SHARE_BEFORE) or line.is_(i + 1, *_SHARED)


# Words before a share: `trên 1/2`, `chiếm 2/3`, `tăng từ 1/3 lên 1/2`; verbs of how
# much is cut or needed (`giảm 1/3 giá khí đốt`, `chỉ cần 1/10 ý chí`, `mất 1/4 diện
# tích`), read as days on unseen text in news6, news9 and news14.
_SHARE_BEFORE = (
    "giảm",
    "cần",
    "mất",
    "từ",
    "có",
    "trên",
    "dưới",
    "quá",
    "hơn",
    "gần",
    "được",
    "lệ",
    "chiếm",
    "nếu",
    "bằng",
    "lên",
)


# Words before a bracketed tally of votes: "ngang nhau (7/7)", "tán thành (12/15)".
_TALLIES = ("nhau", "phiếu", "thành", "quyết", "qua")
# Words after a share that say what is shared: `2/3 tổng số`, `1/2 số phiếu`.
_SHARED = ("tổng", "số", "đại", "cử", "thành", "ủy", "phiếu", "người", "dân")
