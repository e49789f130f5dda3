"""Round 14: acts proposed, negated, or the time between two sessions are no EVENT.

Invented sentences; lookalikes keep the EVENT of an act that took place.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

CASES: list[Case] = [
    # A proposal: what should be done is no event yet.
    (
        "Theo ông, Quốc hội nên bỏ phiếu tín nhiệm định kỳ.",
        (("bỏ phiếu tín nhiệm định kỳ", "EVENT"),),
    ),
    ("Ý kiến cho rằng nên sớm tổ chức lấy phiếu tín nhiệm.", (("lấy phiếu tín nhiệm", "EVENT"),)),
    # A negated act did not happen.
    (
        "Bộ trưởng không trả lời chất vấn trực tiếp mà gửi văn bản.",
        (("trả lời chất vấn trực tiếp", "EVENT"),),
    ),
    ("Tỉnh chưa tổ chức hội nghị tổng kết.", (("hội nghị tổng kết", "EVENT"),)),
    # The time between two sessions.
    ("Giữa hai kỳ họp, Ủy ban Thường vụ giám sát Chính phủ.", (("kỳ họp", "EVENT"),)),
    ("Đại biểu đề nghị chất vấn giữa hai kỳ họp Quốc hội.", (("kỳ họp Quốc hội", "EVENT"),)),
    # Lookalikes: acts that took place, events named by a capital.
    ("Bộ trưởng [Lê Văn Hùng]PER đã [trả lời chất vấn]EVENT của đại biểu.", ()),
    ("[Kỳ họp thứ 8]EVENT sẽ khai mạc ngày 20/10.", ()),
    ("Đoàn không dự [Hội nghị APEC]EVENT năm nay.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_act_not_held_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
