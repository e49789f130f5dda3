"""Round 22 rules: the quality or efficiency of an act is the act in general, no EVENT.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Chất lượng xét xử của các tòa án đã được nâng lên.", (("xét xử", "EVENT"),)),
    ("Cần nâng cao hiệu quả xét xử các vụ án kinh tế.", (("xét xử", "EVENT"),)),
    # A trial of named defendants stays one.
    ("Tòa án đưa các bị cáo ra [xét xử]EVENT với tội danh lừa đảo.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_quality_of_an_act_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
