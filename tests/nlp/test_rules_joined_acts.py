"""Round 14: official acts joined by `và` or a comma are one EVENT (guidelines, round 11).

Invented pairs of the closed class (`thăm`, `làm việc`, `tiếp`, `hội đàm`,
`chúc Tết`, `tặng quà`, …); lookalikes: pairs of no one named, `tiếp tục`.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

CASES: list[Case] = [
    ("Đoàn công tác [thăm, tặng quà]EVENT các gia đình chính sách.", (("thăm", "EVENT"),)),
    ("Bộ trưởng Bộ Y tế [thăm, làm việc]EVENT với [Bệnh viện Bạch Mai]ORG.", ()),
    ("[Chủ tịch nước]ROLE đã [tiếp và hội đàm]EVENT với Thủ tướng Lào.", (("tiếp", "EVENT"),)),
    ("Đoàn đại biểu đã [thăm và động viên]EVENT bệnh nhân.", (("thăm", "EVENT"),)),
    # Lookalikes.
    ("Ông đi thăm, làm việc ở nhiều nơi khi còn trẻ.", (("thăm, làm việc", "EVENT"),)),
    ("Thủ tướng tiếp tục chỉ đạo các bộ.", (("tiếp tục", "EVENT"), ("tiếp", "EVENT"))),
    ("Phòng tiếp dân và làm việc theo giờ hành chính.", (("tiếp dân và làm việc", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_official_acts_joined_are_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
