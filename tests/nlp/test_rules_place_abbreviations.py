"""`HN`, the press's abbreviation of Hà Nội, is a place as `VN` is.

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Phiên họp diễn ra tại Nhà Quốc hội, [HN]LOC.", ()),
    ("Lễ ký kết lúc 9 giờ sáng (giờ [HN]LOC).", ()),
    # Lookalike: letters of a club's name glued by dots are no city.
    ("Đội LG.HN.ACB thắng 2-0.", (("HN", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_city_abbreviation_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
