"""Round 21 rules: a weekday in a week relative to the article's, and the edge of last week.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A weekday with the week it falls in, its part of day or `hôm` inside.
    ("Đoàn đại biểu sẽ tới Hà Nội vào [thứ ba tới đây]DATE.", ()),
    ("Ông biết tin vào [tối thứ 6 tuần trước]DATE.", ()),
    ("[Hôm thứ Tư tuần này]DATE, bộ trưởng đã trả lời.", ()),
    ("[Thứ Hai tuần sau]DATE, hội đồng họp phiên cuối.", ()),
    # The edge of the week or month just past is one time.
    (
        "Cây cầu bị đánh sập [cuối tuần qua]DATE và hai tuyến đường bị cắt.",
        (("cuối tuần", "DATE"),),
    ),
    ("Ủy ban đã gửi công văn từ [đầu tháng qua]DATE.", ()),
    # Lookalikes: ordinals, a weekday of habit, and the past seven days as a stretch.
    ("Vào đêm thứ ba trong chiến dịch, quân đội rút khỏi thị trấn.", (("đêm thứ ba", "DATE"),)),
    ("Tại kỳ họp thứ 5 tới đây, đại biểu sẽ chất vấn.", (("thứ 5 tới đây", "DATE"),)),
    ("Người thứ hai tuần trước đã đăng đàn.", (("thứ hai tuần trước", "DATE"),)),
    ("Công nhân làm cả ngày thứ 7 và chủ nhật.", (("ngày thứ 7", "DATE"), ("chủ nhật", "DATE"))),
    ("Nhà máy hoạt động liên tục trong tuần qua.", (("tuần qua", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_weekday_of_a_named_week_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
