"""`ra tòa` after a verb of bringing, suing or summoning is where to, no EVENT.

Round 27: at blind time the rules marked it so in four once-blind sets (news6,
news22, news23, news25), all unmarked in the gold. Invented sentences;
lookalikes keep the EVENT of someone who goes to court.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

BROUGHT: list[Case] = [
    ("Công an đã áp giải 5 bị cáo ra tòa từ sáng sớm.", (("ra tòa", "EVENT"),)),
    ("Năm 2003, bà Lan kiện UBND xã ra tòa vì thu hồi đất sai.", (("ra tòa", "EVENT"),)),
    ("Cơ quan nhà nước bị dân kiện ra tòa ngày càng nhiều.", (("ra tòa", "EVENT"),)),
]
GOES: list[Case] = [
    ("Bộ trưởng [Trần Văn Hải]PER phải [ra tòa]EVENT với tư cách nhân chứng.", ()),
    ("Cựu giám đốc [Lê Văn Toàn]PER sắp [ra tòa]EVENT.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BROUGHT + GOES)
def test_brought_to_court_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
