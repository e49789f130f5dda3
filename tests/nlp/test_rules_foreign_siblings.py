"""A place-shaped foreign name beside a listed foreign place, or after `trận địa`, is a place.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Lệnh áp dụng cho [Donetsk]LOC và [Makiivka]LOC từ tuần này.", ()),
    ("Đoàn xe đi qua [Kharkov]LOC, [Kupiansk]LOC rồi rẽ về phía nam.", ()),
    ("Quân đội giữ vững trận địa [Avdiivka]LOC suốt mùa đông.", ()),
    # Lookalikes: a person's name beside a place, a name no place ending shapes.
    ("Đoàn đã thăm [Moskva]LOC và Petrov, hai thành viên của nhóm.", (("Petrov", "LOC"),)),
    ("Hai bên gặp nhau ở [Kharkov]LOC, Ivanov cho biết.", (("Ivanov", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_foreign_name_beside_a_place_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
