"""A known place after a capitalised compass region stands alone as a LOC.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A country or city after `miền`, `phía`, `vùng` and a capitalised compass point.
    ("Giao tranh tiếp diễn ở miền Đông [Ukraine]LOC.", ()),
    ("Quân đội rút khỏi phía Tây [Syria]LOC.", ()),
    ("Các vùng phía Nam [Đức]LOC ngập lụt.", ()),
    ("Mưa lớn ở miền Bắc [Ấn Độ]LOC.", ()),
    ("Bão đổ bộ vào mạn Tây Bắc [Pháp]LOC.", ()),
    ("Miền Trung [Việt Nam]LOC hứng chịu bão.", ()),
    # Lookalikes: a region known whole, and compass syllables inside a person's name.
    ("Cây cà phê trồng nhiều ở [Tây Nguyên]LOC.", (("Nguyên", "LOC"),)),
    ("Dịch lan khắp [Đông Nam Á]LOC.", (("Á", "LOC"),)),
    ("Ông [Lê Nam Nga]PER phát biểu.", (("Nga", "LOC"),)),
    ("Bà [Trần Tây Pháp]PER về quê.", (("Pháp", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_place_after_a_compass_region_is_suggested(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
