"""How fierce, lively or decisive an event was, and its place in a series.

`buổi thảo luận sôi nổi`, `trận chiến cam go đầu tiên`, `vụ kiện đòi bồi
thường oan sai đầu tiên`, `12 giờ giao tranh ác liệt`: the guidelines keep an
evaluative or manner word and `đầu tiên` inside the event (round 11), and
blind sets kept bringing new ones (news3, news4, news6, news7, news8, news9).
They are a closed class of evaluative and ordinal words, joined one after
another; they never make an event particular on their own (`các cuộc họp
quan trọng` stays generic).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line

EVALUATIVE = (
    "sôi nổi",
    "ác liệt",
    "khốc liệt",
    "quyết liệt",
    "cam go",
    "căng thẳng",
    "dữ dội",
    "nảy lửa",
    "gay cấn",
    "gay gắt",
    "đẫm máu",
    "quan trọng",
    "chiến lược",
    "đầu tiên",
    "cuối cùng",
    "không thể tránh khỏi",  # "cuộc xâm lược không thể tránh khỏi của Nga" (news12 0337)
    # How talks and contacts went (news15 at blind time: "cuộc trao đổi ý kiến cởi mở
    # và thẳng thắn", "cuộc tiếp xúc chân thành"), the class completed with its pairs.
    "cởi mở và thẳng thắn",
    "thẳng thắn và cởi mở",
    "cởi mở",
    "thẳng thắn",
    "chân thành",
    "kinh hoàng",  # "tai họa kinh hoàng của tàu Thống Nhất E1" (news10)
    "thảm khốc",
    "khắc nghiệt",  # "trận bão lũ khắc nghiệt" (news16)
    # Round 23: how an attempt ended ("cuộc đảo chính bất thành").
    "bất thành",
)
# `không thành` is kept only before the attempt's author (`vụ ám sát không thành của
# Israel`, news21 1004 at blind time): elsewhere it is mostly the sentence's predicate
# (`Cuộc đàm phán không thành vì …`: the talks failed).
_FAILED = ("không thành",)


def manners_after(line: Line, end: int) -> int:
    """End of the evaluative words right after an event ending at `end`, or `end`."""
    step = _manner_at(line, end)
    while step > end:
        end = step + 1 if line.is_(step, "nhất") else step  # "ác liệt nhất"
        step = _manner_at(line, end)
    return end


def _manner_at(line: Line, k: int) -> int:
    failed = line.longest(k, _FAILED)
    return failed if failed > k and line.is_(failed, "của") else line.longest(k, EVALUATIVE)
