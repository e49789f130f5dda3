"""A short numbered district in an address, the lunar new year by name, a clock after `Đúng`.

Each was missed while its set was blind: `Q.1`, `Q.3` after a comma (news22,
news26), `Tết Nguyên đán` (news12, news26), `Đúng 16 giờ 35 phút,` (news24).
Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs they
must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

DISTRICTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông Lâm, cư trú tại 12 [Lê Lợi]LOC, [Q.1]LOC, [TP.HCM]LOC, đã bị bắt.", ()),
    ("Văn phòng luật sư Hòa Bình ([Q.3]LOC, [TP.HCM]LOC) nhận lời bào chữa.", ()),
    # After a body the short district says which one and stays inside it.
    ("[Chánh án TAND Q.1]ROLE cho biết như vậy.", (("Q.1", "LOC"),)),
]

NEW_YEAR: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Thêm vào đó, [Tết Nguyên đán]DATE đúng dịp tăng lương.", ()),
    ("Sau [Tết Nguyên Đán 2006]DATE, giá tăng.", (("Tết Nguyên Đán", "DATE"),)),
    ("Dịp [Tết Nguyên đán Bính Tuất]DATE, tỉnh thăm hỏi các gia đình.", ()),
    # `Tết` alone is a holiday, no date.
    ("Tết đến, xuân về.", (("Tết", "DATE"),)),
]

CLOCKS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Đúng [16 giờ 35 phút]DATE, Đại hội tiến hành bỏ phiếu.", ()),
    # Inside a sentence `đúng` measures a length as well: left alone.
    ("Cuộc họp kéo dài đúng 2 giờ. Nói đúng 2 giờ thì hết.", (("2 giờ", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), DISTRICTS)
def test_a_short_numbered_district_in_an_address_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), NEW_YEAR)
def test_the_lunar_new_year_by_its_full_name_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), CLOCKS)
def test_a_clock_after_an_opening_dung_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
