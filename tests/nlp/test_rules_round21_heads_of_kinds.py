"""Round 21 rules: the head of kinds of body listed is a head of any of many, no post.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Kinds of body listed after the head: no ROLE.
    (
        "Luật quy định trách nhiệm của người đứng đầu cơ quan, tổ chức.",
        (("người đứng đầu cơ quan", "ROLE"),),
    ),
    (
        "Khi đó người đứng đầu đơn vị và doanh nghiệp phải giải trình.",
        (("người đứng đầu đơn vị", "ROLE"),),
    ),
    (
        "Còn người đứng đầu cơ quan tổ chức thì đứng ngoài cuộc.",
        (("người đứng đầu cơ quan tổ chức", "ROLE"),),
    ),
    # Lookalikes: one body referred to, one body named.
    ("Về [người đứng đầu cơ quan]ROLE này, có ý kiến khác nhau.", ()),
    ("Ông là [người đứng đầu Bộ Y tế]ROLE từ năm ngoái.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_head_of_kinds_of_body_listed_holds_no_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
