"""A clock before a named day keeps the day's date after it: `[8h30 sáng nay (18/4)]`.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Đúng [8h30 sáng nay (18/4)]DATE, phiên họp bắt đầu.", (("18/4", "DATE"),)),
    ("Lúc [9 giờ sáng qua (12-5)]DATE, đoàn đã đến.", (("9 giờ sáng qua", "DATE"),)),
    ("Vào [16 giờ 30 hôm qua, 23-4]DATE, tại hội trường.", (("16 giờ 30 hôm qua", "DATE"),)),
    # Lookalikes: what follows in brackets or after the comma is no date.
    (
        "Lúc [10 giờ sáng nay]DATE (giờ địa phương), buổi lễ bắt đầu.",
        (("10 giờ sáng nay (giờ địa phương)", "DATE"),),
    ),
    ("Lúc [10 giờ sáng nay]DATE, 3 người bị thương.", (("10 giờ sáng nay, 3", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_clock_keeps_the_date_of_its_day(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
