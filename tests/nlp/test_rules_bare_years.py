"""A bare year is a DATE where the sentence says it is one: `2005 là một năm …`, `Cuối 2003,`;
a count of years written in digits before a range is inside it: `5 năm 2001-2005`.

Each was missed while its set was blind (news8, news23; news24; news7, news22)
and the gold marks it. A bare number elsewhere stays unmarked: a count reads the same.
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


RANGES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Trong [5 năm 2011-2015]DATE, tỉnh đạt nhiều thành tựu.", (("2011-2015", "DATE"),)),
    # A spelled count keeps its year word, as the gold has it (news2).
    ("Trong năm năm [2016-2020]DATE, tỉnh phấn đấu.", (("năm năm 2016-2020", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), RANGES)
def test_a_written_count_of_years_before_a_range_is_inside_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
