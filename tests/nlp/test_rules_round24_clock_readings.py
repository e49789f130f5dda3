"""Round 24 rules: clock readings that date the steps of one day's report.

A clock time opening a sentence before a comma (`18 giờ 30, ông … bị còng tay`)
and the start and end of a stretch given by the clock (`kéo dài từ 8g cho đến
hơn 18g`) are times of the article's day; lengths of time are not. Written here,
not copied from an article. `[surface]LABEL` marks a span the rules must suggest;
`wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Đoàn đã rời trụ sở. [19 giờ 15]DATE, xe về đến tỉnh lỵ.", ()),
    ("Buổi làm việc kết thúc muộn. [21 giờ 5 phút]DATE, cuộc họp mới bế mạc.", ()),
    ("Phiên họp kéo dài từ [7g]DATE cho đến hơn [17g]DATE mới xong.", (("hơn 17g", "DATE"),)),
    ("Xe đến nơi lúc gần [11h]DATE, trời đã tối.", ()),
    # Lookalikes: a length of time, or a clock time inside a sentence before a comma.
    ("Hai bên đàm phán kéo dài đến hơn 5 giờ.", (("5 giờ", "DATE"),)),
    ("Việc sửa chữa mất khoảng 3h. Đoàn tiếp tục lên đường.", (("3h", "DATE"),)),
    ("Họ đã đi bộ suốt 14 giờ, rồi nghỉ lại bên suối.", (("14 giờ", "DATE"),)),
    ("Mỗi ca làm việc 12 giờ, không có ngày nghỉ.", (("12 giờ", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_clock_readings_of_the_day(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
