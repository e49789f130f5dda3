"""Round 31: a country inside a title of honour is no LOC.

`bà mẹ Việt Nam anh hùng` (a title the state confers) and `Doanh nhân Việt
Nam tiêu biểu` (an award) name a class of people; the gold leaves the country
in them unmarked (news26, heldout, world), where the rules read it as a place.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

HONOURS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Đoàn đến thăm hai bà mẹ Việt Nam anh hùng ở xã.", (("Việt Nam", "LOC"),)),
    ("Tỉnh trao tặng danh hiệu Mẹ Việt Nam Anh hùng cho 12 người.", (("Việt Nam", "LOC"),)),
    ("Ông được vinh danh Doanh nhân Việt Nam tiêu biểu năm nay.", (("Việt Nam", "LOC"),)),
    # Lookalike: the same words that make no title keep the country.
    ("Các bà mẹ ở [Việt Nam]LOC đều rất anh hùng.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), HONOURS)
def test_a_country_inside_a_title_of_honour_is_no_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
