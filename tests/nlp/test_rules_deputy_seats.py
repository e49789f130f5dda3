"""A deputy's post keeps the province they stand for; a delegation's place stays a place.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

SEATS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # One deputy with the province, before a name or referred back to.
    (
        "Tổ thư ký do [đại biểu tỉnh Quảng Trị]ROLE [Lê Văn Minh]PER làm tổ trưởng.",
        (("Quảng Trị", "LOC"),),
    ),
    ("[Đại biểu thành phố Cần Thơ]ROLE này đề nghị làm rõ.", (("Cần Thơ", "LOC"),)),
    # A delegation or a count of deputies: no post, the province a place.
    ("Chiều nay, đoàn đại biểu TP [Đà Nẵng]LOC đã tới thăm.", (("TP Đà Nẵng", "PER"),)),
    ("Còn 4 đại biểu tỉnh [Gia Lai]LOC chưa đến.", (("đại biểu tỉnh Gia Lai", "ROLE"),)),
    # A deputy's title before a name stays as it was.
    ("[Đại biểu]ROLE [Trần Thị Hoa]PER phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), SEATS)
def test_a_deputy_keeps_the_province_a_delegation_does_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
