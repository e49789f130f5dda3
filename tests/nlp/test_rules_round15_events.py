"""Round 15: EVENT kinds that recurred at blind time, written as constructions.

Invented sentences (other states, bodies and outlets' styles than the gold
files), each kind with lookalikes where the rule must not fire.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# A war's kind and evaluation between its head and what names it (sides, agent).
WAR_KINDS: list[Case] = [
    ("Họ lo ngại [cuộc chiến tranh xâm lược Iraq]EVENT sẽ kéo dài.", ()),
    ("Liên Hợp Quốc kêu gọi chấm dứt [cuộc xung đột nội bộ Syria]EVENT.", ()),
    ("Báo chí nói về [cuộc xâm lược không thể tránh khỏi của Mỹ]EVENT vào Iraq.", ()),
    ("Thế giới chứng kiến [cuộc tấn công dữ dội của quân đội Israel]EVENT.", ()),
    # Lookalikes: the invaders, a war's kind with nothing naming it, a party's inner life.
    ("Quân xâm lược đã phải rút lui.", (("xâm lược", "EVENT"),)),
    ("Chiến tranh xâm lược luôn bị lên án.", (("Chiến tranh xâm lược", "EVENT"),)),
    ("Đảng giữ vững đoàn kết nội bộ.", (("nội bộ", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), WAR_KINDS)
def test_a_war_keeps_its_kind_and_evaluation(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
