"""What a steering board is set up to carry out, written after `Ban chỉ đạo`.

`Thay mặt [Ban chỉ đạo cải cách tiền lương]`, `[Phó ban chỉ đạo cải cách
tiền lương]`: a steering board is named by its remit, and the gold keeps it
inside wherever the board is mentioned. A board named by its task was cut
at its head in three of ten blind sets (news4, news6 after a founding verb,
fixed by `bodies/committees/founded.py`; news12 three times without one). The rules took the
remit only after a founding verb or as `phòng, chống` + its object. The
remit here is a closed class of nouns of a programme (`cải cách`, `đổi
mới`, `chương trình`, `đề án`, `dự án`, `tổng điều tra`) and the short
noun phrase after it, up to a grammar word, a verb the rules know, a time,
a pronoun or punctuation; a bare board (`Ban chỉ đạo họp`, `Ban chỉ đạo kiểm tra
các tỉnh`) keeps no remit.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import is_stop

# A board against a scourge is named by it too (`Ban chỉ đạo chống tham nhũng`, news13);
# other verbs after a bare board say what it does (`Ban chỉ đạo xây dựng kế hoạch`).
_REMITS = (
    "cải cách",
    "đổi mới",
    "chương trình",
    "đề án",
    "dự án",
    "tổng điều tra",
    "chống",
    "phòng chống",
)
_HEADS = ("ban chỉ đạo", "phó ban chỉ đạo", "trưởng ban chỉ đạo")
# Pronouns that start the next clause: "Thay mặt Ban chỉ đạo cải cách tiền lương | tôi xin".
_PRONOUNS = ("tôi", "chúng", "ông", "bà", "anh", "chị", "họ", "mình", "ta", "em")
_MAX_OBJECT = 4


def steering_remit(line: Line, i: int, end: int) -> int:
    """End of the remit after a steering board i..end (`Ban chỉ đạo | cải cách tiền
    lương`), or end."""
    if line.longest(i, _HEADS) != end:
        return end
    remit = line.longest(end, _REMITS)
    if remit < 0 or not line.lower(end):
        return end
    k = remit
    while k < line.n and k - remit < _MAX_OBJECT and line.lower(k) and not is_stop(line, k):
        if line.match(k, "time_words") > k or line.is_(k, *_PRONOUNS):
            break
        k += 1
    return k if k > remit else end
