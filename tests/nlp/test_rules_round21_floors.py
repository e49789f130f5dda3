"""Round 21 rules: the legislature whose floor is spoken of keeps its ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The floor is no forum held; the legislature is a body.
    (
        "Bà nêu vấn đề này trên diễn đàn [Quốc hội]ORG tuần trước.",
        (("diễn đàn Quốc hội", "EVENT"),),
    ),
    ("Tại diễn đàn [QH]ORG, nhiều đại biểu chất vấn bộ trưởng.", (("diễn đàn QH", "EVENT"),)),
    # Lookalikes: a forum named in capitals; a floor of no legislature.
    ("Ông dự Diễn đàn Quốc hội trẻ toàn cầu.", (("Quốc hội", "ORG"),)),
    ("Ý kiến được nêu trên diễn đàn báo chí.", (("báo chí", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_legislature_of_a_floor_spoken_from_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
