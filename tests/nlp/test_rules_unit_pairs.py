"""`63 tỉnh, TP`: `TP` paired with `tỉnh` is a unit noun, no city.

A city's own paper writes it as `TP` alone (`bà con TP`), a weak LOC. Paired
with `tỉnh` by a comma, a slash or `và`, `TP` is the unit noun of provinces
and cities in general, as `các tỉnh, thành phố` spelt out is (news21 `tại 53
tỉnh, TP`, unmarked in the gold). Lines are written here.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Tại 53 tỉnh, TP, số ô tô con thừa chưa được sắp xếp.", (("TP", "LOC"),)),
    ("Các tỉnh, TP trực thuộc Trung ương phải báo cáo.", (("TP", "LOC"),)),
    ("Lãnh đạo các tỉnh và TP đã dự họp.", (("TP", "LOC"),)),
    # The city alone stays a place.
    ("Lãnh đạo [TP]LOC đã nhận lỗi với cử tri.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_tp_beside_tinh_is_a_unit_noun(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
