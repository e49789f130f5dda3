"""Round 22 rules: a law named in lowercase keeps `của` and whose law it is.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A lowercase name, `của` and the body or people the law belongs to.
    ("Theo [Luật tổ chức của Quốc hội]DOC, kỳ họp được triệu tập.", (("Quốc hội", "ORG"),)),
    ("Cần sớm có [Luật giám sát của nhân dân]DOC như nhiều ý kiến.", ()),
    ("Dự thảo [Luật tổ chức của HĐND và UBND]DOC đã được gửi xin ý kiến.", ()),
    # Lookalikes: a capitalised name ends where its capitals end; an owner not listed.
    (
        "Việc thi hành [Luật Đất đai]DOC của [Ủy ban Thường vụ Quốc hội]ORG được giám sát.",
        (("Luật Đất đai của Ủy ban Thường vụ Quốc hội", "DOC"),),
    ),
    (
        "[Luật đất đai]DOC của nhiều nước khác hẳn.",
        (("Luật đất đai của nhiều nước", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_laws_with_their_owners(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
