"""A range of years or month-years joined by a dash is one DATE, however spaced.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Steps of a career summary, glued or spaced on one side or both.
    ("[1975 -1979]DATE: Sinh viên trường đại học.", ()),
    ("[1980- 1982]DATE: Cán bộ phòng tổ chức.", ()),
    ("[1991-6/1994]DATE: Phó giám đốc sở.", ()),
    ("[3/1995-12/1999]DATE: Giám đốc sở.", ()),
    # Lookalikes: a score, a count of people, years out of order, a month 13.
    ("Đội nhà thắng với tỷ số 2 - 1.", (("2 - 1", "DATE"),)),
    ("Khoảng 1990 - 2000 người dự lễ.", (("1990 - 2000", "DATE"),)),
    ("Mã hồ sơ 2010 - 1990 đã bị hủy.", (("2010 - 1990", "DATE"),)),
    ("Số hiệu 13/1990-2/1991 không hợp lệ.", (("13/1990-2/1991", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_period_range_is_one_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
