"""A place right after a sentence's capitalised first word that is a preposition or a
conjunction stands alone (`Với [Mỹ], …`, `Giữa [VN] và [Nhật Bản] …`).

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Với [Pháp]LOC, con số này chưa phải là nhiều.", ()),
    ("Cả [VN]LOC và [Nhật]LOC đều muốn đàm phán sớm.", ()),
    ("Giữa [Nga]LOC và [Ukraine]LOC vẫn còn căng thẳng.", ()),
    ("Nhưng [Trung Quốc]LOC không đồng ý.", ()),
    # Lookalikes: a person's name whose given name is also a country's.
    ("Bà [Nguyễn Thị Nga]PER phát biểu tại hội nghị.", (("Nga", "LOC"),)),
    ("Ông [Trần Văn Mỹ]PER cho biết như vậy.", (("Mỹ", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_place_after_a_capitalised_opener(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
