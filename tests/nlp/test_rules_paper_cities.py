"""A paper's translated name after `tờ` keeps its city inside the ORG, no LOC.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

PAPERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Bài viết trên tờ [Tin tức Seattle]ORG được nhiều người đọc.", (("Seattle", "LOC"),)),
    ("Theo tờ [Thời báo Los Angeles]ORG, vụ việc đang được điều tra.", (("Los Angeles", "LOC"),)),
    # Lookalikes: a press word and the country, a city alone after `tờ`.
    ("Các tờ báo [Nhật Bản]LOC đồng loạt đưa tin.", ()),
    ("Tin này được đăng trên tờ [Boston Globe]ORG hôm qua.", (("Boston", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PAPERS)
def test_a_papers_city_stays_in_its_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
