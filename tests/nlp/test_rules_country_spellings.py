"""Other spellings of a country's name are the country, not a person's name.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("[Thái tử Arab Saudi]ROLE đến Jakarta.", (("Arab Saudi", "PER"),)),
    ("Giá dầu của [Ả Rập Saudi]LOC tăng mạnh.", (("Ả Rập Saudi", "PER"),)),
    ("Đoàn đại biểu [Các Tiểu vương quốc Ả Rập Thống nhất]LOC đã đến Hà Nội.", ()),
    # `Latin` for `Latinh`, `Ucraine` for `Ukraine`: spellings the press uses too
    # (news4, news22, missed blind).
    ("Chủ tịch Trung Quốc công du [Mỹ Latin]LOC tuần này.", (("Mỹ", "LOC"),)),
    ("Tại đảo Zmeiny, 82 quân nhân [Ucraine]LOC đã hạ vũ khí.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_other_spellings_of_a_country(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
