"""Round 22 rules: a talk given to the press is no event, whatever its manner word.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Interviews: a manner word before the paper, or the press asking in the talk.
    (
        "Ông vừa có cuộc trao đổi riêng với Tuổi Trẻ về dự án này.",
        (("cuộc trao đổi riêng", "EVENT"), ("cuộc trao đổi", "EVENT")),
    ),
    (
        "Vấn đề được báo giới nêu ra trong cuộc trao đổi với ông Hùng chiều qua.",
        (("cuộc trao đổi", "EVENT"),),
    ),
    # Talks held with officials stay events.
    ("Tại [buổi trao đổi]EVENT với lãnh đạo tỉnh, đoàn đã nêu nhiều kiến nghị.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_talks_given_to_the_press(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
