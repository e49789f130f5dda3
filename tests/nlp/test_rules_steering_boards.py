"""A steering board against a scourge keeps it in its name: `Ban chỉ đạo chống tham nhũng`.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông đứng đầu [Ban chỉ đạo chống buôn lậu]ORG của tỉnh.", (("Ban chỉ đạo", "ORG"),)),
    ("[Ban chỉ đạo phòng chống thiên tai]ORG họp khẩn.", (("Ban chỉ đạo", "ORG"),)),
    ("Thay mặt [Ban chỉ đạo chống hàng giả]ORG tôi xin nhận lỗi.", ()),
    # Lookalikes: a bare board and what it does.
    ("[Ban chỉ đạo]ORG xây dựng kế hoạch cho cả năm.", (("Ban chỉ đạo xây dựng kế hoạch", "ORG"),)),
    ("[Ban chỉ đạo]ORG kiểm tra các huyện.", (("Ban chỉ đạo kiểm tra", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_steering_board_keeps_the_scourge_it_fights(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
