"""A delta named by its river is one region, `đồng bằng` inside also in lowercase.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Nước mặn xâm nhập sâu vào [đồng bằng sông Cửu Long]LOC.", (("Cửu Long", "LOC"),)),
    ("Nông dân [đồng bằng sông Hồng]LOC bắt đầu gieo cấy.", (("Hồng", "LOC"),)),
    # Lookalikes: a river after another noun, a name that only starts like a river.
    ("Cánh đồng ven sông [Hồng]LOC rất rộng.", (("đồng bằng sông Hồng", "LOC"),)),
    ("Hàng hóa từ đồng bằng sông [Hồng Kông]LOC đổ về.", (("đồng bằng sông Hồng", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_delta_is_one_region(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
