"""Round 22 rules: an ad hoc committee keeps the legislature that sets it up and its remit.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The committee with the legislature, `về` and a remit of oversight or inquiry.
    (
        "Việc này nên giao cho [Ủy ban lâm thời của Quốc hội về điều tra tai nạn giao thông]ORG.",
        (("Quốc hội", "ORG"),),
    ),
    ("[Ủy ban lâm thời giám sát chất lượng công trình]ORG đã báo cáo.", ()),
    # Lookalikes: no remit after the legislature; the legislature's own committee.
    (
        "[Ủy ban lâm thời]ORG của [Quốc hội]ORG đã họp.",
        (("Ủy ban lâm thời của Quốc hội", "ORG"),),
    ),
    (
        "[Ủy ban Thường vụ Quốc hội]ORG giám sát việc thi hành luật.",
        (("Ủy ban Thường vụ Quốc hội giám sát", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_ad_hoc_committees_keep_their_remit(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
