"""A bare year is a DATE where the sentence says it is one: `2005 là một năm …`, `Cuối 2003,`.

Both were missed while their sets were blind (news8, news23; news24) and the
gold marks them. A bare number elsewhere stays unmarked: a count reads the same.
Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs they
must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("[2007]DATE là một năm nhiều biến động với ngành.", ()),
    ("Theo ông, [2010]DATE là năm bản lề của kế hoạch.", ()),
    ("[Cuối 1999]DATE, ông ta trốn ra nước ngoài.", (("1999", "DATE"),)),
    # A count after an edge word, or a number that is no year, stays out.
    ("Giữa 2000 người biểu tình có nhiều sinh viên.", (("Giữa 2000", "DATE"), ("2000", "DATE"))),
    ("Số tiền 2005 là một phần nhỏ.", (("2005", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_bare_year_the_sentence_dates(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
