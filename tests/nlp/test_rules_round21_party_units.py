"""Round 21 rules: the Party after a word for one of its units, or at every level, is no one body.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A unit of the Party at any level: no ORG.
    ("Từng cơ sở Đảng cần rà soát lại đội ngũ.", (("Đảng", "ORG"),)),
    ("Ông đề nghị các cấp bộ Đảng, chính quyền vào cuộc.", (("Đảng", "ORG"),)),
    ("Trước mỗi kỳ đại hội Đảng các cấp, cán bộ phải kê khai.", (("Đảng", "ORG"),)),
    # Lookalikes: the Party itself.
    ("Nhiệm vụ then chốt là xây dựng [Đảng]ORG trong sạch.", ()),
    ("Ông được kết nạp vào [Đảng]ORG năm 1970.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_party_after_a_word_for_its_units_is_no_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
