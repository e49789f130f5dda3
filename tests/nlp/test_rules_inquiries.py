"""A parliament's ad hoc committee is one ORG with the remit it investigates.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The committee with its remit, or bare.
    ("Đại biểu đề nghị lập [Ủy ban lâm thời điều tra sai phạm đất đai]ORG.", ()),
    ("[Uỷ ban lâm thời điều tra chất lượng đào tạo]ORG đã báo cáo.", ()),
    ("Họ chưa lập [Ủy ban lâm thời]ORG như đề xuất.", (("Ủy ban", "ORG"),)),
    # Lookalike: the remit stops at a date.
    (
        "[Ủy ban lâm thời điều tra vụ việc]ORG [ngày 5/6]DATE đã họp.",
        (("Ủy ban lâm thời điều tra vụ việc ngày", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_ad_hoc_committee_keeps_its_remit(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
