"""Round 11 kinds of bodies, posts, places and dates that unseen outlets write.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CLOCKS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A clock time after a word of a point in time is a time of the article's day.
    ("Đến [17h]DATE, hết giờ làm việc, mọi người ra về.", ()),
    ("Khoảng [9h]DATE, đoàn xe tới cổng tỉnh.", ()),
    ("Từ [8h]DATE đến [11h30]DATE, các tổ thảo luận.", ()),
    ("Phiên họp bắt đầu vào [14 giờ]DATE tại hội trường.", ()),
    ("Người dân phải rời đi trước [18h]DATE.", ()),
    # Lookalikes: durations and times after `sau`.
    ("Cuộc tranh luận kéo dài trong 2h liền.", (("2h", "DATE"),)),
    ("Sau 2h thương lượng, hai bên nhất trí.", (("2h", "DATE"),)),
    ("Đoàn đi mất khoảng 3h mới tới nơi.", (("3h", "DATE"),)),
    ("Xe chạy hơn 80km/h đến chân đèo.", (("80km/h", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CLOCKS)
def test_a_clock_time_after_a_point_word_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
